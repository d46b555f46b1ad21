"""Questionnaire > Live answering: serve the questionnaire on the room's network.

The facilitator picks the address (the local network's by default), presses Start,
and hands out each participant's QR code and link (printed handout); a projector
slide tells the room how to join and who has finished, without any answers. The grid
shows who opened their link, how far they are and who is done. Nothing listens
before Start; Stop (or closing the workshop) ends every connection.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.errors import WorkshopError
from workshop_app.domain.scope import asked_questions
from workshop_app.exports.live_handout import Card, qr_png, write_handout
from workshop_app.live.network import DEFAULT_PORT, base_url, check_host, local_addresses
from workshop_app.live.server import LiveServer
from workshop_app.session import WorkshopSession
from workshop_app.ui.widgets.page_parts import fit_columns_to_headers

NAME, PARTNER, OPENED, ANSWERED, FINISHED = range(5)


class LivePanel(QDialog):
    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Live answering"))
        self.session = session
        self.server = LiveServer(session, self)
        self.slide: ProjectorSlide | None = None
        self._ids: list[str] = []
        self._link = ""

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Participants answer on their own phones or laptops over this room's "
                "network (room Wi-Fi or this laptop's hotspot); no internet is needed. "
                "Each participant's link opens their own questionnaire only."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        row = QHBoxLayout()
        host_label = QLabel(self.tr("&Address:"))
        row.addWidget(host_label)
        self.host_combo = QComboBox()
        self.host_combo.setEditable(True)
        self.host_combo.addItems(local_addresses())
        self.host_combo.setAccessibleName(self.tr("Address to serve on"))
        self.host_combo.setToolTip(
            self.tr(
                "The address of this computer on the room's network. 127.0.0.1 serves "
                "this computer only."
            )
        )
        host_label.setBuddy(self.host_combo)
        row.addWidget(self.host_combo, 1)
        port_label = QLabel(self.tr("&Port:"))
        row.addWidget(port_label)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1024, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        port_label.setBuddy(self.port_spin)
        row.addWidget(self.port_spin)
        self.start_button = QPushButton(self.tr("&Start"))
        self.stop_button = QPushButton(self.tr("S&top"))
        row.addWidget(self.start_button)
        row.addWidget(self.stop_button)
        layout.addLayout(row)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)

        body = QHBoxLayout()
        self.grid = QTableWidget(0, 5)
        self.grid.setHorizontalHeaderLabels(
            [
                self.tr("Participant"),
                self.tr("Partner"),
                self.tr("Opened"),
                self.tr("Answered"),
                self.tr("Finished"),
            ]
        )
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # Wide enough for the header in every language ("Beantwortet" is wider than 100 px).
        fit_columns_to_headers(
            self.grid, minimum=100, columns=(PARTNER, OPENED, ANSWERED, FINISHED)
        )
        self.grid.verticalHeader().setVisible(False)
        body.addWidget(self.grid, 3)
        side = QVBoxLayout()
        self.qr_label = QLabel()
        self.qr_label.setFixedSize(220, 220)
        self.qr_label.setScaledContents(True)
        self.qr_label.setAccessibleName(self.tr("QR code of the chosen participant's link"))
        side.addWidget(self.qr_label)
        self.link_label = QLabel()
        self.link_label.setWordWrap(True)
        self.link_label.setTextFormat(Qt.TextFormat.PlainText)
        self.link_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.link_label.setMaximumWidth(220)
        side.addWidget(self.link_label)
        self.copy_button = QPushButton(self.tr("&Copy link"))
        self.renew_button = QPushButton(self.tr("&New link"))
        self.renew_button.setToolTip(self.tr("A new link for this participant; the old one ends"))
        self.reopen_button = QPushButton(self.tr("&Reopen"))
        self.reopen_button.setToolTip(
            self.tr('Let a participant who said "I\'m done" change answers again')
        )
        for button in (self.copy_button, self.renew_button, self.reopen_button):
            side.addWidget(button)
        side.addStretch(1)
        body.addLayout(side, 1)
        layout.addLayout(body, 1)

        bottom = QGridLayout()
        self.handout_button = QPushButton(self.tr("Save &handout (PDF)..."))
        self.slide_button = QPushButton(self.tr("Pro&jector slide"))
        close = QPushButton(self.tr("Close"))
        bottom.addWidget(self.handout_button, 0, 0)
        bottom.addWidget(self.slide_button, 0, 1)
        bottom.setColumnStretch(2, 1)
        bottom.addWidget(close, 0, 3)
        layout.addLayout(bottom)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)  # many answers a second: one redraw
        self._refresh_timer.timeout.connect(self.refresh)

        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.grid.itemSelectionChanged.connect(self._show_selected)
        self.copy_button.clicked.connect(self._copy_link)
        self.renew_button.clicked.connect(self._renew_link)
        self.reopen_button.clicked.connect(self._reopen)
        self.handout_button.clicked.connect(self.save_handout)
        self.slide_button.clicked.connect(self.show_slide)
        close.clicked.connect(self.close)
        session.changed.connect(self._refresh_timer.start)
        self.server.activity.connect(lambda _pid: self._refresh_timer.start())
        self.resize(900, 560)
        self.refresh()

    # --- serving ------------------------------------------------------------------------

    def _base(self) -> str:
        if self.server.running:
            return self.server.url
        try:
            return base_url(check_host(self.host_combo.currentText()), self.port_spin.value())
        except WorkshopError:
            return "http://ADDRESS"

    def start(self) -> bool:
        if self.session.read_only:
            self._problem(self.tr("This workshop is open read-only; answers could not be saved."))
            return False
        try:
            url = self.server.start(self.host_combo.currentText(), self.port_spin.value())
        except WorkshopError as exc:
            self._problem(str(exc))
            return False
        self.status_label.setText(
            self.tr(
                "Serving on {url} (address {host} only). Participants on this network "
                "open their own link or scan their QR code."
            ).format(url=url, host=self.server.host)
        )
        self.refresh()
        return True

    def stop(self) -> None:
        self.server.stop()
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.server.running:
            answer = QMessageBox.question(
                self,
                self.tr("Live answering"),
                self.tr(
                    "Stop live answering? Every participant's link stops working until "
                    "you start it again."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.stop()
        if self.slide is not None:
            self.slide.close()
        super().closeEvent(event)

    def _problem(self, message: str) -> None:
        self.status_label.setText(message)
        QMessageBox.warning(self, self.tr("Live answering"), message)

    # --- the grid -----------------------------------------------------------------------

    def progress(self) -> list[tuple[str, str, str, bool, int, int, bool]]:
        """(id, name, partner, opened, answered, asked, done) for every participant."""
        w = self.session.workshop()
        partners = {p.id: p.label for p in w.partners}
        out = []
        for person in w.participants:
            asked = {q.id for q in asked_questions(w.details, w.questionnaire, person)}
            answered = sum(1 for a in w.answers_of(person.id) if a.question_id in asked)
            out.append(
                (
                    person.id,
                    person.name,
                    partners.get(person.partner_id, ""),
                    person.id in self.server.desk.opened,
                    answered,
                    len(asked),
                    person.done,
                )
            )
        return out

    def refresh(self) -> None:
        running = self.server.running
        self.start_button.setEnabled(not running and not self.session.read_only)
        self.stop_button.setEnabled(running)
        self.host_combo.setEnabled(not running)
        self.port_spin.setEnabled(not running)
        if not running:
            self.status_label.setText(
                self.tr("Not serving: nothing listens on the network until you press Start.")
            )
        rows = self.progress()
        selected = self._selected()
        self._ids = [r[0] for r in rows]
        self.grid.setRowCount(len(rows))
        for i, (_pid, name, partner, opened, answered, asked, done) in enumerate(rows):
            cells = [
                name,
                partner,
                self.tr("yes") if opened else "",
                self.tr("{n} of {m}").format(n=answered, m=asked),
                self.tr("done") if done else "",
            ]
            for col, text in enumerate(cells):
                item = self.grid.item(i, col)
                if item is None:
                    item = QTableWidgetItem()
                    self.grid.setItem(i, col, item)
                if item.text() != text:
                    item.setText(text)
        if selected in self._ids:
            self.grid.selectRow(self._ids.index(selected))
        elif self._ids and not self.grid.selectedItems():
            self.grid.selectRow(0)
        self._show_selected()
        if self.slide is not None:
            self.slide.refresh()

    def _selected(self) -> str | None:
        rows = {i.row() for i in self.grid.selectedItems()}
        return self._ids[min(rows)] if rows and min(rows) < len(self._ids) else None

    def _show_selected(self) -> None:
        pid = self._selected()
        has = pid is not None and not self.session.read_only
        for button in (self.copy_button, self.renew_button, self.reopen_button):
            button.setEnabled(has)
        if pid is None or not has:
            self.qr_label.clear()
            self.link_label.setText("")
            self._link = ""
            return
        url = self.server.links(self._base())[pid]
        pixmap = QPixmap()
        pixmap.loadFromData(qr_png(url, scale=5), "PNG")
        self.qr_label.setPixmap(pixmap)
        self._link = url
        # Broken every 30 characters: a link has no spaces to wrap at.
        self.link_label.setText("\n".join(url[i : i + 30] for i in range(0, len(url), 30)))
        person = self.session.workshop().participant(pid)
        self.reopen_button.setEnabled(person.done)

    def _copy_link(self) -> None:
        QGuiApplication.clipboard().setText(self._link)

    def _renew_link(self) -> None:
        pid = self._selected()
        if pid is not None:
            self.server.renew_link(pid)
            self._show_selected()

    def _reopen(self) -> None:
        pid = self._selected()
        if pid is None:
            return
        person = self.session.workshop().participant(pid)
        self.session.put(
            replace(person, done=False), text=self.tr("{name} is not done").format(name=person.name)
        )

    # --- handout and slide ----------------------------------------------------------------

    def save_handout(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the participants' handout"),
            str(
                self.session.store.path.with_name(
                    self.session.store.path.stem + " - live links.pdf"
                )
            ),
            self.tr("PDF (*.pdf)"),
        )
        if not path:
            return None
        w = self.session.workshop()
        urls = self.server.links(self._base())
        partners = {p.id: p.name for p in w.partners}
        cards = [Card(p.name, partners.get(p.partner_id, ""), urls[p.id]) for p in w.participants]
        try:
            return write_handout(path, w.details.title, self._base(), cards)
        except WorkshopError as exc:
            self._problem(str(exc))
            return None

    def show_slide(self) -> None:
        if self.slide is None:
            self.slide = ProjectorSlide(self)
        self.slide.refresh()
        self.slide.resize(1280, 720)
        self.slide.showMaximized()


class ProjectorSlide(QDialog):
    """For the projector: how to join, and who has finished. No links, no answers."""

    def __init__(self, panel: LivePanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.setWindowTitle(self.tr("Live answering - projector"))
        self.setObjectName("projectorSlide")
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 30pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.how = QLabel()
        self.how.setTextFormat(Qt.TextFormat.PlainText)
        self.how.setStyleSheet("font-size: 20pt;")
        self.how.setWordWrap(True)
        self.people = QLabel()
        self.people.setTextFormat(Qt.TextFormat.PlainText)
        self.people.setStyleSheet("font-size: 16pt;")
        self.people.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.how)
        layout.addWidget(self.people, 1)

    def refresh(self) -> None:
        w = self.panel.session.workshop()
        self.title.setText(w.details.title)
        rows = self.panel.progress()
        done = sum(1 for r in rows if r[6])
        self.how.setText(
            self.tr(
                "1. Join this room's Wi-Fi.\n2. Scan the QR code on your own handout "
                '(or type its link).\n3. Answer one question at a time; press "I\'m done" '
                "at the end.\n\nServing on {url} · {done} of {n} finished"
            ).format(url=self.panel.server.url or self.tr("(not started)"), done=done, n=len(rows))
        )
        marks = []
        for _pid, name, _partner, opened, answered, asked, finished in rows:
            state = "✓" if finished else (f"{answered}/{asked}" if opened or answered else "–")
            marks.append(f"{name}  {state}")
        self.people.setText("     ".join(marks))
