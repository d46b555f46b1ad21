"""Pre-work workbooks: export, filling in as a person would, import, conflicts, hostile files."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from workshop_app.domain import model
from workshop_app.domain.enums import Function, Purpose
from workshop_app.domain.errors import FileFormatError, ImportRejected
from workshop_app.domain.questionnaire import SENSITIVE_NOTICE, Question
from workshop_app.domain.scope import asked_questions
from workshop_app.exchange import xlsx_safety
from workshop_app.exchange.prework import (
    ANSWER_COL,
    COMMENT_COL,
    GLOSSARY,
    META,
    PreworkConflict,
    export_prework,
    import_prework,
    read_prework,
)
from workshop_app.exchange.templates import default_template, load_template
from workshop_app.storage.store import WorkshopStore, create_workshop, new_workshop

PARTNERS = ("Nordwerk Fahrzeugbau AG", "华辰汽车", "한빛배터리")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[WorkshopStore]:
    w = new_workshop("Plattform 2030 – 华辰 × 한빛", default_template(), facilitator="Jürgen Weiß")
    partners = tuple(
        model.Partner(f"p{i}", name, colour=model.PARTNER_COLOURS[i], position=i)
        for i, name in enumerate(PARTNERS)
    )
    people = (
        model.Participant("u1", "p0", "Jürgen Weiß", function=Function.STRATEGY),
        model.Participant("u2", "p1", "王芳", function=Function.STRATEGY),
        model.Participant("u3", "p1", "Li Wei"),
        model.Participant("u4", "p2", "한빛 김민준"),
    )
    w = model.Workshop(
        details=w.details, questionnaire=w.questionnaire, partners=partners, participants=people
    )
    s = create_workshop(tmp_path / "w.workshop", w)
    yield s
    s.close(backup=False)


def q(store: WorkshopStore, qid: str) -> Question:
    return store.questionnaire().question(qid)


def first_of(store: WorkshopStore, kind: str) -> Question:
    """The first question of a kind that every participant of the workshop is asked."""
    w = store.load()
    asked = [
        {x.id for x in asked_questions(w.details, w.questionnaire, person)}
        for person in w.participants
    ]
    return next(
        x
        for x in w.questionnaire.questions()
        if x.type.value == kind and all(x.id in ids for ids in asked)
    )


def row_of(ws, qid: str) -> int:
    for row in ws.iter_rows(min_col=1, max_col=1):
        if row[0].value == qid:
            return row[0].row
    raise AssertionError(f"{qid} not on sheet {ws.title}")


def export(
    store: WorkshopStore, tmp_path: Path, partner: str = "p1", name: str = "pw.xlsx"
) -> Path:
    return export_prework(store.load(), partner, tmp_path / name)


def fill(path: Path, edits: dict[str, dict[str, object]], out: Path | None = None) -> Path:
    """Type values into cells as a person would: {sheet: {"D14": value}}."""
    wb = openpyxl.load_workbook(path)
    for sheet, cells in edits.items():
        for coord, value in cells.items():
            wb[sheet][coord] = value
    target = out or path
    wb.save(target)
    return target


def stored(store: WorkshopStore, pid: str) -> dict[str, object]:
    return {a.question_id: a.value for a in store.answers_of(pid)}


# --- export ----------------------------------------------------------------------------------


def test_export_has_instructions_a_sheet_per_participant_and_hidden_metadata(
    store: WorkshopStore, tmp_path: Path
) -> None:
    wb = openpyxl.load_workbook(export(store, tmp_path))
    assert wb.sheetnames == ["Instructions", GLOSSARY, "王芳", "Li Wei", "Lists", META]
    assert [ws.sheet_state for ws in wb] == ["visible"] * 4 + ["veryHidden"] * 2
    assert wb.security.lockStructure
    meta = {r[0]: r[1] for r in wb[META].iter_rows(max_row=8, max_col=2, values_only=True)}
    assert meta["workshop_id"] == store.details().id
    template = store.questionnaire()
    assert meta["template_id"] == template.template_id
    assert meta["template_version"] == template.version
    assert meta["partner_id"] == "p1" and meta["format"] == "partnership-prework/1"
    ws = wb["王芳"]
    assert ws.protection.sheet and not ws.protection.password
    assert ws["A1"].value.startswith("王芳")
    w = store.load()
    # the sheet holds the questions 王芳 is asked: not those for particular purposes (the
    # workshop has none yet), other phases or other functions
    every = asked_questions(w.details, w.questionnaire, w.participant("u2"))
    left_out = [x for x in w.questionnaire.questions() if x not in every]
    assert left_out and all(x.purposes or x.phases or x.functions for x in left_out)
    assert not any(c.value in {x.id for x in left_out} for c in ws["A"])
    for question in every:
        r = row_of(ws, question.id)
        assert ws.cell(row=r, column=2).value == question.text
        if question.help:
            assert question.help in ws.cell(row=r, column=3).value
        assert ws.cell(row=r, column=COMMENT_COL).protection.locked is False
    assert ws.cell(row=row_of(ws, every[0].id), column=1).protection.locked is True


def test_answer_cells_have_drop_downs_and_number_checks(
    store: WorkshopStore, tmp_path: Path
) -> None:
    wb = openpyxl.load_workbook(export(store, tmp_path))
    ws = wb["Li Wei"]
    likert, single, number = (first_of(store, k) for k in ("likert", "single_choice", "number"))
    by_cell = {}
    for dv in ws.data_validations.dataValidation:
        for rng in dv.sqref.ranges:
            by_cell[rng.coord] = dv
    lists = wb["Lists"]

    def choices(dv) -> list[str]:
        ref = dv.formula1.split("!")[1].replace("$", "")
        return [c.value for row in lists[ref] for c in row]

    lk = by_cell[f"D{row_of(ws, likert.id)}"]
    assert lk.type == "list"
    assert choices(lk)[3] == f"4 – {likert.anchor_label(4)}"
    assert choices(lk)[-1] == "Don't know"
    sc = by_cell[f"D{row_of(ws, single.id)}"]
    assert choices(sc) == [*(o.label for o in single.options), "Don't know"]
    nb = by_cell[f"D{row_of(ws, number.id)}"]
    # a number within the bounds, or "Don't know"
    assert nb.type == "custom" and "ISNUMBER" in nb.formula1 and "don't know" in nb.formula1
    multi = first_of(store, "multi_choice")
    mc = by_cell[f"D{row_of(ws, multi.id)}"]
    assert mc.type == "list" and mc.formula1 == '"Don\'t know"'
    assert ws.cell(row=row_of(ws, multi.id), column=ANSWER_COL).protection.locked is False
    assert ws.cell(row=row_of(ws, likert.id), column=ANSWER_COL).protection.locked is False


def test_existing_answers_are_prefilled_and_other_partners_are_absent(
    store: WorkshopStore, tmp_path: Path
) -> None:
    likert = first_of(store, "likert")
    store.put(
        model.Answer("u2", likert.id, 4, "Wir sind nah dran"), model.Answer("u4", likert.id, 1)
    )
    wb = openpyxl.load_workbook(export(store, tmp_path))
    r = row_of(wb["王芳"], likert.id)
    assert wb["王芳"].cell(row=r, column=ANSWER_COL).value.startswith("4 – ")
    assert wb["王芳"].cell(row=r, column=COMMENT_COL).value == "Wir sind nah dran"
    assert "한빛 김민준" not in wb.sheetnames


def test_the_glossary_is_a_page_and_sensitive_questions_carry_the_notice(
    store: WorkshopStore, tmp_path: Path
) -> None:
    path = export(store, tmp_path)
    wb = openpyxl.load_workbook(path)
    glossary = store.questionnaire().glossary
    rows = list(wb[GLOSSARY].iter_rows(min_row=5, max_col=2, values_only=True))
    assert [(a, b) for a, b in rows if a] == list(glossary)
    assert wb[GLOSSARY].protection.sheet
    instructions = " ".join(
        str(c) for row in wb["Instructions"].iter_rows(values_only=True) for c in row if c
    )
    assert f"The sheet '{GLOSSARY}'" in instructions and SENSITIVE_NOTICE in instructions
    assert "If you do not know the answer, choose Don't know" in instructions
    ws = wb["王芳"]
    on_sheet = {row[0].value: row[0].row for row in ws.iter_rows(min_col=1, max_col=1)}
    questions = [x for x in store.questionnaire().questions() if x.id in on_sheet]
    assert any(x.sensitive for x in questions) and not all(x.sensitive for x in questions)
    for question in questions:
        help_cell = ws.cell(row=on_sheet[question.id], column=3).value or ""
        assert (SENSITIVE_NOTICE in help_cell) == question.sensitive, question.id
    # The extra page does not stop the workbook from being read back.
    content = read_prework(store, path)
    assert content.partner.id == "p1" and content.answers == []


# --- happy path -----------------------------------------------------------------------------


def _filled_answers(store: WorkshopStore, tmp_path: Path) -> tuple[Path, dict[str, object]]:
    path = export(store, tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["王芳"]
    likert, single = first_of(store, "likert"), first_of(store, "single_choice")
    multi, ranking = first_of(store, "multi_choice"), first_of(store, "ranking")
    alloc, number = first_of(store, "allocation"), first_of(store, "number")
    text = first_of(store, "text")
    ws[f"D{row_of(ws, likert.id)}"] = f"3 – {likert.anchor_label(3)}"  # the drop-down label
    ws[f"E{row_of(ws, likert.id)}"] = "=kein Formel, nur Text 王芳"
    ws[f"E{row_of(ws, likert.id)}"].data_type = "s"
    ws[f"D{row_of(ws, single.id)}"] = single.options[1].label
    r = row_of(ws, multi.id)
    ws[f"D{r + 1}"] = "x"
    ws[f"D{r + 3}"] = "X"
    r = row_of(ws, ranking.id)
    n = len(ranking.options)
    for i in range(n):
        ws[f"D{r + 1 + i}"] = n - i
    r = row_of(ws, alloc.id)
    ws[f"D{r + 1}"] = alloc.total * 0.75
    ws[f"D{r + 2}"] = alloc.total * 0.25
    ws[f"D{row_of(ws, number.id)}"] = (
        12.5 if number.max_value is None or number.max_value > 12.5 else number.max_value
    )
    ws[f"D{row_of(ws, text.id)}"] = "Jürgen Weiß und 한빛배터리 sollen führen."
    wb["Li Wei"][f"D{row_of(wb['Li Wei'], likert.id)}"] = 5
    wb.save(path)
    expected = {
        likert.id: 3,
        single.id: single.options[1].id,
        multi.id: (multi.options[0].id, multi.options[2].id),
        ranking.id: tuple(o.id for o in reversed(ranking.options)),
        alloc.id: {
            alloc.options[0].id: alloc.total * 0.75,
            alloc.options[1].id: alloc.total * 0.25,
        },
        text.id: "Jürgen Weiß und 한빛배터리 sollen führen.",
    }
    return path, expected


def test_filled_workbook_imports_every_answer(store: WorkshopStore, tmp_path: Path) -> None:
    path, expected = _filled_answers(store, tmp_path)
    result = import_prework(store, path)
    assert result.added == len(expected) + 2  # + the number question, + Li Wei's answer
    answers = stored(store, "u2")
    for qid, value in expected.items():
        assert answers[qid] == value, qid
    likert = first_of(store, "likert")
    comment = next(a.comment for a in store.answers_of("u2") if a.question_id == likert.id)
    assert comment == "=kein Formel, nur Text 王芳"
    assert stored(store, "u3") == {likert.id: 5}
    assert "2 participants" in result.summary() and "added" in result.summary()


def test_dont_know_is_offered_and_imported_as_an_answer_apart_from_blank(
    store: WorkshopStore, tmp_path: Path
) -> None:
    path = export(store, tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["王芳"]
    likert, number, multi = (first_of(store, k) for k in ("likert", "number", "multi_choice"))
    single = first_of(store, "single_choice")
    ws[f"D{row_of(ws, likert.id)}"] = "Don't know"  # the drop-down's last choice
    ws[f"D{row_of(ws, number.id)}"] = "don’t know"  # typed, with a curly apostrophe
    ws[f"D{row_of(ws, multi.id)}"] = "Don't know"  # on the question's own row
    ws[f"D{row_of(ws, single.id)}"] = single.options[0].label
    wb.save(path)
    import_prework(store, path)
    answers = {a.question_id: a for a in store.answers_of("u2")}
    for qid in (likert.id, number.id, multi.id):
        assert answers[qid].dont_know and answers[qid].value is None, qid
    assert not answers[single.id].dont_know
    # exported again, the answers read "Don't know" where they were given
    again = openpyxl.load_workbook(export(store, tmp_path, name="again.xlsx"))["王芳"]
    assert again[f"D{row_of(again, multi.id)}"].value == "Don't know"
    assert again[f"D{row_of(again, likert.id)}"].value == "Don't know"


def test_dont_know_beside_marked_options_is_refused_naming_the_cells(
    store: WorkshopStore, tmp_path: Path
) -> None:
    path = export(store, tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["王芳"]
    multi = first_of(store, "multi_choice")
    r = row_of(ws, multi.id)
    ws[f"D{r}"] = "Don't know"
    ws[f"D{r + 1}"] = "x"
    wb.save(path)
    with pytest.raises(ImportRejected) as info:
        import_prework(store, path)
    assert f"Sheet '王芳', cell D{r}: says Don't know but cells D{r + 1}" in "\n".join(
        info.value.problems
    )
    assert store.answers_of("u2") == []


def test_a_workbook_dont_know_against_an_app_value_is_a_conflict(
    store: WorkshopStore, tmp_path: Path
) -> None:
    likert = first_of(store, "likert")
    store.put(model.Answer("u2", likert.id, 4))
    path = export(store, tmp_path)
    wb = openpyxl.load_workbook(path)
    wb["王芳"][f"D{row_of(wb['王芳'], likert.id)}"] = "Don't know"
    wb.save(path)
    with pytest.raises(PreworkConflict) as info:
        import_prework(store, path)
    conflict = info.value.conflicts[0]
    assert (conflict.question_id, conflict.in_workbook) == (likert.id, "Don't know")
    import_prework(store, path, prefer="workbook")
    (answer,) = store.answers_of("u2")
    assert answer.dont_know and answer.value is None


def test_reimporting_the_same_workbook_changes_nothing(
    store: WorkshopStore, tmp_path: Path
) -> None:
    path, _ = _filled_answers(store, tmp_path)
    import_prework(store, path)
    before = store.all(model.Answer)
    again = import_prework(store, path)
    assert (again.added, again.updated) == (0, 0) and again.unchanged == len(before)
    assert store.all(model.Answer) == before  # answered_at untouched too


def test_korean_partner_and_german_participant(store: WorkshopStore, tmp_path: Path) -> None:
    for partner, sheet, pid in (("p2", "한빛 김민준", "u4"), ("p0", "Jürgen Weiß", "u1")):
        path = export(store, tmp_path, partner, f"{partner}.xlsx")
        wb = openpyxl.load_workbook(path)
        assert sheet in wb.sheetnames
        likert = first_of(store, "likert")
        fill(path, {sheet: {f"D{row_of(wb[sheet], likert.id)}": 2}})
        import_prework(store, path)
        assert stored(store, pid) == {likert.id: 2}


# --- problems reported with sheet and cell ---------------------------------------------------


def test_every_bad_answer_is_reported_with_sheet_and_cell_and_nothing_is_stored(
    store: WorkshopStore, tmp_path: Path
) -> None:
    path = export(store, tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Li Wei"]
    likert, single = first_of(store, "likert"), first_of(store, "single_choice")
    multi, ranking = first_of(store, "multi_choice"), first_of(store, "ranking")
    rs, rm, rr = row_of(ws, single.id), row_of(ws, multi.id), row_of(ws, ranking.id)
    ws[f"D{row_of(ws, likert.id)}"] = 9
    ws[f"D{rs}"] = "maybe"
    ws[f"D{rm + 1}"] = "no"
    ws[f"D{rr + 1}"] = 1
    ws[f"D{rr + 2}"] = 1
    wb["王芳"][f"D{row_of(wb['王芳'], likert.id)}"] = 4  # valid, yet not stored either
    wb.save(path)
    with pytest.raises(ImportRejected) as err:
        import_prework(store, path)
    problems = err.value.problems
    assert len(problems) == 4
    rl = row_of(ws, likert.id)
    assert f"Sheet 'Li Wei', cell D{rl}: 9 is outside the scale 1 to 5." in problems
    assert any(
        p.startswith(f"Sheet 'Li Wei', cell D{rs}: 'maybe' is not one of the choices")
        for p in problems
    )
    assert any(
        p.startswith(f"Sheet 'Li Wei', cell D{rm + 1}: 'no' is not a mark") for p in problems
    )
    assert any(
        p.startswith(f"Sheet 'Li Wei', cells D{rr + 1}, D{rr + 2}: rank 1 is given")
        for p in problems
    )
    assert store.all(model.Answer) == []


def test_formulas_in_answer_cells_are_refused(store: WorkshopStore, tmp_path: Path) -> None:
    path = export(store, tmp_path)
    ws = openpyxl.load_workbook(path)["王芳"]
    r = row_of(ws, first_of(store, "likert").id)
    fill(path, {"王芳": {f"D{r}": "=1+2", f"E{r}": '=HYPERLINK("http://evil","x")'}})
    with pytest.raises(ImportRejected) as err:
        import_prework(store, path)
    problems = err.value.problems
    assert f"Sheet '王芳', cell D{r}: holds a formula; type the answer itself." in problems
    assert any(f"cell E{r}" in p for p in err.value.problems)
    assert store.all(model.Answer) == []


def test_merged_cells_in_the_answer_area_are_refused(store: WorkshopStore, tmp_path: Path) -> None:
    path = export(store, tmp_path)
    wb = openpyxl.load_workbook(path)
    r = row_of(wb["王芳"], first_of(store, "likert").id)
    wb["王芳"].merge_cells(f"D{r}:E{r + 1}")
    wb.save(path)
    with pytest.raises(ImportRejected) as err:
        import_prework(store, path)
    assert f"Sheet '王芳': cells D{r}:E{r + 1} are merged; unmerge them." in err.value.problems
    assert ": 1 problem found; nothing was imported." in err.value.message


def test_renamed_sheet_is_refused(store: WorkshopStore, tmp_path: Path) -> None:
    path = export(store, tmp_path)
    wb = openpyxl.load_workbook(path)
    wb["Li Wei"].title = "Li Wei (new)"
    wb.save(path)
    with pytest.raises(ImportRejected) as err:
        import_prework(store, path)
    assert "Sheet 'Li Wei' is missing: it was renamed or deleted." in err.value.problems
    assert any(p.startswith("Sheet 'Li Wei (new)' is not one") for p in err.value.problems)


def test_deleted_sheet_is_refused(store: WorkshopStore, tmp_path: Path) -> None:
    path = export(store, tmp_path)
    wb = openpyxl.load_workbook(path)
    del wb["王芳"]
    wb.save(path)
    with pytest.raises(ImportRejected) as err:
        import_prework(store, path)
    assert err.value.problems == ["Sheet '王芳' is missing: it was renamed or deleted."]


def test_inserted_rows_are_refused(store: WorkshopStore, tmp_path: Path) -> None:
    path = export(store, tmp_path)
    wb = openpyxl.load_workbook(path)
    wb["王芳"].insert_rows(8)
    wb.save(path)
    with pytest.raises(ImportRejected, match="rows must not be inserted"):
        import_prework(store, path)


def _set_meta(path: Path, key: str, value: str) -> None:
    wb = openpyxl.load_workbook(path)
    for row in wb[META].iter_rows(max_col=2):
        if row[0].value == key:
            row[1].value = value
    wb.save(path)


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    [
        # Same title, other id: a second workshop file made for the same deal.
        ("workshop_id", "another", "belongs to another workshop that is also called 'Plattform"),
        ("template_version", "0.9", "questionnaire alignment-core version 0.9"),
        ("partner_id", "gone", "who is not in this workshop"),
        ("format", "partnership-prework/9", "does not read"),
    ],
)
def test_metadata_of_another_workshop_version_or_partner_is_refused(
    store: WorkshopStore, tmp_path: Path, key: str, value: str, reason: str
) -> None:
    path = export(store, tmp_path)
    _set_meta(path, key, value)
    with pytest.raises(ImportRejected, match=reason):
        import_prework(store, path)


def test_a_workbook_of_a_differently_named_workshop_names_both(
    store: WorkshopStore, tmp_path: Path
) -> None:
    path = export(store, tmp_path)
    _set_meta(path, "workshop_id", "another")
    _set_meta(path, "workshop_title", "Batterie-JV 2031")
    with pytest.raises(
        ImportRejected, match="belongs to the workshop 'Batterie-JV 2031', not to 'Plattform 2030"
    ):
        import_prework(store, path)


def test_workbook_of_another_partner_is_refused_when_a_partner_is_expected(
    store: WorkshopStore, tmp_path: Path
) -> None:
    path = export(store, tmp_path, "p1")
    with pytest.raises(ImportRejected, match="pre-work of 华辰汽车, not of 한빛배터리"):
        read_prework(store, path, partner_id="p2")
    # And sheets claiming participants of another partner are refused.
    wb = openpyxl.load_workbook(path)
    for row in wb[META].iter_rows(max_col=2):
        if row[1].value == "u3":
            row[1].value = "u4"
    wb.save(path)
    with pytest.raises(ImportRejected) as err:
        import_prework(store, path)
    assert any("participant of another partner" in p for p in err.value.problems)


def test_a_workbook_without_metadata_is_refused(store: WorkshopStore, tmp_path: Path) -> None:
    path = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "hello"
    wb.save(path)
    with pytest.raises(ImportRejected, match="not a pre-work workbook"):
        import_prework(store, path)


# --- conflicts -------------------------------------------------------------------------------


def _conflicting(store: WorkshopStore, tmp_path: Path) -> tuple[Path, Question, Question]:
    likert, single = first_of(store, "likert"), first_of(store, "single_choice")
    store.put(model.Answer("u2", likert.id, 2, "app comment"))
    path = export(store, tmp_path)
    ws = openpyxl.load_workbook(path)["王芳"]
    fill(
        path,
        {
            "王芳": {
                f"D{row_of(ws, likert.id)}": 5,
                f"D{row_of(ws, single.id)}": single.options[0].label,
            }
        },
    )
    return path, likert, single


def test_conflicts_stop_the_import_and_are_listed(store: WorkshopStore, tmp_path: Path) -> None:
    path, likert, _ = _conflicting(store, tmp_path)
    with pytest.raises(PreworkConflict) as err:
        import_prework(store, path)
    [c] = err.value.conflicts
    assert (c.participant, c.question_id, c.field) == ("王芳", likert.id, "answer")
    assert c.in_app.startswith("2") and c.in_workbook.startswith("5")
    assert err.value.message.startswith("1 answer in the workbook differs from an answer ")
    assert stored(store, "u2") == {likert.id: 2}  # nothing written, not even the new answer
    assert read_prework(store, path).conflicts == err.value.conflicts


def test_prefer_workbook_overwrites(store: WorkshopStore, tmp_path: Path) -> None:
    path, likert, single = _conflicting(store, tmp_path)
    result = import_prework(store, path, prefer="workbook")
    assert stored(store, "u2") == {likert.id: 5, single.id: single.options[0].id}
    assert result.conflicts_overwritten == 1 and result.added == 1
    comment = next(a.comment for a in store.answers_of("u2") if a.question_id == likert.id)
    assert comment == "app comment"  # the workbook's copy of the comment was the same


def test_prefer_existing_keeps_the_apps_values(store: WorkshopStore, tmp_path: Path) -> None:
    path, likert, single = _conflicting(store, tmp_path)
    result = import_prework(store, path, prefer="existing")
    assert stored(store, "u2") == {likert.id: 2, single.id: single.options[0].id}
    assert result.conflicts_kept == 1 and result.added == 1
    assert "(2 participants): 1 answer added, 0 updated" in result.summary()
    assert "; 1 differing answer kept as in the app." in result.summary()


def test_empty_cells_never_clear_answers_given_in_the_app(
    store: WorkshopStore, tmp_path: Path
) -> None:
    likert = first_of(store, "likert")
    path = export(store, tmp_path)  # exported before the answer existed: the cell is empty
    store.put(model.Answer("u2", likert.id, 3))
    result = import_prework(store, path)
    assert stored(store, "u2") == {likert.id: 3}
    assert result.added == result.updated == 0


# --- hostile files ---------------------------------------------------------------------------


def test_oversized_file_is_refused_before_parsing(
    store: WorkshopStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = export(store, tmp_path)
    monkeypatch.setattr(xlsx_safety, "MAX_WORKBOOK_BYTES", 1000)
    with pytest.raises(FileFormatError, match="a pre-work workbook is at most"):
        import_prework(store, path)


def _rezip(src: Path, dst: Path, replace: dict[str, bytes], *, level: int = 6) -> Path:
    with (
        zipfile.ZipFile(src) as zin,
        zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zout,
    ):
        for item in zin.infolist():
            data = replace.get(item.filename, zin.read(item.filename))
            zout.writestr(item.filename, data)
        for name, data in replace.items():
            if name not in zin.namelist():
                zout.writestr(name, data)
    return dst


def test_zip_bomb_is_refused_from_declared_sizes(store: WorkshopStore, tmp_path: Path) -> None:
    path = export(store, tmp_path)
    padding = {"xl/media/padding.bin": b"\0" * (20 * 1024 * 1024)}
    bomb = _rezip(path, tmp_path / "bomb.xlsx", padding, level=9)
    assert bomb.stat().st_size < 1024 * 1024  # small on disk, 20 MB unpacked
    with pytest.raises(FileFormatError, match="zip bomb"):
        import_prework(store, bomb)


def test_huge_declared_total_is_refused(
    store: WorkshopStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = export(store, tmp_path)
    monkeypatch.setattr(xlsx_safety, "MAX_TOTAL_BYTES", 10_000)
    with pytest.raises(FileFormatError, match="would unpack to more than"):
        import_prework(store, path)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>"""


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, EXTERNAL], ids=["expansion", "external"])
def test_xml_entity_tricks_are_refused(
    store: WorkshopStore, tmp_path: Path, payload: bytes
) -> None:
    path = export(store, tmp_path)
    bad = _rezip(path, tmp_path / "bad.xlsx", {"xl/worksheets/sheet2.xml": payload})
    with pytest.raises(FileFormatError, match="declares a document type or entities"):
        import_prework(store, bad)
    assert store.all(model.Answer) == []


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, EXTERNAL], ids=["expansion", "external"])
def test_openpyxl_itself_parses_with_defusedxml(tmp_path: Path, payload: bytes) -> None:
    """The second line of defence: even without our scan, openpyxl refuses entities."""
    import defusedxml

    assert xlsx_safety.defusedxml_active()
    src = tmp_path / "src.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "text"
    wb.save(src)
    bad = _rezip(src, tmp_path / "bad.xlsx", {"xl/worksheets/sheet1.xml": payload})
    with bad.open("rb") as fh, pytest.raises(ValueError) as err:
        openpyxl.load_workbook(fh)
    # openpyxl wraps the parser's refusal; the cause is defusedxml's, not an expansion.
    assert isinstance(err.value.__cause__, defusedxml.DefusedXmlException)


