"""Sections only the full report has: the readiness checklist, every question in detail
and the participants. The closing note ("about") is in both variants."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from workshop_app.analysis.display import percent, score_text
from workshop_app.analysis.positions import position_summary
from workshop_app.analysis.results import PartnerPosition, QuestionAlignment
from workshop_app.domain.enums import GapStatus, QuestionType
from workshop_app.domain.questionnaire import Question
from workshop_app.exports.pdf_base import ReportBase
from workshop_app.exports.pdf_fonts import markup, string_width
from workshop_app.exports.pdf_look import GREEN, RED, fmt_date, num, sensitive_mark
from workshop_app.exports.pdf_para import Para
from workshop_app.exports.report_language import label as domain_label
from workshop_app.exports.report_language import say, tr


def _position_header(kind: QuestionType) -> str:
    """The heading of the position column, in the report's language."""
    if kind in (QuestionType.SINGLE_CHOICE, QuestionType.MULTI_CHOICE):
        return tr("Position (share of people choosing each option)")
    if kind is QuestionType.RANKING:
        return tr("Position (order by mean rank)")
    if kind is QuestionType.ALLOCATION:
        return tr("Position (mean share of the points)")
    return tr("Position")


def position_text(q: Question, pos: PartnerPosition) -> str:
    """The analysis's words for a position, one option a line where there are several."""
    summary = position_summary(q, pos)
    if summary.kind == "ranking":
        return "\n".join(f"{n}. {p.label} ({p.rank:.1f})" for n, p in enumerate(summary.parts, 1))
    if summary.kind == "shares":
        return "\n".join(f"{p.label} {percent(p.share)}%" for p in summary.parts) or "–"
    if summary.kind == "texts":
        return "\n".join(f"• {x}" for x in summary.texts) or "–"
    return say(summary.words) or "–"


def text_answers(texts: Sequence[str]) -> str:
    counts: dict[str, int] = {}
    for text in texts:
        counts[text] = counts.get(text, 0) + 1
    return "\n".join(f"• {t}" + (f" (×{n})" if n > 1 else "") for t, n in counts.items()) or "–"


def spread_text(q: Question, pos: PartnerPosition) -> str:
    if q.type in (QuestionType.LIKERT, QuestionType.NUMBER):
        values = sorted(float(v) for v in pos.spread if isinstance(v, int | float))
        if values:
            return ", ".join(num(v) for v in values)
    return f"{pos.respondents} answer{'s' if pos.respondents != 1 else ''}"


