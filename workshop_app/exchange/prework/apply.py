"""Import, second step: plan which answers a read workbook adds, updates or leaves, and
write them in one transaction (all or nothing)."""

from __future__ import annotations

from pathlib import Path

from workshop_app.domain import model
from workshop_app.exchange.prework.conflicts import _given, _state
from workshop_app.exchange.prework.read import read_prework
from workshop_app.exchange.prework.results import (
    PreworkConflict,
    PreworkContent,
    PreworkImportResult,
)
from workshop_app.storage.store import WorkshopStore


def import_prework(
    store: WorkshopStore,
    path: str | Path,
    *,
    prefer: str | None = None,
    partner_id: str | None = None,
) -> PreworkImportResult:
    """Import a pre-work workbook in one transaction; all or nothing.

    With answers that differ from the app's and ``prefer`` None, raise PreworkConflict and
    change nothing; ``prefer="workbook"`` takes the workbook's, ``"existing"`` keeps the
    app's (other answers from the workbook are still imported).
    """
    if prefer not in (None, "workbook", "existing"):
        raise ValueError(f"prefer must be None, 'workbook' or 'existing', not {prefer!r}")
    content = read_prework(store, path, partner_id=partner_id)
    return apply_prework(store, content, prefer=prefer)


def apply_prework(
    store: WorkshopStore, content: PreworkContent, *, prefer: str | None = None
) -> PreworkImportResult:
    """Write what ``read_prework`` found (the UI shows the conflicts in between)."""
    result, answers = plan_prework(store.load(), content, prefer=prefer)
    if answers:
        store.put(*answers)
    return result


def plan_prework(
    workshop: model.Workshop, content: PreworkContent, *, prefer: str | None = None
) -> tuple[PreworkImportResult, list[model.Answer]]:
    """The answers an import would write, and its summary; writes nothing."""
    if content.conflicts and prefer is None:
        raise PreworkConflict(content.conflicts)
    existing = {(a.participant_id, a.question_id): a for a in workshop.answers}
    result = PreworkImportResult(content.file, content.partner.name, len(content.participants))
    take_workbook = prefer == "workbook"
    to_write: list[model.Answer] = []
    for wa in content.answers:
        ex = existing.get((wa.participant_id, wa.question_id))
        if ex is None:
            to_write.append(
                model.Answer(
                    wa.participant_id, wa.question_id, wa.value, wa.comment, dont_know=wa.dont_know
                )
            )
            result.added += 1
            continue
        value, dont_know, comment = ex.value, ex.dont_know, ex.comment
        differs = False
        if _given(wa):
            if not _given(ex) or take_workbook:
                value, dont_know = wa.value, wa.dont_know
            elif _state(wa) != _state(ex):
                differs = True
        if wa.comment:
            if not ex.comment or take_workbook:
                comment = wa.comment
            elif wa.comment != ex.comment:
                differs = True
        conflicted = (_given(wa) and _given(ex) and _state(wa) != _state(ex)) or (
            bool(wa.comment) and bool(ex.comment) and wa.comment != ex.comment
        )
        if conflicted:
            if take_workbook:
                result.conflicts_overwritten += 1
            elif differs:
                result.conflicts_kept += 1
        if (value, dont_know) == _state(ex) and comment == ex.comment:
            result.unchanged += 1
            continue
        to_write.append(
            model.Answer(wa.participant_id, wa.question_id, value, comment, dont_know=dont_know)
        )
        result.updated += 1
    return result, to_write
