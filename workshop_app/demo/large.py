"""The large demo: six partners x 25 participants x 200 generated questions, every one
answered, for performance checks; with the word lists it generates from."""

from __future__ import annotations

from datetime import date
from typing import Any

from workshop_app.demo.builder import (
    LARGE_PARTICIPANTS_PER_PARTNER,
    LARGE_QUESTIONS,
    _Builder,
    _Script,
)
from workshop_app.domain.enums import (
    Element,
    Function,
    Phase,
    Purpose,
    QuestionType,
    RightCode,
    WorkshopStatus,
)
from workshop_app.domain.model import (
    PARTNER_COLOURS,
    Decision,
    EscalationStep,
    GovernanceBody,
    Participant,
    Partner,
    Workshop,
    WorkshopDetails,
)
from workshop_app.domain.questionnaire import Questionnaire
from workshop_app.domain.template_format import questionnaire_from_dict, questionnaire_to_dict
from workshop_app.exchange.templates import default_template


class _LargeDemo(_Builder):
    """Builds the large demo workshop."""

    # --- large ------------------------------------------------------------------------

    def large(self) -> Workshop:
        questionnaire = self.large_questionnaire()
        details = WorkshopDetails(
            id=self.id(),
            title="Six-partner platform alliance (large demo)",
            primary_purpose=Purpose.PRODUCTION,
            secondary_purposes=(Purpose.ELECTRIFICATION, Purpose.SOFTWARE, Purpose.AUTONOMY),
            phase=Phase.SCREENING,
            date=date(2026, 11, 24),
            location="Singapore",
            facilitator="Helena Marquardt",
            blind_mode=True,
            revealed=True,
            status=WorkshopStatus.REVEALED,
            notes="Fictional load-test workshop: 6 partners, 150 participants, 200 questions.",
        )
        partner_rows = [
            ("Nordwerk Fahrzeugbau Württemberg AG", "Nordwerk", "European OEM"),
            ("华辰汽车 Huachen Auto", "华辰", "Chinese EV maker"),
            ("한빛배터리 Hanbit Battery", "한빛", "Battery-cell maker"),
            ("大川半導体 Ōkawa Semiconductor", "大川", "Chip supplier"),
            ("Kierto Circular Materials Oy", "Kierto", "Battery recycler"),
            ("Lusitânia Software S.A.", "Lusitânia", "Software house"),
        ]
        partners = tuple(
            Partner(self.id(), name, short, PARTNER_COLOURS[n], role, position=n)
            for n, (name, short, role) in enumerate(partner_rows)
        )
        people: dict[str, list[Participant]] = {}
        functions = (
            "strategy",
            "engineering",
            "purchasing",
            "manufacturing",
            "software",
            "finance",
            "legal",
        )
        for n, partner in enumerate(partners):
            firsts, lasts = _NAMES[n]
            if n in (1, 2):  # Chinese and Korean: family name first, no space
                names = [f"{last}{f}" for last in lasts for f in firsts]
            else:
                names = [f"{f} {last}" for last in lasts for f in firsts]
            self.rng.shuffle(names)
            people[partner.id] = [
                Participant(
                    self.id(),
                    partner.id,
                    name,
                    Function(functions[m % len(functions)]),
                    done=True,
                    # German, Chinese and Korean partners read their own; others English.
                    language=("de", "zh_CN", "ko")[n] if n < 3 else "en",
                )
                for m, name in enumerate(names[:LARGE_PARTICIPANTS_PER_PARTNER])
            ]
        scripts: dict[str, _Script] = {}
        questions = list(questionnaire.questions())
        for q in self.rng.sample(questions, 12):
            if q.type is QuestionType.TEXT:
                continue
            scripts[q.id] = _Script(by_partner=tuple(self.random_stance(q) for _ in partners))
        answers = self.answers(questionnaire, partners, people, scripts, {})
        n_ids = [p.id for p in partners]
        D, J, C = RightCode.DECIDES, RightCode.JOINT, RightCode.CONSULTED
        steering = GovernanceBody(self.id(), "Alliance board", "steering", cadence="Quarterly")
        pmo = GovernanceBody(self.id(), "Alliance PMO", "pmo", cadence="Weekly", position=1)
        decisions = tuple(
            Decision(
                self.id(),
                title,
                "",
                tuple(
                    (pid, D if m == n % 6 else (J if m < 2 else C)) for m, pid in enumerate(n_ids)
                ),
                steering.id,
                n,
            )
            for n, title in enumerate(
                (
                    "Architecture baseline",
                    "Cost baseline",
                    "Timing baseline",
                    "Change control",
                    "Quality and standards disputes",
                    "Software release scope",
                )
            )
        )
        return Workshop(
            details=details,
            questionnaire=questionnaire,
            partners=partners,
            participants=tuple(p for partner in partners for p in people[partner.id]),
            answers=tuple(answers),
            bodies=(steering, pmo),
            decisions=decisions,
            escalation_steps=(
                EscalationStep(self.id(), 1, "Alliance PMO", 10),
                EscalationStep(self.id(), 2, "Alliance board", 30),
            ),
        )

    def large_questionnaire(self) -> Questionnaire:
        """The default questionnaire extended with generated questions to 200 in all."""
        data = questionnaire_to_dict(default_template())
        data["id"] = "alignment-core-large"
        data["title"] = "Partnership alignment questionnaire (extended for load tests)"
        sections = {s["element"]: s for s in data["sections"]}
        missing = LARGE_QUESTIONS - sum(len(s["questions"]) for s in data["sections"])
        elements = list(Element)
        counters = dict.fromkeys(elements, 101)
        for n in range(missing):
            element = elements[n % len(elements)]
            qid = f"{_PREFIX[element]}{counters[element]}"
            counters[element] += 1
            sections[element.value]["questions"].append(self.generated_question(qid, element, n))
        return questionnaire_from_dict(data, "generated large demo questionnaire")

    def generated_question(self, qid: str, element: Element, n: int) -> dict[str, Any]:
        rng = self.rng
        topics = _TOPICS[element]
        topic = topics[(n // len(Element)) % len(topics)]
        aspect = _ASPECTS[(n // (len(Element) * len(topics))) % len(_ASPECTS)]
        qtype = _GENERATED_TYPES[n % len(_GENERATED_TYPES)]
        d: dict[str, Any] = {
            "id": qid,
            "type": qtype.value,
            "short": f"{topic.capitalize()}: {aspect}",
            "text": f"How far do the partners agree on the {aspect} for {topic}?",
            "help": "Generated question for the large demo workshop.",
        }
        if rng.random() < 0.15:
            d["weight"] = 1.5
        if qtype is QuestionType.LIKERT:
            d["anchors"] = {
                1: f"No shared view of the {aspect}",
                2: "Views known to differ, not discussed",
                3: "Discussed; main points still open",
                4: "Agreed in principle; details open",
                5: f"The {aspect} are agreed and written down",
            }
        elif qtype in (
            QuestionType.SINGLE_CHOICE,
            QuestionType.MULTI_CHOICE,
            QuestionType.RANKING,
            QuestionType.ALLOCATION,
        ):
            k = rng.randint(3, 6)
            d["text"] = f"Which option best fits the {aspect} for {topic}?"
            d["options"] = [{"id": f"opt_{i + 1}", "label": _OPTION_LABELS[i]} for i in range(k)]
        elif qtype is QuestionType.NUMBER:
            d["text"] = f"How many months until the {aspect} for {topic} are settled?"
            d["unit"] = "months"
            d["min"] = 0
            d["max"] = 60
            d["tolerance"] = 6
        else:
            d["text"] = f"What would you change about the {aspect} for {topic}?"
        return d


_PREFIX: dict[Element, str] = {
    Element.GOALS: "G",
    Element.STRENGTHS: "S",
    Element.GOVERNANCE: "R",
    Element.CULTURE: "C",
    Element.EXIT: "X",
}

_TOPICS: dict[Element, tuple[str, ...]] = {
    Element.GOALS: (
        "battery recycling",
        "charging services",
        "regional variants",
        "fleet sales",
        "after-sales revenue",
        "ADAS features",
    ),
    Element.STRENGTHS: (
        "chip supply",
        "test tracks",
        "supplier quotes",
        "cell chemistry",
        "paint shops",
        "data platforms",
    ),
    Element.GOVERNANCE: (
        "homologation",
        "warranty claims",
        "supplier audits",
        "cybersecurity",
        "over-the-air updates",
        "recalls",
    ),
    Element.CULTURE: (
        "meeting language",
        "release gates",
        "travel budgets",
        "secondments",
        "joint training",
        "hiring",
    ),
    Element.EXIT: (
        "spare parts",
        "software support",
        "employee transfers",
        "supplier contracts",
        "customer data",
        "test equipment",
    ),
}

_ASPECTS = ("targets", "owners", "timeline", "budget", "tracking rules")

_GENERATED_TYPES = (
    QuestionType.LIKERT,
    QuestionType.LIKERT,
    QuestionType.SINGLE_CHOICE,
    QuestionType.LIKERT,
    QuestionType.MULTI_CHOICE,
    QuestionType.LIKERT,
    QuestionType.NUMBER,
    QuestionType.LIKERT,
    QuestionType.RANKING,
    QuestionType.LIKERT,
    QuestionType.ALLOCATION,
    QuestionType.TEXT,
)

_OPTION_LABELS = (
    "Led by one partner",
    "Shared equally",
    "Run by the joint entity",
    "Outsourced to a third party",
    "Decided case by case",
    "Not in scope",
)

_NAMES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Jürgen", "Anna", "Lukas", "Sophie", "Katrin", "Tobias"),
        ("Weiß", "Köhler", "Brüggemann", "Maier", "Schäfer"),
    ),
    (("芳", "伟", "静", "磊", "敏", "强"), ("王", "李", "陈", "张", "刘")),
    (("민준", "서연", "지훈", "하은", "도윤", "수아"), ("김", "이", "박", "최", "정")),
    (("Haruto", "Yui", "Sota", "Aoi", "Ren", "Mei"), ("Okawa", "Sato", "Suzuki", "Tanaka", "Ito")),
    (
        ("Aino", "Eero", "Sanna", "Mikko", "Ilona", "Juha"),
        ("Virtanen", "Mäkinen", "Nieminen", "Hämäläinen", "Koskinen"),
    ),
    (
        ("João", "Inês", "Tomás", "Beatriz", "Gonçalo", "Marta"),
        ("Conceição", "Gonçalves", "Simões", "Araújo", "Magalhães"),
    ),
)
