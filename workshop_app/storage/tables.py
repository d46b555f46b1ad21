"""Which table holds each kind of entity, and in which order its rows are read.

The one map between the domain's entity classes and the workshop file's tables; the
store's reading and writing both go by it.
"""

from __future__ import annotations

from typing import Any

from workshop_app.domain import model

# entity class -> (table, primary key columns)
TABLES: dict[type, tuple[str, tuple[str, ...]]] = {
    model.Partner: ("partners", ("id",)),
    model.Participant: ("participants", ("id",)),
    model.Answer: ("answers", ("participant_id", "question_id")),
    model.GapDiscussion: ("gap_discussions", ("question_id",)),
    model.Contribution: ("contributions", ("id",)),
    model.GovernanceBody: ("bodies", ("id",)),
    model.Decision: ("decisions", ("id",)),
    model.EscalationStep: ("escalation_steps", ("id",)),
    model.ReviewPoint: ("review_points", ("id",)),
    model.ExitTrigger: ("exit_triggers", ("id",)),
    model.SharedAsset: ("shared_assets", ("id",)),
    model.ActionItem: ("action_items", ("id",)),
    model.HeadOfTerms: ("heads_of_terms", ("key",)),
    model.PartyDetails: ("party_details", ("partner_id",)),
}
_ORDER = {
    "partners": "position, rowid",
    "participants": "rowid",
    "answers": "rowid",
    "gap_discussions": "rowid",
    "escalation_steps": "level, rowid",
    "heads_of_terms": "rowid",
    "party_details": "rowid",
}

Entity = Any  # one of the classes in TABLES, WorkshopDetails or ExitTerms
