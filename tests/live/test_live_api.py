"""Answers sent through a participant's link reach the workshop file through the session."""

from __future__ import annotations

from tests.live.conftest import SCRIPT, Client, Live


def test_state_holds_only_the_participants_own_questions_and_answers(live: Live) -> None:
    from workshop_app.domain.model import Answer

    live.session.put(Answer("u1", "L1", 2), text="Björn's answer on the laptop")
    client = Client(live.server.port, live.token("u0"))
    status, state = live.in_thread(client.state)
    assert status == 200
    assert state["participant"] == f"Ana {SCRIPT}"
    assert [q["id"] for q in state["questions"]] == ["L1", "S1", "M1", "R1", "A1", "N1", "L2", "T1"]
    assert state["answers"] == {}  # Björn's answer is not shown to Ana
    assert "Björn" not in str(state) and "u1" not in str(state)


def test_an_answer_is_one_undo_step_and_a_resend_changes_nothing(live: Live) -> None:
    changes: list[int] = []
    live.session.changed.connect(lambda: changes.append(1))
    client = Client(live.server.port, live.token("u0"))
    live.in_thread(client.state)
    steps = live.session.undo_stack.count()

    status, data = live.in_thread(lambda: client.answer("R1", ["c", "a", "b"], seq=1))
    assert status == 200 and data["answered"] == 1 and data["total"] == 8
    assert live.session.undo_stack.count() == steps + 1
    assert changes  # the facilitator's pages refresh
    again = live.in_thread(lambda: client.answer("R1", ["c", "a", "b"], seq=1))
    assert again[0] == 200
    assert live.session.undo_stack.count() == steps + 1
    assert live.stored()[("u0", "R1")].value == ("c", "a", "b")

    live.session.undo_stack.undo()  # the facilitator can undo it like any edit
    assert ("u0", "R1") not in live.stored()


def test_an_older_answer_arriving_late_does_not_overwrite_a_newer_one(live: Live) -> None:
    client = Client(live.server.port, live.token("u1"))
    live.in_thread(client.state)
    live.in_thread(lambda: client.answer("L1", 4, seq=7))
    status, data = live.in_thread(lambda: client.answer("L1", 2, seq=3))
    assert status == 200 and data["stale"] is True
    assert live.stored()[("u1", "L1")].value == 4


def test_dont_know_is_stored_as_dont_know(live: Live) -> None:
    client = Client(live.server.port, live.token("u1"))
    live.in_thread(client.state)
    assert live.in_thread(lambda: client.answer("N1", None, seq=1, dont_know=True))[0] == 200
    stored = live.stored()[("u1", "N1")]
    assert stored.dont_know and stored.value is None


def test_an_invalid_answer_is_refused_with_a_message_and_not_stored(live: Live) -> None:
    client = Client(live.server.port, live.token("u1"))
    live.in_thread(client.state)
    live.in_thread(lambda: client.answer("A1", {"a": 50, "b": 50}, seq=1))
    status, data = live.in_thread(lambda: client.answer("A1", {"a": 60, "b": 30}, seq=2))
    assert status == 422
    assert "add up to 90, not 100" in data["error"]
    status, data = live.in_thread(lambda: client.answer("N1", 900, seq=3))
    assert status == 422 and "above the maximum 500" in data["error"]
    assert live.stored()[("u1", "A1")].value == {"a": 50.0, "b": 50.0}
    assert ("u1", "N1") not in live.stored()


def test_after_i_am_done_no_more_changes_until_the_facilitator_reopens(live: Live) -> None:
    from dataclasses import replace

    client = Client(live.server.port, live.token("u2"))
    live.in_thread(client.state)
    live.in_thread(lambda: client.answer("L1", 5, seq=1))
    status, data = live.in_thread(lambda: client.post("done", {}))
    assert status == 200 and data["done"] is True
    status, data = live.in_thread(lambda: client.answer("L1", 1, seq=2))
    assert status == 409
    assert live.stored()[("u2", "L1")].value == 5
    assert live.in_thread(client.state)[1]["done"] is True  # the page shows "thank you"

    person = live.session.workshop().participant("u2")
    live.session.put(replace(person, done=False), text="Reopen")
    assert live.in_thread(lambda: client.answer("L1", 1, seq=3))[0] == 200
    assert live.stored()[("u2", "L1")].value == 1


def test_text_with_markup_is_stored_exactly_as_typed(live: Live) -> None:
    client = Client(live.server.port, live.token("u0"))
    live.in_thread(client.state)
    text = f'{SCRIPT} & "quotes" 한국어 🙂'
    assert live.in_thread(lambda: client.answer("T1", text, seq=1))[0] == 200
    assert live.stored()[("u0", "T1")].value == text
    _status, state = live.in_thread(client.state)
    assert state["answers"]["T1"]["value"] == text  # JSON, shown by the page as text


def test_links_stay_the_same_across_stop_and_start_and_the_file_keeps_only_hashes(
    live: Live,
) -> None:
    before = live.links()
    live.server.stop()
    live.server.start("127.0.0.1", 0)
    after = live.links()
    assert [u.rsplit("/", 1)[1] for u in before.values()] == [
        u.rsplit("/", 1)[1] for u in after.values()
    ]
    raw = live.path.read_bytes() + live.path.with_name(live.path.name + "-wal").read_bytes()
    for url in after.values():
        token = url.rsplit("/", 1)[1]
        assert len(token) >= 22  # at least 128 bits in URL-safe base64
        assert token.encode() not in raw


def test_a_participant_removed_and_brought_back_by_undo_gets_a_working_link(live: Live) -> None:
    person = live.session.workshop().participant("u1")
    old = live.links()["u1"]
    live.session.delete(person, text="Remove Björn")
    stale = Client(live.server.port, old.rsplit("/", 1)[1])
    assert live.in_thread(stale.state)[0] == 403  # a removed participant's link ends
    live.session.undo_stack.undo()
    new = live.links()["u1"]
    assert new != old
    client = Client(live.server.port, new.rsplit("/", 1)[1])
    assert live.in_thread(client.state)[0] == 200
    assert live.in_thread(lambda: client.answer("L1", 2, seq=1))[0] == 200
