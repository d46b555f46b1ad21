"""Long work off the UI thread: results and failures come back on the UI thread."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from workshop_app.domain.errors import ValidationError
from workshop_app.ui.tasks import run_task


def test_result_comes_back_on_the_ui_thread(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    ui_thread = threading.get_ident()
    ran_on: list[int] = []
    results: list[object] = []
    called_back_on: list[int] = []

    def work() -> str:
        ran_on.append(threading.get_ident())
        return "Übersicht 概要.pdf"

    def done(result: object) -> None:
        called_back_on.append(threading.get_ident())
        results.append(result)

    task = run_task(parent, "Export", work, done, lambda exc: results.append(exc))
    qtbot.waitUntil(lambda: bool(results))
    assert results == ["Übersicht 概要.pdf"]
    assert ran_on and ran_on[0] != ui_thread  # the work ran off the UI thread
    assert called_back_on == [ui_thread]  # and its result came back onto it
    assert not task.running


def test_failure_goes_to_on_error(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    errors: list[BaseException] = []

    def work() -> None:
        raise ValidationError("Contribution 'x': quantity must not be negative.")

    run_task(parent, "Export", work, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValidationError)
    assert "quantity" in str(errors[0])
