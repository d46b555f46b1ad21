"""User-facing problems as typed exceptions; the message is for a facilitator."""

from __future__ import annotations


class WorkshopError(Exception):
    """A problem the user can understand and fix. The CLI prints it, the app shows it."""

    @property
    def message(self) -> str:
        return str(self)


class ValidationError(WorkshopError):
    """A value breaks a domain rule (a Likert answer outside its scale, a bad date)."""


class TemplateError(WorkshopError):
    """A questionnaire template is malformed; the message names file, question and field."""

    # Where the problem is, when known: the Excel form and the editor point at the cell
    # or field instead of repeating the whole message.
    where: str = ""
    field: str = ""
    problem: str = ""


class FileFormatError(WorkshopError):
    """A file is not what it claims to be, is damaged, or comes from a newer app."""


class ImportRejected(WorkshopError):
    """An import was refused as a whole; nothing was changed.

    ``problems`` lists every problem found, each naming where (row, sheet, cell).
    """

    def __init__(self, summary: str, problems: list[str] | None = None) -> None:
        self.problems = list(problems or [])
        text = summary
        if self.problems:
            shown = self.problems[:20]
            text += "\n" + "\n".join(f"  - {p}" for p in shown)
            if len(self.problems) > len(shown):
                text += f"\n  ... and {len(self.problems) - len(shown)} more"
        super().__init__(text)
