"""Importing into the open workshop (File > Import): an answers CSV or a pre-work workbook
is read off the UI thread, differing answers are resolved by the facilitator, and the
result is saved as one undoable edit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMainWindow

from workshop_app.domain.errors import WorkshopError
from workshop_app.session import WorkshopSession
from workshop_app.ui.errors import show_problem

# The dialogs and the task runner are imported where they are used: PySide makes a Qt
# class (and all of its enums) when its name is first imported, at the window's start.


class ImportFlows(QMainWindow):
    """The main window's import actions (MainWindow inherits them)."""

    # Set and defined by MainWindow. (Not in an ``if TYPE_CHECKING:`` block: lupdate then
    # files this class's texts outside it, and they would not be translated.)
    session: WorkshopSession | None

    def _folder(self) -> Path:
        raise NotImplementedError

    def import_answers(self) -> None:
        """Read an answers CSV off the UI thread, then save it as one undoable edit."""
        if self.session is None:
            return
        from PySide6.QtWidgets import QFileDialog

        from workshop_app.exchange.answers_csv import plan_answers_csv
        from workshop_app.ui.tasks import run_task

        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import answers"),
            str(self._folder()),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if not name:
            return
        session, workshop, file = self.session, self.session.workshop(), Path(name).name
        failed_title = self.tr("Answers not imported")
        self._import_task = run_task(
            self,
            self.tr("Reading {file}…").format(file=file),
            lambda: plan_answers_csv(workshop, name),
            lambda plan: self._save_import(
                session,
                plan.entities,
                self.tr("Import answers from {file}").format(file=file),
                self.tr("Answers imported"),
                failed_title,
                plan.summary.summary(),
            ),
            lambda exc: self._import_failed(failed_title, exc),
        )

    def import_prework(self) -> None:
        """Read a pre-work workbook off the UI thread; ask which differing answers win;
        save it as one undoable edit."""
        if self.session is None:
            return
        from PySide6.QtWidgets import QFileDialog

        from workshop_app.exchange import prework
        from workshop_app.ui.tasks import run_task

        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import pre-work workbook"),
            str(self._folder()),
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
        )
        if not name:
            return
        session, workshop, file = self.session, self.session.workshop(), Path(name).name
        failed_title = self.tr("Pre-work not imported")

        def read_done(content: prework.PreworkContent) -> None:
            prefer = None
            if content.conflicts:
                prefer = self._ask_conflicts(content.conflicts)
                if prefer is None:
                    return
            try:
                result, answers = prework.plan_prework(session.workshop(), content, prefer=prefer)
            except WorkshopError as exc:
                show_problem(self, failed_title, exc)
                return
            self._save_import(
                session,
                answers,
                self.tr("Import pre-work from {file}").format(file=file),
                self.tr("Pre-work imported"),
                failed_title,
                result.summary(),
            )

        self._import_task = run_task(
            self,
            self.tr("Reading {file}…").format(file=file),
            lambda: prework.read_prework(workshop, name),
            read_done,
            lambda exc: self._import_failed(failed_title, exc),
        )

    def _save_import(
        self,
        session: WorkshopSession,
        entities: list[Any],
        undo_text: str,
        title: str,
        failed_title: str,
        summary: str,
    ) -> None:
        if entities and not session.apply(put=entities, text=undo_text):
            show_problem(self, failed_title, session.last_error)
            return
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self, title, summary)

    def _import_failed(self, title: str, exc: BaseException) -> None:
        if isinstance(exc, WorkshopError):
            show_problem(self, title, exc)
            return
        raise exc  # a bug: the exception dialog shows it

    def _ask_conflicts(self, conflicts: list[Any]) -> str | None:
        """Which answers win: "workbook", "existing", or None to cancel. Tests patch it."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Answers differ"))
        shown = "\n".join(f"• {c.describe()}" for c in conflicts[:15])
        more = len(conflicts) - 15
        box.setText(
            self.tr("The workbook has answers that differ from those already stored:")
            + f"\n\n{shown}"
            + (self.tr("\n… and {n} more").format(n=more) if more > 0 else "")
        )
        use_workbook = box.addButton(
            self.tr("Use the workbook's"), QMessageBox.ButtonRole.AcceptRole
        )
        keep = box.addButton(self.tr("Keep the stored"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is use_workbook:
            return "workbook"
        if box.clickedButton() is keep:
            return "existing"
        return None
