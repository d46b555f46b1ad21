"""Sentences the analysis writes for people, translatable without Qt.

A :class:`Message` is the English sentence (it *is* a ``str``: every caller that reads
it as text gets exactly the English it always got) that also remembers its template and
named parameters, so the interface (through Qt's translator) and the reports (through
``exports.report_language``) can say it in their language with :func:`render`.

Templates are written where they are used as ``QT_TRANSLATE_NOOP(CONTEXT, "...")`` with
literal text, the marker lupdate reads in Python: ``python -m workshop_app.translations``
extracts them into the ``Analysis`` context of the .ts sources, and the test that fails
on an untranslated string covers them like every other text. A message built from a
template that was not marked is refused, so nothing reaches people unextracted.

Parameters are names (partners, questions, assets: shown as written), numbers,
:class:`Word` (a word of the domain, translated by the ``Labels`` path like every enum
label), nested messages, or a tuple of these (listed with a translated separator).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

CONTEXT = "Analysis"
LABELS = "Labels"  # the context of the domain's words (enum labels)

_MARKED: set[str] = set()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Mark a template (``Analysis``: registered for :class:`Message`) or a word of the
    analysis's vocabulary (``Labels``, said like the domain's labels) for extraction;
    returns it unchanged."""
    if context == CONTEXT:
        _MARKED.add(text)
    elif context != LABELS:
        raise ValueError(f"analysis texts belong to {CONTEXT!r} or {LABELS!r}, not {context!r}")
    return text


#: How a tuple parameter is listed ("quantity, unit"); Chinese lists with 、.
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Analysis", ", ")
#: How the kinds of one gap are listed ("partners differ; a partner does not know").
KINDS_SEPARATOR = QT_TRANSLATE_NOOP("Analysis", "; ")


class Word(str):
    """A word of the domain (an enum's label): translated as the domain's labels are.

    ``key`` is the label as the domain spells it (the translation's source) when the
    sentence writes it differently in English ("open" for the label "Open"); where no
    translation exists the English form stays as written.
    """

    key: str

    def __new__(cls, text: str, key: str = "") -> Word:
        self = super().__new__(cls, text)
        self.key = key or text
        return self

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]  # a copy is rebuilt from its parts
        return (str(self), self.key)


class Listed(str):
    """Items listed with a marked separator (by default ", "); the English list is the str."""

    items: tuple[Any, ...]
    separator: str

    def __new__(cls, items: Iterable[Any], separator: str = "") -> Listed:
        items = tuple(items)
        separator = separator or LIST_SEPARATOR
        self = super().__new__(cls, separator.join(_english(v) for v in items))
        self.items = items
        self.separator = separator
        return self

    def __getnewargs__(self) -> tuple[tuple[Any, ...], str]:  # type: ignore[override]  # a copy is rebuilt from its parts
        return (self.items, self.separator)


class Num(str):
    """A number with a fixed count of decimals, written in the reader's way (3.4, 3,4)."""

    value: float
    decimals: int

    def __new__(cls, value: float, decimals: int = 1) -> Num:
        self = super().__new__(cls, f"{value:.{decimals}f}")
        self.value = value
        self.decimals = decimals
        return self

    def __getnewargs__(self) -> tuple[float, int]:  # type: ignore[override]  # a copy is rebuilt from its parts
        return (self.value, self.decimals)


class Cap(str):
    """A parameter said with a capital first letter (it opens the sentence)."""

    value: Any

    def __new__(cls, value: Any) -> Cap:
        english = _english(value)
        self = super().__new__(cls, english[:1].upper() + english[1:])
        self.value = value
        return self

    def __getnewargs__(self) -> tuple[Any]:
        return (self.value,)


class Message(str):
    """An English sentence that can be said in another language (see the module)."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Message:
        if params and template not in _MARKED:
            raise ValueError(f"not a marked analysis template: {template!r}")
        english = template.format(**{k: _english(v) for k, v in params.items()})
        self = super().__new__(cls, english if params else template)
        self.template = template
        self.params = params
        return self

    def __getnewargs__(self) -> tuple[str]:  # pickles as English
        return (str(self),)

    def render(
        self,
        translate: Callable[[str], str],
        label: Callable[[str], str],
        number: Callable[[float, int], str] | None = None,
    ) -> str:
        """The sentence in the language of ``translate`` (templates), ``label`` (words) and
        ``number`` (numbers with decimals; None: as in English)."""
        text = translate(self.template) or self.template
        if not self.params:
            return text
        values = {k: render(v, translate, label, number) for k, v in self.params.items()}
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):  # a damaged translation: say it in English
            return self.template.format(**values)


def _english(value: Any) -> str:
    if isinstance(value, tuple):
        return LIST_SEPARATOR.join(_english(v) for v in value)
    return str(value)


def render(
    value: Any,
    translate: Callable[[str], str],
    label: Callable[[str], str],
    number: Callable[[float, int], str] | None = None,
) -> str:
    """Any text of the analysis in a language: messages and words translated, names kept."""
    if isinstance(value, Message):
        return value.render(translate, label, number)
    if isinstance(value, Num):
        return number(value.value, value.decimals) if number is not None else str(value)
    if isinstance(value, Word):
        said = label(value.key)
        return str(value) if not said or said == value.key else said
    if isinstance(value, Cap):
        said = render(value.value, translate, label, number)
        return said[:1].upper() + said[1:]
    if isinstance(value, Listed):
        sep = translate(value.separator) or value.separator
        return sep.join(render(v, translate, label, number) for v in value.items)
    if isinstance(value, tuple):
        sep = translate(LIST_SEPARATOR) or LIST_SEPARATOR
        return sep.join(render(v, translate, label, number) for v in value)
    return str(value)


def text(template: str) -> Message:
    """A sentence with no parameters (still translatable: its template is marked)."""
    if template not in _MARKED:
        raise ValueError(f"not a marked analysis template: {template!r}")
    return Message(template)
