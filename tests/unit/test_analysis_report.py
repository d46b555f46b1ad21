"""The analysis as JSON (``workshop-app info --json``), and the analysis of the demo."""

from __future__ import annotations

import json
from datetime import date

from tests.unit.analysis_builders import (
    DEFINITION,
    DK,
    LIKERT,
    MULTI,
    SINGLE,
    TEXT,
    make_workshop,
)
from workshop_app.analysis import analyse
from workshop_app.analysis.report import analysis_to_dict
from workshop_app.domain.enums import GapStatus
from workshop_app.domain.model import GapDiscussion, Workshop

TOP_KEYS = {
    "threshold",
    "overall_index",
    "element_scores",
    "pair_scores",
    "questions",
    "gaps",
    "internal_disagreements",
    "readiness",
    "definition_index",
    "element_definition",
    "blind_spot_threshold",
    "questionnaire",
}
QUESTION_KEYS = {
    "id",
    "element",
    "type",
    "title",
    "weight",
    "active",
    "alignment",
    "definition",
    "undecided_partners",
    "diverging_options",
    "diverging_pair",
    "pairwise",
    "positions",
}


def _report(w: Workshop) -> dict:
    data = analysis_to_dict(w, analyse(w))
    # what the command line prints must read back the same
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    return data


def _workshop() -> Workshop:
    return make_workshop(
        {
            "Nordwerk": [{"L": 5, "S": "a", "T": "Tempo"}, {"L": 4, "S": "a"}],
            "华辰": [{"L": 2, "S": "a"}, {"L": 1, "S": "b"}, {"L": 3, "S": "c"}],
            "한빛배터리": [{"L": None}],
        },
        [LIKERT, SINGLE, TEXT],
        gap_discussions=(
            GapDiscussion("L", GapStatus.DISCUSSED, owner="王芳", due=date(2027, 1, 15)),
        ),
    )


def test_report_has_the_stable_keys_and_partner_names() -> None:
    data = _report(_workshop())
    assert set(data) == TOP_KEYS
    assert all(set(q) == QUESTION_KEYS for q in data["questions"])
    assert data["threshold"] == 0.75
    assert data["blind_spot_threshold"] == 0.5
    assert data["questionnaire"] == {"active_questions": 3}
    assert data["definition_index"] is None and data["element_definition"] == {}
    assert data["pair_scores"][0]["partners"] == ["Nordwerk", "华辰"]
    assert data["pair_scores"][0]["names"] == ["Nordwerk", "华辰"]
    assert [p["partners"] for p in data["pair_scores"]] == [
        ["Nordwerk", "华辰"],
        ["Nordwerk", "한빛배터리"],
        ["华辰", "한빛배터리"],
    ]
    assert data["pair_scores"][1] == {
        "partners": ["Nordwerk", "한빛배터리"],
        "names": ["Nordwerk", "한빛배터리"],
        "elements": {},
        "overall": None,
    }


def test_report_questions_round_to_four_decimals() -> None:
    data = _report(_workshop())
    by_id = {q["id"]: q for q in data["questions"]}
    assert list(by_id) == ["L", "S", "T"]
    s = by_id["S"]
    assert (s["element"], s["type"], s["title"]) == ("goals", "single_choice", "Main objective?")
    # Nordwerk all "a"; 华辰 a, b, c: TVD 2/3
    assert s["alignment"] == 0.3333
    assert s["diverging_pair"] == {"partners": ["Nordwerk", "华辰"], "names": ["Nordwerk", "华辰"]}
    assert s["pairwise"] == [
        {
            "partners": ["Nordwerk", "华辰"],
            "names": ["Nordwerk", "华辰"],
            "distance": 0.6667,
            "alignment": 0.3333,
        }
    ]
    hua = s["positions"][1]
    assert hua == {
        "partner": "华辰",
        "name": "华辰",
        "respondents": 3,
        "value": None,
        "distribution": {"a": 0.3333, "b": 0.3333, "c": 0.3333},
        "consensus": 0.3333,
        "single_voice": False,
        "dont_know": 0,
    }
    assert (s["active"], s["definition"], s["undecided_partners"], s["diverging_options"]) == (
        True,
        None,
        [],
        [],
    )
    likert = by_id["L"]
    assert [p["partner"] for p in likert["positions"]] == ["Nordwerk", "华辰"]  # 한빛 blank
    assert likert["positions"][0]["value"] == 4.5
    text = by_id["T"]
    assert text["alignment"] is None and text["pairwise"] == []
    assert text["positions"][0]["texts"] == ["Tempo"]
    assert text["positions"][0]["single_voice"] is True


