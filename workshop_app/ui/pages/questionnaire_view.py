"""The questionnaire page's widgets: who is answering, progress, the question card with
one answer panel per kind of question (ui.answer_panels), comment and navigation.

What the widgets show and do is the page's job (pages.questionnaire); this module only
builds and lays them out, including the compact look on a low screen.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
from workshop_app.domain.model import Answer, Participant, Workshop
from workshop_app.domain.questionnaire import SENSITIVE_NOTICE, Question, Questionnaire
from workshop_app.domain.scope import inactive_answered
from workshop_app.ui.answer_panels import (
    PANELS,
    AllocationPanel,
    AnswerPanel,
    ChoicePanel,
    MultiPanel,
    NumberPanel,
    RankingPanel,
    TextPanel,
)
from workshop_app.ui.models.labels import domain_text
from workshop_app.ui.pages.base import Page
from workshop_app.ui.pages.questionnaire_labels import MeasuredLabel
from workshop_app.ui.pages.questionnaire_progress import ProgressShown
from workshop_app.ui.widgets.answer_editors import NoWheelFilter, PointsBox
from workshop_app.ui.widgets.handover import HandoverPanel
from workshop_app.ui.widgets.page_parts import InlineMessage
from workshop_app.ui.widgets.ranking import RankingList

COMPACT_BELOW = 640  # page height in pixels


class QuestionnaireView(Page):
    """The widgets of the questionnaire page (built once, in ``_build_view``)."""

    scroll: QScrollArea  # type: ignore[assignment]  # shadows QWidget.scroll(), unused here

    def _build_view(self) -> None:
        self._glossary_of: Questionnaire | None = None
        self._glossary_terms: dict[str, tuple[tuple[str, str], ...]] = {}
        outer = QVBoxLayout(self)
        self.comment_edit = QLineEdit()  # before the answer panels: Tab leads to it

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
        self.progress = ProgressShown(
            self.participant_progress, self.partner_progress, self.partner_progress_label, self
        )
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
        self.section_label = MeasuredLabel()
        self.section_label.setObjectName("sectionLabel")
        self.counter_label = MeasuredLabel()
        self.counter_label.setObjectName("counterLabel")
        head.addWidget(self.section_label, 1)
        head.addWidget(self.counter_label)
        card_layout.addLayout(head)
        self.question_label = MeasuredLabel()
        self.question_label.setObjectName("questionText")
        self.question_label.setWordWrap(True)
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        card_layout.addWidget(self.question_label)
        self.help_label = MeasuredLabel()
        self.help_label.setObjectName("hint")
        self.help_label.setWordWrap(True)
        card_layout.addWidget(self.help_label)
        # The template's glossary entries for the words this question uses.
        self.glossary_label = MeasuredLabel()
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
        card_layout.addWidget(self.answer_stack, 1)
        self._build_answer_panels()

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(card)
        scroll.setAccessibleName(self.tr("Question"))
        self.scroll = scroll
        self.card = card
        self.body_stack = QStackedWidget()
        self.body_stack.addWidget(scroll)
        self.handover_panel = HandoverPanel()
        self.next_person_button = self.handover_panel.next_button
        self.body_stack.addWidget(self.handover_panel)
        outer.addWidget(self.body_stack, 1)

        # Below the scrolling card, so they stay in view at 1280x720.
        self.answer_error = InlineMessage()
        outer.addWidget(self.answer_error)
        comment_row = QHBoxLayout()
        comment_label = QLabel(self.tr("&Comment:"))
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
        tail: list[QWidget] = [
            self.back_button,
            self.dont_know_button,
            self.skip_button,
            self.next_button,
        ]
        for panel in dict.fromkeys(self.panels.values()):
            panel.tab_tail = tail

        # On a small screen the focused answer option scrolls into view.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def _build_answer_panels(self) -> None:
        self.panels: dict[QuestionType, AnswerPanel] = {}
        for cls in PANELS:
            panel = cls(self.comment_edit)
            self.answer_stack.addWidget(panel)
            self.panels.update(dict.fromkeys(cls.kinds, panel))
        self.answer_stack.currentChanged.connect(self._fit_answer_stack)
        self._fit_answer_stack(self.answer_stack.currentIndex())

    def _panel(self, kind: type[AnswerPanel]) -> AnswerPanel:
        return next(p for p in self.panels.values() if isinstance(p, kind))

    # The widgets inside the answer panels, by the names the page had for them.

    @property
    def choice_group(self) -> QButtonGroup:
        panel = self._panel(ChoicePanel)
        assert isinstance(panel, ChoicePanel)
        return panel.group

    @property
    def multi_boxes(self) -> list[QCheckBox]:
        panel = self._panel(MultiPanel)
        assert isinstance(panel, MultiPanel)
        return panel.boxes

    @property
    def ranking_list(self) -> RankingList:
        panel = self._panel(RankingPanel)
        assert isinstance(panel, RankingPanel)
        return panel.list

    @property
    def allocation_spins(self) -> list[tuple[str, PointsBox]]:
        panel = self._panel(AllocationPanel)
        assert isinstance(panel, AllocationPanel)
        return panel.spins

    @property
    def allocation_total(self) -> QLabel:
        panel = self._panel(AllocationPanel)
        assert isinstance(panel, AllocationPanel)
        return panel.total_label

    @property
    def allocation_save(self) -> QPushButton:
        panel = self._panel(AllocationPanel)
        assert isinstance(panel, AllocationPanel)
        return panel.save_button

    @property
    def number_edit(self) -> QLineEdit:
        panel = self._panel(NumberPanel)
        assert isinstance(panel, NumberPanel)
        return panel.edit

    @property
    def text_edit(self) -> QPlainTextEdit:
        panel = self._panel(TextPanel)
        assert isinstance(panel, TextPanel)
        return panel.edit

    # --- look -----------------------------------------------------------------------------

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

    def _show_answering(self, person: Participant | None) -> None:
        if person is None:
            self.answering_label.setText(self.tr("Nobody is answering yet"))
            return
        # The partner is in the box beside it; the name alone stays readable at 1024 wide.
        self.answering_label.setText(self.tr("Answering: {name}").format(name=person.name))

    def _fill_participants(self, w: Workshop) -> None:
        """Everybody who may answer, partner by partner (the box keeps no choice)."""
        self.participant_combo.clear()
        for partner in w.partners:
            for member in w.participants_of(partner.id):
                self.participant_combo.addItem(f"{partner.label} — {member.name}", member.id)

    def _show_no_question(self, *, nobody: bool) -> None:
        self.section_label.setText("")
        self.counter_label.setText("")
        self.question_label.setText(
            self.tr("Add partners and participants on the Setup page first.")
            if nobody
            else self.tr("This questionnaire has no questions.")
        )
        self.help_label.setText("")
        self.glossary_label.hide()
        self.sensitive_label.hide()
        self.status_label.setText("")

    def _show_question_text(
        self, questionnaire: Questionnaire, question: Question, index: int, total: int
    ) -> None:
        """The question's section, number, text, help, glossary and sensitivity notice, in
        the words of ``questionnaire`` (the participant's language)."""
        element = questionnaire.element_of(question.id)
        section = questionnaire.section(element)
        terms = self._glossary_for(questionnaire, question)
        # Shown or hidden before any text changes: showing a label lays its card out at
        # once (Qt activates the parents' layouts), which then reuses every measured text.
        self.help_label.setVisible(bool(question.help))
        self.glossary_label.setVisible(bool(terms))
        self.sensitive_label.setVisible(question.sensitive)
        self.section_label.setText(section.title if section else element.label)
        self.counter_label.setText(
            self.tr("Question {n} of {total}").format(n=index + 1, total=total)
        )
        self.question_label.setText(question.text)
        self.help_label.setText(question.help)
        self.glossary_label.setText("\n".join(f"{term}: {meaning}" for term, meaning in terms))
        if question.sensitive:
            self.sensitive_label.setText(domain_text(SENSITIVE_NOTICE))

    def _glossary_for(
        self, questionnaire: Questionnaire, question: Question
    ) -> tuple[tuple[str, str], ...]:
        """The question's glossary entries, found once per question while the
        questionnaire is the same (finding them reads the whole glossary)."""
        if self._glossary_of is not questionnaire:
            self._glossary_of = questionnaire
            self._glossary_terms = {}
        terms = self._glossary_terms.get(question.id)
        if terms is None:
            terms = self._glossary_terms[question.id] = questionnaire.glossary_for(question)
        return terms

    def _show_status(self, question_id: str | None, answers: Mapping[str, Answer]) -> None:
        """Below the question: whether it is answered, skipped or answered "don't know"."""
        answer = answers.get(question_id) if question_id is not None else None
        if question_id is None:
            self.status_label.setText("")
        elif answer is None:
            self.status_label.setText(self.tr("Not answered yet"))
        elif answer.dont_know:
            self.status_label.setText(self.tr("Answered: don't know"))
        elif answer.value is None:
            self.status_label.setText(self.tr("Skipped"))
        else:
            self.status_label.setText(self.tr("Answered"))

    def _show_inactive_note(self, w: Workshop, answers: Iterable[Answer]) -> None:
        """Answers kept in the file to questions the workshop no longer asks."""
        kept = inactive_answered(
            w.details,
            w.questionnaire,
            (a.question_id for a in answers if a.value is not None or a.dont_know),
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

    def open_live_panel(self) -> QWidget:
        """Questionnaire > Live answering: its own window (workshop_app.ui.live_panel)."""
        from workshop_app.ui.live_panel import LivePanel

        if self._live_panel is None:
            self._live_panel = LivePanel(self.session, self)
        self._live_panel.show()
        self._live_panel.raise_()
        return self._live_panel
