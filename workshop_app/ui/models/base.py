"""The shared machinery of the editable tables: rows of domain entities, edits via the session.

A subclass names its columns as integer constants and says how each cell is shown
(``display``), sorted (``sort_value``), edited (``edit_value``) and changed (``updated``,
which returns the new entity or raises ValidationError). ``setData`` validates first, so a
bad value is reported through ``editFailed`` and nothing is stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from workshop_app.domain.errors import ValidationError
from workshop_app.session import WorkshopSession

SORT_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's entity id
FLAG_ROLE = Qt.ItemDataRole.UserRole + 2  # a problem with the row, "" if none

# Numbers line up on their last digit, like in a spreadsheet.
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


def format_number(value: float | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", 2).rstrip("0").rstrip(QLocale().decimalPoint())


def parse_number(text: object, what: str, *, integer: bool = False) -> float | None:
    """A number typed in a cell; blank means none. Raises ValidationError naming the column."""
    if text is None:
        return None
    if isinstance(text, int | float) and not isinstance(text, bool):
        value = float(text)
    else:
        raw = str(text).strip()
        if not raw:
            return None
        value, ok = QLocale().toDouble(raw)
        if not ok:
            try:
                value = float(raw.replace(" ", ""))
            except ValueError:
                raise ValidationError(_not_a_number(what, raw, integer)) from None
    if integer and not float(value).is_integer():
        raise ValidationError(_not_a_number(what, str(text), True))
    return value


def parse_int(text: object, what: str) -> int | None:
    """A whole number typed in a cell; blank means none."""
    value = parse_number(text, what, integer=True)
    return None if value is None else int(value)


def _not_a_number(what: str, raw: str, integer: bool) -> str:
    if integer:
        text = QCoreApplication.translate("Tables", "{what}: '{raw}' is not a whole number.")
    else:
        text = QCoreApplication.translate("Tables", "{what}: '{raw}' is not a number.")
    return text.format(what=what, raw=raw)


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def date_key(value: date | None) -> str:
    """A sort key for an optional date: ISO text, blank dates first."""
    return value.isoformat() if value else ""


def _short_formats() -> list[tuple[str, bool]]:
    """The locale's short date format, with a four-digit year first; True for two digits."""
    short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" in short:
        return [(short, False), (short.replace("yyyy", "yy"), True)]
    return [(short.replace("yy", "yyyy"), False), (short, True)]


def date_examples() -> tuple[str, str]:
    """How to type 15 December 2026: in ISO form and in the locale's short form."""
    example = QDate(2026, 12, 15)
    return example.toString("yyyy-MM-dd"), QLocale().toString(example, _short_formats()[0][0])


