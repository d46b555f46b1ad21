"""Clauses of the term sheet: a number a lawyer can cite (4.2), a status, and the ids that
trace gap -> agreed position -> action -> clause in both directions. These are the
clauses of the annexes (B.2); the heads of terms carry fixed numbers (9.3, see
``domain.heads``).

Each clause-bearing row of the term sheet asks ``Clauses.row`` for its cells; the rule that
decides the status lives in ``analysis.clauses``. The Open items sheet and the Gaps table
use ``Clauses.where`` to link back to the rows.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from workshop_app.analysis.clauses import ClauseState, ClauseStates, ClauseStatus
from workshop_app.analysis.positions import no_position_words, position_summary
from workshop_app.analysis.results import Analysis, Gap, PartnerPosition
from workshop_app.domain.model import Workshop
from workshop_app.domain.questionnaire import Question
from workshop_app.domain.text import MAX_TEXT
from workshop_app.exports.report_language import label, say, tr
from workshop_app.exports.term_sheet_names import sheet_name
from workshop_app.exports.xlsx_common import Column


# The columns every clause table starts and ends with.
def head_columns() -> list[Column]:
    """The clause columns first in a clause table (in the report's language)."""
    return [Column(tr("Clause"), 8), Column(tr("Status"), 15)]


def tail_columns() -> list[Column]:
    return [
        Column(tr("Clause text"), 40, wrap=True),
        Column(tr("Where the partners stand"), 44, wrap=True),
        Column(tr("Gaps"), 10, wrap=True),
        Column(tr("Actions"), 10, wrap=True),
        Column(tr("Facilitator's notes"), 40, wrap=True),
    ]


HEAD_COLUMN_COUNT = 2
DRAFT_MAX = 500  # an open clause quotes this much of the draft wording on file


def slug(text: str) -> str:
    """A clause id part from a title: 'Quality and standards disputes' ->
    quality_and_standards_disputes."""
    return re.sub(r"[^a-z0-9]+", "_", text.casefold()).strip("_")[:60] or "item"


@dataclass
class Clause:
    number: str
    clause_id: str
    state: ClauseState
    sheet: str = ""
    row: int = 0  # the worksheet row, once written


@dataclass
class Clauses:
    workshop: Workshop
    analysis: Analysis
    placed: list[Clause] = field(default_factory=list)
    _counters: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    # The placed clauses by the questions that inform them, kept by ``new``.
    _of_question: dict[str, list[Clause]] = field(default_factory=lambda: defaultdict(list))

    def __post_init__(self) -> None:
        w = self.workshop
        items = sorted(w.action_items, key=lambda a: a.position)
        self.action_label = {a.id: f"A{n}" for n, a in enumerate(items, 1)}
        self.actions_of: dict[str, list[str]] = defaultdict(list)
        for a in items:
            if a.question_id:
                self.actions_of[a.question_id].append(self.action_label[a.id])
        self.names = {p.id: p.label for p in w.partners}
        self._states = ClauseStates(w, self.analysis)
        # A partner's position in words, per (question, position): the same gap is quoted
        # by its clauses, the Gaps table and the Open items (a third of the calls are new).
        self._words: dict[tuple[str, int], tuple[PartnerPosition, str]] = {}

    def position_words(self, question: Question, pos: PartnerPosition) -> str:
        """``position_summary``'s words in the report's language, worked out once."""
        key = (question.id, id(pos))
        hit = self._words.get(key)
        if hit is None:
            # The position is kept with its words: its id is the key.
            hit = self._words[key] = (pos, say(position_summary(question, pos).words))
        return hit[1]

    # -- building rows ------------------------------------------------------------------

    def new(self, section: str, clause_id: str, text: str) -> Clause:
        """The next clause of ``section`` (an annex letter: B.1, B.2, ...)."""
        self._counters[section] += 1
        state = self._states.state(clause_id, text)
        clause = Clause(f"{section}.{self._counters[section]}", clause_id, state)
        self.placed.append(clause)
        for question_id in dict.fromkeys(state.question_ids):
            self._of_question[question_id].append(clause)
        return clause

    def head(self, clause: Clause) -> list[object]:
        return [clause.number, label(clause.state.status.label)]

    def tail(self, clause: Clause, text: str, *, extra_open: str = "") -> list[object]:
        """Clause text, positions, gap ids, action ids and notes for a clause row."""
        s = clause.state
        if s.status is ClauseStatus.OPEN:
            draft = text.strip()
            if len(draft) > DRAFT_MAX:
                draft = draft[:DRAFT_MAX].rstrip() + " …"
            words = (
                tr("Not agreed (draft on file: {draft}).").format(draft=draft)
                if draft
                else tr("Not agreed.")
            )
        elif s.blind_spots:
            words = tr("Not yet defined: no partner has defined this yet.") + (
                " " + tr("(Draft on file: {draft})").format(draft=text.strip()[:DRAFT_MAX])
                if text.strip()
                else ""
            )
        elif s.agreed:
            words = "\n".join(s.agreed)
        else:
            words = text
        if s.status is ClauseStatus.OPEN and extra_open:
            words += f"\n{extra_open}"
        gaps = [g.question_id for g in s.open_gaps]
        linked = [q for q in s.question_ids if q in self.gap_ids()]
        actions = [a for q in s.question_ids for a in self.actions_of.get(q, [])]
        notes = "\n".join(
            f"{qid}: {d.notes}"
            for qid in s.question_ids
            if (d := self.workshop.gap_discussion(qid)).notes.strip()
        )
        return [
            words,  # a stored text too long for a cell is refused, never cut
            _fit(self.positions(s.open_gaps)),  # blind spots too: what little is known
            ", ".join(dict.fromkeys(linked or gaps)),
            ", ".join(dict.fromkeys(actions)),
            _fit(notes),
        ]

    def gap_ids(self) -> set[str]:
        """The questions that have a gap, found once."""
        if not hasattr(self, "_gaps"):
            self._gaps = {g.question_id for g in self.analysis.gaps}
        return self._gaps

    def positions(self, gaps: tuple[Gap, ...] | list[Gap]) -> str:
        """Each partner's position on each gap, one line a partner."""
        q = self.workshop.questionnaire
        lines: list[str] = []
        for gap in gaps:
            qa = self.analysis.questions.get(gap.question_id)
            if qa is None or not q.has_question(gap.question_id):
                continue
            question = q.question(gap.question_id)
            if len(gaps) > 1:
                lines.append(f"{gap.question_id} {gap.title}:")
            for p in self.workshop.partners:
                pos = qa.positions.get(p.id)
                words = (
                    self.position_words(question, pos)
                    if pos
                    else say(no_position_words(qa.undecided_partners, p.id))
                )
                lines.append(f"{p.label}: {words}")
        return "\n".join(lines)

    # -- links --------------------------------------------------------------------------

    def of_question(self, question_id: str) -> list[Clause]:
        """The clauses ``question_id`` informs, in the order they were made."""
        return list(self._of_question.get(question_id, ()))

    def link(self, clause: Clause) -> str:
        return f"#'{sheet_name(clause.sheet)}'!A{clause.row}"


def _fit(text: str) -> str:
    if len(text) <= MAX_TEXT:
        return text
    return text[: MAX_TEXT - 40].rstrip() + tr(" … (shortened: see the app)")
