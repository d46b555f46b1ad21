"""The exit and change page (Designer form forms/exit_page.ui): terms, triggers, shared assets.

Each text field is saved when it loses focus or after a pause in typing, as one undo
step per field edit.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtWidgets import QPlainTextEdit, QTableView, QWidget

from workshop_app.domain.enums import AssetKind
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.model import ExitTrigger, SharedAsset, new_id
from workshop_app.session import WorkshopSession
from workshop_app.ui.forms.ui_exit_page import Ui_ExitPageForm
from workshop_app.ui.models.base import EntityTableModel
from workshop_app.ui.models.exit import JOINTLY_CREATED, ExitTriggersModel, SharedAssetsModel
from workshop_app.ui.models.labels import asset_kind_label
from workshop_app.ui.pages.base import Page, next_position
from workshop_app.ui.widgets.delegates import ComboDelegate, TextDelegate
from workshop_app.ui.widgets.page_parts import (
    InlineMessage,
    configure_table,
    fit_columns_to_headers,
    save_on_pause,
    set_text_quietly,
)


class ExitPage(Page):
    page_id = "exit"

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_ExitPageForm()
        self.ui.setupUi(self)
        self.message = InlineMessage()
        self.ui.rootLayout.addWidget(self.message)

        self.fields: dict[str, QPlainTextEdit] = {
            "renewal_timeline": self.ui.renewalEdit,
            "notice_period": self.ui.noticeEdit,
            "obligations": self.ui.obligationsEdit,
            "change_rules": self.ui.changeRulesEdit,
        }
        for name, edit in self.fields.items():
            save_on_pause(edit, partial(self.save_field, name))

        self.triggers_model = ExitTriggersModel(session, self)
        self.triggers_view = self._adopt(self.ui.triggersView, self.triggers_model)
        self.triggers_view.setItemDelegateForColumn(
            ExitTriggersModel.NOTICE_DAYS, TextDelegate(self)
        )
        self.assets_model = SharedAssetsModel(session, self)
        self.assets_view = self._adopt(self.ui.assetsView, self.assets_model)
        self.assets_view.setItemDelegateForColumn(
            SharedAssetsModel.KIND,
            ComboDelegate([(asset_kind_label(k), k.value) for k in AssetKind], self),
        )
        self.assets_view.setItemDelegateForColumn(
            SharedAssetsModel.OWNER, ComboDelegate(self._owner_choices, self)
        )
        for model in (self.triggers_model, self.assets_model):
            model.editFailed.connect(self.message.show_message)
        self.ui.addTriggersButton.clicked.connect(self.add_trigger)
        self.ui.removeTriggersButton.clicked.connect(
            lambda: self.remove_current(self.triggers_view)
        )
        self.ui.addAssetsButton.clicked.connect(self.add_asset)
        self.ui.removeAssetsButton.clicked.connect(lambda: self.remove_current(self.assets_view))
        self.mark_editing(
            self.ui.addTriggersButton,
            self.ui.removeTriggersButton,
            self.ui.addAssetsButton,
            self.ui.removeAssetsButton,
        )
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)

    def _adopt(self, placeholder: QTableView, model: EntityTableModel[Any]) -> QTableView:
        """Set the form's table up like every other table in the app."""
        return configure_table(placeholder, model, placeholder.accessibleName())

    # --- contract -----------------------------------------------------------------------

    def rebuild(self) -> None:
        w = self.session.workshop()
        for name, edit in self.fields.items():
            set_text_quietly(edit, getattr(w.exit_terms, name))
        self.triggers_model.set_rows(sorted(w.exit_triggers, key=lambda t: t.position))
        self.assets_model.set_context(w.partners)
        self.assets_model.set_rows(sorted(w.shared_assets, key=lambda a: a.position))
        self.triggers_view.setColumnWidth(ExitTriggersModel.DESCRIPTION, 320)
        self.assets_view.resizeColumnsToContents()
        self.assets_view.setColumnWidth(SharedAssetsModel.NAME, 200)
        # The last column stretches, but only into free room: keep its header readable.
        fit_columns_to_headers(self.assets_view, minimum=0, columns=(SharedAssetsModel.TREATMENT,))
        missing = sum(1 for a in w.shared_assets if not a.treatment.strip())
        self.ui.assetsNote.setText(
            self.tr("One shared asset has no treatment on exit (marked).")
            if missing == 1
            else self.tr("{n} shared assets have no treatment on exit (marked).").format(n=missing)
            if missing
            else self.tr("Every shared asset has a treatment on exit.")
        )

    def focus_field(self, field: str) -> None:
        targets: dict[str, QWidget] = {
            **self.fields,
            "exit_triggers": self.triggers_view,
            "triggers": self.triggers_view,
            "shared_assets": self.assets_view,
        }
        target = targets.get(field, self.ui.renewalEdit)
        target.setFocus()
        if target is self.assets_view:
            for row, a in enumerate(self.assets_model.items()):
                if self.assets_model.flag(a):
                    index = self.assets_model.index(row, SharedAssetsModel.TREATMENT)
                    self.assets_view.setCurrentIndex(index)
                    return

    # --- edits --------------------------------------------------------------------------

    def save_field(self, name: str) -> bool:
        if not self.editable:
            return False
        terms = self.session.workshop().exit_terms
        text = self.fields[name].toPlainText()
        if getattr(terms, name) == text:
            self.session.resolve(("exit terms", name))
            return True
        new = replace(terms, **{name: text})
        where = ("exit terms", name)
        try:
            new.validate()
        except ValidationError as exc:
            self.message.show_message(exc.message)
            self.session.refuse(where, exc.message)  # "NOT SAVED" until it is fixed
            return False
        self.message.clear_message()
        label = self.fields[name].accessibleName()
        ok = self.session.put(new, text=self.tr("Edit {field}").format(field=label.lower()))
        if ok:
            self.session.resolve(where)
        return ok

    def _owner_choices(self) -> list[tuple[str, str]]:
        partners = self.session.workshop().partners
        return [(self.tr("Created jointly"), JOINTLY_CREATED)] + [(p.label, p.id) for p in partners]

    def add_trigger(self) -> None:
        w = self.session.workshop()
        t = ExitTrigger(
            new_id(),
            self.tr("New exit trigger"),
            notice_days=180,
            position=next_position(w.exit_triggers),
        )
        if self.session.put(t, text=self.tr("Add exit trigger")):
            self._select(self.triggers_view, self.triggers_model, t.id)

    def add_asset(self) -> None:
        w = self.session.workshop()
        a = SharedAsset(
            new_id(),
            self.tr("New shared asset"),
            position=next_position(w.shared_assets),
        )
        if self.session.put(a, text=self.tr("Add shared asset")):
            self._select(self.assets_view, self.assets_model, a.id)

    def _select(self, view: QTableView, model: EntityTableModel[Any], key: str) -> None:
        self.message.clear_message()
        self.show_added(view, model, key)
