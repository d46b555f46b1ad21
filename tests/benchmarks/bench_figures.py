"""The other figures of the speed table (issue "Speed and footprint"), each against its
floor in the same run; see bench_speed.py for saving, loading and ``info --json``.

Run (benchmarks are left out of the normal run by ``--ignore`` in pyproject's addopts):

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/benchmarks/bench_figures.py \
        -o addopts="" -p no:cacheprovider -s

Each figure and its floor are measured alternately, 7 times, and the medians printed
with their ratio. Nothing here asserts a time.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from tests.benchmarks.bench_speed import RUNS, _median_pair, _report
from tests.benchmarks.qt_reference import plain_page
from workshop_app.analysis.results import Analysis
from workshop_app.domain.enums import QuestionType
from workshop_app.domain.model import Workshop
from workshop_app.domain.questionnaire import Question

KEYS_PER_RUN = 10


def test_digit_key_to_repaint(large_file: Path, tmp_path: Path) -> None:
    """A digit key on the questionnaire page saves the answer, goes on and repaints.
    Floor: a raw sqlite3 upsert of the same row and commit (WAL, synchronous=FULL)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from workshop_app.ui.app import make_application
    from workshop_app.ui.mainwindow import MainWindow
    from workshop_app.ui.pages.questionnaire import QuestionnairePage

    app = make_application()
    raw_path = tmp_path / "raw.workshop"
    shutil.copyfile(large_file, raw_path)
    window = MainWindow()
    window.resize(1280, 720)
    window.show()
    window.activateWindow()
    assert window.open_path(large_file)
    window.show_page(1)
    page = window.page("questionnaire")
    assert isinstance(page, QuestionnairePage)
    app.processEvents()
    person = page.current_participant()
    assert person is not None
    first = page.current_question()
    assert first is not None and first.type.value in ("likert", "single_choice")
    keys = iter(range(10**9))

    def presses() -> None:
        page.go_to(0)
        app.processEvents()
        for _ in range(KEYS_PER_RUN):
            key = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3)[next(keys) % 3]
            QTest.keyClick(QApplication.focusWidget() or page, key)
            page.repaint()
            page.go_to(0)

    conn = sqlite3.connect(raw_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")

    def raw() -> None:
        for _ in range(KEYS_PER_RUN):
            n = next(keys)
            conn.execute("BEGIN")
            conn.execute(
                "INSERT INTO answers (participant_id, question_id, value, comment, answered_at,"
                " dont_know) VALUES (?, ?, ?, '', ?, 0) ON CONFLICT (participant_id,"
                " question_id) DO UPDATE SET value = excluded.value,"
                " answered_at = excluded.answered_at",
                [person.id, first.id, json.dumps(1 + n % 3), "2026-11-29T01:00:00+01:00"],
            )
            conn.execute("COMMIT")

    # Not the figure's floor: what Qt alone takes to repaint a plain page like this one.
    reference = plain_page(page)
    # Shown beside the window without taking the keys from it.
    reference.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    reference.show()
    app.processEvents()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    page.panels[first.type].focus_answer()
    assert window.isActiveWindow() and page.isAncestorOf(QApplication.focusWidget())
    assert window.session is not None
    saves = window.session.undo_stack.count()

    def plain() -> None:
        for _ in range(KEYS_PER_RUN):
            reference.change_label(next(keys))
            reference.repaint()

    try:
        t, t_floor = _median_pair(presses, raw)
        stored = window.session.workshop().answer(person.id, first.id) if window.session else None
        assert stored is not None  # the key presses were saved
        t_plain, t_key = _median_pair(plain, presses)  # alternately, under the same load
        # Every key press saved an answer (one undo step each): the keys reached the page.
        assert window.session.undo_stack.count() - saves == 2 * RUNS * KEYS_PER_RUN
    finally:
        conn.close()
        reference.close()
        window.close_workshop()
        window.close()
    print()
    _report("digit key to repaint, large demo", "sqlite3 upsert+commit", t, t_floor, KEYS_PER_RUN)
    print(
        f"  reference, not a floor: Qt repainting a plain page of the same size and widgets,"
        f" one label changed: {t_plain / KEYS_PER_RUN * 1000:.2f} ms, {t_plain / t_key:.0%}"
        f" of a key ({t_key / KEYS_PER_RUN * 1000:.2f} ms) measured alternately with it"
    )


def _python(code: str, **env: str) -> None:
    subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        check=True,
        capture_output=True,
        env={**os.environ, **env},
    )


