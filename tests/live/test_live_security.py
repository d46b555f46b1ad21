"""Each attack is refused and leaves the workshop file as it was."""

from __future__ import annotations

import json
import socket
import time

import pytest

from tests.live.conftest import SCRIPT, Client, Live, request
from workshop_app.live.server import BAD_TOKEN_LIMIT, MAX_BODY


def _ready(live: Live, pid: str = "u0") -> Client:
    client = Client(live.server.port, live.token(pid))
    assert live.in_thread(client.state)[0] == 200
    return client


def test_a_wrong_token_is_refused_and_stores_nothing(live: Live) -> None:
    good = _ready(live)
    wrong = Client(live.server.port, "A" * 32)
    wrong.csrf = good.csrf
    assert live.in_thread(wrong.state)[0] == 403
    status, data = live.in_thread(lambda: wrong.answer("L1", 3, seq=1))
    assert status == 403 and "not valid" in data["error"]
    assert live.in_thread(lambda: request(live.server.port, "GET", "/api/short/state"))[0] == 403
    assert live.stored() == {}


def test_another_participants_token_cannot_answer_for_someone_else(live: Live) -> None:
    bjorn = _ready(live, "u1")
    payload = {"question": "L1", "value": 1, "seq": 1, "participant": "u0"}
    status, _ = live.in_thread(lambda: bjorn.post("answer", payload))
    assert status == 400
    # Ana's CSRF value with Björn's token, and Björn's with Ana's: refused.
    ana = _ready(live, "u0")
    ana.csrf, bjorn.csrf = bjorn.csrf, ana.csrf
    assert live.in_thread(lambda: ana.answer("L1", 1, seq=2))[0] == 403
    assert live.in_thread(lambda: bjorn.answer("L1", 1, seq=2))[0] == 403
    assert live.stored() == {}


def test_a_question_the_participant_is_not_asked_is_refused(make_live) -> None:
    from dataclasses import replace

    from tests.live.conftest import every_type, live_workshop
    from workshop_app.domain.enums import Function

    q = every_type()
    section = q.sections[0]
    only_legal = replace(section.questions[0], functions=(Function.LEGAL,))
    q = replace(q, sections=(replace(section, questions=(only_legal, *section.questions[1:])),))
    workshop = live_workshop(questionnaire=q)
    workshop = replace(
        workshop,
        participants=tuple(replace(p, function=Function.FINANCE) for p in workshop.participants),
    )
    live = make_live(workshop)
    client = _ready(live)
    assert "L1" not in [x["id"] for x in live.in_thread(client.state)[1]["questions"]]
    assert live.in_thread(lambda: client.answer("L1", 3, seq=1))[0] == 404
    assert live.stored() == {}


def test_an_oversized_body_is_refused(live: Live) -> None:
    client = _ready(live)
    huge = "x" * (MAX_BODY + 10)
    status, _ = live.in_thread(lambda: client.answer("T1", huge, seq=1))
    assert status == 413
    assert live.stored() == {}


def test_cross_site_requests_are_refused(live: Live) -> None:
    client = _ready(live)
    evil = {"question": "L1", "value": 1, "seq": 1}
    cases = [
        {"Origin": "http://evil.example"},
        {"Sec-Fetch-Site": "cross-site"},
        {"X-CSRF-Token": ""},
        {"Content-Type": "text/plain"},  # what a plain HTML form can send
    ]
    for headers in cases:
        status, _ = live.in_thread(lambda h=headers: client.post("answer", evil, **h))
        assert status in (403, 415), headers
    # A form post from another site: no CSRF header, form encoding, foreign origin.
    body = b"question=L1&value=1&seq=1"
    status, _ = live.in_thread(
        lambda: request(
            live.server.port,
            "POST",
            f"/api/{client.token}/answer",
            body,
            {"Content-Type": "application/x-www-form-urlencoded", "Origin": "http://evil.example"},
        )
    )
    assert status == 403
    assert live.stored() == {}


def test_pages_are_served_with_a_strict_content_security_policy(live: Live) -> None:
    conn_status, headers = live.in_thread(lambda: _headers(live.server.port, "/p/x"))
    assert conn_status == 200
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    client = _ready(live)
    _status, state = live.in_thread(client.state)
    assert state["participant"] == f"Ana {SCRIPT}"  # data, sent as JSON, never as markup


def _headers(port: int, path: str) -> tuple[int, dict[str, str]]:
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", path)
    response = conn.getresponse()
    response.read()
    conn.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}


def test_repeated_bad_tokens_are_slowed_down(live: Live) -> None:
    for n in range(BAD_TOKEN_LIMIT):
        bad = Client(live.server.port, f"{n:032d}")
        assert live.in_thread(bad.state)[0] == 403
    # From now on this address is refused before its token is even looked at.
    status, data = live.in_thread(Client(live.server.port, live.token("u0")).state)
    assert status == 429
    assert "wait" in data["error"]


def test_a_stopped_server_refuses_every_link(live: Live) -> None:
    client = _ready(live)
    port = live.server.port
    live.server.stop()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
    with pytest.raises(OSError):
        client.answer("L1", 3, seq=1)
    assert live.stored() == {}


def test_a_request_waiting_when_the_server_stops_stores_nothing(live: Live) -> None:
    client = _ready(live)
    # The session's thread is busy (no event loop turns) while the answer arrives; the
    # facilitator stops the server before it is handled.
    import threading

    result: dict[str, object] = {}
    thread = threading.Thread(target=lambda: result.update(r=_try(client)), daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not live.server.bridge._pending and time.monotonic() < deadline:
        time.sleep(0.005)  # no Qt events turn here: the call stays queued
    assert live.server.bridge._pending
    live.server.stop()
    thread.join(30)
    assert result["r"] in (503, "closed")
    live.qtbot.wait(50)  # let a queued call (if any) reach the event loop: it must not run
    assert live.stored() == {}


def _try(client: Client) -> object:
    try:
        return client.answer("L1", 3, seq=1)[0]
    except OSError:
        return "closed"


def test_json_bombs_and_junk_are_refused(live: Live) -> None:
    client = _ready(live)
    for junk in (b"[" * 5000, b"\xff\xfe", b'{"question": '):
        status, _ = live.in_thread(
            lambda j=junk: __import__("tests.live.conftest", fromlist=["x"]).request(
                live.server.port,
                "POST",
                f"/api/{client.token}/answer",
                j,
                {"Content-Type": "application/json", "X-CSRF-Token": client.csrf},
            )
        )
        assert status == 400
    assert json.dumps(live.stored()) == "{}"


def test_a_request_for_another_host_name_is_refused(live: Live) -> None:
    # DNS rebinding: a foreign site's name pointed at this laptop.
    client = _ready(live)
    path = f"/api/{client.token}/state"
    status, _ = live.in_thread(
        lambda: request(live.server.port, "GET", path, headers={"Host": "evil.example:80"})
    )
    assert status == 403
    forged = {"X-Forwarded-For": "10.9.9.9"}  # cannot dodge the bad-token count either
    for n in range(BAD_TOKEN_LIMIT):
        status, _ = live.in_thread(
            lambda n=n: request(live.server.port, "GET", f"/api/{n:032d}/state", headers=forged)
        )
        assert status == 403
    assert live.in_thread(client.state)[0] == 429
