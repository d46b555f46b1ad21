"""Answers CSV import: every row or none, bad rows named, a second import changes nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from workshop_app.domain import model
from workshop_app.domain.enums import Element, Function, QuestionType
from workshop_app.domain.errors import ImportRejected, WorkshopError
from workshop_app.domain.questionnaire import Option, Question, Questionnaire, Section
from workshop_app.exchange import answers_csv
from workshop_app.exchange.answers_csv import import_answers_csv
from workshop_app.storage.store import WorkshopStore, create_workshop

ABC = (Option("a", "Alpha"), Option("b", "Beta"), Option("c", "Gamma"))


def _questionnaire() -> Questionnaire:
    qs = (
        Question(
            "L1",
            QuestionType.LIKERT,
            "How clear is the target?",
            anchors=((1, "Unclear"), (5, "Clear")),
        ),
        Question("S1", QuestionType.SINGLE_CHOICE, "Main goal?", options=ABC),
        Question("M1", QuestionType.MULTI_CHOICE, "Regions?", options=ABC),
        Question("R1", QuestionType.RANKING, "Rank the priorities", options=ABC),
        Question("A1", QuestionType.ALLOCATION, "Split the value", options=ABC[:2]),
        Question("N1", QuestionType.NUMBER, "Years?", unit="years", min_value=0, max_value=50),
        Question("T1", QuestionType.TEXT, "Anything else?"),
    )
    return Questionnaire(
        "csv-test", "1", "CSV test", sections=(Section(Element.GOALS, "Goals", questions=qs),)
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[WorkshopStore]:
    partners = (
        model.Partner("p1", "Nordwerk Fahrzeugbau AG", "Nordwerk", position=0),
        model.Partner("p2", "华辰汽车", "华辰", "#D1495B", position=1),
        model.Partner("p3", "한빛배터리", "Hanbit", "#2E9E6A", position=2),
    )
    people = (
        model.Participant("u1", "p1", "Jürgen Weiß", Function.ENGINEERING),
        model.Participant("u2", "p2", "王芳", Function.STRATEGY),
    )
    answers = (model.Answer("u1", "L1", 2, "first guess", datetime(2026, 1, 5, 9, 30, tzinfo=UTC)),)
    workshop = model.Workshop(
        model.WorkshopDetails("w1", "CSV workshop"), _questionnaire(), partners, people, answers
    )
    s = create_workshop(tmp_path / "csv.workshop", workshop)
    yield s
    s.close(backup=False)


def _csv(tmp_path: Path, text: str, *, name: str = "answers.csv", bom: bool = False) -> Path:
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


GOOD = """participant,partner,question_id,value,comment
Jürgen Weiß,Nordwerk,L1,4,"Clearer now, after the call"
王芳,华辰汽车,R1,c>a>b,
王芳,华辰,A1,a=60;b=40,
김민준,hanbit,M1,a;c,신규 참가자
김민준,한빛배터리,N1,12.5,
Jürgen Weiß,NORDWERK FAHRZEUGBAU AG,T1,"Zwei Zeilen
und ein Komma, bitte",
Jürgen Weiß,Nordwerk,S1,Beta,
"""


def _data_version(conn: sqlite3.Connection) -> int:
    # Seen from another connection, data_version changes only when a write is committed.
    return conn.execute("PRAGMA data_version").fetchone()[0]


def test_import_creates_participants_and_parses_every_type(
    tmp_path: Path, store: WorkshopStore
) -> None:
    summary = import_answers_csv(store, _csv(tmp_path, GOOD, bom=True))
    assert (summary.added, summary.changed, summary.unchanged) == (6, 1, 0)
    assert summary.created_participants == ["김민준 (Hanbit)"]
    assert "김민준" in summary.summary() and "6 answers added" in summary.summary()

    w = store.load()
    kim = next(p for p in w.participants if p.name == "김민준")
    assert (kim.partner_id, kim.function) == ("p3", None)
    got = {(w.participant(a.participant_id).name, a.question_id): a for a in w.answers}
    assert got["Jürgen Weiß", "L1"].value == 4
    assert got["Jürgen Weiß", "L1"].comment == "Clearer now, after the call"
    assert got["王芳", "R1"].value == ("c", "a", "b")
    assert got["王芳", "A1"].value == {"a": 60.0, "b": 40.0}
    assert got["김민준", "M1"].value == ("a", "c")
    assert got["김민준", "M1"].comment == "신규 참가자"
    assert got["김민준", "N1"].value == 12.5
    assert got["Jürgen Weiß", "T1"].value == "Zwei Zeilen\nund ein Komma, bitte"
    assert got["Jürgen Weiß", "S1"].value == "b"  # the label was typed; the id is stored


def test_importing_the_same_file_twice_changes_nothing(
    tmp_path: Path, store: WorkshopStore
) -> None:
    path = _csv(tmp_path, GOOD)
    watcher = sqlite3.connect(store.path)
    try:
        version = _data_version(watcher)
        import_answers_csv(store, path)
        assert _data_version(watcher) != version  # the watcher sees a write
        before = store.load()
        version = _data_version(watcher)
        again = import_answers_csv(store, path)
        assert _data_version(watcher) == version  # nothing was written at all
    finally:
        watcher.close()
    assert (again.added, again.changed, again.unchanged, again.created_participants) == (
        0,
        0,
        7,
        [],
    )
    assert store.load() == before  # answered_at included


def test_a_changed_value_is_updated_and_restamped(tmp_path: Path, store: WorkshopStore) -> None:
    old = store.answers_of("u1")[0]
    summary = import_answers_csv(
        store, _csv(tmp_path, "participant,partner,question_id,value\njürgen weiß,Nordwerk,L1,5\n")
    )
    assert (summary.added, summary.changed) == (0, 1)
    new = store.answers_of("u1")[0]
    assert new.value == 5
    assert new.comment == "first guess"  # no comment column: the stored comment stays
    assert old.answered_at is not None and new.answered_at is not None
    assert new.answered_at > old.answered_at


def test_columns_in_another_order_and_case(tmp_path: Path, store: WorkshopStore) -> None:
    text = "Value,Question_ID,PARTNER,Participant\n3,L1,华辰,王芳\n"
    assert import_answers_csv(store, _csv(tmp_path, text)).added == 1
    assert store.answers_of("u2")[0].value == 3


BAD = """participant,partner,question_id,value,comment
Jürgen Weiß,Nordwerk,L1,4,
Someone,Unknown GmbH,L1,3,
王芳,华辰,Z9,3,
王芳,华辰,L1,7,
王芳,华辰,R1,a>b,
王芳,华辰,A1,a=70;b=40,
Jürgen Weiß,Nordwerk,M1
Jürgen Weiß,Nordwerk,L1,5,
,Nordwerk,L1,3,
"""


@pytest.mark.parametrize("sep", [";", "\t"])
def test_a_semicolon_or_tab_separated_file_as_excel_saves_it_is_read(
    tmp_path: Path, store: WorkshopStore, sep: str
) -> None:
    # Excel with German settings separates with ";" and quotes the fields that hold one.
    rows = [
        ["participant", "partner", "question_id", "value", "comment"],
        ["Jürgen Weiß", "Nordwerk", "L1", "4", "Klarer, nach dem Anruf"],
        ["王芳", "华辰", "A1", '"a=60;b=40"', ""],
        ["김민준", "한빛배터리", "M1", '"a;c"', "신규"],
    ]
    text = "\r\n".join(sep.join(r) for r in rows) + "\r\n"
    summary = import_answers_csv(store, _csv(tmp_path, text, bom=True))
    assert (summary.added, summary.changed) == (2, 1)
    w = store.load()
    got = {(w.participant(a.participant_id).name, a.question_id): a for a in w.answers}
    assert got["Jürgen Weiß", "L1"].value == 4
    assert got["Jürgen Weiß", "L1"].comment == "Klarer, nach dem Anruf"
    assert got["王芳", "A1"].value == {"a": 60.0, "b": 40.0}
    assert got["김민준", "M1"].value == ("a", "c")


def test_one_bad_row_rejects_the_file_and_every_problem_is_named(
    tmp_path: Path, store: WorkshopStore
) -> None:
    before = store.load()
    with pytest.raises(ImportRejected) as info:
        import_answers_csv(store, _csv(tmp_path, BAD))
    problems = info.value.problems
    expected = [
        ("row 3", "unknown partner 'Unknown GmbH'"),
        ("row 4", "unknown question 'Z9'"),
        ("row 5", "outside the scale 1 to 5"),
        ("row 6", "missing: c"),
        ("row 7", "add up to 110"),
        ("row 8", "has 3 columns, the header has 5"),
        ("row 9", "duplicate row"),
        ("row 10", "participant: must not be empty"),
    ]
    assert len(problems) == len(expected)
    for problem, (row, reason) in zip(problems, expected, strict=True):
        assert problem.startswith(row + ":") and reason in problem, problem
    assert "row 2" in problems[6]  # the duplicate names the first row too
    assert "nothing was changed" in str(info.value)
    assert store.load() == before


def test_nul_characters_are_refused(tmp_path: Path, store: WorkshopStore) -> None:
    before = store.load()
    text = "participant,partner,question_id,value\nJürgen Weiß,Nordwerk,T1,ab\x00c\n"
    with pytest.raises(ImportRejected, match="nothing was changed") as info:
        import_answers_csv(store, _csv(tmp_path, text))
    assert info.value.problems == ["line 2: contains a NUL character"]
    assert store.load() == before


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "no header row"),
        ("Jürgen Weiß,Nordwerk,L1,4\n", "missing column 'participant'"),
        ("participant,partner,question,value\n", "missing column 'question_id'"),
        ("participant,partner,question_id,value,score\n", "unknown column 'score'"),
        ("participant,partner,question_id,value,value\n", "column 'value' appears twice"),
    ],
)
def test_a_bad_header_is_refused(
    tmp_path: Path, store: WorkshopStore, text: str, problem: str
) -> None:
    with pytest.raises(ImportRejected) as info:
        import_answers_csv(store, _csv(tmp_path, text))
    assert problem in str(info.value)


def test_text_that_is_not_utf8_is_refused(tmp_path: Path, store: WorkshopStore) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes(
        "participant,partner,question_id,value\nJürgen,Nordwerk,L1,4\n".encode("latin-1")
    )
    with pytest.raises(ImportRejected, match="not UTF-8 text \\(line 2\\)"):
        import_answers_csv(store, path)


def test_an_oversized_file_is_refused_before_reading(
    tmp_path: Path, store: WorkshopStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(answers_csv, "MAX_CSV_BYTES", 50)
    with pytest.raises(ImportRejected, match="at most 50 bytes"):
        import_answers_csv(store, _csv(tmp_path, GOOD))


def test_a_failed_write_leaves_nothing_behind(
    tmp_path: Path, store: WorkshopStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = store.load()
    real_put_one = store._put_one

    def fail_on_answers(entity: object) -> None:
        if isinstance(entity, model.Answer):  # participants were written; answers fail
            raise WorkshopError("disk full")
        real_put_one(entity)

    monkeypatch.setattr(store, "_put_one", fail_on_answers)
    with pytest.raises(WorkshopError, match="disk full"):
        import_answers_csv(store, _csv(tmp_path, GOOD))
    monkeypatch.undo()
    assert store.load() == before  # the new participant was rolled back too


def test_a_missing_file_is_a_clear_error(tmp_path: Path, store: WorkshopStore) -> None:
    with pytest.raises(ImportRejected, match=r"'nope\.csv' cannot be read"):
        import_answers_csv(store, tmp_path / "nope.csv")


def test_dont_know_is_stored_as_an_answer_not_a_value(store: WorkshopStore, tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        (
            "participant,partner,question_id,value\n"
            "Jürgen Weiß,Nordwerk,L1,dont_know\n"  # replaces the stored 2
            "王芳,华辰,M1,Don't know\n"
            "王芳,华辰,T1,dont_know\n"  # a text question takes the words as its answer
        ),
    )
    summary = import_answers_csv(store, path)
    assert (summary.added, summary.changed) == (2, 1)
    answers = {(a.participant_id, a.question_id): a for a in store.all(model.Answer)}
    for key in (("u1", "L1"), ("u2", "M1")):
        assert answers[key].dont_know and answers[key].value is None
    assert answers[("u2", "T1")].value == "dont_know" and not answers[("u2", "T1")].dont_know
    again = import_answers_csv(store, path)
    assert (again.added, again.changed, again.unchanged) == (0, 0, 3)
