"""The main window's actions and menus, kept out of mainwindow.py.

Each action calls a method of the window; the window enables them as workshops open
and close.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from workshop_app.domain.languages import LANGUAGES
from workshop_app.translations import tr
from workshop_app.ui.language import choose_language, current_language

if TYPE_CHECKING:
    from workshop_app.ui.mainwindow import MainWindow


class WindowActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        bar = window.menuBar()

        def act(
            text: str,
            slot: Callable[[], object],
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        ) -> QAction:
            action = QAction(text, window)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            return action

        # --- File ---
        file_menu = bar.addMenu(tr("&File"))
        self.new = act(tr("&New workshop…"), window.new_workshop, QKeySequence.StandardKey.New)
        self.open = act(tr("&Open…"), window.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(tr("Open &Recent"), window)
        self.recent_menu.aboutToShow.connect(window.fill_recent_menu)
        self.open_demo = act(tr("Open the &demo workshop"), window.open_demo)
        self.save_copy = act(tr("Save a &Copy As…"), window.save_copy, "Ctrl+Shift+S")
        self.import_answers = act(tr("Import &answers (CSV)…"), window.import_answers)
        self.restore = act(tr("&Restore from backup…"), window.restore_backup)
        self.import_prework = act(tr("Import &pre-work workbook…"), window.import_prework)
        self.export = act(tr("&Export…"), window.go_export, "Ctrl+E")
        self.close = act(tr("&Close"), window.close_workshop, QKeySequence.StandardKey.Close)
        self.quit = act(tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.new)
        file_menu.addAction(self.open)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.open_demo)
        file_menu.addSeparator()
        file_menu.addAction(self.save_copy)
        file_menu.addAction(self.restore)
        file_menu.addSeparator()
        file_menu.addAction(self.import_answers)
        file_menu.addAction(self.import_prework)
        file_menu.addAction(self.export)
        file_menu.addSeparator()
        file_menu.addAction(self.close)
        file_menu.addAction(self.quit)

        # --- Edit ---
        edit_menu = bar.addMenu(tr("&Edit"))
        self.undo = window.undo_group.createUndoAction(window, tr("&Undo"))
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = window.undo_group.createRedoAction(window, tr("&Redo"))
        self.redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo)
        edit_menu.addAction(self.redo)
        # After Qt's own update: the step's text may hold names with "&" ("GmbH & Co. KG"),
        # which a menu would show as a shortcut; double it so the name shows as typed.
        group = window.undo_group
        self._connections = [
            group.undoTextChanged.connect(
                lambda text: self.undo.setText(_menu_text(tr("&Undo"), text))
            ),
            group.redoTextChanged.connect(
                lambda text: self.redo.setText(_menu_text(tr("&Redo"), text))
            ),
        ]
        # Built again on a change of language: show the step that is there already.
        self.undo.setText(_menu_text(tr("&Undo"), group.undoText()))
        self.redo.setText(_menu_text(tr("&Redo"), group.redoText()))
        edit_menu.addSeparator()
        self.edit_questionnaire = act(tr("Edit the &questionnaire…"), window.edit_questionnaire)
        edit_menu.addAction(self.edit_questionnaire)

        # --- View ---
        view_menu = bar.addMenu(tr("&View"))
        self.present = act(tr("&Presentation mode"), window.start_presentation, "F5")
        view_menu.addAction(self.present)
        # Each language in its own words, so someone who reads it finds it.
        self.language_menu = view_menu.addMenu(tr("&Language"))
        self.language_group = QActionGroup(window)
        self.languages: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(lang.name, window)
            action.setCheckable(True)
            action.setChecked(lang.code == current_language())
            action.triggered.connect(lambda _=False, c=lang.code: choose_language(window, c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.languages[lang.code] = action
        view_menu.addSeparator()
        self.page_actions: list[QAction] = []
        self.pages_menu = view_menu

        # --- Help ---
        help_menu = bar.addMenu(tr("&Help"))
        self.guide = act(
            tr("&User guide"), window.show_user_guide, QKeySequence.StandardKey.HelpContents
        )
        self.glossary = act(tr("&Glossary of the questionnaire"), window.show_glossary)
        self.about = act(tr("&About Partnership Workshop"), window.show_about)
        help_menu.addAction(self.guide)
        help_menu.addAction(self.glossary)
        help_menu.addAction(self.about)

        self.workshop_actions = [
            self.save_copy,
            self.restore,
            self.import_answers,
            self.import_prework,
            self.export,
            self.close,
            self.present,
            self.glossary,
            self.edit_questionnaire,
        ]

    def dispose(self) -> None:
        """Let go of the window's signals before these menus are replaced."""
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections = []

    def set_pages(self, titles: list[str]) -> None:
        """One "go to page" action per page, Ctrl+1..Ctrl+9 in workshop order."""
        for action in self.page_actions:
            self.pages_menu.removeAction(action)
            action.deleteLater()
        self.page_actions = []
        for number, title in enumerate(titles, start=1):
            action = QAction(title, self.window)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, i=number - 1: self.window.go_to_page(i))
            self.pages_menu.addAction(action)
            self.page_actions.append(action)

    def set_workshop_open(self, is_open: bool, *, read_only: bool = False) -> None:
        for action in self.workshop_actions:
            action.setEnabled(is_open)
        self.import_answers.setEnabled(is_open and not read_only)
        self.import_prework.setEnabled(is_open and not read_only)
        for action in self.page_actions:
            action.setEnabled(is_open)


def _menu_text(prefix: str, step: str) -> str:
    """A menu entry for an undo step: the step's own "&" shown, not taken as a shortcut."""
    return f"{prefix} {step.replace('&', '&&')}" if step else prefix
