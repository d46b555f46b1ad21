"""The term sheet's Open items sheet: everything that stands between the workshop and a
signature, each with a link to the clause or row it concerns.

Open gaps (with each partner's position, the facilitator's notes and the clauses they
hold open), readiness checks not passed, capacity overloads, decision-rights conflicts,
and the action items with their ids, gaps and clauses.
"""

from __future__ import annotations

from workshop_app.analysis.decision_rights import conflict_words, decision_conflicts
from workshop_app.analysis.display import percent
from workshop_app.domain.enums import GapStatus
from workshop_app.domain.model import Workshop
from workshop_app.exports.report_language import label, num, say, tr
from workshop_app.exports.term_sheet_base import SheetBuilder
from workshop_app.exports.term_sheet_names import Sheet, sheet_name
from workshop_app.exports.xlsx_common import Column, section_title, sheet_title

# Where a readiness check's page is found in the workbook.
_CHECK_SHEETS = {
    "contributions": Sheet.CONTRIBUTIONS,
    "governance": Sheet.GOVERNANCE,
    "exit": Sheet.EXIT,
    "alignment": Sheet.ALIGNMENT,
    "actions": Sheet.OPEN_ITEMS,
    "deal_terms": Sheet.HEADS,
}


def _check_sheet(page: str) -> str | None:
    """The sheet (in the report's language, as named in the workbook) for a page."""
    sheet = _CHECK_SHEETS.get(page)
    return sheet_name(sheet) if sheet else None


def _no_row(w: Workshop, question_id: str) -> str:
    """What an open gap's clause is when the term sheet has no row for it yet."""
    q = w.questionnaire
    clause = q.question(question_id).clause if q.has_question(question_id) else ""
    return tr("{clause} (no row yet)").format(clause=clause) if clause else tr("no clause named")


