"""The sections after page 1 on what the partners think and bring: alignment,
contributions and decision rights (governance, exit terms and action items are in
``pdf_governance``). In the leadership summary every list is capped and every text cut
(see ``ReportBase.capped`` and ``ReportBase.t``) so the summary stays within six pages."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from workshop_app.analysis.capacity import capacity_overloads
from workshop_app.analysis.contributions import contribution_balance
from workshop_app.analysis.decision_rights import conflict_words, decision_conflicts
from workshop_app.analysis.display import alignment_text, percent, score_text
from workshop_app.domain.enums import Element, GapStatus, RightCode
from workshop_app.domain.model import Contribution
from workshop_app.exports import charts
from workshop_app.exports.pdf_base import ReportBase
from workshop_app.exports.pdf_fonts import SANS_BOLD, markup, string_width
from workshop_app.exports.pdf_look import (
    CODE_COLOURS,
    RED,
    SHORT_ELEMENTS,
    fmt_date,
    money,
    num,
)
from workshop_app.exports.pdf_page_one import blocking_gaps, overload_words
from workshop_app.exports.pdf_para import Para
from workshop_app.exports.report_language import label as domain_label
from workshop_app.exports.report_language import say, tr

# Leadership caps (rows per table); the full report lists everything.
MAX_GAPS = 8
MAX_CONTRIBUTIONS = 5  # per partner
MAX_DECISIONS = 10


class SectionsMixin(ReportBase):
    # -- alignment ----------------------------------------------------------------------

    def alignment_section(self) -> list[Flowable]:
        a = self.a
        out: list[Flowable] = [self.heading(tr("Alignment by element"))]
        if not a.element_scores:
            out.append(
                self.empty(
                    tr("No scored answers yet: alignment needs answers from two or more partners.")
                )
            )
        rows = [(domain_label(e.label), a.element_scores.get(e)) for e in Element]
        out.append(charts.element_bars(rows, width=self.width, threshold=a.threshold * 100))
        out.append(
            Para(
                markup(
                    tr(
                        "Scores from 0 (no alignment) to 100 (full agreement). "
                        "Questions below {threshold} count as gaps."
                    ).format(threshold=percent(a.threshold))
                ),
                self.s["small"],
            )
        )
        if a.pair_element_scores:
            # A table per partner pair instead of one radar line per pair: with six
            # partners that is fifteen lines nobody can tell apart.
            header = [
                tr("Partner pair"),
                *[domain_label(SHORT_ELEMENTS[e]) for e in Element],
                tr("Overall"),
            ]
            body = []
            for pair, scores in a.pair_element_scores.items():
                body.append(
                    [
                        self.ident(self.pair_name(pair)),
                        *[score_text(scores.get(e)) for e in Element],
                        score_text(a.pair_overall.get(pair)),
                    ]
                )
            table = self.table(header, body, [120, 50, 58, 64, 50, 50, 50], centre=range(1, 7))
            out += self.caption_with(markup(tr("By partner pair")), table)
        gaps = list(a.gaps)
        if gaps:
            shown, more = self.capped(gaps, MAX_GAPS)
            title = (
                tr("Gaps ({n})").format(n=len(gaps))
                if more is None
                else tr("The {n} largest of {total} gaps").format(n=len(shown), total=len(gaps))
            )
            rows2 = [
                [
                    self.ident(g.question_id),
                    self.t(g.title, 80),
                    domain_label(g.element.label),
                    alignment_text(g.alignment),
                    self.ident(self.pair_name(g.diverging_pair)),
                    self.gap_position(g),
                ]
                for g in shown
            ]
            table = self.table(
                [
                    tr("Q"),
                    tr("Gap"),
                    tr("Element"),
                    tr("Score"),
                    tr("Furthest apart"),
                    tr("Agreed position"),
                ],
                rows2,
                [34, 110, 80, 36, 90, 150],
            )
            out += self.caption_with(markup(title), table)
            if more:
                out.append(more)
        internal = a.internal_disagreements
        if internal:
            shown_i, more = self.capped(list(internal), 6)
            rows3 = [
                [
                    self.partner_cell(x.partner_id),
                    f"{x.question_id} · {self.t(x.title, 100)}",
                    percent_cell(x.consensus),
                    str(x.respondents),
                ]
                for x in shown_i
            ]
            table = self.table(
                [tr("Partner"), tr("Question"), tr("Consensus"), tr("Answers")],
                rows3,
                [90, 260, 60, 50],
            )
            out += self.caption_with(markup(tr("Where a partner's own team disagrees")), table)
            if more:
                out.append(more)
        return out

    def gap_position(self, gap: Any, limit: int | None = 110) -> Paragraph:
        if gap.agreed_position.strip():
            return Para(markup(self.t(gap.agreed_position, limit)), self.s["cell"])
        label = tr("Open") if gap.status is not GapStatus.DISCUSSED else tr("Open (discussed)")
        return Para(f'<font color="{RED}">{label}</font>', self.s["cell"])

    # -- contributions ------------------------------------------------------------------

    def contributions_section(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(120), self.heading(tr("Contributions by partner"))]
        contributions = self.w.contributions
        if not contributions:
            out.append(self.empty(tr("No contributions recorded yet.")))
            return out
        by_partner: dict[str, list[Contribution]] = defaultdict(list)
        for c in sorted(contributions, key=lambda c: c.position):
            by_partner[c.partner_id].append(c)
        header = [
            tr("Category"),
            tr("Contribution"),
            tr("Amount"),
            tr("Period"),
            tr("To"),
            tr("Value"),
        ]
        widths = [72, 160, 68, 78, 55, 64]
        for partner in self.w.partners:
            items = by_partner.get(partner.id, [])
            title = self.swatch(partner.id) + markup(self.t(partner.name, 80))
            if not items:
                out += [
                    Para(title, self.s["caption"]),
                    self.empty(tr("No contributions recorded yet.")),
                ]
                continue
            # Fewer rows each when there are more partners: the summary keeps its length.
            per_partner = max(2, MAX_CONTRIBUTIONS * 2 // max(len(self.w.partners), 1))
            shown, more = self.capped(items, min(MAX_CONTRIBUTIONS, per_partner))
            rows = [self.contribution_row(c) for c in shown]
            out += self.caption_with(title, self.table(header, rows, widths))
            if more:
                out.append(more)
        overloads = capacity_overloads(self.w)
        if overloads:
            style = ParagraphStyle("ovl", self.s["cell"], leftIndent=10, bulletIndent=0)
            lines = [
                Para(markup(overload_words(self, o)), style, bulletText="•") for o in overloads
            ]
            shown_o, more = self.capped(lines, 12)
            out += self.caption_with(
                markup(tr("Capacity overloads ({n})").format(n=len(overloads))), shown_o[0]
            )
            out += shown_o[1:]
            if more:
                out.append(more)
        out += self.caption_with(markup(tr("Totals and balance")), self.balance_table())
        out.append(
            Para(
                markup(
                    tr(
                        "Gives: the value of what a partner contributes; gets: the value of "
                        "contributions made to it directly. Contributions to the joint venture "
                        "as a whole benefit all partners and are listed separately. Amounts are "
                        "summed per currency, not converted."
                    )
                ),
                self.s["small"],
            )
        )
        return out

    def contribution_row(self, c: Contribution) -> list[Any]:
        what = markup(self.t(c.description, 90))
        extra = [
            x
            for x in (
                c.milestone_gate and tr("Gate: {gate}").format(gate=self.t(c.milestone_gate, 60)),
                self.full
                and c.tracking_metric
                and tr("Tracked by: {metric}").format(metric=self.t(c.tracking_metric)),
                self.full and c.owner and tr("Owner: {owner}").format(owner=self.t(c.owner)),
            )
            if x
        ]
        if extra:
            what += '<br/><font size=7 color="#6B6B6B">' + markup(" · ".join(extra)) + "</font>"
        period = " – ".join(x for x in (fmt_date(c.start), fmt_date(c.end)) if x)
        return [
            domain_label(c.category.label),
            Para(what, self.s["cell"]),
            f"{num(c.quantity)} {c.unit}".strip() if c.quantity is not None else c.unit,
            period,
            self.ident(self.pname(c.recipient_id)),
            money(c.valuation, c.currency) if c.valuation is not None else "",
        ]

    def balance_table(self) -> Table:
        balance = contribution_balance(self.w.partners, self.w.contributions)

        def sums(values: dict[str, float]) -> str:
            return "; ".join(money(v, k) for k, v in sorted(values.items())) or "–"

        rows: list[list[str | Paragraph]] = []
        for row in balance:
            if row.partner_id is None:
                if row.value_received:
                    rows.append(
                        [tr("Joint venture as a whole"), "", "", "", sums(row.value_received)]
                    )
                continue
            committed = "; ".join(f"{num(v)} {k}" for k, v in row.quantities.items()) or "–"
            rows.append(
                [
                    self.partner_cell(row.partner_id),
                    str(row.gives),
                    committed,
                    sums(row.value_given),
                    sums(row.value_received),
                ]
            )
        return self.table(
            [tr("Partner"), tr("Items"), tr("Committed"), tr("Gives (value)"), tr("Gets (value)")],
            rows,
            [95, 35, 150, 105, 105],
        )

    # -- decisions and governance ----------------------------------------------------------

    def decisions_section(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(120), self.heading(tr("Decision rights"))]
        decisions = sorted(self.w.decisions, key=lambda d: d.position)
        if not decisions:
            out.append(self.empty(tr("No decision rights recorded yet.")))
            return out
        conflicts = {c.decision_id: c for c in decision_conflicts(self.w)}
        names = {p.id: p.label for p in self.w.partners}
        # Conflicting decisions first in the summary, so a cap never hides one.
        if not self.full:
            decisions.sort(key=lambda d: d.id not in conflicts)
        decisions, more = self.capped(decisions, MAX_DECISIONS)
        partners = self.w.partners
        bodies = {b.id: b.name for b in self.w.bodies}
        header = [tr("Decision"), *[self.pname(p.id) for p in partners], tr("Taken by")]
        code_style = ParagraphStyle("code", self.s["cell"], fontName=SANS_BOLD, alignment=1)
        code_light = ParagraphStyle("codew", code_style, textColor=colors.white)
        rows = []
        styles: list[tuple] = []
        for r, dec in enumerate(decisions, 1):
            title = markup(self.t(dec.title, 80))
            if dec.seam:
                title += (
                    f'<br/><font size=6.5 color="#6B6B6B">{markup(self.t(dec.seam, 60))}</font>'
                )
            conflict = conflicts.get(dec.id)
            if conflict is not None:
                title += (
                    f'<br/><font size=7 color="{RED}">⚠ '
                    f"{markup(say(conflict_words(conflict, names)))}</font>"
                )
            cells: list[Any] = [Para(title, self.s["cell"])]
            for c, p in enumerate(partners, 1):
                code = dec.right_of(p.id)
                dark = code in (RightCode.DECIDES, RightCode.JOINT)
                cells.append(Para(code.value if code else "", code_light if dark else code_style))
                if code:
                    styles.append(
                        ("BACKGROUND", (c, r), (c, r), colors.HexColor(CODE_COLOURS[code]))
                    )
            cells.append(self.t(bodies.get(dec.body_id or "", ""), 60))
            rows.append(cells)
        n = len(partners)
        # Each partner column as wide as its name's longest word (never split), within
        # bounds; the decision column takes the rest.
        code_widths = [
            min(
                80.0,
                max(
                    30.0,
                    10
                    + max(
                        (string_width(word, 8, bold=True) for word in self.pname(p.id).split()),
                        default=0,
                    ),
                ),
            )
            for p in partners
        ]
        widths = [max(120.0, self.width - sum(code_widths) - 90), *code_widths, 90]
        styles.append(("VALIGN", (1, 1), (n, -1), "MIDDLE"))
        out.append(
            self.table(header, rows, widths, style=styles, zebra=False, centre=range(1, n + 1))
        )
        if more:
            out.append(more)
        legend = " &nbsp; ".join(
            f'<font color="{CODE_COLOURS[c]}">■</font> <b>{c.value}</b> {domain_label(c.label)}'
            for c in RightCode
        )
        out.append(Spacer(1, 3))
        out.append(
            Para(
                legend + " &nbsp; " + markup(tr("blank: no part in the decision")), self.s["small"]
            )
        )
        return out


def percent_cell(share: float) -> str:
    return f"{percent(share)}%"


__all__ = ["SectionsMixin", "blocking_gaps"]
