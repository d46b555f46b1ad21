"""The ``info`` command: a workshop's summary, completion, alignment and top gaps, as
text or as JSON (``info_dict``). Reads the file only: imports neither Qt nor sqlite-utils."""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workshop_app.cli_common import EXIT_OK
from workshop_app.cli_common import opened as _opened
from workshop_app.cli_common import out as _out

if TYPE_CHECKING:
    import argparse

# json's own (C where the interpreter has it)
_string: Callable[[str], str] = json.encoder.encode_basestring


def indented_json(data: Any) -> str:
    """``json.dumps(data, ensure_ascii=False, indent=2)``, character for character, in a
    fraction of its time: with an indent, json encodes in pure Python, one generator per
    level. Anything but plain JSON types goes the standard way (with its message)."""
    parts: list[str] = []
    try:
        _encode(data, "\n", parts)
    except _NotPlain:
        return json.dumps(data, ensure_ascii=False, indent=2)
    return "".join(parts)


class _NotPlain(Exception):
    pass


def _scalar(value: Any) -> str:
    if isinstance(value, str):
        return _string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if value != value:
            return "NaN"
        if value in (float("inf"), float("-inf")):
            return "Infinity" if value > 0 else "-Infinity"
        return float.__repr__(value)
    raise _NotPlain


_float_repr = float.__repr__
_int_repr = int.__repr__
_FIXED = {None: "null", True: "true", False: "false"}


def _encode(value: Any, newline: str, parts: list[str]) -> None:
    # Each item is appended with what goes before it in one piece. The exact types of
    # plain JSON (nearly every value) are told by identity, first text and finite
    # numbers; subclasses, NaN and the infinities go through _scalar as json orders it.
    append = parts.append
    kind = type(value)
    if kind is dict or (kind is not list and kind is not tuple and isinstance(value, dict)):
        if not value:
            append("{}")
            return
        inner = newline + "  "
        separator = "{" + inner
        for key, item in value.items():
            if isinstance(key, str):
                name = separator + _string(key) + ": "
            elif isinstance(key, bool | int | float) or key is None:
                name = separator + _string(_scalar(key)) + ": "
            else:
                raise _NotPlain
            t = type(item)
            if t is str:
                append(name + _string(item))
            elif t is float and item - item == 0.0:
                append(name + _float_repr(item))
            elif t is int:
                append(name + _int_repr(item))
            elif item is None or t is bool:
                append(name + _FIXED[item])
            elif t is dict or t is list or t is tuple or isinstance(item, list | tuple | dict):
                append(name)
                _encode(item, inner, parts)
            else:
                append(name + _scalar(item))
            separator = "," + inner
        append(newline + "}")
    elif kind is list or kind is tuple or isinstance(value, list | tuple):
        if not value:
            append("[]")
            return
        inner = newline + "  "
        separator = "[" + inner
        for item in value:
            t = type(item)
            if t is str:
                append(separator + _string(item))
            elif t is float and item - item == 0.0:
                append(separator + _float_repr(item))
            elif t is int:
                append(separator + _int_repr(item))
            elif item is None or t is bool:
                append(separator + _FIXED[item])
            elif t is dict or t is list or t is tuple or isinstance(item, list | tuple | dict):
                append(separator)
                _encode(item, inner, parts)
            else:
                append(separator + _scalar(item))
            separator = "," + inner
        append(newline + "]")
    else:
        append(_scalar(value))


def _completion(answered: int, expected: int) -> float:
    return answered / expected if expected else 0.0


