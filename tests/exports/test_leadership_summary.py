"""The leadership summary read as a chief executive would: what must be decided before
signing, on page 1, in at most six pages, with no id split across lines."""

from __future__ import annotations

import dataclasses
import itertools
import re
import subprocess
from pathlib import Path

import pytest

from tests.helpers import require_program
from workshop_app.analysis import analyse
from workshop_app.analysis.capacity import capacity_overloads
from workshop_app.analysis.decision_rights import decision_conflicts
from workshop_app.analysis.display import score
from workshop_app.analysis.positions import position_summary
from workshop_app.domain.enums import Function, GapStatus
from workshop_app.domain.model import Participant, Partner, Workshop
from workshop_app.domain.text import MAX_TEXT
from workshop_app.exports.pdf_report import write_pdf_report

pytestmark = pytest.mark.external


def _pdftotext(path: Path, *args: str) -> str:
    exe = require_program("pdftotext")
    return subprocess.run(
        [exe, *args, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _pages(path: Path) -> int:
    exe = require_program("pdfinfo")
    out = subprocess.run([exe, str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def large_demo() -> Workshop:
    from workshop_app.demo import build_demo

    return build_demo("large")


def _long(text: str, length: int = MAX_TEXT) -> str:
    return (text * (length // len(text) + 1))[:length]


def _longest_texts(base: Workshop) -> Workshop:
    """Every free text at the longest the app accepts (32,767 characters), names and
    titles at their own limits."""
    para = "The partners agree that each change to the scope is decided by the steering group. "
    big = _long(para)
    r = dataclasses.replace
    return r(
        base,
        details=r(
            base.details,
            title=_long("EV platform ", 200),
            facilitator=_long("Facilitator ", 200),
            confidentiality=_long("Confidential ", 100),
        ),
        contributions=tuple(
            r(c, description=big, milestone_gate=_long(para, 500), tracking_metric=_long(para, 500))
            for c in base.contributions
        ),
        gap_discussions=tuple(
            r(g, notes=big, agreed_position=big if g.agreed_position else "")
            for g in base.gap_discussions
        ),
        decisions=tuple(
            r(d, title=_long("Decision ", 500), seam=_long("Seam ", 200)) for d in base.decisions
        ),
        bodies=tuple(r(b, members=big) for b in base.bodies),
        escalation_steps=tuple(r(s, description=big) for s in base.escalation_steps),
        review_points=tuple(
            r(x, notes=big, milestone=_long(para, 500)) for x in base.review_points
        ),
        exit_triggers=tuple(r(t, description=big) for t in base.exit_triggers),
        shared_assets=tuple(r(a, treatment=big) for a in base.shared_assets),
        action_items=tuple(r(x, title=_long(para, 1000), notes=big) for x in base.action_items),
        exit_terms=r(
            base.exit_terms,
            renewal_timeline=big,
            notice_period=big,
            obligations=big,
            change_rules=big,
            notes=big,
        ),
    )


@pytest.mark.parametrize("size", ["small", "large"])
def test_every_failed_check_overload_and_conflict_is_named(
    tmp_path: Path, small_demo: Workshop, large_demo: Workshop, size: str
) -> None:
    workshop = small_demo if size == "small" else large_demo
    analysis = analyse(workshop)
    path = write_pdf_report(workshop, analysis, tmp_path / "l.pdf")
    text = _flat(_pdftotext(path))
    first = _flat(_pdftotext(path, "-f", "1", "-l", "1"))
    failed = [c for c in analysis.readiness.checks if not c.passed]
    assert failed
    for check in failed:
        assert check.title in first, check.title  # by name, on page 1
    for conflict in decision_conflicts(workshop):
        assert conflict.title in text, conflict.title
    overloads = capacity_overloads(workshop)
    if size == "small":
        assert len(overloads) == 1  # the cell maker: 13 GWh/year against 12
        assert "한빛 promises 13 GWh/year against 12 declared" in first
        assert "Quality and standards disputes: nobody decides" in first
        assert "Software release scope: Nordwerk and 华辰 both decide" in first


def test_page_one_shows_what_must_be_decided_before_signing(
    tmp_path: Path, small_demo: Workshop
) -> None:
    analysis = analyse(small_demo)
    path = write_pdf_report(small_demo, analysis, tmp_path / "l.pdf")
    first = _flat(_pdftotext(path, "-f", "1", "-l", "1"))
    # -raw: in drawing order, so a figure and its "/ 100" stay together
    layout = _pdftotext(path, "-raw", "-f", "1", "-l", "1")
    assert re.search(rf"(?<!\d){score(analysis.overall_index)}\s*/ 100", layout)
    r = analysis.readiness
    assert re.search(rf"(?<!\d){r.passed}\s*of {r.total}", layout)
    blocking = [g for g in analysis.gaps if g.status is not GapStatus.RESOLVED]
    assert f"Gaps that block signing ({len(blocking)})" in first
    top = blocking[0]
    assert top.title in first
    question = small_demo.questionnaire.question(top.question_id)
    for partner in small_demo.partners:
        words = position_summary(
            question, analysis.questions[top.question_id].positions[partner.id]
        ).words
        assert f"{partner.label}: {words[:30]}" in first, partner.label
    assert re.search(rf"(?<!\d){score(analysis.definition_index)}\s*/ 100", layout)
    assert "Definition index" in first
    assert f"{top.question_id} · {top.element.label} · {top.kinds_text}" in first
    assert "Next steps" in first
    # next steps carry owner and date
    assert re.search(r"1\. .+ – .+, (due \d+ \w{3} \d{4}|no date yet)", first)


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
@pytest.mark.parametrize("case", ["large demo", "32,767-character texts"])
def test_leadership_summary_is_at_most_six_pages(
    tmp_path: Path, small_demo: Workshop, large_demo: Workshop, case: str, page_size: str
) -> None:
    workshop = large_demo if case == "large demo" else _longest_texts(small_demo)
    path = write_pdf_report(workshop, analyse(workshop), tmp_path / "l.pdf", page_size=page_size)
    assert _pages(path) <= 6
    if case != "large demo":
        text = _flat(_pdftotext(path))
        assert "(full text in the full report)" in text
        full = write_pdf_report(
            workshop, analyse(workshop), tmp_path / "f.pdf", variant="full", page_size=page_size
        )
        assert _pages(full) > 6  # the full report keeps everything


def _split_ids(text: str, ids: set[str]) -> list[str]:
    """Ids broken over two lines: the end of one line and the start of the next join
    into an id (or the id's start), where neither part alone is one."""
    found = []
    lines = [line.strip() for line in text.splitlines()]
    for a, b in itertools.pairwise(lines):
        if not a or not b:
            continue
        tail, head = a.split()[-1], b.split()[0]
        for ident in ids:
            if tail in ids or head in ids or tail == ident:
                continue
            if ident.startswith(tail) and (
                ident[len(tail) :].startswith(head) or head.startswith(ident[len(tail) :])
            ):
                found.append(f"{tail}|{head} ({ident})")
    return found


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
@pytest.mark.parametrize("size", ["small", "large"])
def test_no_line_of_the_summary_splits_an_id_or_short_name(
    tmp_path: Path, small_demo: Workshop, large_demo: Workshop, size: str, page_size: str
) -> None:
    workshop = small_demo if size == "small" else large_demo
    path = write_pdf_report(workshop, analyse(workshop), tmp_path / "l.pdf", page_size=page_size)
    ids = {q.id for q in workshop.questionnaire.questions()}
    ids |= {word for p in workshop.partners for word in p.label.split() if len(word) > 2}
    text = _pdftotext(path)
    assert _split_ids(text, ids) == []
    assert _split_ids(_pdftotext(path, "-layout"), ids) == []


def test_split_id_finder_finds_a_split() -> None:
    ids = {"S10", "Nordwerk"}
    assert _split_ids("gap S1\n0 more", ids) == ["S1|0 (S10)"]
    assert _split_ids("furthest Nord\nwerk vs 华辰", ids) == ["Nord|werk (Nordwerk)"]
    assert _split_ids("S10\nNordwerk", ids) == []


def test_hiding_participants_never_changes_a_partner_name(
    tmp_path: Path, small_demo: Workshop
) -> None:
    w = small_demo
    partner = Partner("px", "Schäfer Automotive GmbH", "Schäfer Automotive", "#336699")
    person = Participant("ppx", "px", "Schäfer", Function.LEGAL)
    discussions = tuple(
        dataclasses.replace(g, owner="Schäfer", notes="Schäfer Automotive GmbH asks Schäfer.")
        for g in w.gap_discussions
    )
    workshop = dataclasses.replace(
        w,
        partners=(*w.partners, partner),
        participants=(*w.participants, person),
        gap_discussions=discussions,
    )
    path = write_pdf_report(workshop, analyse(workshop), tmp_path / "l.pdf")
    text = _flat(_pdftotext(path))
    assert "Schäfer Automotive GmbH" in text
    assert "(legal) Automotive" not in text
    # a whole name standing alone is still hidden
    from workshop_app.exports.pdf_look import redactor

    redact = redactor(workshop)
    assert redact("Schäfer Automotive GmbH asks Schäfer.") == (
        "Schäfer Automotive GmbH asks Schäfer Automotive (legal)."
    )
    assert redact("Schäferei and Schäfers") == "Schäferei and Schäfers"
    assert redact("Ask Dr. Katrin Schäfer") != "Ask Dr. Katrin Schäfer"


@pytest.mark.parametrize("variant", ["leadership", "full"])
def test_emoji_print_as_names_and_rtl_text_is_searchable(
    tmp_path: Path, small_demo: Workshop, variant: str
) -> None:
    w = small_demo
    workshop = dataclasses.replace(
        w,
        details=dataclasses.replace(w.details, title="שותפות 🚗 شراكة"),
        action_items=tuple(dataclasses.replace(a, owner="Team 🚀") for a in w.action_items),
    )
    path = write_pdf_report(workshop, analyse(workshop), tmp_path / "r.pdf", variant=variant)
    text = _pdftotext(path)
    # A search for the Hebrew and the Arabic word finds them (logical order).
    assert "שותפות" in text and "شراكة" in text
    assert "Team [rocket]" in text  # an action's owner, in the next steps
    assert "Emoji are printed as their name in brackets" in _flat(text)
    assert "🚗" not in text and "\ufffd" not in text
    # no glyph is missing: every font in the file is embedded and every character drawn
    # comes from one of them (an empty box would be a .notdef glyph)
    fonts = subprocess.run(
        [require_program("pdffonts"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert "Helvetica" not in fonts


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
@pytest.mark.parametrize("size", ["small", "large"])
def test_page_one_holds_everything_down_to_the_last_next_step(
    tmp_path: Path, small_demo: Workshop, large_demo: Workshop, size: str, page_size: str
) -> None:
    from workshop_app.analysis.actions import next_steps

    workshop = small_demo if size == "small" else large_demo
    analysis = analyse(workshop)
    path = write_pdf_report(workshop, analysis, tmp_path / "l.pdf", page_size=page_size)
    first = _flat(_pdftotext(path, "-f", "1", "-l", "1"))
    second = _flat(_pdftotext(path, "-f", "2", "-l", "2"))
    steps = next_steps(workshop, analysis)[:3]
    assert len(steps) == 3
    for step in steps:
        assert step.title[:40] in first
        assert step.title[:40] not in second  # no step spilled onto page 2
    assert "Page 1 of" in first


CAPTIONS = re.compile(
    r"^(By partner pair|Gaps \(\d+\)|The \d+ largest of \d+ gaps|Where a partner's own team "
    r"disagrees|Capacity overloads \(\d+\)|Totals and balance|Governance bodies|Escalation "
    r"path|Review points|Exit triggers|Shared assets on exit|Contributions by partner|Decision "
    r"rights|Governance|Exit terms|Action items)$"
)


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
@pytest.mark.parametrize("size", ["small", "large"])
def test_no_caption_or_heading_is_left_at_the_foot_of_a_page(
    tmp_path: Path, small_demo: Workshop, large_demo: Workshop, size: str, page_size: str
) -> None:
    workshop = small_demo if size == "small" else large_demo
    path = write_pdf_report(workshop, analyse(workshop), tmp_path / "l.pdf", page_size=page_size)
    partner_names = {p.name for p in workshop.partners}
    for n in range(1, _pages(path) + 1):
        lines = [
            line.strip()
            for line in _pdftotext(path, "-f", str(n), "-l", str(n)).splitlines()
            if line.strip()
        ]
        body = [x for x in lines if not x.startswith(("Leadership summary ·", "Page "))]
        last = body[-1].lstrip("■ ").strip()
        assert not CAPTIONS.match(last), (n, last)
        assert last not in partner_names, (n, last)  # a contribution table's caption
