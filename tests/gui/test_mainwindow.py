"""The main window driven like a person would: files, menus, undo, refusals."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QTextBrowser

from workshop_app.exchange.templates import builtin_template_paths
from workshop_app.storage.lock import WriterLock
from workshop_app.storage.store import open_workshop
from workshop_app.ui.mainwindow import MainWindow, lock_path
from workshop_app.ui.start import NewWorkshopDialog, recent_files


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message box shown, as (kind, text); none is left modal."""
    shown: list[tuple[str, str]] = []

    def record(kind: str, result: object = QMessageBox.StandardButton.Ok):
        def show(parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            return result

        return show

    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "critical", record("critical"))
    return shown


@pytest.fixture
def window(qtbot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    return w


def _reload(path: Path):
    store = open_workshop(path, read_only=True)
    try:
        return store.load()
    finally:
        store.close(backup=False)


def test_new_workshop_flow_creates_and_opens_the_file(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    template = builtin_template_paths()[0]
    monkeypatch.setattr(
        NewWorkshopDialog, "ask", staticmethod(lambda parent: ("Allianz 电池 배터리", template))
    )
    target = tmp_path / "Allianz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions.new.trigger()
    path = target.with_suffix(".workshop")
    assert path.exists()
    assert window.session is not None and window.session.store.path == path.resolve()
    assert window.windowTitle() == "Allianz 电池 배터리 — Allianz.workshop"
    assert window.nav.count() == 9
    assert [window.nav.item(i).text() for i in range(2)] == ["Setup", "Questionnaire"]
    assert recent_files()[0] == str(path.resolve())
    assert _reload(path).details.title == "Allianz 电池 배터리"


def test_cancelled_new_workshop_changes_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(NewWorkshopDialog, "ask", staticmethod(lambda parent: None))
    window.actions.new.trigger()
    assert window.session is None
    assert window.stack.currentWidget() is window.start


def test_corrupt_file_from_the_menu_is_refused_and_the_app_goes_on(
    window: MainWindow,
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    messages: list[tuple[str, str]],
) -> None:
    assert window.open_path(demo_path)
    bad = tmp_path / "broken.workshop"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x07" * 300)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.actions.open.trigger()
    assert messages and messages[-1][0] == "warning"
    assert "broken.workshop" in messages[-1][1]
    # The open workshop stays open and editable; the refused file is not locked.
    assert window.session is not None and window.session.store.path == demo_path.resolve()
    assert not lock_path(bad).exists()


def test_unopenable_file_without_a_workshop_shows_the_start_screen(
    window: MainWindow, tmp_path: Path, messages: list[tuple[str, str]]
) -> None:
    text = tmp_path / "notes.workshop"
    text.write_text("not a workshop", encoding="utf-8")
    assert not window.open_path(text)
    assert window.stack.currentWidget() is window.start
    assert "not a Partnership Workshop file" in window.start.message.text()
    assert window.start.message.isVisibleTo(window)


def test_second_window_on_the_same_file_opens_read_only(
    window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = WriterLock(demo_path.resolve(), "workshop-app import-answers")
    other.acquire()
    asked: list[str] = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Open

    monkeypatch.setattr(QMessageBox, "question", answer)
    try:
        assert window.open_path(demo_path)
        assert "is being changed by workshop-app import-answers (process" in asked[0]
        assert window.session is not None and window.session.read_only
        assert window.banner.isVisibleTo(window)
        assert "Read-only" in window.banner.text()
        setup = window.page("setup")
        assert not setup.add_partner_button.isEnabled()
        assert not setup.form_widget.isEnabled()
        assert not window.actions.import_answers.isEnabled()
        assert "(read-only)" in window.windowTitle()
    finally:
        window.close_workshop()
        other.release()


def test_second_window_refused_when_cancelled(
    qtbot, window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.open_path(demo_path)
    second = MainWindow()
    qtbot.addWidget(second)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Cancel)
    assert not second.open_path(demo_path)
    assert second.session is None
    # The first window still writes.
    setup = window.page("setup")
    setup.form.locationEdit.setText("München")
    setup.form.locationEdit.editingFinished.emit()
    assert _reload(demo_path).details.location == "München"


def test_close_releases_the_lock_and_shows_the_start_screen(
    window: MainWindow, demo_path: Path
) -> None:
    assert window.open_path(demo_path)
    assert lock_path(demo_path.resolve()).exists()
    window.actions.close.trigger()
    assert window.session is None
    assert window.stack.currentWidget() is window.start
    assert not lock_path(demo_path.resolve()).exists()
    assert not window.actions.save_copy.isEnabled()
    probe = WriterLock(demo_path)
    probe.acquire()  # would raise FileInUseError if the window still held it
    probe.release()


def test_undo_and_redo_from_the_edit_menu(window: MainWindow, demo_path: Path) -> None:
    assert window.open_path(demo_path)
    setup = window.page("setup")
    old = _reload(demo_path).details.title
    setup.form.titleEdit.setText("Neuer Titel – 新标题")
    setup.form.titleEdit.editingFinished.emit()
    assert _reload(demo_path).details.title == "Neuer Titel – 新标题"
    assert window.windowTitle().startswith("Neuer Titel – 新标题")
    assert window.save_label.text() == "All changes saved"
    assert window.actions.undo.isEnabled()
    window.actions.undo.trigger()
    assert _reload(demo_path).details.title == old
    assert setup.form.titleEdit.text() == old
    window.actions.redo.trigger()
    assert _reload(demo_path).details.title == "Neuer Titel – 新标题"


def test_failed_save_is_loud_and_keeps_the_edit(window: MainWindow, demo_path: Path) -> None:
    assert window.open_path(demo_path)
    setup = window.page("setup")
    old = _reload(demo_path).details.title
    setup.form.titleEdit.setText("   ")
    setup.form.titleEdit.editingFinished.emit()
    assert window.save_label.text().startswith("NOT SAVED")
    assert "Workshop title" in window.save_label.text()
    assert window.save_label.property("failed") is True
    assert setup.details_error.isVisibleTo(window)
    assert setup.form.titleEdit.text() == "   "  # still there to fix and retry
    assert _reload(demo_path).details.title == old
    setup.form.titleEdit.setText("Fixed")
    setup.form.titleEdit.editingFinished.emit()
    assert window.save_label.text() == "All changes saved"
    assert not setup.details_error.isVisibleTo(window)


def test_save_a_copy(
    window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert window.open_path(demo_path)
    target = tmp_path / "copies" / "Kopie 副本.workshop"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions.save_copy.trigger()
    copy = _reload(target)
    original = _reload(demo_path)
    assert copy.details == original.details
    assert len(copy.answers) == len(original.answers)


def test_import_answers_csv_and_a_rejected_one(
    qtbot,
    window: MainWindow,
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    messages: list[tuple[str, str]],
) -> None:
    assert window.open_path(demo_path)
    w = window.session.workshop()
    partner = w.partners[0]
    likert = next(q for q in w.questionnaire.questions() if q.type.value == "likert")
    good = tmp_path / "answers.csv"
    good.write_text(
        f"participant,partner,question_id,value\nNeue Person Ü,{partner.name},{likert.id},2\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    window.actions.import_answers.trigger()  # read off the UI thread
    qtbot.waitUntil(lambda: len(messages) == 1)
    assert messages[-1][0] == "information"
    assert "Neue Person Ü" in [p.name for p in _reload(demo_path).participants]
    window.session.undo_stack.undo()  # the whole import is one undo step
    assert "Neue Person Ü" not in [p.name for p in _reload(demo_path).participants]
    window.session.undo_stack.redo()
    assert "Neue Person Ü" in [p.name for p in _reload(demo_path).participants]

    bad = tmp_path / "bad.csv"
    bad.write_text(
        f"participant,partner,question_id,value\nX,{partner.name},{likert.id},99\n",
        encoding="utf-8",
    )
    before = len(_reload(demo_path).answers)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.actions.import_answers.trigger()
    qtbot.waitUntil(lambda: len(messages) == 2)
    assert messages[-1][0] == "warning"
    assert "row 2" in messages[-1][1]
    assert len(_reload(demo_path).answers) == before


def test_page_shortcuts_and_export_go_to_pages(qtbot, window: MainWindow, demo_path: Path) -> None:
    assert window.open_path(demo_path)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.page_stack.currentWidget().page_id == "alignment"
    window.actions.page_actions[1].trigger()
    assert window.page_stack.currentWidget().page_id == "questionnaire"
    window.actions.export.trigger()
    assert window.page_stack.currentWidget().page_id == "review"


def test_pages_are_in_workshop_order(window: MainWindow, demo_path: Path) -> None:
    assert window.open_path(demo_path)
    assert [p.page_id for p in window.pages] == [
        "setup",
        "questionnaire",
        "alignment",
        "contributions",
        "governance",
        "exit",
        "deal_terms",
        "actions",
        "review",
    ]


def test_every_page_fits_1280x720(qtbot, window: MainWindow, demo_path: Path) -> None:
    assert window.open_path(demo_path)
    window.resize(1280, 720)
    qtbot.waitExposed(window)
    assert window.minimumSizeHint().width() <= 1280
    assert window.minimumSizeHint().height() <= 720
    for index, page in enumerate(window.pages):
        window.show_page(index)
        available = window.page_stack.size()
        hint = page.minimumSizeHint()
        assert hint.width() <= available.width(), (page.page_id, hint, available)
        assert hint.height() <= available.height(), (page.page_id, hint, available)


def test_about_and_user_guide(window: MainWindow, demo_path: Path) -> None:
    assert window.open_path(demo_path)
    window.actions.about.trigger()
    dialog = window.about_dialog
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "0.1.0" in text
    assert str(demo_path.resolve()) in text
    assert window.session.store.schema_version in text
    dialog.close()
    window.actions.guide.trigger()
    browser = window.guide_dialog.findChild(QTextBrowser)
    assert "User guide" in browser.toPlainText()
    window.guide_dialog.close()


def test_about_links_to_the_licences_a_bundle_ships(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.actions.about.trigger()  # from a source checkout: no licences row
    assert "Licences" not in " ".join(lb.text() for lb in window.about_dialog.findChildren(QLabel))
    window.about_dialog.close()
    (tmp_path / "licences").mkdir()
    (tmp_path / "licences" / "README.txt").write_text("Qt 6: LGPL-3.0-only; Qt/\n")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    window.actions.about.trigger()
    links = [lb for lb in window.about_dialog.findChildren(QLabel) if "<a href" in lb.text()]
    assert len(links) == 1 and links[0].openExternalLinks()
    assert (
        QUrl.fromLocalFile(str(tmp_path / "licences" / "README.txt")).toString() in links[0].text()
    )
    window.about_dialog.close()


def test_presentation_mode_from_the_view_menu(window: MainWindow, demo_path: Path) -> None:
    assert window.open_path(demo_path)
    window.actions.present.trigger()
    shown = window.presentation
    assert shown is not None and shown.isVisible()
    assert shown.isFullScreen()
    shown.close()
    assert window.presentation is None


@pytest.mark.parametrize(("choice", "wins"), [("workbook", "workbook"), (None, "app")])
def test_import_prework_asks_which_differing_answers_win(
    qtbot,
    window: MainWindow,
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    messages: list[tuple[str, str]],
    choice: str | None,
    wins: str,
) -> None:
    from dataclasses import replace

    from workshop_app.exchange.prework import export_prework

    assert window.open_path(demo_path)
    session = window.session
    w = session.workshop()
    partner = w.partners[1]
    workbook = tmp_path / "prework 华辰.xlsx"
    export_prework(w, partner.id, workbook)
    person = w.participants_of(partner.id)[0]
    answer = next(
        a
        for a in w.answers_of(person.id)
        if w.questionnaire.question(a.question_id).type.value == "likert"
    )
    question = w.questionnaire.question(answer.question_id)
    other = question.scale_lo if answer.value != question.scale_lo else question.scale_hi
    assert session.put(replace(answer, value=other), text="change")
    asked: list[list[object]] = []

    def ask(conflicts: list[object]) -> str | None:
        asked.append(conflicts)
        return choice

    monkeypatch.setattr(window, "_ask_conflicts", ask)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(workbook), ""))
    window.actions.import_prework.trigger()  # read off the UI thread
    qtbot.waitUntil(lambda: bool(asked))
    if wins == "workbook":
        qtbot.waitUntil(lambda: bool(messages))
    assert any(c.question_id == answer.question_id for c in asked[0])
    stored = {(a.participant_id, a.question_id): a.value for a in _reload(demo_path).answers}[
        (person.id, answer.question_id)
    ]
    if wins == "workbook":
        assert stored == answer.value
        assert messages[-1][0] == "information"
        assert window.session.workshop().answers_of(person.id)  # the window shows the import
    else:
        assert stored == other
        assert not messages  # cancelled: nothing imported, nothing to report


def test_open_recent_menu(window: MainWindow, demo_path: Path, tmp_path: Path) -> None:
    from workshop_app.ui.start import add_recent

    add_recent(tmp_path / "elsewhere.workshop")
    add_recent(demo_path)
    window.fill_recent_menu()
    actions = window.actions.recent_menu.actions()
    assert [a.text() for a in actions] == ["&1 demo.workshop", "&2 elsewhere.workshop"]
    actions[0].trigger()
    assert window.session is not None and window.session.store.path == demo_path.resolve()
