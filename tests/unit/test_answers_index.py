"""The session's indexed answers: every version reads as it was when it was made."""

from __future__ import annotations

from workshop_app.domain.answers import Answers
from workshop_app.domain.model import Answer


def _a(pid: str, qid: str, value: int) -> Answer:
    return Answer(pid, qid, value)


def test_an_edit_leaves_every_earlier_version_as_it_was() -> None:
    first = Answers([_a("u1", "Q1", 1), _a("u1", "Q2", 2), _a("u2", "Q1", 3)])
    assert first.of("u1") == [_a("u1", "Q1", 1), _a("u1", "Q2", 2)]  # index built
    second = first.evolve([_a("u1", "Q1", 5), _a("u3", "Q1", 4)], [("u2", "Q1")])
    third = second.evolve([_a("u2", "Q1", 9)], [("u1", "Q2")])
    # The newest: a changed answer keeps its place, new ones come last (as in the file).
    assert third == (_a("u1", "Q1", 5), _a("u3", "Q1", 4), _a("u2", "Q1", 9))
    assert third.get("u1", "Q2") is None and third.of("u2") == [_a("u2", "Q1", 9)]
    # The earlier versions, read after the later edits.
    assert second.get("u2", "Q1") is None and len(second) == 3
    assert second.of("u1") == [_a("u1", "Q1", 5), _a("u1", "Q2", 2)]
    assert first == (_a("u1", "Q1", 1), _a("u1", "Q2", 2), _a("u2", "Q1", 3))
    assert first.count_of("u1", {"Q1", "Q2", "Q9"}) == 2
    # An edit of an earlier version branches off without changing the newest.
    branch = first.evolve([_a("u9", "Q1", 1)])
    assert len(branch) == 4 and len(third) == 3
    assert third.get("u9", "Q1") is None


def test_an_earlier_version_keeps_its_order_after_an_answer_in_the_middle_is_removed() -> None:
    # An export made before the removal lists the answers in the file's order.
    rows = [_a("u1", "Q1", 1), _a("u1", "Q2", 2), _a("u2", "Q1", 3)]
    first = Answers(rows)
    second = first.evolve([_a("u2", "Q1", 4)], [("u1", "Q2")])
    assert second == (_a("u1", "Q1", 1), _a("u2", "Q1", 4))
    assert first == tuple(rows)
    assert first.of("u1") == rows[:2]
