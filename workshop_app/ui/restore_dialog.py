"""File > Restore from backup…: the backups of the open workshop with what each holds;
restore one in place (one undo step) or as a new file. Also the offer to restore the
newest healthy backup when a damaged file is refused."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.errors import WorkshopError
from workshop_app.storage.backups import BackupInfo, backup_folder, list_backups
from workshop_app.storage.restore import (
    read_backup,
    restore_as_new,
    restore_entities,
    restore_in_place,
)
from workshop_app.translations import tr
from workshop_app.ui.errors import show_problem

if TYPE_CHECKING:
    from workshop_app.ui.mainwindow import MainWindow


class RestoreDialog(QDialog):
    """Lists the backups of the open workshop; the buttons act on the selected one."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        assert window.session is not None
        self.window_ = window
        self.session = window.session
        path = self.session.store.path
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        self.backups: list[BackupInfo] = list_backups(path)
        intro = QLabel(
            self.tr(
                "Backups of '{name}', newest first. A backup is taken when a changed "
                "workshop is closed. They are kept in {folder}"
            ).format(name=path.name, folder=backup_folder(path))
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.backups), 5)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Partners"),
                self.tr("Participants"),
                self.tr("Answers"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        locale = QLocale()
        for row, b in enumerate(self.backups):
            cells = [
                locale.toString(
                    QDate(b.taken.year, b.taken.month, b.taken.day),
                    QLocale.FormatType.ShortFormat,
                ),
                b.taken.strftime("%H:%M:%S"),
                *(
                    [str(b.partners), str(b.participants), str(b.answers)]
                    if b.readable
                    else [self.tr("cannot be read"), "", ""]
                ),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        if not self.backups:
            layout.addWidget(QLabel(self.tr("There are no backups of this workshop yet.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_here = QPushButton(self.tr("&Restore here"))
        self.restore_here.setToolTip(
            self.tr("Replace the workshop's content with the backup; Edit > Undo takes it back.")
        )
        self.restore_new = QPushButton(self.tr("Restore as a &new file…"))
        buttons.addButton(self.restore_here, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_new, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.restore_here.clicked.connect(self._restore_here)
        self.restore_new.clicked.connect(self._restore_new)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        usable = chosen is not None and chosen.readable
        self.restore_here.setEnabled(usable and not self.session.read_only)
        self.restore_new.setEnabled(usable)

    def _restore_here(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            workshop = read_backup(chosen.path)
            put, delete = restore_entities(self.session.store, workshop)
        except WorkshopError as exc:
            show_problem(self, self.tr("Backup not restored"), exc)
            return
        when = chosen.taken.strftime("%Y-%m-%d %H:%M")
        text = self.tr("Restore the backup of {when}").format(when=when)
        if not self.session.apply(put=put, delete=delete, text=text):
            show_problem(self, self.tr("Backup not restored"), self.session.last_error)
            return
        self.session.invalidate()
        self.window_.statusBar().showMessage(
            self.tr("Restored the backup of {when}; Edit > Undo takes it back.").format(when=when),
            8000,
        )
        self.accept()

    def _restore_new(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        path = self.session.store.path
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Restore the backup as"),
            str(path.with_name(f"{path.stem} restored{path.suffix}")),
            self.tr("Partnership workshops (*.workshop);;All files (*)"),
        )
        if not name:
            return
        target = Path(name)
        if target.suffix != ".workshop":
            target = target.with_name(target.name + ".workshop")
        try:
            restore_as_new(chosen.path, target)
        except (WorkshopError, OSError) as exc:
            show_problem(self, self.tr("Backup not restored"), str(exc))
            return
        self.accept()
        self.window_.open_path(target)


def show_restore_dialog(window: MainWindow) -> RestoreDialog | None:
    if window.session is None:
        return None
    dialog = RestoreDialog(window)
    window.restore_dialog = dialog  # type: ignore[attr-defined]  # kept on the window so it is not collected
    dialog.open()
    return dialog


def offer_newest_backup(parent: QWidget, path: Path, problem: str) -> bool | None:
    """For a damaged file: offer to put the newest healthy backup in its place (the
    damaged file is kept in the backup folder). True if restored, False if declined,
    None if there was nothing to offer."""
    readable = [b for b in list_backups(path) if b.readable]
    if not readable or "is damaged" not in problem:
        return None
    answer = QMessageBox.question(
        parent,
        tr("Workshop damaged"),
        tr(
            "{problem}\n\nPut the newest healthy backup in its place now? The damaged file "
            "is kept in the backup folder."
        ).format(problem=problem),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    for b in readable:
        try:
            restore_in_place(path, b.path)
        except WorkshopError:
            continue  # that backup is damaged too: the next one
        return True
    show_problem(parent, tr("Backup not restored"), problem)
    return False
