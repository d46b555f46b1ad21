"""Parts of presentation mode: the screen it opens on and the menu that chooses it, its
themes, the progress figures and the gap filter with its jump list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QActionGroup, QColor, QFont, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from workshop_app.analysis.results import Gap
from workshop_app.domain.enums import Element, GapKind
from workshop_app.domain.model import Workshop
from workshop_app.ui.models.labels import element_label, gap_kind_label

S = TypeVar("S")


def projector_screen(screens: Sequence[S], primary: S | None) -> S | None:
    """The screen presentation mode opens on: a second screen (the projector) when
    there is one, else the primary screen."""
    for screen in screens:
        if screen is not primary:
            return screen
    return primary if primary is not None else (screens[0] if screens else None)


def screen_menu(
    parent: QWidget, current: QScreen | None, choose: Callable[[QScreen], None]
) -> QMenu:
    """A menu naming every screen (the current one checked, the primary one marked);
    choosing one calls ``choose(screen)``. Its texts are the presentation window's."""
    menu = QMenu(QCoreApplication.translate("PresentationWindow", "Show on screen"), parent)
    menu.setObjectName("presScreenMenu")
    menu.setAccessibleName(
        QCoreApplication.translate("PresentationWindow", "Show the presentation on this screen")
    )
    group = QActionGroup(menu)
    primary = QGuiApplication.primaryScreen()
    main = QCoreApplication.translate("PresentationWindow", "(this computer's main screen)")
    for n, screen in enumerate(QGuiApplication.screens(), 1):
        size = screen.geometry()
        # Some systems give a screen no name: then its number and size say which it is.
        text = (
            QCoreApplication.translate(
                "PresentationWindow", "Screen {n}: {name} ({width} × {height})"
            )
            if screen.name()
            else QCoreApplication.translate("PresentationWindow", "Screen {n} ({width} × {height})")
        ).format(n=n, name=screen.name(), width=size.width(), height=size.height())
        if screen is primary:
            text += "   " + main
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setChecked(screen is current)
        group.addAction(action)
        action.triggered.connect(lambda _=False, s=screen: choose(s))
    return menu


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    kicker: str
    heading: str
    text: str
    muted: str
    track: str  # the empty part of a bar


THEMES = {
    "light": Theme("light", "#FFFFFF", "#33507A", "#1B2A41", "#1B2A41", "#5A6270", "#E6E6E6"),
    "dark": Theme("dark", "#10161F", "#9DB8E0", "#FFFFFF", "#F2F4F7", "#B4BCC8", "#3A4452"),
}


def readable_on(colour: str, theme: Theme) -> QColor:
    """A partner's colour, lightened on the dark theme so a dark colour stays legible."""
    c = QColor(colour)
    if theme.name == "dark" and c.lightnessF() < 0.55:
        return c.lighter(170)
    return c


@dataclass(frozen=True)
class PartnerProgress:
    label: str
    colour: str
    done: int
    total: int


def progress_of(workshop: Workshop) -> list[PartnerProgress]:
    """Per partner, how many of its participants said they are done."""
    rows = []
    for partner in workshop.partners:
        people = workshop.participants_of(partner.id)
        done = sum(1 for p in people if p.done)
        rows.append(PartnerProgress(partner.label, partner.colour, done, len(people)))
    return rows


# Minimum severities offered in the filter (severity runs from 0 to the weight, 0..1).
SEVERITY_STEPS = (0.0, 0.25, 0.5, 0.75)


@dataclass(frozen=True)
class GapFilter:
    element: Element | None = None
    kind: GapKind | None = None
    min_severity: float = 0.0

    def accepts(self, gap: Gap) -> bool:
        return (
            (self.element is None or gap.element is self.element)
            and (self.kind is None or self.kind in gap.kinds)
            and gap.severity >= self.min_severity
        )

    @property
    def active(self) -> bool:
        return self != GapFilter()


