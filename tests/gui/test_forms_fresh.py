"""The generated form modules build what their .ui sources say.

Each form is compiled again with the installed pyside6-uic, and both the committed module
and the fresh one build their widget tree; the trees must be equal: every object's path,
class and property values. What uic's text looks like (its header, the version that wrote
it, the order of its imports) does not matter, so any supported PySide6 passes when the
forms are fresh and fails when a .ui was edited without recompiling.
"""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6 import QtWidgets
from PySide6.QtCore import QObject

from workshop_app.ui import compile_forms

# Properties that say where the object lives in memory or on screen, not what it is.
_VOLATILE = {"winId", "geometry", "frameGeometry", "normalGeometry", "pos", "rect", "x", "y"}


def _module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _value(value: object) -> str:
    if isinstance(value, QObject):
        return f"<{type(value).__name__} {value.objectName()}>"
    text = repr(value)
    return "<object>" if " at 0x" in text or "(0x" in text else text


def _describe(obj: QObject) -> dict[str, str]:
    meta = obj.metaObject()
    props: dict[str, str] = {"class": meta.className()}
    for i in range(meta.propertyCount()):
        prop = meta.property(i)
        name = prop.name()
        if name in _VOLATILE or not prop.isReadable():
            continue
        props[name] = _value(prop.read(obj))
    return props


def _path(obj: QObject, root: QObject) -> str:
    parts = []
    while obj is not None and obj is not root:
        parts.append(f"{type(obj).__name__}:{obj.objectName()}")
        obj = obj.parent()
    return "/".join(reversed(parts))


def _tree(module: ModuleType, form: Path, qtbot) -> dict[str, dict[str, str]]:
    top = ET.parse(form).getroot().find("widget")
    assert top is not None
    host = getattr(QtWidgets, top.get("class", "QWidget"))()
    qtbot.addWidget(host)
    ui = next(getattr(module, n) for n in dir(module) if n.startswith("Ui_"))()
    ui.setupUi(host)
    tree = {"": _describe(host)}
    for child in host.findChildren(QObject):
        if not child.objectName() or child.objectName().startswith("qt_"):
            continue  # Qt's own inner parts (a combo box's popup...), not the form's
        key = _path(child, host)
        assert key not in tree, f"two objects at {key}"
        tree[key] = _describe(child)
    return tree


def test_there_are_forms() -> None:
    names = {f.stem for f in compile_forms.forms()}
    assert {"about", "workshop_details"} <= names


@pytest.mark.parametrize("form", compile_forms.forms(), ids=lambda p: p.name)
def test_generated_form_is_fresh(form: Path, tmp_path: Path, qtbot) -> None:
    committed = compile_forms.OUT_DIR / compile_forms.output_name(form)
    assert committed.exists(), (
        f"{committed.name} is missing; run python -m workshop_app.ui.compile_forms"
    )
    fresh = compile_forms.compile_form(form, tmp_path)
    built = _tree(_module(committed, f"committed_{form.stem}"), form, qtbot)
    wanted = _tree(_module(fresh, f"fresh_{form.stem}"), form, qtbot)
    stale = sorted(
        f"{key or form.stem}: {name}"
        for key in built.keys() | wanted.keys()
        for name in (built.get(key, {}).keys() | wanted.get(key, {}).keys())
        if built.get(key, {}).get(name) != wanted.get(key, {}).get(name)
    )
    assert not stale, (
        f"{committed.name} is stale ({', '.join(stale[:8])}); "
        "run python -m workshop_app.ui.compile_forms"
    )
