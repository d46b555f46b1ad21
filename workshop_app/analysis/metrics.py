"""Per-question metrics: a partner's position, its consensus, and distances between answers.

Definitions (every distance is in [0, 1], 0 = identical):

  likert          position = mean; d = |mean_a - mean_b| / (hi - lo);
                  consensus = 1 - population std dev / ((hi - lo) / 2)
  single_choice   position = share choosing each option; d = total variation distance;
                  consensus = share choosing the most common option
  multi_choice    position = share selecting each option; d = the largest over options
                  of |share_a - share_b| (one option wanted by one side and not the
                  other is a full disagreement on that option); the options at that
                  largest difference are the diverging options
  ranking         position = mean rank of each option (1 = first); d = Spearman footrule
                  sum |rank_a - rank_b| / floor(n^2 / 2) for n options
  allocation      position = mean share of the points per option; d = total variation
  number          position = median; with a tolerance t (in the question's unit)
                  d = min(1, |m_a - m_b| / t); without one d = |m_a - m_b| /
                  max(|m_a|, |m_b|), 0 when both are 0, capped at 1 (values of opposite
                  sign would otherwise exceed 1)
  text            not scored

For types other than likert and single_choice, consensus = 1 - the mean distance over all
pairs of the partner's own participants. That mean is computed from sorted values
(sum of |x_i - x_j| over pairs in O(n log n)) instead of looping over the pairs, so the cost
grows linearly with the number of participants; ``pair_distance`` is the per-pair
definition the fast path must agree with (the tests check it).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Collection, Iterable, Mapping, Sequence

from workshop_app.analysis.results import PartnerPosition
from workshop_app.domain.enums import QuestionType
from workshop_app.domain.questionnaire import AnswerValue, Question

# Distances are rounded to this many decimals so that float noise from summing in a
# different order (e.g. partners listed in another order) never changes a score or a tie.
_DIGITS = 12


def usable(question: Question, value: object, ids: Collection[str] | None = None) -> bool:
    """Whether a stored value fits the question's type; anything else is left out.

    Stored answers are validated on the way in; this only keeps one odd value (e.g. from
    a file edited by hand) from breaking the analysis of a whole workshop. ``ids`` are the
    question's option ids, passed in by callers that check many answers.
    """
    t = question.type
    if value is None:
        return False
    if t is QuestionType.LIKERT or t is QuestionType.NUMBER:
        if not isinstance(value, int | float) or isinstance(value, bool):
            return False
        if t is QuestionType.LIKERT:
            return question.scale_lo <= value <= question.scale_hi
        return math.isfinite(value)
    if t is QuestionType.TEXT:
        return isinstance(value, str) and bool(value.strip())
    if ids is None:
        ids = frozenset(question.option_ids())
    if t is QuestionType.SINGLE_CHOICE:
        return isinstance(value, str) and value in ids
    if t is QuestionType.MULTI_CHOICE:
        return isinstance(value, tuple | list) and bool(value) and all(v in ids for v in value)
    if t is QuestionType.RANKING:
        return isinstance(value, tuple | list) and len(value) == len(ids) and set(value) == set(ids)
    if t is QuestionType.ALLOCATION:
        return (
            isinstance(value, Mapping)
            and all(k in ids for k in value)
            and all(isinstance(v, int | float) and v >= 0 for v in value.values())
            and sum(value.values()) > 0
        )
    return False  # pragma: no cover - enum is closed


# --- helpers -------------------------------------------------------------------------


def footrule_max(n: int) -> int:
    """The largest Spearman footrule between two rankings of n items: floor(n^2 / 2)."""
    return n * n // 2


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def _sum_abs_diffs(xs: Iterable[float]) -> float:
    """Sum of |x_i - x_j| over all pairs i < j, in O(n log n)."""
    s = sorted(xs)
    n = len(s)
    return sum(x * (2 * k - n + 1) for k, x in enumerate(s))


def _clamp(x: float) -> float:
    return min(1.0, max(0.0, round(x, _DIGITS)))


def _shares(ids: Sequence[str], value: Mapping[str, float]) -> dict[str, float]:
    total = float(sum(value.values()))
    return {o: float(value.get(o, 0.0)) / total for o in ids}


def _ranks(value: Sequence[str]) -> dict[str, int]:
    return {o: i + 1 for i, o in enumerate(value)}


def number_distance(a: float, b: float, tolerance: float | None = None) -> float:
    if a == b:  # includes both zero
        return 0.0
    if tolerance is not None:
        return _clamp(abs(a - b) / tolerance)
    return _clamp(abs(a - b) / max(abs(a), abs(b)))


def diverging_options(
    question: Question, a: PartnerPosition, b: PartnerPosition
) -> tuple[str, ...]:
    """multi_choice: the options at the largest |share_a - share_b|; () when none differ."""
    diffs = {
        o: round(abs(a.distribution.get(o, 0.0) - b.distribution.get(o, 0.0)), _DIGITS)
        for o in question.option_ids()
    }
    top = max(diffs.values(), default=0.0)
    return tuple(o for o, d in diffs.items() if d == top) if top > 0 else ()


def _tvd(a: Mapping[str, float], b: Mapping[str, float], keys: Iterable[str]) -> float:
    return 0.5 * sum(abs(a.get(k, 0.0) - b.get(k, 0.0)) for k in keys)


# --- distance between two individual answers ------------------------------------------


def pair_distance(question: Question, a: AnswerValue, b: AnswerValue) -> float:
    """Distance between two participants' answers (the reference for consensus)."""
    t = question.type
    ids = question.option_ids()
    if t is QuestionType.LIKERT:
        span = question.scale_hi - question.scale_lo
        return _clamp(abs(float(a) - float(b)) / span) if span > 0 else 0.0  # type: ignore[arg-type]  # value's shape follows the question type
    if t is QuestionType.NUMBER:
        return number_distance(float(a), float(b), question.tolerance)  # type: ignore[arg-type]  # value's shape follows the question type
    if t is QuestionType.SINGLE_CHOICE:
        return 0.0 if a == b else 1.0
    if t is QuestionType.MULTI_CHOICE:
        # the largest difference over options: 1 as soon as one option is in one only
        return 0.0 if set(a) == set(b) else 1.0  # type: ignore[arg-type]  # value's shape follows the question type
    if t is QuestionType.RANKING:
        m = footrule_max(len(ids))
        if m == 0:
            return 0.0
        ra, rb = _ranks(a), _ranks(b)  # type: ignore[arg-type]  # value's shape follows the question type
        return _clamp(sum(abs(ra[o] - rb[o]) for o in ids) / m)
    if t is QuestionType.ALLOCATION:
        return _clamp(_tvd(_shares(ids, a), _shares(ids, b), ids))  # type: ignore[arg-type]  # value's shape follows the question type
    raise ValueError(f"question type {t} has no distance")


