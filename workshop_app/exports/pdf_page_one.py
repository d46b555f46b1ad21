"""Page 1 of the PDF reports: what must be decided before signing.

The alignment index and readiness, the gaps that block signing with each partner's
position, the readiness checks not passed, capacity overloads, decision-rights conflicts
and the next steps with owner and date. Every list is capped so that the page holds for
six partners; what does not fit is counted and found on the later pages.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from workshop_app.analysis.actions import next_steps
from workshop_app.analysis.capacity import CapacityOverload, capacity_overloads
from workshop_app.analysis.decision_rights import conflict_words, decision_conflicts
from workshop_app.analysis.display import alignment_text, percent, score_text
from workshop_app.analysis.positions import no_position_words, position_summary, short_words
from workshop_app.analysis.results import Gap
from workshop_app.domain.enums import GapStatus
from workshop_app.exports.pdf_base import Heading, ReportBase
from workshop_app.exports.pdf_fonts import markup
from workshop_app.exports.pdf_heads import HeadsMixin
from workshop_app.exports.pdf_look import (
    FONT_ALL,
    RULE,
    cut,
    fmt_date,
    num,
    variant_title,
)
from workshop_app.exports.pdf_para import Para
from workshop_app.exports.report_language import label, say, tr

PAGE_ONE_GAPS_FEW = 4  # up to three partners
PAGE_ONE_GAPS_MANY = 3  # four to six partners: six position lines per gap
PAGE_ONE_ITEMS = 4  # overloads, conflicts
PAGE_ONE_STEPS = 3
PAGE_MARGINS = 37 * mm  # top and bottom margin of the document (pdf_base.ReportBase.render)


def overload_words(report: ReportBase, o: CapacityOverload) -> str:
    period = " – ".join(x for x in (fmt_date(o.start), fmt_date(o.end)) if x)
    return tr("{partner} promises {peak} {unit} against {capacity} declared").format(
        partner=report.pname(o.partner_id), peak=num(o.peak), unit=o.unit, capacity=num(o.capacity)
    ) + (f" ({period})" if period else "")


def blocking_gaps(gaps: tuple[Gap, ...]) -> list[Gap]:
    """Gaps not yet resolved: each needs a decision before signing."""
    return [g for g in gaps if g.status is not GapStatus.RESOLVED]


class PageOneMixin(HeadsMixin):
    def first_page(self) -> list[Flowable]:
        d = self.w.details
        s = self.s
        head: list[Flowable] = [
            Para(markup(variant_title(self.variant).upper()), s["kicker"]),
            Heading(self.t(d.title, 90), s["title"], 0, "summary", False),
        ]
        out: list[Flowable] = []
        partner_lines = [
            self.swatch(p.id)
            + markup(self.t(p.name, 60))
            + (f' <font color="#6B6B6B">({markup(self.t(p.role, 60))})</font>' if p.role else "")
            for p in self.w.partners
        ]
        out.append(Para(" &nbsp; ".join(partner_lines) or markup(tr("No partners yet")), s["cell"]))
        facts = [label(d.phase.label), fmt_date(d.date) or tr("date not set")]
        if d.primary_purpose:
            facts.insert(0, label(d.primary_purpose.label))
        if d.location:
            facts.append(self.t(d.location, 60))
        facts.append(tr("Facilitator: ") + (self.t(d.facilitator, 60) or tr("not set")))
        facts.append(self.t(d.confidentiality, 60) or tr("Not labelled"))
        out.append(Para(markup(" · ".join(facts)), s["small"]))
        out.append(Spacer(1, 4))
        out.append(self.key_figures())
        out.append(Para(markup(tr("To decide before signing")), s["h1"]))
        out += self.blocking_gaps_table()
        out += self.failed_checks()
        out += self.heads_line()
        out += self.overloads_list()
        out += self.conflicts_list()
        out.append(Para(markup(tr("Next steps")), s["hpage1"]))
        out += self.next_steps_list()
        # Page 1 is one page whatever the workshop: the lists are capped, and what still
        # does not fit (six partners, long names) is drawn slightly smaller, never carried
        # onto a page of its own.
        used = sum(
            f.wrap(self.width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in head
        )
        room = self.pagesize[1] - PAGE_MARGINS - used - 2
        return [*head, KeepInFrame(self.width, room, out, mode="shrink")]

    def key_figures(self) -> Table:
        s = self.s
        a = self.a
        r = a.readiness
        grey = "<font size=10 color='#6B6B6B'>"
        index = a.overall_index
        blocking = blocking_gaps(a.gaps)
        of = markup(tr("of"))  # outside the f-string: lupdate reads it
        cells = [
            [
                Para(f"{score_text(index)}{grey} / 100</font>", s["figure"]),
                Para(
                    markup(tr("Alignment index"))
                    + "<br/><font size=7>"
                    + (
                        markup(tr("mean of the element scores, 0 = none, 100 = full agreement"))
                        if index is not None
                        else markup(
                            tr("not available: no scored answers from two or more partners yet")
                        )
                    )
                    + "</font>",
                    s["label"],
                ),
            ],
            [
                Para(f"{score_text(a.definition_index)}{grey} / 100</font>", s["figure"]),
                Para(
                    markup(tr("Definition index"))
                    + "<br/><font size=7>"
                    + (
                        markup(
                            tr(
                                "how far the terms are defined, "
                                "0 = not discussed, 100 = agreed in writing"
                            )
                        )
                        if a.definition_index is not None
                        else markup(tr("not available: no definition question answered yet"))
                    )
                    + "</font>",
                    s["label"],
                ),
            ],
            [
                Para(f"{r.passed}{grey} {of} {r.total}</font>", s["figure"]),
                Para(
                    markup(tr("Readiness checks passed"))
                    + "<br/><font size=7>"
                    + markup(tr("{value}% of the checks before the term sheet")).format(
                        value=percent(r.score)
                    )
                    + "</font>",
                    s["label"],
                ),
            ],
            [
                Para(f"{len(blocking)}", s["figure"]),
                Para(
                    markup(tr("Gaps not resolved"))
                    + "<br/><font size=7>"
                    + markup(
                        tr(
                            "of {n} gaps: partners differ, nobody has defined it, "
                            "or a partner does not know"
                        )
                    ).format(n=len(a.gaps))
                    + "</font>",
                    s["label"],
                ),
            ],
        ]
        table = Table([cells], colWidths=[self.width / len(cells)] * len(cells), hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    FONT_ALL,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("LINEBEFORE", (1, 0), (-1, 0), 0.4, RULE),
                    ("LEFTPADDING", (1, 0), (-1, 0), 8),
                ]
            )
        )
        return table

    def positions_cell(self, gap: Gap, limit: int = 56) -> Paragraph:
        """Each partner's position on a gap, one line each, in partner order."""
        qa = self.a.questions.get(gap.question_id)
        q = self.w.questionnaire
        lines = []
        if qa is not None and q.has_question(gap.question_id):
            question = q.question(gap.question_id)
            for p in self.w.partners:
                pos = qa.positions.get(p.id)
                words = (
                    short_words(position_summary(question, pos), limit)
                    if pos
                    else no_position_words(qa.undecided_partners, p.id)
                )
                name = markup(self.pname(p.id).replace(" ", "\u00a0"))
                lines.append(f"{self.swatch(p.id)}<b>{name}</b>: {markup(self.t(say(words)))}")
        return Para("<br/>".join(lines) or "–", self.s["tight"])

    def gap_title_cell(self, gap: Gap) -> Paragraph:
        facts = [gap.question_id.replace("-", "\u2011"), label(gap.element.label)]
        facts.append("; ".join(label(k.label) for k in gap.kinds))
        if gap.status is GapStatus.DISCUSSED:
            facts.append(tr("discussed, not agreed"))
        return Para(
            markup(self.t(gap.title, 120))
            + f'<br/><font size=6.5 color="#6B6B6B">{markup(" · ".join(facts))}'
            "</font>",
            self.s["cell"],
        )

    def blocking_gaps_table(self) -> list[Flowable]:
        gaps = blocking_gaps(self.a.gaps)
        s = self.s
        if not gaps:
            text = (
                tr("No gap blocks signing: every question below the gap threshold is resolved.")
                if self.a.gaps
                else tr(
                    "No gaps: no question is below the gap threshold, "
                    "or too few answers are in yet."
                )
            )
            return [Para(markup(tr("Gaps that block signing")), s["hpage1"]), self.empty(text)]
        limit = PAGE_ONE_GAPS_FEW if len(self.w.partners) <= 3 else PAGE_ONE_GAPS_MANY
        shown = gaps[:limit]
        rows = [
            [str(n), self.gap_title_cell(g), alignment_text(g.alignment), self.positions_cell(g)]
            for n, g in enumerate(shown, 1)
        ]
        out: list[Flowable] = [
            Para(markup(tr("Gaps that block signing ({n})")).format(n=len(gaps)), s["hpage1"]),
            self.table(
                ["#", tr("Gap"), tr("Score"), tr("Where each partner stands")],
                rows,
                [14, 150, 34, 290],
                centre=(2,),
            ),
        ]
        if len(gaps) > len(shown):
            out.append(
                Para(
                    markup(
                        tr("{n} more open gaps are listed under “{section}”.").format(
                            n=len(gaps) - len(shown), section=tr("Alignment by element")
                        )
                    ),
                    s["small"],
                )
            )
        return out

    def _lines(self, title: str, items: list[str], more: str) -> list[Flowable]:
        style = ParagraphStyle(
            "blocker", self.s["cell"], leftIndent=10, bulletIndent=0, spaceAfter=1
        )
        out: list[Flowable] = [Para(markup(title), self.s["hpage1"])]
        for text in items[:PAGE_ONE_ITEMS]:
            out.append(Para(text, style, bulletText="•"))
        if len(items) > PAGE_ONE_ITEMS:
            out.append(
                Para(
                    markup(
                        tr("{n} more under “{section}”.").format(
                            n=len(items) - PAGE_ONE_ITEMS, section=more
                        )
                    ),
                    self.s["small"],
                )
            )
        return out

    def failed_checks(self) -> list[Flowable]:
        failed = [c for c in self.a.readiness.checks if not c.passed]
        if not failed:
            return []
        items = []
        for c in failed:
            text = f"<b>{markup(say(c.title))}</b>"
            if c.missing:
                first = cut(self._redact(say(c.missing[0])), 64, " …")
                extra = f" (+{len(c.missing) - 1})" if len(c.missing) > 1 else ""
                text += f' <font color="#6B6B6B">– {markup(first + extra)}</font>'
            items.append(text)
        style = ParagraphStyle("check", self.s["cell"], leftIndent=10, bulletIndent=0, spaceAfter=1)
        # Every failed check is named on page 1: there are at most a dozen.
        return [
            Para(
                markup(tr("Readiness checks not passed ({n})")).format(n=len(failed)),
                self.s["hpage1"],
            ),
            *[Para(x, style, bulletText="✗") for x in items],
        ]

    def overloads_list(self) -> list[Flowable]:
        overloads = capacity_overloads(self.w)
        if not overloads:
            return []
        items = [markup(overload_words(self, o)) for o in overloads]
        return self._lines(
            tr("Capacity overloads ({n})").format(n=len(overloads)),
            items,
            tr("Contributions by partner"),
        )

    def conflicts_list(self) -> list[Flowable]:
        conflicts = decision_conflicts(self.w)
        if not conflicts:
            return []
        names = {p.id: p.label for p in self.w.partners}
        items = [
            f"<b>{markup(self.t(c.title, 80))}</b>: {markup(say(conflict_words(c, names)))}"
            for c in conflicts
        ]
        return self._lines(
            tr("Decision-rights conflicts ({n})").format(n=len(conflicts)),
            items,
            tr("Decision rights"),
        )

    def next_steps_list(self) -> list[Flowable]:
        steps = next_steps(self.w, self.a)[:PAGE_ONE_STEPS]
        if not steps:
            return [self.empty(tr("No open actions, gaps or readiness checks."))]
        out: list[Any] = []
        style = ParagraphStyle("step", self.s["cell"], leftIndent=14, bulletIndent=0, spaceAfter=2)
        for n, step in enumerate(steps, 1):
            owner = self.t(step.owner, 60) or tr("owner not named yet")
            due = (
                tr("due {date}").format(date=fmt_date(step.due)) if step.due else tr("no date yet")
            )
            text = markup(self.t(say(step.title), 140))
            text += f' <font color="#6B6B6B">– {markup(owner)}, {markup(due)}</font>'
            out.append(Para(text, style, bulletText=f"{n}."))
        return out
