"""The PDF reports: the leadership summary and the full workshop report.

``write_pdf_report`` lays out a workshop and its analysis with reportlab's platypus. Scores,
gaps and readiness come from the analysis as given; this module only arranges them. The
leadership variant names no participant: where a participant's name appears in a field
(an owner, a note) it is replaced by their company and function. The full variant adds
every question in detail, the participants, a table of contents and bookmarks.

The file is written to a temporary file beside the target and renamed when complete, so an
interrupted export never leaves a half-written report under the real name.
"""

from __future__ import annotations

import io
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from workshop_app.analysis.contributions import contribution_balance
from workshop_app.analysis.results import (
    Analysis,
    Gap,
    PartnerPair,
    PartnerPosition,
    QuestionAlignment,
)
from workshop_app.atomic import describe_os_error, remove_leftovers, write_bytes
from workshop_app.domain.enums import (
    ActionStatus,
    AssetKind,
    ContributionCategory,
    Element,
    GapStatus,
    QuestionType,
    RightCode,
)
from workshop_app.domain.errors import WorkshopError
from workshop_app.domain.model import ActionItem, Contribution, Partner, Workshop
from workshop_app.domain.questionnaire import Question
from workshop_app.exports import charts
from workshop_app.exports.pdf_fonts import (
    SANS,
    SANS_BOLD,
    draw_runs,
    fit,
    markup,
    register_fonts,
)

VARIANTS: tuple[str, ...] = ("leadership", "full")
# Beside a question the template marks sensitive: answers that competitors may share only
# under the partnership's rules for sensitive information.
SENSITIVE_MARK = "competitively sensitive: share only within the clean-team rules"
PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": letter}
VARIANT_TITLES = {"leadership": "Leadership summary", "full": "Full workshop report"}

ProgressCallback = Callable[[int, int], None]
_STEPS = 4  # laid out, first pass, final pass, written


def _gap_score(g: Any) -> str:
    # a gap of "blind spot" or "undecided" kind may have no alignment score
    return "–" if g.alignment is None else f"{g.alignment * 100:.0f}"


class PdfReportError(WorkshopError):
    """The report could not be written (bad option, unwritable place)."""


class ReportOptionError(PdfReportError):
    """An unknown report variant or page size."""


def write_pdf_report(
    workshop: Workshop,
    analysis: Analysis,
    path: str | os.PathLike[str],
    *,
    variant: str = "leadership",
    page_size: str = "A4",
    progress: ProgressCallback | None = None,
) -> Path:
    """Write the report to ``path`` (atomically) and return the path written.

    ``variant`` is "leadership" or "full"; ``page_size`` "A4" or "Letter" (any case).
    ``progress(done, total)`` is called as the work advances; it may be called from the
    thread running the export, so a UI must hand it over to its own thread.
    """
    variant_key = _choose(variant, VARIANTS, "report variant")
    size_key = _choose(page_size, tuple(PAGE_SIZES), "page size")
    target = Path(path)
    if target.is_dir():
        raise PdfReportError(f"Cannot write the report to {target}: it is a folder.")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise PdfReportError(
            f"Cannot write the report to {target}: the folder {folder} does not exist."
        )

    def tick(done: int) -> None:
        if progress is not None:
            progress(min(done, _STEPS), _STEPS)

    tick(0)
    register_fonts()
    data = _Report(workshop, analysis, variant_key, PAGE_SIZES[size_key], tick).render()
    remove_leftovers(folder)
    try:
        write_bytes(target, data)
    except OSError as exc:
        raise PdfReportError(
            f"Cannot write the report to {target}: {describe_os_error(exc)}."
        ) from None
    tick(_STEPS)
    return target


def _choose(value: str, allowed: Sequence[str], what: str) -> str:
    for option in allowed:
        if isinstance(value, str) and value.strip().casefold() == option.casefold():
            return option
    raise ReportOptionError(
        f"Unknown {what} '{value}'; choose one of: {', '.join(allowed)}."
    )


# --- look ---------------------------------------------------------------------------

NAVY = colors.HexColor("#1F3A5F")
INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#6B6B6B")
RULE = colors.HexColor("#C9CED6")
ZEBRA = colors.HexColor("#F3F5F8")
HEAD_BG = colors.HexColor("#1F3A5F")
OPEN_RED = colors.HexColor("#B3261E")

CODE_COLOURS: dict[RightCode, str] = {
    RightCode.DECIDES: "#1F3A5F",
    RightCode.JOINT: "#4F7CAC",
    RightCode.CONSULTED: "#BFD3EA",
    RightCode.INFORMED: "#E8EEF6",
}

SHORT_ELEMENTS: dict[Element, str] = {
    Element.GOALS: "Goals",
    Element.STRENGTHS: "Strengths",
    Element.GOVERNANCE: "Roles and governance",
    Element.CULTURE: "Culture",
    Element.EXIT: "Exit path",
}