class JumpPanel(QFrame):
    """Filter the gap slides by element, kind and severity, and jump to any slide.

    Enter on a slide in the list jumps there; Esc closes the panel.
    """

    filterChanged = Signal()
    jumpRequested = Signal(int)  # the slide's index
    closeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presJumpPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Go to a slide"))
        title.setObjectName("sectionLabel")
        layout.addWidget(title)
        form = QFormLayout()
        self.element = QComboBox()
        self.element.addItem(self.tr("All elements"), None)
        for element in Element:
            self.element.addItem(element_label(element), element)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds of gap"), None)
        for kind in GapKind:
            self.kind.addItem(gap_kind_label(kind), kind)
        self.severity = QComboBox()
        self.severity.addItem(self.tr("Any severity"), 0.0)
        for step in SEVERITY_STEPS[1:]:
            self.severity.addItem(self.tr("Severity at least {value}").format(value=step), step)
        # Whole sentences per filter: a translation cannot be put together from a noun.
        for combo, name, spoken in (
            (self.element, self.tr("Element"), self.tr("Show the gaps of this element")),
            (self.kind, self.tr("Kind of gap"), self.tr("Show the gaps of this kind")),
            (self.severity, self.tr("Severity"), self.tr("Show the gaps of this severity or more")),
        ):
            combo.setAccessibleName(spoken)
            # At projector sizes the longest element name would push the labels out.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.currentIndexChanged.connect(self.filterChanged)
            form.addRow(name, combo)
        layout.addLayout(form)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.slides = QListWidget()
        self.slides.setAccessibleName(self.tr("Slides"))
        self.slides.setAccessibleDescription(self.tr("Enter shows the chosen slide"))
        self.slides.itemActivated.connect(self._activated)
        layout.addWidget(self.slides, 1)
        hint = QLabel(self.tr("Enter  show the slide   ·   Esc  close this list"))
        hint.setObjectName("hint")
        layout.addWidget(hint)
        for label in (title, self.count, hint):
            label.setProperty("keepFont", True)
        self.title, self.hint = title, hint
        # Long gap titles wrap rather than run out of the panel at projector sizes.
        self.slides.setWordWrap(True)
        self.slides.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_type_size(self, body_px: int, small_px: int) -> None:
        """Type sized like the slides' (read from the back of the room): the list, the
        filters and the count at the body size, the key hint smaller."""
        for widget, px, bold in (
            (self.title, body_px, True),
            (self.count, body_px, False),
            (self.slides, body_px, False),
            (self.element, body_px, False),
            (self.kind, body_px, False),
            (self.severity, body_px, False),
            (self.hint, small_px, False),
            *((label, body_px, False) for label in self._form_labels()),
        ):
            font = QFont(widget.font())
            font.setPixelSize(px)
            font.setBold(bold)
            widget.setFont(font)
        form = self.findChild(QFormLayout)
        if form is not None:
            form.setHorizontalSpacing(body_px // 2)  # a label never touches its list

    def _form_labels(self) -> list[QWidget]:
        form = self.findChild(QFormLayout)
        if form is None:
            return []
        found = []
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if widget is not None:
                found.append(widget)
        return found

    def current_filter(self) -> GapFilter:
        # Item data comes back from Qt as the enum's plain string value.
        element, kind = self.element.currentData(), self.kind.currentData()
        return GapFilter(
            None if element is None else Element(element),
            None if kind is None else GapKind(kind),
            float(self.severity.currentData()),
        )

    def set_slides(self, titles: list[str], current: int, shown: int, total: int) -> None:
        self.slides.clear()
        for n, text in enumerate(titles):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, n)
            self.slides.addItem(item)
        if titles:
            self.slides.setCurrentRow(max(0, min(current, len(titles) - 1)))
        self.count.setText(
            self.tr("{shown} of {total} gaps shown").format(shown=shown, total=total)
        )

    def _activated(self, item: QListWidgetItem) -> None:
        self.jumpRequested.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.closeRequested.emit()
        else:
            super().keyPressEvent(event)
