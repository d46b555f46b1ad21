"""The questionnaire editor of the open workshop: add, edit, duplicate, reorder, move and
switch off questions, with a preview as a participant sees it.

Every change is one session edit (one undo step) that replaces the workshop's stored
questionnaire in one transaction. A question that has answers keeps its meaning
(domain.questionnaire_edit): a change of its type, options or scale is refused with
an offer to duplicate it as a new question; wording edits are kept as revisions.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.enums import Element, QuestionType
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.model import WorkshopDetails
from workshop_app.domain.questionnaire import Questionnaire
from workshop_app.domain.questionnaire_edit import (
    add_question,
    blank_question,
    check_question,
    duplicate_question,
    move_question,
    new_question_id,
    remove_question,
    replace_question,
    template_data,
)
from workshop_app.domain.scope import active_question_ids, tags_match
from workshop_app.session import WorkshopSession
from workshop_app.ui.models.labels import domain_text
from workshop_app.ui.pages.questionnaire_settings import QuestionnaireSettings, TemplateButtons
from workshop_app.ui.widgets.question_form import QuestionForm
from workshop_app.ui.widgets.question_preview import QuestionPreview

ID_ROLE = Qt.ItemDataRole.UserRole


class QuestionnaireEditor(QDialog):
    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Edit questionnaire"))
        self._current: str | None = None
        self._dirty = False
        self._filling = False
        outer = QVBoxLayout(self)
        self.read_only_label = QLabel(
            self.tr("Read-only: this workshop is open in another window.")
        )
        self.read_only_label.setObjectName("warning")
        outer.addWidget(self.read_only_label)
        split = QSplitter()
        outer.addWidget(split, 1)

        left = QWidget()
        lv = QVBoxLayout(left)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Question"), self.tr("Type"), self.tr("Answers")])
        self.tree.setColumnWidth(0, 300)
        self.tree.setAccessibleName(self.tr("Questions"))
        lv.addWidget(self.tree, 1)
        add_row = QHBoxLayout()
        self.add_type = QComboBox()
        for t in QuestionType:
            self.add_type.addItem(domain_text(t.label), t.value)
        self.add_button = QPushButton(self.tr("&Add question"))
        add_row.addWidget(self.add_type, 1)
        add_row.addWidget(self.add_button)
        lv.addLayout(add_row)
        buttons = QHBoxLayout()
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.up_button = QPushButton(self.tr("Move u&p"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.off_button = QPushButton(self.tr("Switch o&ff"))
        self.off_button.setToolTip(
            self.tr(
                "A switched-off question is not asked or scored; its answers stay. A question "
                "not meant for this workshop's phase or purposes can be switched on."
            )
        )
        self.remove_button = QPushButton(self.tr("&Remove"))
        for b in (
            self.duplicate_button,
            self.up_button,
            self.down_button,
            self.off_button,
            self.remove_button,
        ):
            buttons.addWidget(b)
        lv.addLayout(buttons)
        undo_row = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.redo_button = QPushButton(self.tr("Redo"))
        undo_row.addWidget(self.undo_button)
        undo_row.addWidget(self.redo_button)
        undo_row.addStretch(1)
        lv.addLayout(undo_row)
        split.addWidget(left)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Question and questionnaire"))
        question_tab = QWidget()
        qv = QVBoxLayout(question_tab)
        self.form = QuestionForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setAccessibleName(self.tr("The chosen question"))
        qv.addWidget(scroll, 1)
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        qv.addWidget(self.note)
        self.message = QLabel()
        self.message.setObjectName("inlineError")
        self.message.setWordWrap(True)
        self.message.hide()
        qv.addWidget(self.message)
        apply_row = QHBoxLayout()
        apply_row.addStretch(1)
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.apply_button = QPushButton(self.tr("&Save question"))
        apply_row.addWidget(self.revert_button)
        apply_row.addWidget(self.apply_button)
        qv.addLayout(apply_row)
        self.tabs.addTab(question_tab, self.tr("&Question"))
        self.preview = QuestionPreview()
        self.tabs.addTab(self.preview, self.tr("P&review"))
        self.settings = QuestionnaireSettings(session)
        self.tabs.addTab(self.settings, self.tr("Questionnaire && &glossary"))
        split.addWidget(self.tabs)
        split.setSizes([420, 620])

        self.template_buttons = TemplateButtons(session, self)
        outer.addWidget(self.template_buttons)

        self.tree.currentItemChanged.connect(self._selected)
        self.add_button.clicked.connect(self.add_question)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.up_button.clicked.connect(lambda: self.move_by(-1))
        self.down_button.clicked.connect(lambda: self.move_by(1))
        self.off_button.clicked.connect(self.toggle_off)
        self.remove_button.clicked.connect(self.remove)
        self.apply_button.clicked.connect(self.apply)
        self.revert_button.clicked.connect(self._show_current)
        self.undo_button.clicked.connect(session.undo_stack.undo)
        self.redo_button.clicked.connect(session.undo_stack.redo)
        # Enter finishes a table cell; it must not also save the question half-typed.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.apply_button.setToolTip(self.tr("Ctrl+Return"))
        QShortcut(QKeySequence("Ctrl+Return"), self, self.apply)
        self.form.edited.connect(self._form_edited)
        self.tabs.currentChanged.connect(lambda _i: self._update_preview())
        session.changed.connect(self.refresh)
        self.resize(1100, 720)
        self.refresh()

    # --- what is stored -----------------------------------------------------------------

    def questionnaire(self) -> Questionnaire:
        return self.session.workshop().questionnaire

    def details(self) -> WorkshopDetails:
        return self.session.workshop().details

    def answered(self) -> set[str]:
        return {a.question_id for a in self.session.workshop().answers}

    def current_id(self) -> str | None:
        return self._current

    # --- the list -----------------------------------------------------------------------

    def refresh(self) -> None:
        q = self.questionnaire()
        counts: dict[str, int] = {}
        for a in self.session.workshop().answers:
            counts[a.question_id] = counts.get(a.question_id, 0) + 1
        active = active_question_ids(self.details(), q)
        excluded = set(self.details().excluded_questions)
        self._filling = True
        self.tree.clear()
        select: QTreeWidgetItem | None = None
        for section in q.sections:
            top = QTreeWidgetItem([section.title])
            top.setData(0, ID_ROLE, None)
            self.tree.addTopLevelItem(top)
            for x in section.questions:
                state = ""
                if x.id in excluded:
                    state = self.tr(" (switched off)")
                elif x.id not in active:
                    state = self.tr(" (not asked in this phase)")
                item = QTreeWidgetItem(
                    [
                        f"{x.id}  {x.title}{state}",
                        domain_text(x.type.label),
                        str(counts.get(x.id, 0)),
                    ]
                )
                item.setData(0, ID_ROLE, x.id)
                if x.id not in active:
                    item.setForeground(0, self.palette().placeholderText())
                top.addChild(item)
                if x.id == self._current:
                    select = item
            top.setExpanded(True)
        self._filling = False
        top_item = self.tree.topLevelItem(0)
        if select is None and top_item is not None:
            select = top_item.child(0)
        read_only = self.session.read_only
        self.read_only_label.setVisible(read_only)
        for w in (
            self.add_button,
            self.duplicate_button,
            self.up_button,
            self.down_button,
            self.off_button,
            self.remove_button,
            self.apply_button,
        ):
            w.setEnabled(not read_only)
        self.undo_button.setEnabled(self.session.undo_stack.canUndo())
        self.redo_button.setEnabled(self.session.undo_stack.canRedo())
        keep_form = self._dirty and select is not None and select.data(0, ID_ROLE) == self._current
        if select is not None:
            self.tree.setCurrentItem(select)
        if not keep_form:
            self._show_current()
        self.settings.refresh()

    def select(self, question_id: str) -> None:
        self._current = question_id
        self._dirty = False
        self.refresh()

    def _selected(self, item: QTreeWidgetItem | None, _previous: Any = None) -> None:
        if self._filling or item is None:
            return
        qid = item.data(0, ID_ROLE)
        if qid is None:  # a section heading: its first question
            child = item.child(0)
            if child is not None:
                self.tree.setCurrentItem(child)
            return
        if qid == self._current:
            return
        if self._dirty and self._current is not None:
            if self._leave_current():
                self.select(qid)  # the list was rebuilt if the question was saved
            else:
                self._filling = True
                if _previous is not None:
                    self.tree.setCurrentItem(_previous)
                self._filling = False
            return
        self._current = qid
        self._dirty = False
        self._show_current()

    def _leave_current(self) -> bool:
        """Ask about unsaved changes of the question shown; False to stay on it."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save your changes to question {id}?").format(id=self._current),
            buttons.Save | buttons.Discard | buttons.Cancel,
        )
        if answer == buttons.Discard:
            return True
        return answer == buttons.Save and self.apply()

    def _show_current(self) -> None:
        q = self.questionnaire()
        qid = self._current
        if qid is None or not q.has_question(qid):
            self._current = None
            self.form.setEnabled(False)
            return
        self.form.setEnabled(not self.session.read_only)
        data = next(
            d for s in template_data(q)["sections"] for d in s["questions"] if d["id"] == qid
        )
        self.form.set_question(data, q.element_of(qid))
        self._dirty = False
        self.message.hide()
        active = qid in active_question_ids(self.details(), q)
        self.off_button.setText(self.tr("Switch o&ff") if active else self.tr("Switch o&n"))
        answers = qid in self.answered()
        notes = []
        if answers:
            notes.append(
                self.tr(
                    "This question has answers: its wording may change (the change is kept "
                    "with the questionnaire); its type, options and scale may not."
                )
            )
        for r in q.revisions_of(qid):
            notes.append(
                self.tr("Edited {date}: {field} was “{was}”.").format(
                    date=r.date, field=r.field, was=r.was
                )
            )
        self.note.setText("\n".join(notes))
        self._update_preview()

    def _form_edited(self) -> None:
        self._dirty = True
        if self.tabs.currentIndex() == 1:
            self._update_preview()

    def _checked(self) -> tuple[Any, dict[str, str]]:
        return check_question(
            self.questionnaire(), self._current, self.form.data(), self.form.element()
        )

    def _update_preview(self) -> None:
        q = self.questionnaire()
        if self._current is None:
            return
        question, _ = self._checked()
        title = domain_text(self.form.element().label)
        section = q.section(self.form.element())
        if section is not None:
            title = section.title
        self.preview.show_question(q, question, title)

    # --- edits --------------------------------------------------------------------------

    def _save(self, q: Questionnaire, text: str, details: WorkshopDetails | None = None) -> bool:
        also = (details,) if details is not None and details != self.details() else ()
        if self.session.set_questionnaire(q, *also, text=text):
            self.message.hide()
            return True
        self.message.setText(self.session.last_error)
        self.message.show()
        return False

    def _details_without(self, *ids: str, rename: tuple[str, str] | None = None) -> WorkshopDetails:
        d = self.details()

        def fix(values: tuple[str, ...]) -> tuple[str, ...]:
            out = [v for v in values if v not in ids]
            if rename is not None:
                out = [rename[1] if v == rename[0] else v for v in out]
            return tuple(out)

        return replace(
            d,
            included_questions=fix(d.included_questions),
            excluded_questions=fix(d.excluded_questions),
        )

    def apply(self) -> bool:
        """Save the form as one edit; False (with the problems shown) when it cannot be."""
        old_id = self._current
        if old_id is None or self.session.read_only:
            return False
        question, problems = self._checked()
        self.form.show_problems(problems)
        if question is None or problems:
            return False
        q = self.questionnaire()
        element = self.form.element()
        try:
            edited = replace_question(q, old_id, question, element, self.answered())
        except ValidationError as exc:
            return self._offer_duplicate(str(exc), question, element)
        details = self._details_without(rename=(old_id, question.id))
        if not self._save(edited, self.tr("Edit question {id}").format(id=question.id), details):
            return False
        self.select(question.id)
        return True

    def _offer_duplicate(self, why: str, question: Any, element: Element) -> bool:
        old_id = self._current
        assert old_id is not None
        answer = QMessageBox.question(
            self,
            self.tr("Question has answers"),
            why
            + "\n\n"
            + self.tr("Add your version as a new question and switch {id} off?").format(id=old_id),
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.message.setText(why)
            self.message.show()
            return False
        q = self.questionnaire()
        new = replace(question, id=new_question_id(q, old_id))
        d = self._details_without(old_id)
        d = replace(d, excluded_questions=(*d.excluded_questions, old_id))
        text = self.tr("Duplicate {old} as {new}").format(old=old_id, new=new.id)
        if not self._save(add_question(q, element, new, after_id=old_id), text, d):
            return False
        self.select(new.id)
        return True

    def add_question(self) -> None:
        q = self.questionnaire()
        question = blank_question(q, QuestionType(self.add_type.currentData()))
        element = q.element_of(self._current) if self._current else q.sections[0].element
        edited = add_question(q, element, question, after_id=self._current)
        if self._save(edited, self.tr("Add question {id}").format(id=question.id)):
            self.select(question.id)
            self.form.text_edit.setFocus()
            self.form.text_edit.selectAll()

    def duplicate(self) -> None:
        if self._current is None:
            return
        edited, new_id = duplicate_question(self.questionnaire(), self._current)
        if self._save(edited, self.tr("Duplicate question {id}").format(id=self._current)):
            self.select(new_id)

    def move_by(self, step: int) -> None:
        if self._current is None:
            return
        edited = move_question(self.questionnaire(), self._current, step)
        if edited != self.questionnaire():
            self._save(edited, self.tr("Move question {id}").format(id=self._current))
            self.select(self._current)

    def toggle_off(self) -> None:
        """Switch the question off (exclude it) or on (include it even where its phases
        or purposes do not fit the workshop): one edit of the workshop's overrides."""
        qid = self._current
        if qid is None:
            return
        question = self.questionnaire().question(qid)
        off = qid in active_question_ids(self.details(), self.questionnaire())
        d = self._details_without(qid)
        if off and tags_match(question, d):
            d = replace(d, excluded_questions=(*d.excluded_questions, qid))
        elif not off and not tags_match(question, d):
            d = replace(d, included_questions=(*d.included_questions, qid))
        text = (
            self.tr("Switch off question {id}") if off else self.tr("Switch on question {id}")
        ).format(id=qid)
        if not self.session.put(d, text=text):
            self.message.setText(self.session.last_error)
            self.message.show()
            return
        self._show_current()

    def remove(self) -> None:
        qid = self._current
        if qid is None:
            return
        try:
            edited = remove_question(self.questionnaire(), qid, self.answered())
        except ValidationError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return
        if self._save(
            edited, self.tr("Remove question {id}").format(id=qid), self._details_without(qid)
        ):
            self._current = None
            self.refresh()
