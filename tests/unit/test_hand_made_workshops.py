"""The hand-made workshops the analysis tests build (tests/unit/analysis_builders.py) are
valid workshops, with every question type."""

from __future__ import annotations

from tests.unit.analysis_builders import ALL_TYPES, make_workshop, ready_terms
from workshop_app.domain.model import GapDiscussion


def test_built_workshops_are_valid() -> None:
    w = make_workshop(
        {
            "Nordwerk": [
                {
                    "L": 4,
                    "S": "a",
                    "M": ("a", "b"),
                    "R": ("a", "b", "c", "d"),
                    "A": {"a": 60.0, "b": 40.0},
                    "N": 12.5,
                    "T": "Tempo",
                }
            ],
            "华辰": [{"L": None}],
        },
        gap_discussions=(GapDiscussion("L"),),
        **ready_terms(["Nordwerk", "华辰"]),
    )
    w.validate()
    assert [p.id for p in w.partners] == ["Nordwerk", "华辰"]
    assert len(w.questionnaire) == len(ALL_TYPES)
