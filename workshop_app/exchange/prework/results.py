"""What reading and importing a pre-work workbook give back: the answers found, the
conflicts with the app's answers, and the import's summary."""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop_app.domain import model
from workshop_app.domain.errors import (
    WorkshopError,
)
from workshop_app.domain.questionnaire import (
    AnswerValue,
)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


class PreworkConflict(WorkshopError):
    """Answers in the workbook differ from answers already in the app; nothing was imported."""

    def __init__(self, conflicts: list[Conflict]) -> None:
        self.conflicts = list(conflicts)
        lines = [c.describe() for c in self.conflicts[:20]]
        more = len(self.conflicts) - len(lines)
        n = len(self.conflicts)
        text = (
            (
                f"{n} answers in the workbook differ from answers"
                if n != 1
                else "1 answer in the workbook differs from an answer"
            )
            + " already in the app. Nothing was imported; choose whether the workbook or the "
            "app's answers win.\n" + "\n".join(f"  - {line}" for line in lines)
        )
        if more > 0:
            text += f"\n  ... and {more} more"
        super().__init__(text)


@dataclass(frozen=True)
class Conflict:
    participant_id: str
    participant: str
    question_id: str
    question: str
    field: str  # "answer" or "comment"
    in_app: str
    in_workbook: str
    cell: str  # "Sheet 'Li Wei', cell D14"

    def describe(self) -> str:
        return (
            f"{self.participant}, {self.question_id} {self.question} ({self.field}): "
            f"app '{_shorten(self.in_app)}', workbook '{_shorten(self.in_workbook)}' "
            f"({self.cell})"
        )


# A value quoted in a message is cut here: a 32,767-character answer is not a message.
_QUOTE_MAX = 80


def _shorten(text: str, limit: int = _QUOTE_MAX) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return f"{text[: limit - 1].rstrip()}… ({len(text):,} characters)"


@dataclass(frozen=True)
class WorkbookAnswer:
    participant_id: str
    question_id: str
    value: AnswerValue | None
    comment: str
    cell: str
    dont_know: bool = False
    comment_cell: str = ""  # where the comment was read; differences are reported there


@dataclass
class PreworkContent:
    """A validated workbook, compared with the store: what an import would do."""

    file: str
    partner: model.Partner
    participants: list[model.Participant]
    answers: list[WorkbookAnswer]
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass
class PreworkImportResult:
    file: str
    partner: str
    participants: int
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts_kept: int = 0  # the app's value kept
    conflicts_overwritten: int = 0  # the workbook's value taken

    def summary(self) -> str:
        text = (
            f"{self.file}: pre-work of {self.partner} "
            f"({_count(self.participants, 'participant')}): "
            f"{_count(self.added, 'answer')} added, {self.updated} updated, "
            f"{self.unchanged} unchanged"
        )
        if self.conflicts_kept:
            text += f"; {_count(self.conflicts_kept, 'differing answer')} kept as in the app"
        if self.conflicts_overwritten:
            text += (
                f"; {_count(self.conflicts_overwritten, 'differing answer')} taken from "
                "the workbook"
            )
        return text + "."
