"""The questionnaire's glossary as a dialog (Help > Glossary): the few terms the questions
rely on, in the template's order and in each language it carries. The Questionnaire page
shows the same entries, in the participant's language, under each question that uses one."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from workshop_app.domain.errors import ValidationError
from workshop_app.domain.languages import language
from workshop_app.domain.questionnaire import Questionnaire
from workshop_app.domain.translation import localized
from workshop_app.translations import tr
from workshop_app.ui.language import current_language


def language_name(code: str) -> str:
    try:
        return language(code).name
    except ValidationError:  # a source language outside the product's list ("en-GB")
        return code


def glossary_dialog(parent: QWidget, questionnaire: Questionnaire) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Glossary"))
    dialog.resize(640, 520)
    layout = QVBoxLayout(dialog)
    browser = QTextBrowser()
    browser.setObjectName("glossaryText")
    browser.setOpenExternalLinks(False)
    if questionnaire.glossary:
        lines: list[str] = []
        # The interface's language first, then every other one the questionnaire
        # carries (participants read their own).
        shown_first = current_language()
        for code in sorted(questionnaire.languages, key=lambda c: c != shown_first):
            if len(questionnaire.languages) > 1:
                lines.append(f"### {_escape(language_name(code))}")
            lines += [
                f"**{_escape(term)}**: {_escape(meaning)}"
                for term, meaning in localized(questionnaire, code).glossary
            ]
        browser.setMarkdown("\n\n".join(lines))
    else:
        browser.setPlainText(tr("This questionnaire has no glossary."))
    layout.addWidget(browser)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return dialog


def _escape(text: str) -> str:
    """Template text shown as itself, not as Markdown."""
    return "".join(
        f"\\{ch}" if ch in "\\`*_{}[]()#+-.!<>|" else ch for ch in " ".join(text.split())
    )
