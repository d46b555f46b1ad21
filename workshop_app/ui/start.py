"""The start screen (no workshop open), the new-workshop dialog and the recent-files list."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.storage.backups import data_dir

if TYPE_CHECKING:  # the template library (and YAML) is read when a workshop is created
    from workshop_app.exchange.template_library import LibraryEntry

ORGANISATION = "Partnership Workshop"
APPLICATION = "Partnership Workshop"
MAX_RECENT = 8


def app_settings() -> QSettings:
    """The app's settings; with WORKSHOP_APP_DATA_DIR set (tests, portable use) an ini file
    in that folder, so nothing leaks into the user's own settings."""
    if os.environ.get("WORKSHOP_APP_DATA_DIR"):
        return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


def recent_files() -> list[str]:
    value = app_settings().value("recent", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in value if v] if isinstance(value, list) else []


def add_recent(path: Path) -> None:
    text = str(path.resolve())
    current = recent_files()
    files = [text, *(f for f in current if f != text)][:MAX_RECENT]
    # Reopening the newest file (every start with the last workshop) changes nothing: the
    # settings file is then not written again (about 8 ms of the start).
    if files != current:
        app_settings().setValue("recent", files)


def remove_recent(path: str) -> None:
    app_settings().setValue("recent", [f for f in recent_files() if f != path])


class NewWorkshopDialog(QDialog):
    """Title and questionnaire template of a new workshop (the file name is asked next)."""

    def __init__(self, templates: list[LibraryEntry], parent: QWidget | None = None) -> None:
        # Imported here, not at start: PySide makes a Qt class and its enums when first
        # imported, and this module is read at start for the recent files.
        from PySide6.QtWidgets import QDialogButtonBox

        from workshop_app.exchange.templates import DEFAULT_TEMPLATE_ID

        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title_edit = QLineEdit(self.tr("Partnership workshop"))
        self.title_edit.selectAll()
        self.template_combo = QComboBox()
        # Built-in templates first, then the user's own (saved from the questionnaire editor
        # or imported); an own file that does not load is listed with its problem, unusable.
        self.problems: list[str] = []
        # Imported here: ui.language reads its setting through this module.
        from workshop_app.ui.language import current_language

        for info in templates:
            if info.problem:
                self.problems.append(info.problem)
                continue
            label = self.tr("{title} ({n} questions, version {v})").format(
                title=info.title_in(current_language()), n=info.questions, v=info.version
            )
            if not info.builtin:
                label = self.tr("{label} – your template").format(label=label)
            self.template_combo.addItem(label, str(info.path))
            if info.builtin and info.template_id == DEFAULT_TEMPLATE_ID:
                self.template_combo.setCurrentIndex(self.template_combo.count() - 1)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Questionnaire:"), self.template_combo)
        layout.addLayout(form)
        if self.problems:
            broken = QLabel(
                self.tr("Some of your templates cannot be used:") + "\n" + "\n".join(self.problems)
            )
            broken.setObjectName("warning")
            broken.setWordWrap(True)
            layout.addWidget(broken)
        self.error = QLabel()
        self.error.setObjectName("inlineError")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _accept(self) -> None:
        if not self.title_edit.text().strip():
            self.error.setText(self.tr("Give the workshop a title."))
            self.error.setVisible(True)
            return
        self.accept()

    @staticmethod
    def ask(parent: QWidget | None) -> tuple[str, Path] | None:
        """(title, template file) or None if cancelled. Tests patch this."""
        from workshop_app.exchange.template_library import list_library

        dialog = NewWorkshopDialog(list_library(), parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.title_edit.text().strip(), Path(dialog.template_combo.currentData())


class StartScreen(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        card.setObjectName("startCard")
        card.setMaximumWidth(760)
        layout = QVBoxLayout(card)
        heading = QLabel(self.tr("Partnership Workshop"))
        heading.setObjectName("startTitle")
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "Find where the partners disagree before the deal is signed, agree "
                "contributions, decision rights and exit terms, and leave with a term "
                "sheet and a leadership summary."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.message = QLabel()
        self.message.setObjectName("warning")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New workshop…"))
        self.open_button = QPushButton(self.tr("&Open…"))
        self.demo_button = QPushButton(self.tr("Open the &demo"))
        for b in (self.new_button, self.open_button, self.demo_button):
            b.setMinimumHeight(40)
            buttons.addWidget(b)
        layout.addLayout(buttons)
        recent_label = QLabel(self.tr("&Recent workshops:"))
        self.recent_list = QListWidget()
        self.recent_list.setAccessibleName(self.tr("Recent workshops"))
        recent_label.setBuddy(self.recent_list)
        layout.addWidget(recent_label)
        layout.addWidget(self.recent_list)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        self.recent_list.itemActivated.connect(
            lambda item: self.recentChosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.refresh()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def refresh(self) -> None:
        self.recent_list.clear()
        for path in recent_files():
            p = Path(path)
            item = QListWidgetItem(f"{p.name}   —   {p.parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            if not p.exists():
                item.setText(self.tr("{name} (missing)").format(name=item.text()))
            self.recent_list.addItem(item)
        if self.recent_list.count():
            self.recent_list.setCurrentRow(0)
