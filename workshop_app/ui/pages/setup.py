"""Page 1: the workshop's own fields, the partners and their participants."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.enums import Function
from workshop_app.domain.languages import LANGUAGES
from workshop_app.domain.model import (
    MAX_PARTNERS,
    MIN_PARTNERS,
    PARTNER_COLOURS,
    Participant,
    Partner,
    new_id,
)
from workshop_app.session import WorkshopSession
from workshop_app.ui.models import participants as pcols
from workshop_app.ui.models import partners as cols
from workshop_app.ui.models.labels import function_label
from workshop_app.ui.models.participants import ParticipantsModel
from workshop_app.ui.models.partners import PartnersModel
from workshop_app.ui.pages.base import Page, next_position
from workshop_app.ui.pages.setup_details import WorkshopDetailsBox
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

        # Boxes and tables are made inside their parents: a widget added to a layout later
        # is moved into the window, and each move restyles the widget and all inside it.
        # --- workshop details (Designer form) ---
        self.details_box = WorkshopDetailsBox(session, lambda: self._loading, body)
        self.details_error = self.details_box.details_error
        self.form_widget = self.details_box.form_widget
        self.form = self.details_box.form
        self.date_edit = self.details_box.date_edit
        layout.addWidget(self.details_box)
        # --- which questions are asked, and the blind-spot threshold ---
        self.scope_box = QuestionScopeBox(body)
        self.scope_box.changed.connect(self._save_scope)
        layout.addWidget(self.scope_box)

        # --- partners ---
        partners_box = QGroupBox(self.tr("Partners (2 to 6)"), body)
        pl = QVBoxLayout(partners_box)
        self.partners_error = InlineMessage()
        pl.addWidget(self.partners_error)
        self.partner_warning = QLabel()
        self.partner_warning.setObjectName("warning")
        self.partner_warning.setWordWrap(True)
        pl.addWidget(self.partner_warning)
        self.partners_model = PartnersModel(session, self)
        self.partners_view = table_view(self.partners_model, self.tr("Partners"), partners_box)
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
        people_box = QGroupBox(self.tr("Participants"), body)
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
        self.participants_view = table_view(
            self.participants_model, self.tr("Participants"), people_box
        )
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

    def _save_scope(self, changes: dict[str, object]) -> None:
        if not self.details_box.save(**changes):
            self.refresh()  # show the stored state again, not the refused tick

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
        from PySide6.QtWidgets import QColorDialog  # made when first asked for, not at start

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
        from PySide6.QtWidgets import QMessageBox  # made when first asked for, not at start

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
        from PySide6.QtWidgets import QMessageBox

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
            self.details_box.load(w.details)
            self.scope_box.load(w.details, w.questionnaire)
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
