"""The setup page's workshop details: the Designer form of the workshop's own fields.

Each field is saved as the user leaves it (one undoable edit); refused input stays in its
field with the message above the form. Texts keep the page's translation context
("SetupPage"), so the translations stay where they are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QListWidgetItem, QVBoxLayout, QWidget

from workshop_app.domain.enums import Phase, Purpose
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.model import WorkshopDetails
from workshop_app.session import WorkshopSession
from workshop_app.ui.forms.ui_workshop_details import Ui_WorkshopDetailsForm
from workshop_app.ui.models.labels import domain_text
from workshop_app.ui.widgets.date_edit import DateEdit
from workshop_app.ui.widgets.page_parts import InlineMessage


class WorkshopDetailsBox(QGroupBox):
    """The "Workshop" group: title, purposes, phase, date, place, threshold, blind mode."""

    def __init__(
        self,
        session: WorkshopSession,
        is_loading: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("SetupPage", "Workshop"), parent)
        self.session = session
        # True while the page fills the form: the signals filling fires are not edits.
        self._is_loading = is_loading
        details_layout = QVBoxLayout(self)
        self.details_error = InlineMessage()
        details_layout.addWidget(self.details_error)
        self.form_widget = QWidget(self)  # made in place: a later move would restyle it
        self.form = Ui_WorkshopDetailsForm()
        self.form.setupUi(self.form_widget)
        details_layout.addWidget(self.form_widget)
        self._init_form()
        self.form.thresholdSpin.setMaximumWidth(120)

    def _init_form(self) -> None:
        f = self.form
        f.purposeCombo.addItem(QCoreApplication.translate("SetupPage", "(not set)"), None)
        for purpose in Purpose:
            f.purposeCombo.addItem(domain_text(purpose.label), purpose.value)
        for purpose in Purpose:
            item = QListWidgetItem(domain_text(purpose.label))
            item.setData(Qt.ItemDataRole.UserRole, purpose.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            f.secondaryList.addItem(item)
        for phase in Phase:
            f.phaseCombo.addItem(domain_text(phase.label), phase.value)
        # The app's one date field, in the form's date row.
        self.date_edit = DateEdit(what=QCoreApplication.translate("SetupPage", "Workshop date"))
        self.date_edit.setAccessibleName(QCoreApplication.translate("SetupPage", "Workshop date"))
        self.date_edit.setMaximumWidth(self.date_edit.sizeHint().width() * 2)
        f.dateLayout.insertWidget(0, self.date_edit)
        f.dateCaption.setBuddy(self.date_edit)
        QWidget.setTabOrder(f.phaseCombo, self.date_edit)
        # Down the form: the date, then location, then facilitator (as laid out).
        QWidget.setTabOrder(self.date_edit, f.locationEdit)
        QWidget.setTabOrder(f.locationEdit, f.facilitatorEdit)
        f.titleEdit.editingFinished.connect(lambda: self._save_text("title", f.titleEdit))
        f.locationEdit.editingFinished.connect(lambda: self._save_text("location", f.locationEdit))
        f.facilitatorEdit.editingFinished.connect(
            lambda: self._save_text("facilitator", f.facilitatorEdit)
        )
        f.confidentialityEdit.editingFinished.connect(
            lambda: self._save_text("confidentiality", f.confidentialityEdit)
        )
        f.purposeCombo.currentIndexChanged.connect(self._save_purpose)
        f.secondaryList.itemChanged.connect(self._save_secondary)
        f.phaseCombo.currentIndexChanged.connect(
            lambda: self.save(phase=Phase(f.phaseCombo.currentData()))
        )
        self.date_edit.editingFinished.connect(self._save_date)
        self.date_edit.dateChosen.connect(self._save_date)
        f.thresholdSpin.editingFinished.connect(
            lambda: self.save(gap_threshold=round(f.thresholdSpin.value(), 2))
        )
        f.blindCheck.toggled.connect(lambda on: self.save(blind_mode=on))
        f.attributeCheck.toggled.connect(lambda on: self.save(attribute_comments=on))

    def save(self, **changes: object) -> bool:
        if self._is_loading():
            return True
        details: WorkshopDetails = self.session.workshop().details
        new = replace(details, **changes)  # type: ignore[arg-type]  # field names and values come from the form
        where = ("workshop details", *sorted(changes))
        if new == details:
            self.session.resolve(where)
            return True
        ok = self.session.put(
            new, text=QCoreApplication.translate("SetupPage", "Edit workshop details")
        )
        self.details_error.show_message("" if ok else self.session.last_error)
        if ok:
            self.session.resolve(where)
        else:
            self.session.refuse(where, self.session.last_error)  # until it is saved
        return ok

    def _save_text(self, name: str, edit: object) -> None:
        self.save(**{name: edit.text().strip()})  # type: ignore[attr-defined]  # a QLineEdit or QPlainTextEdit

    def _save_purpose(self) -> None:
        value = self.form.purposeCombo.currentData()
        primary = Purpose(value) if value else None
        # The new primary purpose leaves the secondary ones in the same edit.
        secondary = tuple(
            p for p in self.session.workshop().details.secondary_purposes if p != primary
        )
        self.save(primary_purpose=primary, secondary_purposes=secondary)

    def _save_secondary(self) -> None:
        chosen = []
        lst = self.form.secondaryList
        for i in range(lst.count()):
            item = lst.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(Purpose(item.data(Qt.ItemDataRole.UserRole)))
        self.save(secondary_purposes=tuple(chosen))

    def _save_date(self) -> None:
        if self._is_loading() or self.session.read_only:
            return
        where = ("workshop date",)
        try:
            value = self.date_edit.value()
        except ValidationError as exc:
            self.details_error.show_message(exc.message)
            self.session.refuse(where, exc.message)
            return
        if self.save(date=value):
            self.session.resolve(where)

    def load(self, details: WorkshopDetails) -> None:
        f = self.form
        for name, edit, value in (
            ("title", f.titleEdit, details.title),
            ("location", f.locationEdit, details.location),
            ("facilitator", f.facilitatorEdit, details.facilitator),
            ("confidentiality", f.confidentialityEdit, details.confidentiality),
        ):
            # A field being typed into keeps its text, and so does one whose text was
            # refused (it stays to be corrected, with "NOT SAVED" in the status bar).
            typing = edit.hasFocus() and edit.isModified()
            refused = self.session.is_refused(("workshop details", name))
            if edit.text() != value and not typing and not refused:
                edit.setText(value)
        f.purposeCombo.setCurrentIndex(
            max(0, f.purposeCombo.findData(details.primary_purpose.value))
            if details.primary_purpose
            else 0
        )
        secondary = {p.value for p in details.secondary_purposes}
        for i in range(f.secondaryList.count()):
            item = f.secondaryList.item(i)
            value = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(
                Qt.CheckState.Checked if value in secondary else Qt.CheckState.Unchecked
            )
            primary = details.primary_purpose
            item.setHidden(primary is not None and value == primary.value)
        f.phaseCombo.setCurrentIndex(f.phaseCombo.findData(details.phase.value))
        if not self.session.is_refused(("workshop date",)) and not (
            self.date_edit.hasFocus() and self.date_edit.isModified()
        ):
            self.date_edit.set_value(details.date)
        f.thresholdSpin.setValue(details.gap_threshold)
        f.blindCheck.setChecked(details.blind_mode)
        f.attributeCheck.setChecked(details.attribute_comments)
