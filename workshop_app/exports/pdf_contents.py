"""The full report's contents page, laid out in the report's one layout pass.

The contents list comes before the pages it points to, so its page numbers are not known
when it is laid out. reportlab's answer is to lay the whole document out again; here the
contents gets its lines up front (every heading is in the story before layout starts) and
each line's dots and page number are a PDF form that is written once the last page is
laid out, like the footer's "Page X of Y" (see ``PageCountCanvas``). The dots and number
are drawn exactly as reportlab's ``TableOfContents`` draws them, so the page reads the same.
"""

from __future__ import annotations

from ast import literal_eval
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus.tableofcontents import TableOfContents

from workshop_app.exports.pdf_fonts import markup

# Room around a form's content: its numbers are placed in the coordinates of the line
# they end, which may lie anywhere on the page.
_FORM_BOX = (-2000, -2000, 4000, 4000)


class LaterCanvas(Canvas):
    """A canvas that writes some forms only when it is saved, once every page is laid out.

    ``later[name](canvas)`` draws the form ``name``; pages refer to it before it exists.
    ``heading_pages`` maps a heading's bookmark key to the page it landed on.
    """

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.later: dict[str, Callable[[Canvas], None]] = {}
        self.heading_pages: dict[str, int] = {}

    def write_later_forms(self) -> None:
        for name, draw in self.later.items():
            self.beginForm(name, *_FORM_BOX)
            draw(self)
            self.endForm()


def contents_form(key: str) -> str:
    return f"ContentsPage_{key}"


class Contents(TableOfContents):
    """A table of contents whose lines are known before layout and whose page numbers are
    written when the document is saved (``LaterCanvas``)."""

    def expect(self, lines: list[tuple[int, str, int, str]]) -> None:
        """Give the contents its lines (page numbers still unknown) before layout, so the
        one pass lays every later page out where it stays."""
        self._lastEntries = list(lines)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        size = super().wrap(availWidth, availHeight)

        def entry_end(drawing: Canvas, kind: str | None, label: str) -> None:
            canvas: Any = drawing  # a LaterCanvas, inside a paragraph being drawn
            # The label is reportlab's: "page,level,key"; the page is a placeholder.
            _, level_text, key_text = label.split(",")
            level, key = int(level_text), literal_eval(key_text)
            style = self.getLevelStyle(level)
            dot = " . " if self.dotsMinLevel >= 0 and level >= self.dotsMinLevel else ""
            x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
            name = contents_form(key)

            def draw(form: Canvas) -> None:
                page = form.heading_pages.get(key, 0)  # type: ignore[attr-defined]  # LaterCanvas
                _page_number(form, style, str(page), x, y, availWidth, dot)

            canvas.later[name] = draw
            canvas.doForm(name)

        if hasattr(self.canv, "setNamedCB"):  # reportlab 4.1 on: callbacks by name
            self.canv.setNamedCB("drawTOCEntryEnd", entry_end)
        else:  # reportlab 4.0 reads the callback as an attribute of the canvas
            setattr(self.canv, "drawTOCEntryEnd", entry_end)  # noqa: B010
        return size


def _page_number(
    canvas: Canvas, style: ParagraphStyle, text: str, x: float, y: float, width: float, dot: str
) -> None:
    """Dots and a page number after a contents line ending at (x, y), right-aligned at
    ``width``: reportlab's ``tableofcontents.drawPageNumbers``, step for step."""
    size = style.fontSize
    text_width = stringWidth(text, style.fontName, size)
    while text_width > width - x and size >= 1.0:
        size = 0.9 * size
        text_width = stringWidth(text, style.fontName, size)
    if dot:
        dot_width = stringWidth(dot, style.fontName, size)
        dots = int((width - x - text_width) / dot_width)
    else:
        dots, dot_width = 0, 0.0
    tx = canvas.beginText(width - dots * dot_width - text_width, y)
    tx.setFont(style.fontName, size)
    tx.setFillColor(style.textColor)
    tx.textLine(dots * dot + text)
    canvas.drawText(tx)


def contents_lines(story: Iterable[Flowable]) -> list[tuple[int, str, int, str]]:
    """The contents' lines for every heading in the story that goes into the contents."""
    return [
        (level, markup(text, lines=False), 0, key)
        for level, text, key, toc in (h.outline for h in _headings(story))
        if toc
    ]


def _headings(flowables: Iterable[Flowable]) -> Iterator[Any]:
    for flowable in flowables:
        if getattr(flowable, "outline", None) is not None:
            yield flowable
        yield from _headings(getattr(flowable, "_content", ()))
