"""Fictional demo workshops: a small, realistic one to show the app, and a large one to load it.

``build_demo("small")`` is a three-partner EV platform codevelopment with names in German,
Chinese and Korean, answers that mostly agree but show clear gaps on a handful of
questions, and a half-drafted deal (contributions, governance, exit terms).
``build_demo("large")`` is six partners x 25 participants x 200 questions, every one
answered, for performance checks.

Both are pure and deterministic: every id, value and timestamp comes from
``random.Random(seed)`` or from fixed constants, so the same seed gives an equal workshop.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

from workshop_app.domain.enums import (
    ActionStatus,
    AssetKind,
    ContributionCategory,
    Element,
    Function,
    GapStatus,
    Phase,
    Purpose,
    QuestionType,
    RightCode,
    WorkshopStatus,
)
from workshop_app.domain.model import (
    PARTNER_COLOURS,
    ActionItem,
    Answer,
    Contribution,
    Decision,
    EscalationStep,
    ExitTerms,
    ExitTrigger,
    GapDiscussion,
    GovernanceBody,
    Participant,
    Partner,
    ReviewPoint,
    SharedAsset,
    Workshop,
    WorkshopDetails,
)
from workshop_app.domain.questionnaire import AnswerValue, Question, Questionnaire
from workshop_app.domain.scope import asked_questions
from workshop_app.domain.template_format import questionnaire_from_dict, questionnaire_to_dict
from workshop_app.exchange.templates import default_template

SIZES: tuple[str, ...] = ("small", "large")
LARGE_QUESTIONS = 200
LARGE_PARTICIPANTS_PER_PARTNER = 25

_CET = timezone(timedelta(hours=1))
_ANSWERS_START = datetime(2026, 11, 24, 9, 30, tzinfo=_CET)


def build_demo(size: str = "small", seed: int = 2026) -> Workshop:
    """A fictional workshop of the given size ("small" or "large"); equal for equal seeds."""
    if size == "small":
        return _Builder(seed).small()
    if size == "large":
        return _Builder(seed).large()
    raise ValueError(f"Unknown demo size '{size}'; choose one of: {', '.join(SIZES)}.")


# --- stances: what a partner (or a camp inside it) thinks, per question --------------


Stance = Any  # float (likert, number), str (single), tuple (multi, ranking), dict (allocation)


@dataclass(frozen=True)
class _Script:
    """Scripted answers for one question; anything not given is drawn from the rng."""

    common: Stance = None  # what every partner roughly thinks
    by_partner: tuple[Stance, ...] | None = None  # a clear gap between partners
    texts: tuple[tuple[str, ...], ...] | None = None  # text answers per partner
    # A split inside one partner: (partner index, stance of the dissenting camp).
    internal: tuple[int, Stance] | None = None
    # "Don't know" answers: (partner index, how many of its participants asked, last ones
    # first); half or more leave the partner undecided, fewer leave it a position.
    dont_know: tuple[tuple[int, int], ...] = ()


def _small_scripts() -> dict[str, _Script]:
    """The small demo's storyline; partners in order Nordwerk, 华辰, 한빛.

    Nordwerk (European OEM) wants software and speed from 华辰 and to keep control of the
    vehicle architecture; 华辰 (Chinese EV maker) wants the European market and a say in
    everything; 한빛 (Korean cell maker) wants a dedicated cell line paid for by firm
    volumes. They differ on who owns the architecture baseline, on the IP the program
    creates, and on what follows when a partner takes less volume than committed.
    """
    return {
        # Clear gaps between partners.
        "G01": _Script(by_partner=("capability_gap", "market_access", "share_risk")),
        # Nordwerk's finance lead does not know the start-of-production plan; the others do.
        "G03": _Script(by_partner=(36.0, 24.0, 30.0), dont_know=((0, 1),)),
        "G04": _Script(by_partner=(120.0, 210.0, 180.0)),
        "G13": _Script(
            by_partner=(
                {"capital": 20, "technology": 55, "volume": 20, "fixed_prices": 5},
                {"capital": 15, "technology": 15, "volume": 70},
                {"technology": 15, "volume": 25, "fixed_prices": 60},
            )
        ),
        "G15": _Script(by_partner=("nothing", "reallocate", "take_or_pay")),
        "R01": _Script(by_partner=("lead_partner", "joint_office", "by_module")),
        "R05": _Script(by_partner=("hardware_lead", "software_lead", "architecture_board")),
        "X12": _Script(by_partner=("payer", "co_owned", "creator")),
        "X13": _Script(by_partner=("royalty", "free", "joint_only")),
        # Nordwerk engineering expects two weeks, its finance team knows it takes eight.
        "C01": _Script(by_partner=(2.0, 1.5, 4.0), internal=(0, 8.0)),
        # Splits inside one partner.
        "S10": _Script(common="single_program", internal=(0, "pilot")),
        "C03": _Script(common="delegated", internal=(1, "top_down")),
        # Nobody has written these down yet: blind spots.
        "G06": _Script(common=1.6),
        "S06": _Script(common=1.9),
        "R12": _Script(common=1.7),
        # "Don't know": a partner without a position yet.
        "X03": _Script(common="buy_fair", dont_know=((1, 2),)),
        "G05": _Script(common=4200.0, dont_know=((2, 1),)),
        "R18": _Script(
            common=("merger_control", "fdi", "fsr", "data_transfer"), dont_know=((2, 1),)
        ),
        # Broad agreement, scripted so the story reads well.
        "G02": _Script(common="sop_on_time"),
        "G07": _Script(common=("engineering", "software", "purchasing")),
        "G08": _Script(common=("europe", "china")),
        "G09": _Script(common="without_results"),
        "G10": _Script(common="outside_regions"),
        "G11": _Script(common="joint_company"),
        "G12": _Script(common="majority_with_vetoes"),
        "G14": _Script(common="by_share"),
        "G19": _Script(common="none"),
        "S03": _Script(
            common={
                "engineering": 35,
                "tooling": 20,
                "plant": 20,
                "validation": 10,
                "software": 10,
                "supply_chain": 5,
            }
        ),
        "S04": _Script(common=260.0),
        "S05": _Script(common="joint_until_agreed"),
        "S07": _Script(common=3.4),
        "S08": _Script(common=3.8),
        "S09": _Script(common=3.1),
        "S11": _Script(common="milestones"),
        "S12": _Script(common=3.2),
        "R02": _Script(common="all_partners"),
        "R03": _Script(common="change_board"),
        "R04": _Script(common="sourcing_board"),
        "R06": _Script(common="joint_standard"),
        "R07": _Script(common=("architecture", "budget", "sop_dates", "new_partners")),
        "R08": _Script(common="expert"),
        "R09": _Script(common="singapore"),
        "R10": _Script(common=10.0),
        "R11": _Script(common="moderate"),
        "R13": _Script(common=("cost", "speed", "quality", "commonality", "regional_fit")),
        "R14": _Script(common="seller"),
        "R15": _Script(common="by_finding"),
        "R17": _Script(common=("prices", "plans", "customers")),
        "R19": _Script(common=3.3),
        "C02": _Script(common="board_member"),
        "C05": _Script(common="vehicle_tests"),
        "C04": _Script(common="same_day"),
        "C06": _Script(common="studies"),
        "C07": _Script(common="milestones"),
        "C08": _Script(common=3.1),
        "X01": _Script(common=8.0),
        "X02": _Script(common=4.0),
        "X04": _Script(common="nothing"),
        "X05": _Script(common="terminate"),
        "X06": _Script(common="buy_fair"),
        "X07": _Script(common="buy_sell"),
        "X08": _Script(common="terminate"),
        "X09": _Script(common="terminate"),
        "X10": _Script(common=18.0),
        "X11": _Script(common="fair_value"),
        "X14": _Script(common="licence_current"),
        "X15": _Script(common="supply_contract"),
        "X16": _Script(common="own_products"),
        "X17": _Script(common=10.0),
        "X18": _Script(common=3.3),
        # Text answers, per partner.
        "G20": _Script(
            texts=(
                (
                    "Start of production in Europe slips past 2030, or the cost per vehicle is not "
                    "at least 15% below our current EV platform.",
                    "We pay for a platform and still cannot build its software ourselves.",
                ),
                (
                    "The joint model does not reach European customers by 2030, or we carry the "
                    "type-approval cost alone.",
                    "没有进入欧洲市场 – no access to the European market by 2030.",
                ),
                (
                    "Cell call-offs stay below 8 GWh a year, or our chemistry IP ends up in a "
                    "competitor's cells.",
                    "We build a dedicated line and the volumes never come.",
                ),
            )
        ),
        "R20": _Script(
            texts=(
                (
                    "The architecture baseline: who may change it after design freeze – "
                    "every change hits our plant.",
                    "Software release scope: who may stop a release when vehicle quality "
                    "is at risk.",
                ),
                (
                    "Whose standard applies when validation results disagree.",
                    "Ownership of the cost baseline; our target costs are much lower.",
                ),
                (
                    "Late changes to the cell specification.",
                    "Allocating cells between the two vehicle makers when supply is tight.",
                ),
            )
        ),
        "C11": _Script(
            texts=(
                (
                    "Pace: our gate reviews take weeks, theirs take days. Fewer, faster "
                    "joint gates would help.",
                    "Documentation depth – we need to agree what „freigegeben“ (released) means.",
                ),
                (
                    "Decisions at Nordwerk need many signatures; a delegated budget for the "
                    "execution committee would help.",
                    "Meeting culture; written pre-reads in English help everyone.",
                ),
                (
                    "Our engineers rarely contradict a senior customer in the room; smaller "
                    "working sessions help.",
                    "기대치를 솔직하게 이야기하는 자리가 필요합니다 – "
                    "candid sessions on expectations.",
                ),
            )
        ),
        "X19": _Script(
            texts=(
                (
                    "We keep the platform IP we paid for, buy the tooling at fair value and supply "
                    "parts for ten years.",
                ),
                (
                    "Every side keeps using the joint platform IP; nobody is locked out of its own "
                    "cars.",
                ),
                (
                    "Cell chemistry IP stays with us; the vehicle makers keep a five-year supply "
                    "contract at agreed prices, and pay for the dedicated line if they cancel.",
                ),
            )
        ),
    }


_SMALL_COMMENTS: dict[tuple[str, str], str] = {
    ("王芳", "G13"): "价值分配应与销量挂钩 – value should follow the volume each side takes.",
    ("Jürgen Weiß", "R01"): "Die Architektur muss bei uns bleiben; wir tragen die "
    "Typgenehmigung in Europa.",
    ("김민준", "G15"): "전용 라인은 확정 물량 없이는 지을 수 없습니다 "
    "(no dedicated line without firm volumes).",
    ("Anna Köhler", "C05"): "Unsere Freigabeprozesse sind deutlich strenger – das müssen wir "
    "früh klären.",
    ("李伟", "R05"): "软件发布节奏必须由软件团队决定。",
    ("이서연", "X12"): "Cell chemistry created by our engineers must stay ours.",
    ("Lukas Brüggemann", "G15"): "Take-or-pay only with a price that falls as volume rises.",
}


# --- the builder ----------------------------------------------------------------------


class _Builder:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self._ids: set[str] = set()

    def id(self) -> str:
        while True:
            value = f"{self.rng.getrandbits(48):012x}"
            if value not in self._ids:
                self._ids.add(value)
                return value

    # --- answers ----------------------------------------------------------------------

    def random_stance(self, q: Question) -> Stance:
        rng = self.rng
        ids = q.option_ids()
        t = q.type
        if t is QuestionType.LIKERT:
            span = q.scale_hi - q.scale_lo
            return q.scale_lo + span * rng.uniform(0.45, 0.85)
        if t is QuestionType.SINGLE_CHOICE:
            return rng.choice(ids)
        if t is QuestionType.MULTI_CHOICE:
            k = rng.randint(1, max(1, min(3, len(ids) - 1)))
            return tuple(rng.sample(ids, k))
        if t is QuestionType.RANKING:
            return tuple(rng.sample(ids, len(ids)))
        if t is QuestionType.ALLOCATION:
            return {i: rng.uniform(0.2, 3.0) for i in ids}
        if t is QuestionType.NUMBER:
            lo = q.min_value if q.min_value is not None else 0.0
            hi = q.max_value if q.max_value is not None else lo + 100.0
            return lo + (hi - lo) * rng.uniform(0.1, 0.4)
        return None

    def near(self, q: Question, stance: Stance) -> Stance:
        """A partner's view close to a common stance (small differences, not a gap)."""
        rng = self.rng
        t = q.type
        if t is QuestionType.LIKERT:
            return stance + rng.gauss(0, 0.12)
        if t is QuestionType.NUMBER:
            if q.tolerance:  # differences are judged against the tolerance
                return stance + rng.gauss(0, 0.08 * q.tolerance)
            return stance * (1 + rng.gauss(0, 0.06))
        if t is QuestionType.ALLOCATION:
            return {k: v * rng.uniform(0.85, 1.15) for k, v in stance.items()}
        return stance

    def value(self, q: Question, stance: Stance, texts: Sequence[str] = ()) -> AnswerValue:
        """One participant's answer drawn around a stance, in canonical form."""
        rng = self.rng
        t = q.type
        ids = q.option_ids()
        if t is QuestionType.LIKERT:
            x = round(stance + rng.gauss(0, 0.3))
            return max(q.scale_lo, min(q.scale_hi, x))
        if t is QuestionType.SINGLE_CHOICE:
            if rng.random() < 0.98:
                return stance
            return rng.choice(ids)
        if t is QuestionType.MULTI_CHOICE:
            chosen = set(stance)
            roll = rng.random()
            # Rare: one option more or less is a full disagreement on that option.
            if roll < 0.04:
                chosen.add(rng.choice(ids))
            elif roll < 0.08 and len(chosen) > 1:
                chosen.discard(rng.choice(sorted(chosen)))
            return tuple(i for i in ids if i in chosen)
        if t is QuestionType.RANKING:
            order = list(stance)
            if rng.random() < 0.35:
                j = rng.randrange(len(order) - 1)
                order[j], order[j + 1] = order[j + 1], order[j]
            return tuple(order)
        if t is QuestionType.ALLOCATION:
            weights = {k: stance.get(k, 0.0) * rng.uniform(0.75, 1.25) for k in ids}
            return _split_points(weights, q.total)
        if t is QuestionType.NUMBER:
            if q.tolerance:
                x = float(round(stance + rng.gauss(0, 0.12 * q.tolerance)))
            else:
                x = stance * (1 + rng.gauss(0, 0.08))
                x = float(round(x)) if abs(stance) >= 5 else round(x * 2) / 2
            if q.min_value is not None:
                x = max(q.min_value, x)
            if q.max_value is not None:
                x = min(q.max_value, x)
            return float(x)
        if texts:
            return rng.choice(list(texts))
        return _generic_text(q, rng)

    def answers(
        self,
        questionnaire: Questionnaire,
        partners: Sequence[Partner],
        people: dict[str, list[Participant]],
        scripts: dict[str, _Script],
        comments: dict[tuple[str, str], str],
        details: WorkshopDetails | None = None,
    ) -> list[Answer]:
        """Every participant's answers; with ``details``, only to the questions the
        workshop asks that participant (its phase, purposes and their function)."""
        out: list[Answer] = []
        order = [p for partner in partners for p in people[partner.id]]
        index_of = {p.id: n for n, p in enumerate(order)}
        asked = {
            p.id: (
                {q.id for q in asked_questions(details, questionnaire, p)}
                if details is not None
                else None
            )
            for p in order
        }
        for qn, q in enumerate(questionnaire.questions()):
            script = scripts.get(q.id, _Script())
            if script.common is not None:
                common = script.common
            elif script.by_partner is None and script.texts is None:
                common = self.random_stance(q)
            else:
                common = None
            for pn, partner in enumerate(partners):
                if script.by_partner is not None:
                    stance = script.by_partner[pn]
                else:
                    stance = self.near(q, common)
                texts = script.texts[pn] if script.texts else ()
                members = [m for m in people[partner.id] if (a := asked[m.id]) is None or q.id in a]
                for mn, person in enumerate(members):
                    own = stance
                    if script.internal and script.internal[0] == pn and mn % 2 == 1:
                        own = script.internal[1]
                    dont_know = q.scored and any(
                        i == pn and mn >= len(members) - k for i, k in script.dont_know
                    )
                    value = None if dont_know else self.value(q, own, texts)
                    at = _ANSWERS_START + timedelta(
                        minutes=4 * index_of[person.id], seconds=35 * qn + self.rng.randrange(20)
                    )
                    out.append(
                        Answer(
                            participant_id=person.id,
                            question_id=q.id,
                            value=value,
                            comment=comments.get((person.name, q.id), ""),
                            answered_at=at,
                            dont_know=dont_know,
                        )
                    )
        return out

    # --- small ------------------------------------------------------------------------

    def small(self) -> Workshop:
        questionnaire = default_template()
        details = WorkshopDetails(
            id=self.id(),
            title="EV platform codevelopment",
            primary_purpose=Purpose.ELECTRIFICATION,
            secondary_purposes=(Purpose.SOFTWARE, Purpose.PRODUCTION),
            phase=Phase.STRUCTURING,
            date=date(2026, 11, 24),
            location="Stuttgart",
            facilitator="Helena Marquardt",
            blind_mode=True,
            revealed=True,
            status=WorkshopStatus.NEGOTIATING,
            gap_threshold=0.75,
            confidentiality="Strictly confidential – for the three partners only",
            notes="Fictional demo workshop: every company and person in it is invented.",
        )
        nordwerk = Partner(
            self.id(),
            "Nordwerk Fahrzeugbau Württemberg AG",
            "Nordwerk",
            PARTNER_COLOURS[0],
            "European OEM",
            capacities=(("FTE", 140.0),),
            position=0,
        )
        huachen = Partner(
            self.id(),
            "华辰汽车 Huachen Auto",
            "华辰",
            PARTNER_COLOURS[1],
            "Chinese EV maker",
            capacities=(("FTE", 100.0),),
            position=1,
        )
        hanbit = Partner(
            self.id(),
            "한빛배터리 Hanbit Battery",
            "한빛",
            PARTNER_COLOURS[2],
            "Battery-cell maker",
            capacities=(("GWh/year", 12.0), ("FTE", 30.0)),
            position=2,
        )
        partners = (nordwerk, huachen, hanbit)
        roster = {
            nordwerk.id: [
                ("Jürgen Weiß", "strategy", "juergen.weiss@nordwerk.example"),
                ("Anna Köhler", "engineering", "anna.koehler@nordwerk.example"),
                ("Lukas Brüggemann", "purchasing", "lukas.brueggemann@nordwerk.example"),
                ("Sophie Maier", "finance", "sophie.maier@nordwerk.example"),
                ("Dr. Katrin Schäfer", "legal", "katrin.schaefer@nordwerk.example"),
            ],
            huachen.id: [
                ("王芳", "strategy", "wang.fang@huachen.example"),
                ("李伟", "software", "li.wei@huachen.example"),
                ("陈静", "engineering", "chen.jing@huachen.example"),
                ("张磊", "manufacturing", "zhang.lei@huachen.example"),
                ("刘敏", "legal", "liu.min@huachen.example"),
            ],
            hanbit.id: [
                ("김민준", "strategy", "minjun.kim@hanbit.example"),
                ("이서연", "engineering", "seoyeon.lee@hanbit.example"),
                ("박지훈", "legal", "jihoon.park@hanbit.example"),
            ],
        }
        people = {
            pid: [Participant(self.id(), pid, n, Function(f), e, done=True) for n, f, e in rows]
            for pid, rows in roster.items()
        }
        participants = tuple(p for partner in partners for p in people[partner.id])
        answers = self.answers(
            questionnaire, partners, people, _small_scripts(), _SMALL_COMMENTS, details
        )

        gap_discussions = (
            GapDiscussion(
                "G13",
                GapStatus.RESOLVED,
                notes="Nordwerk wants technology to weigh most, 华辰 volume, 한빛 fixed prices.",
                agreed_position="Value is split 50% by engineering and technology contributed, "
                "30% by volume taken and 20% by capital invested; cell supply "
                "stays on fixed transfer prices. Revisited at the B-sample review.",
                owner="Jürgen Weiß",
                due=date(2026, 12, 18),
            ),
            GapDiscussion(
                "R05",
                GapStatus.DISCUSSED,
                notes="Both vehicle makers claim the last word on software. Option on the "
                "table: a joint architecture board with a tie-break by the steering group.",
                owner="李伟",
                due=date(2027, 1, 15),
            ),
            GapDiscussion("X12", GapStatus.OPEN, notes="Parked for the legal workstream."),
            GapDiscussion("R01", GapStatus.OPEN),
        )

        n_id, h_id, k_id = nordwerk.id, huachen.id, hanbit.id
        contribution_rows: list[dict[str, Any]] = [
            dict(
                partner_id=n_id,
                category=ContributionCategory.ENGINEERING,
                description="Platform engineering for body, chassis and thermal systems",
                quantity=120.0,
                unit="FTE",
                start=date(2027, 1, 1),
                end=date(2029, 6, 30),
                milestone_gate="Design freeze (gate G3)",
                tracking_metric="Monthly staffing report: FTE booked on critical-path work",
                owner="Anna Köhler",
                valuation=48_000_000.0,
                currency="EUR",
            ),
            dict(
                partner_id=n_id,
                category=ContributionCategory.VALIDATION,
                description="Crash and durability validation slots at the Nordwerk test centre",
                quantity=40.0,
                unit="validation slots",
                start=date(2027, 9, 1),
                end=date(2028, 12, 31),
                milestone_gate="Prototype build PT2",
                tracking_metric="Slots used versus reserved, per quarter",
                owner="Anna Köhler",
                valuation=6_500_000.0,
                currency="EUR",
            ),
            dict(
                partner_id=n_id,
                category=ContributionCategory.MANUFACTURING,
                description="Allocation of line 2 at the Nordwerk plant Heilbronn-Süd",
                quantity=120_000.0,
                unit="vehicles/year",
                start=date(2029, 3, 1),
                end=date(2034, 12, 31),
                milestone_gate="Start of production Europe",
                tracking_metric="Line capacity reserved versus built, monthly",
                owner="Jürgen Weiß",
            ),
            dict(
                partner_id=n_id,
                category=ContributionCategory.MARKET_ACCESS,
                description="European dealer network opened to the joint model",
                quantity=350.0,
                unit="dealers",
                start=date(2029, 6, 1),
                end=date(2034, 12, 31),
                milestone_gate="EU type approval",
                tracking_metric="Dealers signed up",
                owner="Sophie Maier",
                recipient_id=h_id,
            ),
            dict(
                partner_id=h_id,
                category=ContributionCategory.SOFTWARE,
                description="Release bandwidth for the central compute and cockpit software",
                quantity=12.0,
                unit="software releases",
                start=date(2027, 4, 1),
                end=date(2029, 12, 31),
                milestone_gate="E/E architecture freeze",
                tracking_metric="Releases delivered on schedule; open defects at release",
                owner="李伟",
                valuation=85_000_000.0,
                currency="CNY",
            ),
            dict(
                partner_id=h_id,
                category=ContributionCategory.ENGINEERING,
                description="E-axle and drivetrain engineering from the Hefei centre",
                quantity=90.0,
                unit="FTE",
                start=date(2027, 1, 1),
                end=date(2028, 12, 31),
                milestone_gate="Design freeze (gate G3)",
                tracking_metric="Monthly staffing report",
                owner="陈静",
                valuation=210_000_000.0,
                currency="CNY",
            ),
            dict(
                partner_id=h_id,
                category=ContributionCategory.TOOLING,
                description="Tooling budget for body-in-white and battery enclosure dies",
                quantity=300_000_000.0,
                unit="CNY",
                start=date(2027, 10, 1),
                end=date(2028, 9, 30),
                milestone_gate="Tooling kick-off after design freeze",
                tracking_metric="Budget committed versus spent; tool try-out status",
                owner="张磊",
                valuation=300_000_000.0,
                currency="CNY",
            ),
            dict(
                partner_id=k_id,
                category=ContributionCategory.MANUFACTURING,
                description="NMC prismatic cell supply for the European vehicles",
                quantity=8.0,
                unit="GWh/year",
                start=date(2028, 6, 1),
                end=date(2035, 12, 31),
                milestone_gate="Cell B-sample approval",
                tracking_metric="GWh delivered versus call-off; defect rate (ppm)",
                owner="김민준",
                valuation=640_000_000_000.0,
                currency="KRW",
                recipient_id=n_id,
            ),
            dict(
                partner_id=k_id,
                category=ContributionCategory.MANUFACTURING,
                description="LFP cell supply for the China-market vehicles",
                quantity=5.0,
                unit="GWh/year",
                start=date(2029, 1, 1),
                end=date(2035, 12, 31),
                milestone_gate="Cell C-sample approval",
                tracking_metric="GWh delivered versus call-off",
                owner="김민준",
                valuation=330_000_000_000.0,
                currency="KRW",
                recipient_id=h_id,
            ),
            dict(
                partner_id=k_id,
                category=ContributionCategory.ENGINEERING,
                description="Cell and pack integration engineers seconded to the program",
                quantity=25.0,
                unit="FTE",
                start=date(2027, 3, 1),
                end=date(2029, 6, 30),
                milestone_gate="Pack design freeze",
                tracking_metric="Secondment roster",
                owner="이서연",
            ),
            dict(
                partner_id=k_id,
                category=ContributionCategory.VALIDATION,
                description="Cell abuse and ageing tests",
                quantity=6_000.0,
                unit="test-bench hours",
                start=date(2027, 6, 1),
                end=date(2028, 12, 31),
                milestone_gate="Cell B-sample approval",
                tracking_metric="Bench hours used versus booked",
                owner="이서연",
                valuation=2_400_000_000.0,
                currency="KRW",
            ),
        ]
        contributions = tuple(
            Contribution(id=self.id(), position=n, **row) for n, row in enumerate(contribution_rows)
        )

        steering = GovernanceBody(
            self.id(),
            "Steering group",
            "steering",
            members="Nordwerk: CTO, CFO; 华辰: Executive VP R&D; 한빛: CEO",
            cadence="Quarterly",
            chair="Rotates yearly, Nordwerk first",
            position=0,
        )
        execution = GovernanceBody(
            self.id(),
            "Execution committee",
            "execution",
            members="Program directors of each partner; heads of purchasing and quality",
            cadence="Monthly",
            chair="Joint program director (Nordwerk)",
            position=1,
        )
        pmo = GovernanceBody(
            self.id(),
            "Joint program management office",
            "pmo",
            members="Program managers and workstream leads of each partner",
            cadence="Weekly",
            chair="PMO lead (华辰)",
            position=2,
        )
        bodies = (steering, execution, pmo)

        D, J, C, INF = RightCode.DECIDES, RightCode.JOINT, RightCode.CONSULTED, RightCode.INFORMED
        decision_rows = [
            ("Architecture baseline", "hardware vs software", (D, C, C), execution.id),
            ("Cost baseline and target cost", "engineering vs purchasing", (J, J, C), steering.id),
            (
                "Timing baseline and SOP dates",
                "design vs industrialization",
                (J, J, J),
                steering.id,
            ),
            ("Change control above EUR 2 million", "", (J, J, INF), execution.id),
            # No decider: the readiness check should flag it.
            ("Quality and standards disputes", "design vs industrialization", (C, C, C), None),
            # Two deciders: the readiness check should flag it.
            ("Software release scope", "hardware vs software", (D, D, INF), execution.id),
            (
                "Purchasing and specification of cells",
                "engineering vs purchasing",
                (D, C, C),
                execution.id,
            ),
            ("Plant allocation", "design vs industrialization", (J, J, INF), steering.id),
            (
                "Design release for industrialization",
                "design vs industrialization",
                (D, C, INF),
                pmo.id,
            ),
            ("Admitting new partners or programs", "", (J, J, J), steering.id),
        ]
        decisions = tuple(
            Decision(
                self.id(), title, seam, tuple(zip((n_id, h_id, k_id), codes, strict=True)), body, n
            )
            for n, (title, seam, codes, body) in enumerate(decision_rows)
        )
        escalation_steps = (
            EscalationStep(
                self.id(),
                1,
                "Joint program management office",
                10,
                "Workstream leads try to resolve the issue with the PMO lead.",
            ),
            EscalationStep(
                self.id(),
                2,
                "Execution committee",
                15,
                "Program directors decide or prepare options for the steering group.",
            ),
            EscalationStep(
                self.id(),
                3,
                "Steering group",
                30,
                "Final decision; if still deadlocked, the exit-trigger clause applies.",
            ),
        )
        review_points = (
            ReviewPoint(
                self.id(),
                "B-sample review",
                date(2028, 3, 31),
                "Cell B-sample approval and prototype build PT2",
                ("continue", "expand", "narrow", "redirect"),
                "Decide whether to add the second body style.",
                0,
            ),
            ReviewPoint(
                self.id(),
                "Start of production review",
                date(2029, 9, 30),
                "Start of production Europe",
                ("continue", "expand", "narrow", "redirect", "exit"),
                "",
                1,
            ),
            ReviewPoint(
                self.id(),
                "Mid-term review of scope and economics",
                date(2031, 6, 30),
                "",
                ("continue", "expand", "narrow", "redirect", "exit"),
                "Recalibrate the value split against actual volumes.",
                2,
            ),
        )
        exit_terms = ExitTerms(
            renewal_timeline="Initial term of eight years from signing; the steering group "
            "decides on renewal 24 months before expiry, based on a joint "
            "business review.",
            notice_period="18 months' written notice, not before the end of year four except "
            "under an exit trigger.",
            obligations="Cell supply continues for five years after exit at contract prices; "
            "spare parts for ten years after end of production; software security "
            "updates for eight years.",
            change_rules="Any partner may propose changes to scope, economics or "
            "responsibilities at a review point; the execution committee assesses "
            "them within 30 days; changes need joint approval of the steering "
            "group.",
        )
        exit_triggers = (
            ExitTrigger(self.id(), "Change of control of a partner", 90, 0),
            ExitTrigger(self.id(), "Deadlock unresolved after the full escalation path", 180, 1),
            ExitTrigger(self.id(), "Start of production missed by more than 12 months", 180, 2),
            ExitTrigger(self.id(), "Insolvency of a partner", None, 3),
        )
        shared_assets = (
            SharedAsset(
                self.id(),
                "Joint EV platform architecture and design IP",
                AssetKind.IP,
                None,
                "Jointly owned; each partner keeps a royalty-free licence for "
                "vehicles already in production.",
                0,
            ),
            SharedAsset(
                self.id(),
                "Line 2, plant Heilbronn-Süd",
                AssetKind.PLANT,
                n_id,
                "Stays with Nordwerk; supply of vehicles to 华辰 continues by contract "
                "for three years.",
                1,
            ),
            SharedAsset(
                self.id(),
                "Body and battery enclosure tooling",
                AssetKind.TOOLING,
                h_id,
                "The remaining partners may buy it at book value.",
                2,
            ),
            # No treatment yet: the readiness check should flag it.
            SharedAsset(self.id(), "Validation and fleet data", AssetKind.DATA, None, "", 3),
        )
        action_items = (
            ActionItem(
                self.id(),
                "Draft the value-split clause for the term sheet",
                "Dr. Katrin Schäfer",
                date(2026, 12, 18),
                ActionStatus.IN_PROGRESS,
                "G13",
                position=0,
            ),
            ActionItem(
                self.id(),
                "Propose a joint architecture board with a tie-break rule",
                "李伟",
                date(2027, 1, 15),
                ActionStatus.OPEN,
                "R05",
                position=1,
            ),
            ActionItem(
                self.id(),
                "Options paper on the treatment of jointly developed IP",
                "박지훈",
                date(2027, 1, 31),
                ActionStatus.OPEN,
                "X12",
                position=2,
            ),
            ActionItem(
                self.id(),
                "Map both release-gate processes side by side",
                "Anna Köhler",
                date(2027, 1, 20),
                ActionStatus.OPEN,
                "C05",
                position=3,
            ),
            ActionItem(
                self.id(),
                "Confirm 2028–2030 cell capacity against both call-offs",
                "김민준",
                date(2026, 12, 15),
                ActionStatus.OPEN,
                None,
                "8 + 5 GWh/year exceeds the declared 12 GWh/year from 2029.",
                4,
            ),
            ActionItem(
                self.id(),
                "Name the decider for quality and standards disputes",
                "Helena Marquardt",
                date(2026, 12, 5),
                ActionStatus.OPEN,
                "R06",
                position=5,
            ),
            ActionItem(
                self.id(),
                "Exchange the partners' 2027 budget calendars",
                "Sophie Maier",
                date(2026, 11, 30),
                ActionStatus.DONE,
                "C01",
                position=6,
            ),
        )
        return Workshop(
            details=details,
            questionnaire=questionnaire,
            partners=partners,
            participants=participants,
            answers=tuple(answers),
            gap_discussions=gap_discussions,
            contributions=contributions,
            bodies=bodies,
            decisions=decisions,
            escalation_steps=escalation_steps,
            review_points=review_points,
            exit_terms=exit_terms,
            exit_triggers=exit_triggers,
            shared_assets=shared_assets,
            action_items=action_items,
        )

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
                    self.id(), partner.id, name, Function(functions[m % len(functions)]), done=True
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


def _split_points(weights: dict[str, float], total: float, steps: int = 20) -> dict[str, float]:
    """Points in steps of total/steps, in option order, zeros left out, summing to total."""
    mass = sum(weights.values()) or 1.0
    raw = {k: w / mass * steps for k, w in weights.items()}
    units = {k: int(v) for k, v in raw.items()}
    rest = steps - sum(units.values())
    for k in sorted(raw, key=lambda k: raw[k] - units[k], reverse=True)[:rest]:
        units[k] += 1
    step = total / steps
    return {k: u * step for k, u in units.items() if u}


_GENERIC_TEXTS = (
    "Needs a joint working session before signing.",
    "Agreed in principle; the details sit with the workstream leads.",
    "We see this differently from the partners; worth a discussion.",
    "No strong view yet.",
    "Depends on the volumes in the final business plan.",
)


def _generic_text(q: Question, rng: random.Random) -> str:
    return rng.choice(_GENERIC_TEXTS)


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
