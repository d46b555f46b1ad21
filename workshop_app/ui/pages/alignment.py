"""The alignment page: radar, heat map, ranked gaps and their discussion, disagreements.

Hidden behind a panel while blind mode is on and the facilitator has not revealed the
answers. Everything shown comes from ``session.analysis()``; nothing is scored here.
No participant names appear: the spread of answers is anonymised by the analysis.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.analysis.results import Analysis, Gap
from workshop_app.domain.enums import GapStatus
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.model import ActionItem, GapDiscussion, new_id
from workshop_app.domain.text import MAX_TEXT
from workshop_app.session import WorkshopSession
from workshop_app.ui.models.alignment import GapsModel, percent
from workshop_app.ui.models.labels import gap_kinds_text, gap_status_label
from workshop_app.ui.pages.alignment_charts import DisagreementsTab, HeatMapTab, OverviewTab
from workshop_app.ui.pages.alignment_positions import positions_html
from workshop_app.ui.pages.base import Page
from workshop_app.ui.shown_questionnaire import shown, shown_titles
from workshop_app.ui.widgets.date_edit import DateEdit
from workshop_app.ui.widgets.page_parts import (
    InlineMessage,
    fit_columns_to_headers,
    heading,
    save_on_pause,
    set_text_quietly,
    source_row,
    table_view,
)


class AlignmentPage(Page):
    page_id = "alignment"

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._current_gap: str | None = None

        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        # --- the "not revealed" panel --------------------------------------------------
        self.hidden_panel = QWidget()
        hp = QVBoxLayout(self.hidden_panel)
        hp.addStretch(1)
        self.hidden_label = QLabel(self.tr("Answers are hidden until the facilitator reveals them"))
        self.hidden_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hidden_label.setWordWrap(True)
        font = self.hidden_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.hidden_label.setFont(font)
        self.reveal_button = QPushButton(self.tr("&Reveal the answers"))
        self.reveal_button.setObjectName("reveal")
        self.reveal_button.clicked.connect(self.reveal)
        hp.addWidget(self.hidden_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reveal_button)
        row.addStretch(1)
        hp.addLayout(row)
        hp.addStretch(2)
        self.stack.addWidget(self.hidden_panel)

        # --- the content --------------------------------------------------------------
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Alignment views"))
        self.tabs.setDocumentMode(True)
        self.stack.addWidget(self.tabs)
        self._build_overview()
        self._build_gaps()
        self._build_heatmap()
        self._build_disagreements()
        self.mark_editing(
            self.reveal_button, self.due_edit, self.status_combo, self.add_action_button
        )

    # --- building -----------------------------------------------------------------------
    def _build_overview(self) -> None:
        self.overview = OverviewTab()
        self.index_label = self.overview.index_label
        self.radar_mode = self.overview.radar_mode
        self.radar = self.overview.radar
        self.radar_table = self.overview.radar_table
        self.radar_mode.currentIndexChanged.connect(lambda _i: self._fill_radar())
        self.tabs.addTab(self.overview, self.tr("Overview"))

    def _build_gaps(self) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(4, 4, 4, 4)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.gaps_model = GapsModel(self.session, self)
        self.gap_view = table_view(self.gaps_model, self.tr("Gaps"), sortable=True)
        self.gap_view.setEditTriggers(self.gap_view.EditTrigger.NoEditTriggers)
        self.gap_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_gap())
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.gaps_title = heading(self.tr("Gaps, most severe first"))
        ll.addWidget(self.gaps_title)
        ll.addWidget(self.gap_view)
        splitter.addWidget(left)

        detail = QWidget()
        dl = QVBoxLayout(detail)
        self.gap_heading = heading("")
        self.gap_heading.setWordWrap(True)
        self.gap_question = QLabel()
        self.gap_question.setWordWrap(True)
        self.positions_label = QLabel()
        self.positions_label.setWordWrap(True)
        self.positions_label.setTextFormat(Qt.TextFormat.RichText)
        self.positions_label.setAccessibleName(self.tr("Partner positions"))
        dl.addWidget(self.gap_heading)
        dl.addWidget(self.gap_question)
        dl.addWidget(self.positions_label)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName(self.tr("Discussion notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(60)
        self.notes_edit.setMaximumHeight(140)
        self.agreed_edit = QPlainTextEdit()
        self.agreed_edit.setAccessibleName(self.tr("Agreed position"))
        self.agreed_edit.setTabChangesFocus(True)
        self.agreed_edit.setMinimumHeight(50)
        self.agreed_edit.setMaximumHeight(90)
        self.owner_edit = QLineEdit()
        self.owner_edit.setAccessibleName(self.tr("Owner"))
        self.due_edit = DateEdit(what=self.tr("Due date of the gap"))
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.status_combo = QComboBox()
        for status in GapStatus:
            self.status_combo.addItem(gap_status_label(status), status.value)
        self.status_combo.setAccessibleName(self.tr("Status"))
        form.addRow(self.tr("Discussion &notes"), self.notes_edit)
        form.addRow(self.tr("A&greed position"), self.agreed_edit)
        form.addRow(self.tr("O&wner"), self.owner_edit)
        form.addRow(self.tr("D&ue"), self.due_edit)
        form.addRow(self.tr("S&tatus"), self.status_combo)
        for i in range(form.rowCount()):
            label = form.itemAt(i, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(i, QFormLayout.ItemRole.FieldRole)
            if label and field and isinstance(label.widget(), QLabel):
                label.widget().setBuddy(field.widget())  # type: ignore[union-attr]  # checked just above
        dl.addLayout(form)
        self.gap_message = InlineMessage()
        dl.addWidget(self.gap_message)
        self.add_action_button = QPushButton(self.tr("Add &action item from this gap"))
        self.add_action_button.clicked.connect(self.add_action_from_gap)
        dl.addWidget(self.add_action_button, 0, Qt.AlignmentFlag.AlignLeft)
        dl.addStretch(1)
        save_on_pause(self.notes_edit, self.save_discussion)
        save_on_pause(self.agreed_edit, self.save_discussion)
        save_on_pause(self.owner_edit, self.save_discussion)
        self.due_edit.editingFinished.connect(self.save_discussion)
        self.due_edit.dateChosen.connect(self.save_discussion)
        self.status_combo.activated.connect(lambda _i: self.save_discussion())

        scroll = QScrollArea()
        scroll.setWidget(detail)
        scroll.setAccessibleName(self.tr("The chosen gap"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.gap_detail = detail
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        lay.addWidget(splitter)
        self.tabs.addTab(page, self.tr("Gaps"))

    def _build_heatmap(self) -> None:
        self.heat_tab = HeatMapTab()
        self.heat_model = self.heat_tab.heat_model
        self.heat_view = self.heat_tab.heat_view
        self.tabs.addTab(self.heat_tab, self.tr("Heat map"))

    def _build_disagreements(self) -> None:
        self.dis_tab = DisagreementsTab()
        self.dis_model = self.dis_tab.dis_model
        self.dis_view = self.dis_tab.dis_view
        self.tabs.addTab(self.dis_tab, self.tr("Internal disagreements"))

    # --- contract -----------------------------------------------------------------------

    def is_hidden(self) -> bool:
        d = self.session.workshop().details
        return d.blind_mode and not d.revealed

    def rebuild(self) -> None:
        if self.is_hidden():
            self.stack.setCurrentWidget(self.hidden_panel)
            return
        self.stack.setCurrentWidget(self.tabs)
        w, a = self.session.workshop(), self.session.analysis()
        self.overview.show_index(a)
        self._fill_radar()
        titles = shown_titles(w.questionnaire)  # in the interface language
        self.gaps_model.set_gaps(a.gaps, w.partners, titles)
        self.gaps_title.setText(
            self.tr("{count} gaps, most severe first").format(count=len(a.gaps))
        )
        self.gaps_title.setToolTip(
            self.tr(
                "A gap is a question where partners differ (alignment below {threshold}%), "
                "nobody has defined it yet (below {blind}% defined), or a partner does not know."
            ).format(threshold=round(a.threshold * 100), blind=round(a.blind_spot_threshold * 100))
        )
        self.gap_view.resizeColumnsToContents()
        self.gap_view.setColumnWidth(GapsModel.QUESTION, 220)
        fit_columns_to_headers(self.gap_view, minimum=190, columns=(GapsModel.KINDS,))
        self.heat_tab.show_analysis(a, w.partners, titles)
        self.dis_tab.show_analysis(a, w.partners, titles)
        if self._current_gap is not None:
            self._select_gap(self._current_gap)
        elif a.gaps:
            self.gap_view.selectRow(0)
        self._show_gap()

    def focus_field(self, field: str) -> None:
        if self.is_hidden():
            self.reveal_button.setFocus()
            return
        if field in ("heat_map", "heatmap"):
            self.tabs.setCurrentIndex(2)
            self.heat_view.setFocus()
        elif field == "internal_disagreements":
            self.tabs.setCurrentIndex(3)
            self.dis_view.setFocus()
        elif field in ("radar", "overview"):
            self.tabs.setCurrentIndex(0)
            self.radar_mode.setFocus()
        else:  # gaps, gap_discussion: the first gap without an owner
            self.tabs.setCurrentIndex(1)
            for g in self.session.analysis().gaps:
                if g.status is not GapStatus.RESOLVED and not g.owner:
                    self._select_gap(g.question_id)
                    self.owner_edit.setFocus()
                    return
            self.gap_view.setFocus()

    def show_entity(self, entity: object) -> None:
        """After undo/redo of a gap discussion: show that gap."""
        self._refresh_if_stale()
        if isinstance(entity, GapDiscussion) and not self.is_hidden():
            self.tabs.setCurrentIndex(1)
            self._select_gap(entity.question_id)
            self.gap_view.setFocus()

    # --- actions ------------------------------------------------------------------------

    def reveal(self) -> None:
        d = self.session.workshop().details
        self.session.put(replace(d, revealed=True), text=self.tr("Reveal the answers"))

    def _fill_radar(self) -> None:
        if self.is_hidden():
            return
        self.overview.show_radar(self.session.workshop(), self.session.analysis())

    def _gap(self) -> Gap | None:
        row = source_row(self.gap_view)
        if row < 0 or row >= self.gaps_model.rowCount():
            return None
        return self.gaps_model.item(row)

    def _select_gap(self, question_id: str) -> None:
        row = self.gaps_model.row_of(question_id)
        if row < 0:
            return
        proxy = self.gap_view.model()
        index = proxy.mapFromSource(self.gaps_model.index(row, 0))  # type: ignore[attr-defined]  # the view's model is the proxy
        self.gap_view.setCurrentIndex(index)
        self.gap_view.scrollTo(index)

    def _show_gap(self) -> None:
        gap = self._gap()
        leaving = self._current_gap is not None and (
            gap is None or gap.question_id != self._current_gap
        )
        if leaving and self._has_unsaved_input() and not self.save_discussion():
            # Refused input (e.g. notes over the limit) stays on screen with its message,
            # on its own gap: switching away would drop it without a word.
            self._select_gap(self._current_gap or "")
            self._focus_refused_field()
            return
        self.gap_detail.setEnabled(gap is not None)
        if gap is None:
            self._current_gap = None
            self.gap_heading.setText(self.tr("No gap selected"))
            self.gap_question.clear()
            self.positions_label.clear()
            return
        if gap.question_id != self._current_gap:
            self.gap_message.clear_message()
        self._current_gap = gap.question_id
        w, a = self.session.workshop(), self.session.analysis()
        question = shown(w.questionnaire).question(gap.question_id)  # interface language
        self.gap_heading.setText(
            self.tr("{title} — {kinds}").format(
                title=question.title, kinds=gap_kinds_text(gap.kinds)
            )
            + (
                ""
                if gap.alignment is None
                else self.tr(", alignment {value}").format(value=percent(gap.alignment))
            )
        )
        self.gap_question.setText(question.text)
        self.positions_label.setText(positions_html(w, a.questions[gap.question_id], question))
        if self.session.is_refused(("gap discussion", gap.question_id)):
            return  # the refused input stays in the fields until it is fixed
        d = w.gap_discussion(gap.question_id)
        set_text_quietly(self.notes_edit, d.notes)
        set_text_quietly(self.agreed_edit, d.agreed_position)
        set_text_quietly(self.owner_edit, d.owner)
        if not (self.due_edit.hasFocus() and self.due_edit.isModified()):
            self.due_edit.set_value(d.due)
        self.status_combo.setCurrentIndex(self.status_combo.findData(d.status.value))

    def _has_unsaved_input(self) -> bool:
        if self._current_gap is None or not self.editable:
            return False
        try:
            new = self.discussion_from_fields()
        except ValidationError:
            return True
        return new != self.session.workshop().gap_discussion(self._current_gap)

    def _focus_refused_field(self) -> None:
        if not self.due_edit.is_valid():
            self.due_edit.setFocus()
            return
        for edit in (self.notes_edit, self.agreed_edit):
            text = edit.toPlainText()
            if len(text) > MAX_TEXT:
                edit.setFocus()
                return
        self.agreed_edit.setFocus()  # a resolved gap without its agreed position

    def discussion_from_fields(self) -> GapDiscussion | None:
        if self._current_gap is None:
            return None
        due = self.due_edit.value()  # raises ValidationError for text that is not a date
        return GapDiscussion(
            question_id=self._current_gap,
            status=GapStatus(self.status_combo.currentData()),
            notes=self.notes_edit.toPlainText(),
            agreed_position=self.agreed_edit.toPlainText().strip(),
            owner=self.owner_edit.text().strip(),
            due=due,
        )

    def save_discussion(self) -> bool:
        where = ("gap discussion", self._current_gap)
        try:
            new = self.discussion_from_fields()
            if new is not None:
                new.validate()
        except ValidationError as exc:
            self.gap_message.show_message(exc.message)
            self.session.refuse(where, exc.message)
            return False
        if new is None or not self.editable:
            return False
        old = self.session.workshop().gap_discussion(new.question_id)
        if new == old:
            self.gap_message.clear_message()
            self.session.resolve(where)
            return True
        titles = shown_titles(self.session.workshop().questionnaire)
        title = titles.get(new.question_id, new.question_id)
        ok = self.session.put(new, text=self.tr("Discussion of '{title}'").format(title=title[:40]))
        self.gap_message.show_message("" if ok else self.session.last_error)
        if ok:
            self.session.resolve(where)
        else:
            self.session.refuse(where, self.session.last_error)
        return ok

    def add_action_from_gap(self) -> None:
        gap = self._gap()
        if gap is None:
            return
        w = self.session.workshop()
        if any(a.question_id == gap.question_id for a in w.action_items):
            self.gap_message.show_message(
                self.tr("This gap already has an action item; see the Actions page.")
            )
            return
        d = w.gap_discussion(gap.question_id)
        item = ActionItem(
            id=new_id(),
            # In the interface language, as the rest of the sentence.
            title=self.tr("Close the gap: {title}").format(title=self.gaps_model.title(gap)),
            owner=d.owner,
            due=d.due,
            question_id=gap.question_id,
            position=len(w.action_items),
        )
        if self.session.put(item, text=self.tr("Add action item from a gap")):
            self.gap_message.clear_message()


__all__ = ["AlignmentPage", "Analysis"]
