"""The Deal terms page: the sixteen heads of terms and the parties.

On the left the heads in their fixed order with the status shown (``analysis.heads``: a
head is never shown agreed while a linked gap is open); on the right the chosen head's
status, proposer, agreed text, each partner's position, linked gaps and actions, and notes;
for head 1 each partner's particulars as a party. A text field is saved when it loses focus
or after a pause in typing, one undo step per edit; a refused edit names what is wrong.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop_app.analysis.heads import HeadState, head_states
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.heads import HEADS, HeadOfTerms, HeadStatus, PartyDetails
from workshop_app.session import WorkshopSession
from workshop_app.ui.models.labels import domain_text
from workshop_app.ui.pages.base import Page
from workshop_app.ui.widgets.page_parts import InlineMessage, save_on_pause, set_text_quietly

_PARTY_FIELDS = ("legal_name", "seat", "register_number", "signing_entity", "parent_guarantee")


def _text_box(name: str, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)  # Tab moves on (and saves), as in a form
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class DealTermsPage(Page):
    page_id = "deal_terms"

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._loading = False
        self.heads_list = QListWidget()
        self.heads_list.setAccessibleName(self.tr("Heads of terms"))
        self.heads_list.setMinimumWidth(300)
        # Long heads ("Genehmigungen und aufschiebende Bedingungen · Vorgeschlagen") wrap
        # rather than hide behind a sideways scroll bar.
        self.heads_list.setWordWrap(True)
        self.heads_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.heads_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        for spec in HEADS:
            item = QListWidgetItem(f"{spec.number}  {domain_text(spec.title)}")
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.heads_list.addItem(item)
        self.heads_list.currentRowChanged.connect(lambda _row: self._show_head())

        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.shown = QLabel()
        self.shown.setWordWrap(True)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        for status in HeadStatus:
            self.status_combo.addItem(domain_text(status.label), status.value)
        self.proposer_combo = QComboBox()
        self.proposer_combo.setAccessibleName(self.tr("Proposed by"))
        self.agreed_edit = _text_box(self.tr("Agreed text"), 4)
        self.gaps_edit = QLineEdit()
        self.gaps_edit.setAccessibleName(self.tr("Further linked gaps"))
        self.gaps_edit.setPlaceholderText(self.tr("Question ids, e.g. G09, X12"))
        self.linked = QLabel()
        self.linked.setWordWrap(True)
        self.actions_list = QListWidget()
        self.actions_list.setAccessibleName(self.tr("Linked actions"))
        self.actions_list.setMaximumHeight(110)
        self.notes_edit = _text_box(self.tr("Notes"), 2)
        self.positions_box = QGroupBox(self.tr("Each partner's position"))
        self.positions_form = QFormLayout(self.positions_box)
        self.position_edits: dict[str, QPlainTextEdit] = {}
        self.parties_box = QGroupBox(self.tr("The parties"))
        self.parties_form = QFormLayout(self.parties_box)
        self.party_edits: dict[tuple[str, str], QLineEdit] = {}
        self.message = InlineMessage()

        form = QFormLayout()
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.tr("Proposed by"), self.proposer_combo)
        form.addRow(self.tr("Agreed text"), self.agreed_edit)
        form.addRow(self.tr("Further linked gaps"), self.gaps_edit)
        form.addRow("", self.linked)
        form.addRow(self.tr("Linked actions"), self.actions_list)
        form.addRow(self.tr("Notes"), self.notes_edit)
        detail = QWidget()
        right = QVBoxLayout(detail)
        right.addWidget(self.heading)
        right.addWidget(self.shown)
        right.addLayout(form)
        right.addWidget(self.positions_box)
        right.addWidget(self.parties_box)
        right.addWidget(self.message)
        right.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(detail)
        scroll.setAccessibleName(self.tr("Head of terms"))
        root = QHBoxLayout(self)
        root.addWidget(self.heads_list, 1)
        root.addWidget(scroll, 3)

        self.status_combo.currentIndexChanged.connect(lambda _i: self.save("status"))
        self.proposer_combo.currentIndexChanged.connect(lambda _i: self.save("proposed_by"))
        save_on_pause(self.agreed_edit, partial(self.save, "agreed_text"))
        save_on_pause(self.gaps_edit, partial(self.save, "gap_ids"))
        save_on_pause(self.notes_edit, partial(self.save, "notes"))
        self.actions_list.itemChanged.connect(lambda _item: self.save("action_ids"))
        self.mark_editing(
            self.status_combo,
            self.proposer_combo,
            self.agreed_edit,
            self.gaps_edit,
            self.actions_list,
            self.notes_edit,
            self.positions_box,
            self.parties_box,
        )
        self.heads_list.setCurrentRow(0)

    # --- contract -----------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Deal terms")

    def _blind(self) -> bool:
        """Before Reveal in a blind workshop nothing derived from the answers is shown:
        not which gaps are open, so each head shows its recorded status."""
        d = self.session.workshop().details
        return d.blind_mode and not d.revealed

    def _states(self) -> dict[str, HeadState]:
        gaps = () if self._blind() else self.session.analysis().gaps
        return {s.spec.key: s for s in head_states(self.session.workshop(), gaps)}

    def rebuild(self) -> None:
        states = self._states()
        for row in range(self.heads_list.count()):
            item = self.heads_list.item(row)
            state = states[item.data(Qt.ItemDataRole.UserRole)]
            title, status = domain_text(state.spec.title), domain_text(state.status.label)
            item.setText(f"{state.spec.number}  {title} · {status}")
            item.setToolTip(item.text())
        self._build_partner_fields()
        self._show_head()

    def focus_field(self, field: str) -> None:
        self.heads_list.setFocus()

    # --- showing ------------------------------------------------------------------------

    def current_key(self) -> str:
        item = self.heads_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else HEADS[0].key

    def _build_partner_fields(self) -> None:
        partners = self.session.workshop().partners
        if list(self.position_edits) == [p.id for p in partners]:
            return
        for form in (self.positions_form, self.parties_form):
            while form.rowCount():
                form.removeRow(0)
        self.position_edits.clear()
        self.party_edits.clear()
        labels = dict(zip(_PARTY_FIELDS, HEADS[0].points, strict=True))
        for p in partners:
            edit = _text_box(self.tr("Position of {partner}").format(partner=p.label), 2)
            save_on_pause(edit, partial(self.save, "positions"))
            self.position_edits[p.id] = edit
            self.positions_form.addRow(p.label, edit)
            for name in _PARTY_FIELDS:
                line = QLineEdit()
                caption = f"{p.label}: {domain_text(labels[name])}"
                line.setAccessibleName(caption)
                save_on_pause(line, partial(self.save_party, p.id))
                self.party_edits[(p.id, name)] = line
                self.parties_form.addRow(caption, line)

    def _show_head(self) -> None:
        if not self.position_edits and self.session.workshop().partners:
            self._build_partner_fields()
        w = self.session.workshop()
        key = self.current_key()
        head = w.head(key)
        state = self._states()[key]
        self._loading = True
        try:
            self.heading.setText(f"{state.spec.number}  {domain_text(state.spec.title)}")
            shown = self.tr("Shown as: {status}.").format(status=domain_text(state.status.label))
            if state.held_open:
                shown += " " + self.tr(
                    "Recorded as agreed, but these linked gaps are open: {ids}."
                ).format(ids=", ".join(state.open_gaps))
            self.shown.setText(shown)
            self.status_combo.setCurrentIndex(self.status_combo.findData(head.status.value))
            self.proposer_combo.clear()
            self.proposer_combo.addItem(self.tr("No one"), "")
            for p in w.partners:
                self.proposer_combo.addItem(p.label, p.id)
            self.proposer_combo.setCurrentIndex(
                max(0, self.proposer_combo.findData(head.proposed_by or ""))
            )
            set_text_quietly(self.agreed_edit, head.agreed_text)
            set_text_quietly(self.gaps_edit, ", ".join(head.gap_ids))
            set_text_quietly(self.notes_edit, head.notes)
            auto = [q for q in state.question_ids if q not in head.gap_ids]
            self.linked.setText(
                self.tr("Linked through the questionnaire: {ids}. Open: {open}.").format(
                    ids=", ".join(auto) or self.tr("none"),
                    open=", ".join(state.open_gaps) or self.tr("none"),
                )
                if not self._blind()
                else self.tr(
                    "Linked through the questionnaire: {ids}. Which are open is shown after Reveal."
                ).format(ids=", ".join(auto) or self.tr("none"))
            )
            self.actions_list.clear()
            for a in sorted(w.action_items, key=lambda a: a.position):
                item = QListWidgetItem(a.title)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = a.id in head.action_ids
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.actions_list.addItem(item)
            for pid, edit in self.position_edits.items():
                set_text_quietly(edit, head.position_of(pid))
            self.positions_box.setVisible(key != "parties")
            self.parties_box.setVisible(key == "parties")
            for (pid, name), line in self.party_edits.items():
                set_text_quietly(line, getattr(w.party(pid), name))
        finally:
            self._loading = False

    # --- edits --------------------------------------------------------------------------

    def _from_form(self, head: HeadOfTerms) -> HeadOfTerms:
        gaps = tuple(
            dict.fromkeys(x.strip() for x in self.gaps_edit.text().split(",") if x.strip())
        )
        actions = tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.actions_list.item(i) for i in range(self.actions_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        )
        positions = tuple(
            (pid, edit.toPlainText())
            for pid, edit in self.position_edits.items()
            if edit.toPlainText().strip()
        )
        return replace(
            head,
            status=HeadStatus(self.status_combo.currentData()),
            proposed_by=self.proposer_combo.currentData() or None,
            agreed_text=self.agreed_edit.toPlainText(),
            positions=positions,
            gap_ids=gaps,
            action_ids=actions,
            notes=self.notes_edit.toPlainText(),
        )

    def save(self, what: str) -> bool:
        if self._loading or not self.editable:
            return False
        key = self.current_key()
        stored = self.session.workshop().head(key)
        new = self._from_form(stored)
        return self._put(new, stored, ("head of terms", key), what)

    def save_party(self, partner_id: str) -> bool:
        if self._loading or not self.editable:
            return False
        stored = self.session.workshop().party(partner_id)
        values: dict[str, Any] = {
            name: self.party_edits[(partner_id, name)].text() for name in _PARTY_FIELDS
        }
        new = PartyDetails(partner_id, **values)
        return self._put(new, stored, ("party", partner_id), "party")

    def _put(self, new: Any, stored: Any, where: tuple[str, str], what: str) -> bool:
        if new == stored:
            self.session.resolve(where)
            return True
        try:
            new.validate()
            if isinstance(new, HeadOfTerms):
                self._check_gaps(new)
        except ValidationError as exc:
            self.message.show_message(exc.message)
            self.session.refuse(where, exc.message)  # "NOT SAVED" until it is fixed
            return False
        self.message.clear_message()
        label = (
            self.tr("Edit the parties")
            if what == "party"
            else self.tr("Edit head {number}").format(number=new.spec.number)
        )
        ok = self.session.put(new, text=label)
        if ok:
            self.session.resolve(where)
        else:
            self.message.show_message(self.session.last_error)
        return ok

    def _check_gaps(self, head: HeadOfTerms) -> None:
        q = self.session.workshop().questionnaire
        for qid in head.gap_ids:
            if not q.has_question(qid):
                raise ValidationError(
                    self.tr(
                        "Further linked gaps: {qid} is not a question of this workshop."
                    ).format(qid=qid)
                )
