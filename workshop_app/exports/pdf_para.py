"""Paragraphs that parse their markup once per text and break their lines once per width.

reportlab wraps a paragraph in a table cell several times for the same width: when the
table measures its rows, when a page asks whether it fits, and again when each cell is
drawn. Breaking lines is most of the cost of a report, and the result depends only on the
text, the style and the width, so ``Para`` keeps the lines of the last width it was asked
for and answers a repeated request from them.

Parsing the markup is the other large cost, and a report repeats many cell texts (a
partner's swatch and name, "Partner", "100%"): the parsed fragments are kept per style
(for as long as the style lives) and every paragraph gets its own copies of them.
"""

from __future__ import annotations

import threading
import weakref
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as _paragraph
from reportlab.platypus.paraparser import ParaParser

# Private helpers of reportlab's Paragraph, not in its stubs.
_rl: Any = _paragraph

# style -> text -> (style as parsed, fragments, bullet fragments); per thread, as reportlab
# makes a parser per paragraph for thread safety.
_local = threading.local()


def _parsed_texts(style: ParagraphStyle) -> dict[str, tuple[Any, list[Any], Any]]:
    known: weakref.WeakKeyDictionary[ParagraphStyle, dict[str, Any]] | None = getattr(
        _local, "parsed", None
    )
    if known is None:
        known = _local.parsed = weakref.WeakKeyDictionary()
    texts = known.get(style)
    if texts is None:
        texts = known[style] = {}
    return texts


_PLAIN = "x"


def _parse(text: str, style: ParagraphStyle) -> tuple[Any, list[Any], Any]:
    """What ``Paragraph._setup`` makes of a text: its style, fragments and bullet."""
    parser = ParaParser()
    parser.caseSensitive = 1
    parsed = parser.parse(text, style)
    if parsed[1] is None:
        raise ValueError(
            f"xml parser error ({parser.errors[0]}) in paragraph beginning\n'{text[:30]}'"
        )
    _rl.textTransformFrags(parsed[1], parsed[0])
    # The style itself is not kept in its own entry: that would keep it alive.
    return (None if parsed[0] is style else parsed[0], parsed[1], parsed[2])


def _plain(
    text: str, style: ParagraphStyle, texts: dict[str, tuple[Any, list[Any], Any]]
) -> tuple[Any, list[Any], Any] | None:
    """A text without markup (no tag, no entity) is one fragment in the style's font: the
    fragment the parser makes of a one-letter text, with this text. None when the text or
    the style needs the parser (markup, a text transform, a bullet)."""
    if not text or "<" in text or "&" in text:
        return None
    template = texts.get(_PLAIN)
    if template is None:
        template = texts[_PLAIN] = _parse(_PLAIN, style)
    parsed_style, frags, bullet = template
    if parsed_style is not None or bullet or len(frags) != 1 or frags[0].text != _PLAIN:
        return None
    frag = frags[0].clone()
    frag.text = text
    return (None, [frag], None)


class Para(Paragraph):
    """A ``Paragraph`` whose ``wrap`` is computed once per available width."""

    _wrapped: tuple[float, Any, float, float] | None = None

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
        base: Any = super()  # _setup is private to reportlab, absent from its stubs
        if frags is not None or not isinstance(text, str) or getattr(self, "caseSensitive", 1) != 1:
            base._setup(text, style, bulletText, frags, cleaner)
            return
        text = cleaner(text)
        texts = _parsed_texts(style)
        parsed = texts.get(text)
        if parsed is None:
            parsed = texts[text] = _plain(text, style, texts) or _parse(text, style)
        parsed_style, parsed_frags, bullet_frags = parsed
        parsed_style = style if parsed_style is None else parsed_style
        # Line breaking and splitting may change fragments: each paragraph has its own.
        base._setup(
            text,
            parsed_style,
            [f.clone() for f in bullet_frags] if bullet_frags else bulletText,
            [f.clone() for f in parsed_frags],
            lambda t: t,
        )

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        done = self._wrapped
        # Reused only while the lines are still the ones computed here: a split or
        # ``del self.blPara`` (reportlab does both) replaces or drops them.
        if done is not None and done[0] == availWidth and self.__dict__.get("blPara") is done[1]:
            self.width, self.height = done[2], done[3]
            return done[2], done[3]
        width, height = super().wrap(availWidth, availHeight)
        blpara = self.__dict__.get("blPara")
        self._wrapped = (availWidth, blpara, width, height) if blpara is not None else None
        return width, height
