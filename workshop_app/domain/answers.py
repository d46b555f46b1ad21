"""All answers of a workshop, indexed by participant and question, for edits in O(1).

A large workshop holds tens of thousands of answers and the facilitator saves one per
key press. ``Answers`` is an immutable sequence (in the file's row order) whose newest
version owns two dicts (by key, and by participant); ``evolve`` makes the next version
by changing those dicts in place and leaving the older version a note of what it held
before (the older version rebuilds its own copy only if it is read again). So an edit
costs what it changed, and every version still reads as it was.

Versions share their dicts, and an export reads its version on a worker thread while
the facilitator keeps answering: every read and every ``evolve`` holds one lock.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, overload

if TYPE_CHECKING:
    from workshop_app.domain.model import Answer

Key = tuple[str, str]  # (participant id, question id)
_GONE: Any = object()  # "no answer at this key" in a version's note
_LOCK = threading.RLock()


class Answers(Sequence["Answer"]):
    """An immutable, indexed sequence of answers (one per participant and question)."""

    __slots__ = ("_before", "_items", "_newer", "_people", "_rows")

    def __init__(self, answers: Iterable[Answer] = ()) -> None:
        self._newer: Answers | None = None
        self._before: dict[Key, Answer] = {}
        self._items: tuple[Answer, ...] | None = None
        self._rows: dict[Key, Answer] = {(a.participant_id, a.question_id): a for a in answers}
        self._people: dict[str, dict[str, Answer]] | None = None  # built when first asked

    def _by_person(self) -> dict[str, dict[str, Answer]]:
        me = self._own()
        if me._people is None:
            people: dict[str, dict[str, Answer]] = {}
            for (pid, qid), a in me._rows.items():
                mine = people.get(pid)
                if mine is None:
                    mine = people[pid] = {}
                mine[qid] = a
            me._people = people
        return me._people

    # --- reading ---------------------------------------------------------------------

    def get(self, participant_id: str, question_id: str) -> Answer | None:
        with _LOCK:
            return self._own()._rows.get((participant_id, question_id))

    def of(self, participant_id: str) -> list[Answer]:
        """The participant's answers, in file order within the participant."""
        with _LOCK:
            return list(self._by_person().get(participant_id, {}).values())

    def count_of(self, participant_id: str, question_ids: set[str] | frozenset[str]) -> int:
        """How many of ``question_ids`` the participant answered (or skipped)."""
        with _LOCK:
            mine = self._by_person().get(participant_id, {})
            if len(mine) <= len(question_ids):
                return sum(1 for qid in mine if qid in question_ids)
            return sum(1 for qid in question_ids if qid in mine)

    def _all(self) -> tuple[Answer, ...]:
        # A full read costs a full copy once per version; iterating the live dict would
        # break if the next edit changed it during the loop.
        items = self._items
        if items is None:
            with _LOCK:
                items = self._items = tuple(self._own()._rows.values())
        return items

    def __len__(self) -> int:
        if self._items is not None:
            return len(self._items)
        with _LOCK:
            return len(self._own()._rows)

    @overload
    def __getitem__(self, index: int) -> Answer: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Answer, ...]: ...
    def __getitem__(self, index: int | slice) -> Answer | tuple[Answer, ...]:
        return self._all()[index]

    def __iter__(self) -> Iterator[Answer]:
        return iter(self._all())

    def __contains__(self, item: object) -> bool:
        pid, qid = getattr(item, "participant_id", None), getattr(item, "question_id", None)
        if not isinstance(pid, str) or not isinstance(qid, str):
            return False
        return self.get(pid, qid) == item

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Answers | tuple | list):
            return self._all() == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._all())

    def __add__(self, other: Iterable[Answer]) -> tuple[Answer, ...]:
        return (*self._all(), *other)

    def __radd__(self, other: Iterable[Answer]) -> tuple[Answer, ...]:
        return (*other, *self._all())

    def __repr__(self) -> str:
        return f"Answers({len(self)} answers)"

    # --- the next version ------------------------------------------------------------

    def evolve(self, put: Sequence[Answer] = (), delete: Sequence[Key] = ()) -> Answers:
        """This set with ``put`` stored (an existing key keeps its place, a new one
        comes last, as rows do in the file) and the answers at ``delete`` removed."""
        with _LOCK:
            return self._evolve(put, delete)

    def _evolve(self, put: Sequence[Answer], delete: Sequence[Key]) -> Answers:
        me = self._own()
        rows, people = me._rows, me._people
        if me._items is None and any(key in rows for key in delete):
            # A note cannot say where a removed answer stood: keep this version's order.
            me._items = tuple(rows.values())
        before: dict[Key, Answer] = {}
        for key in delete:
            if key in rows:
                before.setdefault(key, rows[key])
                del rows[key]
                if people is not None:
                    del people[key[0]][key[1]]
        for a in put:
            key = (a.participant_id, a.question_id)
            before.setdefault(key, rows.get(key, _GONE))
            rows[key] = a
            if people is not None:
                people.setdefault(a.participant_id, {})[a.question_id] = a
        new = Answers.__new__(Answers)
        new._rows, new._people, new._items = rows, people, None
        new._newer, new._before = None, {}
        # This version no longer owns the dicts: it keeps what it held at the changed keys.
        me._rows, me._people = {}, None
        me._newer, me._before = new, before
        return new

    def _own(self) -> Answers:
        """Self, holding its own dicts again if a newer version took them."""
        if self._newer is None:
            return self
        if self._items is not None:  # already read in full: rebuild from that
            source: Iterable[Answer] = self._items
        else:
            notes: list[dict[Key, Answer]] = []
            head: Answers = self
            while head._newer is not None:
                notes.append(head._before)
                head = head._newer
            rows = dict(head._rows)
            for note in reversed(notes):
                for key, old in note.items():
                    if old is _GONE:
                        rows.pop(key, None)
                    else:
                        rows[key] = old
            source = rows.values()
        self._newer, self._before = None, {}
        self._rows = {(a.participant_id, a.question_id): a for a in source}
        self._people = None
        return self
