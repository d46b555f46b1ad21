"""A form for one question with every field of the template format, and the problems of
each field shown beside it (the format's checks and the writing rules of forms validate).

The form reads and writes the question as template data (the dict a YAML template
holds); the editor validates it within the questionnaire and saves it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.enums import Element, Function, Measures, Phase, Purpose, QuestionType
from workshop_app.domain.template_format import ALL
from workshop_app.ui.models.labels import domain_text

_LISTED = (
    QuestionType.SINGLE_CHOICE,
    QuestionType.MULTI_CHOICE,
    QuestionType.RANKING,
    QuestionType.ALLOCATION,
)
_TAG_ENUMS: dict[str, Any] = {"phases": Phase, "purposes": Purpose, "functions": Function}


def _number_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _parse_number(text: str) -> Any:
    """The number typed, or the text itself so that the format names the mistake."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        x = float(text)
    except ValueError:
        return text
    return int(x) if x.is_integer() and "." not in text else x


class QuestionForm(QWidget):
    """Every field of one question; ``data()`` is the question in the template format."""

    edited = Signal()  # any field changed (the editor marks the question unsaved)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.errors: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)

        self.id_edit = QLineEdit()
        self.type_combo = QComboBox()
        for t in QuestionType:
            self.type_combo.addItem(domain_text(t.label), t.value)
        self.element_combo = QComboBox()
        for e in Element:
            self.element_combo.addItem(domain_text(e.label), e.value)
        self.short_edit = QLineEdit()
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(70)
        self.help_edit = QPlainTextEdit()
        self.help_edit.setTabChangesFocus(True)
        self.help_edit.setFixedHeight(55)
        self.weight_edit = QLineEdit()
        self.weight_edit.setPlaceholderText("1")
        self.tag_lists: dict[str, QListWidget] = {}
        for key, enum in _TAG_ENUMS.items():
            lst = QListWidget()
            lst.setFlow(QListWidget.Flow.LeftToRight)
            lst.setWrapping(True)
            lst.setFixedHeight(58)
            for member in enum:
                item = QListWidgetItem(domain_text(member.label))
                item.setData(Qt.ItemDataRole.UserRole, member.value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                lst.addItem(item)
            lst.setToolTip(self.tr("None ticked: the question is for every one."))
            self.tag_lists[key] = lst
        self.sensitive_check = QCheckBox(self.tr("Answers may be competitively sensitive"))
        self.clause_edit = QLineEdit()
        self.clause_edit.setPlaceholderText("exit.notice_period")
        # likert
        self.measures_combo = QComboBox()
        self.measures_combo.addItem(self.tr("A position on the matter"), Measures.POSITION.value)
        self.measures_combo.addItem(
            self.tr("How far it is defined (definition ladder)"), Measures.DEFINITION.value
        )
        self.scale_lo = QSpinBox()
        self.scale_hi = QSpinBox()
        for box in (self.scale_lo, self.scale_hi):
            box.setRange(-10, 20)
        self.scale_lo.setAccessibleName(self.tr("Scale from"))
        self.scale_hi.setAccessibleName(self.tr("Scale to"))
        self.anchors = QTableWidget(0, 2)
        self.anchors.setHorizontalHeaderLabels([self.tr("Point"), self.tr("Label")])
        self.anchors.horizontalHeader().setStretchLastSection(True)
        self.anchors.verticalHeader().setVisible(False)
        self.anchors.setMinimumHeight(120)
        # options
        self.options = QTableWidget(0, 2)
        self.options.setHorizontalHeaderLabels([self.tr("Id"), self.tr("Label")])
        self.options.horizontalHeader().setStretchLastSection(True)
        self.options.verticalHeader().setVisible(False)
        self.options.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.options.setMinimumHeight(120)
        self.options.setAccessibleName(self.tr("Options"))
        self.add_option_button = QPushButton(self.tr("Add o&ption"))
        self.remove_option_button = QPushButton(self.tr("Remove option"))
        self.total_edit = QLineEdit()
        self.total_edit.setPlaceholderText("100")
        # number
        self.unit_edit = QLineEdit()
        self.min_edit = QLineEdit()
        self.max_edit = QLineEdit()
        self.tolerance_edit = QLineEdit()

        scale_row = QHBoxLayout()
        scale_row.addWidget(self.scale_lo)
        scale_row.addWidget(QLabel(self.tr("to")))
        scale_row.addWidget(self.scale_hi)
        scale_row.addStretch(1)
        option_box = QVBoxLayout()
        option_box.addWidget(self.options)
        option_buttons = QHBoxLayout()
        option_buttons.addWidget(self.add_option_button)
        option_buttons.addWidget(self.remove_option_button)
        option_buttons.addStretch(1)
        option_box.addLayout(option_buttons)
        self.rows: dict[str, tuple[QLabel, QWidget]] = {}
        for key, label, widget in (
            ("id", self.tr("&Id:"), self.id_edit),
            ("type", self.tr("T&ype:"), self.type_combo),
            ("element", self.tr("&Element:"), self.element_combo),
            ("text", self.tr("&Question:"), self.text_edit),
            ("short", self.tr("S&hort title:"), self.short_edit),
            ("help", self.tr("He&lp:"), self.help_edit),
            ("weight", self.tr("&Weight:"), self.weight_edit),
            ("phases", self.tr("Phases\n(none: all):"), self.tag_lists["phases"]),
            ("purposes", self.tr("Purposes\n(none: all):"), self.tag_lists["purposes"]),
            ("functions", self.tr("Functions\n(none: all):"), self.tag_lists["functions"]),
            ("sensitive", "", self.sensitive_check),
            ("clause", self.tr("&Clause:"), self.clause_edit),
            ("measures", self.tr("&Measures:"), self.measures_combo),
            ("scale", self.tr("&Scale:"), self._wrap(scale_row)),
            ("anchors", self.tr("&Anchors:"), self.anchors),
            ("options", self.tr("&Options:"), self._wrap(option_box)),
            ("total", self.tr("&Points to split:"), self.total_edit),
            ("unit", self.tr("&Unit:"), self.unit_edit),
            ("min", self.tr("Mi&nimum:"), self.min_edit),
            ("max", self.tr("Ma&ximum:"), self.max_edit),
            ("tolerance", self.tr("&Tolerance:"), self.tolerance_edit),
        ):
            self._add_row(key, label, widget)

        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.scale_lo.valueChanged.connect(self._scale_changed)
        self.scale_hi.valueChanged.connect(self._scale_changed)
        self.add_option_button.clicked.connect(self._add_option)
        self.remove_option_button.clicked.connect(self._remove_option)
        for w in (
            self.id_edit,
            self.short_edit,
            self.weight_edit,
            self.clause_edit,
            self.total_edit,
            self.unit_edit,
            self.min_edit,
            self.max_edit,
            self.tolerance_edit,
        ):
            w.textEdited.connect(self._edited)
        self.text_edit.textChanged.connect(self._edited)
        self.help_edit.textChanged.connect(self._edited)
        for c in (self.element_combo, self.measures_combo):
            c.currentIndexChanged.connect(self._edited)
        self.sensitive_check.toggled.connect(self._edited)
        for lst in self.tag_lists.values():
            lst.itemChanged.connect(self._edited)
        self.anchors.itemChanged.connect(self._edited)
        self.options.itemChanged.connect(self._edited)

    @staticmethod
    def _wrap(layout: Any) -> QWidget:
        w = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        w.setLayout(layout)
        return w

    def _add_row(self, key: str, label: str, widget: QWidget) -> None:
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = QLabel()
        error.setObjectName("inlineError")
        error.setWordWrap(True)
        error.setAccessibleName(self.tr("Problem with {field}").format(field=key))
        error.hide()
        box.addWidget(error)
        holder = self._wrap(box)
        caption = QLabel(label)
        caption.setBuddy(widget)
        # The caption sits outside the field's holder, where Qt does not look for a
        # buddy's text: name the field for screen readers explicitly.
        name = label.replace("&", "").replace("\n", " ").strip().rstrip(":")
        if name and not widget.accessibleName():
            widget.setAccessibleName(name)
        self.form.addRow(caption, holder)
        self.errors[key] = error
        self.rows[key] = (caption, holder)

    def _edited(self, *args: object) -> None:
        if not self._loading:
            self.edited.emit()

    # --- showing a question -------------------------------------------------------------

    def set_question(self, data: dict[str, Any], element: Element) -> None:
        self._loading = True
        try:
            self.id_edit.setText(str(data.get("id", "")))
            self.type_combo.setCurrentIndex(self.type_combo.findData(data.get("type")))
            self.element_combo.setCurrentIndex(self.element_combo.findData(element.value))
            self.short_edit.setText(data.get("short", ""))
            self.text_edit.setPlainText(data.get("text", ""))
            self.help_edit.setPlainText(data.get("help", ""))
            self.weight_edit.setText(_number_text(data.get("weight")))
            for key, lst in self.tag_lists.items():
                chosen = data.get(key)
                chosen = [] if chosen in (None, ALL) else list(chosen)
                for i in range(lst.count()):
                    item = lst.item(i)
                    ticked = item.data(Qt.ItemDataRole.UserRole) in chosen
                    item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.sensitive_check.setChecked(bool(data.get("sensitive")))
            self.clause_edit.setText(data.get("clause", ""))
            self.measures_combo.setCurrentIndex(
                self.measures_combo.findData(data.get("measures", Measures.POSITION.value))
            )
            scale = data.get("scale") or {"lo": 1, "hi": 5}
            self.scale_lo.setValue(int(scale["lo"]))
            self.scale_hi.setValue(int(scale["hi"]))
            self._fill_anchors({int(k): v for k, v in (data.get("anchors") or {}).items()})
            self.options.setRowCount(0)
            for o in data.get("options") or []:
                self._append_option(str(o["id"]), o["label"])
            self.total_edit.setText(_number_text(data.get("total")))
            self.unit_edit.setText(data.get("unit", ""))
            self.min_edit.setText(_number_text(data.get("min")))
            self.max_edit.setText(_number_text(data.get("max")))
            self.tolerance_edit.setText(_number_text(data.get("tolerance")))
            self.show_problems({})
            self._type_changed()
        finally:
            self._loading = False

    def _fill_anchors(self, anchors: dict[int, str]) -> None:
        was = self._loading
        self._loading = True
        self.anchors.setRowCount(0)
        for point in range(self.scale_lo.value(), self.scale_hi.value() + 1):
            row = self.anchors.rowCount()
            self.anchors.insertRow(row)
            cell = QTableWidgetItem(str(point))
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.anchors.setItem(row, 0, cell)
            self.anchors.setItem(row, 1, QTableWidgetItem(anchors.get(point, "")))
        self._loading = was

    def _scale_changed(self) -> None:
        self._fill_anchors(self._anchor_values())
        self._edited()

    def _append_option(self, oid: str, label: str) -> None:
        row = self.options.rowCount()
        self.options.insertRow(row)
        self.options.setItem(row, 0, QTableWidgetItem(oid))
        self.options.setItem(row, 1, QTableWidgetItem(label))

    def _add_option(self) -> None:
        used = {self._cell(self.options, r, 0) for r in range(self.options.rowCount())}
        n = self.options.rowCount() + 1
        while f"option{n}" in used:
            n += 1
        self._append_option(f"option{n}", "")
        self.options.setCurrentCell(self.options.rowCount() - 1, 1)
        self.options.setFocus()
        self._edited()

    def _remove_option(self) -> None:
        row = self.options.currentRow()
        if row >= 0:
            self.options.removeRow(row)
            self._edited()

    def _type_changed(self) -> None:
        qtype = self.question_type()
        shown = {
            "measures": qtype is QuestionType.LIKERT,
            "scale": qtype is QuestionType.LIKERT,
            "anchors": qtype is QuestionType.LIKERT,
            "options": qtype in _LISTED,
            "total": qtype is QuestionType.ALLOCATION,
            **{k: qtype is QuestionType.NUMBER for k in ("unit", "min", "max", "tolerance")},
        }
        for key, visible in shown.items():
            for w in self.rows[key]:
                w.setVisible(visible)
        if qtype in _LISTED and self.options.rowCount() == 0:
            self._loading, was = True, self._loading
            self._append_option("a", self.tr("Option A"))
            self._append_option("b", self.tr("Option B"))
            self._loading = was
        self._edited()

    # --- reading the form ---------------------------------------------------------------

    def question_type(self) -> QuestionType:
        return QuestionType(self.type_combo.currentData())

    def element(self) -> Element:
        return Element(self.element_combo.currentData())

    @staticmethod
    def _cell(table: QTableWidget, row: int, col: int) -> str:
        item = table.item(row, col)
        return item.text() if item is not None else ""

    def _anchor_values(self) -> dict[int, str]:
        out = {}
        for r in range(self.anchors.rowCount()):
            label = self._cell(self.anchors, r, 1)
            if label.strip():
                out[int(self._cell(self.anchors, r, 0))] = label
        return out

    def data(self) -> dict[str, Any]:
        """The question as template data, in the order a template writes it."""
        qtype = self.question_type()
        d: dict[str, Any] = {"id": self.id_edit.text().strip(), "type": qtype.value}
        if self.short_edit.text().strip():
            d["short"] = self.short_edit.text().strip()
        d["text"] = self.text_edit.toPlainText().strip()
        if self.help_edit.toPlainText().strip():
            d["help"] = self.help_edit.toPlainText().strip()
        weight = _parse_number(self.weight_edit.text())
        if weight is not None and weight != 1:
            d["weight"] = weight
        for key, lst in self.tag_lists.items():
            ticked = [
                lst.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(lst.count())
                if lst.item(i).checkState() is Qt.CheckState.Checked
            ]
            d[key] = ticked or ALL
        if self.sensitive_check.isChecked():
            d["sensitive"] = True
        if self.clause_edit.text().strip():
            d["clause"] = self.clause_edit.text().strip()
        if qtype is QuestionType.LIKERT:
            d["scale"] = {"lo": self.scale_lo.value(), "hi": self.scale_hi.value()}
            d["anchors"] = self._anchor_values()
            if self.measures_combo.currentData() != Measures.POSITION.value:
                d["measures"] = self.measures_combo.currentData()
        if qtype in _LISTED:
            d["options"] = [
                {
                    "id": self._cell(self.options, r, 0).strip(),
                    "label": self._cell(self.options, r, 1),
                }
                for r in range(self.options.rowCount())
            ]
        if qtype is QuestionType.ALLOCATION:
            total = _parse_number(self.total_edit.text())
            if total is not None:
                d["total"] = total
        if qtype is QuestionType.NUMBER:
            if self.unit_edit.text().strip():
                d["unit"] = self.unit_edit.text().strip()
            for key, edit in (
                ("min", self.min_edit),
                ("max", self.max_edit),
                ("tolerance", self.tolerance_edit),
            ):
                value = _parse_number(edit.text())
                if value is not None:
                    d[key] = value
        return d

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.errors.items():
            text = problems.get(key, "")
            label.setText(text)
            label.setVisible(bool(text))
        unplaced = [v for k, v in problems.items() if k not in self.errors]
        if unplaced:
            self.errors["text"].setText("\n".join(unplaced))
            self.errors["text"].show()
