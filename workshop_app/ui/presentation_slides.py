"""The content of presentation mode's slides: progress, overview, gap and question."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QLayout, QProgressBar, QWidget

from workshop_app.analysis.display import percent_text, score_text
from workshop_app.analysis.positions import position_summary, short_words
from workshop_app.analysis.results import Gap, PartnerPosition
from workshop_app.domain.enums import Element, QuestionType
from workshop_app.domain.model import Partner, Workshop
from workshop_app.domain.questionnaire import SENSITIVE_NOTICE, Question
from workshop_app.translations import tr
from workshop_app.ui.analysis_text import said
from workshop_app.ui.models.labels import domain_text, element_label, gap_kinds_text
from workshop_app.ui.presentation_parts import progress_of
from workshop_app.ui.shown_questionnaire import shown as in_interface_language

if TYPE_CHECKING:
    from workshop_app.ui.presentation import PresentationWindow


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
    return said(short_words(summary, 90)), fill


def render_progress(view: PresentationWindow, w: Workshop) -> None:
    rows = progress_of(w)
    done = sum(r.done for r in rows)
    total = sum(r.total for r in rows)
    view.kicker.setText(w.details.title)
    view.heading.setText(tr("{done} of {total} participants done").format(done=done, total=total))
    view.subheading.setText(tr("Updated as answers come in. Right arrow: the slides."))
    grid = QGridLayout()
    grid.setHorizontalSpacing(30)
    grid.setVerticalSpacing(18)
    for n, row in enumerate(rows):
        name = QLabel(row.label)
        name.setObjectName("presPartner")
        name.setProperty("bold", True)
        name.setProperty("partnerColour", row.colour)
        bar = progress_bar(view, row.done / row.total if row.total else 0.0, row.colour)
        bar.setAccessibleName(tr("{partner}: done").format(partner=row.label))
        text = (
            tr("{partner} {done} of {total} done").format(
                partner=row.label, done=row.done, total=row.total
            )
            if row.total
            else tr("{partner}: no participants").format(partner=row.label)
        )
        value = QLabel(text)
        value.setObjectName("presValue")
        grid.addWidget(name, n, 0)
        grid.addWidget(bar, n, 1)
        grid.addWidget(value, n, 2)
    grid.setColumnStretch(1, 2)
    grid.setColumnStretch(2, 3)
    view.body_layout.addLayout(grid)
    view.body_layout.addStretch(1)


def progress_bar(view: PresentationWindow, fill: float, colour: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 1000)
    bar.setValue(round(max(0.0, min(1.0, fill)) * 1000))
    bar.setTextVisible(False)
    bar.setFixedHeight(28)
    bar.setStyleSheet(
        f"QProgressBar {{ background: {view._theme.track}; border: none; "
        f"border-radius: 6px; }}"
        f"QProgressBar::chunk {{ background: {colour}; border-radius: 6px; }}"
    )
    return bar


def render_overview(view: PresentationWindow, w: Workshop) -> None:
    a = view._analysis
    assert a is not None
    view.kicker.setText(w.details.title)
    index = a.overall_index
    heading = tr("Alignment index {value}").format(value=score_text(index))
    if a.definition_index is not None:
        heading += "  ·  " + tr("Definition {value}").format(value=score_text(a.definition_index))
    view.heading.setText(heading)
    view.subheading.setText(
        tr(
            "{n} gaps to discuss: partners differ (alignment below {t:.0%}), nobody has "
            "defined it, or a partner does not know"
        ).format(n=len(a.gaps), t=a.threshold)
    )
    elements = [e for e in Element if e in a.element_scores]
    axes = [element_label(e) for e in elements]
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
            tr("All partners"),
            QColor(view.theme_colours().text),  # light on the dark theme
            [a.element_scores.get(e) for e in elements],
        )
    )
    view.radar.set_data(axes, series)
    view.body_layout.addWidget(view.radar, 1)
    view.radar.show()


def render_gap(view: PresentationWindow, w: Workshop, gap: Gap) -> None:
    a = view._analysis
    assert a is not None
    number = view._index - 1  # slide 1 is the overview
    shown = view.slide_count() - 1
    view.kicker.setText(
        tr("Gap {n} of {total}  ·  {element}").format(
            n=number, total=shown, element=element_label(gap.element)
        )
    )
    question = in_interface_language(w.questionnaire).question(gap.question_id)
    show_notice(view, question)
    view.heading.setText(question.title)
    why = gap_kinds_text(gap.kinds)
    if gap.alignment is not None:
        why += "   ·   " + tr("Alignment {value}").format(value=percent_text(gap.alignment))
    if gap.definition is not None:
        why += "   ·   " + tr("Defined {value}").format(value=percent_text(gap.definition))
    undecided = [p.label for p in w.partners if p.id in gap.undecided_partners]
    if undecided:
        why += "   ·   " + tr("Does not know: {names}").format(names=", ".join(undecided))
    view.subheading.setText(why + ("   ·   " + question.text if question.short_title else ""))
    grid = QGridLayout()
    grid.setHorizontalSpacing(30)
    grid.setVerticalSpacing(18)
    positions = a.questions[gap.question_id].positions if gap.question_id in a.questions else {}
    row = 0
    for partner in w.partners:
        position = positions.get(partner.id)
        if position is None:
            continue
        partner_row(view, grid, row, partner, question, position)
        row += 1
    view.body_layout.addLayout(grid)
    view.body_layout.addStretch(1)


def partner_row(
    view: PresentationWindow,
    grid: QGridLayout,
    row: int,
    partner: Partner,
    question: Question,
    position: PartnerPosition,
) -> None:
    name = QLabel(partner.label)
    name.setObjectName("presPartner")
    name.setProperty("bold", True)
    name.setProperty("partnerColour", partner.colour)
    text, fill = describe_position(question, position)
    value = QLabel(text)
    value.setObjectName("presValue")
    value.setWordWrap(True)
    grid.addWidget(name, row, 0)
    if fill is not None:
        bar = progress_bar(view, fill, partner.colour)
        bar.setAccessibleName(partner.label)
        bar.setAccessibleDescription(text)
        grid.addWidget(bar, row, 1)
    grid.addWidget(value, row, 2)
    grid.setColumnStretch(1, 2)
    grid.setColumnStretch(2, 3)


def render_question(view: PresentationWindow, w: Workshop, question: Question) -> None:
    question = in_interface_language(w.questionnaire).question(question.id)
    element = w.questionnaire.element_of(question.id)
    view.kicker.setText(
        tr("Question {n} of {total}  ·  {element}").format(
            n=w.questionnaire.order_of(question.id) + 1,
            total=len(w.questionnaire),
            element=element_label(element),
        )
    )
    view.heading.setText(question.text)
    view.subheading.setText(question.help)
    show_notice(view, question)
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
        view.body_layout.addWidget(label)
    view.body_layout.addStretch(1)


def show_notice(view: PresentationWindow, question: Question) -> None:
    view.notice.setText(domain_text(SENSITIVE_NOTICE))
    view.notice.setVisible(question.sensitive)


def set_text_colour(label: QWidget, colour: QColor) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


def delete_layout(layout: QLayout) -> None:
    while (item := layout.takeAt(0)) is not None:
        if (widget := item.widget()) is not None:
            widget.setParent(None)
            widget.deleteLater()
        elif (inner := item.layout()) is not None:
            delete_layout(inner)
    layout.deleteLater()
