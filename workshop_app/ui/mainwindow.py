"""The main window: the start screen or one open workshop (navigation list and pages),
opening and closing workshops and the save state. File flows are in ui.window_files,
presentation and help in ui.window_help."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.errors import WorkshopError
from workshop_app.session import WorkshopSession
from workshop_app.storage.lock import FileInUseError, info_path
from workshop_app.storage.store import ReadOnlyFileError, WorkshopStore, open_workshop
from workshop_app.ui import window_files
from workshop_app.ui.actions import WindowActions
from workshop_app.ui.errors import show_problem
from workshop_app.ui.import_flows import ImportFlows
from workshop_app.ui.lazy_pages import LazyPages
from workshop_app.ui.pages import PAGES
from workshop_app.ui.start import add_recent

# Kept here for callers and tests that know them as the main window's.
create_demo = window_files.create_demo
demo_path = window_files.demo_path
__all__ = ["MainWindow", "QFileDialog", "create_demo", "demo_path", "lock_path", "page_of"]

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QFileDialog

    from workshop_app.ui.pages.base import Page
    from workshop_app.ui.presentation import PresentationWindow
    from workshop_app.ui.start import StartScreen


def __getattr__(name: str) -> Any:
    # QFileDialog stays importable from here (tests patch it here) without being built at
    # start: PySide makes a Qt class and all its enums when its name is first imported.
    if name == "QFileDialog":
        from PySide6.QtWidgets import QFileDialog

        return QFileDialog
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


log = logging.getLogger("workshop_app")


def lock_path(path: Path) -> Path:
    """Where the writer of a workshop says who it is (storage.lock)."""
    return info_path(path)


class MainWindow(ImportFlows):
    actions: WindowActions  # type: ignore[assignment]  # shadows QWidget.actions(), unused here
    # The last help dialogs shown (ui.window_help), kept so they are not collected.
    about_dialog: QDialog
    glossary_dialog: QDialog
    guide_dialog: QDialog

    def __init__(self, *, opening: bool = False) -> None:
        """``opening``: a workshop is opened at once, so the start screen is built only
        if that fails (it costs start-up time and would not be seen)."""
        super().__init__()
        self.resize(1280, 720)
        self.setMinimumSize(960, 600)
        self.session: WorkshopSession | None = None
        self.pages: Sequence[Page] = ()  # built when first shown (ui.lazy_pages)
        self.presentation: PresentationWindow | None = None
        self.editor: QDialog | None = None  # the questionnaire editor, while open
        self.undo_group = QUndoGroup(self)

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._start: StartScreen | None = None
        self.workspace = QWidget()
        ws = QVBoxLayout(self.workspace)
        ws.setContentsMargins(0, 0, 0, 0)
        ws.setSpacing(0)
        self.banner = QLabel()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setVisible(False)
        ws.addWidget(self.banner)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Workshop steps"))
        self.nav.setFixedWidth(190)
        self.page_stack = QStackedWidget()
        body.addWidget(self.nav)
        body.addWidget(self.page_stack, 1)
        ws.addLayout(body, 1)
        self.stack.addWidget(self.workspace)

        self.save_label = QLabel()
        self.save_label.setObjectName("saveState")
        self.statusBar().addPermanentWidget(self.save_label)
        self.actions = WindowActions(self)

        self.nav.currentRowChanged.connect(self._page_chosen)
        if not opening:
            self.show_start()

    @property
    def start(self) -> StartScreen:
        """The start screen (no workshop open), built when first needed."""
        if self._start is None:
            from workshop_app.ui.start import StartScreen

            self._start = StartScreen()
            self.stack.insertWidget(0, self._start)
            self._connect_start(self._start)
        return self._start

    def _connect_start(self, start: StartScreen) -> None:
        start.newRequested.connect(self.new_workshop)
        start.openRequested.connect(self.open_dialog)
        start.demoRequested.connect(self.open_demo)
        start.recentChosen.connect(lambda p: self.open_path(Path(p)))

    # --- opening and closing ------------------------------------------------------------

    def show_start(self, message: str = "") -> None:
        self.start.refresh()
        self.start.show_message(message)
        self.stack.setCurrentWidget(self.start)
        self.actions.set_workshop_open(False)
        self.setWindowTitle(self.tr("Partnership Workshop"))
        self.save_label.setText("")

    def open_path(self, path: Path) -> bool:
        """Open a workshop file in this window; False (with a message) if it cannot be.

        The file is fully checked before it is locked for writing; a file another program
        is changing, or one this user may not change, is offered read-only.
        """
        path = Path(path).resolve()
        if self.session is not None and self.session.store.path.resolve() == path:
            return True
        try:
            try:
                store = open_workshop(path)
            except (FileInUseError, ReadOnlyFileError) as exc:
                if not self._ask_read_only(exc):
                    if self.session is None and self._start is None:
                        self.show_start()  # opened at start: the window shows something
                    return False
                store = open_workshop(path, read_only=True)
        except WorkshopError as exc:
            log.info("Refused to open %s: %s", path, exc)
            from workshop_app.ui.restore_dialog import offer_newest_backup

            offered = offer_newest_backup(self, path, str(exc))
            if offered:
                return self.open_path(path)
            if offered is None:
                show_problem(self, self.tr("Cannot open workshop"), exc)
            if self.session is None:
                self.show_start(str(exc))
            return False
        self.close_workshop()
        self._attach(store)
        add_recent(path)
        return True

    def _ask_read_only(self, exc: WorkshopError) -> bool:
        from PySide6.QtWidgets import QMessageBox

        text = self.tr("{problem}\n\nOpen it read-only?").format(problem=str(exc))
        answer = QMessageBox.question(
            self,
            self.tr("Workshop cannot be changed here"),
            text,
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Open

    def _attach(self, store: WorkshopStore) -> None:
        session = WorkshopSession(store, self)
        self.session = session
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        session.changed.connect(self._changed)
        session.saved.connect(self._saved)
        session.saveFailed.connect(self._save_failed)
        session.refusalsChanged.connect(self._saved)
        session.stepReplayed.connect(self.show_changed)
        self._build_pages(session)
        read_only = store.read_only
        self.banner.setText(self._read_only_text())
        self.banner.setVisible(read_only)
        self.actions.set_workshop_open(True, read_only=read_only)
        self.stack.setCurrentWidget(self.workspace)
        self.show_page(0)
        self._update_title()
        self.save_label.setText(self.tr("Read-only") if read_only else self.tr("All changes saved"))
        self.save_label.setProperty("failed", False)
        self._repolish(self.save_label)

    def _read_only_text(self) -> str:
        return self.tr(
            "Read-only: this workshop is being changed elsewhere or may not be changed "
            "by you. Changes cannot be saved."
        )

    def close_workshop(self, *, then_start: bool = True) -> None:
        """Close the open workshop (a rolling backup is taken) and show the start screen
        (unless ``then_start`` is False: the window itself is closing)."""
        if self.session is None:
            return
        if self.presentation is not None:
            self.presentation.close()
        if self.editor is not None:
            self.editor.close()
            self.editor.deleteLater()
            self.editor = None
        session, self.session = self.session, None
        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()  # commit a field being edited before the store closes
        self.undo_group.removeStack(session.undo_stack)
        self._remove_pages()
        self.actions.set_pages([])
        session.closing.emit()
        try:
            session.close()  # the rolling backup, then the writer lock is released
        finally:
            session.deleteLater()
        if then_start:
            self.show_start()

    def _build_pages(self, session: WorkshopSession) -> None:
        self._remove_pages()
        pages = LazyPages(
            PAGES,
            session,
            self.page_stack,
            lambda page: page.navigateRequested.connect(self.navigate),
        )
        self.pages = pages
        titles = pages.titles()  # in the installed language: read when asked
        self.nav.blockSignals(True)
        for title in titles:
            self.nav.addItem(title)
        self.nav.blockSignals(False)
        # Page titles are longer in some languages ("Ausstieg und Änderungen").
        self.nav.setFixedWidth(max(190, self.nav.sizeHintForColumn(0) + 24))
        self.actions.set_pages(titles)

    def _remove_pages(self) -> None:
        if isinstance(self.pages, LazyPages):
            self.pages.remove_all()
        self.pages = ()
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)

    def rebuild_texts(self) -> None:
        """Show everything in the language just installed: texts are set when widgets are
        built, so the menus, start screen and pages are built again; the workshop stays
        open with its undo history, on the page that was shown."""
        if self.presentation is not None:
            self.presentation.close()
        if self.editor is not None:
            self.editor.close()
            self.editor.deleteLater()
            self.editor = None
        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()  # commit a field being edited first
        row = self.nav.currentRow()
        self.actions.dispose()
        for action in self.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly):
            action.deleteLater()  # the old menus' actions and their shortcuts
        self.menuBar().clear()
        self.actions = WindowActions(self)
        old_start, self._start = self._start, None  # built again in the new language
        if old_start is not None:
            self.stack.removeWidget(old_start)
            old_start.deleteLater()
        self.nav.setAccessibleName(self.tr("Workshop steps"))
        if self.session is None:
            self.show_start()
            return
        self._build_pages(self.session)
        read_only = self.session.read_only
        self.banner.setText(self._read_only_text())
        self.actions.set_workshop_open(True, read_only=read_only)
        self.show_page(max(row, 0))
        self._update_title()
        if read_only:
            self.save_label.setText(self.tr("Read-only"))
        else:
            self._saved()

    # --- file flows (ui.window_files) --------------------------------------------------

    def new_workshop(self) -> None:
        window_files.new_workshop(self)

    def edit_questionnaire(self) -> None:
        window_files.edit_questionnaire(self)

    def open_dialog(self) -> None:
        window_files.open_dialog(self)

    def open_demo(self) -> None:
        window_files.open_demo(self)

    def fill_recent_menu(self) -> None:
        window_files.fill_recent_menu(self)

    def _folder(self) -> Path:
        return window_files.start_folder(self)

    def save_copy(self) -> None:
        window_files.save_copy(self)

    def restore_backup(self) -> None:
        from workshop_app.ui.restore_dialog import show_restore_dialog

        show_restore_dialog(self)

    def go_export(self) -> None:
        self.navigate("review", "")

    # --- pages --------------------------------------------------------------------------

    def show_page(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            self.nav.setCurrentRow(index)

    def go_to_page(self, index: int) -> None:
        """Show a page and put the keyboard focus in it (page shortcuts)."""
        if 0 <= index < len(self.pages):
            self.show_page(index)
            self.pages[index].focus_field("")

    def page(self, page_id: str) -> Page | None:
        """The page with ``page_id`` (built now if it was not yet shown)."""
        if isinstance(self.pages, LazyPages):
            index = self.pages.index_of(page_id)
            if index >= 0:
                return self.pages[index]
        return None

    def navigate(self, page_id: str, field: str) -> None:
        page = self.page(page_id)
        if page is None:
            return
        self.show_page(self.pages.index(page))
        page.focus_field(field)

    def show_changed(self, entities: list[Any]) -> None:
        """After undo or redo: go to the page of what changed and select it there."""
        for entity in entities:
            page = self.page(page_of(entity))
            if page is None:
                continue
            self.show_page(self.pages.index(page))
            page.show_entity(entity)
            return

    def _page_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.pages):
            return
        # A page out of date rebuilds itself when shown (pages.base.Page).
        self.page_stack.setCurrentWidget(self.pages[row])

    def _changed(self) -> None:
        self._update_title()

    # --- status -------------------------------------------------------------------------

    def _update_title(self) -> None:
        if self.session is None:
            return
        title = self.session.workshop().details.title
        name = self.session.store.path.name
        suffix = self.tr(" (read-only)") if self.session.read_only else ""
        self.setWindowTitle(f"{title} — {name}{suffix}")

    def _saved(self) -> None:
        refused = self.session.refusals() if self.session is not None else []
        if refused:
            # Typed input that was refused is not saved, whatever was saved since.
            self._save_failed(refused[-1])
            return
        self.save_label.setText(self.tr("All changes saved"))
        self._set_failed(False)

    def _save_failed(self, message: str) -> None:
        self.save_label.setText(self.tr("NOT SAVED: {message}").format(message=message))
        self._set_failed(True)

    def _set_failed(self, failed: bool) -> None:
        # Re-polished only when the look changes: a polish relays out the whole window,
        # on every saved key press.
        if self.save_label.property("failed") is not failed:
            self.save_label.setProperty("failed", failed)
            self._repolish(self.save_label)

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    # --- presentation and help (ui.window_help, imported when first asked for) ------

    def start_presentation(self) -> None:
        from workshop_app.ui import window_help

        window_help.start_presentation(self)

    def show_about(self) -> None:
        from workshop_app.ui import window_help

        window_help.show_about(self)

    def show_glossary(self) -> None:
        from workshop_app.ui import window_help

        window_help.show_glossary(self)

    def show_user_guide(self) -> None:
        from workshop_app.ui import window_help

        window_help.show_user_guide(self)

    # --- window -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_workshop(then_start=False)
        super().closeEvent(event)


def page_of(entity: Any) -> str:
    """The id of the page where an entity is edited."""
    from workshop_app.domain import model

    pages: dict[type, str] = {
        model.WorkshopDetails: "setup",
        model.Partner: "setup",
        model.Participant: "setup",
        model.Answer: "questionnaire",
        model.GapDiscussion: "alignment",
        model.Contribution: "contributions",
        model.GovernanceBody: "governance",
        model.Decision: "governance",
        model.EscalationStep: "governance",
        model.ReviewPoint: "governance",
        model.ExitTerms: "exit",
        model.ExitTrigger: "exit",
        model.SharedAsset: "exit",
        model.ActionItem: "actions",
        model.HeadOfTerms: "deal_terms",
        model.PartyDetails: "deal_terms",
    }
    return pages.get(type(entity), "")
