"""Problems shown to people: WorkshopError messages, and one dialog for unexpected errors.

A WorkshopError is something the user can fix and gets a plain message box. Anything
else is a bug: it is logged and shown once in a dialog with copyable details and the log
file's location; the app keeps running.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from workshop_app.domain.errors import WorkshopError
from workshop_app.translations import MODULE_CONTEXT

log = logging.getLogger("workshop_app")


def tr(text: str) -> str:
    return QCoreApplication.translate(MODULE_CONTEXT, text)


def show_problem(parent: QWidget | None, title: str, error: WorkshopError | str) -> None:
    """A user-facing problem (a refused file, a rejected import)."""
    # Imported when needed: PySide builds a Qt class (and its enums) when first imported,
    # and the first window shows none of these dialogs.
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, str(error))


class ExceptionDialog(QDialog):
    """Details of unexpected errors; further errors are appended while it is open."""

    def __init__(self, log_file: Path | None, parent: QWidget | None = None) -> None:
        from PySide6.QtGui import QFontDatabase
        from PySide6.QtWidgets import (
            QDialogButtonBox,
            QLabel,
            QPlainTextEdit,
            QPushButton,
            QVBoxLayout,
        )

        super().__init__(parent)
        self.setWindowTitle(tr("Unexpected error"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Something went wrong inside Partnership Workshop. Your last saved change "
                "is safe in the workshop file; the app keeps running. Please send the "
                "details below to your support contact."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(tr("Error details"))
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.details, 1)
        where = str(log_file) if log_file else tr("(no log file)")
        self.log_label = QLabel(tr("Log file: {path}").format(path=where))
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_label.setWordWrap(True)
        layout.addWidget(self.log_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(tr("Copy details"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def add(self, text: str) -> None:
        current = self.details.toPlainText()
        self.details.setPlainText(f"{current}\n\n{text}" if current else text)

    def copy_details(self) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(
            f"{self.details.toPlainText()}\n\n{self.log_label.text()}"
        )


class ExceptionHandler:
    """sys.excepthook that logs and shows the one exception dialog."""

    def __init__(self, log_file: Path | None) -> None:
        self.log_file = log_file
        self.dialog: ExceptionDialog | None = None

    def install(self) -> None:
        sys.excepthook = self

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("Unexpected error\n%s", text)
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, WorkshopError):
            # A user-facing problem that escaped its handler: show the plain message.
            show_problem(QApplication.activeWindow(), tr("Problem"), exc)
            return
        if self.dialog is None or not self.dialog.isVisible():
            self.dialog = ExceptionDialog(self.log_file, QApplication.activeWindow())
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            self.dialog.details.clear()
        self.dialog.add(text)
        self.dialog.show()
        self.dialog.raise_()
