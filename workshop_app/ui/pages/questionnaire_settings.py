"""The questionnaire's own fields (id, version, title, description, section titles and the
glossary), and the template library buttons of the questionnaire editor."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.errors import TemplateError, WorkshopError
from workshop_app.domain.questionnaire_edit import template_data
from workshop_app.domain.template_format import questionnaire_from_dict
from workshop_app.session import WorkshopSession


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    return table


def _cell(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    return item.text() if item is not None else ""


class QuestionnaireSettings(QWidget):
    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.id_edit = QLineEdit()
        self.version_edit = QLineEdit()
        self.title_edit = QLineEdit()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(70)
        form.addRow(self.tr("Template &id:"), self.id_edit)
        form.addRow(self.tr("&Version:"), self.version_edit)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Description:"), self.description_edit)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Sections (one per element):")))
        self.sections = _table(
            [self.tr("Element"), self.tr("Title"), self.tr("Intro")], self.tr("Sections")
        )
        layout.addWidget(self.sections)
        layout.addWidget(QLabel(self.tr("Glossary (terms participants must know):")))
        self.glossary = _table([self.tr("Term"), self.tr("Meaning")], self.tr("Glossary"))
        layout.addWidget(self.glossary)
        row = QHBoxLayout()
        self.add_term = QPushButton(self.tr("Add &term"))
        self.remove_term = QPushButton(self.tr("Remove term"))
        self.apply_button = QPushButton(self.tr("Save &questionnaire details"))
        row.addWidget(self.add_term)
        row.addWidget(self.remove_term)
        row.addStretch(1)
        row.addWidget(self.apply_button)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("inlineError")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.add_term.clicked.connect(self._add_term)
        self.remove_term.clicked.connect(
            lambda: self.glossary.removeRow(self.glossary.currentRow())
        )
        self.apply_button.clicked.connect(self.apply)

    def refresh(self) -> None:
        q = self.session.workshop().questionnaire
        self.id_edit.setText(q.template_id)
        self.version_edit.setText(q.version)
        self.title_edit.setText(q.title)
        self.description_edit.setPlainText(q.description)
        self.sections.setRowCount(0)
        for s in q.sections:
            r = self.sections.rowCount()
            self.sections.insertRow(r)
            element = QTableWidgetItem(s.element.value)
            element.setFlags(element.flags() & ~element.flags().ItemIsEditable)
            self.sections.setItem(r, 0, element)
            self.sections.setItem(r, 1, QTableWidgetItem(s.title))
            self.sections.setItem(r, 2, QTableWidgetItem(s.intro))
        self.glossary.setRowCount(0)
        for term, meaning in q.glossary:
            self._add_term(term, meaning)
        self.apply_button.setEnabled(not self.session.read_only)

    def _add_term(self, term: str = "", meaning: str = "") -> None:
        r = self.glossary.rowCount()
        self.glossary.insertRow(r)
        self.glossary.setItem(r, 0, QTableWidgetItem(term if isinstance(term, str) else ""))
        self.glossary.setItem(r, 1, QTableWidgetItem(meaning))

    def apply(self) -> bool:
        q = self.session.workshop().questionnaire
        data = template_data(q)
        data.update(
            id=self.id_edit.text().strip(),
            version=self.version_edit.text().strip(),
            title=self.title_edit.text().strip(),
        )
        description = self.description_edit.toPlainText().strip()
        data.pop("description", None)
        if description:
            data["description"] = description
        for r, section in enumerate(data["sections"]):
            section["title"] = _cell(self.sections, r, 1).strip()
            intro = _cell(self.sections, r, 2).strip()
            section.pop("intro", None)
            if intro:
                section["intro"] = intro
        terms = {
            _cell(self.glossary, r, 0).strip(): _cell(self.glossary, r, 1).strip()
            for r in range(self.glossary.rowCount())
            if _cell(self.glossary, r, 0).strip() or _cell(self.glossary, r, 1).strip()
        }
        data.pop("glossary", None)
        if terms:
            data["glossary"] = terms
        try:
            edited = questionnaire_from_dict(data, self.tr("questionnaire"))
        except TemplateError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return False
        if edited == q:
            return True
        if not self.session.set_questionnaire(edited, text=self.tr("Edit questionnaire details")):
            self.message.setText(self.session.last_error)
            self.message.show()
            return False
        self.message.hide()
        return True


class TemplateButtons(QWidget):
    """Save the questionnaire as an own template, export it, import a template file."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.save_button = QPushButton(self.tr("Save as &template"))
        self.export_button = QPushButton(self.tr("E&xport (YAML or Excel)…"))
        self.import_button = QPushButton(self.tr("&Import a template file…"))
        for b in (self.save_button, self.export_button, self.import_button):
            row.addWidget(b)
        row.addStretch(1)
        self.save_button.clicked.connect(self.save_template)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_file)

    def _problem(self, title: str, exc: BaseException) -> None:
        QMessageBox.warning(self, title, str(exc))

    def save_template(self) -> Path | None:
        from workshop_app.exchange.template_library import library_path, save_to_library

        q = self.session.workshop().questionnaire
        try:
            path = save_to_library(q)
        except FileExistsError:
            answer = QMessageBox.question(
                self,
                self.tr("Replace template?"),
                self.tr(
                    "Your templates already hold {id} version {v}. Replace it? (To keep both, "
                    "change the version on the Questionnaire tab first.)"
                ).format(id=q.template_id, v=q.version),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            path = save_to_library(q, overwrite=True)
        except (WorkshopError, OSError) as exc:
            self._problem(self.tr("Cannot save the template"), exc)
            return None
        QMessageBox.information(
            self,
            self.tr("Template saved"),
            self.tr("Saved as {path}. New workshops can start from it.").format(
                path=library_path(q)
            ),
        )
        return path

    def export(self) -> Path | None:
        from workshop_app.exchange.forms_xlsx import write_form_xlsx
        from workshop_app.exchange.template_library import write_template_yaml

        q = self.session.workshop().questionnaire
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the questionnaire"),
            str(Path.home() / f"{q.template_id}-{q.version}.yaml"),
            self.tr("Template (*.yaml);;Excel form (*.xlsx)"),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".yaml", ".yml", ".xlsx"):
            path = path.with_name(path.name + (".xlsx" if "xlsx" in chosen else ".yaml"))
        try:
            if path.suffix.lower() == ".xlsx":
                return write_form_xlsx(template_data(q), path)
            return write_template_yaml(template_data(q), path)
        except (WorkshopError, OSError) as exc:
            self._problem(self.tr("Cannot export the questionnaire"), exc)
            return None

    def import_file(self) -> Path | None:
        """A template file (YAML, or an Excel form) into the user's templates."""
        from workshop_app.exchange.forms_xlsx_read import read_form_xlsx
        from workshop_app.exchange.template_library import (
            import_to_library,
            library_path,
            write_template_yaml,
        )

        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a template file"),
            str(Path.home()),
            self.tr("Templates (*.yaml *.yml *.xlsx)"),
        )
        if not name:
            return None
        path = Path(name)
        warnings: list[str] = []
        try:
            if path.suffix.lower() == ".xlsx":
                data, warnings = read_form_xlsx(path)
                q = questionnaire_from_dict(data, path.name)
                target = library_path(q)
                target.parent.mkdir(parents=True, exist_ok=True)
                saved = write_template_yaml(data, target)
            else:
                saved = import_to_library(path, overwrite=True)
        except (WorkshopError, OSError) as exc:
            self._problem(self.tr("Cannot import the template"), exc)
            return None
        text = self.tr("Saved as {path}. New workshops can start from it.").format(path=saved)
        if warnings:
            text += (
                "\n\n" + self.tr("It breaks these writing rules:") + "\n" + "\n".join(warnings[:10])
            )
        QMessageBox.information(self, self.tr("Template imported"), text)
        return saved
