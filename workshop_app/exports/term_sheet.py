"""The Excel term sheet: what deal and legal teams take away from the workshop and edit on.

The first sheet holds the heads of terms: Part A (the binding provisions), then the sixteen
standard heads with fixed clause numbers (9.3 is always head 9's third point), a column per
partner's position where a head is not agreed, and the gaps and actions linked to it.
Then the annexes (A to G) the heads refer to, one per topic, every list an Excel table
(named, styled, filterable); the analytics are an annex. Every annex row that
states a term is a clause with a number (D.2) and a status (Agreed, Open, Not yet defined;
see ``analysis.clauses``); an open clause shows each partner's position instead of a text
that reads as agreed. Gap ids (G09), action ids (A3) and clause numbers trace a gap to its
agreed position, action and clause, and back. Text typed by people is always written as
text (``xlsx_common.put_text``); the only formulas are the per-partner subtotals on the
Contributions sheet, over the whole table by structured reference, with cached values.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from workshop_app.analysis.decision_rights import conflict_words, decision_conflicts
from workshop_app.analysis.results import Analysis, PartnerPosition, QuestionAlignment
from workshop_app.domain.enums import (
    RIGHT_LABELS,
    Element,
    QuestionType,
    RightCode,
)
from workshop_app.domain.model import Workshop
from workshop_app.domain.questionnaire import Question
from workshop_app.domain.text import MAX_TEXT
from workshop_app.exports.report_language import label, report_language, say, tr
from workshop_app.exports.term_analytics import write_analytics
from workshop_app.exports.term_clauses import HEAD_COLUMN_COUNT, head_columns, slug, tail_columns
from workshop_app.exports.term_heads import write_heads
from workshop_app.exports.term_open_items import write_open_items
from workshop_app.exports.term_sheet_names import SHEETS, Sheet, annex_letter, annex_title
from workshop_app.exports.term_sheet_terms import TermsMixin, _score
from workshop_app.exports.xlsx_cached import put_formula
from workshop_app.exports.xlsx_common import (
    MONEY_FORMAT,
    SCORE_FORMAT,
    SUBTITLE_FONT,
    Column,
    alignment,
    put_text,
    section_title,
    set_style,
    sheet_title,
)


def right_meanings() -> dict[RightCode, str]:
    """What each decision-right code means, in the report's language."""
    return {
        RightCode.DECIDES: tr("Takes the decision alone"),
        RightCode.JOINT: tr(
            "The decision needs this party's approval together with the others marked J"
        ),
        RightCode.CONSULTED: tr("Is asked before the decision is taken"),
        RightCode.INFORMED: tr("Is told once the decision is taken"),
    }


__all__ = ["SHEETS", "build_term_sheet", "write_term_sheet"]


def write_term_sheet(
    workshop: Workshop, analysis: Analysis, path: str | Path, *, lang: str | None = None
) -> Path:
    """Write the term sheet to ``path`` (temp file + rename) and return the path;
    ``lang`` is a language code of ``domain.languages`` (default English)."""
    from workshop_app.exports.xlsx_common import save_atomically

    wb = build_term_sheet(workshop, analysis, lang=lang)
    return save_atomically(wb, path)


def build_term_sheet(
    workshop: Workshop, analysis: Analysis, *, lang: str | None = None
) -> Workbook:
    """The term sheet as an openpyxl workbook (not yet saved)."""
    with report_language(lang):
        return _Builder(workshop, analysis).build()


