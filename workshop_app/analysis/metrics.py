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
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import accumulate, chain, combinations
from operator import mul, sub

from workshop_app.analysis.results import PartnerPosition, make_position
from workshop_app.domain.enums import QuestionType
from workshop_app.domain.questionnaire import AnswerValue, Question

# Distances are rounded to this many decimals so that float noise from summing in a
# different order (e.g. partners listed in another order) never changes a score or a tie.
_DIGITS = 12

# Whole numbers below this in size are floats exactly (2 ** 53).
_EXACT = 2**53

# The members, read once: each ``QuestionType.X`` is a look-up through the enum's class,
# and the analysis asks a question's type a few thousand times.
_LIKERT = QuestionType.LIKERT
_NUMBER = QuestionType.NUMBER
_TEXT = QuestionType.TEXT
_SINGLE = QuestionType.SINGLE_CHOICE
_MULTI = QuestionType.MULTI_CHOICE
_RANKING = QuestionType.RANKING
_ALLOCATION = QuestionType.ALLOCATION


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
    # x_k counted (2k - n + 1) times: k earlier values below it, n - 1 - k later above
    total: float = sum(map(mul, s, range(1 - n, n, 2)))
    return total


def _sum_abs_diffs_of_places(at: list[int], n: int) -> int:
    """``_sum_abs_diffs`` of n places, from how many are at each place 0, 1, ...: a pair
    differs by the number of steps t -> t + 1 between them, and (places <= t) x
    (places > t) pairs take each step."""
    total = 0
    below = 0
    for count in at[:-1]:
        below += count
        total += below * (n - below)
    return total


class _Clamped(dict[float, float]):
    """x -> min(1, max(0, round(x, _DIGITS))), remembered: one analysis meets a few
    hundred distinct values a few thousand times, and rounding to decimals costs a
    conversion to text and back. Read by subscript, a value met before costs no Python
    call. (Equal keys such as 1 and 1.0 give the same float, so they share an entry.)"""

    def __missing__(self, x: float) -> float:
        if len(self) >= 4096:  # bounded: forget them all when full
            self.clear()
        clamped = self[x] = min(1.0, max(0.0, round(x, _DIGITS)))
        return clamped


_CLAMPED = _Clamped()
_clamp: Callable[[float], float] = _CLAMPED.__getitem__


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


def position_distance(
    question: Question,
    a: PartnerPosition,
    b: PartnerPosition,
    ids: tuple[str, ...] | None = None,
) -> float:
    """The distance of two partners' positions; ``ids`` are the question's option ids,
    passed in by callers that compare many pairs."""
    t = question.type
    if t is _LIKERT:
        span = question.scale_hi - question.scale_lo
        return _clamp(abs(a.value - b.value) / span) if span > 0 else 0.0  # type: ignore[operator]  # value's shape follows the question type
    if t is _NUMBER:
        return number_distance(a.value, b.value, question.tolerance)  # type: ignore[arg-type]  # value's shape follows the question type
    if ids is None:
        ids = question.option_ids()
    if t is _SINGLE or t is _ALLOCATION:
        return _clamp(_tvd(a.distribution, b.distribution, ids))
    if t is _MULTI:
        return _clamp(
            max(
                (abs(a.distribution.get(o, 0.0) - b.distribution.get(o, 0.0)) for o in ids),
                default=0.0,
            )
        )
    if t is _RANKING:
        m = footrule_max(len(ids))
        if m == 0:
            return 0.0
        diff = sum(abs(a.distribution[o] - b.distribution[o]) for o in ids)
        return _clamp(diff / m)
    raise ValueError(f"question type {t} has no distance")


def position_distances(
    question: Question,
    positions: Mapping[str, PartnerPosition],
    ids: tuple[str, ...],
    pairs: Sequence[tuple[str, str]] | None = None,
    *,
    in_option_order: bool = False,
) -> dict[tuple[str, str], float]:
    """``position_distance`` of every pair of ``positions`` (in their order), keyed by
    the pair of partner ids. ``pairs`` are those keys (``combinations(positions, 2)``),
    passed in by a caller that shares them between questions; ``in_option_order`` says
    that each distribution has exactly ``ids`` as keys, in that order (as
    ``partner_position`` makes them when the ids are distinct)."""
    keys = list(combinations(positions, 2)) if pairs is None else pairs
    distances = _distances(question, list(positions.values()), ids, in_option_order)
    return dict(zip(keys, distances, strict=True))


