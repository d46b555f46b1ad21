"""Presentation mode: full screen for a projector, large type, no participant names.

Shows the alignment (overall index and element radar, then one gap per slide with each
partner's position in its colour) or, from the questionnaire, the current question.
Left/Right or PageUp/PageDown move between slides; Esc leaves. While the workshop is
blind and not yet revealed, no answer-derived number is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from workshop_app.analysis.display import percent_text, score_text
from workshop_app.analysis.positions import position_summary, short_words
from workshop_app.analysis.results import Analysis, Gap, PartnerPosition
from workshop_app.domain.enums import Element, QuestionType
from workshop_app.domain.model import Partner, Workshop
from workshop_app.domain.questionnaire import SENSITIVE_NOTICE, Question
from workshop_app.ui.models.labels import domain_text, gap_kinds_text
from workshop_app.ui.widgets.radar import RadarChart


def _blend(a: str, b: str) -> QColor:
    ca, cb = QColor(a), QColor(b)
    return QColor(
        (ca.red() + cb.red()) // 2, (ca.green() + cb.green()) // 2, (ca.blue() + cb.blue()) // 2
    )


def describe_position(question: Question, position: PartnerPosition) -> tuple[str, float | None]:
    """A short reading of a partner's position (the analysis's words) and a 0..1 bar fill."""
    summary = position_summary(question, position)
    if summary.kind == "texts" or not summary.words:
        return "–", None
    fill = summary.fill if summary.kind in ("value", "shares") else None
    return short_words(summary, 90), fill


class PresentationWindow(QWidget):
    """A full-screen view; build it, call show_alignment() or show_question(), then show."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.setWindowTitle(self.tr("Presentation"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._slides: list[tuple[str, object]] = []
        self._index = 0
        self._workshop: Workshop | None = None
        self._analysis: Analysis | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 30)
        self.kicker = QLabel()
        self.kicker.setObjectName("presKicker")
        self.heading = QLabel()
        self.heading.setObjectName("presHeading")
        self.heading.setWordWrap(True)
        self.subheading = QLabel()
        self.subheading.setObjectName("presSub")
        self.subheading.setWordWrap(True)
        layout.addWidget(self.kicker)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        # Shown on a sensitive question's slide: competitors may be in the room.
        self.notice = QLabel()
        self.notice.setObjectName("warning")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        self.body = QFrame()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 20, 0, 0)
        layout.addWidget(self.body, 1)
        self.radar = RadarChart()
        self.footer = QLabel()
        self.footer.setObjectName("presFooter")
        layout.addWidget(self.footer)

    # --- content ----------------------------------------------------------------------

    def show_alignment(self, workshop: Workshop, analysis: Analysis | None) -> None:
        self._workshop, self._analysis = workshop, analysis
        hidden = workshop.details.blind_mode and not workshop.details.revealed
        if hidden or analysis is None:
            self._slides = [("hidden", None)]
        else:
            self._slides = [("overview", None)] + [("gap", g) for g in analysis.gaps]
        self._index = 0
        self._render()

    def show_question(self, workshop: Workshop, question: Question) -> None:
        self._workshop = workshop
        self._slides = [("question", question)]
        self._index = 0
        self._render()

    def slide_count(self) -> int:
        return len(self._slides)

    def current_slide(self) -> tuple[str, object]:
        return self._slides[self._index]

    def move(self, step: int) -> None:  # type: ignore[override]  # moves between slides; QWidget.move is never used here
        target = self._index + step
        if 0 <= target < len(self._slides):
            self._index = target
            self._render()

    def _clear_body(self) -> None:
        while (item := self.body_layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is self.radar:
                widget.setParent(None)
            elif widget is not None:
                # Off the slide now, deleted when the event loop comes round.
                widget.setParent(None)
                widget.deleteLater()
            elif (layout := item.layout()) is not None:
                _delete_layout(layout)

    def _render(self) -> None:
        self._clear_body()
        kind, payload = self._slides[self._index]
        self.notice.hide()
        w = self._workshop
        assert w is not None
        self.footer.setText(
            self.tr("{title}   ·   {n} / {total}   ·   ← →  move   ·   Esc  leave").format(
                title=w.details.title, n=self._index + 1, total=len(self._slides)
            )
        )
        if kind == "hidden":
            self.kicker.setText(w.details.title)
            self.heading.setText(self.tr("Answers are not revealed yet"))
            self.subheading.setText(
                self.tr("The facilitator reveals the alignment on the Alignment page.")
            )
        elif kind == "overview":
            self._render_overview(w)
        elif kind == "gap":
            self._render_gap(w, payload)  # type: ignore[arg-type]  # payload's type follows the slide kind
        elif kind == "question":
            self._render_question(w, payload)  # type: ignore[arg-type]  # payload's type follows the slide kind
        # New children of a visible widget are shown on the next event loop; show them now
        # so the slide is complete at once (and the focus and tests see it).
        if self.isVisible():
            for child in self.body.findChildren(QWidget):
                child.show()
        self._apply_fonts()

    def _render_overview(self, w: Workshop) -> None:
        a = self._analysis
        assert a is not None
        self.kicker.setText(w.details.title)
        index = a.overall_index
        heading = self.tr("Alignment index {value}").format(value=score_text(index))
        if a.definition_index is not None:
            heading += "  ·  " + self.tr("Definition {value}").format(
                value=score_text(a.definition_index)
            )
        self.heading.setText(heading)
        self.subheading.setText(
            self.tr(
                "{n} gaps to discuss: partners differ (alignment below {t:.0%}), nobody has "
                "defined it, or a partner does not know"
            ).format(n=len(a.gaps), t=a.threshold)
        )
        elements = [e for e in Element if e in a.element_scores]
        axes = [domain_text(e.label) for e in elements]
        partners = {p.id: p for p in w.partners}
        series: list[tuple[str, QColor, list[float | None]]] = []
        for (left, right), scores in a.pair_element_scores.items():
            if left in partners and right in partners:
                series.append(
                    (
                        f"{partners[left].label} – {partners[right].label}",
                        _blend(partners[left].colour, partners[right].colour),
                        [scores.get(e) for e in elements],
                    )
                )
        series.append(
            (
                self.tr("All partners"),
                QColor("#333333"),
                [a.element_scores.get(e) for e in elements],
            )
        )
        self.radar.set_data(axes, series)
        self.body_layout.addWidget(self.radar, 1)
        self.radar.show()

    def _render_gap(self, w: Workshop, gap: Gap) -> None:
        a = self._analysis
        assert a is not None
        number = self._index  # slide 0 is the overview
        self.kicker.setText(
            self.tr("Gap {n} of {total}  ·  {element}").format(
                n=number, total=len(a.gaps), element=domain_text(gap.element.label)
            )
        )
        question = w.questionnaire.question(gap.question_id)
        self._show_notice(question)
        self.heading.setText(question.title)
        why = gap_kinds_text(gap.kinds)
        if gap.alignment is not None:
            why += "   ·   " + self.tr("Alignment {value}").format(
                value=percent_text(gap.alignment)
            )
        if gap.definition is not None:
            why += "   ·   " + self.tr("Defined {value}").format(value=percent_text(gap.definition))
        undecided = [p.label for p in w.partners if p.id in gap.undecided_partners]
        if undecided:
            why += "   ·   " + self.tr("Does not know: {names}").format(names=", ".join(undecided))
        self.subheading.setText(why + ("   ·   " + question.text if question.short_title else ""))
        grid = QGridLayout()
        grid.setHorizontalSpacing(30)
        grid.setVerticalSpacing(18)
        positions = a.questions[gap.question_id].positions if gap.question_id in a.questions else {}
        row = 0
        for partner in w.partners:
            position = positions.get(partner.id)
            if position is None:
                continue
            self._partner_row(grid, row, partner, question, position)
            row += 1
        self.body_layout.addLayout(grid)
        self.body_layout.addStretch(1)

    def _partner_row(
        self,
        grid: QGridLayout,
        row: int,
        partner: Partner,
        question: Question,
        position: PartnerPosition,
    ) -> None:
        name = QLabel(partner.label)
        name.setObjectName("presPartner")
        # Palette, not a style sheet: a sheet on the label would reset its large font.
        palette = name.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(partner.colour))
        name.setPalette(palette)
        name.setProperty("bold", True)
        text, fill = describe_position(question, position)
        value = QLabel(text)
        value.setObjectName("presValue")
        value.setWordWrap(True)
        grid.addWidget(name, row, 0)
        if fill is not None:
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setValue(round(max(0.0, min(1.0, fill)) * 1000))
            bar.setTextVisible(False)
            bar.setFixedHeight(28)
            bar.setStyleSheet(
                f"QProgressBar {{ background: #E6E6E6; border: none; border-radius: 6px; }}"
                f"QProgressBar::chunk {{ background: {partner.colour}; border-radius: 6px; }}"
            )
            grid.addWidget(bar, row, 1)
        grid.addWidget(value, row, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)

    def _render_question(self, w: Workshop, question: Question) -> None:
        element = w.questionnaire.element_of(question.id)
        self.kicker.setText(
            self.tr("Question {n} of {total}  ·  {element}").format(
                n=w.questionnaire.order_of(question.id) + 1,
                total=len(w.questionnaire),
                element=domain_text(element.label),
            )
        )
        self.heading.setText(question.text)
        self.subheading.setText(question.help)
        self._show_notice(question)
        lines: list[str] = []
        if question.type is QuestionType.LIKERT:
            for p in range(question.scale_lo, question.scale_hi + 1):
                anchor = question.anchor_label(p)
                lines.append(f"{p}   {anchor}" if anchor else str(p))
        elif question.options:
            lines = [f"{i}   {o.label}" for i, o in enumerate(question.options, start=1)]
        for line in lines:
            label = QLabel(line)
            label.setObjectName("presValue")
            label.setWordWrap(True)
            self.body_layout.addWidget(label)
        self.body_layout.addStretch(1)

    def _show_notice(self, question: Question) -> None:
        self.notice.setText(domain_text(SENSITIVE_NOTICE))
        self.notice.setVisible(question.sensitive)

    # --- look and keys ----------------------------------------------------------------

    def _apply_fonts(self) -> None:
        unit = max(12, self.height() // 40)
        for widget, factor, bold in (
            (self.kicker, 1.0, False),
            (self.heading, 2.4, True),
            (self.subheading, 1.2, False),
            (self.notice, 0.9, False),
            (self.footer, 0.7, False),
        ):
            font = QFont(widget.font())
            font.setPixelSize(round(unit * factor))
            font.setBold(bold)
            widget.setFont(font)
        for label in self.body.findChildren(QLabel):
            font = QFont(label.font())
            font.setPixelSize(round(unit * 1.4))
            font.setBold(bool(label.property("bold")))
            label.setFont(font)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        for child in self.body.findChildren(QWidget):
            child.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_fonts()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            self.move(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.move(-1)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)


def _delete_layout(layout: QLayout) -> None:
    while (item := layout.takeAt(0)) is not None:
        if (widget := item.widget()) is not None:
            widget.setParent(None)
            widget.deleteLater()
        elif (inner := item.layout()) is not None:
            _delete_layout(inner)
    layout.deleteLater()
