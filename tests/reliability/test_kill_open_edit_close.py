"""SIGKILL at random moments while a writer opens, edits and closes the file over and over
(closing switches the journal mode and takes a backup): no acknowledged edit is lost,
every command opens the file afterwards, and the full check passes every time.

WORKSHOP_KILL_ROUNDS sets the number of kills (100 by default)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workshop_app import cli
from workshop_app.domain import model
from workshop_app.domain.enums import Element, QuestionType
from workshop_app.domain.questionnaire import Question, Questionnaire, Section
from workshop_app.storage.store import create_workshop, open_workshop

ROUNDS = int(os.environ.get("WORKSHOP_KILL_ROUNDS", "100"))
ROOT = Path(__file__).resolve().parents[2]

# Opens, makes some edits (printing each once put() returned), closes; again and again.
# "open"/"close" lines tell the test where the kills landed. Enough edits per opening that
# the edits take a share of the time a random kill can find (a save is well under 1 ms).
WRITER = """
import sys
from workshop_app.domain import model
from workshop_app.storage.store import open_workshop

path, counter = sys.argv[1], int(sys.argv[2])
EDITS = 40
while True:
    print("open", flush=True)
    store = open_workshop(path)
    people = [p.id for p in store.all(model.Participant)]
    for _ in range(EDITS):
        person = people[counter % len(people)]
        qid = "T1" if counter % 2 else "T2"
        store.put(model.Answer(person, qid, str(counter), comment="ü" * (counter % 40)))
        print("ack", person, qid, counter, flush=True)
        counter += 1
    print("close", flush=True)
    store.close()
    print("closed", flush=True)
"""


def _workshop() -> model.Workshop:
    questions = (
        Question("T1", QuestionType.TEXT, "Erste Frage"),
        Question("T2", QuestionType.TEXT, "第二个问题"),
    )
    return model.Workshop(
        model.WorkshopDetails("k1", "Kill test"),
        Questionnaire(
            "kill", "1", "Kill", sections=(Section(Element.GOALS, "G", questions=questions),)
        ),
        partners=(
            model.Partner("p1", "한빛배터리"),
            model.Partner("p2", "Nordwerk", colour="#D1495B"),
        ),
        participants=tuple(model.Participant(f"w{n}", "p1", f"Writer {n}") for n in range(6)),
    )


@pytest.mark.slow
def test_kills_during_open_edit_and_close_lose_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kill.workshop"
    create_workshop(path, _workshop()).close(backup=False)
    rng = random.Random(20261129)
    acknowledged: dict[tuple[str, str], int] = {}
    env = {**os.environ, "WORKSHOP_APP_DATA_DIR": str(tmp_path / "data")}
    landed = {"open": 0, "edit": 0, "close": 0}
    for round_ in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(round_ * 1_000)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=ROOT,
        )
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first, proc.stderr.read() if proc.stderr else "writer died"
        time.sleep(rng.uniform(0, 0.4))  # a random moment, not a timing assertion
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate(timeout=60)
        lines = (first + rest).decode("utf-8").split("\n")[:-1]  # drop a half line
        last = lines[-1].split()[0]
        landed[{"open": "open", "ack": "edit", "close": "close", "closed": "open"}[last]] += 1
        for line in lines:
            if line.startswith("ack "):
                _, person, qid, counter = line.split()
                key = (person, qid)
                acknowledged[key] = max(acknowledged.get(key, -1), int(counter))

        # Every command opens it (a hot journal left by a kill during close included).
        assert cli.main(["check", str(path)]) == 0, (round_, capsys.readouterr().err)
        if round_ % 10 == 0:
            assert cli.main(["info", "--json", str(path)]) == 0, capsys.readouterr().err
        with open_workshop(path, read_only=True) as store:
            assert store.integrity_check() == []
            stored = {(a.participant_id, a.question_id): a for a in store.all(model.Answer)}
        for key, counter in acknowledged.items():
            assert key in stored, f"round {round_}: acknowledged {key} lost"
            assert int(stored[key].value) >= counter, f"round {round_}: {key} went back"
        capsys.readouterr()
    # The kills landed in every phase (otherwise the test proves less than it says).
    if ROUNDS >= 100:
        assert all(n > 0 for n in landed.values()), landed
