"""The open workshop as every editor sees it: the store, the undo stack, change signals.

Pages never touch the store directly for edits; they call ``session.put``/``delete``
(or ``apply`` for a group), which pushes an undoable command. Every command is
saved at once; a failed save keeps the edit's text on screen (the page shows it) and
reports through ``saveFailed``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workshop_app.domain import model
from workshop_app.domain.answers import Answers
from workshop_app.domain.errors import WorkshopError
from workshop_app.domain.model import Workshop
from workshop_app.domain.questionnaire import Questionnaire
from workshop_app.storage.store import WorkshopStore

if TYPE_CHECKING:
    from workshop_app.analysis.results import Analysis

Entity = Any


class _EditCommand(QUndoCommand):
    """Put some entities and delete others; undo restores exactly what was there before.

    The edit is written before the command enters the stack (so a failure is known
    first): the first redo(), which QUndoStack.push runs, does nothing."""

    def __init__(
        self,
        session: WorkshopSession,
        text: str,
        put: Sequence[Entity],
        delete: Sequence[Entity],
        before_put: Sequence[Entity],
        before_delete: Sequence[Entity],
    ) -> None:
        super().__init__(text)
        self._session = session
        self._put, self._delete = list(put), list(delete)
        self._restore, self._remove = list(before_put), list(before_delete)
        self._pushed = False
        self.failed: WorkshopError | None = None

    def write(self) -> None:
        self.failed = self._session._write(self._put, self._delete)

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self.write()
        self._replayed()

    def undo(self) -> None:
        self._session._write(self._restore, self._remove)
        self._replayed()

    def _replayed(self) -> None:
        self._session.stepReplayed.emit([*self._put, *self._delete])


class WorkshopSession(QObject):
    """One open workshop file in one window."""

    changed = Signal()  # any edit, undo or redo: pages refresh
    saved = Signal()  # the last edit reached the disk
    saveFailed = Signal(str)  # the message, for the status bar
    checkpointed = Signal()  # the workshop file itself holds every saved edit

    # After this long without an edit, the saved edits are moved from the -wal file into
    # the workshop file, so a copy made with a file manager has them.
    IDLE_CHECKPOINT_MS = 2000
    refusalsChanged = Signal()  # typed input was refused, or a refused input is now saved
    # An undo or redo changed these entities: the window shows where (page and row).
    stepReplayed = Signal(list)
    closing = Signal()  # the file is about to close: the live answering server stops

    def __init__(self, store: WorkshopStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(self.IDLE_CHECKPOINT_MS)
        self._idle.timeout.connect(self.checkpoint)
        self.undo_stack = QUndoStack(self)
        self._workshop: Workshop | None = None
        self._analysis: Analysis | None = None
        # The message of the last failed save, for pages that show it beside the field.
        self.last_error: str = ""
        # Input a person typed that was refused and is not stored, by where it was typed;
        # the window says "not saved" until each is saved or given up.
        self._refused: dict[object, str] = {}
        # Per kind: (the tuple indexed, its entities by key), see _lookup.
        self._indexes: dict[type, tuple[tuple[Entity, ...], dict[tuple[Any, ...], Entity]]] = {}

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def workshop(self) -> Workshop:
        """The whole workshop, loaded once per change."""
        if self._workshop is None:
            w = self.store.load()
            # Indexed answers: an edit then costs what it changed (domain.answers).
            self._workshop = replace(w, answers=Answers(w.answers))
        return self._workshop

    def analysis(self) -> Analysis:
        if self._analysis is None:
            from workshop_app.analysis import analyse

            self._analysis = analyse(self.workshop())
        return self._analysis

    def checkpoint(self) -> bool:
        """Write every saved edit into the workshop file itself (see IDLE_CHECKPOINT_MS);
        tried again later if a reader kept it from finishing."""
        if self.store.closed or self.read_only:
            return False
        if self.store.checkpoint():
            self.checkpointed.emit()
            return True
        self._idle.start()
        return False

    def close(self) -> None:
        """Close the file: the rolling backup (if it changed), then the lock is released."""
        self._idle.stop()
        self.store.close()

    def invalidate(self) -> None:
        self._workshop = None
        self._analysis = None
        self.changed.emit()

    # --- refused input ---------------------------------------------------------------

    def refuse(self, where: object, message: str) -> None:
        """Typed input at ``where`` was refused with ``message``; nothing was stored."""
        self._refused.pop(where, None)
        self._refused[where] = message  # the newest last
        self.refusalsChanged.emit()

    def resolve(self, where: object) -> None:
        """The input at ``where`` is now saved (or was put back to the stored value)."""
        if self._refused.pop(where, None) is not None:
            self.refusalsChanged.emit()

    def is_refused(self, where: object) -> bool:
        return where in self._refused

    def refusals(self) -> list[str]:
        """Messages of refused input not yet saved, oldest first."""
        return list(self._refused.values())

    # --- edits -----------------------------------------------------------------------

    def put(self, *entities: Entity, text: str) -> bool:
        return self.apply(put=entities, text=text)

    def set_questionnaire(self, questionnaire: Questionnaire, *also: Entity, text: str) -> bool:
        """Replace the workshop's questionnaire (with ``also``, e.g. the details whose
        switched-off questions change with it) in one transaction and one undo step."""
        return self.apply(put=(questionnaire, *also), text=text)

    def delete(self, *entities: Entity, text: str) -> bool:
        return self.apply(delete=entities, text=text)

    def apply(
        self,
        *,
        put: Sequence[Entity] = (),
        delete: Sequence[Entity] = (),
        restore: Sequence[Entity] | None = None,
        text: str,
    ) -> bool:
        """Save an edit as one transaction and one undo step; False if it failed.

        ``restore`` lists extra entities that undo must put back (e.g. the participants,
        answers and contributions removed with a partner); by default undo puts back the
        previous versions of what is put or deleted and removes what was new.
        """
        before_put: list[Entity] = []
        before_delete: list[Entity] = []
        current = self._lookup()
        for entity in put:
            old = current(entity)
            if old is None:
                before_delete.append(entity)
            elif old != entity:
                before_put.append(old)
        for entity in delete:
            old = current(entity)
            if old is not None:
                before_put.append(old)
            before_put.extend(self._unlinked_by(entity))
        if restore:
            before_put.extend(restore)
        if len(before_put) > 1:  # restore parents before children (partner, participants)
            before_put.sort(key=_restore_rank)
        command = _EditCommand(self, text, put, delete, before_put, before_delete)
        command.write()
        if command.failed is not None:
            return False
        self.undo_stack.push(command)  # its first redo() does not write again
        return True

    def _lookup(self) -> Callable[[Entity], Entity | None]:
        """The stored version of an entity (None if new), by its key.

        Answers come from the session's indexed answers; each other kind is indexed when
        first asked for and the index kept while that kind is unchanged (an edit of one
        answer must not look at the others).
        """
        w = self.workshop()

        def current(entity: Entity) -> Entity | None:
            if isinstance(entity, model.Answer):
                return w.answer(entity.participant_id, entity.question_id)
            if isinstance(entity, model.WorkshopDetails):
                return w.details
            if isinstance(entity, model.ExitTerms):
                return w.exit_terms
            if isinstance(entity, Questionnaire):
                return w.questionnaire
            cls = type(entity)
            field = _FIELDS.get(cls)
            if field is None:
                return None
            group = getattr(w, field)
            cached = self._indexes.get(cls)
            if cached is None or cached[0] is not group:
                cached = (group, {_key(e): e for e in group})
                self._indexes[cls] = cached
            return cached[1].get(_key(entity))

        return current

    def _unlinked_by(self, entity: Entity) -> list[Entity]:
        """What the file unlinks by itself when ``entity`` is deleted, for undo to restore.

        Removing a governance body clears "taken by" on its decisions (ON DELETE SET NULL).
        (A partner's dependents are listed by the page, which asks before removing it.)
        """
        if isinstance(entity, model.GovernanceBody):
            return [d for d in self.workshop().decisions if d.body_id == entity.id]
        if isinstance(entity, model.ActionItem):  # a head of terms that links it drops it
            return [h for h in self.workshop().heads_of_terms if entity.id in h.action_ids]
        return []

    def _write(self, put: Sequence[Entity], delete: Sequence[Entity]) -> WorkshopError | None:
        stored: list[model.Answer] = []
        try:
            if put and delete:
                with self.store.transaction():
                    self.store.delete(*delete)
                    stored = self.store.put(*put)
            elif delete:
                self.store.delete(*delete)  # each is one transaction: no savepoint inside
            elif put:
                stored = self.store.put(*put)
        except WorkshopError as exc:
            self.last_error = str(exc)
            self.saveFailed.emit(str(exc))
            return exc
        if self.last_error:
            self.last_error = ""
        self._idle.start()
        self._patch_cache(put, delete, stored)
        self._analysis = None
        self.changed.emit()
        self.saved.emit()
        return None

    def _patch_cache(
        self, put: Sequence[Entity], delete: Sequence[Entity], stored: Sequence[model.Answer]
    ) -> None:
        """Bring the cached workshop up to date by re-reading only what an edit touched
        (``stored``: the answers put, as the file returned them when writing them).

        A full load of a large workshop (tens of thousands of answers) takes about a
        second; one answer per key press must not. Removing a partner or participant
        cascades in the database, so that reloads everything.
        """
        w = self._workshop
        if w is None:
            return
        answers = w.answers
        if (
            not delete
            and len(stored) == len(put)  # every entity put was an answer
            and isinstance(answers, Answers)
            and len(put) <= self.FULL_READ_ANSWERS
        ):
            # Answers only (each key press): the one field that changed, nothing looked
            # at twice. (What _fresh_answers gives for them: a key put twice keeps the
            # last answer, in the first one's place.)
            self._workshop = _replaced(w, {"answers": answers.evolve(stored)})
            return
        if any(isinstance(e, model.Partner | model.Participant) for e in delete):
            self._workshop = None
            return
        changes: dict[str, Any] = {}
        for cls in {type(e) for e in (*put, *delete)}:
            if cls is model.WorkshopDetails:
                changes["details"] = self.store.details()
            elif cls is model.ExitTerms:
                changes["exit_terms"] = self.store.exit_terms()
            elif cls is Questionnaire:
                changes["questionnaire"] = self.store.questionnaire()
            elif cls is model.Answer:
                changes["answers"] = self._fresh_answers(w, [*put, *delete], stored)
            elif cls in _FIELDS:
                changes[_FIELDS[cls]] = (
                    self.store.heads_of_terms()
                    if cls is model.HeadOfTerms
                    else tuple(self.store.all(cls))
                )
            else:
                self._workshop = None
                return
        if any(isinstance(e, model.GovernanceBody) for e in delete):
            # The file cleared the removed body from its decisions.
            changes["decisions"] = tuple(self.store.all(model.Decision))
        if any(isinstance(e, model.ActionItem) for e in delete):
            # The file dropped the removed action from the heads that linked it.
            changes["heads_of_terms"] = self.store.heads_of_terms()
        self._workshop = _replaced(w, changes)

    # Beyond this many answers in one edit (an import), one full read is quicker.
    FULL_READ_ANSWERS = 500

    def _fresh_answers(
        self, w: Workshop, entities: Sequence[Entity], stored: Sequence[model.Answer]
    ) -> Answers:
        """The answers after an edit: only the edited keys change, to the rows the file
        returned when it wrote them (stamped and normalised); a key deleted and not put
        again is gone."""
        keys = [(e.participant_id, e.question_id) for e in entities if isinstance(e, model.Answer)]
        if len(keys) > self.FULL_READ_ANSWERS or not isinstance(w.answers, Answers):
            return Answers(self.store.all(model.Answer))
        now = {(a.participant_id, a.question_id): a for a in stored}
        gone = [key for key in dict.fromkeys(keys) if key not in now]
        return w.answers.evolve(list(now.values()), gone)


def _replaced(w: Workshop, changes: dict[str, Any]) -> Workshop:
    """``dataclasses.replace(w, **changes)`` without its per-field calls (this runs on
    every save): Workshop's generated __init__ only stores its fields."""
    new = object.__new__(Workshop)
    now = w.__dict__
    if len(now) == len(_WORKSHOP_FIELDS):  # its fields only (nothing cached on it): copy
        new.__dict__.update(now, **changes)
    else:
        new.__dict__.update({name: now[name] for name in _WORKSHOP_FIELDS}, **changes)
    return new


_WORKSHOP_FIELDS = tuple(f.name for f in fields(Workshop))


def _fields() -> dict[type, str]:
    return {
        model.Partner: "partners",
        model.Participant: "participants",
        model.GapDiscussion: "gap_discussions",
        model.Contribution: "contributions",
        model.GovernanceBody: "bodies",
        model.Decision: "decisions",
        model.EscalationStep: "escalation_steps",
        model.ReviewPoint: "review_points",
        model.ExitTrigger: "exit_triggers",
        model.SharedAsset: "shared_assets",
        model.ActionItem: "action_items",
        model.HeadOfTerms: "heads_of_terms",
        model.PartyDetails: "parties",
    }


_FIELDS = _fields()


def _key(entity: Entity) -> tuple[Any, ...]:
    if isinstance(entity, model.Answer):
        return (entity.participant_id, entity.question_id)
    if isinstance(entity, model.GapDiscussion):
        return (entity.question_id,)
    if isinstance(entity, model.HeadOfTerms):
        return (entity.key,)
    if isinstance(entity, model.PartyDetails):
        return (entity.partner_id,)
    return (getattr(entity, "id", None),)


def _restore_rank(entity: Entity) -> int:
    order: list[type] = [model.Partner, model.GovernanceBody, model.Participant]
    return order.index(type(entity)) if type(entity) in order else len(order)
