"""The PDF reports, read back as a person (and a PDF checker) would."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.helpers import require_program
from workshop_app import atomic
from workshop_app.analysis import analyse
from workshop_app.analysis.display import score
from workshop_app.domain.enums import ContributionCategory, GapStatus, Purpose
from workshop_app.domain.errors import WorkshopError
from workshop_app.domain.model import (
    ActionItem,
    Contribution,
    Decision,
    ExitTerms,
    GapDiscussion,
    Partner,
    Workshop,
    WorkshopDetails,
)
from workshop_app.exchange.templates import default_template
from workshop_app.exports import pdf_report
from workshop_app.exports.pdf_report import (
    PdfReportError,
    ReportOptionError,
    write_pdf_report,
)


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _flat(text: str) -> str:
    """Extracted text with line breaks and runs of spaces folded, for phrase searches."""
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory, small_demo: Workshop) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdf")
    analysis = analyse(small_demo)
    return {
        variant: write_pdf_report(small_demo, analysis, folder / f"{variant}.pdf", variant=variant)
        for variant in ("leadership", "full")
    }


@pytest.fixture(scope="module")
def texts(reports: dict[str, Path]) -> dict[str, str]:
    return {variant: _text(path) for variant, path in reports.items()}


# --- content -----------------------------------------------------------------------


@pytest.mark.parametrize("variant", ["leadership", "full"])
def test_partner_names_in_all_three_scripts_are_text(
    texts: dict[str, str], small_demo: Workshop, variant: str
) -> None:
    text = _flat(texts[variant])
    for partner in small_demo.partners:
        assert partner.name in text
    assert "Nordwerk" in text and "华辰" in text and "한빛배터리" in text


@pytest.mark.parametrize("variant", ["leadership", "full"])
def test_overall_index_readiness_and_blocking_gaps_are_shown(
    reports: dict[str, Path], small_demo: Workshop, variant: str
) -> None:
    analysis = analyse(small_demo)
    first_page = _flat(PdfReader(reports[variant]).pages[0].extract_text())
    assert analysis.overall_index is not None
    assert f"{score(analysis.overall_index)} / 100" in first_page
    assert f"{analysis.readiness.passed} of {analysis.readiness.total}" in first_page
    blocking = [g for g in analysis.gaps if g.status is not GapStatus.RESOLVED]
    assert len(blocking) >= 4
    for gap in blocking[:4]:
        assert gap.title in first_page
    assert "Gaps that block signing" in first_page and "Next steps" in first_page


def test_every_section_of_the_leadership_summary_is_there(texts: dict[str, str]) -> None:
    text = _flat(texts["leadership"])
    for heading in (
        "Alignment by element",
        "Contributions by partner",
        "Totals and balance",
        "Decision rights",
        "Governance bodies",
        "Escalation path",
        "Review points",
        "Exit terms",
        "Exit triggers",
        "Action items",
    ):
        assert heading in text
    assert "D Decides" in text and "J Joint approval" in text  # the matrix legend
    assert "Draft the value-split clause for the term sheet" in text
    assert "Page 1 of " in text


def test_leadership_summary_names_no_participant(
    texts: dict[str, str], small_demo: Workshop
) -> None:
    text = _flat(texts["leadership"])
    for person in small_demo.participants:
        assert person.name not in text, person.name
    # owners are shown by company and function instead
    assert "Nordwerk (legal)" in text
    assert "Strictly confidential" in text


def test_full_report_lists_participants_questions_and_comments(
    texts: dict[str, str], small_demo: Workshop
) -> None:
    text = _flat(texts["full"])
    for person in small_demo.participants:
        assert person.name in text, person.name
    assert "Contents" in text
    for q in small_demo.questionnaire.questions():
        assert f"{q.id} · {q.title}" in text
    assert "alignment-core, version" in text
    # the demo does not allow attribution: a comment names only the company
    assert "value should follow the volume each side takes" in text
    assert "王芳, 华辰" not in text


def test_comments_are_attributed_only_when_the_workshop_allows_it(
    tmp_path: Path, small_demo: Workshop
) -> None:
    workshop = dataclasses.replace(
        small_demo, details=dataclasses.replace(small_demo.details, attribute_comments=True)
    )
    path = write_pdf_report(workshop, analyse(workshop), tmp_path / "a.pdf", variant="full")
    assert "王芳, 华辰" in _flat(_text(path))
    # the leadership variant never attributes, whatever the setting
    lead = write_pdf_report(workshop, analyse(workshop), tmp_path / "l.pdf")
    assert "王芳" not in _text(lead)


def test_full_report_has_bookmarks_for_sections_and_questions(reports: dict[str, Path]) -> None:
    reader = PdfReader(reports["full"])

    def titles(items: list) -> list[str]:
        out: list[str] = []
        for item in items:
            out += titles(item) if isinstance(item, list) else [item.title]
        return out

    found = titles(reader.outline)
    for title in (
        "Alignment by element",
        "Contributions by partner",
        "Decision rights",
        "Questions in detail",
        "Shared strategic goals",
        "Participants",
    ):
        assert title in found
    assert any(t.startswith("G01 · ") for t in found)
    # every bookmark leads to a page of this document
    assert all(
        reader.get_destination_page_number(item) < len(reader.pages)
        for item in reader.outline
        if not isinstance(item, list)
    )


def test_page_counts_and_metadata(reports: dict[str, Path], small_demo: Workshop) -> None:
    lead = PdfReader(reports["leadership"])
    full = PdfReader(reports["full"])
    assert 3 <= len(lead.pages) <= 6
    assert len(full.pages) > len(lead.pages)
    meta = lead.metadata
    assert meta is not None
    assert meta.title == f"{small_demo.details.title} – Leadership summary"
    assert meta.author == small_demo.details.facilitator
    assert "Leadership summary" in (meta.subject or "")
    width, height = (float(x) for x in lead.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)  # A4
    last = _flat(lead.pages[-1].extract_text())
    assert f"Page {len(lead.pages)} of {len(lead.pages)}" in last
    assert len(lead.pages) > 1
    first = _flat(lead.pages[0].extract_text())
    assert f"Page 1 of {len(lead.pages)}" in first  # every page knows the total


def test_each_report_is_laid_out_once(
    tmp_path: Path, small_demo: Workshop, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "Page X of Y" and the full report's contents page numbers are written once the
    # last page is known: neither needs a second layout of the document.
    from reportlab.platypus import BaseDocTemplate

    passes: list[str] = []
    begin = BaseDocTemplate.handle_documentBegin

    def counting(doc: BaseDocTemplate) -> None:
        passes.append(doc.title)
        begin(doc)

    monkeypatch.setattr(BaseDocTemplate, "handle_documentBegin", counting)
    a = analyse(small_demo)
    lead = write_pdf_report(small_demo, a, tmp_path / "lead.pdf")
    assert len(passes) == 1
    full = write_pdf_report(small_demo, a, tmp_path / "full.pdf", variant="full")
    assert len(passes) == 2
    for path in (lead, full):
        pages = PdfReader(path).pages
        for n, page in enumerate(pages, start=1):
            assert f"Page {n} of {len(pages)}" in _flat(page.extract_text())
    pages = PdfReader(full).pages
    contents = _flat(pages[1].extract_text())
    # Each contents line points at the page its section starts on (pypdf reads a line's
    # dots and page number before its title).
    for section in ("Questions in detail", "Readiness checks", "Participants"):
        found = re.search(r"\. (\d+) " + re.escape(section), contents)
        assert found, section
        page = int(found.group(1))
        assert 2 < page <= len(pages)
        assert section in _flat(pages[page - 1].extract_text())
        assert section not in _flat(pages[page - 2].extract_text())


def test_letter_page_size(tmp_path: Path, small_demo: Workshop) -> None:
    path = write_pdf_report(small_demo, analyse(small_demo), tmp_path / "l.pdf", page_size="letter")
    page = PdfReader(path).pages[0]
    assert (round(float(page.mediabox[2])), round(float(page.mediabox[3]))) == (612, 792)


# --- what PDF tools say ------------------------------------------------------------


@pytest.mark.external
@pytest.mark.parametrize("variant", ["leadership", "full"])
def test_every_font_is_embedded_as_a_subset(reports: dict[str, Path], variant: str) -> None:
    pdffonts = require_program("pdffonts")
    out = subprocess.run(
        [pdffonts, str(reports[variant])], capture_output=True, text=True, check=True
    ).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert len(rows) >= 3  # regular, bold, CJK
    for row in rows:
        # name type encoding emb sub uni object ID (type may be two words)
        emb, sub, uni = row[-5], row[-4], row[-3]
        assert (emb, sub, uni) == ("yes", "yes", "yes"), row
        assert re.match(r"^[A-Z]{6}\+", row[0]), row
    assert any("WenQuanYi" in row[0] for row in rows)


@pytest.mark.external
@pytest.mark.parametrize("variant", ["leadership", "full"])
def test_qpdf_finds_no_damage(reports: dict[str, Path], variant: str) -> None:
    qpdf = require_program("qpdf")
    result = subprocess.run(
        [qpdf, "--check", str(reports[variant])], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


# --- unusual workshops -------------------------------------------------------------


def _bare_workshop(**changes: object) -> Workshop:
    details = WorkshopDetails(id="w1", title="Empty alliance", date=date(2026, 1, 15))
    workshop = Workshop(
        details=details,
        questionnaire=default_template(),
        partners=(
            Partner("p1", "Alpha Werke GmbH", "Alpha"),
            Partner("p2", "贝塔 Beta", "贝塔", "#D1495B"),
        ),
    )
    return dataclasses.replace(workshop, **changes)


@pytest.mark.parametrize("variant", ["leadership", "full"])
def test_an_empty_workshop_gives_a_sensible_report(tmp_path: Path, variant: str) -> None:
    workshop = _bare_workshop()
    path = write_pdf_report(workshop, analyse(workshop), tmp_path / "e.pdf", variant=variant)
    text = _flat(_text(path))
    assert "No contributions recorded yet" in text
    assert "No decision rights recorded yet" in text
    assert "No action items recorded yet" in text
    assert "No scored answers yet" in text  # the radar says so instead of drawing zeros
    assert "Alpha Werke GmbH" in text and "贝塔 Beta" in text
    assert 2 <= len(PdfReader(path).pages) <= 12


def test_a_workshop_without_partners_still_renders(tmp_path: Path) -> None:
    workshop = _bare_workshop(partners=())
    path = write_pdf_report(workshop, analyse(workshop), tmp_path / "e.pdf", variant="full")
    assert "No contributions recorded yet" in _flat(_text(path))


MARKUP = '<b>R&D</b> & <font name="x">Co</font> <script>alert(1)</script> &amp; a<b'


def test_markup_like_user_text_is_printed_literally(tmp_path: Path, small_demo: Workshop) -> None:
    w = small_demo
    contribution = dataclasses.replace(w.contributions[0], description=MARKUP)
    workshop = dataclasses.replace(
        w,
        details=dataclasses.replace(w.details, title="Deal <1> & more", confidentiality="A&B <x>"),
        contributions=(contribution, *w.contributions[1:]),
        exit_terms=dataclasses.replace(w.exit_terms, notes=MARKUP),
    )
    for variant in ("leadership", "full"):
        path = write_pdf_report(
            workshop, analyse(workshop), tmp_path / f"{variant}.pdf", variant=variant
        )
        text = _flat(_text(path))
        assert MARKUP in text
        assert "Deal <1> & more" in text
        assert "A&B <x>" in text
        assert PdfReader(path).metadata.title.startswith("Deal <1> & more")


def test_rtl_text_and_emoji_do_not_break_the_report(tmp_path: Path, small_demo: Workshop) -> None:
    w = small_demo
    workshop = dataclasses.replace(
        w,
        details=dataclasses.replace(w.details, title="שותפות 🚗 شراكة"),
    )
    path = write_pdf_report(workshop, analyse(workshop), tmp_path / "r.pdf")
    text = _text(path)
    for ch in "שותפות" + "شراكة":
        assert ch in text


LONG_WORDS = "Verantwortungsübernahmeverpflichtung" * 12  # one unbreakable 430-letter word


def _long_workshop(base: Workshop) -> Workshop:
    paragraph = (
        "The partners agree that every change to the scope will be assessed by the "
        "execution committee within thirty days and decided by the steering group. "
    )
    huge = paragraph * 25  # ~3,700 characters
    cjk = "合作伙伴必须在签署前就所有关键条款达成一致。한빛배터리는 셀 공급을 보장합니다。" * 30
    contributions = tuple(
        dataclasses.replace(
            c,
            description=huge if n % 2 else f"{LONG_WORDS} {cjk}",
            milestone_gate=paragraph * 3,
            tracking_metric=paragraph * 3,
        )
        for n, c in enumerate(base.contributions)
    )
    extra = tuple(
        Contribution(
            f"x{n}",
            base.partners[n % 3].id,
            ContributionCategory.OTHER,
            f"Extra contribution {n}: {paragraph}",
            1.0,
            "FTE",
        )
        for n in range(30)
    )
    discussions = (
        *(
            dataclasses.replace(g, notes=huge, agreed_position=cjk if g.agreed_position else "")
            for g in base.gap_discussions
        ),
        GapDiscussion("G02", GapStatus.RESOLVED, notes=LONG_WORDS, agreed_position=huge),
    )
    decisions = base.decisions + tuple(
        Decision(
            f"d{n}", ("Decision " + paragraph)[:500], paragraph[:200], base.decisions[0].rights
        )
        for n in range(15)
    )
    actions = base.action_items + tuple(
        ActionItem(f"a{n}", (f"{n} " + paragraph * 8)[:1000], owner="A" * 200, notes=huge)
        for n in range(8)
    )
    long_partner = dataclasses.replace(
        base.partners[0], name=("Nordwerk Fahrzeugbau " + LONG_WORDS)[:200], short_name=""
    )
    return dataclasses.replace(
        base,
        details=dataclasses.replace(
            base.details,
            title=("EV platform " + paragraph * 3)[:200],
            facilitator="F" * 200,
            confidentiality=("Confidential " * 10)[:100],
            primary_purpose=Purpose.SOFTWARE,
        ),
        partners=(long_partner, *base.partners[1:]),
        contributions=contributions + extra,
        gap_discussions=discussions,
        decisions=decisions,
        action_items=actions,
        exit_terms=ExitTerms(huge, LONG_WORDS, huge, cjk, huge),
    )


@pytest.mark.external
@pytest.mark.slow
@pytest.mark.parametrize("variant", ["leadership", "full"])
def test_very_long_texts_wrap_split_and_stay_on_the_page(
    tmp_path: Path, small_demo: Workshop, variant: str
) -> None:
    pdftotext = require_program("pdftotext")
    workshop = _long_workshop(small_demo)
    path = write_pdf_report(workshop, analyse(workshop), tmp_path / "long.pdf", variant=variant)
    reader = PdfReader(path)
    # The summary cuts long texts and lists; the full report keeps all of them.
    assert len(reader.pages) <= 6 if variant == "leadership" else len(reader.pages) > 6
    html = subprocess.run(
        [pdftotext, "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S)
    assert len(pages) == len(reader.pages)
    for number, (width, height, body) in enumerate(pages, 1):
        for box in re.findall(
            r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)"', body
        ):
            x0, y0, x1, y1 = map(float, box)
            assert x0 >= 20 and x1 <= float(width) - 20, (number, box)
            assert y0 >= 10 and y1 <= float(height) - 10, (number, box)
    text = _flat(_text(path))
    if variant == "leadership":
        assert "more in the full report" in text
        return
    assert "Extra contribution 29" in text  # the long table went on across pages
    headers = [p.extract_text().count("Category") for p in reader.pages]
    assert sum(1 for n in headers if n) >= 2  # its header repeats on the next page


# --- options, errors and the file itself ---------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [({"variant": "summary"}, "report variant 'summary'"), ({"page_size": "A3"}, "page size 'A3'")],
)
def test_unknown_options_are_refused_with_a_clear_message(
    tmp_path: Path, small_demo: Workshop, kwargs: dict[str, str], needle: str
) -> None:
    target = tmp_path / "r.pdf"
    with pytest.raises(ReportOptionError) as caught:
        write_pdf_report(small_demo, analyse(small_demo), target, **kwargs)
    assert isinstance(caught.value, WorkshopError)
    assert needle in caught.value.message
    assert "leadership, full" in caught.value.message or "A4, Letter" in caught.value.message
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_a_clear_error(tmp_path: Path, small_demo: Workshop) -> None:
    with pytest.raises(PdfReportError, match="does not exist"):
        write_pdf_report(small_demo, analyse(small_demo), tmp_path / "nope" / "r.pdf")


def test_a_failure_midway_leaves_the_previous_file_and_no_debris(
    tmp_path: Path, small_demo: Workshop
) -> None:
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"previous report")
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if done == 2:  # during layout, after the first pass
            raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError, match="cancelled"):
        write_pdf_report(small_demo, analyse(small_demo), target, progress=progress)
    assert target.read_bytes() == b"previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]


def test_a_failure_while_writing_leaves_no_partial_file(
    tmp_path: Path, small_demo: Workshop, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "summary.pdf"

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(PdfReportError, match="the disk is full"):
        write_pdf_report(small_demo, analyse(small_demo), target)
    assert list(tmp_path.iterdir()) == []


def test_progress_runs_to_completion_and_the_file_replaces_the_old_one(
    tmp_path: Path, small_demo: Workshop
) -> None:
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"old")
    calls: list[tuple[int, int]] = []
    result = write_pdf_report(
        small_demo, analyse(small_demo), str(target), progress=lambda d, t: calls.append((d, t))
    )
    assert result == target
    assert target.read_bytes().startswith(b"%PDF-")
    assert calls[0] == (0, 4) and calls[-1] == (4, 4)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]


def test_full_report_marks_competitively_sensitive_questions(
    texts: dict[str, str], small_demo: Workshop
) -> None:
    flat = _flat(texts["full"])
    questions = list(small_demo.questionnaire.questions())
    sensitive = [q for q in questions if q.sensitive]
    assert sensitive
    blocks = re.split(r"(?=\b[GSRCX]\d\d · )", flat)
    marked = {b[:3] for b in blocks if pdf_report.SENSITIVE_MARK in b}
    assert marked == {q.id for q in sensitive}
    assert pdf_report.SENSITIVE_MARK not in _flat(texts["leadership"])


def test_a_text_repeated_in_several_styles_keeps_each_style() -> None:
    # Paragraphs reuse the parsed markup of a text they have seen: never another style's.
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas

    from workshop_app.exports.pdf_fonts import SANS, SANS_BOLD, register_fonts
    from workshop_app.exports.pdf_para import Para

    register_fonts()
    plain = ParagraphStyle("plain", fontName=SANS, fontSize=9, leading=11)
    bold = ParagraphStyle("bold", fontName=SANS_BOLD, fontSize=14, leading=16)
    first, second, again = Para("Partner", plain), Para("Partner", bold), Para("Partner", plain)
    assert [p.frags[0].fontName for p in (first, second, again)] == [SANS, SANS_BOLD, SANS]
    assert [p.frags[0].fontSize for p in (first, second, again)] == [9, 14, 9]
    assert again.frags[0] is not first.frags[0]  # each paragraph lays out its own copy
    # Broken once per width, and again for another width.
    canvas = Canvas("unused.pdf")
    long = Para("word " * 40, plain)
    long.canv = canvas
    wide = long.wrap(400, 800)
    assert long.wrap(400, 800) == wide
    narrow = long.wrap(100, 800)
    assert narrow[1] > wide[1]


def test_reports_leave_no_parsed_texts_behind(tmp_path: Path, small_demo: Workshop) -> None:
    # A long session exports many reports: what a report parsed goes with its styles.
    import gc

    from workshop_app.exports import pdf_para

    a = analyse(small_demo)
    write_pdf_report(small_demo, a, tmp_path / "one.pdf")
    gc.collect()
    assert len(pdf_para._local.parsed) == 0
