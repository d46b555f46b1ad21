"""``workshop-app serve``: prints the links, takes answers, stops on Ctrl+C, holds the lock."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.live.conftest import LOOPBACK, Client, live_workshop
from workshop_app.domain import model
from workshop_app.storage.store import create_workshop, open_workshop

ROOT = Path(__file__).resolve().parents[2]


def _serve(path: Path, *extra: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PYTHONUNBUFFERED": "1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "workshop_app",
            "serve",
            str(path),
            "--host",
            LOOPBACK,
            "--port",
            "0",
            *extra,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.slow
def test_serve_prints_links_takes_answers_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    path = tmp_path / "serve.workshop"
    create_workshop(path, live_workshop()).close(backup=False)
    links_csv = tmp_path / "links.csv"
    proc = _serve(path, "--links", str(links_csv))
    try:
        lines = []
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            if line.startswith("Press Ctrl+C"):
                break
        else:
            pytest.fail("serve ended early: " + "".join(lines) + proc.stderr.read())
        assert f"http://{LOOPBACK}:" in lines[0] and "only" in lines[0]
        link = next(x for x in lines if "Björn" in x).split(": ", 1)[1].strip()
        with links_csv.open(encoding="utf-8-sig") as fh:
            rows = list(csv.DictReader(fh))
        assert [r["participant"] for r in rows] == [
            "Ana <script>alert(1)</script>",
            "Björn",
            "王芳",
        ]
        assert next(r["link"] for r in rows if r["participant"] == "Björn") == link

        port = int(link.split(":")[2].split("/")[0])
        token = link.rsplit("/", 1)[1]
        client = Client(port, token)
        assert client.state()[0] == 200
        assert client.answer("L1", 5, seq=1)[0] == 200

        second = _serve(path)  # the one-writer lock: a second writer is refused
        _out, err = second.communicate(timeout=60)
        assert second.returncode == 1
        assert "is being changed by workshop-app serve" in err
    finally:
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "Stopped." in _out
    with open_workshop(path, read_only=True) as store:
        answers = store.all(model.Answer)
    assert [(a.participant_id, a.question_id, a.value) for a in answers] == [("u1", "L1", 5)]
    assert not (tmp_path / ".serve.workshop.lock").exists()  # released


def test_serve_refuses_a_bad_host_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "serve.workshop"
    create_workshop(path, live_workshop()).close(backup=False)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "workshop_app", "serve", str(path), "--host", "my laptop"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1
    assert "'my laptop' is not an IP address" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_links_csv_never_turns_a_name_into_a_formula(tmp_path: Path) -> None:
    from workshop_app.live.serve import write_links_csv

    out = write_links_csv(
        tmp_path / "links.csv",
        [
            ('=HYPERLINK("http://evil")', "+Nordwerk", "http://127.0.0.1:8765/p/x"),
            ("Jürgen Weiß", "한빛", "http://127.0.0.1:8765/p/y"),
        ],
    )
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["participant"] == '\'=HYPERLINK("http://evil")'
    assert rows[0]["partner"] == "'+Nordwerk"
    assert rows[1] == {
        "participant": "Jürgen Weiß",
        "partner": "한빛",
        "link": "http://127.0.0.1:8765/p/y",
    }
    assert not list(tmp_path.glob(".*.part"))  # written under a temporary name, renamed
