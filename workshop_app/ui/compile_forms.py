"""Compile the Designer forms in forms/*.ui into workshop_app/ui/forms/ui_<name>.py.

Run ``python -m workshop_app.ui.compile_forms`` after editing a .ui file; the generated
modules are committed, and tests/gui/test_forms_fresh.py fails when one is stale.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS_DIR = ROOT / "forms"
OUT_DIR = Path(__file__).resolve().parent / "forms"


def uic_program() -> str:
    """pyside6-uic beside the running Python (a venv), else on PATH."""
    here = Path(sys.executable).parent / "pyside6-uic"
    if here.exists():
        return str(here)
    found = shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic was not found; install PySide6.")
    return found


def output_name(form: Path) -> str:
    return f"ui_{form.stem}.py"


def used_imports_only(source: str) -> str:
    """uic imports some forty Qt classes whatever the form uses; PySide creates a class
    (and all of its enums) when its name is first imported, so the unused ones cost start-up
    time. Keep the names the form's code uses."""
    tree = ast.parse(source)
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    lines = source.splitlines(keepends=True)
    for node in reversed(tree.body):
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")):
            continue
        keep = [a.name for a in node.names if (a.asname or a.name) in used]
        text = f"from {node.module} import ({', '.join(keep)})\n" if keep else ""
        assert node.end_lineno is not None
        lines[node.lineno - 1 : node.end_lineno] = [text]
    return "".join(lines)


def compile_form(form: Path, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / output_name(form)
    subprocess.run([uic_program(), "--from-imports", "-o", str(target), str(form)], check=True)
    target.write_text(used_imports_only(target.read_text(encoding="utf-8")), encoding="utf-8")
    return target


def forms() -> list[Path]:
    return sorted(FORMS_DIR.glob("*.ui"))


def main() -> int:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    init = OUT_DIR / "__init__.py"
    if not init.exists():
        init.write_text('"""Generated from forms/*.ui by workshop_app.ui.compile_forms."""\n')
    for form in forms():
        print(compile_form(form, OUT_DIR).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
