"""The analysis's sentences: English text as before, said in another language on request."""

from __future__ import annotations

import copy
import pickle

import pytest

from workshop_app.analysis import analyse
from workshop_app.analysis.message import (
    QT_TRANSLATE_NOOP,
    Cap,
    Listed,
    Message,
    Num,
    Word,
    render,
)
from workshop_app.domain.model import Workshop
from workshop_app.exports.report_language import report_language, say

GERMAN = {
    "{partner}: {contribution} has no {fields}.": "{partner}: Bei {contribution} fehlt: {fields}.",
    "quantity": "Menge",
    "unit": "Einheit",
    ", ": " / ",
}
LABELS = {"Open": "Offen"}


def _de(text: str) -> str:
    return render(text, lambda t: GERMAN.get(t, t), lambda w: LABELS.get(w, w))


def test_a_message_is_its_english_sentence_and_can_be_said_in_another_language() -> None:
    m = Message(
        QT_TRANSLATE_NOOP("Analysis", "{partner}: {contribution} has no {fields}."),
        partner="Nordwerk {x}",  # a name is shown as written, braces and all
        contribution="'Tooling'",
        fields=(Message("quantity"), Message("unit")),
    )
    assert m == "Nordwerk {x}: 'Tooling' has no quantity, unit."
    assert isinstance(m, str) and hash(m) == hash(str(m))
    assert _de(m) == "Nordwerk {x}: Bei 'Tooling' fehlt: Menge / Einheit."
    assert _de("plain text") == "plain text"


def test_words_keep_their_english_spelling_and_translate_through_the_labels() -> None:
    word = Word("open", "Open")
    assert word == "open"
    assert _de(word) == "Offen"
    assert render(word, lambda t: t, lambda w: w) == "open"  # English: as the sentence wrote it
    assert render(Word("discussed", "Discussed"), lambda t: t, lambda w: w) == "discussed"
    listed = Listed([Word("a"), Word("b")], "; ")
    assert listed == "a; b"
    assert Cap(listed) == "A; b"
    assert (
        render(Num(3.45), lambda t: t, lambda w: w, lambda v, d: f"{v:.{d}f}".replace(".", ","))
        == "3,5"
    )


def test_messages_survive_pickling_and_copying() -> None:
    m = Message(QT_TRANSLATE_NOOP("Analysis", "{kinds}."), kinds=Cap(Listed([Word("x y")])))
    for again in (pickle.loads(pickle.dumps(m)), copy.deepcopy(m)):
        assert again == m == "X y."
        assert isinstance(again, Message) and again.template == "{kinds}."


def test_a_template_that_lupdate_cannot_see_is_refused() -> None:
    with pytest.raises(ValueError, match="not a marked analysis template"):
        Message("{partner} is unmarked.", partner="x")
    with pytest.raises(ValueError, match="Analysis"):
        QT_TRANSLATE_NOOP("Alignment", "Open")
    assert QT_TRANSLATE_NOOP("Labels", "Open") == "Open"  # a word, not a template
    with pytest.raises(ValueError, match="not a marked analysis template"):
        Message("Open: {x}", x=1)


def test_every_sentence_of_the_demos_analysis_is_said_in_german(small_demo: Workshop) -> None:
    a = analyse(small_demo)
    lines = [text for c in a.readiness.checks for text in (c.title, *c.missing)]
    with report_language("de"):
        german = [say(text) for text in lines]
    with report_language("en"):
        assert [say(text) for text in lines] == lines
    assert all(isinstance(text, Message) for text in lines)
    same = [en for en, de in zip(lines, german, strict=True) if en == de]
    assert same == [], same
