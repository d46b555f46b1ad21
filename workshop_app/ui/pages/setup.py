"""Page 1: the workshop's own fields, the partners and their participants."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.enums import Function, Phase, Purpose
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.languages import LANGUAGES
from workshop_app.domain.model import (
    MAX_PARTNERS,
    MIN_PARTNERS,
    PARTNER_COLOURS,
    Participant,
    Partner,
    WorkshopDetails,
    new_id,
)
from workshop_app.session import WorkshopSession
from workshop_app.ui.forms.ui_workshop_details import Ui_WorkshopDetailsForm
from workshop_app.ui.models import participants as pcols
from workshop_app.ui.models import partners as cols
from workshop_app.ui.models.labels import domain_text, function_label
from workshop_app.ui.models.participants import ParticipantsModel
from workshop_app.ui.models.partners import PartnersModel
from workshop_app.ui.pages.base import Page, next_position
from workshop_app.ui.widgets.date_edit import DateEdit
from workshop_app.ui.widgets.delegates import ComboDelegate
from workshop_app.ui.widgets.page_parts import InlineMessage, table_view
from workshop_app.ui.widgets.question_scope import QuestionScopeBox


class SetupPage(Page):
    page_id = "setup"
    scroll: QScrollArea  # type: ignore[assignment]  # shadows QWidget.scroll(), unused here

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._loading = False

        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Workshop setup"))
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        heading = QLabel(self.tr("Workshop setup"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)

        # --- workshop details (Designer form) ---
        details_box = QGroupBox(self.tr("Workshop"))
        details_layout = QVBoxLayout(details_box)
        self.details_error = InlineMessage()
        details_layout.addWidget(self.details_error)
        self.form_widget = QWidget()
        self.form = Ui_WorkshopDetailsForm()
        self.form.setupUi(self.form_widget)
        details_layout.addWidget(self.form_widget)
        layout.addWidget(details_box)
        self._init_details_form()
        # --- which questions are asked, and the blind-spot threshold ---
        self.scope_box = QuestionScopeBox()
        self.scope_box.changed.connect(self._save_scope)
        layout.addWidget(self.scope_box)

        # --- partners ---
        partners_box = QGroupBox(self.tr("Partners (2 to 6)"))
        pl = QVBoxLayout(partners_box)
        self.partners_error = InlineMessage()
        pl.addWidget(self.partners_error)
        self.partner_warning = QLabel()
        self.partner_warning.setObjectName("warning")
        self.partner_warning.setWordWrap(True)
        pl.addWidget(self.partner_warning)
        self.partners_model = PartnersModel(session, self)
        self.partners_view = table_view(self.partners_model, self.tr("Partners"))
        self.partners_view.setMinimumHeight(150)
        pl.addWidget(self.partners_view)
        row = QHBoxLayout()
        self.add_partner_button = QPushButton(self.tr("&Add partner"))
        self.colour_button = QPushButton(self.tr("C&olour…"))
        self.remove_partner_button = QPushButton(self.tr("Remove partner…"))
        for b in (self.add_partner_button, self.colour_button, self.remove_partner_button):
            row.addWidget(b)
        row.addStretch(1)
        pl.addLayout(row)
        layout.addWidget(partners_box)

        # --- participants ---
        people_box = QGroupBox(self.tr("Participants"))
        ql = QVBoxLayout(people_box)
        self.participants_error = InlineMessage()
        ql.addWidget(self.participants_error)
        pick = QHBoxLayout()
        pick_label = QLabel(self.tr("&Partner:"))
        self.partner_combo = QComboBox()
        self.partner_combo.setAccessibleName(self.tr("Partner whose participants are shown"))
        pick_label.setBuddy(self.partner_combo)
        pick.addWidget(pick_label)
        pick.addWidget(self.partner_combo, 1)
        ql.addLayout(pick)
        self.participants_model = ParticipantsModel(session, self)
        self.participants_view = table_view(self.participants_model, self.tr("Participants"))
        self.participants_view.setMinimumHeight(150)
        # The function decides which questions a participant is asked.
        self.participants_view.setItemDelegateForColumn(
            pcols.COL_FUNCTION,
            ComboDelegate(
                [(self.tr("(not given: asked everything)"), "")]
                + [(function_label(f), f.value) for f in Function],
                self,
            ),
        )
        # The language each participant reads the questionnaire in (app, workbook, phone).
        self.participants_view.setItemDelegateForColumn(
            pcols.COL_LANGUAGE,
            ComboDelegate([(lang.name, lang.code) for lang in LANGUAGES], self),
        )
        ql.addWidget(self.participants_view)
        prow = QHBoxLayout()
        self.add_participant_button = QPushButton(self.tr("Add &participant"))
        self.remove_participant_button = QPushButton(self.tr("Remove participant…"))
        prow.addWidget(self.add_participant_button)
        prow.addWidget(self.remove_participant_button)
        prow.addStretch(1)
        ql.addLayout(prow)
        layout.addWidget(people_box)
        layout.addStretch(1)

        self.form.thresholdSpin.setMaximumWidth(120)

        self.partners_model.editFailed.connect(self.partners_error.show_message)
        self.participants_model.editFailed.connect(self.participants_error.show_message)
        self.add_partner_button.clicked.connect(self.add_partner)
        self.colour_button.clicked.connect(self.choose_colour)
        self.remove_partner_button.clicked.connect(self.remove_partner)
        self.add_participant_button.clicked.connect(self.add_participant)
        self.remove_participant_button.clicked.connect(self.remove_participant)
        self.partner_combo.currentIndexChanged.connect(self._partner_chosen)
        self.partners_view.doubleClicked.connect(self._partner_double_clicked)
        self.mark_editing(
            self.add_partner_button,
            self.colour_button,
            self.remove_partner_button,
            self.add_participant_button,
            self.remove_participant_button,
            self.form_widget,
            self.scope_box,
        )
        self.refresh()

    # --- details --------------------------------------------------------------------

    def _init_details_form(self) -> None:
        f = self.form
        f.purposeCombo.addItem(self.tr("(not set)"), None)
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
        # The app's one date field in place of the form's check box and spin-box date.
        self.date_edit = DateEdit(what=self.tr("Workshop date"))
        self.date_edit.setAccessibleName(self.tr("Workshop date"))
        self.date_edit.setMaximumWidth(self.date_edit.sizeHint().width() * 2)
        f.dateSetCheck.hide()
        f.dateEdit.hide()
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
            lambda: self._save_details(phase=Phase(f.phaseCombo.currentData()))
        )
        self.date_edit.editingFinished.connect(self._save_date)
        self.date_edit.dateChosen.connect(self._save_date)
        f.thresholdSpin.editingFinished.connect(
            lambda: self._save_details(gap_threshold=round(f.thresholdSpin.value(), 2))
        )
        f.blindCheck.toggled.connect(lambda on: self._save_details(blind_mode=on))
        f.attributeCheck.toggled.connect(lambda on: self._save_details(attribute_comments=on))

    def _save_details(self, **changes: object) -> bool:
        if self._loading:
            return True
        details: WorkshopDetails = self.session.workshop().details
        new = replace(details, **changes)  # type: ignore[arg-type]  # field names and values come from the form
        where = ("workshop details", *sorted(changes))
        if new == details:
            self.session.resolve(where)
            return True
        ok = self.session.put(new, text=self.tr("Edit workshop details"))
        self.details_error.show_message("" if ok else self.session.last_error)
        if ok:
            self.session.resolve(where)
        else:
            self.session.refuse(where, self.session.last_error)  # until it is saved
        return ok

    def _save_scope(self, changes: dict[str, object]) -> None:
        if not self._save_details(**changes):
            self.refresh()  # show the stored state again, not the refused tick

    def _save_text(self, name: str, edit: object) -> None:
        self._save_details(**{name: edit.text().strip()})  # type: ignore[attr-defined]  # a QLineEdit or QPlainTextEdit

    def _save_purpose(self) -> None:
        value = self.form.purposeCombo.currentData()
        primary = Purpose(value) if value else None
        # The new primary purpose leaves the secondary ones in the same edit.
        secondary = tuple(
            p for p in self.session.workshop().details.secondary_purposes if p != primary
        )
        self._save_details(primary_purpose=primary, secondary_purposes=secondary)

    def _save_secondary(self) -> None:
        chosen = []
        lst = self.form.secondaryList
        for i in range(lst.count()):
            item = lst.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(Purpose(item.data(Qt.ItemDataRole.UserRole)))
        self._save_details(secondary_purposes=tuple(chosen))

    def _save_date(self) -> None:
        if self._loading or not self.editable:
            return
        where = ("workshop date",)
        try:
            value = self.date_edit.value()
        except ValidationError as exc:
            self.details_error.show_message(exc.message)
            self.session.refuse(where, exc.message)
            return
        if self._save_details(date=value):
            self.session.resolve(where)

    def _load_details(self, details: WorkshopDetails) -> None:
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
        self.scope_box.load(details, self.session.workshop().questionnaire)

    def show_entity(self, entity: object) -> None:
        """After undo/redo: a participant is shown with their partner's people."""
        self._refresh_if_stale()
        if isinstance(entity, Participant):
            index = self.partner_combo.findData(entity.partner_id)
            if index >= 0:
                self.partner_combo.setCurrentIndex(index)
        super().show_entity(entity)

    # --- partners -------------------------------------------------------------------

    def selected_partner(self) -> Partner | None:
        rows = self.partners_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.partners_model.partner(rows[0].row())

    def add_partner(self) -> None:
        w = self.session.workshop()
        names = {p.name.casefold() for p in w.partners}
        n = len(w.partners) + 1
        while self.tr("Partner {n}").format(n=n).casefold() in names:
            n += 1
        used = {p.colour.upper() for p in w.partners}
        colour = next((c for c in PARTNER_COLOURS if c.upper() not in used), PARTNER_COLOURS[0])
        partner = Partner(
            id=new_id(),
            name=self.tr("Partner {n}").format(n=n),
            colour=colour,
            position=next_position(w.partners),
        )
        ok = self.session.put(partner, text=self.tr("Add partner"))
        self.partners_error.show_message("" if ok else self.session.last_error)
        if ok:
            self.refresh()
            self._select_partner(partner.id)
            index = self.partners_model.index(self.partners_model.row_of(partner.id), cols.COL_NAME)
            self.partners_view.setFocus()
            self.partners_view.edit(index)

    def _select_partner(self, partner_id: str) -> None:
        row = self.partners_model.row_of(partner_id)
        if row >= 0:
            self.partners_view.selectionModel().setCurrentIndex(
                self.partners_model.index(row, cols.COL_NAME),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _partner_double_clicked(self, index: object) -> None:
        if getattr(index, "column", lambda: -1)() == cols.COL_COLOUR:
            self.choose_colour()

    def choose_colour(self) -> None:
        if not self.editable:  # a double click on the colour cell ends up here too
            return
        partner = self.selected_partner()
        if partner is None:
            self.partners_error.show_message(self.tr("Select a partner first."))
            return
        colour = QColorDialog.getColor(
            QColor(partner.colour), self, self.tr("Colour of {name}").format(name=partner.name)
        )
        if not colour.isValid():
            return
        new = replace(partner, colour=colour.name().upper())
        text = self.tr("Change colour of {name}").format(name=partner.name)
        ok = self.session.put(new, text=text)
        self.partners_error.show_message("" if ok else self.session.last_error)

    def remove_partner(self) -> None:
        partner = self.selected_partner()
        if partner is None:
            self.partners_error.show_message(self.tr("Select a partner first."))
            return
        deps = self.session.store.partner_dependents(partner.id)
        lines = [
            self.tr("{n} participant(s)").format(n=len(deps["participants"])),
            self.tr("{n} answer(s)").format(n=len(deps["answers"])),
            self.tr("{n} contribution(s) by or to this partner").format(
                n=len(deps["contributions"])
            ),
            self.tr("its part in {n} decision right(s)").format(n=len(deps["decisions"])),
            self.tr("its ownership of {n} shared asset(s)").format(n=len(deps["shared_assets"])),
        ]
        text = self.tr("Remove {name}? This also removes:\n\n{list}\n\nUndo brings it all back.")
        answer = QMessageBox.question(
            self,
            self.tr("Remove partner"),
            text.format(name=partner.name, list="\n".join(f"• {line}" for line in lines)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        restore = [
            *deps["participants"],
            *deps["answers"],
            *deps["contributions"],
            *deps["decisions"],
            *deps["shared_assets"],
            *deps["party_details"],
            *deps["heads_of_terms"],
        ]
        ok = self.session.apply(
            delete=[partner],
            restore=restore,
            text=self.tr("Remove partner {name}").format(name=partner.name),
        )
        self.partners_error.show_message("" if ok else self.session.last_error)

    # --- participants ---------------------------------------------------------------

    def _partner_chosen(self) -> None:
        if not self._loading:
            self.participants_model.set_workshop(
                self.session.workshop(), self.partner_combo.currentData()
            )

    def add_participant(self) -> None:
        partner_id = self.partner_combo.currentData()
        if not partner_id:
            self.participants_error.show_message(self.tr("Add a partner first."))
            return
        people = self.session.workshop().participants_of(partner_id)
        names = {p.name.casefold() for p in people}
        n = len(people) + 1
        while self.tr("Participant {n}").format(n=n).casefold() in names:
            n += 1
        person = Participant(
            id=new_id(), partner_id=partner_id, name=self.tr("Participant {n}").format(n=n)
        )
        ok = self.session.put(person, text=self.tr("Add participant"))
        self.participants_error.show_message("" if ok else self.session.last_error)
        if ok:
            self.refresh()
            row = self.participants_model.rowCount() - 1
            index = self.participants_model.index(row, pcols.COL_NAME)
            self.participants_view.setCurrentIndex(index)
            self.participants_view.setFocus()
            self.participants_view.edit(index)

    def remove_participant(self) -> None:
        rows = self.participants_view.selectionModel().selectedRows()
        if not rows:
            self.participants_error.show_message(self.tr("Select a participant first."))
            return
        person = self.participants_model.participant(rows[0].row())
        answers = self.session.workshop().answers_of(person.id)
        answer = QMessageBox.question(
            self,
            self.tr("Remove participant"),
            self.tr("Remove {name} and their {n} answer(s)? Undo brings them back.").format(
                name=person.name, n=len(answers)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ok = self.session.apply(
            delete=[person],
            restore=answers,
            text=self.tr("Remove participant {name}").format(name=person.name),
        )
        self.participants_error.show_message("" if ok else self.session.last_error)

    # --- page contract --------------------------------------------------------------

    def rebuild(self) -> None:
        w = self.session.workshop()
        self._loading = True
        try:
            self._load_details(w.details)
            selected = self.selected_partner()
            self.partners_model.set_workshop(w)
            self.partners_view.resizeColumnsToContents()
            if selected is not None:
                self._select_partner(selected.id)
            current = self.partner_combo.currentData()
            self.partner_combo.clear()
            for p in w.partners:
                self.partner_combo.addItem(p.name, p.id)
            index = self.partner_combo.findData(current)
            self.partner_combo.setCurrentIndex(index if index >= 0 else 0)
            self.participants_model.set_workshop(w, self.partner_combo.currentData())
            self.participants_view.resizeColumnsToContents()
        finally:
            self._loading = False
        count = len(w.partners)
        if count < MIN_PARTNERS:
            self.partner_warning.setText(
                self.tr("A workshop needs at least {n} partners; add {missing} more.").format(
                    n=MIN_PARTNERS, missing=MIN_PARTNERS - count
                )
            )
        self.partner_warning.setVisible(count < MIN_PARTNERS)
        self.add_partner_button.setEnabled(count < MAX_PARTNERS)
        self.add_partner_button.setToolTip(
            ""
            if count < MAX_PARTNERS
            else self.tr("A workshop has at most {n} partners.").format(n=MAX_PARTNERS)
        )

    def focus_field(self, field: str) -> None:
        targets = {
            "partners": self.partners_view,
            "participants": self.participants_view,
            "title": self.form.titleEdit,
            "purpose": self.form.purposeCombo,
            "primary_purpose": self.form.purposeCombo,
            "phase": self.form.phaseCombo,
            "date": self.date_edit,
            "facilitator": self.form.facilitatorEdit,
            "location": self.form.locationEdit,
            "gap_threshold": self.form.thresholdSpin,
            "blind_mode": self.form.blindCheck,
        }
        widget = targets.get(field, self.form.titleEdit)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(widget)
