"""Run in a child process with a font configuration that holds no system fonts at all:
opens the demo workshop in the real main window with the app's font setup, then checks
every visible text (labels, table cells, list items, chart labels, the presentation
window) for characters drawn as the missing-glyph box. Prints one line per problem and
"checked N texts"; ``--no-fonts`` skips the app's font setup (the test's control)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QWidget,
)


def missing_glyphs(text: str, font: QFont) -> list[str]:
    """The characters of text that the fonts Qt picks for font draw as a box."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    while layout.createLine().isValid():
        pass
    layout.endLayout()
    # Glyph 0 is the box. A ligature (fi, ff) maps two characters to one glyph, so a
    # character without a glyph of its own is fine; with no usable font at all Qt makes
    # no run, and every character is missing.
    flags = (
        QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphIndexes
        | QTextLayout.GlyphRunRetrievalFlag.RetrieveStringIndexes
    )
    boxes: set[int] = set()
    runs = layout.glyphRuns(0, len(text), flags)
    for run in runs:
        for char_index, glyph in zip(run.stringIndexes(), run.glyphIndexes(), strict=False):
            if glyph == 0:
                boxes.add(char_index)
    if not runs:
        boxes = set(range(len(text)))
    missing = [c for i, c in enumerate(text) if i in boxes and not c.isspace()]
    return missing


def _item_texts(view: QAbstractItemView) -> list[tuple[str, QFont]]:
    model = view.model()
    if model is None:
        return []
    out: list[tuple[str, QFont]] = []
    # A list model's columnCount is private in PySide; a list has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for row in range(min(model.rowCount(QModelIndex()), 60)):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            value = model.data(index, Qt.ItemDataRole.DisplayRole)
            font = model.data(index, Qt.ItemDataRole.FontRole)
            if isinstance(value, str) and value:
                # As the item delegate draws it: the item's font over the view's.
                drawn = font.resolve(view.font()) if isinstance(font, QFont) else view.font()
                out.append((value, drawn))
    return out


def texts_of(root: QWidget) -> list[tuple[str, QFont]]:
    out: list[tuple[str, QFont]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            out.append((widget.text(), widget.font()))
        elif isinstance(widget, QAbstractItemView):
            out.extend(_item_texts(widget))
    return out


def main() -> int:
    app = QApplication(sys.argv[:1])
    if "--no-fonts" not in sys.argv:
        from workshop_app.ui.app import make_application

        make_application()
    from workshop_app.analysis import analyse
    from workshop_app.demo import build_demo
    from workshop_app.storage.store import create_workshop
    from workshop_app.ui.mainwindow import MainWindow
    from workshop_app.ui.presentation import PresentationWindow

    workshop = build_demo("small")
    path = Path(sys.argv[1])
    create_workshop(path, workshop).close(backup=False)
    window = MainWindow()
    window.resize(1280, 720)
    window.open_path(path)
    window.show()
    app.processEvents()
    texts: list[tuple[str, QFont]] = []
    names = [p.label for p in workshop.partners] + [p.name for p in workshop.participants]
    for name in names:  # the demo's names in the application font, whatever page shows them
        texts.append((name, app.font()))
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        app.processEvents()
        texts.extend(texts_of(window.page_stack.currentWidget()))
    chart_font = getattr(window.pages[0], "radar", window).font()
    texts.extend((name, chart_font) for name in names)
    presentation = PresentationWindow()
    presentation.show_alignment(workshop, analyse(workshop))
    presentation.resize(1920, 1080)
    presentation.show()
    for _ in range(presentation.slide_count()):
        app.processEvents()
        texts.extend(texts_of(presentation))
        presentation.move(1)
    # Japanese, for the large demo's chip supplier and any Japanese participant.
    texts.append(("大川半導体 おおかわ オオカワ Ōkawa", app.font()))
    problems = 0
    for text, font in texts:
        missing = missing_glyphs(text, font)
        if missing:
            problems += 1
            print(f"MISSING {''.join(sorted(set(missing)))!r} in {text[:60]!r} ({font.families()})")
    print(f"checked {len(texts)} texts")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
