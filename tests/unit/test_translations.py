"""Every interface string is translated into every language, and none escapes tr().

The .ts sources must match what lupdate extracts from the code now (no new string
untranslated, no obsolete one kept), every message must be translated, and the
interface code must not hand a bare string literal to a widget.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from workshop_app.domain import enums
from workshop_app.domain.heads import HEAD_STATUS_LABELS, HEADS, NON_BINDING_WORDS
from workshop_app.translations import qt_tool, translated_codes, ts_path, update_sources

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "workshop_app" / "ui"

# Calls whose string arguments people read.
SHOWN = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText",
    "setTitle", "setHtml", "setPlainText", "setAccessibleName", "setAccessibleDescription",
    "setWhatsThis", "setInformativeText", "setDetailedText", "setLabelText", "addAction",
    "addMenu", "addTab", "setTabText", "addItem", "addItems", "setHeaderLabels",
    "showMessage", "setSuffix", "setPrefix", "setSpecialValueText", "setButtonText",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QToolButton", "information", "warning", "critical", "question", "about",
    "getText", "getItem", "getSaveFileName", "getOpenFileName", "getExistingDirectory",
}  # fmt: skip
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%[vmp]")
TRANSLATORS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (ctx.findtext("name") or "", msg.findtext("source") or "", msg)
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sources as lupdate would write them from the code as it is now."""
    copy = tmp_path_factory.mktemp("tree")
    for part in ("workshop_app", "forms"):
        shutil.copytree(ROOT / part, copy / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "resources" / "translations", copy / "resources" / "translations")
    update_sources(copy)
    return {
        code: copy / "resources" / "translations" / f"workshop_{code}.ts"
        for code in translated_codes()
    }


@pytest.mark.parametrize("code", translated_codes())
def test_every_string_of_the_code_is_in_the_sources_and_no_other(
    code: str, extracted: dict[str, Path]
) -> None:
    shipped = {(c, s) for c, s, _ in _messages(ts_path(code))}
    current = {(c, s) for c, s, _ in _messages(extracted[code])}
    missing = sorted(current - shipped)
    obsolete = sorted(shipped - current)
    assert not missing, (
        f"new strings not in workshop_{code}.ts "
        f"(run python -m workshop_app.translations): {missing[:10]}"
    )
    assert not obsolete, f"obsolete strings in workshop_{code}.ts: {obsolete[:10]}"


@pytest.mark.parametrize("code", translated_codes())
def test_every_string_is_translated(code: str) -> None:
    problems = []
    for context, source, msg in _messages(ts_path(code)):
        tr = msg.find("translation")
        assert tr is not None
        forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
        if tr.get("type") in {"unfinished", "obsolete", "vanished"} or not all(
            f.strip() for f in forms
        ):
            problems.append(f"{context}: {source!r}")
            continue
        # Placeholders are filled in by .format() (or a progress bar's %v, %m, %p): a
        # translation must keep each one.
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"{context}: {source!r} has placeholders {wanted}, not {form!r}")
    assert not problems, f"{len(problems)} untranslated in workshop_{code}.ts: {problems[:10]}"


@pytest.mark.parametrize("code", translated_codes())
def test_the_sources_compile(code: str, tmp_path: Path) -> None:
    out = tmp_path / "x.qm"
    subprocess.run(
        [qt_tool("lrelease"), "-silent", str(ts_path(code)), "-qm", str(out)], check=True
    )
    assert out.stat().st_size > 1000


