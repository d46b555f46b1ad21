"""The PDF reports: the leadership summary and the full workshop report.

``write_pdf_report`` lays out a workshop and its analysis with reportlab's platypus. Scores,
gaps and readiness come from the analysis as given; the modules beside this one only
arrange them: ``pdf_look`` (styles, text helpers, hiding names), ``pdf_base`` (document,
tables, header and footer), ``pdf_page_one`` (what must be decided before signing),
``pdf_sections``, ``pdf_governance`` and ``pdf_full`` (the later pages), ``pdf_contents``
(the full report's contents page).

The leadership variant names no participant: a participant's whole name in a field (an
owner, a note) is replaced by their company and function. It cuts long texts and long lists
with a pointer to the full report, so it stays within six pages for any workshop. The full
variant adds every question in detail, the participants, a table of contents and bookmarks.

The file is written to a temporary file beside the target and renamed when complete, so an
interrupted export never leaves a half-written report under the real name.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from workshop_app.analysis.results import Analysis
from workshop_app.atomic import describe_os_error, remove_leftovers, write_bytes
from workshop_app.domain.errors import WorkshopError
from workshop_app.domain.model import Workshop
from workshop_app.exports.pdf_fonts import register_fonts, replaced_count, reset_replaced
from workshop_app.exports.pdf_full import FullMixin
from workshop_app.exports.pdf_governance import GovernanceMixin
from workshop_app.exports.pdf_look import PAGE_SIZES, SENSITIVE_MARK, VARIANT_TITLES, VARIANTS
from workshop_app.exports.pdf_page_one import PageOneMixin
from workshop_app.exports.pdf_sections import SectionsMixin
from workshop_app.exports.report_language import report_language

__all__ = [
    "PAGE_SIZES",
    "SENSITIVE_MARK",
    "VARIANTS",
    "VARIANT_TITLES",
    "PdfReportError",
    "ReportOptionError",
    "write_pdf_report",
]

ProgressCallback = Callable[[int, int], None]
_STEPS = 4  # story built, laid out (one pass), page numbers written, file written


class PdfReportError(WorkshopError):
    """The report could not be written (bad option, unwritable place)."""


class ReportOptionError(PdfReportError):
    """An unknown report variant or page size."""


def write_pdf_report(
    workshop: Workshop,
    analysis: Analysis,
    path: str | os.PathLike[str],
    *,
    variant: str = "leadership",
    page_size: str = "A4",
    progress: ProgressCallback | None = None,
    lang: str | None = None,
) -> Path:
    """Write the report to ``path`` (atomically) and return the path written.

    ``variant`` is "leadership" or "full"; ``page_size`` "A4" or "Letter" (any case).
    ``lang`` is a language code of ``domain.languages`` (default English).
    ``progress(done, total)`` is called as the work advances; it may be called from the
    thread running the export, so a UI must hand it over to its own thread.
    """
    variant_key = _choose(variant, VARIANTS, "report variant")
    size_key = _choose(page_size, tuple(PAGE_SIZES), "page size")
    target = Path(path)
    if target.is_dir():
        raise PdfReportError(f"Cannot write the report to {target}: it is a folder.")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise PdfReportError(
            f"Cannot write the report to {target}: the folder {folder} does not exist."
        )

    def tick(done: int) -> None:
        if progress is not None:
            progress(min(done, _STEPS), _STEPS)

    tick(0)
    register_fonts()
    with report_language(lang):
        data = _Report(workshop, analysis, variant_key, PAGE_SIZES[size_key], tick).render()
    remove_leftovers(folder)
    try:
        write_bytes(target, data)
    except OSError as exc:
        raise PdfReportError(
            f"Cannot write the report to {target}: {describe_os_error(exc)}."
        ) from None
    tick(_STEPS)
    return target


def _choose(value: str, allowed: Sequence[str], what: str) -> str:
    for option in allowed:
        if isinstance(value, str) and value.strip().casefold() == option.casefold():
            return option
    raise ReportOptionError(f"Unknown {what} '{value}'; choose one of: {', '.join(allowed)}.")


class _Report(PageOneMixin, SectionsMixin, GovernanceMixin, FullMixin):
    def story(self) -> list[Flowable]:
        reset_replaced()
        story: list[Flowable] = []
        story += self.first_page()
        if self.full:
            story += self.contents()
        story.append(PageBreak())
        about_at = len(story)
        story += self.alignment_section()
        if self.full:  # the summary names them on page one
            story += self.heads_section()
        story += self.contributions_section()
        story += self.decisions_section()
        story += self.governance_section()
        story += self.exit_section()
        story += self.actions_section()
        if self.full:
            story += self.readiness_section()
            story += self.questions_section()
            story += self.participants_section()
        # Written last, when it is known whether any emoji was replaced; in the summary up
        # front, so the note can never be left alone on a last page.
        about = self.about_section(emoji=replaced_count() > 0)
        if self.full:
            story += about
        else:
            story[about_at:about_at] = about
        return story
