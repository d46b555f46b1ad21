"""The review and export page: the readiness checklist and the exports.

Each failed check leads to the page and field that fixes it (``navigateRequested``).
Exports ask for a file name, then run off the UI thread (``tasks.run_task``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.analysis.display import percent_text
from workshop_app.analysis.readiness import before_reveal
from workshop_app.analysis.results import Readiness, ReadinessCheck
from workshop_app.domain.errors import WorkshopError
from workshop_app.session import WorkshopSession
from workshop_app.ui.language import current_language
from workshop_app.ui.models.readiness import ReadinessModel
from workshop_app.ui.pages.base import Page
from workshop_app.ui.widgets.page_parts import heading, table_view


class ReviewPage(Page):
    page_id = "review"
    exportFinished = Signal(str)  # the written file, for tests and the status bar

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        lay = QVBoxLayout(self)

        head = QHBoxLayout()
        self.score_label = heading("")
        self.score_bar = QProgressBar()
        self.score_bar.setAccessibleName(self.tr("Readiness"))
        self.score_bar.setMaximumWidth(260)
        head.addWidget(self.score_label, 1)
        head.addWidget(self.score_bar)
        lay.addLayout(head)
        hint = QLabel(self.tr("Select a check that is not ready and press Enter, or use "
                              "the button, to go where it is fixed."))  # fmt: skip
        hint.setWordWrap(True)  # longer in German than the page is wide
        lay.addWidget(hint)
        self.model = ReadinessModel(None, self)
        self.view = table_view(self.model, self.tr("Readiness checklist"))
        self.view.activated.connect(lambda index: self.go_to_check(index.row()))
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_fix())
        lay.addWidget(self.view, 1)
        self.fix_button = QPushButton(self.tr("&Go to where this is fixed"))
        self.fix_button.clicked.connect(lambda: self.go_to_check(self.view.currentIndex().row()))
        fix_row = QHBoxLayout()
        fix_row.addWidget(self.fix_button)
        fix_row.addStretch(1)
        lay.addLayout(fix_row)

        box = QGroupBox(self.tr("Export"))
        grid = QGridLayout(box)
        self.term_sheet_button = QPushButton(self.tr("Export &Excel term sheet…"))
        self.term_sheet_button.clicked.connect(self.export_term_sheet)
        grid.addWidget(self.term_sheet_button, 0, 0)

        self.pdf_button = QPushButton(self.tr("Export &PDF summary…"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.variant_combo = QComboBox()
        self.variant_combo.addItem(self.tr("Leadership summary"), "leadership")
        self.variant_combo.addItem(self.tr("Full report"), "full")
        self.variant_combo.setAccessibleName(self.tr("PDF variant"))
        self.page_combo = QComboBox()
        self.page_combo.addItem("A4", "A4")
        self.page_combo.addItem(self.tr("Letter"), "Letter")
        self.page_combo.setAccessibleName(self.tr("Page size"))
        grid.addWidget(self.pdf_button, 1, 0)
        grid.addWidget(self.variant_combo, 1, 1)
        grid.addWidget(self.page_combo, 1, 2)

        self.prework_button = QPushButton(self.tr("Export pre-&work workbook…"))
        self.prework_button.clicked.connect(self.export_prework)
        self.partner_combo = QComboBox()
        self.partner_combo.setAccessibleName(self.tr("Partner for the pre-work workbook"))
        grid.addWidget(self.prework_button, 2, 0)
        grid.addWidget(self.partner_combo, 2, 1, 1, 2)
        grid.setColumnStretch(3, 1)
        lay.addWidget(box)

    # --- contract -----------------------------------------------------------------------

    def rebuild(self) -> None:
        w, a = self.session.workshop(), self.session.analysis()
        r = a.readiness
        if self.results_hidden():
            r = Readiness(before_reveal(r.checks))  # no gap names or scores before Reveal
        self.score_label.setText(
            self.tr("Ready for the term sheet: {passed} of {total} checks").format(
                passed=r.passed, total=r.total
            )
        )
        self.score_bar.setRange(0, max(1, r.total))
        self.score_bar.setValue(r.passed)
        self.score_bar.setFormat(percent_text(r.score))
        self.model.set_rows(r.checks)
        self.view.setColumnWidth(ReadinessModel.STATUS, 90)
        self.view.setColumnWidth(ReadinessModel.CHECK, 360)
        self.view.setWordWrap(True)
        self.view.resizeRowsToContents()
        current = self.partner_combo.currentData()
        self.partner_combo.clear()
        for p in w.partners:
            self.partner_combo.addItem(p.name, p.id)
        if current is not None and self.partner_combo.findData(current) >= 0:
            self.partner_combo.setCurrentIndex(self.partner_combo.findData(current))
        has_partners = bool(w.partners)
        self.prework_button.setEnabled(has_partners)
        self.prework_button.setToolTip(
            "" if has_partners else self.tr("Add a partner on the Setup page first.")
        )
        self._update_fix()

    def results_hidden(self) -> bool:
        d = self.session.workshop().details
        return d.blind_mode and not d.revealed

    def confirm_reveal(self, contents: str) -> bool:
        """Before Reveal in blind mode, an export that contains answers or results asks
        first; ``contents`` says what of them the file holds."""
        if not self.results_hidden():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Export reveals the results"),
            self.tr(
                "Blind mode is on and the answers have not been revealed yet.\n\n"
                "{contents} Anyone who sees the file sees them.\n\nExport it anyway?"
            ).format(contents=contents),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def focus_field(self, field: str) -> None:
        self.view.setFocus()
        for row, check in enumerate(self.model.items()):
            if not check.passed:
                self.view.setCurrentIndex(self.model.index(row, ReadinessModel.CHECK))
                return

    # --- checklist ----------------------------------------------------------------------

    def _check(self, row: int) -> ReadinessCheck | None:
        if row < 0 or row >= self.model.rowCount():
            return None
        return self.model.item(row)

    def _update_fix(self) -> None:
        check = self._check(self.view.currentIndex().row())
        self.fix_button.setEnabled(check is not None and not check.passed and bool(check.page))

    def go_to_check(self, row: int) -> None:
        check = self._check(row)
        if check is None or check.passed or not check.page:
            return
        self.navigateRequested.emit(check.page, check.field)

    # --- exports ------------------------------------------------------------------------

    def _ask_path(self, caption: str, name: str, file_filter: str) -> Path | None:
        folder = self.session.store.path.parent if hasattr(self.session.store, "path") else Path()
        path, _ = QFileDialog.getSaveFileName(self, caption, str(folder / name), file_filter)
        return Path(path) if path else None

    def _stem(self) -> str:
        title = self.session.workshop().details.title
        keep = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in title).strip()
        return keep or "workshop"

    def export_term_sheet(self) -> None:
        if not self.confirm_reveal(
            self.tr(
                "The Excel term sheet contains the results: alignment scores, gaps and "
                "each partner's answers."
            )
        ):
            return
        path = self._ask_path(
            self.tr("Export the Excel term sheet"),
            f"{self._stem()} - term sheet.xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path is None:
            return
        from workshop_app.exports.term_sheet import write_term_sheet

        w, a = self.session.workshop(), self.session.analysis()
        lang = current_language()  # the report in the language the facilitator reads
        self._run(
            self.tr("Exporting the term sheet…"), lambda: write_term_sheet(w, a, path, lang=lang)
        )

    def export_pdf(self) -> None:
        variant = self.variant_combo.currentData()
        page_size = self.page_combo.currentData()
        if not self.confirm_reveal(
            self.tr(
                "The PDF summary contains the results: alignment scores, gaps and each "
                "partner's answers."
            )
        ):
            return
        path = self._ask_path(
            self.tr("Export the PDF summary"),
            f"{self._stem()} - {'leadership summary' if variant == 'leadership' else 'report'}.pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if path is None:
            return
        from workshop_app.exports.pdf_report import write_pdf_report

        w, a = self.session.workshop(), self.session.analysis()
        lang = current_language()  # the report in the language the facilitator reads
        self._run(
            self.tr("Exporting the PDF summary…"),
            lambda: write_pdf_report(w, a, path, variant=variant, page_size=page_size, lang=lang),
        )

    def export_prework(self) -> None:
        partner_id = self.partner_combo.currentData()
        if partner_id is None:
            return
        w = self.session.workshop()
        partner = w.partner(partner_id)
        people = {p.id for p in w.participants_of(partner_id)}
        answered = any(a.participant_id in people for a in w.answers)
        if answered and not self.confirm_reveal(
            self.tr(
                "The pre-work workbook of {partner} contains the answers its participants "
                "have given so far, one sheet each."
            ).format(partner=partner.label)
        ):
            return
        path = self._ask_path(
            self.tr("Export the pre-work workbook"),
            f"{self._stem()} - pre-work {partner.label}.xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path is None:
            return
        from workshop_app.exchange.prework import export_prework

        self._run(
            self.tr("Exporting the pre-work workbook…"),
            lambda: export_prework(w, partner_id, path),
        )

    def _run(self, title: str, fn: Callable[[], Any]) -> None:
        from workshop_app.ui.tasks import run_task

        buttons = (self.term_sheet_button, self.pdf_button, self.prework_button)
        states = [b.isEnabled() for b in buttons]
        for b in buttons:
            b.setEnabled(False)

        def restore() -> None:
            for b, state in zip(buttons, states, strict=True):
                b.setEnabled(state)

        def done(result: Any) -> None:
            restore()
            written = Path(result)
            self.exportFinished.emit(str(written))
            answer = QMessageBox.question(
                self,
                self.tr("Export finished"),
                self.tr("Saved {name}.\n\nOpen the folder?").format(name=written.name),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            )
            if answer == QMessageBox.StandardButton.Open:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(written.parent)))

        def failed(exc: BaseException) -> None:
            restore()
            if isinstance(exc, WorkshopError | OSError):
                QMessageBox.warning(self, self.tr("Export failed"), str(exc))
                return
            raise exc  # a bug: A's exception dialog shows it

        run_task(self, title, fn, done, failed)