def _distances(
    question: Question,
    positions: list[PartnerPosition],
    ids: tuple[str, ...],
    in_option_order: bool,
) -> list[float]:
    """The distance of each pair of positions, in ``combinations`` order; all but the
    rarest types computed here directly."""
    t = question.type
    if t is _LIKERT:
        span = question.scale_hi - question.scale_lo
        if span > 0:
            return [
                _clamp(abs(pa.value - pb.value) / span)  # type: ignore[operator]  # a Likert position is a number
                for pa, pb in combinations(positions, 2)
            ]
    elif t is _NUMBER:
        tolerance = question.tolerance
        return [
            number_distance(pa.value, pb.value, tolerance)  # type: ignore[arg-type]  # a number's position is a number
            for pa, pb in combinations(positions, 2)
        ]
    elif t is _SINGLE or t is _MULTI or t is _RANKING or t is _ALLOCATION:
        # Each position's shares (or ranks) in option order, read once; a pair's
        # differences are then taken in C, in the same order as position_distance's.
        if in_option_order:
            rows = [list(pos.distribution.values()) for pos in positions]
        else:
            zeros = (0.0,) * len(ids)
            rows = [list(map(pos.distribution.get, ids, zeros)) for pos in positions]
        pairs = combinations(rows, 2)
        if t is _MULTI:
            return [_clamp(max(map(abs, map(sub, ra, rb)), default=0.0)) for ra, rb in pairs]
        if t is _RANKING:
            m = footrule_max(len(ids))
            if m == 0:
                return [0.0 for _ in pairs]
            return [_clamp(sum(map(abs, map(sub, ra, rb))) / m) for ra, rb in pairs]
        return [_clamp(0.5 * sum(map(abs, map(sub, ra, rb)))) for ra, rb in pairs]
    return [position_distance(question, pa, pb, ids) for pa, pb in combinations(positions, 2)]


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
    prefix = list(accumulate(s, initial=0.0))
    total = 0.0
    lo = 0
    for j, x in enumerate(s):
        while x - s[lo] >= tolerance:
            lo += 1
        near = j - lo
        total += near * x - (prefix[j] - prefix[lo]) + lo * tolerance
    return total / tolerance / _pairs(n)


def partner_position(
    question: Question,
    partner_id: str,
    values: Sequence[AnswerValue],
    *,
    dont_know: int = 0,
    ids: tuple[str, ...] | None = None,
) -> PartnerPosition:
    """A partner's position from its participants' usable answers (at least one), and
    how many of them said "Don't know". ``ids`` are the question's option ids, passed
    in by callers that compute many positions."""
    return position_of(
        question, partner_id, values, dont_know, question.option_ids() if ids is None else ids
    )


