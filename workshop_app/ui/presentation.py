"""Presentation mode: full screen for a projector, large type, no participant names.

Shows the alignment (overall index and element radar, then one gap per slide with each
partner's position in its colour) or, from the questionnaire, the current question.
Left/Right or PageUp/PageDown move between slides; G opens the gap filter and a list to
jump to any slide; P shows how many participants are done (updated as answers come in);
T switches between the light and the dark theme; S moves to the next screen and M (or a
right click, or the menu key) chooses the screen from a menu; Esc leaves.
While the workshop is blind and not yet revealed, no answer-derived number is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QContextMenuEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QScreen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from workshop_app.analysis.results import Analysis, Gap
from workshop_app.domain.model import Workshop
from workshop_app.domain.questionnaire import Question
from workshop_app.ui.models.labels import element_label
from workshop_app.ui.presentation_parts import (
    THEMES,
    GapFilter,
    JumpPanel,
    Theme,
    projector_screen,
    readable_on,
    screen_menu,
)
from workshop_app.ui.presentation_slides import (
    delete_layout,
    render_gap,
    render_overview,
    render_progress,
    render_question,
    set_text_colour,
)
from workshop_app.ui.shown_questionnaire import shown_titles
from workshop_app.ui.widgets.radar import RadarChart

# Type sizes in points on a 1080-line screen, scaled with the window's height; body
# text at 28 pt or more is read from the back of a room.
_SIZES_PT = {
    "kicker": 24, "heading": 50, "sub": 30, "body": 30, "notice": 26, "footer": 18, "list": 30,
}  # fmt: skip


class PresentationWindow(QWidget):
    """A full-screen view; build it, call show_alignment() or show_question(), then
    show_on_projector() (or show())."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.setWindowTitle(self.tr("Presentation"))
        self.setAccessibleName(self.tr("Presentation"))
        self.setAccessibleDescription(
            self.tr(
                "Left and Right move between slides; G filters the gaps and jumps to a "
                "slide; P shows progress; T switches theme; S moves to the next screen; "
                "M chooses the screen from a menu; Esc leaves"
            )
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        # Slide 0 is the progress slide, outside the numbering; content starts at 1.
        self._slides: list[tuple[str, object]] = []
        self._index = 0
        self._workshop: Workshop | None = None
        self._analysis: Analysis | None = None
        self._questions_mode = False
        self._filter = GapFilter()
        self._theme = THEMES["light"]
        self.screen_chooser: QMenu | None = None  # the open "Show on screen" menu

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
        self.radar.setAccessibleName(self.tr("Alignment by element"))
        self.footer = QLabel()
        self.footer.setObjectName("presFooter")
        layout.addWidget(self.footer)
        self.panel = JumpPanel(self)
        self.panel.hide()
        self.panel.filterChanged.connect(self._filter_changed)
        self.panel.jumpRequested.connect(self._jump)
        self.panel.closeRequested.connect(self.close_panel)
        self._apply_theme()

    # --- content ----------------------------------------------------------------------

    def show_alignment(self, workshop: Workshop, analysis: Analysis | None) -> None:
        self._questions_mode = False
        self._workshop, self._analysis = workshop, analysis
        self._build_slides()
        self._index = 1
        self._render()

    def show_question(self, workshop: Workshop, question: Question) -> None:
        """The questionnaire's slides, opened on question; its number is its place in
        the questionnaire."""
        self._questions_mode = True
        self._workshop = workshop
        self._build_slides()
        self._index = next(
            (
                n
                for n, (kind, q) in enumerate(self._slides)
                if kind == "question" and q.id == question.id  # type: ignore[attr-defined]  # question slides carry a Question
            ),
            1,
        )
        self._render()

    def update_workshop(self, workshop: Workshop, analysis: Analysis | None) -> None:
        """New answers or edits: the same slide stays up, with the new figures."""
        key = self._slide_key(self._index)
        self._workshop = workshop
        if not self._questions_mode:
            self._analysis = analysis
        self._build_slides()
        self._index = self._find(key)
        self._render()

    def _build_slides(self) -> None:
        w = self._workshop
        assert w is not None
        slides: list[tuple[str, object]] = [("progress", None)]
        if self._questions_mode:
            slides += [("question", q) for q in w.questionnaire.questions()]
        elif self._hidden() or self._analysis is None:
            slides.append(("hidden", None))
        else:
            slides.append(("overview", None))
            slides += [("gap", g) for g in self._analysis.gaps if self._filter.accepts(g)]
        self._slides = slides
        self._refresh_panel()

    def _hidden(self) -> bool:
        w = self._workshop
        return w is not None and w.details.blind_mode and not w.details.revealed

    def _slide_key(self, index: int) -> tuple[str, str]:
        if not 0 <= index < len(self._slides):
            return ("", "")
        kind, payload = self._slides[index]
        if kind == "gap":
            return (kind, payload.question_id)  # type: ignore[attr-defined]  # gap slides carry a Gap
        if kind == "question":
            return (kind, payload.id)  # type: ignore[attr-defined]  # question slides carry a Question
        return (kind, "")

    def _find(self, key: tuple[str, str]) -> int:
        for n in range(len(self._slides)):
            if self._slide_key(n) == key:
                return n
        return min(1, len(self._slides) - 1)

    def slide_count(self) -> int:
        """The numbered slides (the progress slide is not counted)."""
        return len(self._slides) - 1

    def current_slide(self) -> tuple[str, object]:
        return self._slides[self._index]

    def current_number(self) -> int:
        """The current slide's number as the footer shows it (0 on the progress slide)."""
        return self._index

    def move(self, step: int) -> None:  # type: ignore[override]  # moves between slides; QWidget.move is never used here
        target = self._index + step
        if 0 <= target < len(self._slides):
            self._index = target
            self._render()

    def _jump(self, index: int) -> None:
        if 0 <= index < len(self._slides):
            self._index = index
            self._render()
        self.close_panel()

    # --- the jump list and filter -----------------------------------------------------

    def open_panel(self) -> None:
        self._place_panel()
        self.panel.element.setEnabled(not self._questions_mode)
        self.panel.kind.setEnabled(not self._questions_mode)
        self.panel.severity.setEnabled(not self._questions_mode)
        self._refresh_panel()
        self.panel.show()
        self.panel.raise_()
        self.panel.slides.setFocus()

    def close_panel(self) -> None:
        self.panel.hide()
        self.setFocus()

    def _place_panel(self) -> None:
        width = max(360, self.width() // 2)  # room for long gap titles at the list's size
        self.panel.setGeometry(self.width() - width - 20, 20, width, self.height() - 40)

    def _filter_changed(self) -> None:
        self._filter = self.panel.current_filter()
        key = self._slide_key(self._index)
        self._build_slides()
        self._index = self._find(key)
        self._render()

    def _refresh_panel(self) -> None:
        assert self._workshop is not None
        questions = shown_titles(self._workshop.questionnaire)  # the interface language's
        titles = [self._slide_title(n, questions) for n in range(len(self._slides))]
        all_gaps = len(self._analysis.gaps) if self._analysis is not None else 0
        shown = sum(1 for kind, _ in self._slides if kind == "gap")
        self.panel.set_slides(titles, self._index, shown, all_gaps)

    def _slide_title(self, index: int, titles: dict[str, str]) -> str:
        """``titles``: question id -> title in the interface language."""
        kind, payload = self._slides[index]
        if kind == "progress":
            return self.tr("Progress: who is done")
        if kind == "overview":
            return self.tr("{n}. Overview").format(n=index)
        if kind == "hidden":
            return self.tr("{n}. Answers are not revealed yet").format(n=index)
        if kind == "gap":
            gap: Gap = payload  # type: ignore[assignment]  # gap slides carry a Gap
            title = titles.get(gap.question_id) or gap.title
            return self.tr("{n}. Gap {gap}: {title} ({element})").format(
                n=index, gap=index - 1, title=title, element=element_label(gap.element)
            )
        question: Question = payload  # type: ignore[assignment]  # question slides carry a Question
        title = titles.get(question.id) or question.title
        return self.tr("{n}. {title}").format(n=index, title=title)

    # --- rendering --------------------------------------------------------------------

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
                delete_layout(layout)

    def _render(self) -> None:
        self._clear_body()
        kind, payload = self._slides[self._index]
        self.notice.hide()
        w = self._workshop
        assert w is not None
        if kind == "progress":
            where = self.tr("Progress")
        else:
            where = self.tr("{n} / {total}").format(n=self._index, total=self.slide_count())
        if self._filter.active and not self._questions_mode:
            where += "   ·   " + self.tr("filtered")
        self.footer.setText(
            self.tr(
                "{title}   ·   {where}   ·   ← →  move   ·   G  go to   ·   T  theme   ·   "
                "Esc  leave"
            ).format(title=w.details.title, where=where)
            + (
                "   ·   " + self.tr("S  next screen") + "   ·   " + self.tr("M  choose the screen")
                if len(QGuiApplication.screens()) > 1
                else ""
            )
        )
        if kind == "progress":
            render_progress(self, w)
        elif kind == "hidden":
            self.kicker.setText(w.details.title)
            self.heading.setText(self.tr("Answers are not revealed yet"))
            self.subheading.setText(
                self.tr("The facilitator reveals the alignment on the Alignment page.")
            )
        elif kind == "overview":
            render_overview(self, w)
        elif kind == "gap":
            render_gap(self, w, payload)  # type: ignore[arg-type]  # payload's type follows the slide kind
        elif kind == "question":
            render_question(self, w, payload)  # type: ignore[arg-type]  # payload's type follows the slide kind
        # New children of a visible widget are shown on the next event loop; show them now
        # so the slide is complete at once (and the focus and tests see it).
        if self.isVisible():
            for child in self.body.findChildren(QWidget):
                child.show()
        if self.panel.isVisible():
            self.panel.slides.setCurrentRow(self._index)
        self._apply_fonts()
        self._apply_theme()

    # --- look and keys ----------------------------------------------------------------

    def _apply_fonts(self) -> None:
        # Points at 1080 lines, scaled to this window's height, in pixels of its screen.
        px_per_pt = self.logicalDpiY() / 72 * max(self.height(), 300) / 1080
        for widget, size, bold in (
            (self.kicker, "kicker", False),
            (self.heading, "heading", True),
            (self.subheading, "sub", False),
            (self.notice, "notice", False),
            (self.footer, "footer", False),
        ):
            font = QFont(widget.font())
            font.setPixelSize(max(9, round(_SIZES_PT[size] * px_per_pt)))
            font.setBold(bold)
            widget.setFont(font)
        for label in self.body.findChildren(QLabel):
            font = QFont(label.font())
            font.setPixelSize(max(9, round(_SIZES_PT["body"] * px_per_pt)))
            font.setBold(bool(label.property("bold")))
            label.setFont(font)
        self.panel.set_type_size(
            max(9, round(_SIZES_PT["list"] * px_per_pt)),
            max(9, round(_SIZES_PT["footer"] * px_per_pt)),
        )

    def body_point_size(self) -> float:
        """The body text's size in points at this window's size (for checks)."""
        return self.subheading.fontInfo().pixelSize() * 72 / self.logicalDpiY()

    # --- theme and screen -------------------------------------------------------------

    def theme(self) -> str:
        return self._theme.name

    def theme_colours(self) -> Theme:
        return self._theme

    def set_theme(self, name: str) -> None:
        self._theme = THEMES[name]
        self._render() if self._slides else self._apply_theme()

    def _apply_theme(self) -> None:
        # Palettes, not style sheets: a sheet on a label would reset its large font.
        t = self._theme
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(t.background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(t.text))
        self.setPalette(palette)
        for label, colour in (
            (self.kicker, t.kicker),
            (self.heading, t.heading),
            (self.subheading, t.muted),
            (self.footer, t.muted),
            (self.radar, t.text),
        ):
            set_text_colour(label, QColor(colour))
        for label in self.body.findChildren(QLabel):
            partner_colour = label.property("partnerColour")
            if partner_colour:
                set_text_colour(label, readable_on(str(partner_colour), t))
            else:
                set_text_colour(label, QColor(t.text))

    def show_on_projector(self) -> None:
        """Full screen on the second screen when there is one, else on this one."""
        screen = projector_screen(QGuiApplication.screens(), QGuiApplication.primaryScreen())
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    def next_screen(self) -> None:
        screens = QGuiApplication.screens()
        if len(screens) < 2:
            return
        current = self.screen()
        self.move_to_screen(
            screens[(screens.index(current) + 1) % len(screens)]
            if current in screens
            else screens[0]
        )

    def choose_screen(self) -> None:
        """Open the menu of screens (M, the menu key or a right click)."""
        if self.screen_chooser is not None:
            self.screen_chooser.close()
            self.screen_chooser.deleteLater()
        menu = screen_menu(self, self.screen(), self.move_to_screen)
        menu.aboutToHide.connect(self.setFocus)
        self.screen_chooser = menu
        # Large type: it is chosen on the projector as often as on the laptop.
        font = QFont(menu.font())
        font.setPixelSize(max(self.footer.font().pixelSize(), 14))
        menu.setFont(font)
        size = menu.sizeHint()
        corner = self.rect().center() - QPoint(size.width() // 2, size.height() // 2)
        menu.popup(self.mapToGlobal(corner))

    def move_to_screen(self, screen: QScreen) -> None:
        """Fill ``screen`` (full screen again when it was)."""
        full = self.isFullScreen()
        if full:
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        if full:
            self.showFullScreen()

    # --- events -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        for child in self.body.findChildren(QWidget):
            child.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_fonts()
        if self.panel.isVisible():
            self._place_panel()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if self.panel.isVisible():
                self.close_panel()
            else:
                self.close()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            self.move(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.move(-1)
        elif key == Qt.Key.Key_Home:
            self._jump(1)
        elif key == Qt.Key.Key_End:
            self._jump(len(self._slides) - 1)
        elif key == Qt.Key.Key_G:
            self.open_panel()
        elif key == Qt.Key.Key_P:
            self._jump(0)
        elif key == Qt.Key.Key_T:
            self.set_theme("dark" if self._theme.name == "light" else "light")
        elif key == Qt.Key.Key_S:
            self.next_screen()
        elif key in (Qt.Key.Key_M, Qt.Key.Key_Menu):
            self.choose_screen()
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.choose_screen()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
