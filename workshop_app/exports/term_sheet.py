"""The Excel term sheet: what deal and legal teams take away from the workshop and edit on.

One sheet per topic, every list an Excel table (named, styled, filterable). Text typed by
people is always written as text (``xlsx_common.put_text``); the only formulas are the
per-partner subtotals on the Contributions sheet, built here from cell references.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from workshop_app.analysis.results import Analysis, PartnerPosition, QuestionAlignment
from workshop_app.domain.enums import (
    RIGHT_LABELS,
    ActionStatus,
    Element,
    GapStatus,
    QuestionType,
    RightCode,
)
from workshop_app.domain.model import Workshop
from workshop_app.domain.questionnaire import Question
from workshop_app.domain.text import MAX_TEXT
from workshop_app.exports.xlsx_common import (
    MONEY_FORMAT,
    PERCENT_FORMAT,
    SCORE_FORMAT,
    SUBTITLE_FONT,
    Column,
    ExportError,
    print_setup,
    put_text,
    section_title,
    sheet_title,
    write_table,
)

SHEETS = (
    "Summary",
    "Goals and scope",
    "Contributions",
    "Decision rights",
    "Governance",
    "Exit and change",
    "Alignment",
    "Open items",
)

RIGHT_MEANINGS: dict[RightCode, str] = {
    RightCode.DECIDES: "Takes the decision alone",
    RightCode.JOINT: "The decision needs this party's approval together with the others marked J",
    RightCode.CONSULTED: "Is asked before the decision is taken",
    RightCode.INFORMED: "Is told once the decision is taken",
}
_STATUS_LABELS = {
    GapStatus.OPEN: "Open",
    GapStatus.DISCUSSED: "Discussed",
    GapStatus.RESOLVED: "Resolved",
}
_ACTION_LABELS = {
    ActionStatus.OPEN: "Open",
    ActionStatus.IN_PROGRESS: "In progress",
    ActionStatus.DONE: "Done",
}
_SCORE_HEADER = "Alignment"


def write_term_sheet(workshop: Workshop, analysis: Analysis, path: str | Path) -> Path:
    """Write the term sheet to ``path`` (temp file + rename) and return the path."""
    from workshop_app.exports.xlsx_common import save_atomically

    wb = build_term_sheet(workshop, analysis)
    return save_atomically(wb, path)


def build_term_sheet(workshop: Workshop, analysis: Analysis) -> Workbook:
    """The term sheet as an openpyxl workbook (not yet saved)."""
    builder = _Builder(workshop, analysis)
    return builder.build()


def _label(text: str) -> str:
    return text.replace("_", " ").capitalize()


def _as_date(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def _score(x: float | None) -> float | None:
    return None if x is None else round(x, 1)


class _Builder:
    def __init__(self, workshop: Workshop, analysis: Analysis) -> None:
        self.w = workshop
        self.a = analysis
        self.d = workshop.details
        self.wb = Workbook()
        self.labels = {p.id: p.label for p in workshop.partners}

    def partner_label(self, partner_id: str | None, none: str = "") -> str:
        if partner_id is None:
            return none
        return self.labels.get(partner_id, partner_id)

    def pair_label(self, pair: tuple[str, str] | None) -> str:
        if pair is None:
            return ""
        return f"{self.partner_label(pair[0])} ↔ {self.partner_label(pair[1])}"

    def new_sheet(self, title: str) -> Worksheet:
        if self.wb.worksheets and self.wb.active is not None and self.wb.active.title == "Sheet":
            ws = self.wb.active
            ws.title = title
        else:
            ws = self.wb.create_sheet(title)
        return ws

    def finish(self, ws: Worksheet, *, freeze: str | None, repeat_rows: str | None = None) -> None:
        if freeze:
            ws.freeze_panes = freeze
        print_setup(ws, self.d.title, self.d.confidentiality, repeat_rows=repeat_rows)

    def build(self) -> Workbook:
        self.summary()
        self.goals()
        self.contributions()
        self.decision_rights()
        self.governance()
        self.exit_and_change()
        self.alignment()
        self.open_items()
        props = self.wb.properties
        props.title = f"Term sheet: {self.d.title}"[:255]
        props.subject = "Partnership term sheet"
        props.creator = self.d.facilitator or "Partnership Workshop"
        props.lastModifiedBy = props.creator
        props.keywords = self.d.confidentiality
        props.description = (
            f"Draft term sheet from the partnership workshop '{self.d.title}'. "
            f"{self.d.confidentiality}."
        )[:1000]
        self.wb.active = 0
        return self.wb

    # --- sheets ------------------------------------------------------------------------

    def summary(self) -> None:
        ws = self.new_sheet("Summary")
        top = sheet_title(ws, self.d.title, f"Term sheet · {self.d.confidentiality}")
        d = self.d
        secondary = ", ".join(p.label for p in d.secondary_purposes)
        readiness = self.a.readiness
        fields: list[tuple[str, Any, str | None]] = [
            ("Workshop", d.title, None),
            ("Partners", ", ".join(p.name for p in self.w.partners), None),
            ("Primary purpose", d.primary_purpose.label if d.primary_purpose else "", None),
            ("Secondary purposes", secondary, None),
            ("Phase", d.phase.label, None),
            ("Date", d.date, None),
            ("Location", d.location, None),
            ("Facilitator", d.facilitator, None),
            ("Alignment index (0–100)", _score(self.a.overall_index), SCORE_FORMAT),
            ("Readiness (checks passed)", readiness.score if readiness.total else None,
             PERCENT_FORMAT),
            ("Status", _label(d.status.value), None),
            ("Confidentiality", d.confidentiality, None),
        ]
        first, last = self._table(
            ws, top, "Summary",
            [Column("Item", 28), Column("Value", 70, wrap=True)],
            [[name, value] for name, value, _ in fields],
            lambda i, j: f"Summary: {fields[i][0]}",
        )
        for i, (_, _, fmt) in enumerate(fields):
            cell = ws.cell(row=first + i, column=2)
            cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
            if fmt:
                cell.number_format = fmt
        row = section_title(ws, last + 2, "Partners")
        partners = self.w.partners
        self._table(
            ws, row, "Partners",
            [Column("Partner", 28, wrap=True), Column("Short name", 16),
             Column("Role", 40, wrap=True), Column("Participants", 14),
             Column("Contributions", 14)],
            [[p.name, p.short_name, p.role, len(self.w.participants_of(p.id)),
              sum(1 for c in self.w.contributions if c.partner_id == p.id)] for p in partners],
            lambda i, j: f"Partner {partners[i].name}",
        )
        row = section_title(ws, row + max(len(partners), 1) + 2, "Readiness checks")
        checks = readiness.checks
        self._table(
            ws, row, "ReadinessChecks",
            [Column("Check", 28, wrap=True), Column("Passed", 10),
             Column("What is missing", 70, wrap=True)],
            [[c.title, "Yes" if c.passed else "No", "\n".join(c.missing)] for c in checks],
            lambda i, j: f"Readiness check '{checks[i].title}'",
        )
        self.finish(ws, freeze=None)

    def goals(self) -> None:
        ws = self.new_sheet("Goals and scope")
        top = sheet_title(
            ws, "Goals and scope",
            "The goals questions: where the partners stand, and the positions agreed on gaps.",
        )
        section = self.w.questionnaire.section(Element.GOALS)
        questions = list(section.questions) if section else []
        partners = self.w.partners
        columns = [
            Column("ID", 7), Column("Topic", 26, wrap=True), Column("Question", 44, wrap=True),
            Column(_SCORE_HEADER, 12, SCORE_FORMAT), Column("Status", 12),
            Column("Agreed position", 40, wrap=True),
        ] + [Column(f"{p.label}: answers", 30, wrap=True) for p in partners]
        rows = []
        for q in questions:
            qa = self.a.questions.get(q.id)
            rows.append([
                q.id, q.title, q.text,
                _score(qa.alignment * 100) if qa and qa.alignment is not None else None,
                self._status(q.id, qa),
                self.w.gap_discussion(q.id).agreed_position,
                *[self._position(q, qa.positions.get(p.id) if qa else None) for p in partners],
            ])
        self._table(
            ws, top, "GoalsAndScope", columns, rows,
            lambda i, j: f"Goals and scope, question {questions[i].id}, column "
            f"'{columns[j].header}'",
        )
        self.finish(ws, freeze=f"C{top + 1}", repeat_rows=f"{top}:{top}")

    def _status(self, question_id: str, qa: QuestionAlignment | None) -> str:
        discussion = self.w.gap_discussion(question_id)
        is_gap = any(g.question_id == question_id for g in self.a.gaps)
        if is_gap or discussion.agreed_position or discussion.status is not GapStatus.OPEN:
            return _STATUS_LABELS[discussion.status]
        if qa is None or qa.alignment is None:
            return "Not scored"
        return "Aligned"

    def _position(self, q: Question, pos: PartnerPosition | None) -> str:
        if pos is None or pos.respondents == 0:
            return ""
        n = f" (n={pos.respondents})"
        dist = pos.distribution
        t = q.type
        if t is QuestionType.LIKERT and pos.value is not None:
            anchor = q.anchor_label(round(pos.value))
            text = f"{pos.value:.1f} of {q.scale_hi}" + (f" – {anchor}" if anchor else "")
        elif t is QuestionType.NUMBER and pos.value is not None:
            text = f"{pos.value:g} {q.unit}".strip() + " (median)"
        elif t is QuestionType.SINGLE_CHOICE:
            ranked = sorted(dist.items(), key=lambda kv: -kv[1])
            text = "; ".join(f"{q.option_label(k)} {v:.0%}" for k, v in ranked if v > 0)
        elif t is QuestionType.MULTI_CHOICE:
            chosen = [q.option_label(k) for k, v in dist.items() if v >= 0.5]
            text = "; ".join(chosen) or "No option chosen by a majority"
        elif t is QuestionType.RANKING:
            order = sorted(dist.items(), key=lambda kv: kv[1])
            text = " > ".join(q.option_label(k) for k, _ in order)
        elif t is QuestionType.ALLOCATION:
            text = "; ".join(f"{q.option_label(k)} {v:.0%}" for k, v in dist.items() if v > 0)
        elif t is QuestionType.TEXT:
            text = "\n".join(f"• {s}" for s in pos.texts)
            if len(text) + len(n) > MAX_TEXT:
                return f"{len(pos.texts)} written answers, too long for one cell; see the app."
        else:
            text = ""
        return text + n if text else ""

    def contributions(self) -> None:
        ws = self.new_sheet("Contributions")
        top = sheet_title(
            ws, "Contributions",
            "What each partner brings, in executable terms. Subtotals below are formulas.",
        )
        items = self.w.contributions
        columns = [
            Column("Partner", 18, wrap=True), Column("Category", 15),
            Column("Description", 40, wrap=True), Column("Quantity", 11, "#,##0.##"),
            Column("Unit", 14), Column("Start", 12), Column("End", 12),
            Column("Milestone gate", 24, wrap=True), Column("Tracking metric", 24, wrap=True),
            Column("Owner", 18, wrap=True), Column("For", 16, wrap=True),
            Column("Valuation", 18, MONEY_FORMAT), Column("Currency", 10),
        ]
        rows = [
            [self.partner_label(c.partner_id), _label(c.category.value), c.description,
             c.quantity, c.unit, c.start, c.end, c.milestone_gate, c.tracking_metric, c.owner,
             self.partner_label(c.recipient_id, "Joint venture"), c.valuation,
             c.currency if c.valuation is not None else ""]
            for c in items
        ]
        first, last = self._table(
            ws, top, "Contributions", columns, rows,
            lambda i, j: f"Contribution '{items[i].description[:40]}', {columns[j].header.lower()}",
        )
        # Subtotals per partner and currency, as live formulas over the table's ranges.
        # SUMPRODUCT with '=' compares exactly; SUMIFS would read '*' or '<' in a name as
        # wildcards and operators.
        keys: list[tuple[str, str]] = []
        for p in self.w.partners:
            currencies = sorted(
                {c.currency for c in items if c.partner_id == p.id and c.valuation is not None}
            ) or ["EUR"]
            keys += [(p.label, cur) for cur in currencies]
        # Under the Owner..Currency columns, so the subtotals line up with the valuations.
        row = last + 3
        put_text(ws.cell(row=row, column=10), "Subtotals by partner", "Section title").font = (
            SUBTITLE_FONT)
        sub_first, _ = self._table(
            ws, row + 1, "ContributionSubtotals",
            [Column("Partner", 18), Column("Currency", 16), Column("Valuation subtotal", 18,
             MONEY_FORMAT), Column("Items", 10)],
            [[label, cur, None, None] for label, cur in keys],
            lambda i, j: f"Subtotal of {keys[i][0]}", left=10,
        )
        rng = {name: f"${letter}${first}:${letter}${last}" for name, letter in
               (("partner", "A"), ("valuation", "L"), ("currency", "M"))}
        for i in range(len(keys)):
            r = sub_first + i
            match = f"({rng['partner']}=$J{r})*({rng['currency']}=$K{r})"
            total = ws.cell(row=r, column=12)
            total.value = f"=SUMPRODUCT({match},{rng['valuation']})"
            total.number_format = MONEY_FORMAT
            ws.cell(row=r, column=13).value = f"=SUMPRODUCT({match}*1)"
        self.finish(ws, freeze=f"A{top + 1}", repeat_rows=f"{top}:{top}")

    def decision_rights(self) -> None:
        ws = self.new_sheet("Decision rights")
        top = sheet_title(
            ws, "Decision rights",
            "Who decides at the seams. D = decides, J = joint approval, C = consulted, "
            "I = informed; the cells offer these codes in a drop-down.",
        )
        decisions = self.w.decisions
        partners = self.w.partners
        bodies = {b.id: b.name for b in self.w.bodies}
        columns = [Column("Decision", 40, wrap=True), Column("Seam", 28, wrap=True),
                   Column("Taken in", 30, wrap=True)] + [
            Column(p.label, 14) for p in partners]
        rows = [
            [d.title, d.seam, bodies.get(d.body_id or "", ""),
             *[(rc.value if (rc := d.right_of(p.id)) else None) for p in partners]]
            for d in decisions
        ]
        first, last = self._table(
            ws, top, "DecisionRights", columns, rows,
            lambda i, j: f"Decision '{decisions[i].title[:40]}'",
        )
        if partners:
            codes = ",".join(c.value for c in RightCode)
            dv = DataValidation(type="list", formula1=f'"{codes}"', allow_blank=True)
            dv.errorTitle = "Decision right"
            dv.error = "Choose D (decides), J (joint approval), C (consulted) or I (informed)."
            dv.promptTitle = "Decision right"
            dv.prompt = "D, J, C or I"
            dv.showErrorMessage = True
            dv.showInputMessage = True
            ws.add_data_validation(dv)
            end_col = get_column_letter(3 + len(partners))
            dv.add(f"D{first}:{end_col}{last}")
            for r in range(first, last + 1):
                for c in range(4, 4 + len(partners)):
                    ws.cell(row=r, column=c).alignment = Alignment(
                        horizontal="center", vertical="top")
        row = section_title(ws, last + 3, "Legend")
        self._table(
            ws, row, "RightCodes",
            [Column("Code", 8), Column("Meaning", 16), Column("What it means", 22, wrap=True)],
            [[c.value, RIGHT_LABELS[c], RIGHT_MEANINGS[c]] for c in RightCode],
            lambda i, j: "Legend",
        )
        self.finish(ws, freeze=f"B{top + 1}", repeat_rows=f"{top}:{top}")

    def governance(self) -> None:
        ws = self.new_sheet("Governance")
        row = sheet_title(ws, "Governance", "Bodies, the escalation path and the review points.")
        row = section_title(ws, row, "Governance bodies")
        bodies = self.w.bodies
        last = self._table(
            ws, row, "GovernanceBodies",
            [Column("Body", 30, wrap=True), Column("Kind", 14), Column("Members", 44, wrap=True),
             Column("Cadence", 18, wrap=True), Column("Chair", 24, wrap=True)],
            [[b.name, _label(b.kind), b.members, b.cadence, b.chair] for b in bodies],
            lambda i, j: f"Governance body '{bodies[i].name}'",
        )[1]
        row = section_title(ws, last + 2, "Escalation path")
        steps = sorted(self.w.escalation_steps, key=lambda s: s.level)
        last = self._table(
            ws, row, "EscalationPath",
            [Column("Level", 8, align="left"), Column("Taken to", 14, wrap=True),
             Column("Description", 44, wrap=True), Column("Time limit (days)", 18, "0")],
            [[s.level, s.body, s.description, s.time_limit_days] for s in steps],
            lambda i, j: f"Escalation level {steps[i].level}",
        )[1]
        row = section_title(ws, last + 2, "Review points")
        reviews = self.w.review_points
        self._table(
            ws, row, "ReviewPoints",
            [Column("Review", 30, wrap=True), Column("Due", 14), Column("Milestone", 44, wrap=True),
             Column("May decide to", 18, wrap=True), Column("Notes", 24, wrap=True)],
            [[r.title, r.due, r.milestone, ", ".join(r.scope_options), r.notes] for r in reviews],
            lambda i, j: f"Review point '{reviews[i].title}'",
        )
        self.finish(ws, freeze="A3")

    def exit_and_change(self) -> None:
        ws = self.new_sheet("Exit and change")
        row = sheet_title(ws, "Exit and change", "Renewal, exit triggers, shared assets and "
                          "how changes are proposed.")
        t = self.w.exit_terms
        terms = [
            ("Renewal timeline", t.renewal_timeline), ("Notice period", t.notice_period),
            ("Obligations after exit", t.obligations), ("Rules for changes", t.change_rules),
            ("Notes", t.notes),
        ]
        row = section_title(ws, row, "Terms")
        last = self._table(
            ws, row, "ExitTerms",
            [Column("Term", 28, wrap=True), Column("Agreed", 70, wrap=True)],
            [list(x) for x in terms],
            lambda i, j: f"Exit terms: {terms[i][0].lower()}",
        )[1]
        row = section_title(ws, last + 2, "Exit triggers")
        triggers = self.w.exit_triggers
        last = self._table(
            ws, row, "ExitTriggers",
            [Column("Trigger", 28, wrap=True), Column("Notice (days)", 14, "0", align="left")],
            [[x.description, x.notice_days] for x in triggers],
            lambda i, j: f"Exit trigger '{triggers[i].description[:40]}'",
        )[1]
        row = section_title(ws, last + 2, "Shared assets")
        assets = self.w.shared_assets
        self._table(
            ws, row, "SharedAssets",
            [Column("Asset", 28, wrap=True), Column("Treatment on exit", 50, wrap=True),
             Column("Kind", 12), Column("Brought by", 20, wrap=True)],
            [[s.name, s.treatment, _label(s.kind.value),
              self.partner_label(s.owner_id, "Created jointly")] for s in assets],
            lambda i, j: f"Shared asset '{assets[i].name}'",
        )
        self.finish(ws, freeze="A3")

    def alignment(self) -> None:
        ws = self.new_sheet("Alignment")
        row = sheet_title(ws, "Alignment", "Element scores per partner pair (0–100, higher = "
                          "more aligned) and the gaps, most severe first.")
        row = section_title(ws, row, "Element scores")
        pairs = list(self.a.pair_element_scores)
        elements = [e for e in Element if e in self.a.element_scores]
        columns = [Column("Element", 30, wrap=True), Column("All partners", 14, SCORE_FORMAT)] + [
            Column(self.pair_label(p), 16, SCORE_FORMAT, wrap=True) for p in pairs]
        rows = [[e.label, _score(self.a.element_scores.get(e)),
                 *[_score(self.a.pair_element_scores[p].get(e)) for p in pairs]] for e in elements]
        rows.append(["Overall", _score(self.a.overall_index),
                     *[_score(self.a.pair_overall.get(p)) for p in pairs]])
        last = self._table(
            ws, row, "ElementScores", columns, rows, lambda i, j: "Element scores"
        )[1]
        row = section_title(ws, last + 2, "Gaps")
        gaps = self.a.gaps
        self._table(
            ws, row, "Gaps",
            [Column("Question", 40, wrap=True), Column("ID", 8),
             Column("Element", 22, wrap=True), Column(_SCORE_HEADER, 12, SCORE_FORMAT),
             Column("Severity", 10, "0.00"), Column("Furthest apart", 22, wrap=True),
             Column("Status", 12), Column("Agreed position", 40, wrap=True),
             Column("Owner", 18, wrap=True), Column("Due", 12)],
            [[g.title, g.question_id, g.element.label,
              _score(None if g.alignment is None else g.alignment * 100),
              round(g.severity, 2), self.pair_label(g.diverging_pair), _STATUS_LABELS[g.status],
              g.agreed_position, g.owner, _as_date(g.due)] for g in gaps],
            lambda i, j: f"Gap {gaps[i].question_id}",
        )
        self.finish(ws, freeze="A3")

    def open_items(self) -> None:
        ws = self.new_sheet("Open items")
        top = sheet_title(ws, "Open items", "Action items agreed in the workshop.")
        items = self.w.action_items
        q = self.w.questionnaire
        columns = [
            Column("Action", 50, wrap=True), Column("Owner", 22, wrap=True), Column("Due", 12),
            Column("Status", 12), Column("From gap", 30, wrap=True), Column("Notes", 40, wrap=True),
        ]
        rows = [
            [a.title, a.owner, a.due, _ACTION_LABELS[a.status],
             (f"{a.question_id} {q.question(a.question_id).title}"
              if a.question_id and q.has_question(a.question_id) else a.question_id or ""),
             a.notes]
            for a in items
        ]
        self._table(ws, top, "ActionItems", columns, rows,
                    lambda i, j: f"Action item '{items[i].title[:40]}'")
        self.finish(ws, freeze=f"A{top + 1}", repeat_rows=f"{top}:{top}")

    def _table(self, ws: Worksheet, top: int, name: str, columns: Sequence[Column],
               rows: Sequence[Sequence[Any]], where: Any, left: int = 1) -> tuple[int, int]:
        try:
            return write_table(ws, top, name, columns, rows, where, left=left)
        except ExportError as exc:
            raise ExportError(f"{exc} (sheet '{ws.title}')") from None
