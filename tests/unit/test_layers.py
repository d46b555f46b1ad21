"""Imports point one way: ui -> live -> session -> exports/exchange/storage/analysis -> domain.

Every module's imports (including those inside functions) are read with ast, so a
lazy import cannot slip past.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "workshop_app"
QT = ("PySide6", "shiboken6")
SQL = ("sqlite3", "sqlite_utils")
WIDGETS = ("PySide6.QtWidgets", "PySide6.QtPrintSupport", "PySide6.QtSvgWidgets")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every module named by an import in ``source``, relative imports resolved."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = module.split(".")
                keep = len(parts) - node.level + (1 if is_package else 0)
                base = ".".join(parts[:keep] + ([base] if base else []))
            found.add(base)
            # "from workshop_app import ui" imports the subpackage itself.
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _under(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def _ours(layer: str) -> str:
    return f"workshop_app.{layer}"


def violations(module: str, imported: set[str]) -> list[str]:
    """The layering rules; each broken rule gives one line naming module and import."""
    layer = module.split(".")[1] if module.count(".") else ""
    problems: list[str] = []

    def forbid(prefixes: tuple[str, ...], why: str) -> None:
        for name in sorted(imported):
            if _under(name, prefixes):
                problems.append(f"{module} imports {name}: {why}")

    if layer == "domain":
        ours = [n for n in imported if _under(n, ("workshop_app",))]
        for name in sorted(ours):
            if not _under(name, (_ours("domain"),)) and name != "workshop_app":
                problems.append(f"{module} imports {name}: domain imports only domain")
        forbid(QT, "domain is pure")
    if layer == "analysis":
        forbid(
            tuple(_ours(x) for x in ("ui", "storage", "exports", "exchange")) + QT,
            "analysis is pure",
        )
    if layer == "exports":
        forbid((_ours("ui"), _ours("storage"), *QT), "exports never touch Qt or the file")
    if layer in ("storage", "exchange"):
        forbid((_ours("ui"), *QT), f"{layer} never imports Qt or ui")
    if layer in ("domain", "analysis", "exports", "storage", "exchange"):
        forbid((_ours("session"), _ours("live")), f"{layer} sits below the session")
    if layer == "session":
        forbid((_ours("live"), *WIDGETS), "the session uses QtCore only, no widgets")
    if layer == "live":
        forbid(
            (*WIDGETS, _ours("storage"), _ours("exchange"), _ours("exports")),
            "the answering server talks to the session only, no widgets",
        )
    if layer != "ui" and module != "workshop_app.cli":
        forbid((_ours("ui"),), "only the command line's GUI launcher imports ui")
    if layer != "storage":
        forbid(SQL, "all SQL lives in storage/")
    return problems


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "forms" not in p.relative_to(PACKAGE).parts)


def test_every_module_keeps_to_its_layer() -> None:
    problems: list[str] = []
    for path in _modules():
        module = _module_name(path)
        source = path.read_text(encoding="utf-8")
        problems += violations(module, imports_of(source, module, path.name == "__init__.py"))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        ("workshop_app.domain.model", "from workshop_app.storage import store", "domain imports"),
        ("workshop_app.domain.model", "from ..analysis import analyse", "domain imports"),
        ("workshop_app.analysis.metrics", "from PySide6.QtCore import Qt", "analysis is pure"),
        (
            "workshop_app.analysis.metrics",
            "import workshop_app.exchange.json_io",
            "analysis is pure",
        ),
        (
            "workshop_app.exports.pdf_report",
            "def f():\n    from workshop_app.storage import x",
            "exports never",
        ),
        ("workshop_app.exports.charts", "from PySide6 import QtGui", "exports never"),
        ("workshop_app.storage.store", "import PySide6", "storage never imports Qt"),
        ("workshop_app.exchange.prework", "from workshop_app import ui", "only the command line"),
        ("workshop_app.demo", "from workshop_app.ui.app import run_app", "only the command line"),
        ("workshop_app.exchange.json_io", "import sqlite3", "all SQL lives in storage"),
        ("workshop_app.ui.pages.setup", "from sqlite_utils import Database", "all SQL lives"),
        ("workshop_app.session.editing", "from PySide6.QtWidgets import QWidget", "no widgets"),
        (
            "workshop_app.session.editing",
            "from workshop_app.ui.pages import base",
            "only the command line",
        ),
        (
            "workshop_app.storage.store",
            "from workshop_app.session import WorkshopSession",
            "below the session",
        ),
        ("workshop_app.live.server", "from PySide6 import QtWidgets", "no widgets"),
        (
            "workshop_app.live.server",
            "from workshop_app.storage.store import open_workshop",
            "talks to the session only",
        ),
        ("workshop_app.live.server", "import sqlite3", "all SQL lives"),
    ],
)
def test_the_checker_catches_each_kind_of_violation(
    module: str, source: str, expected: str
) -> None:
    found = violations(module, imports_of(source, module))
    assert any(expected in problem for problem in found), found


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("workshop_app.cli", "def gui():\n    from workshop_app.ui.app import run_app"),
        ("workshop_app.session.editing", "from workshop_app.storage.store import WorkshopStore"),
        ("workshop_app.session.editing", "from PySide6.QtCore import QObject, Signal"),
        ("workshop_app.live.server", "from workshop_app.session import WorkshopSession"),
        ("workshop_app.ui.live_panel", "from workshop_app.live.server import LiveServer"),
        ("workshop_app.storage.store", "import sqlite3\nfrom sqlite_utils import Database"),
        ("workshop_app.exchange.answers_csv", "from workshop_app.storage.store import X"),
        ("workshop_app.domain.model", "from .questionnaire import Question"),
    ],
)
def test_allowed_imports_pass(module: str, source: str) -> None:
    assert violations(module, imports_of(source, module)) == []