# The app's own start (run_app) up to the first shown window, then out at once: the
# process ends from the event loop, since app.quit() would first close the window (Qt 6),
# and closing (its backup) is not part of the start. The floor shows a bare QMainWindow
# and ends the same way.
_APP = """
    import os, sys
    from PySide6.QtCore import QTimer
    from workshop_app.session.gc_timer import collect_on_qt_thread
    from workshop_app.ui.app import initial_window, make_application, setup_logging
    app = make_application()
    setup_logging()
    collect_on_qt_thread(app)
    window = initial_window(sys.argv[1])
    window.show()
    QTimer.singleShot(0, lambda: os._exit(0))
    app.exec()
"""
_BARE = """
    import os
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication([])
    window = QMainWindow()
    window.resize(1280, 720)
    window.show()
    QTimer.singleShot(0, lambda: os._exit(0))
    app.exec()
"""


@pytest.mark.parametrize("which", ["demo", "large"])
def test_start_to_window(which: str, demo_file: Path, large_file: Path, tmp_path: Path) -> None:
    """Floor: a bare PySide6 QMainWindow shown from a fresh interpreter."""
    path = tmp_path / f"{which}.workshop"
    shutil.copyfile(demo_file if which == "demo" else large_file, path)
    data = str(tmp_path / "data")

    def start() -> None:
        subprocess.run(
            [sys.executable, "-c", textwrap.dedent(_APP), str(path)],
            check=True,
            capture_output=True,
            env={**os.environ, "WORKSHOP_APP_DATA_DIR": data},
        )

    def bare() -> None:
        _python(_BARE)

    t, t_floor = _median_pair(start, bare)
    print()
    _report(f"start to window, {which}", "bare QMainWindow", t, t_floor)