def to_date(value: object, what: str = "") -> date | None:
    """A date from an editor: QDate, date, or text in ISO form (2026-12-15) or the locale's
    short form; None when blank. Raises ValidationError naming ``what`` otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, QDate):
        return value.toPython() if value.isValid() else None  # type: ignore[return-value]  # Qt's stub types toPython() as object
    if isinstance(value, date):
        return value
    raw = str(value).strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        pass
    for fmt, two_digit_year in _short_formats():
        parsed = QLocale().toDate(raw, fmt)
        if parsed.isValid():
            if two_digit_year and parsed.year() < 2000:
                parsed = parsed.addYears(100)  # "31/12/29" is 2029, not 1929
            return parsed.toPython()  # type: ignore[return-value]  # Qt's stub types toPython() as object
    iso, local = date_examples()
    text = QCoreApplication.translate(
        "Tables", "{what}: '{raw}' is not a date; type it as {iso} or {local}."
    )
    raise ValidationError(
        text.format(
            what=what or QCoreApplication.translate("Tables", "Date"),
            raw=raw,
            iso=iso,
            local=local,
        )
    )


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


class EntityTableModel(QAbstractTableModel, Generic[T]):
    """Rows of entities; editable through the session when one is given."""

    editFailed = Signal(str)  # a message naming what is wrong and where
    EDITABLE: frozenset[int] = frozenset()
    NUMBER_COLUMNS: frozenset[int] = frozenset()  # shown right-aligned, header too

    def __init__(self, session: WorkshopSession | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._rows: list[T] = []
        self._refused: dict[tuple[Any, ...], str] = {}

    # --- subclass hooks ----------------------------------------------------------------

    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, item: T, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, item: T, column: int) -> Any:
        return self.display(item, column)

    def edit_value(self, item: T, column: int) -> Any:
        return self.display(item, column)

    def updated(self, item: T, column: int, value: Any) -> T:
        raise NotImplementedError

    def tooltip(self, item: T, column: int) -> str | None:
        return None

    def decoration(self, item: T, column: int) -> Any:
        return None

    def background(self, item: T, column: int) -> Any:
        return None

    def flag(self, item: T) -> str:
        """A problem with the row (shown as a flag), or ""."""
        return ""

    def key(self, item: T) -> str:
        return str(getattr(item, "id", ""))

    def edit_text(self, item: T, column: int) -> str:
        return self.tr("Edit {column}").format(column=self.headers()[column].lower())

    # --- rows ----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[T]) -> None:
        """Replace the rows; keeps selection when only values changed."""
        rows = list(rows)
        if [self.key(r) for r in rows] == [self.key(r) for r in self._rows] and rows:
            self._rows = rows
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1)
            )
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def item(self, row: int) -> T:
        return self._rows[row]

    def items(self) -> list[T]:
        return list(self._rows)

    def row_of(self, key: str) -> int:
        for i, r in enumerate(self._rows):
            if self.key(r) == key:
                return i
        return -1

    # --- refused edits ---------------------------------------------------------------------

    def pending_message(self) -> str:
        """The message of the newest refused edit in this table not yet saved, or ""."""
        return next(reversed(self._refused.values()), "")

    def _refuse(self, where: tuple[Any, ...], message: str) -> None:
        self._refused.pop(where, None)
        self._refused[where] = message
        if self.session is not None:
            self.session.refuse(where, message)
        self.editFailed.emit(message)

    def _resolve(self, where: tuple[Any, ...]) -> None:
        if self._refused.pop(where, None) is None:
            return
        if self.session is not None:
            self.session.resolve(where)
        # The banner goes once the value is fixed (or shows what else is still refused).
        self.editFailed.emit(self.pending_message())

    # --- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                headers = self.headers()
                return headers[section] if 0 <= section < len(headers) else None
            return str(section + 1)
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and orientation == Qt.Orientation.Horizontal
            and section in self.NUMBER_COLUMNS
        ):
            return NUMBER_ALIGNMENT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(item, column)
        if role == SORT_ROLE:
            return self.sort_value(item, column)
        if role == KEY_ROLE:
            return self.key(item)
        if role == FLAG_ROLE:
            return self.flag(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(item, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMBER_COLUMNS:
            return NUMBER_ALIGNMENT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        editable = self.session is not None and not self.session.read_only
        if editable and index.column() in self.EDITABLE:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.session is None:
            return False
        if index.column() not in self.EDITABLE:
            return False
        item = self._rows[index.row()]
        where = (id(self), self.key(item), index.column())
        try:
            new = self.updated(item, index.column(), value)
            validate = getattr(new, "validate", None)
            if validate is not None:
                validate()
        except ValidationError as exc:
            self._refuse(where, exc.message)
            return False
        if new == item:
            self._resolve(where)
            return True
        if not self.session.put(new, text=self.edit_text(item, index.column())):
            # The store refused it (e.g. a duplicate name): say so beside the table.
            self._refuse(where, self.session.last_error)
            return False
        self._resolve(where)
        # A page rebuilds its rows on session.changed, a hidden one only when shown;
        # until then the row must show the edit, or the next cell edit would undo it.
        row = self.row_of(self.key(new))
        if row >= 0 and self._rows[row] is item:
            self._rows[row] = new
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True