def write_open_items(b: SheetBuilder) -> None:
    ws = b.new_sheet(Sheet.OPEN_ITEMS)
    top = sheet_title(
        ws,
        tr("Open items"),
        tr(
            "What must be settled before signing, with a link to "
            "the clause or row each concerns; then the action items."
        ),
    )
    w, a, clauses = b.w, b.a, b.clauses
    # Open gaps.
    gaps = [g for g in a.gaps if g.status is not GapStatus.RESOLVED]
    row = section_title(ws, top, tr("Open gaps ({n})").format(n=len(gaps)))
    gap_rows = []
    for g in gaps:
        linked = clauses.of_question(g.question_id)
        gap_rows.append(
            [
                g.question_id,
                g.title,
                "; ".join(label(k.label) for k in g.kinds),
                percent(g.alignment),
                label(g.status.label),
                clauses.positions([g]),
                w.gap_discussion(g.question_id).notes,
                g.owner,
                g.due or "",
                ", ".join(clauses.actions_of.get(g.question_id, [])),
                ", ".join([*b.head_numbers(g.question_id), *(c.number for c in linked)])
                or _no_row(w, g.question_id),
            ]
        )
    first, last = b._table(
        ws,
        row,
        "OpenGaps",
        [
            Column(tr("Gap"), 8),
            Column(tr("Question"), 36, wrap=True),
            Column(tr("Kind"), 22, wrap=True),
            Column(tr("Alignment %"), 12),
            Column(tr("Status"), 12),
            Column(tr("Where the partners stand"), 50, wrap=True),
            Column(tr("Facilitator's notes"), 40, wrap=True),
            Column(tr("Owner"), 18, wrap=True),
            Column(tr("Due"), 12),
            Column(tr("Actions"), 10),
            Column(tr("Clauses"), 14),
        ],
        gap_rows,
        lambda i, j: f"Open gap {gaps[i].question_id}",
    )
    for i, g in enumerate(gaps):
        linked = clauses.of_question(g.question_id)
        if linked:
            b.cell(ws, first + i, 11).hyperlink = clauses.link(linked[0])
        elif g.question_id in getattr(b, "gap_rows", {}):
            gap_row = b.gap_rows[g.question_id]
            b.cell(ws, first + i, 1).hyperlink = f"#'{sheet_name(Sheet.ALIGNMENT)}'!B{gap_row}"

    # Readiness checks not passed.
    failed = [c for c in a.readiness.checks if not c.passed]
    row = section_title(ws, last + 3, tr("Readiness checks not passed ({n})").format(n=len(failed)))
    first, last = b._table(
        ws,
        row,
        "FailedChecks",
        [
            Column(tr("Check"), 40, wrap=True),
            Column(tr("What is missing"), 70, wrap=True),
            Column(tr("Where to fix it"), 20),
        ],
        [
            [say(c.title), "\n".join(map(say, c.missing)), _check_sheet(c.page) or c.page]
            for c in failed
        ],
        lambda i, j: f"Readiness check '{failed[i].title}'",
    )
    for i, c in enumerate(failed):
        sheet = _check_sheet(c.page)
        if sheet:
            b.cell(ws, first + i, 3).hyperlink = f"#'{sheet}'!A1"

    # Capacity overloads.
    overloads = b.overloads
    row = section_title(ws, last + 3, tr("Capacity overloads ({n})").format(n=len(overloads)))
    contribution_clause = {
        c.id: k
        for c, k in zip(
            w.contributions,
            [k for k in clauses.placed if k.sheet == Sheet.CONTRIBUTIONS],
            strict=False,
        )
    }
    over_rows = []
    for o in overloads:
        period = " – ".join(x.isoformat() for x in (o.start, o.end) if x)
        numbers = [
            contribution_clause[c].number for c in o.contribution_ids if c in contribution_clause
        ]
        over_rows.append(
            [
                b.partner_label(o.partner_id),
                o.unit,
                o.capacity,
                o.peak,
                period,
                tr("{partner} promises {peak} {unit} against {capacity} declared").format(
                    partner=b.partner_label(o.partner_id),
                    peak=num(o.peak),
                    unit=o.unit,
                    capacity=num(o.capacity),
                ),
                ", ".join(numbers),
            ]
        )
    first, last = b._table(
        ws,
        row,
        "CapacityOverloads",
        [
            Column(tr("Partner"), 18, wrap=True),
            Column(tr("Unit"), 14),
            Column(tr("Declared capacity"), 16),
            Column(tr("Promised at peak"), 16),
            Column(tr("Period"), 24),
            Column(tr("Overload"), 50, wrap=True),
            Column(tr("Contribution clauses"), 18),
        ],
        over_rows,
        lambda i, j: tr("Capacity overload"),
    )
    for i, o in enumerate(overloads):
        ids = [c for c in o.contribution_ids if c in contribution_clause]
        if ids:
            b.cell(ws, first + i, 7).hyperlink = clauses.link(contribution_clause[ids[0]])

    # Decision-rights conflicts.
    conflicts = decision_conflicts(w)
    names = {p.id: p.label for p in w.partners}
    row = section_title(
        ws, last + 3, tr("Decision-rights conflicts ({n})").format(n=len(conflicts))
    )
    decision_clause = {
        d.id: k
        for d, k in zip(
            sorted(w.decisions, key=lambda d: d.position),
            [k for k in clauses.placed if k.sheet == Sheet.DECISIONS],
            strict=False,
        )
    }
    first, last = b._table(
        ws,
        row,
        "DecisionConflicts",
        [
            Column(tr("Decision"), 40, wrap=True),
            Column(tr("Conflict"), 60, wrap=True),
            Column(tr("Clause"), 10),
        ],
        [
            [
                c.title,
                say(conflict_words(c, names)),
                decision_clause[c.decision_id].number if c.decision_id in decision_clause else "",
            ]
            for c in conflicts
        ],
        lambda i, j: f"Decision '{conflicts[i].title[:40]}'",
    )
    for i, conflict in enumerate(conflicts):
        if conflict.decision_id in decision_clause:
            b.cell(ws, first + i, 3).hyperlink = clauses.link(decision_clause[conflict.decision_id])

    # The action items, with their ids, gaps and clauses.
    items = sorted(w.action_items, key=lambda x: x.position)
    q = w.questionnaire
    columns = [
        Column(tr("Action ID"), 10),
        Column(tr("Action"), 50, wrap=True),
        Column(tr("Owner"), 22, wrap=True),
        Column(tr("Due"), 12),
        Column(tr("Status"), 12),
        Column(tr("Gap"), 8),
        Column(tr("From gap"), 30, wrap=True),
        Column(tr("Clauses"), 12),
        Column(tr("Notes"), 40, wrap=True),
    ]
    rows = []
    for x in items:
        qid = x.question_id or ""
        title = q.question(qid).title if qid and q.has_question(qid) else ""
        rows.append(
            [
                clauses.action_label[x.id],
                x.title,
                x.owner,
                x.due,
                label(x.status.label),
                qid,
                title,
                ", ".join([*b.head_numbers(qid), *(c.number for c in clauses.of_question(qid))])
                if qid
                else "",
                x.notes,
            ]
        )
    row = section_title(ws, last + 3, tr("Action items ({n})").format(n=len(items)))
    first, last = b._table(
        ws, row, "ActionItems", columns, rows, lambda i, j: f"Action item '{items[i].title[:40]}'"
    )
    for i, x in enumerate(items):
        linked = clauses.of_question(x.question_id or "")
        if linked:
            b.cell(ws, first + i, 8).hyperlink = clauses.link(linked[0])
    b.finish(ws, freeze="A3")