def position_of(
    question: Question,
    partner_id: str,
    values: Sequence[AnswerValue],
    dont_know: int,
    ids: tuple[str, ...],
) -> PartnerPosition:
    """``partner_position`` with every argument given in order (the analysis makes a
    position per partner and question)."""
    t = question.type
    n = len(values)
    single = n == 1
    spread = tuple(values)
    value: float | None = None
    distribution: dict[str, float]
    consensus: float | None = 1.0
    if t is _TEXT:
        # make_position takes every field in order: partner_id, respondents, value,
        # distribution, consensus, single_voice, spread, texts, dont_know
        texts = tuple(str(v) for v in values)
        return make_position(partner_id, n, None, {}, None, single, spread, texts, dont_know)
    if t is _LIKERT:
        lo, hi = question.scale_lo, question.scale_hi
        whole = sum(values)  # type: ignore[arg-type]  # value's shape follows the question type
        xs: Sequence[float]
        if whole.__class__ is int and n * max(abs(lo), abs(hi)) < _EXACT:
            # Whole numbers on the scale (as answers are stored): each sum of their
            # floats would be exact, so the whole sum gives the same mean; and a whole
            # number minus a float is its float minus it.
            xs = values  # type: ignore[assignment]  # whole numbers
            mean = whole / n
        else:
            xs = list(map(float, values))  # type: ignore[arg-type]  # value's shape follows the question type
            mean = sum(xs) / n
        value = mean
        distribution = {}
        half = (hi - lo) / 2
        if not single and half > 0:
            # plain floats: statistics.pstdev computes exactly with fractions, ten times slower
            # (x - mean) ** 2 of each x, summed in order; squared once per distinct value
            # (a scale has a few), each x's then looked up in C
            squares = {x: (x - mean) ** 2 for x in set(xs)}
            pstdev = math.sqrt(sum(map(squares.__getitem__, xs)) / n)
            consensus = 1 - pstdev / half
    elif t is _NUMBER:
        # sorted once: the median and both mean distances read the values in order
        xs = sorted(map(float, values))  # type: ignore[arg-type]  # value's shape follows the question type
        value = float(_median(xs))
        distribution = {}
        if not single:
            tol = question.tolerance
            mean_d = _mean_pairwise_tolerance(xs, tol) if tol else _mean_pairwise_number(xs)
            consensus = 1 - mean_d
    elif t is _SINGLE:
        # every value is one of ids (usable); counted in C, one option at a time
        distribution = {o: values.count(o) / n for o in ids}
        consensus = max(distribution.values())
    elif t is _MULTI:
        chosen = list(chain.from_iterable(values))  # type: ignore[arg-type]  # value's shape follows the question type
        distribution = {o: chosen.count(o) / n for o in ids}  # every option is one of ids
        if not single:
            # Two participants are at distance 1 unless they chose exactly the same set:
            # k * (k - 1) / 2 agreeing pairs for a set chosen by k of them.
            same_sets: Counter[frozenset[str]] = Counter()
            try:  # each distinct answer made a set once (participants often choose alike)
                for chosen_once, times in Counter(values).items():
                    same_sets[frozenset(chosen_once)] += times  # type: ignore[arg-type]  # value's shape follows the question type
            except TypeError:  # a list among them (usable allows it): one set per answer
                same_sets = Counter(map(frozenset, values))  # type: ignore[arg-type]  # value's shape follows the question type
            agreeing = sum(_pairs(k) for k in same_sets.values())
            consensus = agreeing / _pairs(n)
    elif t is _RANKING:
        # Each value orders every option once (usable): an option's rank is its place
        # (index) + 1. How many values put each option at each place, counted once per
        # distinct ranking (participants often rank alike); all sums are of whole numbers.
        k = len(ids)
        at = {o: [0] * k for o in ids}
        for ranking, times in Counter(map(tuple, values)).items():  # type: ignore[arg-type]  # value's shape follows the question type
            for place, o in enumerate(ranking):
                at[o][place] += times
        distribution = {o: (sum(map(mul, at[o], range(k))) + n) / n for o in ids}
        m = footrule_max(k)
        if not single and m:
            rank_spread = sum(_sum_abs_diffs_of_places(at[o], n) for o in ids)
            consensus = 1 - rank_spread / m / _pairs(n)
    elif t is _ALLOCATION:
        # Per option, each participant's share (as _shares computes it), one option at a
        # time. (x / total with x an int or float divides exactly as float(x) / total does.)
        totals = [float(sum(v.values())) for v in values]  # type: ignore[union-attr]  # value's shape follows the question type
        shares = [
            [v.get(o, 0.0) / total for v, total in zip(values, totals, strict=True)]  # type: ignore[union-attr]  # value's shape follows the question type
            for o in ids
        ]
        distribution = {o: sum(s) / n for o, s in zip(ids, shares, strict=True)}
        if not single:
            spread_sum = sum(_sum_abs_diffs(s) for s in shares)
            consensus = 1 - 0.5 * spread_sum / _pairs(n)
    else:  # pragma: no cover - the enum is closed
        distribution = {}
    if consensus is not None:
        consensus = _clamp(consensus)
    return make_position(
        partner_id, n, value, distribution, consensus, single, spread, (), dont_know
    )


def _median(xs: list[float]) -> float:
    """statistics.median of a non-empty list, step for step (importing statistics loads
    fractions, decimal and random, a tenth of the command line's start)."""
    data = sorted(xs)
    n = len(data)
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2
