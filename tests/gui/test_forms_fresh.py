"""The generated form modules build what their .ui sources say.

The committed module builds its widget tree, and Qt's own loader (QUiLoader) builds one
straight from the .ui file; the trees must be equal: every object's path, class and
declared property values, and every layout's items (widgets, layouts, spacers with their
size and policies). What uic's text looks like (the version that wrote it, how it spells
an enum) does not matter, so any supported PySide6 passes when the forms are fresh, and
a .ui edited without recompiling fails.
"""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6 import QtWidgets
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QLayout, QWidget

from workshop_app.ui import compile_forms

# Properties that say where the object lives in memory or on screen, or that Qt works out
# from the rest (size hints), not what the form declares.
_VOLATILE = {
    "winId",
    "geometry",
    "frameGeometry",
    "normalGeometry",
    "pos",
    "rect",
    "x",
    "y",
    "sizeHint",
    "minimumSizeHint",
}


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
    if isinstance(obj, QLayout):
        for i in range(obj.count()):
            item = obj.itemAt(i)
            spacer = item.spacerItem()
            if spacer is not None:
                policy = spacer.sizePolicy()
                props[f"item {i}"] = (
                    f"spacer {spacer.sizeHint().toTuple()} "
                    f"{policy.horizontalPolicy().name}/{policy.verticalPolicy().name}"
                )
            elif item.widget() is not None:
                props[f"item {i}"] = f"widget {item.widget().objectName()}"
            elif item.layout() is not None:
                props[f"item {i}"] = f"layout {item.layout().objectName()}"
    return props


def _path(obj: QObject, root: QObject) -> str:
    parts = []
    while obj is not None and obj is not root:
        parts.append(f"{type(obj).__name__}:{obj.objectName()}")
        obj = obj.parent()
    return "/".join(reversed(parts))


def _walk(host: QWidget) -> dict[str, dict[str, str]]:
    tree = {"": _describe(host)}
    for child in host.findChildren(QObject):
        if not child.objectName() or child.objectName().startswith("qt_"):
            continue  # Qt's own inner parts (a combo box's popup...), not the form's
        key = _path(child, host)
        assert key not in tree, f"two objects at {key}"
        tree[key] = _describe(child)
    return tree


def _built(module: ModuleType, form: Path, qtbot) -> dict[str, dict[str, str]]:
    """The tree the generated module builds."""
    top = ET.parse(form).getroot().find("widget")
    assert top is not None
    host = getattr(QtWidgets, top.get("class", "QWidget"))()
    qtbot.addWidget(host)
    ui = next(getattr(module, n) for n in dir(module) if n.startswith("Ui_"))()
    ui.setupUi(host)
    return _walk(host)


# Designer 6.7 and later write enums in full (Qt::Orientation::Vertical); the loader of
# older releases reads only the short form (Qt::Vertical), which every release reads.
_FULL_ENUM = re.compile(r"\b(\w+)::\w+::(\w+)\b")


def _loaded(form: Path, qtbot) -> dict[str, dict[str, str]]:
    """The tree the .ui file describes, built by Qt's loader."""
    text = _FULL_ENUM.sub(r"\1::\2", form.read_text(encoding="utf-8"))
    source = QBuffer()
    source.setData(QByteArray(text.encode("utf-8")))
    assert source.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        host = QUiLoader().load(source)
    finally:
        source.close()
    assert host is not None, form
    qtbot.addWidget(host)
    return _walk(host)


def test_there_are_forms() -> None:
    names = {f.stem for f in compile_forms.forms()}
    assert {"about", "workshop_details"} <= names


@pytest.mark.parametrize("form", compile_forms.forms(), ids=lambda p: p.name)
def test_generated_form_is_fresh(form: Path, qtbot) -> None:
    committed = compile_forms.OUT_DIR / compile_forms.output_name(form)
    assert committed.exists(), (
        f"{committed.name} is missing; run python -m workshop_app.ui.compile_forms"
    )
    built = _built(_module(committed, f"committed_{form.stem}"), form, qtbot)
    wanted = _loaded(form, qtbot)
    assert len(wanted) > 3  # the form's widgets and layouts, not just its window
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


def test_compiled_forms_import_only_the_qt_classes_they_use(tmp_path: Path, qtbot) -> None:
    """uic imports some forty Qt classes per form; PySide builds each (and its enums) when
    first imported, so compile_forms keeps the ones the form uses, and the form still
    builds what its .ui file describes."""
    import ast

    form = compile_forms.FORMS_DIR / "workshop_details.ui"
    made = compile_forms.compile_form(form, tmp_path)
    tree = ast.parse(made.read_text(encoding="utf-8"))
    imported = {
        a.asname or a.name
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")
        for a in node.names
    }
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    assert imported and imported <= used
    assert not imported & {"QGradient", "QConicalGradient", "QPainter", "QTransform"}
    built = _built(_module(made, "trimmed_workshop_details"), form, qtbot)
    assert built == _loaded(form, qtbot)
