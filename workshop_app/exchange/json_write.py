"""Writing the JSON interchange format: a workshop to a document, text and file.

The document's shape is in json_format; the file is written by the one atomic writer.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from workshop_app.atomic import describe_os_error, remove_leftovers, write_bytes
from workshop_app.domain import model
from workshop_app.domain.errors import WorkshopError
from workshop_app.domain.plain import to_plain
from workshop_app.domain.template_format import questionnaire_to_dict
from workshop_app.exchange.json_format import COLLECTIONS, FORMAT, PAIR_KEYS, VERSION


def _entity_to_json(entity: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(entity):
        value = getattr(entity, f.name)
        keys = PAIR_KEYS.get((type(entity), f.name))
        if keys:
            out[f.name] = [{keys[0]: to_plain(a), keys[1]: to_plain(b)} for a, b in value]
        else:
            out[f.name] = to_plain(value)
    return out


def workshop_to_json(workshop: model.Workshop) -> dict[str, Any]:
    """The interchange document of a workshop (plain dicts and lists, ready for json.dump)."""
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "details": _entity_to_json(workshop.details),
        "questionnaire": questionnaire_to_dict(workshop.questionnaire),
    }
    for name, _ in COLLECTIONS:
        doc[name] = [_entity_to_json(e) for e in getattr(workshop, name)]
    doc["exit_terms"] = _entity_to_json(workshop.exit_terms)
    return doc


def dumps(workshop: model.Workshop) -> str:
    return json.dumps(workshop_to_json(workshop), ensure_ascii=False, indent=2, allow_nan=False)


class JsonWriteError(WorkshopError):
    """The JSON file could not be written; the message names the target."""


def write_json(workshop: model.Workshop, path: str | Path) -> Path:
    """Write the document to a temporary file beside ``path`` and rename it into place."""
    target = Path(path)
    if target.is_dir():
        raise JsonWriteError(f"Cannot write {target}: it is a folder; give a file name.")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        # As the other exports: a typo in the folder is an error, not a new folder.
        raise JsonWriteError(f"Cannot write {target}: the folder {folder} does not exist.")
    text = dumps(workshop) + "\n"
    remove_leftovers(folder)
    try:
        write_bytes(target, text.encode("utf-8"))
    except OSError as exc:
        # Name the target, not the temporary file the user never asked for.
        raise JsonWriteError(f"Cannot write {target}: {describe_os_error(exc)}.") from None
    return target
