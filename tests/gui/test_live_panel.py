"""Questionnaire > Live answering, as a facilitator uses it in the desktop app."""

from __future__ import annotations

import shutil
import socket
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.helpers import require_program
from tests.live.conftest import SCRIPT, Client, live_workshop
from workshop_app.storage.store import create_workshop, open_workshop
from workshop_app.ui.live_panel import LivePanel
from workshop_app.ui.mainwindow import MainWindow


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "live panel.workshop"
    create_workshop(p, live_workshop()).close(backup=False)
    return p


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _refused(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
    except OSError:
        return True
    return False


def _open_panel(qtbot, window: MainWindow) -> LivePanel:
    window.show_page(window.pages.index(window.page("questionnaire")))
    page = window.page("questionnaire")
    qtbot.mouseClick(page.live_button, Qt.MouseButton.LeftButton)
    panel = page._live_panel
    assert isinstance(panel, LivePanel)
    qtbot.waitExposed(panel)
    return panel


def _in_thread(qtbot, fn):
    import threading

    box: dict = {}
    thread = threading.Thread(target=lambda: box.update(r=fn()), daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=60_000)
    return box["r"]


def test_start_answer_watch_the_grid_and_stop(
    qtbot, window: MainWindow, path: Path, tmp_path: Path
) -> None:
    panel = _open_panel(qtbot, window)
    port = _free_port()
    assert not panel.server.running and _refused(port)  # nothing listens before Start
    assert "nothing listens" in panel.status_label.text()
    assert panel.grid.rowCount() == 3
    assert panel.grid.item(0, 0).text() == f"Ana {SCRIPT}"  # plain text, not markup

    panel.host_combo.setEditText("127.0.0.1")
    panel.port_spin.setValue(port)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert panel.server.running
    assert f"http://127.0.0.1:{port}" in panel.status_label.text()
    assert "127.0.0.1 only" in panel.status_label.text()

    panel.grid.selectRow(1)  # Björn: his QR code and link are shown
    link = panel._link
    assert link.startswith(f"http://127.0.0.1:{port}/p/")
    assert not panel.qr_label.pixmap().isNull()

    page = window.page("questionnaire")
    page.set_participant("u1")
    assert page.participant_progress.value() == 0
    client = Client(port, link.rsplit("/", 1)[1])
    _in_thread(qtbot, client.state)
    assert _in_thread(qtbot, lambda: client.answer("L1", 3, seq=1))[0] == 200
    qtbot.waitUntil(lambda: panel.grid.item(1, 3).text() == "1 of 8")  # live
    assert page.participant_progress.value() == 1  # the app's own page, too
    assert panel.grid.item(1, 2).text() == "yes"
    # The answer went through the session: the app's Undo takes it back.
    assert window.session.undo_stack.undoText().endswith("answer to L1")
    assert _in_thread(qtbot, lambda: client.post("done", {}))[0] == 200
    qtbot.waitUntil(lambda: panel.grid.item(1, 4).text() == "done")

    panel.grid.selectRow(1)
    assert panel.reopen_button.isEnabled()
    qtbot.mouseClick(panel.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.grid.item(1, 4).text() == "")
    assert _in_thread(qtbot, lambda: client.answer("L1", 4, seq=2))[0] == 200

    qtbot.mouseClick(panel.slide_button, Qt.MouseButton.LeftButton)
    slide = panel.slide
    assert slide is not None and slide.isVisible()
    assert "/p/" not in slide.how.text() + slide.people.text()  # no personal links projected
    assert f"http://127.0.0.1:{port}" in slide.how.text()
    slide.grab().save(str(tmp_path / "slide.png"))
    slide.close()
    panel.grab().save(str(tmp_path / "panel.png"))

    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    assert not panel.server.running and _refused(port)
    with pytest.raises(OSError):
        client.answer("L1", 1, seq=3)
    with open_workshop(path, read_only=True) as store:
        answers = {(a.participant_id, a.question_id): a.value for a in store.load().answers}
    assert answers == {("u1", "L1"): 4}


def test_a_busy_port_is_reported_and_nothing_listens(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    panel = _open_panel(qtbot, window)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        panel.host_combo.setEditText("127.0.0.1")
        panel.port_spin.setValue(taken.getsockname()[1])
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert not panel.server.running
    assert "Choose another address or port" in warnings[0]
    panel.host_combo.setEditText("not an address")
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert "is not an IP address" in warnings[1]


def test_closing_the_workshop_stops_serving(qtbot, window: MainWindow) -> None:
    panel = _open_panel(qtbot, window)
    port = _free_port()
    panel.host_combo.setEditText("127.0.0.1")
    panel.port_spin.setValue(port)
    assert panel.start()
    window.close_workshop()
    assert _refused(port)


def test_the_handout_has_every_participant_with_their_link(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    pdftotext = require_program("pdftotext")
    target = tmp_path / "links.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    panel = _open_panel(qtbot, window)
    panel.host_combo.setEditText("127.0.0.1")
    panel.port_spin.setValue(_free_port())
    qtbot.mouseClick(panel.handout_button, Qt.MouseButton.LeftButton)
    text = subprocess.run(
        [pdftotext, "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert f"Ana {SCRIPT}" in text and "Björn" in text
    links = panel.server.links(panel._base())
    for url in links.values():
        assert url[:44] in text  # the link, wrapped so it can be typed
    if shutil.which("pdftoppm"):
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "50",
                "-f",
                "1",
                "-l",
                "1",
                str(target),
                str(tmp_path / "handout"),
            ],
            check=True,
        )
