"""``info FILE [--json]`` is read without argparse (the command scripts run most): it
means what argparse would make of it, prints the same, and any other form of the
command still gets argparse's usage, help and errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop_app import cli, cli_parser
from workshop_app.cli_info import cmd_info

READ_DIRECTLY = [
    ["info", "a.workshop"],
    ["info", "a.workshop", "--json"],
    ["info", "--json", "a.workshop"],
    ["info", "Größe mit Leerzeichen.workshop", "--json"],
    ["info", "info"],
]
LEFT_TO_ARGPARSE = [
    ["info"],
    ["info", "--json"],
    ["info", "--json", "--json", "a.workshop"],
    ["info", "a.workshop", "--jso"],  # argparse takes an abbreviation
    ["info", "a.workshop", "b.workshop"],
    ["info", "-h"],
    ["info", "--", "-a.workshop"],
    ["info", "-a.workshop"],
    ["info", ""],
    ["check", "a.workshop"],
    ["--json", "info", "a.workshop"],
]


@pytest.mark.parametrize("argv", READ_DIRECTLY)
def test_what_it_reads_is_what_argparse_reads(argv: list[str]) -> None:
    args = cli_parser.build_parser("info").parse_args(argv)
    assert args.handler is cmd_info
    assert cli._quick_info(argv) == (args.file, args.json)


@pytest.mark.parametrize("argv", LEFT_TO_ARGPARSE)
def test_every_other_form_goes_to_argparse(argv: list[str]) -> None:
    assert cli._quick_info(argv) is None


@pytest.mark.parametrize("as_json", [True, False])
def test_the_same_output_as_through_argparse(
    demo_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    as_json: bool,
) -> None:
    broken = tmp_path / "broken.workshop"
    broken.write_bytes(b"not a database")
    results = []
    for quick in (True, False):
        if not quick:  # the plain path: argparse for every command line
            monkeypatch.setattr(cli, "_quick_info", lambda argv: None)
        for path in (demo_path, broken, tmp_path / "missing.workshop"):
            code = cli.main(["info", str(path), *(["--json"] if as_json else [])])
            results.append((code, *capsys.readouterr()))
    assert results[:3] == results[3:]
    assert results[0][0] == 0 and results[0][1] and results[1][0] == 1 and results[1][2]


def test_usage_errors_stay_argparse_s(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["info", "--json"]) == 2
    assert "the following arguments are required: FILE" in capsys.readouterr().err
