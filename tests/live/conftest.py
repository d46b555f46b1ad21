"""Live answering tests: a real server on loopback, driven from other threads.

The session lives on the test's (Qt) thread, as in the app; a request thread's work
runs there through the bridge, so the client side of a test runs in a thread of its
own while ``in_thread`` keeps Qt's event loop turning.
"""

from __future__ import annotations

import http.client
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest

from workshop_app.domain import model
from workshop_app.domain.enums import Element, QuestionType
from workshop_app.domain.questionnaire import Option, Question, Questionnaire, Section
from workshop_app.live.server import LiveServer
from workshop_app.session import WorkshopSession
from workshop_app.storage.store import create_workshop, open_workshop

T = TypeVar("T")
LOOPBACK = "127.0.0.1"  # tests never listen anywhere else

SCRIPT = "<script>alert(1)</script>"


def every_type() -> Questionnaire:
    """One question of each of the seven types (and a second Likert for Don't know)."""
    opts = (Option("a", "Speed"), Option("b", f"Cost {SCRIPT}"), Option("c", "Reach"))
    questions = (
        Question(
            "L1",
            QuestionType.LIKERT,
            "How aligned are the goals?",
            anchors=((1, "Not at all"), (5, "Fully")),
        ),
        Question("S1", QuestionType.SINGLE_CHOICE, "Which goal comes first?", options=opts),
        Question("M1", QuestionType.MULTI_CHOICE, "Which functions are joint?", options=opts),
        Question("R1", QuestionType.RANKING, "Rank the benefits.", options=opts),
        Question("A1", QuestionType.ALLOCATION, "Split the value.", options=opts, total=100),
        Question(
            "N1", QuestionType.NUMBER, "How many engineers?", unit="FTE", min_value=0, max_value=500
        ),
        Question(
            "L2",
            QuestionType.LIKERT,
            "How clear is the exit?",
            anchors=((1, "Unclear"), (5, "Clear")),
        ),
        Question("T1", QuestionType.TEXT, "What worries you most?"),
    )
    return Questionnaire(
        "live-test",
        "1",
        "Live test",
        sections=(Section(Element.GOALS, "Goals", questions=questions),),
    )


def live_workshop(people: int = 3, questionnaire: Questionnaire | None = None) -> model.Workshop:
    partners = (
        model.Partner("p1", "Nordwerk"),
        model.Partner("p2", f"Han {SCRIPT}", colour="#D1495B"),
    )
    names = [f"Ana {SCRIPT}", "Björn", "王芳"] + [f"Person {n}" for n in range(3, people)]
    participants = tuple(
        model.Participant(f"u{n}", partners[n % 2].id, names[n]) for n in range(people)
    )
    return model.Workshop(
        model.WorkshopDetails("w1", f"Live {SCRIPT} workshop"),
        questionnaire or every_type(),
        partners=partners,
        participants=participants,
    )


@dataclass
class Live:
    session: WorkshopSession
    server: LiveServer
    path: Path
    qtbot: Any

    def links(self) -> dict[str, str]:
        return self.server.links()

    def token(self, pid: str) -> str:
        return self.links()[pid].rsplit("/", 1)[1]

    def in_thread(self, fn: Callable[[], T], timeout_ms: int = 120_000) -> T:
        """Run ``fn`` in another thread while the Qt event loop runs; its result."""
        box: dict[str, Any] = {}

        def run() -> None:
            try:
                box["result"] = fn()
            except BaseException as exc:
                box["error"] = exc

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        self.qtbot.waitUntil(lambda: not thread.is_alive(), timeout=timeout_ms)
        if "error" in box:
            raise box["error"]
        return box["result"]

    def stored(self) -> dict[tuple[str, str], model.Answer]:
        """The answers as the workshop file holds them (read by a second connection)."""
        with open_workshop(self.path, read_only=True) as store:
            return {(a.participant_id, a.question_id): a for a in store.all(model.Answer)}


def request(
    port: int,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, Any]]:
    conn = http.client.HTTPConnection(LOOPBACK, port, timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        data = response.read()
    finally:
        conn.close()
    try:
        parsed = json.loads(data) if data else {}
    except ValueError:
        parsed = {"raw": data.decode("utf-8", "replace")}
    return response.status, parsed


class Client:
    """A participant's page, as plain HTTP: fetches its state, then sends answers."""

    def __init__(self, port: int, token: str) -> None:
        self.port, self.token = port, token
        self.csrf = ""
        self.origin = f"http://{LOOPBACK}:{port}"

    def state(self) -> tuple[int, dict[str, Any]]:
        status, data = request(self.port, "GET", f"/api/{self.token}/state")
        self.csrf = data.get("csrf", self.csrf)
        return status, data

    def post(self, what: str, payload: Any, **extra: str) -> tuple[int, dict[str, Any]]:
        headers = {
            "Content-Type": "application/json",
            "X-CSRF-Token": self.csrf,
            "Origin": self.origin,
            "Sec-Fetch-Site": "same-origin",
            **extra,
        }
        body = json.dumps(payload).encode()
        return request(self.port, "POST", f"/api/{self.token}/{what}", body, headers)

    def answer(self, question: str, value: Any, seq: int, dont_know: bool = False):
        return self.post(
            "answer", {"question": question, "value": value, "seq": seq, "dont_know": dont_know}
        )


@pytest.fixture
def make_live(tmp_path: Path, qtbot) -> Iterator[Callable[..., Live]]:
    made: list[Live] = []

    def make(workshop: model.Workshop | None = None) -> Live:
        path = tmp_path / f"live{len(made)}.workshop"
        create_workshop(path, workshop or live_workshop()).close(backup=False)
        session = WorkshopSession(open_workshop(path))
        server = LiveServer(session)
        server.start(LOOPBACK, 0)
        live = Live(session, server, path, qtbot)
        made.append(live)
        return live

    yield make
    for live in made:
        live.server.stop()
        live.session.store.close(backup=False)


@pytest.fixture
def live(make_live) -> Live:
    return make_live()
