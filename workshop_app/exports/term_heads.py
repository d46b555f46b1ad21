"""The term sheet's first sheet: the heads of terms, in the shape a deal team drafts in.

Part A holds the binding provisions (A.1 to A.5); Part B the sixteen standard heads in
their fixed order, each head a row numbered by the head ("9") followed by a row per point
("9.3"), so the same number means the same thing in every export. A head shows the status
of ``analysis.heads`` (never Agreed while a linked gap is open), its agreed text, one
column per partner's position where it is not agreed, the linked gaps (open ones first)
and actions, and today's terms from the annex that details it, with a link to the annex.
"""

from __future__ import annotations

from collections.abc import Callable

from openpyxl.styles import Font

from workshop_app.analysis.decision_rights import decision_conflicts
from workshop_app.analysis.heads import HeadState, head_states
from workshop_app.domain.heads import HEADS, NON_BINDING_WORDS, HeadStatus
from workshop_app.exports.report_language import label, num, tr
from workshop_app.exports.term_sheet_base import SheetBuilder
from workshop_app.exports.term_sheet_names import Sheet, annex_ref, sheet_name
from workshop_app.exports.xlsx_common import (
    FONT_NAME,
    SOFT_FILL,
    Column,
    section_title,
    set_style,
    sheet_title,
)

HEAD_FONT = Font(name=FONT_NAME, bold=True)
BINDING = HEADS[-1]  # head 16: its points are Part A

# The annex that details a head (the head row links to it).
ANNEX_OF: dict[str, str] = {
    "purpose": Sheet.GOALS,
    "contributions": Sheet.CONTRIBUTIONS,
    "governance": Sheet.DECISIONS,
    "deadlock": Sheet.GOVERNANCE,
    "exit": Sheet.EXIT,
}


def _see(sheet: str) -> str:
    return tr("See {annex}.").format(annex=annex_ref(sheet))


class _Terms:
    """Today's terms per point, from what the workshop records elsewhere."""

    def __init__(self, b: SheetBuilder) -> None:
        self.b, self.w = b, b.w

    def of(self, key: str, point: int) -> str:
        method: Callable[[], str] | None = getattr(self, f"_{key}_{point}", None)
        return method() if method else ""

    def _contributions_1(self) -> str:
        n = len(self.w.contributions)
        if not n:
            return ""
        return tr("{n} contribution(s): see {annex}.").format(
            n=n, annex=annex_ref(Sheet.CONTRIBUTIONS)
        )

    def _contributions_3(self) -> str:
        currencies = sorted({c.currency for c in self.w.contributions if c.valuation is not None})
        if not currencies:
            return ""
        return tr("Valuations in {currencies}.").format(currencies=", ".join(currencies))

    def _governance_1(self) -> str:
        bodies = sorted(self.w.bodies, key=lambda b: b.position)
        lines = [f"{b.name}: {b.members}" if b.members else b.name for b in bodies]
        return "\n".join([*lines, _see(Sheet.GOVERNANCE)]) if lines else ""

    def _governance_3(self) -> str:
        n, conflicts = len(self.w.decisions), len(decision_conflicts(self.w))
        if not n:
            return ""
        return tr("{n} decision(s), {conflicts} with a conflict: see {annex}.").format(
            n=n, conflicts=conflicts, annex=annex_ref(Sheet.DECISIONS)
        )

    def _deadlock_1(self) -> str:
        steps = sorted(self.w.escalation_steps, key=lambda s: s.level)
        lines = [
            f"{s.level}. {s.body} "
            + (
                tr("({n} days)").format(n=s.time_limit_days)
                if s.time_limit_days
                else tr("(no time limit)")
            )
            for s in steps
        ]
        return "\n".join([*lines, _see(Sheet.GOVERNANCE)]) if lines else ""

    def _supply_4(self) -> str:
        overloads = self.b.overloads
        if not overloads:
            if not self.w.contributions:
                return ""
            return tr("Within the capacity each partner declared.")
        return "\n".join(
            tr("{partner} promises {peak} {unit} against {capacity} declared.").format(
                partner=self.b.partner_label(o.partner_id),
                peak=num(o.peak),
                unit=o.unit,
                capacity=num(o.capacity),
            )
            for o in overloads
        )

    def _exclusivity_4(self) -> str:
        return tr("For antitrust review before signing.")

    def _exit_1(self) -> str:
        triggers = sorted(self.w.exit_triggers, key=lambda t: t.position)
        lines = [
            t.description
            + (" " + tr("({n} days' notice)").format(n=t.notice_days) if t.notice_days else "")
            for t in triggers
        ]
        return "\n".join([*lines, _see(Sheet.EXIT)]) if lines else ""

    def _exit_2(self) -> str:
        t = self.w.exit_terms
        notice = tr("Notice: {period}").format(period=t.notice_period) if t.notice_period else ""
        parts = [x for x in (t.renewal_timeline, notice) if x]
        return "\n".join(parts)

    def _exit_3(self) -> str:
        assets = sorted(self.w.shared_assets, key=lambda a: a.position)
        none = tr("no treatment yet")
        return "\n".join(f"{a.name}: {a.treatment or none}" for a in assets)

    def _exit_4(self) -> str:
        return self.w.exit_terms.obligations


