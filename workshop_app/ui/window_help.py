"""The main window's presentation mode and help: the projector window, About, the
glossary and the user guide. Imported when first asked for, not at start.

Texts keep the "MainWindow" translation context: they were the window's own and the
translations file them there.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout

from workshop_app import __version__
from workshop_app.paths import licences_dir
from workshop_app.ui.forms.ui_about import Ui_AboutDialog
from workshop_app.ui.glossary import glossary_dialog
from workshop_app.ui.presentation import PresentationWindow

if TYPE_CHECKING:
    from workshop_app.ui.mainwindow import MainWindow


def start_presentation(window: MainWindow) -> None:
    session = window.session
    if session is None:
        return
    shown = PresentationWindow()
    shown.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    current = window.pages[window.nav.currentRow()] if window.pages else None
    workshop = session.workshop()
    # Imported here: pages are imported when first shown (ui.lazy_pages).
    from workshop_app.ui.pages.questionnaire import QuestionnairePage

    question = current.current_question() if isinstance(current, QuestionnairePage) else None
    if question is not None:
        shown.show_question(workshop, question)
    else:
        hidden = workshop.details.blind_mode and not workshop.details.revealed
        shown.show_alignment(workshop, None if hidden else session.analysis())

    def update() -> None:
        if window.presentation is None or window.session is None:
            return
        workshop = window.session.workshop()
        hidden = workshop.details.blind_mode and not workshop.details.revealed
        window.presentation.update_workshop(workshop, None if hidden else window.session.analysis())

    def closed() -> None:
        if window.session is not None:
            window.session.changed.disconnect(update)
        window.presentation = None

    shown.closed.connect(closed)
    # Live: new answers update the progress slide and the figures on the slide shown.
    session.changed.connect(update)
    window.presentation = shown
    shown.show_on_projector()


def show_about(window: MainWindow) -> None:
    dialog = QDialog(window)
    ui = Ui_AboutDialog()
    ui.setupUi(dialog)
    ui.versionLabel.setText(__version__)
    if window.session is not None:
        ui.fileLabel.setText(str(window.session.store.path))
        ui.schemaLabel.setText(window.session.store.schema_version)
    else:
        ui.fileLabel.setText(QCoreApplication.translate("MainWindow", "(no workshop open)"))
        ui.schemaLabel.setText("–")
    licences = licences_dir()
    if licences is not None:  # a bundle: the third-party licences it ships, one click away
        url = QUrl.fromLocalFile(str(licences / "README.txt")).toString()
        anchor = f'<a href="{url}">{html.escape(licences.as_posix())}</a>'  # markup, a path
        link = QLabel(anchor)
        link.setOpenExternalLinks(True)
        link.setWordWrap(True)
        ui.formLayout.addRow(QCoreApplication.translate("AboutDialog", "Licences:"), link)
    window.about_dialog = dialog
    dialog.open()


def show_glossary(window: MainWindow) -> None:
    if window.session is None:
        return
    window.glossary_dialog = glossary_dialog(window, window.session.store.questionnaire())
    window.glossary_dialog.open()


def show_user_guide(window: MainWindow) -> None:
    dialog = QDialog(window)
    dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "User guide"))
    dialog.resize(820, 640)
    layout = QVBoxLayout(dialog)
    browser = QTextBrowser()
    browser.setAccessibleName(QCoreApplication.translate("MainWindow", "User guide"))
    browser.setOpenExternalLinks(False)
    browser.setMarkdown(user_guide_text())
    layout.addWidget(browser)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    window.guide_dialog = dialog
    dialog.open()


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
