"""Page 2: one participant answers the questionnaire, one question at a time.

Keyboard first: digits 1-9 answer a Likert or single-choice question and go on, 0 answers
"Don't know" and goes on, Enter or Right goes on, Left goes back, so a whole Likert
questionnaire takes about one key press per question. A participant sees only the
questions they are asked (the workshop's active questions for their function). Every
answer is saved at once through the session (one undo step). Only the chosen
participant's own answers are ever shown here.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.enums import QuestionType
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.model import Answer, Participant, Workshop
from workshop_app.domain.questionnaire import (
    SENSITIVE_NOTICE,
    AnswerValue,
    Question,
    format_value,
    parse_value,
)
from workshop_app.domain.scope import active_questions, asked_questions, inactive_answered
from workshop_app.session import WorkshopSession
from workshop_app.ui.models.labels import domain_text
from workshop_app.ui.pages.base import Page
from workshop_app.ui.widgets.answer_editors import NoWheelFilter, PointsBox
from workshop_app.ui.widgets.handover import HandoverPanel
from workshop_app.ui.widgets.page_parts import InlineMessage
from workshop_app.ui.widgets.ranking import RankingList

_CHOICE, _MULTI, _RANKING, _ALLOCATION, _NUMBER, _TEXT = range(6)
COMPACT_BELOW = 640  # page height in pixels


def _clear(layout: QVBoxLayout | QGridLayout) -> None:
    while (item := layout.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None:
            # Hidden and deleted in place: made a parentless window first, a focused
            # option could take the window's keyboard focus with it when deleted.
            widget.hide()
            widget.deleteLater()


class QuestionnairePage(Page):
    page_id = "questionnaire"
    scroll: QScrollArea  # type: ignore[assignment]  # shadows QWidget.scroll(), unused here

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._participant_id: str | None = None
        self._index = 0
        self._questions: list[Question] = []
        self._answers: dict[str, Answer] = {}
        self._shown: tuple[str | None, str | None] = (None, None)
        self._dirty = False  # the current answer widget holds an unsaved edit
        self._loading = False

        outer = QVBoxLayout(self)

        # --- who is answering, and progress ---
        # The name is always large on screen: answers go to the person named here.
        self.answering_label = QLabel()
        self.answering_label.setObjectName("answeringName")
        self.answering_label.setAccessibleName(self.tr("Participant answering"))
        font = self.answering_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.answering_label.setFont(font)
        top = QHBoxLayout()
        top.addWidget(self.answering_label, 1)
        who = QLabel(self.tr("&Who is answering:"))
        self.participant_combo = QComboBox()
        self.participant_combo.setAccessibleName(self.tr("Participant answering"))
        self.participant_combo.setMinimumContentsLength(18)
        # As wide as 18 characters, not as the longest name: the name beside it has room.
        self.participant_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # Switching is deliberate: a click or Alt+W, never Tab or the wheel passing over it,
        # so keys meant for an answer cannot switch the person answering.
        self.participant_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.participant_combo.installEventFilter(NoWheelFilter(self))
        self._switch_confirmed = False
        who.setBuddy(self.participant_combo)
        top.addWidget(who)
        top.addWidget(self.participant_combo)
        self.done_button = QPushButton(self.tr("I'm &done"))
        self.done_button.setCheckable(True)
        self.done_button.setToolTip(self.tr("Mark this participant as finished"))
        top.addWidget(self.done_button)
        self.live_button = QPushButton(self.tr("&Live answering..."))
        self.live_button.setToolTip(self.tr("Participants answer on their own phones or laptops"))
        self.live_button.clicked.connect(self.open_live_panel)
        self.mark_editing(self.live_button)  # a read-only window cannot save answers
        top.addWidget(self.live_button)
        self._live_panel: QWidget | None = None
        outer.addLayout(top)

        progress = QGridLayout()
        self.participant_progress = QProgressBar()
        self.participant_progress.setAccessibleName(self.tr("Progress of this participant"))
        self.partner_progress = QProgressBar()
        self.partner_progress.setAccessibleName(self.tr("Progress of this partner"))
        self.participant_progress_label = QLabel(self.tr("This participant:"))
        self.partner_progress_label = QLabel()
        # Side by side: at 1024x640 every answer option fits below the question.
        progress.addWidget(self.participant_progress_label, 0, 0)
        progress.addWidget(self.participant_progress, 0, 1)
        progress.addWidget(self.partner_progress_label, 0, 2)
        progress.addWidget(self.partner_progress, 0, 3)
        progress.setColumnStretch(1, 1)
        progress.setColumnStretch(3, 1)
        outer.addLayout(progress)
        self.blind_label = QLabel()
        self.blind_label.setObjectName("hint")
        self.blind_label.setWordWrap(True)
        outer.addWidget(self.blind_label)
        # Answers kept in the file but no longer scored (the question became inactive).
        self.inactive_label = QLabel()
        self.inactive_label.setObjectName("hint")
        self.inactive_label.setWordWrap(True)
        outer.addWidget(self.inactive_label)

        # --- the question ---
        card = QFrame()
        card.setObjectName("questionCard")
        card_layout = QVBoxLayout(card)
        head = QHBoxLayout()
        self.section_label = QLabel()
        self.section_label.setObjectName("sectionLabel")
        self.counter_label = QLabel()
        self.counter_label.setObjectName("counterLabel")
        head.addWidget(self.section_label, 1)
        head.addWidget(self.counter_label)
        card_layout.addLayout(head)
        self.question_label = QLabel()
        self.question_label.setObjectName("questionText")
        self.question_label.setWordWrap(True)
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        card_layout.addWidget(self.question_label)
        self.help_label = QLabel()
        self.help_label.setObjectName("hint")
        self.help_label.setWordWrap(True)
        card_layout.addWidget(self.help_label)
        # The template's glossary entries for the words this question uses.
        self.glossary_label = QLabel()
        self.glossary_label.setObjectName("hint")
        self.glossary_label.setWordWrap(True)
        self.glossary_label.setTextFormat(Qt.TextFormat.PlainText)
        card_layout.addWidget(self.glossary_label)
        self.sensitive_label = QLabel()
        self.sensitive_label.setObjectName("warning")
        self.sensitive_label.setWordWrap(True)
        self.sensitive_label.setAccessibleName(self.tr("Notice"))
        card_layout.addWidget(self.sensitive_label)

        self.answer_stack = QStackedWidget()
        self.answer_stack.currentChanged.connect(self._fit_answer_stack)
        card_layout.addWidget(self.answer_stack, 1)
        self._build_answer_panels()
        self._fit_answer_stack(self.answer_stack.currentIndex())

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(card)
        self.scroll = scroll
        self.card = card
        self.body_stack = QStackedWidget()
        self.body_stack.addWidget(scroll)
        self.handover_panel = HandoverPanel()
        self.handover_panel.startRequested.connect(self.set_participant)
        self.next_person_button = self.handover_panel.next_button
        self.body_stack.addWidget(self.handover_panel)
        outer.addWidget(self.body_stack, 1)
        # On a small screen the focused answer option scrolls into view.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

        # Below the scrolling card, so they stay in view at 1280x720.
        self.answer_error = InlineMessage()
        outer.addWidget(self.answer_error)
        comment_row = QHBoxLayout()
        comment_label = QLabel(self.tr("&Comment:"))
        self.comment_edit = QLineEdit()
        self.comment_edit.setPlaceholderText(self.tr("Optional: why this answer?"))
        comment_label.setBuddy(self.comment_edit)
        comment_row.addWidget(comment_label)
        comment_row.addWidget(self.comment_edit, 1)
        outer.addLayout(comment_row)

        # --- navigation ---
        nav = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &Back"))
        self.skip_button = QPushButton(self.tr("&Skip"))
        self.skip_button.setToolTip(self.tr("Leave this question unanswered and go on"))
        self.dont_know_button = QPushButton(self.tr("Don't &know"))
        self.dont_know_button.setToolTip(
            self.tr('Answer "Don\'t know" and go on (key 0). It counts as an answer, not a view.')
        )
        self.next_button = QPushButton(self.tr("&Next →"))
        self.status_label = QLabel()
        self.status_label.setObjectName("hint")
        nav.addWidget(self.back_button)
        nav.addWidget(self.status_label, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.dont_know_button)
        nav.addWidget(self.skip_button)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)
        self.keys_label = QLabel(
            self.tr(
                "Keys: 1-9 answer and go on · 0 don't know · Enter or → next · ← back · "
                "Shift+Enter new line in a text answer · Tab moves between fields"
            )
        )
        self.keys_label.setObjectName("hint")
        self.keys_label.setWordWrap(True)  # whole at 1024 wide
        outer.addWidget(self.keys_label)

        self.participant_combo.currentIndexChanged.connect(self._participant_chosen)
        self.done_button.toggled.connect(self._toggle_done)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.skip_button.clicked.connect(self.skip)
        self.dont_know_button.clicked.connect(self.dont_know)
        self.comment_edit.editingFinished.connect(self._commit_comment)
        self.mark_editing(
            self.answer_stack,
            self.skip_button,
            self.done_button,
            self.dont_know_button,
            self.next_person_button,
        )

        # Active while this page is visible in the active window (also when the focus is
        # still on the navigation list); text fields keep their keys, as they accept
        # ShortcutOverride for typing and cursor keys.
        context = Qt.ShortcutContext.WindowShortcut
        for digit in range(1, 10):
            shortcut = QShortcut(QKeySequence(str(digit)), self, context=context)
            shortcut.activated.connect(partial(self.answer_digit, digit))
        QShortcut(QKeySequence("0"), self, context=context).activated.connect(self.dont_know)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            QShortcut(QKeySequence(key), self, context=context).activated.connect(self.go_next)
        for key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            QShortcut(QKeySequence(key), self, context=context).activated.connect(self.go_back)
        self.refresh()

    def title(self) -> str:
        return self.tr("Questionnaire")

    # --- hand-over ----------------------------------------------------------------------

    def handing_over(self) -> bool:
        return self.body_stack.currentWidget() is self.handover_panel

    def _next_participant(self) -> Participant | None:
        w = self.session.workshop()
        people = [p for partner in w.partners for p in w.participants_of(partner.id)]
        ids = [p.id for p in people]
        start = ids.index(self._participant_id) + 1 if self._participant_id in ids else 0
        for person in people[start:] + people[:start]:
            if not person.done:
                return person
        return None

    def _show_handover(self, person: Participant) -> None:
        following = self._next_participant()
        self.handover_panel.show_thanks(
            person.name,
            following.name if following else None,
            following.id if following else None,
        )
        self.comment_edit.clear()
        for widget in (self.comment_edit, self.back_button, self.skip_button, self.next_button):
            widget.setEnabled(False)
        self.status_label.setText("")
        self.body_stack.setCurrentWidget(self.handover_panel)
        if following is not None:
            self.next_person_button.setFocus()

    def _hide_handover(self) -> None:
        if not self.handing_over():
            return
        self.body_stack.setCurrentWidget(self.scroll)
        for widget in (self.comment_edit, self.skip_button, self.next_button):
            widget.setEnabled(self._participant_id is not None and self.editable)

    def start_next_participant(self) -> None:
        self.handover_panel.start()

    def _fit_answer_stack(self, current: int) -> None:
        """The answer area is as tall as the shown answer needs, not as the tallest kind
        (a text box), so a question with five options fits at 1024x640."""
        for i in range(self.answer_stack.count()):
            policy = QSizePolicy.Policy.Preferred if i == current else QSizePolicy.Policy.Ignored
            if (widget := self.answer_stack.widget(i)) is not None:
                widget.setSizePolicy(policy, policy)
        self.answer_stack.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # On a low screen (1024x640) a smaller question and tighter options keep the
        # question and all five Likert options in view together.
        compact = event.size().height() < COMPACT_BELOW
        if bool(self.property("compact")) != compact:
            self.setProperty("compact", compact)
            for widget in [self, *self.findChildren(QWidget)]:
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.isVisible() and self.card.isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 8, 8)

    def open_live_panel(self) -> QWidget:
        """Questionnaire > Live answering: its own window (workshop_app.ui.live_panel)."""
        from workshop_app.ui.live_panel import LivePanel

        if self._live_panel is None:
            self._live_panel = LivePanel(self.session, self)
        self._live_panel.show()
        self._live_panel.raise_()
        return self._live_panel

    # --- answer panels ------------------------------------------------------------------

    def _build_answer_panels(self) -> None:
        # single choice and likert: big buttons
        self.choice_panel = QWidget()
        self.choice_layout = QVBoxLayout(self.choice_panel)
        self.choice_group = QButtonGroup(self)
        self.choice_group.setExclusive(True)
        self.choice_group.idClicked.connect(self._choice_clicked)
        self.answer_stack.addWidget(self.choice_panel)
        # multi choice: check boxes
        self.multi_panel = QWidget()
        self.multi_layout = QVBoxLayout(self.multi_panel)
        self.multi_boxes: list[QCheckBox] = []
        self.answer_stack.addWidget(self.multi_panel)
        # ranking
        self.ranking_panel = QWidget()
        rl = QVBoxLayout(self.ranking_panel)
        hint = QLabel(
            self.tr(
                "Drag to order, or select and press Ctrl+Up / Ctrl+Down. First = most important."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        rl.addWidget(hint)
        self.ranking_list = RankingList()
        self.ranking_list.setObjectName("rankingList")
        self.ranking_list.setAccessibleName(self.tr("Ranking"))
        rl.addWidget(self.ranking_list)
        self.ranking_save = QPushButton(self.tr("Save this &order"))
        rl.addWidget(self.ranking_save, 0, Qt.AlignmentFlag.AlignLeft)
        self.ranking_list.orderChanged.connect(self._save_ranking)
        self.ranking_save.clicked.connect(self._save_ranking)
        self.answer_stack.addWidget(self.ranking_panel)
        # allocation
        self.allocation_panel = QWidget()
        al = QVBoxLayout(self.allocation_panel)
        self.allocation_grid = QGridLayout()
        al.addLayout(self.allocation_grid)
        self.allocation_spins: list[tuple[str, PointsBox]] = []
        self.allocation_total = QLabel()
        self.allocation_total.setObjectName("allocationTotal")
        al.addWidget(self.allocation_total)
        self.allocation_save = QPushButton(self.tr("Save &points"))
        self.allocation_save.clicked.connect(self._save_allocation)
        al.addWidget(self.allocation_save, 0, Qt.AlignmentFlag.AlignLeft)
        al.addStretch(1)
        self.answer_stack.addWidget(self.allocation_panel)
        # number
        self.number_panel = QWidget()
        nl = QHBoxLayout(self.number_panel)
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("numberEdit")
        self.number_edit.setAccessibleName(self.tr("Number answer"))
        self.number_unit = QLabel()
        nl.addWidget(self.number_edit)
        nl.addWidget(self.number_unit)
        nl.addStretch(1)
        self.number_edit.textEdited.connect(self._mark_dirty)
        self.number_edit.returnPressed.connect(self._save_number)
        self.answer_stack.addWidget(self.number_panel)
        # text
        self.text_panel = QWidget()
        tl = QVBoxLayout(self.text_panel)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(self.tr("Text answer"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.textChanged.connect(self._mark_dirty)
        self.text_edit.installEventFilter(self)  # Enter goes on, Shift+Enter is a new line
        tl.addWidget(self.text_edit)
        self.text_save = QPushButton(self.tr("Save &text"))
        self.text_save.clicked.connect(self._save_text)
        tl.addWidget(self.text_save, 0, Qt.AlignmentFlag.AlignLeft)
        self.answer_stack.addWidget(self.text_panel)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            and isinstance(watched, QPushButton)
            and watched in self.choice_group.buttons()
        ):
            # Arrows only move the cursor between options. (An exclusive group's own
            # arrow handling also checks the next option, changing a saved answer.)
            buttons = self.choice_group.buttons()
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            target = buttons.index(watched) + step
            if 0 <= target < len(buttons):
                buttons[target].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if (
            watched is self.text_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.go_next()
            return True
        return super().eventFilter(watched, event)

    def _mark_dirty(self, *args: object) -> None:
        if not self._loading:
            self._dirty = True

    # --- state ------------------------------------------------------------------------

    def current_participant(self) -> Participant | None:
        if self._participant_id is None:
            return None
        for p in self.session.workshop().participants:
            if p.id == self._participant_id:
                return p
        return None

    def current_question(self) -> Question | None:
        if not self._questions:
            return None
        return self._questions[min(self._index, len(self._questions) - 1)]

    def set_participant(self, participant_id: str) -> None:
        """Switch to a participant the caller has chosen deliberately (no question asked)."""
        index = self.participant_combo.findData(participant_id)
        if index >= 0:
            self._switch_confirmed = True
            try:
                self.participant_combo.setCurrentIndex(index)
            finally:
                self._switch_confirmed = False

    def go_to(self, index: int) -> None:
        if not self._questions:
            return
        self._index = max(0, min(index, len(self._questions) - 1))
        self._show_question()

    def _participant_chosen(self) -> None:
        if self._loading:
            return
        new_id = self.participant_combo.currentData()
        if new_id == self._participant_id:
            return
        if not self._switch_confirmed and not self._confirm_switch(new_id):
            self._loading = True  # back to the person who was answering
            self.participant_combo.setCurrentIndex(
                self.participant_combo.findData(self._participant_id)
            )
            self._loading = False
            question = self.current_question()
            if question is not None:
                self._focus_answer(question)  # the unsaved input stays as it was
            return
        self._dirty = False
        self._participant_id = new_id
        self._index = self._first_unanswered()
        self._hide_handover()
        self.refresh()

    def _confirm_switch(self, new_id: str) -> bool:
        """Ask before switching away from unsaved input or a participant not yet done."""
        person = self.current_participant()
        if person is None or not self.editable:
            return True
        problem = ""
        if not self._commit_pending():
            problem = self.tr("{name} has typed an answer that is not saved: {error}").format(
                name=person.name, error=self.answer_error.text()
            )
        elif not person.done and self._answers:
            problem = self.tr(
                '{name} has answered {n} of {total} questions and has not pressed "I\'m done".'
            ).format(name=person.name, n=len(self._answers), total=len(self._questions))
        if not problem:
            return True
        target = next((p.name for p in self.session.workshop().participants if p.id == new_id), "")
        answer = QMessageBox.question(
            self,
            self.tr("Switch participant?"),
            problem + "\n\n" + self.tr("Switch to {name}?").format(name=target),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _first_unanswered(self) -> int:
        w = self.session.workshop()
        done = {a.question_id for a in w.answers_of(self._participant_id or "")}
        for i, q in enumerate(self._questions):
            if q.id not in done:
                return i
        return 0

    # --- navigation -------------------------------------------------------------------

    def go_next(self) -> None:
        if self.handing_over():
            if self.handover_panel.can_start():
                self.start_next_participant()
            return
        question = self.current_question()
        if (
            question is not None
            and question.type is QuestionType.RANKING
            and self._participant_id is not None
            and self.editable
        ):
            # Going on accepts the order shown, also when it was not changed.
            stored = self._answers.get(question.id)
            if (stored.value if stored else None) != self.ranking_list.order():
                self._save(question, self.ranking_list.order())
        if not self._commit_pending():
            return
        if self._index < len(self._questions) - 1:
            self.go_to(self._index + 1)
        else:
            self.status_label.setText(
                self.tr('That was the last question. Press "I\'m done" when finished.')
            )

    def go_back(self) -> None:
        if self.handing_over() or not self._commit_pending():
            return
        self.go_to(self._index - 1)

    def skip(self) -> None:
        question = self.current_question()
        if question is None or self._participant_id is None:
            return
        self._dirty = False
        if self._save(question, None):
            self.go_next()

    def dont_know(self) -> None:
        """Answer "Don't know" (not for a text question) and go on."""
        question = self.current_question()
        if question is None or self._participant_id is None or not question.scored:
            return
        self._dirty = False  # a half-typed number or points give way to "Don't know"
        if self._save(question, None, dont_know=True):
            self.go_next()

    def answer_digit(self, digit: int) -> None:
        """A digit key: answer a Likert or single-choice question and go on."""
        question = self.current_question()
        if question is None or self._participant_id is None or not self.editable:
            return
        if self.handing_over():
            return
        if question.type is QuestionType.LIKERT:
            value: AnswerValue
            value = digit if question.scale_lo == 1 else question.scale_lo + digit - 1
            if not question.scale_lo <= int(value) <= question.scale_hi:
                return
        elif question.type is QuestionType.SINGLE_CHOICE:
            if digit > len(question.options):
                return
            value = question.options[digit - 1].id
        elif question.type is QuestionType.MULTI_CHOICE:
            if digit <= len(self.multi_boxes):
                self.multi_boxes[digit - 1].toggle()
            return
        else:
            return
        if self._save(question, value):
            self.go_next()

    # --- saving -----------------------------------------------------------------------

    def _save(
        self,
        question: Question,
        value: AnswerValue | None,
        *,
        delete: bool = False,
        dont_know: bool = False,
    ) -> bool:
        pid = self._participant_id
        if pid is None or not self.editable:
            return False
        existing = self._answers.get(question.id)
        comment = self.comment_edit.text().strip()
        name = self.tr("Answer to {question}").format(question=question.id)
        if delete:
            ok = existing is None or self.session.delete(existing, text=name)
        else:
            answer = Answer(pid, question.id, value, comment, dont_know=dont_know)
            ok = self.session.put(answer, text=name)
        self._show_error("" if ok else self.session.last_error)
        if ok:
            self._reload_answers()
            self._update_progress()
            self._update_status()
        return ok

    def _choice_clicked(self, button_id: int) -> None:
        question = self.current_question()
        if question is None:
            return
        if question.type is QuestionType.LIKERT:
            self._save(question, button_id)
        else:
            self._save(question, question.options[button_id].id)

    def _save_multi(self) -> None:
        question = self.current_question()
        if self._loading or question is None:
            return
        chosen = tuple(
            o.id
            for o, box in zip(question.options, self.multi_boxes, strict=False)
            if box.isChecked()
        )
        if chosen:
            self._save(question, chosen)
        else:
            self._save(question, None, delete=True)

    def _save_ranking(self) -> None:
        question = self.current_question()
        if self._loading or question is None or question.type is not QuestionType.RANKING:
            return
        self._save(question, self.ranking_list.order())

    def _allocation_values(self) -> dict[str, float]:
        return {oid: spin.value() for oid, spin in self.allocation_spins if spin.value()}

    def _update_allocation_total(self) -> None:
        question = self.current_question()
        if question is None or question.type is not QuestionType.ALLOCATION:
            return
        total = sum(spin.value() for _, spin in self.allocation_spins)
        ok = abs(total - question.total) < 1e-6
        self.allocation_total.setText(
            self.tr("Total: {total:g} of {target:g} points").format(
                total=total, target=question.total
            )
            + (
                ""
                if ok
                else self.tr(" — {left:g} left").format(left=question.total - total)
                if total < question.total
                else self.tr(" — {over:g} too many").format(over=total - question.total)
            )
        )
        self.allocation_total.setProperty("complete", ok)
        self.allocation_total.style().unpolish(self.allocation_total)
        self.allocation_total.style().polish(self.allocation_total)
        self.allocation_save.setEnabled(ok and self.editable)
        if not self._loading:
            self._dirty = True

    def _save_allocation(self) -> bool:
        question = self.current_question()
        if question is None:
            return False
        ok = self._save(question, self._allocation_values())
        if ok:
            self._dirty = False
        return ok

    def _save_number(self) -> bool:
        question = self.current_question()
        if question is None:
            return False
        text = self.number_edit.text()
        if not text.strip():
            self._dirty = False
            return self._save(question, None, delete=True)
        try:
            value = parse_value(question, text)
        except ValidationError as exc:
            self._show_error(self.tr("Not saved: {problem}").format(problem=exc))
            return False
        ok = self._save(question, value)
        if ok:
            self._dirty = False
        return ok

    def _save_text(self) -> bool:
        question = self.current_question()
        if question is None:
            return False
        text = self.text_edit.toPlainText()
        ok = self._save(question, text) if text.strip() else self._save(question, None, delete=True)
        if ok:
            self._dirty = False
        return ok

    def _commit_comment(self) -> bool:
        question = self.current_question()
        if question is None or self._participant_id is None or not self.editable:
            return True
        existing = self._answers.get(question.id)
        comment = self.comment_edit.text().strip()
        if (existing.comment if existing else "") == comment:
            return True
        value = existing.value if existing else None
        unknown = existing.dont_know if existing else False
        answer = Answer(self._participant_id, question.id, value, comment, dont_know=unknown)
        ok = self.session.put(answer, text=self.tr("Comment on {q}").format(q=question.id))
        self._show_error("" if ok else self.session.last_error)
        if ok:
            self._reload_answers()
            self._update_progress()
        return ok

    def _commit_pending(self) -> bool:
        """Save what is typed but not yet saved; False (and a message) if it is invalid."""
        question = self.current_question()
        if question is None:
            return True
        if self._dirty:
            if question.type is QuestionType.NUMBER and not self._save_number():
                return False
            if question.type is QuestionType.TEXT and not self._save_text():
                return False
            if question.type is QuestionType.ALLOCATION:
                if self.allocation_save.isEnabled():
                    if not self._save_allocation():
                        return False
                elif self._allocation_values():
                    self._show_error(
                        self.tr("Not saved: the points must add up to {total:g}.").format(
                            total=question.total
                        )
                    )
                    return False
            self._dirty = False
        return self._commit_comment()

    def _toggle_done(self, on: bool) -> None:
        person = self.current_participant()
        if self._loading or person is None or person.done == on:
            return
        if on and not self._commit_pending():
            return
        text = self.tr("{name} is done") if on else self.tr("{name} is not done")
        if not self.session.put(replace(person, done=on), text=text.format(name=person.name)):
            self._show_error(self.session.last_error)
            return
        if on:
            self._show_handover(person)
        else:
            self._hide_handover()

    # --- showing ----------------------------------------------------------------------

    def _show_error(self, message: str) -> None:
        self.answer_error.show_message(message)
        question = self.current_question()
        where = ("answer", self._participant_id, question.id if question else None)
        if message:
            self.session.refuse(where, message)
        else:
            self.session.resolve(where)

    def _reload_answers(self) -> None:
        w = self.session.workshop()
        self._answers = {a.question_id: a for a in w.answers_of(self._participant_id or "")}

    def rebuild(self) -> None:
        w = self.session.workshop()
        self._questions = self._asked(w)
        self._loading = True
        try:
            current = self._participant_id
            self.participant_combo.clear()
            partners = {p.id: p for p in w.partners}
            for partner in w.partners:
                for member in w.participants_of(partner.id):
                    self.participant_combo.addItem(f"{partner.label} — {member.name}", member.id)
            index = self.participant_combo.findData(current)
            if index < 0 and self.participant_combo.count():
                index = 0
            self.participant_combo.setCurrentIndex(index)
            new_id = self.participant_combo.currentData()
            if new_id != current:
                self._participant_id = new_id
                self._questions = self._asked(w)
                self._index = self._first_unanswered()
            person = self.current_participant()
            self.done_button.setChecked(bool(person and person.done))
        finally:
            self._loading = False
        self._show_answering(person)
        del partners
        if w.details.blind_mode and not w.details.revealed:
            self.blind_label.setText(
                self.tr(
                    "Blind mode: only your own answers are shown until the facilitator "
                    "reveals them."
                )
            )
        else:
            self.blind_label.setText(
                self.tr("Only the chosen participant's answers are shown here.")
            )
        has_people = self._participant_id is not None
        for widget in (
            self.answer_stack, self.comment_edit, self.skip_button, self.done_button,
            self.dont_know_button,
        ):  # fmt: skip
            widget.setEnabled(has_people)
        self._reload_answers()
        self._show_inactive_note(w)
        self._update_progress()
        self._show_question()

    def _asked(self, w: Workshop) -> list[Question]:
        """The questions the current participant is asked, in questionnaire order."""
        person = next((p for p in w.participants if p.id == self._participant_id), None)
        if person is None:
            return active_questions(w)
        return asked_questions(w.details, w.questionnaire, person)

    def _show_inactive_note(self, w: Workshop) -> None:
        kept = inactive_answered(
            w.details,
            w.questionnaire,
            (a.question_id for a in self._answers.values() if a.value is not None or a.dont_know),
        )
        self.inactive_label.setVisible(bool(kept))
        self.inactive_label.setText(
            self.tr(
                "{n} answer(s) of this participant are to questions this workshop no longer "
                "asks ({ids}); they are kept in the file but not scored."
            ).format(n=len(kept), ids=", ".join(kept[:8]) + (" …" if len(kept) > 8 else ""))
            if kept
            else ""
        )

    def _show_answering(self, person: Participant | None) -> None:
        if person is None:
            self.answering_label.setText(self.tr("Nobody is answering yet"))
            return
        # The partner is in the box beside it; the name alone stays readable at 1024 wide.
        self.answering_label.setText(self.tr("Answering: {name}").format(name=person.name))

    def _update_progress(self) -> None:
        w = self.session.workshop()
        total = len(self._questions)
        person = self.current_participant()
        asked_ids = {q.id for q in self._questions}
        self.participant_progress.setMaximum(max(total, 1))
        # Only answers to the questions this participant is asked count.
        self.participant_progress.setValue(sum(1 for qid in self._answers if qid in asked_ids))
        self.participant_progress.setFormat(self.tr("%v of %m questions").replace("%m", str(total)))
        if person is None:
            self.partner_progress.setValue(0)
            self.partner_progress_label.setText(self.tr("Partner:"))
            return
        partner = next((p for p in w.partners if p.id == person.partner_id), None)
        members = w.participants_of(person.partner_id)
        asked = {p.id: {q.id for q in asked_questions(w.details, w.questionnaire, p)}
                 for p in members}  # fmt: skip
        answered = sum(1 for a in w.answers if a.question_id in asked.get(a.participant_id, ()))
        done = sum(1 for p in members if p.done)
        self.partner_progress.setMaximum(max(sum(len(ids) for ids in asked.values()), 1))
        self.partner_progress.setValue(answered)
        self.partner_progress.setFormat(
            self.tr("%p% · {done} of {n} participants done").format(done=done, n=len(members))
        )
        self.partner_progress_label.setText(
            self.tr("{partner}:").format(partner=partner.label if partner else "")
        )

    def _update_status(self) -> None:
        question = self.current_question()
        if question is None:
            self.status_label.setText("")
            return
        answer = self._answers.get(question.id)
        if answer is None:
            self.status_label.setText(self.tr("Not answered yet"))
        elif answer.dont_know:
            self.status_label.setText(self.tr("Answered: don't know"))
        elif answer.value is None:
            self.status_label.setText(self.tr("Skipped"))
        else:
            self.status_label.setText(self.tr("Answered"))

    def _show_question(self) -> None:
        question = self.current_question()
        self._show_error("")
        if question is None or self._participant_id is None:
            self.section_label.setText("")
            self.counter_label.setText("")
            self.question_label.setText(
                self.tr("Add partners and participants on the Setup page first.")
                if self._participant_id is None
                else self.tr("This questionnaire has no questions.")
            )
            self.help_label.setText("")
            self.glossary_label.hide()
            self.sensitive_label.hide()
            self.status_label.setText("")
            return
        w = self.session.workshop()
        answer = self._answers.get(question.id)
        key = (self._participant_id, question.id)
        rebuild = key != self._shown
        self._shown = key
        self._loading = True
        try:
            element = w.questionnaire.element_of(question.id)
            section = w.questionnaire.section(element)
            self.section_label.setText(section.title if section else element.label)
            self.counter_label.setText(
                self.tr("Question {n} of {total}").format(
                    n=self._index + 1, total=len(self._questions)
                )
            )
            self.question_label.setText(question.text)
            self.help_label.setText(question.help)
            self.help_label.setVisible(bool(question.help))
            terms = w.questionnaire.glossary_for(question)
            self.glossary_label.setText("\n".join(f"{term}: {meaning}" for term, meaning in terms))
            self.glossary_label.setVisible(bool(terms))
            self.sensitive_label.setText(domain_text(SENSITIVE_NOTICE))
            self.sensitive_label.setVisible(question.sensitive)
            if rebuild or not self.comment_edit.hasFocus():
                self.comment_edit.setText(answer.comment if answer else "")
            value = answer.value if answer else None
            self._fill_answer(question, value, rebuild)
            if rebuild:
                self._dirty = False
        finally:
            self._loading = False
        self.back_button.setEnabled(self._index > 0)
        self.dont_know_button.setEnabled(question.scored and self.editable)
        self._update_status()
        if rebuild:
            self._focus_answer(question)

    def _fill_answer(self, question: Question, value: Any, rebuild: bool) -> None:
        t = question.type
        if t in (QuestionType.LIKERT, QuestionType.SINGLE_CHOICE):
            self.answer_stack.setCurrentIndex(_CHOICE)
            if rebuild:
                self._build_choices(question)
            for button in self.choice_group.buttons():
                bid = self.choice_group.id(button)
                if t is QuestionType.LIKERT:
                    checked = value == bid
                else:
                    checked = value == question.options[bid].id
                self._set_checked(button, checked)
        elif t is QuestionType.MULTI_CHOICE:
            self.answer_stack.setCurrentIndex(_MULTI)
            if rebuild:
                _clear(self.multi_layout)
                self.multi_boxes = []
                for n, option in enumerate(question.options, start=1):
                    box = QCheckBox(f"{n}   {option.label}" if n < 10 else option.label)
                    box.setObjectName("multiBox")
                    box.toggled.connect(self._save_multi)
                    self.multi_layout.addWidget(box)
                    box.show()
                    self.multi_boxes.append(box)
                self.multi_layout.addStretch(1)
                self._tab_chain(self.multi_boxes)
            chosen = set(value or ())
            for option, box in zip(question.options, self.multi_boxes, strict=False):
                box.setChecked(option.id in chosen)
        elif t is QuestionType.RANKING:
            self.answer_stack.setCurrentIndex(_RANKING)
            if rebuild or self.ranking_list.order() != tuple(value or ()):
                order = list(value) if value else list(question.option_ids())
                self.ranking_list.set_options([(o, question.option_label(o)) for o in order])
        elif t is QuestionType.ALLOCATION:
            self.answer_stack.setCurrentIndex(_ALLOCATION)
            if rebuild:
                _clear(self.allocation_grid)
                self.allocation_spins = []
                for row, option in enumerate(question.options):
                    label = QLabel(option.label)
                    label.setWordWrap(True)
                    spin = PointsBox()
                    spin.setDecimals(0 if float(question.total).is_integer() else 2)
                    spin.setSingleStep(5)
                    spin.setAccessibleName(option.label)
                    spin.setMinimumWidth(110)
                    label.setBuddy(spin)
                    spin.valueChanged.connect(self._update_allocation_total)
                    self.allocation_grid.addWidget(label, row, 0)
                    self.allocation_grid.addWidget(spin, row, 1)
                    label.show()
                    spin.show()
                    self.allocation_spins.append((option.id, spin))
                self.allocation_grid.setColumnStretch(2, 1)  # spin boxes beside their labels
                self._tab_chain(
                    [spin for _, spin in self.allocation_spins] + [self.allocation_save]
                )
            values = dict(value or {})
            for oid, spin in self.allocation_spins:
                spin.setValue(values.get(oid, 0.0))
            self._update_allocation_total()
        elif t is QuestionType.NUMBER:
            self.answer_stack.setCurrentIndex(_NUMBER)
            limits = []
            if question.min_value is not None:
                limits.append(self.tr("from {v:g}").format(v=question.min_value))
            if question.max_value is not None:
                limits.append(self.tr("to {v:g}").format(v=question.max_value))
            self.number_unit.setText(" ".join([question.unit, *limits]).strip())
            if rebuild or not self._dirty:
                self.number_edit.setText("" if value is None else format_value(question, value))
        else:
            self.answer_stack.setCurrentIndex(_TEXT)
            if rebuild or not self._dirty:
                self.text_edit.setPlainText("" if value is None else str(value))

    def _set_checked(self, button: QAbstractButton, checked: bool) -> None:
        # Exclusive groups refuse to uncheck the last button; lift it for a moment.
        self.choice_group.setExclusive(False)
        button.setChecked(checked)
        self.choice_group.setExclusive(True)

    def _build_choices(self, question: Question) -> None:
        for button in self.choice_group.buttons():
            self.choice_group.removeButton(button)
        _clear(self.choice_layout)
        if question.type is QuestionType.LIKERT:
            points = [
                (p, p, question.anchor_label(p))
                for p in range(question.scale_lo, question.scale_hi + 1)
            ]
        else:
            points = [(i, i + 1, o.label) for i, o in enumerate(question.options)]
        for bid, number, text in points:
            key = number - question.scale_lo + 1 if question.type is QuestionType.LIKERT else number
            shown = f"{number}    {text}" if text else str(number)
            button = QPushButton(shown)
            button.setObjectName("answerButton")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setToolTip(self.tr("Press {key}").format(key=key) if key <= 9 else "")
            self.choice_group.addButton(button, bid)
            button.installEventFilter(self)
            self.choice_layout.addWidget(button)
            button.show()  # now, not on the next event loop, so it can take the focus
        self.choice_layout.addStretch(1)
        self._tab_chain(self.choice_group.buttons())

    def _tab_chain(self, widgets: list[Any]) -> None:
        """Tab goes through an answer's options in order, then to the comment."""
        chain = [*widgets, self.comment_edit]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _focus_answer(self, question: Question) -> None:
        if not self.isVisible():
            return
        t = question.type
        if t is QuestionType.NUMBER:
            self.number_edit.setFocus()
            self.number_edit.selectAll()  # a new number replaces the stored one
        elif t is QuestionType.RANKING:
            self.ranking_list.setFocus()
        elif t is QuestionType.ALLOCATION and self.allocation_spins:
            self.allocation_spins[0][1].setFocus()
        elif t is QuestionType.TEXT:
            self.text_edit.setFocus()
        else:
            checked = self.choice_group.checkedButton()
            target = checked or next(iter(self.choice_group.buttons()), None)
            if target is not None:
                target.setFocus()

    def focus_field(self, field: str) -> None:
        if field == "participants":
            self.participant_combo.setFocus()
        else:
            self._focus_answer_or_picker()

    def _focus_answer_or_picker(self) -> None:
        question = self.current_question()
        if question is not None:
            self._shown = (None, None)
            self._show_question()
        else:
            self.participant_combo.setFocus()

    def show_entity(self, entity: Any) -> None:
        """After undo/redo of an answer: show that participant's question."""
        if not isinstance(entity, Answer):
            return
        self._refresh_if_stale()
        self.set_participant(entity.participant_id)
        ids = [q.id for q in self._questions]
        if entity.question_id in ids:
            self.go_to(ids.index(entity.question_id))

    def workshop(self) -> Workshop:
        return self.session.workshop()
