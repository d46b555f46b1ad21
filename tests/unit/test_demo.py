"""The demo workshops: valid, complete, deterministic, with the gaps the story needs."""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from statistics import mean

import pytest

from workshop_app.analysis import analyse
from workshop_app.demo import build_demo
from workshop_app.domain.enums import GapKind, GapStatus, QuestionType
from workshop_app.domain.model import PARTNER_COLOURS, validate_answer
from workshop_app.domain.scope import asked_questions


@pytest.fixture(scope="module")
def small():
    return build_demo("small")


@pytest.fixture(scope="module")
def large():
    return build_demo("large")


def _has_script(text: str, script: str) -> bool:
    return any(unicodedata.name(ch, "").startswith(script) for ch in text)


def _by_partner(workshop, question_id):
    partner_of = {p.id: p.partner_id for p in workshop.participants}
    out = defaultdict(list)
    for a in workshop.answers:
        if a.question_id == question_id and a.value is not None:
            out[partner_of[a.participant_id]].append(a.value)
    return out


def test_small_validates(small):
    small.validate()
    d = small.details
    assert d.title == "EV platform codevelopment"
    assert d.revealed and d.blind_mode
    assert d.gap_threshold == 0.75
    assert d.date.isoformat() == "2026-11-24"


def test_small_partners_carry_three_scripts(small):
    assert len(small.partners) == 3
    names = [p.name for p in small.partners]
    assert any(ch in "äöüÄÖÜß" for ch in names[0])
    assert _has_script(names[1], "CJK UNIFIED IDEOGRAPH")
    assert _has_script(names[2], "HANGUL")
    assert [p.colour for p in small.partners] == list(PARTNER_COLOURS[:3])
    people = {p.name for p in small.participants}
    assert {"王芳", "Jürgen Weiß", "김민준"} <= people


def test_small_participants_per_partner(small):
    for partner in small.partners:
        members = small.participants_of(partner.id)
        assert 3 <= len(members) <= 5, partner.name
        assert all(m.function for m in members)


def test_every_participant_answered_what_they_are_asked(small):
    answered = defaultdict(set)
    for a in small.answers:
        assert (a.value is None) == a.dont_know
        assert a.answered_at is not None and a.answered_at.tzinfo is not None
        answered[a.participant_id].add(a.question_id)
    assert set(answered) == {p.id for p in small.participants}
    counts = []
    for person in small.participants:
        asked = {q.id for q in asked_questions(small.details, small.questionnaire, person)}
        assert answered[person.id] == asked, person.name
        counts.append(len(asked))
    # Each function gets its own questions, never more than 35.
    assert max(counts) <= 35 and min(counts) >= 7 and len(set(counts)) > 3
    assert len(small.answers) == sum(counts)


def test_answer_values_are_canonical(small):
    names = {p.id: p.name for p in small.participants}
    for a in small.answers:
        assert validate_answer(small.questionnaire, a, names[a.participant_id]) is a


def test_some_comments_carry_non_latin_text(small):
    comments = [a.comment for a in small.answers if a.comment]
    assert 3 <= len(comments) <= 15
    assert any(_has_script(c, "CJK UNIFIED IDEOGRAPH") for c in comments)
    assert any(_has_script(c, "HANGUL") for c in comments)
    assert any(ch in c for c in comments for ch in "äöüß")


def _title(workshop, words):
    return next(q.id for q in workshop.questionnaire.questions() if q.short_title == words)


def test_partners_disagree_where_the_story_says(small):
    partners = [p.id for p in small.partners]
    for words in (
        "Owner of the architecture baseline",
        "Owner of new IP",
        "Use of new IP elsewhere",
        "When volume falls short",
        "Main reason to partner",
    ):
        values = _by_partner(small, _title(small, words))
        modes = {Counter(values[p]).most_common(1)[0][0] for p in partners}
        assert len(modes) == 3, words
    start = _by_partner(small, _title(small, "Months to start of production"))
    means = [mean(start[p]) for p in partners]
    assert max(means) - min(means) >= 12


def test_the_analysis_shows_every_kind_of_gap(small):
    result = analyse(small)
    kinds = {k: [g.question_id for g in result.gaps if k in g.kinds] for k in GapKind}
    assert all(kinds.values()), kinds
    story = {
        _title(small, w)
        for w in (
            "Owner of the architecture baseline",
            "Owner of new IP",
            "When volume falls short",
        )
    }
    assert story <= set(kinds[GapKind.DIVERGENCE])
    # The weight-2 disagreements (architecture baseline, new IP) lead the list.
    top = {g.question_id for g in result.gaps[:3]}
    assert _title(small, "Owner of the architecture baseline") in top
    assert _title(small, "Owner of new IP") in top
    scored = sum(1 for q in small.questionnaire.questions() if q.scored)
    assert len(result.gaps) <= scored // 3  # most questions are aligned


