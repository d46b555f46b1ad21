"""The term sheet's Governance, Exit and change, and Alignment sheets (clauses 4.x and
5.x, and the gaps with the clauses and actions they lead to); mixed into
``term_sheet._Builder``, on the shared state and helpers of ``term_sheet_base``."""

from __future__ import annotations

from datetime import date

from workshop_app.analysis.display import percent, score
from workshop_app.domain.enums import Element, body_kind_label
from workshop_app.exports.report_language import label, tr
from workshop_app.exports.term_clauses import head_columns, tail_columns
from workshop_app.exports.term_sheet_base import SheetBuilder
from workshop_app.exports.xlsx_common import SCORE_FORMAT, Column, section_title, sheet_title


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
    def governance(self) -> None:
        ws = self.new_sheet(tr("Governance"))
        row = sheet_title(
            ws,
            tr("Governance"),
            tr("Bodies, the escalation path and the review points (clauses 4.x)."),
        )
        row = section_title(ws, row, tr("Governance bodies"))
        bodies = sorted(self.w.bodies, key=lambda b: b.position)
        clauses = [self.clauses.new(4, "governance.bodies", b.members or b.name) for b in bodies]
        first, last = self._table(
            ws,
            row,
            "GovernanceBodies",
            [
                *head_columns(),
                Column(tr("Body"), 30, wrap=True),
                Column(tr("Kind"), 14),
                Column(tr("Members"), 44, wrap=True),
                Column(tr("Cadence"), 18, wrap=True),
                Column(tr("Chair"), 24, wrap=True),
                *tail_columns(),
            ],
            [
                [
                    *self.clauses.head(k),
                    b.name,
                    body_kind_label(b.kind),
                    b.members,
                    b.cadence,
                    b.chair,
                    *self.clauses.tail(k, b.members),
                ]
                for b, k in zip(bodies, clauses, strict=True)
            ],
            lambda i, j: f"Governance body '{bodies[i].name}'",
        )
        self._place(ws, first, clauses)
        row = section_title(ws, last + 2, tr("Escalation path"))
        steps = sorted(self.w.escalation_steps, key=lambda s: s.level)
        clauses = [
            self.clauses.new(4, "governance.escalation", s.description or s.body) for s in steps
        ]
        first, last = self._table(
            ws,
            row,
            "EscalationPath",
            [
                *head_columns(),
                Column(tr("Level"), 8, align="left"),
                Column(tr("Taken to"), 14, wrap=True),
                Column(tr("Description"), 44, wrap=True),
                Column(tr("Time limit (days)"), 18, "0"),
                *tail_columns(),
            ],
            [
                [
                    *self.clauses.head(k),
                    s.level,
                    s.body,
                    s.description,
                    s.time_limit_days,
                    *self.clauses.tail(k, s.description),
                ]
                for s, k in zip(steps, clauses, strict=True)
            ],
            lambda i, j: f"Escalation level {steps[i].level}",
        )
        self._place(ws, first, clauses)
        row = section_title(ws, last + 2, tr("Review points"))
        reviews = sorted(self.w.review_points, key=lambda r: r.position)
        clauses = [
            self.clauses.new(4, "governance.review_points", r.milestone or r.title) for r in reviews
        ]
        first, _ = self._table(
            ws,
            row,
            "ReviewPoints",
            [
                *head_columns(),
                Column(tr("Review"), 30, wrap=True),
                Column(tr("Due"), 14),
                Column(tr("Milestone"), 44, wrap=True),
                Column(tr("May decide to"), 18, wrap=True),
                Column(tr("Notes"), 24, wrap=True),
                *tail_columns(),
            ],
            [
                [
                    *self.clauses.head(k),
                    r.title,
                    r.due,
                    r.milestone,
                    ", ".join(r.scope_options),
                    r.notes,
                    *self.clauses.tail(k, r.milestone),
                ]
                for r, k in zip(reviews, clauses, strict=True)
            ],
            lambda i, j: f"Review point '{reviews[i].title}'",
        )
        self._place(ws, first, clauses)
        self.finish(ws, freeze="A3")

    def exit_and_change(self) -> None:
        ws = self.new_sheet(tr("Exit and change"))
        row = sheet_title(
            ws,
            tr("Exit and change"),
            tr("Renewal, exit triggers, shared assets and how changes are proposed (clauses 5.x)."),
        )
        t = self.w.exit_terms
        terms = [
            ("exit.renewal_timeline", tr("Renewal timeline"), t.renewal_timeline),
            ("exit.notice_period", tr("Notice period"), t.notice_period),
            ("exit.obligations", tr("Obligations after exit"), t.obligations),
            ("exit.change_rules", tr("Rules for changes"), t.change_rules),
            ("exit.notes", tr("Notes"), t.notes),
        ]
        row = section_title(ws, row, tr("Terms"))
        clauses = [self.clauses.new(5, cid, text) for cid, _, text in terms]
        first, last = self._table(
            ws,
            row,
            "ExitTerms",
            [*head_columns(), Column(tr("Term"), 28, wrap=True), *tail_columns()],
            [
                [*self.clauses.head(k), name, *self.clauses.tail(k, text)]
                for (_, name, text), k in zip(terms, clauses, strict=True)
            ],
            lambda i, j: f"Exit terms: {terms[i][1].lower()}",
        )
        self._place(ws, first, clauses)
        row = section_title(ws, last + 2, tr("Exit triggers"))
        triggers = sorted(self.w.exit_triggers, key=lambda x: x.position)
        clauses = [self.clauses.new(5, "exit.triggers", x.description) for x in triggers]
        first, last = self._table(
            ws,
            row,
            "ExitTriggers",
            [
                *head_columns(),
                Column(tr("Trigger"), 28, wrap=True),
                Column(tr("Notice (days)"), 14, "0", align="left"),
                *tail_columns(),
            ],
            [
                [
                    *self.clauses.head(k),
                    x.description,
                    x.notice_days,
                    *self.clauses.tail(k, x.description),
                ]
                for x, k in zip(triggers, clauses, strict=True)
            ],
            lambda i, j: f"Exit trigger '{triggers[i].description[:40]}'",
        )
        self._place(ws, first, clauses)
        row = section_title(ws, last + 2, tr("Shared assets"))
        assets = sorted(self.w.shared_assets, key=lambda x: x.position)
        clauses = [
            self.clauses.new(5, f"exit.shared_assets.{a.kind.value}", a.treatment) for a in assets
        ]
        first, _ = self._table(
            ws,
            row,
            "SharedAssets",
            [
                *head_columns(),
                Column(tr("Asset"), 28, wrap=True),
                Column(tr("Kind"), 12),
                Column(tr("Brought by"), 20, wrap=True),
                *tail_columns(),
            ],
            [
                [
                    *self.clauses.head(k),
                    a.name,
                    label(a.kind.label),
                    self.partner_label(a.owner_id, tr("Created jointly")),
                    *self.clauses.tail(k, a.treatment),
                ]
                for a, k in zip(assets, clauses, strict=True)
            ],
            lambda i, j: f"Shared asset '{assets[i].name}'",
        )
        self._place(ws, first, clauses)
        self.finish(ws, freeze="A3")

    def alignment(self) -> None:
        ws = self.new_sheet(tr("Alignment"))
        row = sheet_title(
            ws,
            tr("Alignment"),
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
                    ", ".join(c.number for c in clauses),
                ]
            )
        first, _ = self._table(
            ws,
            row,
            "Gaps",
            [
                Column(tr("Question"), 40, wrap=True),
                Column("ID", 8),
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
            if clauses:  # the first clause the gap informs, one click away
                ws.cell(row=first + i, column=15).hyperlink = self.clauses.link(clauses[0])
        self.finish(ws, freeze="A3")