# Tables fall back to Helvetica, which is never embedded, unless told otherwise.
_FONT = ("FONTNAME", (0, 0), (-1, -1), SANS)

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _date(d: date | str | None) -> str:
    """A date the same in every locale: 24 Nov 2026."""
    if not d:
        return ""
    if isinstance(d, str):
        try:
            d = date.fromisoformat(d)
        except ValueError:
            return str(d)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _num(x: float) -> str:
    if float(x).is_integer():
        return f"{x:,.0f}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def _money(amount: float, currency: str) -> str:
    """Compact amounts for executives: EUR 48 m, KRW 640 bn."""
    for limit, suffix in ((1e9, "bn"), (1e6, "m")):
        if abs(amount) >= limit:
            value = amount / limit
            text = f"{value:,.1f}".removesuffix(".0")
            return f"{currency}\u00a0{text}\u00a0{suffix}"
    return f"{currency}\u00a0{_num(amount)}"


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=SANS, bulletFontName=SANS, fontSize=9, leading=12,
                          textColor=INK,
                          alignment=TA_LEFT, splitLongWords=True)
    s = {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=7.5, leading=9.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=10),
        "cellsmall": ParagraphStyle("cellsmall", base, fontSize=7, leading=8.8, textColor=MUTED),
        "head": ParagraphStyle("head", base, fontName=SANS_BOLD, fontSize=8, leading=10,
                               textColor=colors.white),
        "kicker": ParagraphStyle("kicker", base, fontName=SANS_BOLD, fontSize=9, leading=12,
                                 textColor=MUTED),
        "title": ParagraphStyle("title", base, fontName=SANS_BOLD, fontSize=20, leading=25,
                                textColor=NAVY, spaceAfter=6),
        "h1": ParagraphStyle("h1", base, fontName=SANS_BOLD, fontSize=13, leading=17,
                             textColor=NAVY, spaceBefore=10, spaceAfter=5, keepWithNext=True),
        "h2": ParagraphStyle("h2", base, fontName=SANS_BOLD, fontSize=10, leading=13,
                             textColor=NAVY, spaceBefore=8, spaceAfter=3, keepWithNext=True),
        "hsection": ParagraphStyle("hsection", base, fontName=SANS_BOLD, fontSize=11.5,
                                   leading=15, textColor=NAVY, spaceBefore=12, spaceAfter=4,
                                   keepWithNext=True),
        "facts": ParagraphStyle("facts", base, spaceBefore=1, spaceAfter=3),
        "lead": ParagraphStyle("lead", base, fontSize=7.5, leading=9.5, textColor=MUTED,
                               keepWithNext=True),
        "h3": ParagraphStyle("h3", base, fontName=SANS_BOLD, fontSize=9, leading=12,
                             textColor=INK, spaceBefore=8, spaceAfter=2, keepWithNext=True),
        "figure": ParagraphStyle("figure", base, fontName=SANS_BOLD, fontSize=34, leading=38,
                                 textColor=NAVY),
        "label": ParagraphStyle("label", base, fontSize=8.5, leading=11, textColor=MUTED),
        "toc0": ParagraphStyle("toc0", base, fontName=SANS_BOLD, fontSize=10, leading=15,
                               leftIndent=0),
        "toc1": ParagraphStyle("toc1", base, fontSize=8.5, leading=11, leftIndent=14),
    }
    return s


# --- document -------------------------------------------------------------------------


class _Heading(Paragraph):
    """A heading that becomes a bookmark, an outline entry and (full) a contents line."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, key: str,
                 toc: bool) -> None:
        super().__init__(markup(text, lines=False), style)
        self.outline = (level, text, key, toc)


class _Doc(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, report: _Report, **kw: Any) -> None:
        self.report = report
        self.total_pages: int | None = None
        self.passes = 0
        super().__init__(buffer, **kw)

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline is None:
            return
        level, text, key, toc = outline
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        if toc:
            self.notify("TOCEntry", (level, markup(text, lines=False), self.page, key))

    def _allSatisfied(self) -> bool:
        # One more pass while "Page X of Y" was drawn with a different Y.
        happy = bool(super()._allSatisfied()) and self.total_pages == self.page  # type: ignore[misc]  # private hook, not in reportlab's stubs
        self.total_pages = self.page
        self.passes += 1
        self.report.tick(1 + min(self.passes, 2))
        return happy


@dataclass(frozen=True)
class _NextStep:
    title: str
    owner: str = ""
    due: str = ""


class _Report:
    def __init__(self, workshop: Workshop, analysis: Analysis, variant: str,
                 pagesize: tuple[float, float], tick: Callable[[int], None]) -> None:
        self.w = workshop
        self.a = analysis
        self.variant = variant
        self.full = variant == "full"
        self.pagesize = pagesize
        self.tick = tick
        self.s = _styles()
        self.partners: dict[str, Partner] = {p.id: p for p in workshop.partners}
        self.margin_x = 18 * mm
        self.width = pagesize[0] - 2 * self.margin_x
        self._keys = 0
        self._redact = _redactor(workshop) if not self.full else (lambda t: t)

    # -- helpers ------------------------------------------------------------------------

    def t(self, text: str) -> str:
        """User or analysis text, with participant names replaced in the leadership variant."""
        return self._redact(text or "")

    def p(self, text: str, style: str = "body", *, raw: str = "") -> Paragraph:
        """A paragraph of user text (escaped), optionally preceded by trusted markup."""
        return Paragraph(raw + markup(self.t(text)), self.s[style])

    def heading(self, text: str, level: int = 0, *, toc: bool = True) -> _Heading:
        self._keys += 1
        style = self.s[("h1", "hsection", "h3")[min(level, 2)]]
        # The contents list stops at sections; every question still has a bookmark.
        return _Heading(text, style, level, f"s{self._keys}", toc and self.full and level < 2)

    def pname(self, partner_id: str | None, *, joint: str = "Joint venture") -> str:
        if partner_id is None:
            return joint
        partner = self.partners.get(partner_id)
        return partner.label if partner else partner_id

    def pair_name(self, pair: PartnerPair | None) -> str:
        if not pair:
            return ""
        return f"{self.pname(pair[0])} vs {self.pname(pair[1])}"

    def swatch(self, partner_id: str) -> str:
        partner = self.partners.get(partner_id)
        colour = partner.colour if partner else "#888888"
        return f'<font color="{colour}">■</font> '

    def table(self, header: Sequence[str], rows: Sequence[Sequence[Any]],
              widths: Sequence[float], *, style: Iterable[tuple] = (),
              zebra: bool = True, centre: Iterable[int] = ()) -> Table:
        """A table whose cells wrap, split across pages and repeat their header."""
        total = sum(widths)
        widths = [w * self.width / total for w in widths]
        centred = set(centre)
        head_centre = ParagraphStyle("headc", self.s["head"], alignment=1)
        data: list[list[Any]] = [[Paragraph(markup(h, lines=False),
                                            head_centre if i in centred else self.s["head"])
                                  for i, h in enumerate(header)]]
        for row in rows:
            data.append([c if isinstance(c, Flowable) else self.p(str(c), "cell") for c in row])
        commands: list[tuple] = [
            _FONT,
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if zebra:
            for r in range(2, len(data), 2):
                commands.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
        commands.extend(style)
        table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
        table.setStyle(TableStyle(commands))
        return table

    def kv_table(self, rows: Sequence[tuple[str, Any]], label_width: float = 110) -> Table:
        data = [[Paragraph(markup(k, lines=False), self.s["label"]),
                 v if isinstance(v, Flowable) else self.p(str(v))] for k, v in rows]
        table = Table(data, colWidths=[label_width, self.width - label_width], splitInRow=1,
                      hAlign="LEFT")
        table.setStyle(TableStyle([
            _FONT,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]))
        return table

    def empty(self, text: str) -> Paragraph:
        return Paragraph(markup(text), ParagraphStyle("empty", self.s["body"], textColor=MUTED))

    # -- render -------------------------------------------------------------------------

    def render(self) -> bytes:
        buffer = io.BytesIO()
        d = self.w.details
        title = VARIANT_TITLES[self.variant]
        doc = _Doc(
            buffer, self,
            pagesize=self.pagesize,
            leftMargin=self.margin_x, rightMargin=self.margin_x,
            topMargin=20 * mm, bottomMargin=17 * mm,
            title=f"{d.title} – {title}",
            author=d.facilitator or "Partnership Workshop",
            subject=f"{title} of the partnership workshop {d.title}",
            creator="Partnership Workshop",
            # Otherwise every page starts in Helvetica, a font that is never embedded.
            initialFontName=SANS,
            producer="Partnership Workshop",
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])
        story = self.story()
        self.tick(1)
        doc.multiBuild(story)
        return buffer.getvalue()

    def _decorate(self, canvas: Any, doc: _Doc) -> None:
        """Header and footer on every page."""
        width, height = self.pagesize
        left, right = self.margin_x, width - self.margin_x
        half = (right - left) / 2 - 10
        canvas.saveState()
        canvas.setFillColor(MUTED)
        top = height - 12 * mm
        draw_runs(canvas, left, top, fit(self.w.details.title, 8, half, bold=True), 8, bold=True)
        label = self.w.details.confidentiality.strip()
        if label:
            canvas.setFillColor(OPEN_RED)
            draw_runs(canvas, right, top, fit(label, 8, half), 8, align="right")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, top - 4, right, top - 4)
        bottom = 10 * mm
        canvas.line(left, bottom + 9, right, bottom + 9)
        canvas.setFillColor(MUTED)
        footer = VARIANT_TITLES[self.variant]
        if self.w.details.date:
            footer += f" · {_date(self.w.details.date)}"
        draw_runs(canvas, left, bottom, footer, 7.5)
        total = doc.total_pages or doc.page
        draw_runs(canvas, right, bottom, f"Page {doc.page} of {total}", 7.5, align="right")
        canvas.restoreState()

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        story += self.first_page()
        if self.full:
            story.append(PageBreak())
            toc = TableOfContents(
                levelStyles=[self.s["toc0"], self.s["toc1"]], dotsMinLevel=0,
                tableStyle=TableStyle([_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0)]),
            )
            story += [Paragraph("Contents", self.s["h1"]), toc]
        story.append(PageBreak())
        story += self.alignment_section()
        story += self.contributions_section()
        story += self.decisions_section()
        story += self.governance_section()
        story += self.exit_section()
        story += self.actions_section()
        if self.full:
            story += self.readiness_section()
            story += self.questions_section()
            story += self.participants_section()
        story += self.about_section()
        return story

    # -- page 1 -------------------------------------------------------------------------

    def first_page(self) -> list[Flowable]:
        d = self.w.details
        s = self.s
        out: list[Flowable] = [
            Paragraph(VARIANT_TITLES[self.variant].upper(), s["kicker"]),
            _Heading(d.title, s["title"], 0, "summary", False),
        ]
        partner_lines = [
            self.swatch(p.id) + markup(self.t(p.name))
            + (f' <font color="#6B6B6B">({markup(self.t(p.role))})</font>' if p.role else "")
            for p in self.w.partners
        ]
        purpose = d.primary_purpose.label if d.primary_purpose else "Not set"
        if d.secondary_purposes:
            purpose += " (also: " + ", ".join(x.label for x in d.secondary_purposes) + ")"
        rows: list[tuple[str, Any]] = [
            ("Partners", Paragraph("<br/>".join(partner_lines) or markup("None yet"),
                                   s["body"])),
            ("Purpose", purpose),
            ("Phase", d.phase.label),
            ("Date", _date(d.date) or "Not set"),
        ]
        if d.location:
            rows.append(("Location", d.location))
        rows.append(("Facilitator", d.facilitator or "Not set"))
        rows.append(("Confidentiality", d.confidentiality or "Not labelled"))
        out.append(self.kv_table(rows, 90))
        out.append(Spacer(1, 6))
        out.append(self.key_figures())
        out.append(self.heading("Top gaps", 0, toc=False))
        out.append(self.top_gaps())
        out.append(self.heading("Next steps", 0, toc=False))
        out += self.next_steps()
        return out

    def key_figures(self) -> Table:
        s = self.s
        a = self.a
        index = a.overall_index
        index_text = (f"{index:.0f}<font size=12 color='#6B6B6B'> / 100</font>"
                      if index is not None else "–")
        r = a.readiness
        ready_text = f"{r.score * 100:.0f}<font size=12 color='#6B6B6B'> %</font>"
        figures = [
            Paragraph(index_text, s["figure"]),
            Paragraph("Alignment index<br/><font size=7>mean of the element scores, "
                      "0 = no alignment, 100 = full agreement</font>"
                      if index is not None else
                      "Alignment index<br/><font size=7>not available: no scored answers "
                      "from two or more partners yet</font>", s["label"]),
            Spacer(1, 8),
            Paragraph(ready_text, s["figure"]),
            Paragraph(f"Readiness<br/><font size=7>{r.passed} of {r.total} checks passed "
                      "before the term sheet</font>", s["label"]),
        ]
        elements = list(Element)
        strands = []
        for pair, scores in a.pair_element_scores.items():
            strands.append((self.pair_name(pair), [scores.get(e) for e in elements]))
        radar = charts.radar_chart([e.label for e in elements], strands, width=290, height=185)
        legend_rows = []
        for i, (label, _) in enumerate(strands):
            colour = charts.PAIR_COLOURS[i % len(charts.PAIR_COLOURS)]
            overall = a.pair_overall.get(list(a.pair_element_scores)[i])
            tail = f" ({overall:.0f})" if overall is not None else ""
            legend_rows.append(f'<font color="{colour}">■</font> {markup(label)}{tail}')
        # Many pairs (up to 15 for six partners): the legend goes in two columns.
        columns = 2 if len(legend_rows) > 5 else 1
        per_column = -(-len(legend_rows) // columns) if legend_rows else 0
        cells = [Paragraph("<br/>".join(legend_rows[k * per_column:(k + 1) * per_column]),
                           self.s["cellsmall"]) for k in range(columns)]
        legend = Table([cells], colWidths=[300 / columns] * columns, hAlign="LEFT")
        legend.setStyle(TableStyle([_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                                    ("TOPPADDING", (0, 0), (-1, -1), 0)]))
        right = [radar, legend]
        table = Table([[figures, right]], colWidths=[self.width - 300, 300], hAlign="LEFT")
        table.setStyle(TableStyle([
            _FONT,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("LINEBEFORE", (1, 0), (1, 0), 0.4, RULE),
        ]))
        return table

    def gap_position(self, gap: Gap, limit: int | None = None) -> Paragraph:
        if gap.agreed_position.strip():
            text = self.t(gap.agreed_position)
            if limit and len(text) > limit:
                text = text[:limit].rsplit(" ", 1)[0] + " …"
            return Paragraph(markup(text), self.s["cell"])
        label = "Open" if gap.status is not GapStatus.DISCUSSED else "Open (discussed)"
        return Paragraph(f'<font color="#B3261E">{label}</font>', self.s["cell"])

    def top_gaps(self) -> Flowable:
        gaps = self.a.gaps[:5]
        if not gaps:
            return self.empty("No gaps: no question is below the gap threshold, "
                              "or too few answers are in yet.")
        rows = []
        for n, g in enumerate(gaps, 1):
            rows.append([
                str(n),
                Paragraph(markup(self.t(g.title)) + f'<br/><font size=6.5 color="#6B6B6B">'
                          f"{markup(g.element.label)} · {markup(g.question_id)}</font>",
                          self.s["cell"]),
                _gap_score(g),
                self.pair_name(g.diverging_pair),
                self.gap_position(g, limit=110),
            ])
        return self.table(["#", "Gap", "Score", "Furthest apart", "Agreed position"], rows,
                          [14, 150, 38, 95, 200])

    def next_step_items(self) -> list[_NextStep]:
        """Open actions, those on the gravest gaps first; then open gaps; then readiness."""
        gap_rank = {g.question_id: i for i, g in enumerate(self.a.gaps)}
        open_actions = [x for x in self.w.action_items if x.status is not ActionStatus.DONE]

        def key(x: ActionItem) -> tuple:
            return (gap_rank.get(x.question_id or "", len(gap_rank)),
                    x.due or date.max, x.position)

        steps = [_NextStep(x.title, x.owner, _date(x.due)) for x in sorted(open_actions, key=key)]
        acted = {x.question_id for x in self.w.action_items}
        for g in self.a.gaps:
            if g.status is not GapStatus.RESOLVED and g.question_id not in acted:
                steps.append(_NextStep(f"Agree a position on “{g.title}”", g.owner, _date(g.due)))
        for check in self.a.readiness.checks:
            if not check.passed:
                steps.append(_NextStep(f"Complete before the term sheet: {check.title}"))
        return steps[:3]

    def next_steps(self) -> list[Flowable]:
        steps = self.next_step_items()
        if not steps:
            return [self.empty("No open actions, gaps or readiness checks.")]
        out: list[Flowable] = []
        for n, step in enumerate(steps, 1):
            tail = ", ".join(x for x in (self.t(step.owner), step.due and f"due {step.due}") if x)
            text = markup(self.t(step.title))
            if tail:
                text += f' <font color="#6B6B6B">– {markup(tail)}</font>'
            out.append(Paragraph(text, ParagraphStyle("step", self.s["body"], leftIndent=14,
                                                      bulletIndent=0, spaceAfter=2),
                                 bulletText=f"{n}."))
        return out

    # -- alignment ----------------------------------------------------------------------

    def alignment_section(self) -> list[Flowable]:
        a = self.a
        out: list[Flowable] = [self.heading("Alignment by element")]
        rows = [(e.label, a.element_scores.get(e)) for e in Element]
        out.append(charts.element_bars(rows, width=self.width, threshold=a.threshold * 100))
        out.append(Paragraph(
            markup(f"Scores from 0 (no alignment) to 100 (full agreement). Questions below "
                   f"{a.threshold * 100:.0f} count as gaps."), self.s["small"]))
        if a.pair_element_scores:
            out.append(Paragraph("By partner pair", self.s["h2"]))
            header = ["Partner pair", *[SHORT_ELEMENTS[e] for e in Element], "Overall"]
            body = []
            for pair, scores in a.pair_element_scores.items():
                overall = a.pair_overall.get(pair)
                body.append([
                    self.pair_name(pair),
                    *[f"{scores[e]:.0f}" if e in scores else "–" for e in Element],
                    f"{overall:.0f}" if overall is not None else "–",
                ])
            out.append(self.table(header, body, [120, 50, 58, 72, 50, 50, 50]))
        gaps = a.gaps
        if gaps:
            shown = gaps if self.full else gaps[:10]
            out.append(Paragraph(f"Gaps ({len(gaps)})" if len(shown) == len(gaps)
                                 else f"The ten largest of {len(gaps)} gaps", self.s["h2"]))
            rows2 = [[g.question_id, g.title, g.element.label, _gap_score(g),
                      self.pair_name(g.diverging_pair), self.gap_position(g)] for g in shown]
            out.append(self.table(["Q", "Gap", "Element", "Score", "Furthest apart",
                                   "Agreed position"], rows2, [28, 110, 80, 38, 80, 165]))
        internal = a.internal_disagreements
        if internal:
            out.append(Paragraph("Where a partner's own team disagrees", self.s["h2"]))
            rows3 = [[Paragraph(self.swatch(x.partner_id) + markup(self.pname(x.partner_id)),
                                self.s["cell"]),
                      f"{x.question_id} · {x.title}", f"{x.consensus * 100:.0f}%",
                      str(x.respondents)] for x in internal[: None if self.full else 6]]
            out.append(self.table(["Partner", "Question", "Consensus", "Answers"], rows3,
                                  [90, 260, 60, 50]))
        return out

    # -- contributions ------------------------------------------------------------------

    def contributions_section(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(120), self.heading("Contributions by partner")]
        contributions = self.w.contributions
        if not contributions:
            out.append(self.empty("No contributions recorded yet."))
            return out
        by_partner: dict[str, list[Contribution]] = defaultdict(list)
        for c in sorted(contributions, key=lambda c: c.position):
            by_partner[c.partner_id].append(c)
        for partner in self.w.partners:
            items = by_partner.get(partner.id, [])
            title = Paragraph(self.swatch(partner.id) + markup(self.t(partner.name)),
                              self.s["h2"])
            if not items:
                out += [title, self.empty("No contributions recorded yet.")]
                continue
            rows = []
            for c in items:
                what = markup(self.t(c.description))
                extra = [x for x in (
                    c.milestone_gate and f"Gate: {self.t(c.milestone_gate)}",
                    self.full and c.tracking_metric and f"Tracked by: {self.t(c.tracking_metric)}",
                    self.full and c.owner and f"Owner: {self.t(c.owner)}",
                ) if x]
                if extra:
                    what += '<br/><font size=7 color="#6B6B6B">' + markup(" · ".join(extra)) + \
                        "</font>"
                period = " – ".join(x for x in (_date(c.start), _date(c.end)) if x)
                rows.append([
                    _category(c.category),
                    Paragraph(what, self.s["cell"]),
                    f"{_num(c.quantity)} {c.unit}".strip() if c.quantity is not None else c.unit,
                    period,
                    self.pname(c.recipient_id),
                    _money(c.valuation, c.currency) if c.valuation is not None else "",
                ])
            out.append(KeepTogether([title, self.table(
                ["Category", "Contribution", "Amount", "Period", "To", "Value"], rows,
                [72, 160, 68, 78, 55, 64])]) if len(rows) <= 8 else title)
            if len(rows) > 8:
                out.append(self.table(
                    ["Category", "Contribution", "Amount", "Period", "To", "Value"], rows,
                    [72, 160, 68, 78, 55, 64]))
        out.append(Paragraph("Totals and balance", self.s["h2"]))
        out.append(self.balance_table())
        out.append(Paragraph(
            markup("Gives: the value of what a partner contributes; gets: the value of "
                   "contributions made to it directly. Contributions to the joint venture as "
                   "a whole benefit all partners and are listed separately. Amounts are "
                   "summed per currency, not converted."), self.s["small"]))
        return out

    def balance_table(self) -> Table:
        balance = contribution_balance(self.w.partners, self.w.contributions)

        def money(sums: dict[str, float]) -> str:
            return "; ".join(_money(v, k) for k, v in sorted(sums.items())) or "–"

        rows: list[list[Any]] = []
        for row in balance:
            if row.partner_id is None:
                if row.value_received:
                    rows.append(["Joint venture as a whole", "", "", "", money(row.value_received)])
                continue
            committed = "; ".join(f"{_num(v)} {k}" for k, v in row.quantities.items()) or "–"
            label = markup(self.t(self.w.partner(row.partner_id).label))
            rows.append([
                Paragraph(self.swatch(row.partner_id) + label, self.s["cell"]),
                str(row.gives), committed, money(row.value_given), money(row.value_received),
            ])
        return self.table(["Partner", "Items", "Committed", "Gives (value)", "Gets (value)"],
                          rows, [95, 35, 150, 105, 105])

    # -- decisions and governance ----------------------------------------------------------

    def decisions_section(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(120), self.heading("Decision rights")]
        decisions = sorted(self.w.decisions, key=lambda d: d.position)
        if not decisions:
            out.append(self.empty("No decision rights recorded yet."))
            return out
        partners = self.w.partners
        bodies = {b.id: b.name for b in self.w.bodies}
        header = ["Decision", *[p.label for p in partners], "Taken by"]
        code_style = ParagraphStyle("code", self.s["cell"], fontName=SANS_BOLD, alignment=1)
        code_light = ParagraphStyle("codew", code_style, textColor=colors.white)
        rows = []
        styles: list[tuple] = []
        for r, dec in enumerate(decisions, 1):
            title = markup(self.t(dec.title))
            if dec.seam:
                title += f'<br/><font size=6.5 color="#6B6B6B">{markup(self.t(dec.seam))}</font>'
            cells: list[Any] = [Paragraph(title, self.s["cell"])]
            for c, p in enumerate(partners, 1):
                code = dec.right_of(p.id)
                dark = code in (RightCode.DECIDES, RightCode.JOINT)
                cells.append(Paragraph(code.value if code else "",
                                       code_light if dark else code_style))
                if code:
                    styles.append(("BACKGROUND", (c, r), (c, r),
                                   colors.HexColor(CODE_COLOURS[code])))
            cells.append(self.t(bodies.get(dec.body_id or "", "")))
            rows.append(cells)
        n = len(partners)
        widths = [170, *([max(32, 200 / max(n, 1))] * n), 95]
        styles.append(("VALIGN", (1, 1), (n, -1), "MIDDLE"))
        table = self.table(header, rows, widths, style=styles, zebra=False,
                           centre=range(1, n + 1))
        out.append(table)
        legend = " &nbsp; ".join(
            f'<font color="{CODE_COLOURS[c]}">■</font> <b>{c.value}</b> {c.label}'
            for c in RightCode
        )
        out.append(Spacer(1, 3))
        out.append(Paragraph(legend + " &nbsp; blank: no part in the decision", self.s["small"]))
        return out

    def governance_section(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(120), self.heading("Governance")]
        bodies = sorted(self.w.bodies, key=lambda b: b.position)
        out.append(Paragraph("Governance bodies", self.s["h2"]))
        if bodies:
            rows = [[b.name, _kind(b.kind), b.members, b.cadence, b.chair] for b in bodies]
            out.append(self.table(["Body", "Kind", "Members", "Meets", "Chair"], rows,
                                  [100, 60, 170, 55, 100]))
        else:
            out.append(self.empty("No governance bodies recorded yet."))
        out.append(Paragraph("Escalation path", self.s["h2"]))
        steps = sorted(self.w.escalation_steps, key=lambda x: x.level)
        if steps:
            rows = [[str(x.level), x.body,
                     f"{x.time_limit_days} days" if x.time_limit_days else "", x.description]
                    for x in steps]
            out.append(self.table(["Level", "Taken to", "Time limit", "What happens"], rows,
                                  [36, 130, 60, 260]))
        else:
            out.append(self.empty("No escalation path recorded yet."))
        out.append(Paragraph("Review points", self.s["h2"]))
        reviews = sorted(self.w.review_points, key=lambda x: x.position)
        if reviews:
            rows = [[r.title, _date(r.due), r.milestone, ", ".join(r.scope_options), r.notes]
                    for r in reviews]
            out.append(self.table(["Review", "Due", "Milestone", "May decide", "Notes"], rows,
                                  [100, 62, 110, 90, 130]))
        else:
            out.append(self.empty("No review points recorded yet."))
        return out

    def exit_section(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(120), self.heading("Exit terms")]
        terms = self.w.exit_terms
        fields = [
            ("Renewal timeline", terms.renewal_timeline),
            ("Notice period", terms.notice_period),
            ("Obligations after exit", terms.obligations),
            ("Rules for changes", terms.change_rules),
            ("Notes", terms.notes),
        ]
        filled = [(k, v) for k, v in fields if v.strip()]
        if filled:
            out.append(self.kv_table(filled, 120))
        else:
            out.append(self.empty("No exit terms recorded yet."))
        out.append(Paragraph("Exit triggers", self.s["h2"]))
        triggers = sorted(self.w.exit_triggers, key=lambda x: x.position)
        if triggers:
            rows: list[list[Any]] = [[t.description,
                     f"{t.notice_days} days" if t.notice_days is not None else "not set"]
                    for t in triggers]
            out.append(self.table(["Trigger", "Notice"], rows, [400, 80]))
        else:
            out.append(self.empty("No exit triggers recorded yet."))
        out.append(Paragraph("Shared assets on exit", self.s["h2"]))
        assets = sorted(self.w.shared_assets, key=lambda x: x.position)
        if assets:
            rows = [[a.name, _asset(a.kind), self.pname(a.owner_id, joint="Created jointly"),
                     a.treatment or Paragraph('<font color="#B3261E">Not agreed yet</font>',
                                              self.s["cell"])]
                    for a in assets]
            out.append(self.table(["Asset", "Kind", "Brought by", "On exit"], rows,
                                  [130, 55, 75, 220]))
        else:
            out.append(self.empty("No shared assets recorded yet."))
        return out

    def actions_section(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(100), self.heading("Action items")]
        items: Sequence[ActionItem] = self.w.action_items
        if not items:
            out.append(self.empty("No action items recorded yet."))
            return out
        order = {ActionStatus.IN_PROGRESS: 0, ActionStatus.OPEN: 1, ActionStatus.DONE: 2}
        items = sorted(items, key=lambda x: (order[x.status], x.due or date.max, x.position))
        rows = []
        for x in items:
            title = markup(self.t(x.title))
            if self.full and x.notes:
                title += f'<br/><font size=7 color="#6B6B6B">{markup(self.t(x.notes))}</font>'
            rows.append([Paragraph(title, self.s["cell"]), x.owner, _date(x.due),
                         _status(x.status), x.question_id or ""])
        out.append(self.table(["Action", "Owner", "Due", "Status", "Gap"], rows,
                              [220, 110, 62, 55, 34]))
        return out

    # -- full variant only --------------------------------------------------------------

    def readiness_section(self) -> list[Flowable]:
        r = self.a.readiness
        out: list[Flowable] = [CondPageBreak(100), self.heading("Readiness checks")]
        if not r.checks:
            out.append(self.empty("No readiness checks."))
            return out
        out.append(Paragraph(markup(f"{r.passed} of {r.total} checks passed."), self.s["body"]))
        rows = []
        for c in r.checks:
            status = ('<font color="#2E7D32">Passed</font>' if c.passed
                      else '<font color="#B3261E">Open</font>')
            rows.append([Paragraph(status, self.s["cell"]), c.title,
                         "\n".join(f"• {m}" for m in c.missing)])
        out.append(self.table(["", "Check", "Missing"], rows, [45, 170, 265]))
        return out

    def questions_section(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(300), self.heading("Questions in detail")]
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
            lead: list[Flowable] = [self.heading(section.title or section.element.label, 1)]
            score = self.a.element_scores.get(section.element)
            if score is not None:
                lead.append(Paragraph(markup(f"Element score {score:.0f} of 100."),
                                      self.s["lead"]))
            if not section.questions:
                out += [*lead, self.empty("No questions in this section.")]
            for q in section.questions:
                qa = self.a.questions.get(q.id)
                out += self.question_block(q, qa, comments.get(q.id, []), lead)
                lead = []
        return out

    def question_block(self, q: Question, qa: QuestionAlignment | None,
                       comments: list[tuple[str, str]],
                       lead: Sequence[Flowable] = ()) -> list[Flowable]:
        head: list[Flowable] = [*lead, self.heading(f"{q.id} · {q.title}", 2)]
        if q.short_title:
            head.append(self.p(q.text, "small"))
        facts: list[str] = []
        if qa is None or qa.alignment is None:
            facts.append("Not scored" + (" (text question)" if q.type is QuestionType.TEXT
                                         else ": fewer than two partners answered"))
        else:
            facts.append(f"Alignment {qa.alignment * 100:.0f} of 100")
            if qa.diverging_pair:
                facts.append(f"furthest apart: {self.pair_name(qa.diverging_pair)}")
        if q.weight != 1:
            facts.append(f"weight {_num(q.weight)}")
        if q.sensitive:
            facts.append(SENSITIVE_MARK)
        head.append(Paragraph(markup(" · ".join(facts)), self.s["facts"]))
        positions = qa.positions if qa else {}
        answered = [(p, positions[p.id]) for p in self.w.partners if p.id in positions]
        if not answered:
            head.append(self.empty("No answers yet."))
        elif q.type is QuestionType.TEXT:
            rows = [[Paragraph(self.swatch(p.id) + markup(p.label), self.s["cell"]),
                     _text_answers(pos.texts)] for p, pos in answered]
            head.append(self.table(["Partner", "Answers (identical answers counted once)"],
                                   rows, [70, 405]))
        else:
            numeric = q.type in (QuestionType.LIKERT, QuestionType.NUMBER)
            rows = []
            for p, pos in answered:
                consensus = "single voice" if pos.single_voice else (
                    f"{pos.consensus * 100:.0f}%" if pos.consensus is not None else "–")
                rows.append([
                    Paragraph(self.swatch(p.id) + markup(p.label), self.s["cell"]),
                    _position_text(q, pos),
                    *([_spread_text(q, pos)] if numeric else []),
                    consensus,
                    str(pos.respondents),
                ])
            if numeric:
                head.append(self.table(
                    ["Partner", "Position", "Answers", "Consensus", "People"], rows,
                    [70, 190, 120, 55, 40]))
            else:
                head.append(self.table(
                    ["Partner", _POSITION_HEADERS.get(q.type, "Position"), "Consensus",
                     "People"], rows, [70, 310, 55, 40]))
        out: list[Flowable] = [KeepTogether(head)]
        if comments:
            lines = [f"“{markup(text)}” <font color='#6B6B6B'>– {markup(who)}</font>"
                     for text, who in comments]
            out.append(Spacer(1, 3))
            out.append(Paragraph("<b>Comments</b><br/>" + "<br/>".join(lines), self.s["cell"]))
        disc = self.w.gap_discussion(q.id)
        if disc.notes or disc.agreed_position or disc.status is not GapStatus.OPEN:
            rows2: list[tuple[str, Any]] = [("Status", _gap_status(disc.status))]
            if disc.notes:
                rows2.append(("Discussion", disc.notes))
            rows2.append(("Agreed position", disc.agreed_position or "Open"))
            if disc.owner or disc.due:
                rows2.append(("Owner", ", ".join(x for x in (disc.owner, _date(disc.due)) if x)))
            out.append(Spacer(1, 3))
            out.append(self.kv_table(rows2, 90))
        out.append(Spacer(1, 4))
        return out

    def participants_section(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(100), self.heading("Participants")]
        if not self.w.participants:
            out.append(self.empty("No participants recorded yet."))
            return out
        rows = []
        for p in self.w.partners:
            for person in self.w.participants_of(p.id):
                rows.append([Paragraph(self.swatch(p.id) + markup(p.label), self.s["cell"]),
                             person.name, _kind(person.function),
                             "yes" if person.done else "not yet"])
        out.append(self.table(["Partner", "Name", "Function", "Finished answering"], rows,
                              [100, 170, 120, 90]))
        return out

    def about_section(self) -> list[Flowable]:
        q = self.w.questionnaire
        text = (f"Questionnaire: {q.title} ({q.template_id}, version {q.version}), "
                f"{len(q)} questions.")
        if not self.full:
            text += " Answers are shown per partner; no answer is attributed to a person."
        return [Spacer(1, 10), Paragraph(markup(text), self.s["small"])]


# --- text for values -----------------------------------------------------------------


def _category(c: ContributionCategory) -> str:
    return c.value.replace("_", " ").capitalize()


def _asset(k: AssetKind) -> str:
    return {AssetKind.IP: "IP"}.get(k, k.value.capitalize())


def _kind(text: str) -> str:
    known = {"pmo": "PMO", "steering": "Steering", "execution": "Execution"}
    return known.get(text, text.replace("_", " ").capitalize() if text.islower() else text)


def _status(s: ActionStatus) -> str:
    return {ActionStatus.OPEN: "Open", ActionStatus.IN_PROGRESS: "In progress",
            ActionStatus.DONE: "Done"}[s]


def _gap_status(s: GapStatus) -> str:
    return {GapStatus.OPEN: "Open", GapStatus.DISCUSSED: "Discussed",
            GapStatus.RESOLVED: "Resolved"}[s]


_POSITION_HEADERS: dict[QuestionType, str] = {
    QuestionType.SINGLE_CHOICE: "Position (share of people choosing each option)",
    QuestionType.MULTI_CHOICE: "Position (share of people choosing each option)",
    QuestionType.RANKING: "Position (order by mean rank)",
    QuestionType.ALLOCATION: "Position (mean share of the points)",
}


def _position_text(q: Question, pos: PartnerPosition) -> str:
    t = q.type
    if t is QuestionType.LIKERT and pos.value is not None:
        return f"{pos.value:.1f} on the scale {q.scale_lo}–{q.scale_hi}"
    if t is QuestionType.NUMBER and pos.value is not None:
        return f"median {_num(pos.value)} {q.unit}".strip()
    if t in (QuestionType.SINGLE_CHOICE, QuestionType.MULTI_CHOICE, QuestionType.ALLOCATION):
        items = sorted(pos.distribution.items(), key=lambda kv: -kv[1])
        return "; ".join(f"{q.option_label(k)} {v * 100:.0f}%" for k, v in items if v > 0)
    if t is QuestionType.RANKING:
        items = sorted(pos.distribution.items(), key=lambda kv: kv[1])
        return "\n".join(f"{n}. {q.option_label(k)} ({v:.1f})" for n, (k, v) in
                          enumerate(items, 1))
    if t is QuestionType.TEXT:
        return "\n".join(f"• {x}" for x in pos.texts) or "–"
    return "–"


def _text_answers(texts: Sequence[str]) -> str:
    counts: dict[str, int] = {}
    for text in texts:
        counts[text] = counts.get(text, 0) + 1
    return "\n".join(f"• {t}" + (f" (×{n})" if n > 1 else "") for t, n in counts.items()) or "–"


def _spread_text(q: Question, pos: PartnerPosition) -> str:
    if q.type in (QuestionType.LIKERT, QuestionType.NUMBER):
        values = sorted(float(v) for v in pos.spread if isinstance(v, int | float))
        if values:
            return ", ".join(_num(v) for v in values)
    return f"{pos.respondents} answer{'s' if pos.respondents != 1 else ''}"


def _redactor(workshop: Workshop) -> Callable[[str], str]:
    """Replace participants' names with "Company (function)" in text."""
    labels: dict[str, str] = {}
    partners = {p.id: p for p in workshop.partners}
    for person in workshop.participants:
        name = person.name.strip()
        if len(name) < 2:
            continue
        partner = partners.get(person.partner_id)
        label = partner.label if partner else "a participant"
        if person.function:
            label += f" ({_kind(person.function).lower()})"
        labels.setdefault(name.lower(), label)
    if not labels:
        return lambda text: text
    parts = []
    for name in sorted(labels, key=len, reverse=True):  # longest first: "Li Wei" before "Li"
        pattern = re.escape(name)
        # Latin names only match whole words; CJK text has no spaces between words.
        if _spaced(name[0]):
            pattern = r"(?<!\w)" + pattern
        if _spaced(name[-1]):
            pattern += r"(?!\w)"
        parts.append(pattern)
    regex = re.compile("|".join(parts), re.IGNORECASE)

    def redact(text: str) -> str:
        return regex.sub(lambda m: labels[m.group(0).lower()], text) if text else text

    return redact


def _spaced(ch: str) -> bool:
    """Whether a name in this script stands apart as a word.

    Not so for Chinese and Japanese (no spaces) nor Korean (particles attach to names).
    """
    return ord(ch) < 0x2E80