class _Builder(TermsMixin):
    def build(self) -> Workbook:
        write_heads(self)
        self.goals()
        self.contributions()
        self.decision_rights()
        self.governance()
        self.exit_and_change()
        write_analytics(self)
        self.alignment()
        self.open_items()
        props = self.wb.properties
        props.title = tr("Term sheet: {title}").format(title=self.d.title)[:255]
        props.subject = tr("Partnership term sheet")
        props.creator = self.d.facilitator or "Partnership Workshop"
        props.lastModifiedBy = props.creator
        props.keywords = self.d.confidentiality
        props.description = (
            tr("Draft term sheet from the partnership workshop '{title}'.").format(
                title=self.d.title
            )
            + f" {self.d.confidentiality}."
        )[:1000]
        self.wb.active = 0
        return self.wb

    # --- sheets ------------------------------------------------------------------------

    def goals(self) -> None:
        ws = self.new_sheet(Sheet.GOALS)
        top = sheet_title(
            ws,
            annex_title(Sheet.GOALS),
            tr(
                "Clause A.x per goals question (head 2 of the heads of terms): agreed where its "
                "gap is resolved, open (with each partner's position) where it is not."
            ),
        )
        section = self.w.questionnaire.section(Element.GOALS)
        questions = list(section.questions) if section else []
        partners = self.w.partners
        columns = [
            *head_columns(),
            Column("ID", 7),
            Column(tr("Topic"), 26, wrap=True),
            Column(tr("Question"), 44, wrap=True),
            Column(tr("Alignment"), 12, SCORE_FORMAT),
            *tail_columns(),
        ] + [
            Column(tr("{partner}: answers").format(partner=p.label), 30, wrap=True)
            for p in partners
        ]
        rows = []
        clauses = []
        for q in questions:
            qa = self.a.questions.get(q.id)
            agreed = self.w.gap_discussion(q.id).agreed_position
            text = agreed or self._aligned_words(q, qa)
            clause = self.clauses.new(
                annex_letter(Sheet.GOALS), q.clause or f"goals.{q.id.lower()}", text
            )
            clauses.append(clause)
            rows.append(
                [
                    *self.clauses.head(clause),
                    q.id,
                    q.title,
                    q.text,
                    _score(qa.alignment * 100) if qa and qa.alignment is not None else None,
                    *self.clauses.tail(clause, text),
                    *[self._position(q, qa.positions.get(p.id) if qa else None) for p in partners],
                ]
            )
        first, _ = self._table(
            ws,
            top,
            "GoalsAndScope",
            columns,
            rows,
            lambda i, j: (
                f"Goals and scope, question {questions[i].id}, column '{columns[j].header}'"
            ),
        )
        self._place(ws, first, clauses)
        self.finish(ws, freeze=f"C{top + 1}", repeat_rows=f"{top}:{top}")

    def _aligned_words(self, q: Question, qa: QuestionAlignment | None) -> str:
        """The shared position of an aligned question (not a gap), as the clause text."""
        if qa is None or qa.alignment is None or q.id in self.clauses.gap_ids():
            return ""
        first = next(iter(qa.positions.values()), None)
        if first is None:
            return ""
        return tr("Aligned: {position}").format(position=self.clauses.position_words(q, first))

    def _position(self, q: Question, pos: PartnerPosition | None) -> str:
        """A partner's position in the analysis's words, with the number of respondents."""
        if pos is None or pos.respondents == 0:
            return ""
        n = f" (n={pos.respondents})"
        if q.type is QuestionType.TEXT:
            text = "\n".join(f"• {s}" for s in pos.texts)
            if len(text) + len(n) > MAX_TEXT:
                return tr("{n} written answers, too long for one cell; see the app.").format(
                    n=len(pos.texts)
                )
            return text + n
        words = self.clauses.position_words(q, pos)
        return words + n if words else ""

    def contributions(self) -> None:
        ws = self.new_sheet(Sheet.CONTRIBUTIONS)
        top = sheet_title(
            ws,
            annex_title(Sheet.CONTRIBUTIONS),
            tr(
                "What each partner brings, in executable terms (clauses B.x; head 4 of the heads "
                "of terms). Subtotals below are formulas over the whole table."
            ),
        )
        items = self.w.contributions
        columns = [
            *head_columns(),
            Column(tr("Partner"), 18, wrap=True),
            Column(tr("Category"), 15),
            Column(tr("Description"), 40, wrap=True),
            Column(tr("Quantity"), 11, "#,##0.##"),
            Column(tr("Unit"), 14),
            Column(tr("Start"), 12),
            Column(tr("End"), 12),
            Column(tr("Milestone gate"), 24, wrap=True),
            Column(tr("Tracking metric"), 24, wrap=True),
            Column(tr("Owner"), 18, wrap=True),
            Column(tr("For"), 16, wrap=True),
            Column(tr("Valuation"), 18, MONEY_FORMAT),
            Column(tr("Currency"), 10),
            *tail_columns(),
        ]
        clauses = [
            self.clauses.new(
                annex_letter(Sheet.CONTRIBUTIONS),
                f"contributions.{c.category.value}",
                c.description,
            )
            for c in items
        ]
        rows = [
            [
                *self.clauses.head(k),
                self.partner_label(c.partner_id),
                label(c.category.label),
                c.description,
                c.quantity,
                c.unit,
                c.start,
                c.end,
                c.milestone_gate,
                c.tracking_metric,
                c.owner,
                self.partner_label(c.recipient_id, tr("Joint venture")),
                c.valuation,
                c.currency if c.valuation is not None else "",
                *self.clauses.tail(k, c.description),
            ]
            for c, k in zip(items, clauses, strict=True)
        ]
        first, last = self._table(
            ws,
            top,
            "Contributions",
            columns,
            rows,
            lambda i, j: f"Contribution '{items[i].description[:40]}', {columns[j].header.lower()}",
        )
        self._place(ws, first, clauses)
        # Subtotals per partner and currency, as live formulas over the table's columns by
        # structured reference, so rows added to the table are counted. SUMPRODUCT with '='
        # compares exactly; SUMIFS would read '*' or '<' in a name as wildcards.
        keys: list[tuple[str, str, float, int]] = []
        for p in self.w.partners:
            mine = [c for c in items if c.partner_id == p.id and c.valuation is not None]
            for cur in sorted({c.currency for c in mine}) or ["EUR"]:
                same = [
                    c
                    for c in items
                    if c.partner_id == p.id and c.currency == cur and c.valuation is not None
                ]
                total = float(sum(c.valuation or 0.0 for c in same))
                count = sum(
                    1
                    for c in items
                    if c.partner_id == p.id
                    and (c.currency if c.valuation is not None else "") == cur
                )
                keys.append((p.label, cur, total, count))
        # Under the Owner..Currency columns, so the subtotals line up with the valuations.
        left = 1 + [c.header for c in columns].index(tr("Owner"))
        row = last + 3
        set_style(
            put_text(ws.cell(row=row, column=left), tr("Subtotals by partner"), "Section title"),
            font=SUBTITLE_FONT,
        )
        sub_first, _ = self._table(
            ws,
            row + 1,
            "ContributionSubtotals",
            [
                Column(tr("Partner"), 18),
                Column(tr("Currency"), 16),
                Column(tr("Valuation subtotal"), 18, MONEY_FORMAT),
                Column(tr("Items"), 10),
            ],
            [[label, cur, None, None] for label, cur, _, _ in keys],
            lambda i, j: f"Subtotal of {keys[i][0]}",
            left=left,
        )
        pc, cc = get_column_letter(left), get_column_letter(left + 1)
        for i, (_, _, total, count) in enumerate(keys):
            r = sub_first + i
            for c in (left + 2, left + 3):  # the formulas' cells, with their table's look
                self.cell(ws, r, c)
            match = f"(Contributions[Partner]=${pc}{r})*(Contributions[Currency]=${cc}{r})"
            cell = put_formula(
                ws, r, left + 2, f"=SUMPRODUCT({match},Contributions[Valuation])", total
            )
            cell.number_format = MONEY_FORMAT
            put_formula(ws, r, left + 3, f"=SUMPRODUCT({match}*1)", count)
        self.finish(ws, freeze=f"A{top + 1}", repeat_rows=f"{top}:{top}")

    def decision_rights(self) -> None:
        ws = self.new_sheet(Sheet.DECISIONS)
        top = sheet_title(
            ws,
            annex_title(Sheet.DECISIONS),
            tr(
                "Who decides at the seams (clauses C.x; head 6 of the heads of terms). D = "
                "decides, J = joint approval, C = consulted, I = informed; the cells offer these "
                "codes in a drop-down."
            ),
        )
        decisions = sorted(self.w.decisions, key=lambda d: d.position)
        partners = self.w.partners
        bodies = {b.id: b.name for b in self.w.bodies}
        conflicts = {c.decision_id: c for c in decision_conflicts(self.w)}
        names = {p.id: p.label for p in partners}
        columns = (
            [
                *head_columns(),
                Column(tr("Decision"), 40, wrap=True),
                Column(tr("Seam"), 28, wrap=True),
                Column(tr("Taken in"), 30, wrap=True),
            ]
            + [Column(p.label, 14) for p in partners]
            + [Column(tr("Decision-rights conflict"), 36, wrap=True), *tail_columns()]
        )
        letter = annex_letter(Sheet.DECISIONS)
        clauses = [
            self.clauses.new(letter, f"decisions.{slug(d.title)}", d.title) for d in decisions
        ]
        rows = []
        for d, k in zip(decisions, clauses, strict=True):
            conflict = conflicts.get(d.id)
            words = f"{d.title}: {say(conflict_words(conflict, names))}" if conflict else ""
            head = self.clauses.head(k)
            if conflict is not None:
                head[1] = tr("Open")  # two deciders or none: not a term anybody can sign
            rows.append(
                [
                    *head,
                    d.title,
                    d.seam,
                    bodies.get(d.body_id or "", ""),
                    *[(code.value if (code := d.right_of(p.id)) else None) for p in partners],
                    words,
                    *self.clauses.tail(k, d.title),
                ]
            )
        first, last = self._table(
            ws,
            top,
            "DecisionRights",
            columns,
            rows,
            lambda i, j: f"Decision '{decisions[i].title[:40]}'",
        )
        self._place(ws, first, clauses)
        self.decision_rows = {d.id: first + i for i, d in enumerate(decisions)}
        if partners:
            codes = ",".join(c.value for c in RightCode)
            dv = DataValidation(type="list", formula1=f'"{codes}"', allow_blank=True)
            dv.errorTitle = tr("Decision right")
            dv.error = tr("Choose D (decides), J (joint approval), C (consulted) or I (informed).")
            dv.promptTitle = tr("Decision right")
            dv.prompt = tr("D, J, C or I")
            dv.showErrorMessage = True
            dv.showInputMessage = True
            ws.add_data_validation(dv)
            start = 1 + HEAD_COLUMN_COUNT + 3
            dv.add(
                f"{get_column_letter(start)}{first}:"
                f"{get_column_letter(start + len(partners) - 1)}{last}"
            )
            centred = alignment(horizontal="center", vertical="top")
            for r in range(first, last + 1):
                for c in range(start, start + len(partners)):
                    self.align(ws, r, c, centred)
        row = section_title(ws, last + 3, tr("Legend"))
        self._table(
            ws,
            row,
            "RightCodes",
            [
                Column(tr("Code"), 8),
                Column(tr("Meaning"), 16),
                Column(tr("What it means"), 22, wrap=True),
            ],
            [[c.value, label(RIGHT_LABELS[c]), right_meanings()[c]] for c in RightCode],
            lambda i, j: tr("Legend"),
        )
        self.finish(
            ws,
            freeze=f"{get_column_letter(1 + HEAD_COLUMN_COUNT + 1)}{top + 1}",
            repeat_rows=f"{top}:{top}",
        )

    def open_items(self) -> None:
        write_open_items(self)