def test_not_an_xlsx_at_all(store: WorkshopStore, tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(FileFormatError, match="is not an Excel workbook"):
        import_prework(store, path)
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(FileFormatError, match="is empty"):
        import_prework(store, empty)
    with pytest.raises(FileFormatError, match="does not exist"):
        import_prework(store, tmp_path / "missing.xlsx")


def test_csv_renamed_to_xlsx(store: WorkshopStore, tmp_path: Path) -> None:
    path = tmp_path / "answers.xlsx"
    path.write_text("participant,question_id,value\n王芳,G01,4\n", encoding="utf-8")
    with pytest.raises(FileFormatError, match=r"is a text \(CSV\) file") as err:
        import_prework(store, path)
    assert err.value.message.endswith("not an Excel workbook.")  # one full stop, no "?."


def test_a_zip_that_is_not_a_workbook(store: WorkshopStore, tmp_path: Path) -> None:
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(FileFormatError, match="not an Excel workbook"):
        import_prework(store, path)


def test_a_truncated_workbook(store: WorkshopStore, tmp_path: Path) -> None:
    path = export(store, tmp_path)
    cut = tmp_path / "cut.xlsx"
    shutil.copy(path, cut)
    data = cut.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(FileFormatError, match="damaged"):
        import_prework(store, cut)


def test_each_sheet_holds_what_its_participant_is_asked_and_imports_after_a_change(
    store: WorkshopStore, tmp_path: Path
) -> None:
    w = store.load()
    excluded = first_of(store, "likert")
    included = next(x for x in w.questionnaire.questions() if x.purposes)
    store.put(
        replace(w.details, excluded_questions=(excluded.id,), included_questions=(included.id,))
    )
    path = export(store, tmp_path)
    wb = openpyxl.load_workbook(path)
    ids = {c.value for c in wb["王芳"]["A"]}
    assert excluded.id not in ids and included.id in ids
    # the facilitator changes the questions after the export: the workbook still imports
    store.put(replace(store.details(), excluded_questions=(), included_questions=()))
    fill(path, {"王芳": {f"D{row_of(wb['王芳'], included.id)}": "Don't know"}})
    import_prework(store, path)
    (answer,) = store.answers_of("u2")
    assert (answer.question_id, answer.dont_know) == (included.id, True)


def test_a_workbook_listing_all_questions_in_the_old_way_still_imports(tmp_path: Path) -> None:
    # Workbooks made before sheets were scoped came from questionnaire 1.0 workshops, where
    # with every purpose every question is asked of everyone.
    v1 = load_template(Path(__file__).parents[1] / "fixtures" / "alignment-core-1.0.yaml")
    w = new_workshop("Plattform 2030", v1)
    w = replace(
        w,
        details=replace(
            w.details,
            primary_purpose=Purpose.SOFTWARE,
            secondary_purposes=tuple(p for p in Purpose if p is not Purpose.SOFTWARE),
        ),
        partners=(
            model.Partner("p0", PARTNERS[0], colour=model.PARTNER_COLOURS[0], position=0),
            model.Partner("p1", PARTNERS[1], colour=model.PARTNER_COLOURS[1], position=1),
        ),
        participants=(model.Participant("u2", "p1", "王芳"),),
    )
    store = create_workshop(tmp_path / "v1.workshop", w)
    path = export(store, tmp_path)
    wb = openpyxl.load_workbook(path)
    meta = wb[META]
    for row in meta.iter_rows(min_col=4, max_col=4):
        row[0].value = None  # older workbooks have no "questions" column
    likert = first_of(store, "likert")
    wb["王芳"][f"D{row_of(wb['王芳'], likert.id)}"] = 4
    wb.save(path)
    try:
        import_prework(store, path)
        assert stored(store, "u2") == {likert.id: 4}
    finally:
        store.close(backup=False)
