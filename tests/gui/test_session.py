"""The session: every edit is one undo step, saved at once; undo restores exactly."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from workshop_app.domain.model import Answer, Participant, Partner
from workshop_app.session import WorkshopSession
from workshop_app.storage.store import open_workshop


def _reload(path: Path):
    store = open_workshop(path, read_only=True)
    try:
        return store.load()
    finally:
        store.close(backup=False)


def test_put_is_saved_and_undo_redo_restore_it(session: WorkshopSession, demo_path: Path) -> None:
    partner = session.workshop().partners[0]
    renamed = replace(partner, name="Nordwerk Größe AG")
    saved: list[bool] = []
    session.saved.connect(lambda: saved.append(True))
    assert session.put(renamed, text="Rename")
    assert saved == [True]
    assert _reload(demo_path).partners[0].name == "Nordwerk Größe AG"
    session.undo_stack.undo()
    assert _reload(demo_path).partners[0].name == partner.name
    assert session.workshop().partners[0].name == partner.name
    session.undo_stack.redo()
    assert _reload(demo_path).partners[0].name == "Nordwerk Größe AG"


def test_new_entity_is_removed_by_undo(session: WorkshopSession, demo_path: Path) -> None:
    partner = session.workshop().partners[0]
    person = Participant("p-new", partner.id, "Ölmann 李雷 김민준")
    assert session.put(person, text="Add")
    assert "Ölmann 李雷 김민준" in [p.name for p in _reload(demo_path).participants]
    session.undo_stack.undo()
    assert "Ölmann 李雷 김민준" not in [p.name for p in _reload(demo_path).participants]
    session.undo_stack.redo()
    assert "Ölmann 李雷 김민준" in [p.name for p in _reload(demo_path).participants]


def test_delete_and_undo_brings_it_back(session: WorkshopSession, demo_path: Path) -> None:
    answer = session.workshop().answers[0]
    assert session.delete(answer, text="Delete")
    keys = {(a.participant_id, a.question_id) for a in _reload(demo_path).answers}
    assert (answer.participant_id, answer.question_id) not in keys
    session.undo_stack.undo()
    back = [
        a
        for a in _reload(demo_path).answers
        if (a.participant_id, a.question_id) == (answer.participant_id, answer.question_id)
    ]
    assert back == [answer]


def test_partner_removal_with_restore_is_undone_whole(
    session: WorkshopSession, demo_path: Path
) -> None:
    before = _reload(demo_path)
    partner = before.partners[2]
    deps = session.store.partner_dependents(partner.id)
    assert deps["participants"] and deps["answers"]
    restore = [
        *deps["participants"],
        *deps["answers"],
        *deps["contributions"],
        *deps["decisions"],
        *deps["shared_assets"],
    ]
    assert session.apply(delete=[partner], restore=restore, text="Remove partner")
    after = _reload(demo_path)
    assert partner.id not in {p.id for p in after.partners}
    assert not [p for p in after.participants if p.partner_id == partner.id]
    assert all(d.right_of(partner.id) is None for d in after.decisions)
    session.undo_stack.undo()
    undone = _reload(demo_path)
    assert undone.partners == before.partners
    assert undone.participants == before.participants
    assert sorted(undone.answers, key=repr) == sorted(before.answers, key=repr)
    assert sorted(undone.contributions, key=repr) == sorted(before.contributions, key=repr)
    assert sorted(undone.decisions, key=repr) == sorted(before.decisions, key=repr)
    assert sorted(undone.shared_assets, key=repr) == sorted(before.shared_assets, key=repr)
    session.undo_stack.redo()
    assert partner.id not in {p.id for p in _reload(demo_path).partners}


def test_failed_save_changes_nothing_and_reports(session: WorkshopSession, demo_path: Path) -> None:
    failures: list[str] = []
    session.saveFailed.connect(failures.append)
    partner = session.workshop().partners[0]
    steps = session.undo_stack.count()
    assert not session.put(replace(partner, name="  "), text="Blank name")
    assert failures and "Partner name" in failures[0]
    assert session.last_error == failures[0]
    assert session.undo_stack.count() == steps
    assert _reload(demo_path).partners[0].name == partner.name


def test_invalid_answer_is_refused_with_the_question_named(session: WorkshopSession) -> None:
    w = session.workshop()
    likert = next(q for q in w.questionnaire.questions() if q.type.value == "likert")
    person = w.participants[0]
    assert not session.put(Answer(person.id, likert.id, 99), text="Bad")
    assert likert.id in session.last_error


def test_answer_of_a_participant_not_in_the_workshop_is_refused_and_reported(
    session: WorkshopSession, demo_path: Path
) -> None:
    failures: list[str] = []
    session.saveFailed.connect(failures.append)
    w = session.workshop()
    valid = replace(w.answers[0], participant_id="p-gone", comment="nobody's")
    steps = session.undo_stack.count()
    assert not session.put(valid, text="Answer")
    assert failures == [
        f"Answer to {valid.question_id}: participant p-gone is not in this workshop."
    ]
    assert session.undo_stack.count() == steps
    assert session.workshop() == _reload(demo_path) == w


def test_answers_put_together_are_cached_as_the_file_holds_them_and_undone(
    session: WorkshopSession,
) -> None:
    """Several answers in one edit, one of them twice (the later one counts) and one new:
    the cached workshop equals a load after the edit, its undo and its redo."""
    w = session.workshop()
    first, second = w.answers[0], w.answers[1]
    person = w.participants[-1]
    new_q = next(
        q for q in w.questionnaire.questions() if w.answer(person.id, q.id) is None and q.scored
    )
    edit = [
        replace(first, comment="zuerst", answered_at=None),
        replace(second, comment="zwei"),
        replace(first, comment="zuletzt 最后", answered_at=None),
        Answer(person.id, new_q.id, None, "neu", dont_know=True),
    ]
    assert session.apply(put=edit, text="Answers")
    now = session.workshop()
    assert now == session.store.load()
    assert now.answer(first.participant_id, first.question_id).comment == "zuletzt 最后"
    session.undo_stack.undo()
    assert session.workshop() == session.store.load() == w
    session.undo_stack.redo()
    assert session.workshop() == session.store.load()


def test_read_only_session_refuses_edits(qtbot, demo_path: Path) -> None:
    store = open_workshop(demo_path, read_only=True)
    try:
        s = WorkshopSession(store)
        assert s.read_only
        partner: Partner = s.workshop().partners[0]
        assert not s.put(replace(partner, name="X"), text="Rename")
        assert "read-only" in s.last_error
    finally:
        store.close(backup=False)


def test_cached_workshop_matches_the_file_after_every_kind_of_edit(
    session: WorkshopSession,
) -> None:
    """Edits patch the cached workshop instead of reloading it; it must equal a load."""
    w = session.workshop()
    person = w.participants[0]
    likert = next(q for q in w.questionnaire.questions() if q.type.value == "likert")
    gone = w.answers_of(person.id)[-1]
    edits = [
        lambda: session.put(Answer(person.id, likert.id, 1, "geändert"), text="a"),
        lambda: session.delete(gone, text="b"),
        lambda: session.put(replace(gone, comment="wieder da 又来了", answered_at=None), text="c"),
        lambda: session.put(replace(session.workshop().details, location="Seoul 서울"), text="d"),
        lambda: session.put(replace(session.workshop().partners[1], role="EV 制造商"), text="e"),
        lambda: session.put(
            replace(session.workshop().decisions[0], title="Wer entscheidet?"), text="f"
        ),
    ]
    for edit in edits:
        assert edit()
        assert session.workshop() == session.store.load()
    partner = session.workshop().partners[2]
    deps = session.store.partner_dependents(partner.id)
    restore = [*deps["participants"], *deps["answers"], *deps["contributions"]]
    restore += [*deps["decisions"], *deps["shared_assets"]]
    assert session.apply(delete=[partner], restore=restore, text="g")
    assert session.workshop() == session.store.load()
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
        assert session.workshop() == session.store.load()
    while session.undo_stack.canRedo():
        session.undo_stack.redo()
        assert session.workshop() == session.store.load()


def test_bulk_edit_of_every_answer_undoes_to_exactly_what_was_there(
    session: WorkshopSession, demo_path: Path
) -> None:
    """An import puts every answer at once (changed ones and new ones) as one undo step."""
    late = Participant("p-late", session.workshop().partners[0].id, "王芳")
    assert session.put(late, text="Add")
    before = _reload(demo_path)
    w = session.workshop()
    changed = [replace(a, comment=f"importiert 导入 {i}") for i, a in enumerate(w.answers)]
    new = [Answer(late.id, q.id, None, "neu 새로운") for q in w.questionnaire.questions()]
    assert session.apply(put=[*changed, *new], text="Import")
    after = _reload(demo_path)
    assert len(after.answers) == len(before.answers) + len(new)
    assert {a.comment for a in after.answers} >= {"importiert 导入 0", "neu 새로운"}
    session.undo_stack.undo()
    assert _reload(demo_path).answers == before.answers
    assert session.workshop() == session.store.load()
    session.undo_stack.redo()
    assert len(_reload(demo_path).answers) == len(before.answers) + len(new)
