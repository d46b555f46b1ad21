"""The shape of the JSON interchange format: its tag, version and the parts of a workshop.

Shared by writing (json_write), reading (json_read) and the published schema
(json_schema), so the three cannot disagree on which parts a document has or how a
pair is spelled.

Shape (version 1; the schema is published as resources/schema/workshop-interchange-1.schema.json):
    {"format": "partnership-workshop", "version": 1,
     "details": {...}, "questionnaire": {<the template, as in the YAML format>},
     "partners": [...], "participants": [...], "answers": [...], "gap_discussions": [...],
     "contributions": [...], "bodies": [...], "decisions": [...], "escalation_steps": [...],
     "review_points": [...], "exit_terms": {...}, "exit_triggers": [...],
     "shared_assets": [...], "action_items": [...]}

Every entity is an object with the domain field names; dates are ISO text
(``2026-03-31``, times with their UTC offset), enums their stored value, missing
optional fields take their defaults. Reading treats the document as hostile: size
checked first, unknown keys refused, every type checked, and every error names the
JSON path (``partners[2].colour``; indices count from 0).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache
from typing import Any

from workshop_app.domain import model

FORMAT = "partnership-workshop"
VERSION = 1
SCHEMA_FILE = "workshop-interchange-1.schema.json"

# The list-valued parts of a workshop, in document order, with their entity class.
COLLECTIONS: tuple[tuple[str, type], ...] = (
    ("partners", model.Partner),
    ("participants", model.Participant),
    ("answers", model.Answer),
    ("gap_discussions", model.GapDiscussion),
    ("contributions", model.Contribution),
    ("bodies", model.GovernanceBody),
    ("decisions", model.Decision),
    ("escalation_steps", model.EscalationStep),
    ("review_points", model.ReviewPoint),
    ("exit_triggers", model.ExitTrigger),
    ("shared_assets", model.SharedAsset),
    ("action_items", model.ActionItem),
    ("heads_of_terms", model.HeadOfTerms),
    ("parties", model.PartyDetails),
)
SINGLETONS: tuple[tuple[str, type], ...] = (
    ("details", model.WorkshopDetails),
    ("exit_terms", model.ExitTerms),
)
# Pairs stored as tuples in the domain are written as small objects, which read better
# and validate better than two-element arrays: field -> (first key, second key).
PAIR_KEYS: dict[tuple[type, str], tuple[str, str]] = {
    (model.Partner, "capacities"): ("unit", "amount"),
    (model.Decision, "rights"): ("partner", "right"),
    (model.HeadOfTerms, "positions"): ("partner", "position"),
}


@cache
def field_types(cls: type) -> dict[str, Any]:
    """The field types of an entity class, resolved in the domain model's namespace."""
    return typing.get_type_hints(cls, vars(model), vars(model))


def optional_arg(tp: Any) -> Any | None:
    """X for ``X | None``, else None."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(typing.get_args(tp)) == 2:
            return args[0]
    return None


def required_fields(cls: type) -> set[str]:
    """The fields a document must give (those without a default)."""
    return {
        f.name
        for f in dataclasses.fields(cls)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }
