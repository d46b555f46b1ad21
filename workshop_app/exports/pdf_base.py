"""The PDF document and the building blocks every section uses: headings with bookmarks,
paragraphs of user text, tables that wrap and split, the header and footer."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from workshop_app.analysis.results import Analysis, PartnerPair
from workshop_app.domain.model import Partner, Workshop
from workshop_app.exports.pdf_contents import Contents, LaterCanvas, contents_lines
from workshop_app.exports.pdf_fonts import SANS, draw_runs, fit, markup
from workshop_app.exports.pdf_look import (
    FONT_ALL,
    HEAD_BG,
    LABEL_MAX,
    LEADERSHIP_TEXT_LIMIT,
    MUTED,
    OPEN_RED,
    RULE,
    ZEBRA,
    cut,
    cut_pointer,
    fmt_date,
    keeps_whole,
    redactor,
    styles,
    variant_title,
)
from workshop_app.exports.pdf_para import Para
from workshop_app.exports.report_language import tr

_CAPTION_ROOM = 90  # points: caption, header row and about two rows


class Heading(Para):
    """A heading that becomes a bookmark, an outline entry and (full) a contents line."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, key: str, toc: bool) -> None:
        super().__init__(markup(text, lines=False), style)
        self.outline = (level, text, key, toc)


class PageCountCanvas(LaterCanvas):
    """A canvas whose pages say "Page X of Y" without a second layout pass.

    Each page's footer shows a form (a PDF XObject) that is written once the last page
    is known, just before the file is saved; so are the contents' page numbers.
    """

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.pages_shown = 0
        self.page_of: Callable[[Canvas, int, int], None] = lambda canvas, page, total: None

    def showPage(self) -> None:
        self.pages_shown += 1
        super().showPage()

    def save(self) -> None:
        if self._code:  # type: ignore[attr-defined]  # a page not yet shown
            self.showPage()
        total = self.pages_shown
        for page in range(1, total + 1):
            self.beginForm(page_form(page))
            self.page_of(self, page, total)
            self.endForm()
        self.write_later_forms()
        super().save()


def page_form(page: int) -> str:
    return f"PageOf{page}"


class Doc(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, report: ReportBase, **kw: Any) -> None:
        self.report = report
        super().__init__(buffer, **kw)

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline is None:
            return
        level, text, key, toc = outline
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        if toc:
            assert isinstance(self.canv, LaterCanvas)  # made by render's canvasmaker
            self.canv.heading_pages[key] = self.page


class ReportBase:
    """Shared state and helpers; the sections are mixed in by ``pdf_report._Report``."""

    def __init__(
        self,
        workshop: Workshop,
        analysis: Analysis,
        variant: str,
        pagesize: tuple[float, float],
        tick: Callable[[int], None],
    ) -> None:
        self.w = workshop
        self.a = analysis
        self.variant = variant
        self.full = variant == "full"
        self.pagesize = pagesize
        self.tick = tick
        self.s = styles()
        self.partners: dict[str, Partner] = {p.id: p for p in workshop.partners}
        self.margin_x = 18 * mm
        self.width = pagesize[0] - 2 * self.margin_x
        self._keys = 0
        self._redact = redactor(workshop) if not self.full else (lambda t: t)

    # -- text ---------------------------------------------------------------------------

    def t(self, text: str, limit: int | None = None) -> str:
        """User text, with participant names replaced and long texts cut (leadership).

        A text cut at the general limit says where the rest is; one cut at a tighter,
        given limit (a table cell) ends in an ellipsis, and the note under page 1's
        heading says the full report has it all.
        """
        text = self._redact(text or "")
        if not self.full:
            text = cut(text, limit or LEADERSHIP_TEXT_LIMIT, " …" if limit else cut_pointer())
        return text

    def p(self, text: str, style: str = "body", *, raw: str = "") -> Paragraph:
        """A paragraph of user text (escaped), optionally preceded by trusted markup."""
        return Para(raw + markup(self.t(text)), self.s[style])

    def ident(self, text: str) -> Paragraph:
        """An id or short name in a cell: never split inside."""
        return Para(markup(text, lines=False), self.s["id" if keeps_whole(text) else "cell"])

    def partner_cell(self, partner_id: str) -> Paragraph:
        """A partner's swatch and short name in a cell, the name never split inside."""
        label = self.pname(partner_id)
        style = self.s["id" if keeps_whole(label) else "cell"]
        return Para(self.swatch(partner_id) + markup(label), style)

    def heading(self, text: str, level: int = 0, *, toc: bool = True) -> Heading:
        self._keys += 1
        style = self.s[("h1", "hsection", "h3")[min(level, 2)]]
        # The contents list stops at sections; every question still has a bookmark.
        return Heading(text, style, level, f"s{self._keys}", toc and self.full and level < 2)

    def pname(self, partner_id: str | None, *, joint: str | None = None) -> str:
        if partner_id is None:
            return joint or tr("Joint venture")
        partner = self.partners.get(partner_id)
        # In tables a partner is a short label; a name pasted as a paragraph is cut.
        return cut(partner.label, LABEL_MAX, "…") if partner else partner_id

    def pair_name(self, pair: PartnerPair | None) -> str:
        if not pair:
            return ""
        a, b = (self.pname(p) for p in pair)
        return f"{a} vs {b}"

    def swatch(self, partner_id: str) -> str:
        partner = self.partners.get(partner_id)
        colour = partner.colour if partner else "#888888"
        return f'<font color="{colour}">■</font> '

    def empty(self, text: str) -> Paragraph:
        return Para(markup(text), ParagraphStyle("empty", self.s["body"], textColor=MUTED))

    def capped(self, rows: Sequence[Any], limit: int) -> tuple[list[Any], Paragraph | None]:
        """At most ``limit`` rows in the leadership summary, and a line saying what was left."""
        if self.full or len(rows) <= limit:
            return list(rows), None
        more = len(rows) - limit
        return list(rows[:limit]), Para(
            markup(tr("And {n} more in the full report.").format(n=more)), self.s["small"]
        )

    def caption_with(self, caption: str, table: Flowable) -> list[Flowable]:
        """A caption that never stays behind at the foot of a page: it starts a new page
        unless there is room for it, the table's header and its first rows."""
        return [CondPageBreak(_CAPTION_ROOM), Para(caption, self.s["caption"]), table]

    # -- tables -------------------------------------------------------------------------

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float],
        *,
        style: Iterable[tuple] = (),
        zebra: bool = True,
        centre: Iterable[int] = (),
        cell: str = "cell",
    ) -> Table:
        """A table whose cells wrap, split across pages and repeat their header."""
        total = sum(widths)
        widths = [w * self.width / total for w in widths]
        centred = set(centre)
        head_centre = ParagraphStyle("headc", self.s["head"], alignment=1)
        data: list[list[Any]] = [
            [
                Para(markup(h, lines=False), head_centre if i in centred else self.s["head"])
                for i, h in enumerate(header)
            ]
        ]
        for row in rows:
            data.append([c if isinstance(c, Flowable) else self.p(str(c), cell) for c in row])
        commands: list[tuple] = [
            FONT_ALL,
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
        data = [
            [
                Para(markup(k, lines=False), self.s["label"]),
                v if isinstance(v, Flowable) else self.p(str(v)),
            ]
            for k, v in rows
        ]
        table = Table(
            data, colWidths=[label_width, self.width - label_width], splitInRow=1, hAlign="LEFT"
        )
        table.setStyle(
            TableStyle(
                [
                    FONT_ALL,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        return table

    # -- document -----------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    def render(self) -> bytes:
        buffer = io.BytesIO()
        d = self.w.details
        title = variant_title(self.variant)
        doc = Doc(
            buffer,
            self,
            pagesize=self.pagesize,
            leftMargin=self.margin_x,
            rightMargin=self.margin_x,
            topMargin=20 * mm,
            bottomMargin=17 * mm,
            title=f"{d.title} – {title}",
            author=d.facilitator or "Partnership Workshop",
            subject=tr("{report} of the partnership workshop {title}").format(
                report=title, title=d.title
            ),
            creator="Partnership Workshop",
            # Otherwise every page starts in Helvetica, a font that is never embedded.
            initialFontName=SANS,
            producer="Partnership Workshop",
        )
        frame = Frame(
            doc.leftMargin,
            doc.bottomMargin,
            doc.width,
            doc.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])
        story = self.story()
        self.tick(1)

        def canvas(*args: Any, **kw: Any) -> PageCountCanvas:
            made = PageCountCanvas(*args, **kw)
            made.page_of = self._page_of
            return made

        for flowable in story:
            if isinstance(flowable, Contents):
                flowable.expect(contents_lines(story))
        # One layout pass: the contents' page numbers and the total of pages are written
        # at the end (PageCountCanvas).
        doc.build(story, canvasmaker=canvas)
        self.tick(2)  # the first pass is also the final one
        self.tick(3)
        return buffer.getvalue()

    def contents(self) -> list[Flowable]:
        toc = Contents(
            levelStyles=[self.s["toc0"], self.s["toc1"]],
            dotsMinLevel=0,
            tableStyle=TableStyle(
                [
                    FONT_ALL,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
        )
        return [PageBreak(), Para(markup(tr("Contents")), self.s["h1"]), toc]

    def _decorate(self, canvas: Any, doc: Doc) -> None:
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
        footer = variant_title(self.variant)
        if self.w.details.date:
            footer += f" · {fmt_date(self.w.details.date)}"
        draw_runs(canvas, left, bottom, footer, 7.5)
        canvas.restoreState()
        canvas.doForm(page_form(doc.page))

    def _page_of(self, canvas: Canvas, page: int, total: int) -> None:
        """The footer's "Page X of Y", drawn once the last page is known."""
        right, bottom = self.pagesize[0] - self.margin_x, 10 * mm
        canvas.setFillColor(MUTED)
        draw_runs(
            canvas,
            right,
            bottom,
            tr("Page {n} of {total}").format(n=page, total=total),
            7.5,
            align="right",
        )
