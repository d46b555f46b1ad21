"""Exit tables: exit triggers and shared assets."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from workshop_app.domain.enums import AssetKind
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.model import ExitTrigger, Partner, SharedAsset
from workshop_app.ui.models.base import EntityTableModel, format_number, parse_int
from workshop_app.ui.models.governance import FLAG_COLOUR
from workshop_app.ui.models.labels import asset_kind_label

JOINTLY_CREATED = ""  # owner id in editors for an asset created jointly


class ExitTriggersModel(EntityTableModel[ExitTrigger]):
    DESCRIPTION = 0
    NOTICE_DAYS = 1
    EDITABLE = frozenset(range(2))
    NUMBER_COLUMNS = frozenset({NOTICE_DAYS})

    def headers(self) -> list[str]:
        return [self.tr("Exit trigger"), self.tr("Notice (days)")]

    def display(self, item: ExitTrigger, column: int) -> str:
        if column == self.DESCRIPTION:
            return item.description
        return format_number(item.notice_days)

    def sort_value(self, item: ExitTrigger, column: int) -> Any:
        if column == self.NOTICE_DAYS:
            return item.notice_days if item.notice_days is not None else -1
        return item.description

    def updated(self, item: ExitTrigger, column: int, value: Any) -> ExitTrigger:
        if column == self.NOTICE_DAYS:
            return replace(item, notice_days=parse_int(value, self.tr("Notice (days)")))
        return replace(item, description=str(value or "").strip())

    def edit_text(self, item: ExitTrigger, column: int) -> str:
        return self.tr("Edit exit trigger")


class SharedAssetsModel(EntityTableModel[SharedAsset]):
    NAME = 0
    KIND = 1
    OWNER = 2
    TREATMENT = 3
    EDITABLE = frozenset(range(4))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._partners: dict[str, Partner] = {}

    def set_context(self, partners: tuple[Partner, ...]) -> None:
        self._partners = {p.id: p for p in partners}

    def headers(self) -> list[str]:
        return [self.tr("Asset"), self.tr("Kind"), self.tr("Brought by"),
                self.tr("Treatment on exit")]  # fmt: skip

    def display(self, item: SharedAsset, column: int) -> str:
        if column == self.NAME:
            return item.name
        if column == self.KIND:
            return asset_kind_label(item.kind)
        if column == self.OWNER:
            if item.owner_id is None:
                return self.tr("Created jointly")
            p = self._partners.get(item.owner_id)
            return p.label if p else item.owner_id
        return item.treatment

    def edit_value(self, item: SharedAsset, column: int) -> Any:
        if column == self.KIND:
            return item.kind.value
        if column == self.OWNER:
            return item.owner_id or JOINTLY_CREATED
        return self.display(item, column)

    def updated(self, item: SharedAsset, column: int, value: Any) -> SharedAsset:
        text = str(value or "").strip()
        if column == self.KIND:
            try:
                return replace(item, kind=AssetKind(text))
            except ValueError:
                raise ValidationError(
                    self.tr("Kind: '{value}' is not an asset kind.").format(value=text)
                ) from None
        if column == self.OWNER:
            if text and text not in self._partners:
                raise ValidationError(self.tr("Brought by: choose a partner or 'jointly'."))
            return replace(item, owner_id=text or None)
        changes: dict[str, Any] = {"name" if column == self.NAME else "treatment": text}
        return replace(item, **changes)

    def edit_text(self, item: SharedAsset, column: int) -> str:
        return self.tr("Edit shared asset")

    def flag(self, item: SharedAsset) -> str:
        if not item.treatment.strip():
            return self.tr("No treatment on exit: say what happens to {name}.").format(
                name=item.name
            )
        return ""

    def tooltip(self, item: SharedAsset, column: int) -> str | None:
        return self.flag(item) or None

    def decoration(self, item: SharedAsset, column: int) -> Any:
        if column == self.NAME and self.flag(item):
            from PySide6.QtWidgets import QApplication, QStyle

            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if column == self.OWNER and item.owner_id in self._partners:
            from PySide6.QtGui import QColor

            return QColor(self._partners[item.owner_id].colour)
        return None

    def background(self, item: SharedAsset, column: int) -> Any:
        return FLAG_COLOUR if self.flag(item) else None