# --- distance between two partners' positions -----------------------------------------


def position_distance(question: Question, a: PartnerPosition, b: PartnerPosition) -> float:
    t = question.type
    ids = question.option_ids()
    if t is QuestionType.LIKERT:
        span = question.scale_hi - question.scale_lo
        return _clamp(abs(a.value - b.value) / span) if span > 0 else 0.0  # type: ignore[operator]  # value's shape follows the question type
    if t is QuestionType.NUMBER:
        return number_distance(a.value, b.value, question.tolerance)  # type: ignore[arg-type]  # value's shape follows the question type
    if t is QuestionType.SINGLE_CHOICE or t is QuestionType.ALLOCATION:
        return _clamp(_tvd(a.distribution, b.distribution, ids))
    if t is QuestionType.MULTI_CHOICE:
        return _clamp(
            max(
                (abs(a.distribution.get(o, 0.0) - b.distribution.get(o, 0.0)) for o in ids),
                default=0.0,
            )
        )
    if t is QuestionType.RANKING:
        m = footrule_max(len(ids))
        if m == 0:
            return 0.0
        diff = sum(abs(a.distribution[o] - b.distribution[o]) for o in ids)
        return _clamp(diff / m)
    raise ValueError(f"question type {t} has no distance")


# --- one partner's position and consensus ----------------------------------------------


def _mean_pairwise_number(values: Sequence[float]) -> float:
    """Mean of number_distance over all pairs, from sorted magnitudes.

    Two values of opposite sign, or a zero and a non-zero, are at distance 1; two zeros at
    0; two values of one sign at 1 - small/large. Summing 1 - a_i/a_j over the pairs of a
    sorted group is C(m, 2) - sum_j (a_1 + ... + a_{j-1}) / a_j.
    """
    n = len(values)
    pos = sorted(v for v in values if v > 0)
    neg = sorted(-v for v in values if v < 0)
    zeros = n - len(pos) - len(neg)
    total = float(_pairs(n) - _pairs(len(pos)) - _pairs(len(neg)) - _pairs(zeros))
    for group in (pos, neg):
        prefix = 0.0
        within = 0.0
        for a in group:
            within += prefix / a
            prefix += a
        total += _pairs(len(group)) - within
    return total / _pairs(n)


