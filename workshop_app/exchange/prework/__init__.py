"""Pre-work questionnaires: one workbook per partner that its participants fill in Excel.

Layout. One sheet per participant, named after them, with the questions that participant
is asked in the workshop (listed in the metadata, so the import reads the same rows):
each person fills their own sheet, a sheet can be printed or forwarded on its own, and
the answer cells stay one column (D) whatever the number of people. Rows: a heading per
section, then per question its id, text, help and how to answer, the answer cell (D)
and a comment cell (E). Questions with several parts (choose several, ranking, points)
get one row per option below the question. Only the answer and comment cells are
unlocked; sheets are protected without a password (the protection prevents accidents,
not intent) and the workbook structure is locked so sheets cannot be added, renamed or
deleted by mistake.

Hidden metadata (a "very hidden" sheet) ties the workbook to the workshop id, the
questionnaire (template id and version), the partner and the participant of each sheet,
plus the format version of this layout.

Import. The file is checked before openpyxl parses it (size, zip bomb, XML entities:
``xlsx_safety``), then the metadata, the sheets and every answer; all problems are
reported together with sheet and cell, and nothing is imported unless everything is
valid. Empty cells mean "not answered in the workbook" and never clear an answer given
in the app. Every question but a text question offers "Don't know": in its drop-down
(likert, single choice), typed in the answer cell (number), or in the answer cell of the
question's own row (questions answered on one row per option). A value different from
one already in the app is a conflict: the import stops and lists them unless the caller
chose which side wins. New participants cannot be added through a workbook: the sheets
are exactly the participants it was made for (add people in the app and export again).
"""

from __future__ import annotations

from workshop_app.exchange.prework.apply import apply_prework, import_prework, plan_prework
from workshop_app.exchange.prework.layout import (
    ANSWER_COL,
    ANSWER_FILL,
    COMMENT_COL,
    FIRST_ROW,
    FORMAT,
    GLOSSARY,
    HEADER_ROW,
    HEADERS,
    INSTRUCTIONS,
    LISTS,
    MARKS,
    META,
    OPTION_FONT,
    SECTION_FILL,
    TOP_WRAP,
    UNLOCKED,
    WIDTHS,
)
from workshop_app.exchange.prework.read import _read, read_prework
from workshop_app.exchange.prework.results import (
    Conflict,
    PreworkConflict,
    PreworkContent,
    PreworkImportResult,
    WorkbookAnswer,
)
from workshop_app.exchange.prework.write import export_prework

# The module's names before it became a package; _read for the import fuzz test.
__all__ = [
    "ANSWER_COL",
    "ANSWER_FILL",
    "COMMENT_COL",
    "FIRST_ROW",
    "FORMAT",
    "GLOSSARY",
    "HEADERS",
    "HEADER_ROW",
    "INSTRUCTIONS",
    "LISTS",
    "MARKS",
    "META",
    "OPTION_FONT",
    "SECTION_FILL",
    "TOP_WRAP",
    "UNLOCKED",
    "WIDTHS",
    "Conflict",
    "PreworkConflict",
    "PreworkContent",
    "PreworkImportResult",
    "WorkbookAnswer",
    "_read",
    "apply_prework",
    "export_prework",
    "import_prework",
    "plan_prework",
    "read_prework",
]