def _report_paragraphs(
    w: Workshop, a: Analysis, variant: str
) -> list[tuple[str, str, float, float]]:
    """Every paragraph of the report's story, in order: its text (markup as given) and its
    style's font name, size and leading. Paragraphs inside tables and kept-together groups
    count; the charts, the contents page (made while laying out) and the page decoration
    are the report's own work and are left out."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Flowable, Paragraph, Table

    from workshop_app.exports.pdf_fonts import register_fonts
    from workshop_app.exports.pdf_report import _Report
    from workshop_app.exports.report_language import report_language

    def walk(flowables: Iterable[Any]) -> Iterator[Paragraph]:
        for f in flowables:
            if isinstance(f, Paragraph):
                yield f
            elif isinstance(f, Table):
                rows: Any = vars(f)["_cellvalues"]  # not in reportlab's stubs
                for row in rows:
                    for cell in row:
                        yield from walk(cell if isinstance(cell, list | tuple) else [cell])
            elif isinstance(f, Flowable):
                yield from walk(getattr(f, "_content", ()))

    register_fonts()
    with report_language(None):
        story = _Report(w, a, variant, A4, lambda done: None).story()
    return [(p.text, p.style.fontName, p.style.fontSize, p.style.leading) for p in walk(story)]


def _floor_pdf(paragraphs: list[tuple[str, str, float, float]], path: Path) -> None:
    """The report's paragraphs, as plain reportlab Paragraphs one after another in a
    SimpleDocTemplate (A4, starting in the report's font), each in its font, size and
    leading; laid out once."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

    from workshop_app.exports.pdf_fonts import SANS, register_fonts

    register_fonts()
    made: dict[tuple[str, float, float], ParagraphStyle] = {}
    story: list[Flowable] = []
    for text, font, size, leading in paragraphs:
        style = made.get((font, size, leading))
        if style is None:
            style = made[font, size, leading] = ParagraphStyle(
                f"s{len(made)}", fontName=font, fontSize=size, leading=leading
            )
        story.append(Paragraph(text, style))
    SimpleDocTemplate(str(path), pagesize=A4, initialFontName=SANS).build(story)


@pytest.mark.parametrize("variant", ["leadership", "full"])
def test_pdf_report(variant: str, tmp_path: Path) -> None:
    """Floor: a plain reportlab document (SimpleDocTemplate, A4, the same registered
    fonts) of the report's own paragraphs, the same texts and markup in the same fonts and
    sizes, one after another: no tables, charts, contents or header and footer. The
    paragraphs are gathered once, before timing, from the story the report builds
    (walking into its tables' cells)."""
    from workshop_app.analysis import analyse
    from workshop_app.demo import build_demo
    from workshop_app.exports.pdf_report import write_pdf_report

    w = build_demo("small")
    a = analyse(w)
    paragraphs = _report_paragraphs(w, a, variant)

    def report() -> None:
        write_pdf_report(w, a, tmp_path / "r.pdf", variant=variant)

    def floor() -> None:
        _floor_pdf(paragraphs, tmp_path / "f.pdf")

    t, t_floor = _median_pair(report, floor)
    print()
    print(f"  {variant}: the report's {len(paragraphs)} paragraphs, laid out by the floor too")
    _report(f"PDF {variant}, demo", "reportlab, same paragraphs", t, t_floor)


def test_term_sheet(tmp_path: Path) -> None:
    """Floor: an openpyxl write-only workbook of the same cells."""
    from openpyxl import Workbook, load_workbook

    from workshop_app.analysis import analyse
    from workshop_app.demo import build_demo
    from workshop_app.exports.term_sheet import write_term_sheet

    w = build_demo("small")
    a = analyse(w)
    made = load_workbook(write_term_sheet(w, a, tmp_path / "t.xlsx"))
    sheets = [
        (ws.title, [[c.value for c in row] for row in ws.iter_rows()]) for ws in made.worksheets
    ]

    def term_sheet() -> None:
        write_term_sheet(w, a, tmp_path / "t.xlsx")

    def floor() -> None:
        book = Workbook(write_only=True)
        for title, rows in sheets:
            ws = book.create_sheet(title)
            for row in rows:
                ws.append(row)
        book.save(tmp_path / "f.xlsx")

    t, t_floor = _median_pair(term_sheet, floor)
    print()
    _report("Excel term sheet, demo", "openpyxl write-only, same cells", t, t_floor)


def _floor_analysis(
    workshop: Workshop, questions: list[Question]
) -> dict[str, dict[tuple[str, str], float]]:
    """The analysis's floor: pure-Python positions and pairwise distances, plainly.

    For every question in ``questions`` (the active ones) and every partner with an
    answer, the partner's position from its participants' answers, leaving out "Don't
    know" and blank answers:

      likert, number  the mean of the values
      single_choice   the share of the participants choosing each option
      multi_choice    the share of the participants selecting each option
      ranking         the mean rank of each option (1 = first)
      allocation      the mean over participants of each option's share of the points
      text            no position

    and then, per question, the distance of every pair of partners, from 0 to 1 as the
    analysis normalises that type: likert |a - b| / (hi - lo); number min(1, |a - b| /
    tolerance) (without a tolerance |a - b| / max(|a|, |b|)); single_choice and
    allocation the total variation distance 0.5 x sum |a_o - b_o|; multi_choice the
    largest |a_o - b_o|; ranking sum |a_o - b_o| / floor(n^2 / 2) for n options.
    Returned as question id -> (partner, partner) -> distance.

    Not included (the analysis does them on top): checking each value against its
    question, undecided partners, consensus within a partner, a number's median instead
    of its mean, alignment, element and pair scores, gaps, readiness.
    """
    partner_of = {p.id: p.partner_id for p in workshop.participants}
    by_id = {q.id: q for q in questions}
    values: dict[str, dict[str, list[Any]]] = {}
    for ans in workshop.answers:
        if ans.dont_know or ans.value is None or ans.question_id not in by_id:
            continue
        per_partner = values.setdefault(ans.question_id, {})
        per_partner.setdefault(partner_of[ans.participant_id], []).append(ans.value)

    distances: dict[str, dict[tuple[str, str], float]] = {}
    for qid, per_partner in values.items():
        q = by_id[qid]
        t = q.type
        if t is QuestionType.TEXT:
            continue
        options = q.option_ids()
        positions: dict[str, Any] = {}
        for pid, vals in per_partner.items():
            n = len(vals)
            if t is QuestionType.LIKERT or t is QuestionType.NUMBER:
                positions[pid] = sum(vals) / n
                continue
            if t is QuestionType.SINGLE_CHOICE:
                totals: Counter[str] | dict[str, float] = Counter(vals)
            elif t is QuestionType.MULTI_CHOICE:
                totals = Counter(o for v in vals for o in v)
            elif t is QuestionType.RANKING:
                totals = dict.fromkeys(options, 0.0)
                for v in vals:
                    for rank, o in enumerate(v, start=1):
                        totals[o] += rank
            else:  # allocation
                totals = dict.fromkeys(options, 0.0)
                for v in vals:
                    points = sum(v.values())
                    for o, x in v.items():
                        totals[o] += x / points
            positions[pid] = {o: totals[o] / n for o in options}

        pairwise: dict[tuple[str, str], float] = {}
        for a, b in combinations(positions, 2):
            pa, pb = positions[a], positions[b]
            if t is QuestionType.LIKERT:
                d = abs(pa - pb) / (q.scale_hi - q.scale_lo)
            elif t is QuestionType.NUMBER:
                if q.tolerance:
                    d = min(1.0, abs(pa - pb) / q.tolerance)
                else:
                    d = abs(pa - pb) / max(abs(pa), abs(pb)) if pa != pb else 0.0
            elif t is QuestionType.MULTI_CHOICE:
                d = max(abs(pa[o] - pb[o]) for o in options)
            elif t is QuestionType.RANKING:
                d = sum(abs(pa[o] - pb[o]) for o in options) / (len(options) ** 2 // 2)
            else:  # single_choice, allocation
                d = 0.5 * sum(abs(pa[o] - pb[o]) for o in options)
            pairwise[(a, b)] = d
        distances[qid] = pairwise
    return distances


def test_analysis_of_the_large_demo() -> None:
    """Floor: ``_floor_analysis``, the positions of every partner on every active
    question and the distance of every pair of partners, in plain pure Python."""
    from workshop_app.analysis import analyse
    from workshop_app.demo import build_demo
    from workshop_app.domain.scope import active_questions

    w = build_demo("large")
    questions = active_questions(w)
    assert {q.type for q in questions} == set(QuestionType)  # every type is measured

    # The floor does the same work: its distances are the analysis's, except numbers'
    # (a mean instead of a median).
    result = analyse(w)
    floor_distances = _floor_analysis(w, questions)
    for q in questions:
        if q.type is not QuestionType.NUMBER and q.scored:
            pairwise = result.questions[q.id].pairwise
            assert floor_distances.get(q.id, {}) == pytest.approx(pairwise, abs=1e-9), q.id

    t, t_floor = _median_pair(lambda: analyse(w), lambda: _floor_analysis(w, questions))
    print()
    _report("analysis, large demo", "positions + pairwise distances, every type", t, t_floor)