def test_one_partner_is_split_inside(small):
    nordwerk = small.partners[0].id
    values = _by_partner(small, _title(small, "Scope at the start"))[nordwerk]
    assert len(set(values)) == 2


def test_gap_discussions(small):
    statuses = Counter(g.status for g in small.gap_discussions)
    assert statuses[GapStatus.RESOLVED] == 1
    assert statuses[GapStatus.DISCUSSED] == 1
    resolved = next(g for g in small.gap_discussions if g.status is GapStatus.RESOLVED)
    assert resolved.agreed_position and resolved.owner


def test_deal_content(small):
    partner_ids = {p.id for p in small.partners}
    assert 8 <= len(small.contributions) <= 12
    assert {c.partner_id for c in small.contributions} == partner_ids
    assert any(c.unit == "GWh/year" for c in small.contributions)
    assert any(c.recipient_id for c in small.contributions)
    assert all(c.quantity and c.unit and c.start and c.owner for c in small.contributions)
    assert any(p.capacities for p in small.partners)
    assert {b.kind for b in small.bodies} == {"steering", "execution", "pmo"}
    assert 8 <= len(small.decisions) <= 10
    deciders = [len(d.deciders()) for d in small.decisions]
    assert 2 in deciders
    assert any(n == 0 and not d.is_joint() for n, d in zip(deciders, small.decisions, strict=True))
    assert [s.level for s in small.escalation_steps] == [1, 2, 3]
    assert all(s.time_limit_days for s in small.escalation_steps)
    assert 2 <= len(small.review_points) <= 3
    assert small.exit_terms.renewal_timeline and small.exit_terms.notice_period
    assert 3 <= len(small.exit_triggers) <= 4
    assert len(small.shared_assets) == 4
    assert sum(1 for a in small.shared_assets if not a.treatment.strip()) == 1
    assert 5 <= len(small.action_items) <= 8


def test_deterministic():
    assert build_demo("small", seed=7) == build_demo("small", seed=7)


def test_other_seed_differs(small):
    other = build_demo("small", seed=2027)
    assert other != small
    assert other.details.id != small.details.id
    assert [a.value for a in other.answers] != [a.value for a in small.answers]


def test_ids_are_unique(small):
    ids = [small.details.id]
    for group in (
        small.partners,
        small.participants,
        small.contributions,
        small.bodies,
        small.decisions,
        small.escalation_steps,
        small.review_points,
        small.exit_triggers,
        small.shared_assets,
        small.action_items,
    ):
        ids.extend(x.id for x in group)
    assert len(ids) == len(set(ids))


def test_unknown_size():
    with pytest.raises(ValueError, match="medium"):
        build_demo("medium")


def test_large_sizes(large):
    assert len(large.partners) == 6
    assert len(large.participants) == 150
    assert len(large.questionnaire) == 200
    assert len(large.answers) == 30_000
    assert all(len(large.participants_of(p.id)) == 25 for p in large.partners)
    assert len({p.name for p in large.participants}) == 150


def test_large_validates_and_answers_everything(large):
    large.validate()
    pairs = {(a.participant_id, a.question_id) for a in large.answers}
    assert len(pairs) == 150 * 200
    assert all(a.value is not None for a in large.answers)
    numbers = [q for q in large.questionnaire.questions() if q.type is QuestionType.NUMBER]
    assert all(q.tolerance for q in numbers)


def test_large_extends_the_default(large, small):
    default_ids = [q.id for q in small.questionnaire.questions()]
    large_ids = [q.id for q in large.questionnaire.questions()]
    assert set(default_ids) <= set(large_ids)
    assert set(QuestionType) == {q.type for q in large.questionnaire.questions()}
    for section in large.questionnaire.sections:
        assert len(section.questions) >= 30


def test_the_small_demo_shows_a_gap_of_every_kind_where_the_story_says(small):
    a = analyse(small)
    kinds = {g.question_id: g.kinds for g in a.gaps}
    huachen = small.partners[1].id
    baseline = _title(small, "Owner of the architecture baseline")
    assert kinds[baseline] == (GapKind.DIVERGENCE,)
    # Nobody has written down how escalation works: the partners agree it is not done.
    escalation = _title(small, "Escalation path written down")
    assert kinds[escalation] == (GapKind.BLIND_SPOT,)
    assert a.questions[escalation].alignment >= small.details.gap_threshold
    assert a.questions[escalation].definition < 0.25
    # 华辰 has no position yet on a competitor buying control of a partner.
    control = _title(small, "Control passes to a competitor")
    assert kinds[control] == (GapKind.UNDECIDED,)
    assert a.questions[control].undecided_partners == (huachen,)
    # One "Don't know" at Nordwerk leaves Nordwerk a position on the start of production.
    start = a.questions[_title(small, "Months to start of production")]
    nordwerk = small.partners[0].id
    assert start.positions[nordwerk].dont_know == 1 and start.undecided_partners == ()
    assert a.definition_index is not None and 0 < a.definition_index < 100
