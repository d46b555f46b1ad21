"""The alignment page's charts: the overview radar, the heat map and internal disagreements.

Each tab shows what the analysis computed; nothing is scored here. Their texts keep the
page's translation context ("AlignmentPage"), so the translations stay where they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workshop_app.analysis.display import score_text
from workshop_app.analysis.results import Analysis
from workshop_app.domain.enums import Element
from workshop_app.domain.model import Partner, Workshop
from workshop_app.ui.models.alignment import DisagreementsModel, HeatMapModel, pair_label
from workshop_app.ui.models.labels import element_short_label
from workshop_app.ui.widgets.heatmap import HeatMapDelegate
from workshop_app.ui.widgets.page_parts import fit_columns_to_headers, heading, table_view
from workshop_app.ui.widgets.radar import RadarChart, RadarTable

OVERALL, PAIRS = "overall", "pairs"


def mix(a: str, b: str) -> QColor:
    """The colour of a partner pair: halfway between the two partners' colours."""
    ca, cb = QColor(a), QColor(b)
    return QColor(
        (ca.red() + cb.red()) // 2, (ca.green() + cb.green()) // 2, (ca.blue() + cb.blue()) // 2
    )


class OverviewTab(QWidget):
    """The overall (and definition) index above the radar of element scores and its table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.index_label = heading("")
        top.addWidget(self.index_label, 1)
        show = QLabel(QCoreApplication.translate("AlignmentPage", "&Show:"))
        self.radar_mode = QComboBox()
        self.radar_mode.addItem(
            QCoreApplication.translate("AlignmentPage", "All partners together"), OVERALL
        )
        self.radar_mode.addItem(
            QCoreApplication.translate("AlignmentPage", "One line per partner pair"), PAIRS
        )
        self.radar_mode.setAccessibleName(
            QCoreApplication.translate("AlignmentPage", "Radar series")
        )
        show.setBuddy(self.radar_mode)
        top.addWidget(show)
        top.addWidget(self.radar_mode)
        lay.addLayout(top)
        self.radar = RadarChart()
        lay.addWidget(self.radar, 1)
        # The same figures as a table: the chart's text alternative.
        self.radar_table = RadarTable(self.radar)
        lay.addWidget(self.radar_table)

    def show_index(self, a: Analysis) -> None:
        if a.overall_index is None:
            self.index_label.setText(
                QCoreApplication.translate(
                    "AlignmentPage", "No alignment scores yet: answers are missing."
                )
            )
        else:
            self.index_label.setText(
                QCoreApplication.translate(
                    "AlignmentPage", "Overall alignment: {value} of 100"
                ).format(value=score_text(a.overall_index))
            )
        if a.definition_index is not None:
            # How far the partners have defined things, beside how far they agree.
            self.index_label.setText(
                self.index_label.text()
                + "   ·   "
                + QCoreApplication.translate("AlignmentPage", "Definition: {value} of 100").format(
                    value=round(a.definition_index)
                )
            )

    def show_radar(self, w: Workshop, a: Analysis) -> None:
        axes = [element_short_label(e) for e in Element]
        series: list[tuple[str, QColor, list[float | None]]] = []
        if self.radar_mode.currentData() == PAIRS:
            partners = {p.id: p for p in w.partners}
            for pair, scores in a.pair_element_scores.items():
                if pair[0] not in partners or pair[1] not in partners:
                    continue
                colour = mix(partners[pair[0]].colour, partners[pair[1]].colour)
                series.append(
                    (pair_label(pair, partners), colour, [scores.get(e) for e in Element])
                )
        else:
            series.append(
                (
                    QCoreApplication.translate("AlignmentPage", "All partners"),
                    QColor("#1F5FAD"),
                    [a.element_scores.get(e) for e in Element],
                )
            )
        self.radar.set_data(axes, series, 100)


class HeatMapTab(QWidget):
    """How closely each pair of partners answered each question, coloured red to green."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        legend = QLabel(
            QCoreApplication.translate(
                "AlignmentPage",
                "Each cell: how closely a pair of partners answered a question "
                "(100% = the same answer). Red is far apart, green is aligned.",
            )
        )
        legend.setWordWrap(True)
        lay.addWidget(legend)
        self.heat_model = HeatMapModel(None, self)
        self.heat_view = table_view(
            self.heat_model, QCoreApplication.translate("AlignmentPage", "Heat map")
        )
        self.heat_view.setItemDelegate(HeatMapDelegate(self.heat_view))
        self.heat_view.setSelectionBehavior(self.heat_view.SelectionBehavior.SelectItems)
        self.heat_view.verticalHeader().setVisible(True)
        self.heat_view.verticalHeader().setMaximumWidth(420)
        self.heat_view.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.heat_view.horizontalHeader().setStretchLastSection(False)
        self.heat_view.setAlternatingRowColors(False)
        lay.addWidget(self.heat_view)

    def show_analysis(
        self, a: Analysis, partners: tuple[Partner, ...], titles: dict[str, str]
    ) -> None:
        self.heat_model.set_analysis(a, partners, titles)
        fit_columns_to_headers(self.heat_view, minimum=124)


class DisagreementsTab(QWidget):
    """Questions where a partner's own participants disagree with each other."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "AlignmentPage",
                    "Questions where a partner's own participants disagree with each other.",
                )
            )
        )
        self.dis_model = DisagreementsModel(None, self)
        self.dis_view = table_view(
            self.dis_model,
            QCoreApplication.translate("AlignmentPage", "Internal disagreements"),
            sortable=True,
        )
        lay.addWidget(self.dis_view)

    def show_analysis(
        self, a: Analysis, partners: tuple[Partner, ...], titles: dict[str, str]
    ) -> None:
        self.dis_model.set_disagreements(a.internal_disagreements, partners, titles)
        self.dis_view.setColumnWidth(DisagreementsModel.QUESTION, 380)
        fit_columns_to_headers(self.dis_view, minimum=100, columns=(DisagreementsModel.CONSENSUS,))
