"""The term sheet's Analytics annex: the workshop at a glance (purpose, phase, the
alignment, definition and readiness figures of the analysis), the partners with their
participants and contributions, and every readiness check with what is missing."""

from __future__ import annotations

from typing import Any

from workshop_app.exports.report_language import label, say, tr
from workshop_app.exports.term_sheet_base import SheetBuilder
from workshop_app.exports.term_sheet_names import Sheet, annex_title
from workshop_app.exports.term_sheet_terms import _score
from workshop_app.exports.xlsx_common import (
    PERCENT_FORMAT,
    SCORE_FORMAT,
    Column,
    alignment,
    section_title,
    set_style,
    sheet_title,
)


def write_analytics(b: SheetBuilder) -> None:
    """The Analytics annex: the workshop's facts and indexes, the partners, and the
    readiness checks, each a table."""
    ws = b.new_sheet(Sheet.ANALYTICS)
    top = sheet_title(
        ws,
        annex_title(Sheet.ANALYTICS),
        tr("{title}: alignment, readiness and the partners · {confidentiality}").format(
            title=b.d.title, confidentiality=b.d.confidentiality
        ),
    )
    d = b.d
    secondary = ", ".join(label(p.label) for p in d.secondary_purposes)
    primary = label(d.primary_purpose.label) if d.primary_purpose else ""
    readiness = b.a.readiness
    fields: list[tuple[str, Any, str | None]] = [
        (tr("Workshop"), d.title, None),
        (tr("Partners"), ", ".join(p.name for p in b.w.partners), None),
        (
            tr("Primary purpose"),
            primary,
            None,
        ),
        (tr("Secondary purposes"), secondary, None),
        (tr("Phase"), label(d.phase.label), None),
        (tr("Date"), d.date, None),
        (tr("Location"), d.location, None),
        (tr("Facilitator"), d.facilitator, None),
        (tr("Alignment index (0–100)"), _score(b.a.overall_index), SCORE_FORMAT),
        (tr("Definition index (0–100)"), _score(b.a.definition_index), SCORE_FORMAT),
        (
            tr("Readiness (checks passed)"),
            readiness.score if readiness.total else None,
            PERCENT_FORMAT,
        ),
        (tr("Status"), label(d.status.label), None),
        (tr("Confidentiality"), d.confidentiality, None),
    ]
    first, last = b._table(
        ws,
        top,
        "Summary",
        [Column(tr("Item"), 28), Column(tr("Value"), 70, wrap=True)],
        [[name, value] for name, value, _ in fields],
        lambda i, j: f"Summary: {fields[i][0]}",
    )
    for i, (_, _, fmt) in enumerate(fields):
        cell = b.cell(ws, first + i, 2)
        set_style(cell, align=alignment(wrap_text=True, vertical="top", horizontal="left"))
        if fmt:
            cell.number_format = fmt
    row = section_title(ws, last + 2, tr("Partners"))
    partners = b.w.partners
    b._table(
        ws,
        row,
        "Partners",
        [
            Column(tr("Partner"), 28, wrap=True),
            Column(tr("Short name"), 16),
            Column(tr("Role"), 40, wrap=True),
            Column(tr("Participants"), 14),
            Column(tr("Contributions"), 14),
        ],
        [
            [
                p.name,
                p.short_name,
                p.role,
                len(b.w.participants_of(p.id)),
                sum(1 for c in b.w.contributions if c.partner_id == p.id),
            ]
            for p in partners
        ],
        lambda i, j: f"Partner {partners[i].name}",
    )
    row = section_title(ws, row + max(len(partners), 1) + 2, tr("Readiness checks"))
    checks = readiness.checks
    b._table(
        ws,
        row,
        "ReadinessChecks",
        [
            Column(tr("Check"), 28, wrap=True),
            Column(tr("Passed"), 10),
            Column(tr("What is missing"), 70, wrap=True),
        ],
        [
            [say(c.title), tr("Yes") if c.passed else tr("No"), "\n".join(map(say, c.missing))]
            for c in checks
        ],
        lambda i, j: f"Readiness check '{checks[i].title}'",
    )
    b.finish(ws, freeze=None)
