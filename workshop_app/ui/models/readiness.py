"""The readiness checklist: each check of the analysis, passed or what is missing."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

from workshop_app.analysis.results import ReadinessCheck
from workshop_app.ui.analysis_text import said, said_lines
from workshop_app.ui.models.base import EntityTableModel


class ReadinessModel(EntityTableModel[ReadinessCheck]):
    STATUS = 0
    CHECK = 1
    MISSING = 2

    def key(self, item: ReadinessCheck) -> str:
        return item.id

    def headers(self) -> list[str]:
        return [self.tr("Status"), self.tr("Check"), self.tr("What is missing")]

    def display(self, item: ReadinessCheck, column: int) -> str:
        if column == self.STATUS:
            return self.tr("Ready") if item.passed else self.tr("To do")
        if column == self.CHECK:
            return said(item.title)
        return said_lines(item.missing)

    def sort_value(self, item: ReadinessCheck, column: int) -> Any:
        if column == self.STATUS:
            return int(item.passed)
        return self.display(item, column)

    def tooltip(self, item: ReadinessCheck, column: int) -> str | None:
        if item.passed:
            return None
        return said_lines(item.missing) or said(item.title)

    def decoration(self, item: ReadinessCheck, column: int) -> Any:
        if column == self.STATUS:
            return QColor("#2E9E6A") if item.passed else QColor("#D1495B")
        return None
