"""An edit that returned survives kill -9: the writer is SIGKILLed 20 times at random moments."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workshop_app.domain import model
from workshop_app.domain.enums import Element, QuestionType
from workshop_app.domain.questionnaire import Question, Questionnaire, Section
from workshop_app.storage.store import create_workshop, open_workshop

ROUNDS = 20
PEOPLE = 8

# Writes answers in a loop; prints "participant question counter" once put() returned.
# Every third edit also adds a participant with an answer in the same transaction.
WRITER = """
import sys
from workshop_app.domain import model
from workshop_app.storage.store import open_workshop

path, start = sys.argv[1], int(sys.argv[2])
store = open_workshop(path)
people = [p.id for p in store.all(model.Participant) if p.id.startswith("w")]
i = start
while True:
    person = people[i % len(people)]
    qid = "T1" if i % 2 else "T2"
    if i % 3 == 0:
        extra = model.Participant(f"x{i}", "p1", f"Gast {i} 王")
        with store.transaction():
            store.put(extra)
            store.put(model.Answer(extra.id, "T1", str(i)))
        print(extra.id, "T1", i, flush=True)
    store.put(model.Answer(person, qid, str(i), comment="ü" * (i % 50)))
    print(person, qid, i, flush=True)
    i += 1
"""


def _workshop() -> model.Workshop:
    questions = (
        Question("T1", QuestionType.TEXT, "Erste Frage"),
        Question("T2", QuestionType.TEXT, "第二个问题"),
    )
    sections = (Section(Element.GOALS, "G", questions=questions),)
    return model.Workshop(
        model.WorkshopDetails("k1", "Kill test"),
        Questionnaire("kill", "1", "Kill", sections=sections),
        partners=(
            model.Partner("p1", "한빛배터리"),
            model.Partner("p2", "Nordwerk", colour="#D1495B"),
        ),
        participants=tuple(model.Participant(f"w{n}", "p1", f"Writer {n}") for n in range(PEOPLE)),
    )


@pytest.mark.slow
def test_every_reported_answer_survives_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "kill.workshop"
    create_workshop(path, _workshop()).close(backup=False)
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    rng = random.Random(20260331)
    reported: dict[tuple[str, str], int] = {}
    # The writer imports this checkout's package, not whichever one is installed.
    root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": root}

    for round_ in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, str(script), str(path), str(round_ * 1_000_000)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert proc.stdout is not None
        first = proc.stdout.readline()  # the writer is in its loop
        assert first, proc.stderr.read().decode() if proc.stderr else "writer died"
        time.sleep(rng.uniform(0, 0.25))  # a random moment, not a timing assertion
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate(timeout=60)
        assert proc.returncode == -signal.SIGKILL
        lines = (first + rest).decode("utf-8").split("\n")[:-1]  # drop a half-printed line
        assert lines
        for line in lines:
            person, qid, counter = line.split()
            reported[(person, qid)] = max(reported.get((person, qid), -1), int(counter))

        with open_workshop(path) as store:  # opens (recovering the WAL) and is healthy
            assert store.integrity_check() == []
            stored = {(a.participant_id, a.question_id): a for a in store.all(model.Answer)}
            people = {p.id for p in store.all(model.Participant)}
            for key, counter in reported.items():
                assert key in stored, f"round {round_}: answer {key} reported saved but lost"
                # The writer may have saved one more after its last report, never less.
                assert int(stored[key].value) >= counter, f"round {round_}: {key} went back"
                assert key[0] in people
            store.close(backup=False)