def test_every_domain_label_can_be_translated() -> None:
    """The UI looks the domain's words up at run time; each must be in the sources."""
    labels = {s for c, s, _ in _messages(ts_path("de")) if c == "Labels"}
    words = [
        *(m.label for cls in (
            enums.ContributionCategory, enums.Element, enums.GapStatus, enums.ActionStatus,
            enums.RightCode, enums.AssetKind, enums.Function, enums.GapKind,
        ) for m in cls),  # type: ignore[attr-defined]  # each of these enums has .label
        *enums.ELEMENT_SHORT_LABELS.values(),
        *enums.BODY_KIND_LABELS.values(),
        *enums.SCOPE_LABELS.values(),
        *HEAD_STATUS_LABELS.values(),
        *(text for h in HEADS for text in (h.title, *h.points)),
        NON_BINDING_WORDS,
    ]  # fmt: skip
    assert sorted(set(words) - labels) == []


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _bare_literals(node: ast.expr) -> list[ast.Constant | ast.JoinedStr]:
    """String literals in an argument that reach the screen without tr()."""
    if isinstance(node, ast.Call) and _name(node.func) in TRANSLATORS:
        return []
    if (
        isinstance(node, ast.Call)
        and _name(node.func) == "format"
        and isinstance(node.func, ast.Attribute)
    ):
        return _bare_literals(node.func.value)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        # Words, not symbols, numbers, markup or identifiers ("exit.notice_period") alone.
        if re.fullmatch(r"[a-z0-9]+([._][a-z0-9]+)+", node.value):
            return []
        return (
            [node] if re.search(r"[A-Za-z]{2,}", re.sub(r"<[^>]*>|&\w+;", "", node.value)) else []
        )
    if isinstance(node, ast.JoinedStr):
        found: list[ast.Constant | ast.JoinedStr] = []
        for part in node.values:
            if isinstance(part, ast.Constant) and re.search(
                r"[A-Za-z]{2,}", re.sub(r"<[^>]*>|&\w+;", "", str(part.value))
            ):
                return [node]
            if isinstance(part, ast.FormattedValue):
                found += _bare_literals(part.value)
        return found
    if isinstance(node, ast.BinOp):
        return _bare_literals(node.left) + _bare_literals(node.right)
    if isinstance(node, ast.IfExp):
        return _bare_literals(node.body) + _bare_literals(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [x for e in node.elts for x in _bare_literals(e)]
    return []


def test_no_translated_text_is_written_inside_an_f_string() -> None:
    """lupdate does not read calls inside f-strings: such a text would never be translated."""
    problems = []
    for path in sorted((ROOT / "workshop_app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                problems += [
                    f"{path.relative_to(ROOT)}:{call.lineno}: {ast.unparse(call)}"
                    for call in ast.walk(node)
                    if isinstance(call, ast.Call) and _name(call.func) in TRANSLATORS
                ]
    assert not problems, "\n".join(problems)


def test_no_string_shown_in_the_interface_escapes_tr() -> None:
    problems = []
    for path in sorted(UI.rglob("*.py")):
        if path.parent.name == "forms" and path.parent != UI:
            continue  # generated by pyside6-uic, translated through the .ui files
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # Texts kept in a constant are extractable when marked where they are written.
        marked = {
            t.id
            for n in ast.walk(tree)
            if isinstance(n, ast.Assign) and isinstance(n.value, ast.Call)
            and "QT_TRANSLATE_NOOP(" in ast.unparse(n.value)
            for t in n.targets
            if isinstance(t, ast.Name)
        }  # fmt: skip
        wrappers = {  # def tr(text): return QCoreApplication.translate(CONTEXT, text)
            id(c)
            for f in ast.walk(tree)
            if isinstance(f, ast.FunctionDef) and f.name in {"tr", "_t"}
            for c in ast.walk(f)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if name in TRANSLATORS:
                text = node.args[-1] if node.args else None
                literal = isinstance(text, ast.Constant) and isinstance(text.value, str)
                constant = isinstance(text, ast.Name) and text.id in marked
                if not (literal or constant or id(node) in wrappers):
                    problems.append(
                        f"{path.relative_to(ROOT)}:{node.lineno}: "
                        f"{name}() of a non-literal cannot be extracted"
                    )
                continue
            if name not in SHOWN:
                continue
            # addItem(text, data): only the text is shown
            shown = node.args[:1] if name == "addItem" else node.args
            args = list(shown) + [k.value for k in node.keywords if k.arg in {"text", "title"}]
            for arg in args:
                for lit in _bare_literals(arg):
                    problems.append(
                        f"{path.relative_to(ROOT)}:{lit.lineno}: {name}({ast.unparse(lit)[:60]})"
                    )
    assert not problems, "\n".join(problems)