class FullMixin(ReportBase):
    def readiness_section(self) -> list[Flowable]:
        r = self.a.readiness
        out: list[Flowable] = [CondPageBreak(100), self.heading(tr("Readiness checks"))]
        if not r.checks:
            out.append(self.empty(tr("No readiness checks.")))
            return out
        out.append(
            Para(
                markup(
                    tr("{passed} of {total} checks passed.").format(passed=r.passed, total=r.total)
                ),
                self.s["body"],
            )
        )
        rows = []
        passed, open_ = tr("Passed"), tr("Open")
        # The status column is as wide as its longest word ("Bestanden" does not fit 45).
        status_width = max(45.0, max(string_width(w, 8) for w in (passed, open_)) + 10)
        for c in r.checks:
            status = (
                f'<font color="{GREEN}">{markup(passed)}</font>'
                if c.passed
                else f'<font color="{RED}">{markup(open_)}</font>'
            )
            rows.append(
                [
                    Para(status, self.s["cell"]),
                    say(c.title),
                    "\n".join(f"• {say(m)}" for m in c.missing),
                ]
            )
        widths = [status_width, 170 - (status_width - 45), 265]
        out.append(self.table(["", tr("Check"), tr("Missing")], rows, widths))
        return out

    def questions_section(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(300), self.heading(tr("Questions in detail"))]
        comments: dict[str, list[tuple[str, str]]] = defaultdict(list)
        people = {p.id: p for p in self.w.participants}
        for ans in self.w.answers:
            if ans.comment.strip() and ans.participant_id in people:
                person = people[ans.participant_id]
                who = self.pname(person.partner_id)
                if self.w.details.attribute_comments:
                    who = f"{person.name}, {who}"
                comments[ans.question_id].append((ans.comment, who))
        for section in self.w.questionnaire.sections:
            # The section heading travels with its first question, never alone at a page end.
            lead: list[Flowable] = [
                self.heading(section.title or domain_label(section.element.label), 1)
            ]
            score = self.a.element_scores.get(section.element)
            if score is not None:
                lead.append(
                    Para(
                        markup(tr("Element score {value} of 100.").format(value=score_text(score))),
                        self.s["lead"],
                    )
                )
            if not section.questions:
                out += [*lead, self.empty(tr("No questions in this section."))]
            for q in section.questions:
                qa = self.a.questions.get(q.id)
                out += self.question_block(q, qa, comments.get(q.id, []), lead)
                lead = []
        return out

    def question_block(
        self,
        q: Question,
        qa: QuestionAlignment | None,
        comments: list[tuple[str, str]],
        lead: Sequence[Flowable] = (),
    ) -> list[Flowable]:
        head: list[Flowable] = [*lead, self.heading(f"{q.id} · {q.title}", 2)]
        if q.short_title:
            head.append(self.p(q.text, "small"))
        facts: list[str] = []
        if qa is None or qa.alignment is None:
            facts.append(
                tr("Not scored")
                + (
                    tr(" (text question)")
                    if q.type is QuestionType.TEXT
                    else tr(": fewer than two partners answered")
                )
            )
        else:
            facts.append(
                tr("Alignment {value} of 100").format(value=score_text(qa.alignment * 100))
            )
            if qa.diverging_pair:
                facts.append(
                    tr("furthest apart: {pair}").format(pair=self.pair_name(qa.diverging_pair))
                )
        if q.weight != 1:
            facts.append(tr("weight {value}").format(value=num(q.weight)))
        if q.sensitive:
            facts.append(sensitive_mark())
        head.append(Para(markup(" · ".join(facts)), self.s["facts"]))
        positions = qa.positions if qa else {}
        answered = [(p, positions[p.id]) for p in self.w.partners if p.id in positions]
        if not answered:
            head.append(self.empty(tr("No answers yet.")))
        elif q.type is QuestionType.TEXT:
            rows = [[self.partner_cell(p.id), text_answers(pos.texts)] for p, pos in answered]
            head.append(
                self.table(
                    [tr("Partner"), tr("Answers (identical answers counted once)")], rows, [70, 405]
                )
            )
        else:
            numeric = q.type in (QuestionType.LIKERT, QuestionType.NUMBER)
            rows = []
            for p, pos in answered:
                consensus = (
                    tr("single voice")
                    if pos.single_voice
                    else (f"{percent(pos.consensus)}%" if pos.consensus is not None else "–")
                )
                rows.append(
                    [
                        self.partner_cell(p.id),
                        position_text(q, pos),
                        *([spread_text(q, pos)] if numeric else []),
                        consensus,
                        str(pos.respondents),
                    ]
                )
            if numeric:
                head.append(
                    self.table(
                        [
                            tr("Partner"),
                            tr("Position"),
                            tr("Answers"),
                            tr("Consensus"),
                            tr("People"),
                        ],
                        rows,
                        [70, 190, 120, 55, 40],
                    )
                )
            else:
                head.append(
                    self.table(
                        [
                            tr("Partner"),
                            _position_header(q.type),
                            tr("Consensus"),
                            tr("People"),
                        ],
                        rows,
                        [70, 310, 55, 40],
                    )
                )
        out: list[Flowable] = [KeepTogether(head)]
        if comments:
            lines = [
                f"“{markup(text)}” <font color='#6B6B6B'>– {markup(who)}</font>"
                for text, who in comments
            ]
            out.append(Spacer(1, 3))
            out.append(Para("<b>Comments</b><br/>" + "<br/>".join(lines), self.s["cell"]))
        disc = self.w.gap_discussion(q.id)
        if disc.notes or disc.agreed_position or disc.status is not GapStatus.OPEN:
            rows2: list[tuple[str, Any]] = [(tr("Status"), domain_label(disc.status.label))]
            if disc.notes:
                rows2.append((tr("Discussion"), disc.notes))
            rows2.append((tr("Agreed position"), disc.agreed_position or tr("Open")))
            if disc.owner or disc.due:
                rows2.append(
                    (tr("Owner"), ", ".join(x for x in (disc.owner, fmt_date(disc.due)) if x))
                )
            out.append(Spacer(1, 3))
            out.append(self.kv_table(rows2, 90))
        out.append(Spacer(1, 4))
        return out

    def participants_section(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(100), self.heading(tr("Participants"))]
        if not self.w.participants:
            out.append(self.empty(tr("No participants recorded yet.")))
            return out
        rows = []
        for p in self.w.partners:
            for person in self.w.participants_of(p.id):
                rows.append(
                    [
                        self.partner_cell(p.id),
                        person.name,
                        domain_label(person.function.label) if person.function else "",
                        tr("yes") if person.done else tr("not yet"),
                    ]
                )
        out.append(
            self.table(
                [tr("Partner"), tr("Name"), tr("Function"), tr("Finished answering")],
                rows,
                [100, 170, 120, 90],
            )
        )
        return out

    def about_section(self, *, emoji: bool = False) -> list[Flowable]:
        q = self.w.questionnaire
        text = tr("Questionnaire: {title} ({id}, version {version}), {n} questions.").format(
            title=q.title, id=q.template_id, version=q.version, n=len(q)
        )
        if not self.full:
            text += " " + tr(
                "Answers are shown per partner; no answer is attributed to a person. "
                "Long texts and lists are cut here; the full report has all of them."
            )
        if emoji:
            # Plain text, not through markup(): the brackets are the marker it explains.
            text += " " + tr(
                "Emoji are printed as their name in brackets, e.g. [automobile]: the "
                "report fonts have none."
            )
        if not self.full:
            return [Para(markup(text), self.s["small"])]
        return [Spacer(1, 10), Para(markup(text), self.s["small"])]
