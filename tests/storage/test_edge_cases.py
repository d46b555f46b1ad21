"""The smaller ways a workshop could be lost or misread (issue point 6), each fixed."""

from __future__ import annotations

import json
import shutil
import unicodedata
from pathlib import Path

import pytest

from workshop_app import atomic, cli
from workshop_app.domain import model
from workshop_app.domain.errors import ValidationError
from workshop_app.exchange.json_io import workshop_to_json
from workshop_app.storage import opening as store_module
from workshop_app.storage.store import ReadOnlyFileError, open_workshop


def _error(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    return err


@pytest.fixture
def read_only_file(demo_path: Path, monkeypatch: pytest.MonkeyPatch):
    demo_path.chmod(0o444)
    real_access = store_module.os.access
    # Root may write to anything; what counts is what the permission check says.
    monkeypatch.setattr(
        store_module.os,
        "access",
        lambda p, mode: False if Path(p) == demo_path else real_access(p, mode),
    )
    yield demo_path
    demo_path.chmod(0o644)


def test_a_read_only_file_is_offered_read_only_in_the_app(
    qtbot, read_only_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from workshop_app.ui.mainwindow import MainWindow

    asked: list[str] = []

    def answer(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Open

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(read_only_file)
    assert "the file is read-only" in asked[0] and "Open it read-only?" in asked[0]
    assert window.session is not None and window.session.read_only
    assert window.session.workshop().partners
    window.close_workshop()


def test_a_read_only_file_is_explained_by_writing_commands(
    read_only_file: Path, tmp_path: Path, capsys
) -> None:
    csv = tmp_path / "a.csv"
    csv.write_text("participant,partner,question_id,value\n", encoding="utf-8")
    assert cli.main(["import-answers", str(read_only_file), str(csv)]) == 1
    assert "cannot be changed: you may not change it (the file is read-only)" in _error(capsys)
    assert cli.main(["check", str(read_only_file)]) == 0  # reading still works
    with pytest.raises(ReadOnlyFileError):
        open_workshop(read_only_file)


def test_a_flipped_page_size_byte_is_damage_not_truncation(demo_path: Path, capsys) -> None:
    data = bytearray(demo_path.read_bytes())
    data[16] ^= 0x01  # 4096 -> 4352: no power of two
    demo_path.write_bytes(bytes(data))
    assert cli.main(["check", str(demo_path)]) == 1
    err = _error(capsys)
    assert "impossible page size" in err and "truncated" not in err


def test_import_json_refuses_huge_positions_in_one_line_without_temp_names(
    tmp_path: Path, small_demo: model.Workshop, capsys
) -> None:
    doc = workshop_to_json(small_demo)
    doc["partners"][0]["position"] = 2**63
    src = tmp_path / "huge.json"
    src.write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "out.workshop"
    assert cli.main(["import-json", str(src), str(out)]) == 1
    err = _error(capsys)
    assert "position" in err and "too large" in err
    assert atomic.TEMP_PREFIX not in err and ".new-" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["huge.json"]


def test_a_decomposed_name_is_the_same_name(demo_store) -> None:
    existing = demo_store.all(model.Partner)[0]
    nfd = unicodedata.normalize("NFD", existing.name.upper())
    composed = unicodedata.normalize("NFC", existing.name)
    assert nfd != composed or existing.name.isascii()
    lookalike = model.Partner(model.new_id(), nfd, colour="#123456")
    with pytest.raises(ValidationError, match="already in this workshop"):
        demo_store.put(lookalike)
    assert demo_store.count(model.Partner) == 3


def test_a_decomposed_duplicate_in_a_json_import_is_refused(
    tmp_path: Path, small_demo: model.Workshop, capsys
) -> None:
    doc = workshop_to_json(small_demo)
    doc["partners"][0]["name"] = unicodedata.normalize("NFC", "Nordwerk Süd")
    doc["partners"][1]["name"] = unicodedata.normalize("NFD", "Nordwerk Süd")
    src = tmp_path / "twins.json"
    src.write_text(json.dumps(doc), encoding="utf-8")
    assert cli.main(["import-json", str(src), str(tmp_path / "out.workshop")]) == 1
    assert "same name" in _error(capsys)


def test_a_number_given_for_a_text_answer_is_refused(
    tmp_path: Path, small_demo: model.Workshop, capsys
) -> None:
    doc = workshop_to_json(small_demo)
    q = small_demo.questionnaire
    index, answer = next(
        (i, a)
        for i, a in enumerate(doc["answers"])
        if q.question(a["question_id"]).type.value == "text"
    )
    answer["value"] = 42
    src = tmp_path / "number.json"
    src.write_text(json.dumps(doc), encoding="utf-8")
    assert cli.main(["import-json", str(src), str(tmp_path / "out.workshop")]) == 1
    err = _error(capsys)
    assert f"answers[{index}]" in err and "not text" in err


def test_a_copy_file_in_the_backup_folder_is_not_a_backup(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workshop_app.storage import backups

    monkeypatch.setenv("WORKSHOP_APP_DATA_DIR", str(tmp_path / "data"))
    folder = backups.backup_folder(demo_path)
    folder.mkdir(parents=True)
    shutil.copy(demo_path, folder / ".copy-1a2b3c.workshop")
    shutil.copy(demo_path, folder / f"{atomic.TEMP_PREFIX}1-0123456789ab-demo.workshop")
    assert backups.list_backups(demo_path) == []
