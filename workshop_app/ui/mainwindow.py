"""The main window: the start screen or one open workshop (navigation list and pages)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workshop_app import __version__
from workshop_app.domain.errors import WorkshopError
from workshop_app.session import WorkshopSession
from workshop_app.storage.backups import data_dir
from workshop_app.storage.lock import FileInUseError, info_path
from workshop_app.storage.store import (
    EXTENSION,
    ReadOnlyFileError,
    WorkshopStore,
    create_workshop,
    open_workshop,
)
from workshop_app.ui.actions import WindowActions
from workshop_app.ui.errors import show_problem
from workshop_app.ui.forms.ui_about import Ui_AboutDialog
from workshop_app.ui.glossary import glossary_dialog
from workshop_app.ui.import_flows import ImportFlows
from workshop_app.ui.lazy_pages import LazyPages
from workshop_app.ui.pages import PAGES
from workshop_app.ui.presentation import PresentationWindow
from workshop_app.ui.restore_dialog import offer_newest_backup, show_restore_dialog
from workshop_app.ui.start import NewWorkshopDialog, StartScreen, add_recent, recent_files

if TYPE_CHECKING:
    from workshop_app.ui.pages.base import Page

log = logging.getLogger("workshop_app")


def lock_path(path: Path) -> Path:
    """Where the writer of a workshop says who it is (storage.lock)."""
    return info_path(path)


def demo_path() -> Path:
    return data_dir() / "demo.workshop"


class MainWindow(ImportFlows):
    actions: WindowActions  # type: ignore[assignment]  # shadows QWidget.actions(), unused here

    def __init__(self) -> None:
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
        self.start = StartScreen()
        self.stack.addWidget(self.start)
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
        self._connect_start()
        self.show_start()

    def _connect_start(self) -> None:
        self.start.newRequested.connect(self.new_workshop)
        self.start.openRequested.connect(self.open_dialog)
        self.start.demoRequested.connect(self.open_demo)
        self.start.recentChosen.connect(lambda p: self.open_path(Path(p)))

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
                    return False
                store = open_workshop(path, read_only=True)
        except WorkshopError as exc:
            log.info("Refused to open %s: %s", path, exc)
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

    def close_workshop(self) -> None:
        """Close the open workshop (a rolling backup is taken) and show the start screen."""
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
        old_start, self.start = self.start, StartScreen()
        self.stack.insertWidget(0, self.start)
        self.stack.removeWidget(old_start)
        old_start.deleteLater()
        self._connect_start()
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

    # --- file flows ---------------------------------------------------------------------

    def new_workshop(self) -> None:
        from workshop_app.exchange.templates import load_template
        from workshop_app.storage.store import new_workshop

        choice = NewWorkshopDialog.ask(self)
        if choice is None:
            return
        title, template = choice
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the new workshop as"),
            str(Path.home() / f"{title}{EXTENSION}"),
            self._file_filter(),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix != EXTENSION:
            path = path.with_name(path.name + EXTENSION)
        try:
            workshop = new_workshop(title, load_template(template))
            create_workshop(path, workshop, overwrite=path.exists()).close(backup=False)
        except WorkshopError as exc:
            show_problem(self, self.tr("Cannot create workshop"), exc)
            return
        self.open_path(path)

    def edit_questionnaire(self) -> None:
        """The questionnaire editor of the open workshop, beside the main window."""
        from workshop_app.ui.pages.questionnaire_editor import QuestionnaireEditor

        if self.session is None:
            return
        if self.editor is None:
            self.editor = QuestionnaireEditor(self.session, self)
        self.editor.show()
        self.editor.raise_()
        self.editor.activateWindow()

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open workshop"), str(self._folder()), self._file_filter()
        )
        if name:
            self.open_path(Path(name))

    def open_demo(self) -> None:
        path = demo_path()
        if not path.exists():
            try:
                create_demo(path)
            except WorkshopError as exc:
                show_problem(self, self.tr("Cannot create the demo"), exc)
                return
        self.open_path(path)

    def fill_recent_menu(self) -> None:
        menu = self.actions.recent_menu
        menu.clear()
        files = recent_files()
        if not files:
            menu.addAction(self.tr("(none)")).setEnabled(False)
        for number, name in enumerate(files, start=1):
            action = menu.addAction(f"&{number} {Path(name).name}")
            action.setToolTip(name)
            action.triggered.connect(lambda _=False, p=name: self.open_path(Path(p)))

    def _file_filter(self) -> str:
        return self.tr("Partnership workshops (*.workshop);;All files (*)")

    def _folder(self) -> Path:
        if self.session is not None:
            return self.session.store.path.parent
        files = recent_files()
        return Path(files[0]).parent if files else Path.home()

    def save_copy(self) -> None:
        if self.session is None:
            return
        store = self.session.store
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy as"),
            str(store.path.with_name(f"{store.path.stem} copy{EXTENSION}")),
            self._file_filter(),
        )
        if not name:
            return
        target = Path(name)
        if target.resolve() == store.path.resolve():
            show_problem(
                self, self.tr("Save a copy"), self.tr("Choose a name other than the open file.")
            )
            return
        try:
            store.save_copy(target)
        except (WorkshopError, OSError) as exc:
            show_problem(self, self.tr("Copy not saved"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Copy saved to {path}").format(path=target), 8000)

    def restore_backup(self) -> None:
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

    # --- presentation and help ----------------------------------------------------------

    def start_presentation(self) -> None:
        if self.session is None:
            return
        window = PresentationWindow()
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        current = self.pages[self.nav.currentRow()] if self.pages else None
        workshop = self.session.workshop()
        # Imported here: pages are imported when first shown (ui.lazy_pages).
        from workshop_app.ui.pages.questionnaire import QuestionnairePage

        question = current.current_question() if isinstance(current, QuestionnairePage) else None
        if question is not None:
            window.show_question(workshop, question)
        else:
            hidden = workshop.details.blind_mode and not workshop.details.revealed
            window.show_alignment(workshop, None if hidden else self.session.analysis())
        window.closed.connect(self._presentation_closed)
        # Live: new answers update the progress slide and the figures on the slide shown.
        self.session.changed.connect(self._update_presentation)
        self.presentation = window
        window.show_on_projector()

    def _update_presentation(self) -> None:
        if self.presentation is None or self.session is None:
            return
        workshop = self.session.workshop()
        hidden = workshop.details.blind_mode and not workshop.details.revealed
        self.presentation.update_workshop(workshop, None if hidden else self.session.analysis())

    def _presentation_closed(self) -> None:
        if self.session is not None:
            self.session.changed.disconnect(self._update_presentation)
        self.presentation = None

    def show_about(self) -> None:
        dialog = QDialog(self)
        ui = Ui_AboutDialog()
        ui.setupUi(dialog)
        ui.versionLabel.setText(__version__)
        if self.session is not None:
            ui.fileLabel.setText(str(self.session.store.path))
            ui.schemaLabel.setText(self.session.store.schema_version)
        else:
            ui.fileLabel.setText(self.tr("(no workshop open)"))
            ui.schemaLabel.setText("–")
        self.about_dialog = dialog
        dialog.open()

    def show_glossary(self) -> None:
        if self.session is None:
            return
        self.glossary_dialog = glossary_dialog(self, self.session.store.questionnaire())
        self.glossary_dialog.open()

    def show_user_guide(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("User guide"))
        dialog.resize(820, 640)
        layout = QVBoxLayout(dialog)
        browser = QTextBrowser()
        browser.setAccessibleName(self.tr("User guide"))
        browser.setOpenExternalLinks(False)
        browser.setMarkdown(user_guide_text())
        layout.addWidget(browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        self.guide_dialog = dialog
        dialog.open()

    # --- window -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_workshop()
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


def create_demo(path: Path) -> None:
    from workshop_app.demo import build_demo

    create_workshop(path, build_demo("small"), overwrite=True).close(backup=False)


def user_guide_text() -> str:
    """The README's user guide when it is beside the resources (a checkout), else a summary."""
    from workshop_app.paths import resources_dir

    readme = resources_dir().parent / "README.md"
    try:
        text = readme.read_text(encoding="utf-8")
    except OSError:
        text = ""
    start = text.find("## User guide")
    if start >= 0:
        end = text.find("\n## ", start + 5)
        return text[start : end if end >= 0 else None]
    return QCoreApplication.translate("MainWindow", FALLBACK_GUIDE)


FALLBACK_GUIDE = str(  # marked for lupdate; translated where it is shown
    QT_TRANSLATE_NOOP(
        "MainWindow",
        """## User guide

1. **Setup**: workshop title, purpose, phase, date; add 2 to 6 partners and their
   participants.
2. **Questionnaire**: choose who is answering; press 1-9 to answer and go on, Enter or
   Right for the next question, Left to go back.
3. **Alignment**: reveal the answers, then discuss the gaps one by one.
4. **Contributions**, **Governance**, **Exit**, **Actions**: record what was agreed.
5. **Review**: fix what the readiness checklist asks, then export the term sheet and the
   leadership summary.

Every change is saved at once; Edit > Undo takes it back. F5 starts presentation mode;
Esc leaves it.
""",
    )
)
