"""The main window's file flows: a new workshop, opening one (a dialog, the demo or a
recent file), the questionnaire editor and saving a copy.

Texts keep the "MainWindow" translation context: they were the window's own and the
translations file them there.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.errors import WorkshopError
from workshop_app.storage.backups import data_dir
from workshop_app.ui.errors import show_problem
from workshop_app.ui.start import recent_files

# The dialogs are imported where they are used: PySide makes a Qt class (and all of its
# enums) when its name is first imported, and the first window shows no dialog.

if TYPE_CHECKING:
    from workshop_app.ui.mainwindow import MainWindow

EXTENSION = ".workshop"  # storage.store.EXTENSION, without importing the store at start


def demo_path() -> Path:
    return data_dir() / "demo.workshop"


def create_demo(path: Path) -> None:
    from workshop_app.demo import build_demo
    from workshop_app.storage.store import create_workshop

    create_workshop(path, build_demo("small"), overwrite=True).close(backup=False)


def file_filter() -> str:
    return QCoreApplication.translate(
        "MainWindow", "Partnership workshops (*.workshop);;All files (*)"
    )


def start_folder(window: MainWindow) -> Path:
    """Where the file dialogs start: beside the open workshop, else the last one."""
    if window.session is not None:
        return window.session.store.path.parent
    files = recent_files()
    return Path(files[0]).parent if files else Path.home()


def new_workshop(window: MainWindow) -> None:
    from PySide6.QtWidgets import QFileDialog

    from workshop_app.exchange.templates import load_template
    from workshop_app.storage.store import create_workshop
    from workshop_app.storage.store import new_workshop as new_model
    from workshop_app.ui.start import NewWorkshopDialog

    choice = NewWorkshopDialog.ask(window)
    if choice is None:
        return
    title, template = choice
    name, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("MainWindow", "Save the new workshop as"),
        str(Path.home() / f"{title}{EXTENSION}"),
        file_filter(),
    )
    if not name:
        return
    path = Path(name)
    if path.suffix != EXTENSION:
        path = path.with_name(path.name + EXTENSION)
    try:
        workshop = new_model(title, load_template(template))
        create_workshop(path, workshop, overwrite=path.exists()).close(backup=False)
    except WorkshopError as exc:
        show_problem(
            window, QCoreApplication.translate("MainWindow", "Cannot create workshop"), exc
        )
        return
    window.open_path(path)


def edit_questionnaire(window: MainWindow) -> None:
    """The questionnaire editor of the open workshop, beside the main window."""
    from workshop_app.ui.pages.questionnaire_editor import QuestionnaireEditor

    if window.session is None:
        return
    if window.editor is None:
        window.editor = QuestionnaireEditor(window.session, window)
    window.editor.show()
    window.editor.raise_()
    window.editor.activateWindow()


def open_dialog(window: MainWindow) -> None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("MainWindow", "Open workshop"),
        str(start_folder(window)),
        file_filter(),
    )
    if name:
        window.open_path(Path(name))


def open_demo(window: MainWindow) -> None:
    path = demo_path()
    if not path.exists():
        try:
            create_demo(path)
        except WorkshopError as exc:
            show_problem(
                window, QCoreApplication.translate("MainWindow", "Cannot create the demo"), exc
            )
            return
    window.open_path(path)


def fill_recent_menu(window: MainWindow) -> None:
    menu = window.actions.recent_menu
    menu.clear()
    files = recent_files()
    if not files:
        menu.addAction(QCoreApplication.translate("MainWindow", "(none)")).setEnabled(False)
    for number, name in enumerate(files, start=1):
        action = menu.addAction(f"&{number} {Path(name).name}")
        action.setToolTip(name)
        action.triggered.connect(lambda _=False, p=name: window.open_path(Path(p)))


def save_copy(window: MainWindow) -> None:
    if window.session is None:
        return
    from PySide6.QtWidgets import QFileDialog

    store = window.session.store
    name, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("MainWindow", "Save a copy as"),
        str(store.path.with_name(f"{store.path.stem} copy{EXTENSION}")),
        file_filter(),
    )
    if not name:
        return
    target = Path(name)
    if target.resolve() == store.path.resolve():
        show_problem(
            window,
            QCoreApplication.translate("MainWindow", "Save a copy"),
            QCoreApplication.translate("MainWindow", "Choose a name other than the open file."),
        )
        return
    try:
        store.save_copy(target)
    except (WorkshopError, OSError) as exc:
        show_problem(window, QCoreApplication.translate("MainWindow", "Copy not saved"), str(exc))
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Copy saved to {path}").format(path=target), 8000
    )