def _mean_pairwise_tolerance(values: Sequence[float], tolerance: float) -> float:
    """Mean of min(1, |x_i - x_j| / tolerance) over all pairs, in O(n log n).

    For sorted values, the pairs (i, j) closer than the tolerance form, for each j, a
    contiguous run i = lo_j .. j-1 (two pointers); those contribute their difference,
    every farther pair contributes the tolerance.
    """
    s = sorted(values)
    n = len(s)
    prefix = [0.0]
    for x in s:
        prefix.append(prefix[-1] + x)
    total = 0.0
    lo = 0
    for j, x in enumerate(s):
        while x - s[lo] >= tolerance:
            lo += 1
        near = j - lo
        total += near * x - (prefix[j] - prefix[lo]) + lo * tolerance
    return total / tolerance / _pairs(n)


def partner_position(
    question: Question, partner_id: str, values: Sequence[AnswerValue]
) -> PartnerPosition:
    """A partner's position from its participants' usable answers (at least one)."""
    t = question.type
    n = len(values)
    ids = question.option_ids()
    single = n == 1
    spread = tuple(values)
    value: float | None = None
    distribution: dict[str, float] = {}
    consensus: float | None = 1.0
    if t is QuestionType.TEXT:
        texts = tuple(str(v) for v in values)
        return PartnerPosition(
            partner_id, n, consensus=None, single_voice=single, spread=spread, texts=texts
        )
    if t is QuestionType.LIKERT:
        xs = [float(v) for v in values]  # type: ignore[arg-type]  # value's shape follows the question type
        mean = sum(xs) / n
        value = mean
        half = (question.scale_hi - question.scale_lo) / 2
        if not single and half > 0:
            # plain floats: statistics.pstdev computes exactly with fractions, ten times slower
            pstdev = math.sqrt(sum((x - mean) ** 2 for x in xs) / n)
            consensus = 1 - pstdev / half
    elif t is QuestionType.NUMBER:
        xs = [float(v) for v in values]  # type: ignore[arg-type]  # value's shape follows the question type
        value = float(statistics.median(xs))
        if not single:
            tol = question.tolerance
            mean_d = _mean_pairwise_tolerance(xs, tol) if tol else _mean_pairwise_number(xs)
            consensus = 1 - mean_d
    elif t is QuestionType.SINGLE_CHOICE:
        counts = dict.fromkeys(ids, 0)
        for v in values:
            counts[v] += 1  # type: ignore[index]  # value's shape follows the question type
        distribution = {o: c / n for o, c in counts.items()}
        consensus = max(distribution.values())
    elif t is QuestionType.MULTI_CHOICE:
        counts = dict.fromkeys(ids, 0)
        for v in values:
            for o in v:  # type: ignore[union-attr]  # value's shape follows the question type
                counts[o] += 1
        distribution = {o: c / n for o, c in counts.items()}
        if not single:
            # Two participants are at distance 1 unless they chose exactly the same set:
            # k * (k - 1) / 2 agreeing pairs for a set chosen by k of them.
            same_sets: dict[frozenset[str], int] = {}
            for v in values:
                key = frozenset(v)  # type: ignore[arg-type]  # value's shape follows the question type
                same_sets[key] = same_sets.get(key, 0) + 1
            agreeing = sum(_pairs(k) for k in same_sets.values())
            consensus = agreeing / _pairs(n)
    elif t is QuestionType.RANKING:
        ranks = [_ranks(v) for v in values]  # type: ignore[arg-type]  # value's shape follows the question type
        distribution = {o: sum(r[o] for r in ranks) / n for o in ids}
        m = footrule_max(len(ids))
        if not single and m:
            spread_sum = sum(_sum_abs_diffs(r[o] for r in ranks) for o in ids)
            consensus = 1 - spread_sum / m / _pairs(n)
    elif t is QuestionType.ALLOCATION:
        shares = [_shares(ids, v) for v in values]  # type: ignore[arg-type]  # value's shape follows the question type
        distribution = {o: sum(s[o] for s in shares) / n for o in ids}
        if not single:
            spread_sum = sum(_sum_abs_diffs(s[o] for s in shares) for o in ids)
            consensus = 1 - 0.5 * spread_sum / _pairs(n)
    return PartnerPosition(
        partner_id,
        n,
        value=value,
        distribution=distribution,
        consensus=_clamp(consensus) if consensus is not None else None,
        single_voice=single,
        spread=spread,
    )
