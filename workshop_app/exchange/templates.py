"""Questionnaire template files (YAML) in resources/questionnaires and elsewhere."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from workshop_app.domain.errors import TemplateError
from workshop_app.domain.questionnaire import Questionnaire
from workshop_app.domain.template_format import questionnaire_from_dict
from workshop_app.domain.template_rules import check_template
from workshop_app.paths import resource_path

DEFAULT_TEMPLATE_ID = "alignment-core"
MAX_TEMPLATE_BYTES = 2 * 1024 * 1024


class _StrictLoader(yaml.SafeLoader):
    """Safe YAML that refuses duplicate keys (a silent overwrite hides mistakes)."""


def _construct_mapping(
    loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False
) -> dict[Any, Any]:
    mapping: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in mapping:
            raise TemplateError(
                f"line {key_node.start_mark.line + 1}: the key '{key}' appears twice."
            )
        mapping[key] = loader.construct_object(value_node, deep=deep)
    return mapping


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_template(path: str | Path) -> Questionnaire:
    """Read and validate a template file; errors name the file, question id and field."""
    return questionnaire_from_dict(read_template_data(path), Path(path).name)


def check_template_file(path: str | Path) -> tuple[Questionnaire, list[str]]:
    """Load a template and judge it by the writing rules (domain.template_rules).

    Raises TemplateError when it cannot be loaded; returns the rule problems otherwise.
    """
    data = read_template_data(path)
    name = Path(path).name
    questionnaire = questionnaire_from_dict(data, name)
    return questionnaire, check_template(data, questionnaire, name)


def read_template_data(path: str | Path) -> Any:
    """The template file as plain data (size-checked, strict YAML), not yet validated."""
    p = Path(path)
    name = p.name
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise TemplateError(f"{name}: cannot be read ({exc.strerror}).") from None
    if size > MAX_TEMPLATE_BYTES:
        raise TemplateError(f"{name}: {size:,} bytes is too large for a questionnaire template.")
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise TemplateError(f"{name}: is not UTF-8 text.") from None
    except OSError as exc:
        raise TemplateError(f"{name}: cannot be read ({exc.strerror}).") from None
    try:
        data = yaml.load(text, Loader=_StrictLoader)
    except TemplateError as exc:
        raise TemplateError(f"{name}: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise TemplateError(f"{name}: is not valid YAML{where}.") from None
    except RecursionError:  # PyYAML recurses once per level of nesting
        raise TemplateError(f"{name}: is nested too deeply to be a template.") from None
    return data


@dataclass(frozen=True)
class TemplateInfo:
    path: Path
    template_id: str
    version: str
    title: str
    language: str
    questions: int


def builtin_template_paths() -> list[Path]:
    return sorted(resource_path("questionnaires").glob("*.yaml"))


def list_templates() -> list[TemplateInfo]:
    out = []
    for path in builtin_template_paths():
        q = load_template(path)
        out.append(TemplateInfo(path, q.template_id, q.version, q.title, q.language, len(q)))
    return out


def default_template() -> Questionnaire:
    for path in builtin_template_paths():
        q = load_template(path)
        if q.template_id == DEFAULT_TEMPLATE_ID:
            return q
    raise TemplateError(f"The built-in questionnaire '{DEFAULT_TEMPLATE_ID}' is missing.")
