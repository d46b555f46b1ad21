"""Questionnaire templates as Excel forms: the round trip, LibreOffice, hostile workbooks."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from jsonschema import Draft202012Validator

from workshop_app.cli import main
from workshop_app.domain.errors import FileFormatError, ImportRejected
from workshop_app.domain.model import Workshop
from workshop_app.domain.questionnaire import Revision
from workshop_app.domain.questionnaire_edit import template_data
from workshop_app.domain.template_format import questionnaire_from_dict
from workshop_app.domain.template_rules import check_template
from workshop_app.exchange import json_io
from workshop_app.exchange.forms_xlsx import write_form_xlsx
from workshop_app.exchange.forms_xlsx_read import read_form_xlsx
from workshop_app.exchange.templates import (
    builtin_template_paths,
    load_template,
    read_template_data,
)

SHIPPED = builtin_template_paths()


def _header_col(ws, name: str) -> int:
    for cell in ws[1]:
        if str(cell.value).split("::")[0] == name:
            return cell.column
    raise AssertionError(f"no column {name}")


def _row_of(ws, qid: str) -> int:
    col = _header_col(ws, "name")
    for r in range(2, ws.max_row + 1):
        if ws.cell(row=r, column=col).value == qid and ws.cell(row=r, column=1).value not in (
            "begin_group",
            "end_group",
        ):
            return r
    raise AssertionError(f"no row {qid}")


@pytest.fixture
def form(tmp_path: Path) -> Path:
    path = tmp_path / "form.xlsx"
    assert main(["forms", "export-xlsx", "alignment-core", str(path)]) == 0
    return path


@pytest.mark.parametrize("template", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_yaml_to_xlsx_to_yaml_is_lossless(template: Path, tmp_path: Path) -> None:
    xlsx, back = tmp_path / "form.xlsx", tmp_path / "back.yaml"
    assert main(["forms", "export-xlsx", str(template), str(xlsx)]) == 0
    assert main(["forms", "import-xlsx", str(xlsx), str(back)]) == 0
    # The data as written, not only as loaded: "all" and left-out tags stay apart.
    assert read_template_data(back) == read_template_data(template)
    assert load_template(back) == load_template(template)
    assert main(["forms", "validate", str(back)]) == 0


def test_sheets_and_columns_follow_xlsform(form: Path) -> None:
    wb = openpyxl.load_workbook(form)
    assert wb.sheetnames[:3] == ["survey", "choices", "settings"]
    survey = [c.value for c in wb["survey"][1]]
    assert survey[:5] == [
        "type",
        "name",
        "label::English (en)",
        "hint::English (en)",
        "short::English (en)",
    ]
    for name in (
        "element",
        "weight",
        "measures",
        "phases",
        "purposes",
        "functions",
        "tolerance",
        "clause",
        "sensitive",
    ):
        assert name in survey
    assert [c.value for c in wb["choices"][1]] == [
        "list_name",
        "name",
        "label::English (en)",
        "label::German (de)",
        "label::Chinese (zh_CN)",
        "label::Korean (ko)",
    ]
    assert "label::Korean (ko)" in survey and "hint::German (de)" in survey
    settings = {
        c.value: wb["settings"].cell(row=2, column=c.column).value for c in wb["settings"][1]
    }
    q = load_template(SHIPPED[0])
    assert settings["form_id"] == q.template_id and settings["version"] == q.version
    assert settings["default_language"] == "English (en)"
    g01 = _row_of(wb["survey"], "G01")
    assert wb["survey"].cell(row=g01, column=1).value == "select_one G01"


def test_a_workbook_edited_and_saved_by_libreoffice_imports(form: Path, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    wb = openpyxl.load_workbook(form)
    ws = wb["survey"]
    row = _row_of(ws, "G01")
    ws.cell(row=row, column=_header_col(ws, "label")).value = "Why does your firm want this deal?"
    ws.cell(row=row, column=_header_col(ws, "weight")).value = 2
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    out = tmp_path / "lo"
    profile = tmp_path / "profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(edited),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    saved = out / "edited.xlsx"
    target = tmp_path / "from-lo.yaml"
    assert main(["forms", "import-xlsx", str(saved), str(target)]) == 0
    q = load_template(target)
    assert q.question("G01").text == "Why does your firm want this deal?"
    assert q.question("G01").weight == 2
    original = load_template(SHIPPED[0])
    assert [x.id for x in q.questions()] == [x.id for x in original.questions()]
    # Everything else came through LibreOffice unchanged.
    assert [x for x in q.questions() if x.id != "G01"] == [
        x for x in original.questions() if x.id != "G01"
    ]
    assert (q.glossary, q.title, q.version, q.description) == (
        original.glossary,
        original.title,
        original.version,
        original.description,
    )


def _refused(path: Path) -> str:
    with pytest.raises(ImportRejected) as info:
        read_form_xlsx(path)
    return str(info.value)


def test_a_formula_is_refused_with_sheet_row_and_column(form: Path, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(form)
    ws = wb["survey"]
    row = _row_of(ws, "G01")
    col = _header_col(ws, "weight")
    ws.cell(row=row, column=col).value = "=1+1"
    bad = tmp_path / "formula.xlsx"
    wb.save(bad)
    letter = openpyxl.utils.get_column_letter(col)
    assert f"sheet 'survey', row {row}, column {letter} (weight): holds a formula" in _refused(bad)


def test_format_errors_point_at_the_cell(form: Path, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(form)
    ws = wb["survey"]
    row = _row_of(ws, "G02")
    ws.cell(row=row, column=_header_col(ws, "type")).value = "likert_scale G02"
    bad = tmp_path / "type.xlsx"
    wb.save(bad)
    assert f"sheet 'survey', row {row}, column A (type): 'likert_scale G02' is not a" in (
        _refused(bad)
    )
    # A problem the template format finds: a question's label left empty.
    wb = openpyxl.load_workbook(form)
    ws = wb["survey"]
    row = _row_of(ws, "G03")
    ws.cell(row=row, column=_header_col(ws, "label")).value = None
    bad = tmp_path / "label.xlsx"
    wb.save(bad)
    assert f"sheet 'survey', row {row}, column C (label::English (en)): must be non-empty" in (
        _refused(bad)
    )
    # A duplicate option id is found in the choices sheet.
    wb = openpyxl.load_workbook(form)
    ch = wb["choices"]
    rows = [r for r in range(2, ch.max_row + 1) if ch.cell(row=r, column=1).value == "G01"]
    ch.cell(row=rows[1], column=2).value = ch.cell(row=rows[0], column=2).value
    bad = tmp_path / "dup.xlsx"
    wb.save(bad)
    assert f"sheet 'choices', row {rows[1]}, column B (name): duplicate option id" in _refused(bad)


def test_a_language_the_product_lacks_and_unknown_columns_are_refused(
    form: Path, tmp_path: Path
) -> None:
    wb = openpyxl.load_workbook(form)
    ws = wb["survey"]
    col = ws.max_column + 1
    ws.cell(row=1, column=col).value = "label::Français (fr)"
    ws.cell(row=1, column=col + 1).value = "relevant"
    bad = tmp_path / "lang.xlsx"
    wb.save(bad)
    message = _refused(bad)
    letter = openpyxl.utils.get_column_letter(col)
    assert (
        f"sheet 'survey', row 1, column {letter} (label::Français (fr)): column "
        "'label::Français (fr)' is in language 'fr', which is neither" in message
    )
    assert "'relevant' is not a column name this form knows" in message


def test_hostile_workbooks_are_refused_before_parsing(form: Path, tmp_path: Path) -> None:
    # Entities (billion laughs) in a part.
    evil = tmp_path / "entities.xlsx"
    with zipfile.ZipFile(form) as src, zipfile.ZipFile(evil, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/workbook.xml":
                data = b'<!DOCTYPE x [<!ENTITY a "aaaa">]>' + data
            dst.writestr(item, data)
    with pytest.raises(FileFormatError, match="declares a document type or entities"):
        read_form_xlsx(evil)
    # A zip bomb: a part that expands thousands of times.
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(form) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item.filename, src.read(item))
        dst.writestr("xl/media/padding.bin", b"\0" * (3 * 1024 * 1024))
    with pytest.raises(FileFormatError, match="zip bomb"):
        read_form_xlsx(bomb)
    # Too large, and not a workbook at all.
    big = tmp_path / "big.xlsx"
    big.write_bytes(b"PK\x03\x04" + b"\0" * (6 * 1024 * 1024))
    with pytest.raises(FileFormatError, match="MB"):
        read_form_xlsx(big)
    csv = tmp_path / "renamed.xlsx"
    csv.write_text("type,name,label\nlikert,G01,Hello\n")
    with pytest.raises(FileFormatError, match="CSV"):
        read_form_xlsx(csv)


def test_a_refused_import_leaves_the_output_file_untouched(
    form: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wb = openpyxl.load_workbook(form)
    wb["settings"]["A2"] = "not an id!"
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    target = tmp_path / "out.yaml"
    target.write_text("keep me")
    assert main(["forms", "import-xlsx", str(bad), str(target)]) == 1
    assert "sheet 'settings', row 2, column A (form_id)" in capsys.readouterr().err
    assert target.read_text() == "keep me"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_writing_rule_problems_are_reported_but_the_template_is_written(
    form: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wb = openpyxl.load_workbook(form)
    ws = wb["survey"]
    ws.cell(row=_row_of(ws, "G01"), column=_header_col(ws, "phases")).value = None
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    target = tmp_path / "out.yaml"
    assert main(["forms", "import-xlsx", str(edited), str(target)]) == 0
    assert "question G01, field 'phases': missing" in capsys.readouterr().err
    data = read_template_data(target)
    assert check_template(data, load_template(target), "x")


def test_wording_revisions_travel_in_excel_and_interchange_json(
    small_demo: Workshop, tmp_path: Path
) -> None:
    q = small_demo.questionnaire
    first = next(iter(q.questions()))
    revised = replace(q, revisions=(Revision(first.id, "text", "The old wording", "2026-11-29"),))
    out = tmp_path / "revised.xlsx"
    write_form_xlsx(template_data(revised), out)
    data, _ = read_form_xlsx(out)
    assert questionnaire_from_dict(data, "form") == revised
    doc = json.loads(json_io.dumps(replace(small_demo, questionnaire=revised)))
    Draft202012Validator(json_io.interchange_schema()).validate(doc)
    assert json_io.workshop_from_json(doc).questionnaire.revisions == revised.revisions


def test_a_question_moved_to_another_element_in_excel_lands_there(
    form: Path, tmp_path: Path
) -> None:
    wb = openpyxl.load_workbook(form)
    ws = wb["survey"]
    row = _row_of(ws, "G01")
    ws.cell(row=row, column=_header_col(ws, "element")).value = "exit"
    edited = tmp_path / "moved.xlsx"
    wb.save(edited)
    data, _ = read_form_xlsx(edited)
    q = questionnaire_from_dict(data, "moved")
    assert q.element_of("G01").value == "exit"
    # In row order within its element (its row comes before the exit rows), and the
    # sections stay in element order.
    assert q.section(q.element_of("G01")).questions[0].id == "G01"
    assert [s.element.value for s in q.sections][-1] == "exit"