def write_heads(b: SheetBuilder) -> None:
    w = b.w
    ws = b.new_sheet(Sheet.HEADS)
    top = sheet_title(
        ws,
        tr("Heads of terms: {title}").format(title=w.details.title),
        tr(
            "Draft for discussion · {confidentiality}. Part A binds the parties once "
            "signed; Part B does not. Clause numbers are fixed: the same number means the same "
            "head or point in every version."
        ).format(confidentiality=w.details.confidentiality),
    )
    states = head_states(w, b.a.gaps)
    partners = w.partners
    actions = b.clauses.action_label
    columns = [
        Column(tr("Clause"), 8),
        Column(tr("Heading"), 30, wrap=True),
        Column(tr("Status"), 16, wrap=True),
        Column(tr("Agreed text"), 46, wrap=True),
        *[
            Column(tr("{partner}: position").format(partner=p.label), 30, wrap=True)
            for p in partners
        ],
        Column(tr("Gaps"), 14, wrap=True),
        Column(tr("Actions"), 10, wrap=True),
        Column(tr("Today's terms (annex)"), 44, wrap=True),
    ]
    terms = _Terms(b)

    def head_row(s: HeadState, number: str, title: str) -> list[object]:
        r = s.record
        contested = s.status not in (HeadStatus.AGREED, HeadStatus.NOT_APPLICABLE)
        if s.status is HeadStatus.AGREED:
            text = r.agreed_text
        elif s.status is HeadStatus.NOT_APPLICABLE:
            text = tr("Not applicable.") + (f" {r.notes}" if r.notes.strip() else "")
        elif r.agreed_text.strip():
            text = tr("Not agreed (draft on file: {text})").format(text=r.agreed_text.strip())
        else:
            text = tr("Not agreed.")
        status = label(s.status.label)
        if s.status is HeadStatus.PROPOSED:
            status = tr("Proposed by {partner}").format(partner=b.partner_label(r.proposed_by))
        elif s.held_open:
            status = tr("Open (recorded as agreed; a linked gap is open)")
        open_ids = list(s.open_gaps)
        others = [q for q in s.question_ids if q not in s.open_gaps]
        gaps = "\n".join(
            x
            for x in (
                tr("Open: {ids}").format(ids=", ".join(open_ids)) if open_ids else "",
                tr("Linked: {ids}").format(ids=", ".join(others)) if others else "",
            )
            if x
        )
        annex = ANNEX_OF.get(s.spec.key)
        return [
            number,
            title,
            status,
            text,
            *[r.position_of(p.id) if contested else "" for p in partners],
            gaps,
            ", ".join(actions.get(a, a) for a in s.action_ids),
            _see(annex) if annex else "",
        ]

    def point_row(number: str, title: str, per_partner: list[str], today: str) -> list[object]:
        return [number, title, "", "", *per_partner, "", "", today]

    blank = [""] * len(partners)
    binding = states[-1]
    # Part A: the binding provisions (head 16's points).
    row = section_title(ws, top, tr("Part A: Binding provisions"))
    a_rows = [head_row(binding, "A", tr("Binding provisions"))]
    for k, point in enumerate(BINDING.points, 1):
        today = label(NON_BINDING_WORDS) if k == len(BINDING.points) else ""
        if point == "Governing law":
            today = tr("As in clause 15.4.")
        a_rows.append(point_row(f"A.{k}", label(point), blank, today))
    first_a, last_a = b._table(
        ws,
        row,
        "BindingProvisions",
        columns,
        a_rows,
        lambda i, j: tr("Part A, row {n}").format(n=i + 1),
    )
    # Part B: the heads in order; head 16 points back to Part A.
    row = section_title(ws, last_a + 2, tr("Part B: Heads of terms (not binding)"))
    header_b = row
    b_rows: list[list[object]] = []
    head_at: list[int] = []  # indexes of head rows, to style them
    for s in states:
        head_at.append(len(b_rows))
        spec = s.spec
        if spec.binding:
            b_rows.append(
                [
                    *head_row(s, str(spec.number), label(spec.title))[:-1],
                    tr("Set out in Part A (A.1–A.5)."),
                ]
            )
            continue
        b_rows.append(head_row(s, str(spec.number), label(spec.title)))
        for k, point in enumerate(spec.points, 1):
            per_partner = blank
            if spec.key == "parties":
                per_partner = [w.party(p.id).values()[k - 1] for p in partners]
            b_rows.append(
                point_row(f"{spec.number}.{k}", label(point), per_partner, terms.of(spec.key, k))
            )
    first_b, _last_b = b._table(
        ws,
        row,
        "HeadsOfTerms",
        columns,
        b_rows,
        lambda i, j: tr("Heads of terms, clause {clause}, column '{column}'").format(
            clause=b_rows[i][0], column=columns[j].header
        ),
    )
    b.head_rows = {s.spec.number: first_b + i for s, i in zip(states, head_at, strict=True)}
    last_col = len(columns)
    for r in [first_a, *(first_b + i for i in head_at)]:
        for c in range(1, last_col + 1):
            cell = b.cell(ws, r, c)
            # Number, heading and status in bold; the texts stay plain to read.
            set_style(cell, font=HEAD_FONT if c <= 3 else None, fill=SOFT_FILL)
    for s, i in zip(states, head_at, strict=True):
        annex = ANNEX_OF.get(s.spec.key)
        if annex:
            b.cell(ws, first_b + i, last_col).hyperlink = f"#'{sheet_name(annex)}'!A1"
    # Printed pages repeat Part B's column headings (Part A fits on the first page).
    b.finish(ws, freeze=f"C{first_a}", repeat_rows=f"{header_b}:{header_b}")