def info_dict(workshop: Any, path: Path, schema: str) -> dict[str, Any]:
    """What ``info --json`` prints (also used by tests)."""
    from workshop_app.analysis import analyse
    from workshop_app.analysis.heads import heads_to_dict, parties_to_dict
    from workshop_app.analysis.report import analysis_to_dict
    from workshop_app.domain.enums import QuestionType
    from workshop_app.domain.scope import active_question_ids, asked_ids_of_each

    q = workshop.questionnaire
    n_questions = len(q)
    active = active_question_ids(workshop.details, q)
    # Completion counts the questions each participant is asked; "Don't know" is an answer.
    asked_ids = asked_ids_of_each(
        (x for x in q.questions() if x.id in active), workshop.participants
    )
    answered: dict[str, int] = {}
    given: dict[str, int] = {}
    for a in workshop.answers:
        given[a.participant_id] = given.get(a.participant_id, 0) + 1
        if (a.value is not None or a.dont_know) and a.question_id in asked_ids.get(
            a.participant_id, ()
        ):
            answered[a.participant_id] = answered.get(a.participant_id, 0) + 1
    partners = []
    for p in workshop.partners:
        people = workshop.participants_of(p.id)
        listed = [
            {
                "id": person.id,
                "name": person.name,
                "function": person.function.value if person.function else None,
                "language": person.language,
                "done": person.done,
                "asked": len(asked_ids[person.id]),
                "answers": given.get(person.id, 0),
                "answered": answered.get(person.id, 0),
                "completion": round(
                    _completion(answered.get(person.id, 0), len(asked_ids[person.id])), 4
                ),
            }
            for person in people
        ]
        total = sum(x["answered"] for x in listed)
        partners.append(
            {
                "id": p.id,
                "name": p.name,
                "short_name": p.short_name,
                "role": p.role,
                "colour": p.colour,
                "participants": listed,
                "answers": sum(x["answers"] for x in listed),
                "answered": total,
                "completion": round(_completion(total, sum(x["asked"] for x in listed)), 4),
            }
        )
    answered_total = sum(answered.values())
    d = workshop.details
    analysis = analyse(workshop)
    return {
        "file": str(path),
        "schema": schema,
        "title": d.title,
        "phase": d.phase.value,
        "status": d.status.value,
        "date": d.date.isoformat() if d.date else None,
        "facilitator": d.facilitator,
        "questionnaire": {
            "id": q.template_id,
            "version": q.version,
            "title": q.title,
            "questions": n_questions,
            "scored_questions": sum(1 for x in q.questions() if x.type is not QuestionType.TEXT),
            "active_questions": len(active),
        },
        "counts": {
            "partners": len(workshop.partners),
            "participants": len(workshop.participants),
            "questions": n_questions,
            "answers": len(workshop.answers),
            "answered": answered_total,
            "gap_discussions": len(workshop.gap_discussions),
            "contributions": len(workshop.contributions),
            "governance_bodies": len(workshop.bodies),
            "decisions": len(workshop.decisions),
            "escalation_steps": len(workshop.escalation_steps),
            "review_points": len(workshop.review_points),
            "exit_triggers": len(workshop.exit_triggers),
            "shared_assets": len(workshop.shared_assets),
            "action_items": len(workshop.action_items),
        },
        "completion": round(
            _completion(answered_total, sum(len(ids) for ids in asked_ids.values())), 4
        ),
        "partners": partners,
        "heads_of_terms": heads_to_dict(workshop, analysis.gaps),
        "parties": parties_to_dict(workshop),
        "analysis": analysis_to_dict(workshop, analysis),
    }


def _width(text: str) -> int:
    """Columns the text takes in a terminal: CJK and Hangul take two."""
    import unicodedata  # the text output alone needs it

    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def _ljust(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def cmd_info(args: argparse.Namespace) -> int:
    return run_info(args.file, args.json)


def _import_what_info_reads() -> None:
    """Import the store and the analysis with the cyclic collector paused, and keep what
    importing made out of later collections, as ``__main__`` does for the command line:
    importing creates thousands of objects that live as long as the process, among which
    the collections it would set off (a few milliseconds) find no garbage."""
    if "workshop_app.analysis.report" in sys.modules:
        return  # imported already (in the app's process, or a test's)
    enabled = gc.isenabled()
    gc.disable()
    try:
        import workshop_app.analysis.heads
        import workshop_app.analysis.report
        import workshop_app.domain.scope
        import workshop_app.storage.store  # noqa: F401  # what info_dict and opened import
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def run_info(file: str, as_json: bool) -> int:
    """``info FILE [--json]``."""
    _import_what_info_reads()
    with _opened(file) as store:
        workshop = store.load()
        schema = store.schema_version
    data = info_dict(workshop, Path(file), schema)
    if as_json:
        _out(indented_json(data))
        return EXIT_OK
    c = data["counts"]
    q = data["questionnaire"]
    _out(data["title"])
    _out(f"  File: {Path(file).name} (schema {schema})")
    _out(f"  Questionnaire: {q['title']} ({q['id']} {q['version']}, {q['questions']} questions)")
    _out(f"  Phase: {workshop.details.phase.label}; status: {data['status']}")
    _out(f"Partners ({c['partners']}):")
    width = max((_width(p["name"]) for p in data["partners"]), default=0)
    for p in data["partners"]:
        _out(
            f"  {_ljust(p['name'], width)}  {len(p['participants']):>3} participants  "
            f"{p['answered']:>5} answers  {_pct(p['completion']):>4} complete"
        )
    asked = sum(x["asked"] for p in data["partners"] for x in p["participants"])
    _out(
        f"Completion: {_pct(data['completion'])} ({c['answered']} of "
        f"{asked} answers asked; {q['active_questions']} of {q['questions']} questions active)"
    )
    analysis = data["analysis"]
    overall = analysis.get("overall_index")
    if overall is not None:
        _out(f"Overall alignment index: {overall:.0f} / 100")
    definition = analysis.get("definition_index")
    if definition is not None:
        _out(f"Definition index: {definition:.0f} / 100")
    gaps = analysis.get("gaps") or []
    labels = {p.id: p.label for p in workshop.partners}
    if gaps:
        _out(f"Top gaps ({len(gaps)}):")
        for n, gap in enumerate(gaps[:5], start=1):
            pair = gap.get("diverging_pair")
            between = ""
            if pair:
                between = "  (" + " vs ".join(labels.get(x, x) for x in pair["partners"]) + ")"
            score = "" if gap["alignment"] is None else f", alignment {gap['alignment']:.2f}"
            _out(f"  {n}. {gap['question_id']} {gap['title']}: {gap['kinds_text']}{score}{between}")
    pending = [h for h in data["heads_of_terms"] if h["status"] not in ("agreed", "not_applicable")]
    _out(f"Heads of terms not yet agreed ({len(pending)} of {len(data['heads_of_terms'])}):")
    for h in pending:
        _out(f"  {h['number']:>2} {h['title']}: {h['status'].replace('_', ' ')}")
    return EXIT_OK
