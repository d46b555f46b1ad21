"""The command line contract: commands, outputs a script can rely on, and exit codes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import types
from pathlib import Path

import openpyxl
import pytest

from workshop_app import atomic
from workshop_app.cli import main
from workshop_app.demo import build_demo
from workshop_app.domain.enums import QuestionType
from workshop_app.domain.heads import HEADS
from workshop_app.domain.model import Workshop
from workshop_app.exchange.json_io import read_json, workshop_to_json
from workshop_app.exchange.templates import default_template
from workshop_app.storage.store import open_workshop


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_error(err: str) -> str:
    assert "Traceback" not in err
    first = err.strip().splitlines()[0]
    assert first.startswith("workshop-app: ")
    return first


def test_demo_check_info_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "d.workshop"
    code, out, _ = _run(capsys, "demo", path)
    assert code == 0 and "3 partners" in out
    demo = build_demo("small")
    assert _run(capsys, "check", path)[:2] == (
        0,
        f"d.workshop: healthy (schema 0005_participant_language; 3 partners, "
        f"{len(demo.participants)} participants, {len(demo.answers)} answers).\n",
    )
    code, out, _ = _run(capsys, "info", path, "--json")
    assert code == 0
    info = json.loads(out)
    with open_workshop(path, read_only=True) as store:
        workshop = store.load()
    assert [p["name"] for p in info["partners"]] == [p.name for p in workshop.partners]
    assert "한빛배터리 Hanbit Battery" in [p["name"] for p in info["partners"]]
    for p in info["partners"]:
        for person in p["participants"]:
            assert person["answers"] == len(workshop.answers_of(person["id"]))
            assert person["language"] == workshop.participant(person["id"]).language
        assert p["answers"] == sum(x["answers"] for x in p["participants"])
    assert info["counts"]["answers"] == len(workshop.answers)
    hanbit = next(p for p in info["partners"] if "Hanbit" in p["name"])
    assert {person["language"] for person in hanbit["participants"]} == {"ko"}
    assert info["counts"]["participants"] == len(workshop.participants)
    heads = info["heads_of_terms"]
    assert [(h["number"], h["key"]) for h in heads] == [(h.number, h.key) for h in HEADS]
    status = {h["key"]: h["status"] for h in heads}
    assert status["disputes"] == "agreed" and status["transfers"] == "not_applicable"
    exit_head = heads[11]  # recorded agreed, held open by its open gaps
    assert (exit_head["recorded_status"], exit_head["status"]) == ("agreed", "open")
    assert exit_head["open_gaps"] and set(exit_head["open_gaps"]) <= set(exit_head["gaps"])
    assert len(heads[1]["positions"]) == 3
    assert info["parties"][0]["legal_name"] == "Nordwerk Fahrzeugbau Württemberg AG"
    assert 0 <= info["completion"] <= 1
    assert info["analysis"]["overall_index"] is not None
    assert [f.name for f in tmp_path.iterdir()] == ["d.workshop"]  # reading left no side files


def test_info_text_summarises_partners_completion_and_gaps(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "info", demo_path)
    assert code == 0
    assert "华辰汽车 Huachen Auto" in out and "participants" in out
    assert "Completion: " in out
    assert "Overall alignment index: " in out
    assert "Top gaps" in out
    heads = out.split("Heads of terms not yet agreed (9 of 16):\n")[1].splitlines()
    assert heads[0] == "   2 Purpose and scope: open"
    assert "  12 Exit: open" in heads  # recorded agreed, but two of its gaps are open
    assert not any("Disputes" in line for line in heads)


def test_demo_refuses_to_overwrite_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "d.workshop"
    path.write_bytes(b"keep me")
    code, _, err = _run(capsys, "demo", path)
    assert code == 1 and "already exists" in _one_line_error(err)
    assert path.read_bytes() == b"keep me"
    assert _run(capsys, "demo", path, "--force", "--seed", "7")[0] == 0
    assert _run(capsys, "check", path)[0] == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"hello, not a database", "is not a Partnership Workshop file"),
        (b"", "is empty"),
    ],
)
def test_check_refuses_what_is_not_a_workshop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    path = tmp_path / "x.workshop"
    path.write_bytes(content)
    code, _, err = _run(capsys, "check", path)
    assert code == 1 and message in _one_line_error(err)


def test_a_missing_file_is_a_user_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "info", tmp_path / "nope.workshop")
    assert code == 1 and "does not exist" in _one_line_error(err)


def test_import_answers_and_second_import(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scale = next(q.id for q in default_template().questions() if q.type is QuestionType.LIKERT)
    csv = tmp_path / "a.csv"
    csv.write_text(
        "participant,partner,question_id,value,comment\n"
        f"Neue Person,nordwerk,{scale},3,Erste Antwort\n"
        f"王芳,华辰,{scale},5,\n",
        encoding="utf-8",
    )
    code, out, _ = _run(capsys, "import-answers", demo_path, csv)
    assert code == 0 and "Neue Person (Nordwerk)" in out
    code, out, _ = _run(capsys, "import-answers", demo_path, csv)
    assert code == 0 and "0 answers added, 0 changed, 2 unchanged" in out


def test_import_answers_bad_rows_exit_1_naming_rows(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_workshop(demo_path, read_only=True) as store:
        before = store.load()
    csv = tmp_path / "bad.csv"
    csv.write_text("participant,partner,question_id,value\nX,Nobody Inc,G01,3\n", encoding="utf-8")
    code, _, err = _run(capsys, "import-answers", demo_path, csv)
    assert code == 1
    assert "nothing was changed" in _one_line_error(err)
    assert "row 2: unknown partner 'Nobody Inc'" in err
    with open_workshop(demo_path, read_only=True) as store:
        assert store.load() == before


def test_export_json_then_import_json_round_trips(
    demo_path: Path, tmp_path: Path, small_demo: Workshop, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "w.json"
    assert _run(capsys, "export", demo_path, "--json", exported)[0] == 0
    assert read_json(exported) == small_demo
    out = tmp_path / "copy.workshop"
    assert _run(capsys, "import-json", exported, out)[0] == 0
    with open_workshop(out, read_only=True) as store:
        assert store.load() == small_demo
    before = out.read_bytes()
    code, _, err = _run(capsys, "import-json", exported, out)
    assert code == 1 and "never overwrites" in _one_line_error(err)
    assert out.read_bytes() == before


def test_import_json_bad_document_names_path(
    tmp_path: Path, small_demo: Workshop, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = workshop_to_json(small_demo)
    del doc["details"]["id"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    code, _, err = _run(capsys, "import-json", bad, tmp_path / "out.workshop")
    assert code == 1 and "details.id: is missing" in _one_line_error(err)
    assert not (tmp_path / "out.workshop").exists()


def test_export_needs_an_output(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "export", demo_path)
    assert code == 2 and "--xlsx, --pdf, --json" in err


def test_export_term_sheet_and_pdf(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xlsx, pdf = tmp_path / "t.xlsx", tmp_path / "s.pdf"
    code, out, err = _run(
        capsys,
        "export",
        demo_path,
        "--xlsx",
        xlsx,
        "--pdf",
        pdf,
        "--variant",
        "full",
        "--page-size",
        "Letter",
    )
    assert code == 0, err
    assert xlsx.read_bytes()[:2] == b"PK" and pdf.read_bytes()[:5] == b"%PDF-"
    assert f"Wrote {xlsx}" in out and f"Wrote {pdf}" in out


def test_export_checks_every_target_before_writing_any(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out_json = folder / "w.json"
    code, out, err = _run(
        capsys,
        "export",
        demo_path,
        "--json",
        out_json,
        "--pdf",
        folder / "no such folder" / "s.pdf",
    )
    assert code == 1 and out == ""
    assert "no such folder" in _one_line_error(err) and "does not exist" in err
    code, out, err = _run(capsys, "export", demo_path, "--json", out_json, "--xlsx", folder)
    assert code == 1 and "is a folder" in _one_line_error(err)
    code, _, err = _run(capsys, "export", demo_path, "--json", out_json, "--pdf", out_json)
    assert code == 2 and "its own name" in err
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigterm_during_an_export_leaves_no_temporary_file(
    demo_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()

    def terminated_while_renaming(src: object, dst: object) -> None:
        os.kill(os.getpid(), signal.SIGTERM)  # as "kill PID" from another shell

    monkeypatch.setattr(atomic.os, "replace", terminated_while_renaming)
    before = signal.getsignal(signal.SIGTERM)
    code, _, err = _run(capsys, "export", demo_path, "--xlsx", folder / "t.xlsx")
    assert code == 128 + signal.SIGTERM
    assert "terminated" in _one_line_error(err)
    assert list(folder.iterdir()) == []  # the written temp file was removed
    assert signal.getsignal(signal.SIGTERM) == before  # the handler is put back


def test_prework_export_and_import(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = tmp_path / "한빛.xlsx"
    code, out, err = _run(capsys, "prework", "export", demo_path, "--partner", "한빛", book)
    assert code == 0, err
    assert "한빛배터리 Hanbit Battery" in out and book.read_bytes()[:2] == b"PK"
    # 김민준 writes a new answer into the workbook; the import takes it into the workshop.
    with open_workshop(demo_path) as store:
        workshop = store.load()
    person = next(p for p in workshop.participants if p.name == "김민준")
    texts = {q.id for q in workshop.questionnaire.questions() if q.type is QuestionType.TEXT}
    wb = openpyxl.load_workbook(book)
    sheet = wb[person.name]
    row = next(c.row for c in sheet["A"] if c.value in texts)
    question_id = sheet[f"A{row}"].value
    sheet[f"D{row}"] = "Gemeinsam führen, 함께 이끌기."
    wb.save(book)
    code, out, err = _run(capsys, "prework", "import", demo_path, book, "--prefer", "workbook")
    assert code == 0, err
    assert "pre-work of 한빛배터리 Hanbit Battery (3 participants)" in out
    people = {p.id for p in workshop.participants if p.partner_id == person.partner_id}
    given = sum(a.participant_id in people for a in workshop.answers)
    assert f"0 answers added, 1 updated, {given - 1} unchanged" in out, out
    assert "1 differing answer taken from the workbook" in out, out
    with open_workshop(demo_path) as store:
        answers = {(a.participant_id, a.question_id): a.value for a in store.load().answers}
    assert answers[(person.id, question_id)] == "Gemeinsam führen, 함께 이끌기."


def test_prework_partner_is_matched_by_name_or_short_name(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(
        capsys, "prework", "export", demo_path, "--partner", "Acme", tmp_path / "p.xlsx"
    )
    assert code == 1
    line = _one_line_error(err)
    assert "No partner is called 'Acme'" in line and "한빛배터리 Hanbit Battery (한빛)" in line


def test_forms_list_and_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "forms", "list")
    assert code == 0 and "alignment-core" in out
    path = out.splitlines()[1].strip()
    code, out, _ = _run(capsys, "forms", "validate", path)
    assert code == 0 and "valid" in out
    bad = tmp_path / "bad.yaml"
    text = Path(path).read_text(encoding="utf-8")
    bad.write_text(text.replace("type: likert", "type: slider", 1), encoding="utf-8")
    code, _, err = _run(capsys, "forms", "validate", bad)
    assert code == 1 and "'slider'" in _one_line_error(err) and "field 'type'" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["demo"],
        ["demo", "x.workshop", "--size", "huge"],
        ["info"],
        ["forms"],
        ["prework"],
        ["export", "f", "--variant", "short", "--json", "x"],
        ["--frobnicate"],
        ["no-such-file.workshop", "extra"],
        ["no-such-file.workshop"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, *argv)
    assert code == 2
    assert "Traceback" not in err and "error" in err


def test_version_and_help_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "--version")[0] == 0
    code, out, _ = _run(capsys, "--help")
    assert code == 0 and "import-answers" in out


def test_without_a_command_the_desktop_app_opens(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str | None] = []
    fake = types.ModuleType("workshop_app.ui.app")
    fake.run_app = lambda path: opened.append(path) or 0  # type: ignore[attr-defined]  # a stand-in module
    monkeypatch.setitem(sys.modules, "workshop_app.ui.app", fake)
    assert main([]) == 0
    assert main([str(demo_path)]) == 0
    assert opened == [None, str(demo_path)]


def test_without_a_display_the_desktop_app_is_a_clear_error_not_an_abort(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    fake = types.ModuleType("workshop_app.ui.app")
    fake.run_app = lambda path: pytest.fail("Qt must not start")  # type: ignore[attr-defined]  # a stand-in module
    monkeypatch.setitem(sys.modules, "workshop_app.ui.app", fake)
    code, _, err = _run(capsys, demo_path)
    assert code == 1
    assert "needs a graphical session" in _one_line_error(err)


def test_python_dash_m_runs_and_errors_have_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "x.workshop"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84)
    result = subprocess.run(
        [sys.executable, "-m", "workshop_app", "check", str(bad)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "another application" in result.stderr