def test_report_gaps_disagreements_and_readiness() -> None:
    data = _report(_workshop())
    # S: severity 2/3; L: 0.625
    assert [g["question_id"] for g in data["gaps"]] == ["S", "L"]
    gap = data["gaps"][1]
    assert gap == {
        "question_id": "L",
        "element": "goals",
        "title": "Joint target",
        "kinds": ["divergence"],
        "kinds_text": "partners differ",
        "definition": None,
        "undecided_partners": [],
        "alignment": 0.375,
        "severity": 0.625,
        "diverging_pair": {"partners": ["Nordwerk", "华辰"], "names": ["Nordwerk", "华辰"]},
        "status": "discussed",
        "agreed_position": "",
        "owner": "王芳",
        "due": "2027-01-15",
    }
    assert data["gaps"][0]["due"] is None
    assert data["internal_disagreements"] == [
        {
            "question_id": "S",
            "element": "goals",
            "title": "Main objective?",
            "partner": "华辰",
            "name": "华辰",
            "consensus": 0.3333,
            "respondents": 3,
        }
    ]
    r = data["readiness"]
    assert (r["passed"], r["total"]) == (1, 11)
    assert r["score"] == round(1 / 11, 4)
    first = r["checks"][0]
    assert set(first) == {"id", "title", "passed", "missing", "page", "field"}
    assert (first["id"], first["passed"], first["page"]) == (
        "contributions.complete",
        False,
        "contributions",
    )
    assert "Nordwerk has no contribution." in first["missing"]


def test_report_of_a_workshop_without_answers() -> None:
    data = _report(make_workshop({"A": [], "B": []}, [LIKERT]))
    assert data["overall_index"] is None
    assert data["element_scores"] == {}
    assert data["gaps"] == [] and data["internal_disagreements"] == []
    assert data["questions"][0]["positions"] == []


# --- the demo workshop ----------------------------------------------------------------


def test_the_demo_shows_gaps_disagreements_and_an_unfinished_term_sheet(
    small_demo: Workshop,
) -> None:
    a = analyse(small_demo)
    assert a.gaps, "the demo should show at least one gap"
    assert a.internal_disagreements, "the demo should show a partner not aligned with itself"
    assert 0 < a.readiness.passed < a.readiness.total
    assert a.overall_index is not None and 0 < a.overall_index < 100
    assert len(a.pair_overall) == len(small_demo.partners) * (len(small_demo.partners) - 1) // 2
    data = _report(small_demo)
    names = {p.name for p in small_demo.partners}
    assert {
        n for g in data["gaps"] if g["diverging_pair"] for n in g["diverging_pair"]["names"]
    } <= names


def test_report_of_definition_dont_know_and_undecided() -> None:
    w = make_workshop(
        {
            "A": [{"D": 1, "M": ("a", "b")}, {"D": DK}],
            "B": [{"D": 2, "M": ("a",)}],
            "C": [{"D": DK, "M": DK}],
        },
        [DEFINITION, MULTI],
    )
    data = _report(w)
    by_id = {q["id"]: q for q in data["questions"]}
    d = by_id["D"]
    # A: 1 and one don't know (not undecided: half is "at least half", so it is!)
    assert d["undecided_partners"] == ["A", "C"]
    assert [p["partner"] for p in d["positions"]] == ["B"]
    assert d["definition"] == 0.25  # B at 2 on 1..5
    assert by_id["M"]["diverging_options"] == ["b"]
    assert by_id["M"]["positions"][0]["dont_know"] == 0
    assert data["definition_index"] == 25.0 and data["element_definition"] == {"goals": 25.0}
    kinds = {g["question_id"]: g["kinds"] for g in data["gaps"]}
    assert kinds == {"D": ["blind_spot", "undecided"], "M": ["divergence", "undecided"]}
    text = {g["question_id"]: g["kinds_text"] for g in data["gaps"]}
    assert text["D"] == "nobody has defined this yet; a partner does not know"
