"""The term sheet's Governance, Exit and change, and Alignment annexes (clauses D.x and
E.x, and the gaps with the heads, clauses and actions they lead to); mixed into
``term_sheet._Builder``, on the shared state and helpers of ``term_sheet_base``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TypeVar

from openpyxl.worksheet.worksheet import Worksheet

from workshop_app.analysis.display import percent, score
from workshop_app.domain.enums import Element, body_kind_label
from workshop_app.exports.report_language import label, tr
from workshop_app.exports.term_clauses import head_columns, tail_columns
from workshop_app.exports.term_sheet_base import SheetBuilder
from workshop_app.exports.term_sheet_names import Sheet, annex_letter, annex_title
from workshop_app.exports.xlsx_common import SCORE_FORMAT, Column, section_title, sheet_title

T = TypeVar("T")


def _as_date(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def _score(x: float | None) -> int | None:
    """Scores are stored as the integer every other medium shows (not a float with a
    number format, which Excel would round differently)."""
    return score(x)


class TermsMixin(SheetBuilder):
    def clause_table(
        self,
        ws: Worksheet,
        row: int,
        title: str,
        name: str,
        items: Sequence[T],
        clause: Callable[[T], tuple[str, str]],
        columns: Sequence[Column],
        cells: Callable[[T], list[object]],
        where: Callable[[T], str],
    ) -> int:
        """One section of an annex: a titled table with a clause per item (numbered with
        the sheet's annex letter), the item's own ``cells`` between the clause's head and
        tail columns. ``clause(item)`` is (clause id, the text on file). Returns the last
        row written."""
        row = section_title(ws, row, title)
        letter = annex_letter(self.sheet_key(ws))
        placed = [(x, *clause(x)) for x in items]
        clauses = [self.clauses.new(letter, cid, text) for _, cid, text in placed]
        first, last = self._table(
            ws,
            row,
            name,
            [*head_columns(), *columns, *tail_columns()],
            [
                [*self.clauses.head(k), *cells(x), *self.clauses.tail(k, text)]
                for (x, _, text), k in zip(placed, clauses, strict=True)
            ],
            lambda i, j: where(items[i]),
        )
        self._place(ws, first, clauses)
        return last

    def governance(self) -> None:
        ws = self.new_sheet(Sheet.GOVERNANCE)
        row = sheet_title(
            ws,
            annex_title(Sheet.GOVERNANCE),
            tr(
                "Bodies, the escalation path and the review points (clauses D.x; heads 6, 7 "
                "and 12 of the heads of terms)."
            ),
        )
        last = self.clause_table(
            ws,
            row,
            tr("Governance bodies"),
            "GovernanceBodies",
            sorted(self.w.bodies, key=lambda b: b.position),
            lambda b: ("governance.bodies", b.members or b.name),
            [
                Column(tr("Body"), 30, wrap=True),
                Column(tr("Kind"), 14),
                Column(tr("Members"), 44, wrap=True),
                Column(tr("Cadence"), 18, wrap=True),
                Column(tr("Chair"), 24, wrap=True),
            ],
            lambda b: [b.name, body_kind_label(b.kind), b.members, b.cadence, b.chair],
            lambda b: f"Governance body '{b.name}'",
        )
        last = self.clause_table(
            ws,
            last + 2,
            tr("Escalation path"),
            "EscalationPath",
            sorted(self.w.escalation_steps, key=lambda s: s.level),
            lambda s: ("governance.escalation", s.description or s.body),
            [
                Column(tr("Level"), 8, align="left"),
                Column(tr("Taken to"), 14, wrap=True),
                Column(tr("Description"), 44, wrap=True),
                Column(tr("Time limit (days)"), 18, "0"),
            ],
            lambda s: [s.level, s.body, s.description, s.time_limit_days],
            lambda s: f"Escalation level {s.level}",
        )
        self.clause_table(
            ws,
            last + 2,
            tr("Review points"),
            "ReviewPoints",
            sorted(self.w.review_points, key=lambda r: r.position),
            lambda r: ("governance.review_points", r.milestone or r.title),
            [
                Column(tr("Review"), 30, wrap=True),
                Column(tr("Due"), 14),
                Column(tr("Milestone"), 44, wrap=True),
                Column(tr("May decide to"), 18, wrap=True),
                Column(tr("Notes"), 24, wrap=True),
            ],
            lambda r: [r.title, r.due, r.milestone, ", ".join(r.scope_options), r.notes],
            lambda r: f"Review point '{r.title}'",
        )
        self.finish(ws, freeze="A3")

    def exit_and_change(self) -> None:
        ws = self.new_sheet(Sheet.EXIT)
        row = sheet_title(
            ws,
            annex_title(Sheet.EXIT),
            tr(
                "Renewal, exit triggers, shared assets and how changes are proposed (clauses "
                "E.x; head 12 of the heads of terms)."
            ),
        )
        t = self.w.exit_terms
        terms = [
            ("exit.renewal_timeline", tr("Renewal timeline"), t.renewal_timeline),
            ("exit.notice_period", tr("Notice period"), t.notice_period),
            ("exit.obligations", tr("Obligations after exit"), t.obligations),
            ("exit.change_rules", tr("Rules for changes"), t.change_rules),
            ("exit.notes", tr("Notes"), t.notes),
        ]
        last = self.clause_table(
            ws,
            row,
            tr("Terms"),
            "ExitTerms",
            terms,
            lambda x: (x[0], x[2]),
            [Column(tr("Term"), 28, wrap=True)],
            lambda x: [x[1]],
            lambda x: f"Exit terms: {x[1].lower()}",
        )
        last = self.clause_table(
            ws,
            last + 2,
            tr("Exit triggers"),
            "ExitTriggers",
            sorted(self.w.exit_triggers, key=lambda x: x.position),
            lambda x: ("exit.triggers", x.description),
            [
                Column(tr("Trigger"), 28, wrap=True),
                Column(tr("Notice (days)"), 14, "0", align="left"),
            ],
            lambda x: [x.description, x.notice_days],
            lambda x: f"Exit trigger '{x.description[:40]}'",
        )
        self.clause_table(
            ws,
            last + 2,
            tr("Shared assets"),
            "SharedAssets",
            sorted(self.w.shared_assets, key=lambda x: x.position),
            lambda a: (f"exit.shared_assets.{a.kind.value}", a.treatment),
            [
                Column(tr("Asset"), 28, wrap=True),
                Column(tr("Kind"), 12),
                Column(tr("Brought by"), 20, wrap=True),
            ],
            lambda a: [
                a.name,
                label(a.kind.label),
                self.partner_label(a.owner_id, tr("Created jointly")),
            ],
            lambda a: f"Shared asset '{a.name}'",
        )
        self.finish(ws, freeze="A3")

    def alignment(self) -> None:
        ws = self.new_sheet(Sheet.ALIGNMENT)
        row = sheet_title(
            ws,
            annex_title(Sheet.ALIGNMENT),
            tr(
                "Element scores per partner pair (0–100, higher = "
                "more aligned) and the gaps, most severe first, with the clauses "
                "and actions they lead to."
            ),
        )
        row = section_title(ws, row, tr("Element scores"))
        pairs = list(self.a.pair_element_scores)
        elements = [e for e in Element if e in self.a.element_scores]
        columns = [
            Column(tr("Element"), 30, wrap=True),
            Column(tr("All partners"), 14, SCORE_FORMAT),
        ] + [Column(self.pair_label(p), 16, SCORE_FORMAT, wrap=True) for p in pairs]
        rows = [
            [
                label(e.label),
                _score(self.a.element_scores.get(e)),
                *[_score(self.a.pair_element_scores[p].get(e)) for p in pairs],
            ]
            for e in elements
        ]
        rows.append(
            [
                tr("Overall"),
                _score(self.a.overall_index),
                *[_score(self.a.pair_overall.get(p)) for p in pairs],
            ]
        )
        last = self._table(
            ws, row, "ElementScores", columns, rows, lambda i, j: tr("Element scores")
        )[1]
        row = section_title(ws, last + 2, tr("Gaps"))
        gaps = self.a.gaps
        gap_rows = []
        for g in gaps:
            clauses = self.clauses.of_question(g.question_id)
            gap_rows.append(
                [
                    g.title,
                    g.question_id,
                    label(g.element.label),
                    "; ".join(label(k.label) for k in g.kinds),
                    percent(g.alignment),
                    round(g.severity, 2),
                    self.pair_label(g.diverging_pair),
                    label(g.status.label),
                    g.agreed_position,
                    g.owner,
                    _as_date(g.due),
                    self.clauses.positions([g]),
                    self.w.gap_discussion(g.question_id).notes,
                    ", ".join(self.clauses.actions_of.get(g.question_id, [])),
                    ", ".join([*self.head_numbers(g.question_id), *(c.number for c in clauses)]),
                ]
            )
        first, _ = self._table(
            ws,
            row,
            "Gaps",
            [
                Column(tr("Question"), 40, wrap=True),
                Column(tr("ID"), 8),
                Column(tr("Element"), 22, wrap=True),
                Column(tr("Kind"), 22, wrap=True),
                Column(tr("Alignment"), 12, SCORE_FORMAT),
                Column(tr("Severity"), 10, "0.00"),
                Column(tr("Furthest apart"), 22, wrap=True),
                Column(tr("Status"), 12),
                Column(tr("Agreed position"), 40, wrap=True),
                Column(tr("Owner"), 18, wrap=True),
                Column(tr("Due"), 12),
                Column(tr("Where the partners stand"), 44, wrap=True),
                Column(tr("Facilitator's notes"), 40, wrap=True),
                Column(tr("Actions"), 10),
                Column(tr("Clauses"), 10),
            ],
            gap_rows,
            lambda i, j: f"Gap {gaps[i].question_id}",
        )
        self.gap_rows = {g.question_id: first + i for i, g in enumerate(gaps)}
        for i, g in enumerate(gaps):
            clauses = self.clauses.of_question(g.question_id)
            heads = self.head_numbers(g.question_id)
            if clauses:  # the first annex clause the gap informs, one click away
                self.cell(ws, first + i, 15).hyperlink = self.clauses.link(clauses[0])
            elif heads:  # else the head of terms
                self.cell(ws, first + i, 15).hyperlink = self.head_link(heads[0])
        self.finish(ws, freeze="A3")
