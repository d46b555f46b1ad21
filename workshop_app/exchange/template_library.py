"""The user's own questionnaire templates, beside the built-in ones.

Own templates are YAML files in ``templates/`` of the app's data folder (platformdirs'
user data folder, or WORKSHOP_APP_DATA_DIR when set). Every file written here, and
every template exported or converted from Excel, is written to a temporary file and
renamed into place, so a failure never leaves half a template.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from workshop_app import atomic
from workshop_app.domain.errors import TemplateError, WorkshopError
from workshop_app.domain.questionnaire import Questionnaire
from workshop_app.domain.questionnaire_edit import template_data
from workshop_app.domain.template_format import questionnaire_from_dict
from workshop_app.exchange.templates import builtin_template_paths, load_template
from workshop_app.storage.backups import data_dir


@dataclass(frozen=True)
class LibraryEntry:
    path: Path
    builtin: bool
    template_id: str = ""
    version: str = ""
    title: str = ""
    questions: int = 0
    problem: str = ""  # why an own template file cannot be used
    titles: tuple[tuple[str, str], ...] = ()  # (language, title) for each translation

    def title_in(self, code: str) -> str:
        """The title in a language the template carries, else its own title."""
        return dict(self.titles).get(code) or self.title


def user_templates_dir() -> Path:
    return data_dir() / "templates"


def dump_template_yaml(data: dict[str, Any]) -> str:
    header = (
        "# A Partnership Workshop questionnaire template (format: see the README, "
        "'Questionnaire templates').\n"
    )
    return header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def write_text_atomically(text: str, path: str | Path) -> Path:
    """Write UTF-8 text through the one atomic writer (temp file beside it, renamed)."""
    target = Path(path)
    if target.is_dir():
        raise WorkshopError(f"Cannot write {target}: it is a folder; give a file name.")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise WorkshopError(f"Cannot write {target}: the folder {folder} does not exist.")
    try:
        return atomic.write_bytes(target, text.encode("utf-8"))
    except OSError as exc:
        raise WorkshopError(f"Cannot write {target}: {atomic.describe_os_error(exc)}.") from None


def write_template_yaml(data: dict[str, Any], path: str | Path) -> Path:
    """Validate template data and write it as YAML, atomically."""
    questionnaire_from_dict(data, Path(path).name)
    return write_text_atomically(dump_template_yaml(data), path)


def export_template(q: Questionnaire, path: str | Path) -> Path:
    return write_template_yaml(template_data(q), path)


def _file_name(template_id: str, version: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", f"{template_id}-{version}") + ".yaml"


def library_path(q: Questionnaire) -> Path:
    return user_templates_dir() / _file_name(q.template_id, q.version)


def save_to_library(q: Questionnaire, *, overwrite: bool = False) -> Path:
    """Save a questionnaire as an own template; refuses to replace one unless told to.

    Revisions belong to a workshop's answers, not to a template, so they are left out.
    """
    from dataclasses import replace

    target = library_path(q)
    if target.exists() and not overwrite:
        raise FileExistsError(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    return export_template(replace(q, revisions=()), target)


def import_to_library(path: str | Path, *, overwrite: bool = False) -> Path:
    """Check a template file and copy it into the library; returns the new path."""
    return save_to_library(load_template(path), overwrite=overwrite)


def list_library() -> list[LibraryEntry]:
    """Built-in templates first, then own ones (own files that do not load say why)."""
    out = []
    for path in builtin_template_paths():
        q = load_template(path)
        out.append(_entry(path, q, builtin=True))
    folder = user_templates_dir()
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        try:
            q = load_template(path)
        except TemplateError as exc:
            out.append(LibraryEntry(path, False, path.stem, problem=str(exc)))
            continue
        out.append(_entry(path, q, builtin=False))
    return out


def _entry(path: Path, q: Questionnaire, *, builtin: bool) -> LibraryEntry:
    titles = tuple((t.language, t.title) for t in q.translations if t.title)
    return LibraryEntry(path, builtin, q.template_id, q.version, q.title, len(q), titles=titles)
