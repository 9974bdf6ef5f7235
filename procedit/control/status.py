"""Judging a criterion: its status (met, warning, missed, no data, stale, no target) and trend.

``judge`` looks at the actual values in period order, whatever order they are stored in,
so the status of a criterion never depends on how its actuals were entered.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property, partial
from typing import NamedTuple

from procedit.model import Comparison, Criterion, Measurement, Target

from .periods import Period, cadence_of, due_period, period_or_none

_EPS = 1e-9


class Status(StrEnum):
    MET = "met"
    WARNING = "warning"  # past the target, not past the warning threshold
    MISSED = "missed"
    NO_DATA = "no_data"  # no actual value yet
    STALE = "stale"  # no value for the last period due
    NO_TARGET = "no_target"  # no target a program can check (none, or unreadable text)


STATUS_TITLES: dict[Status, dict[str, str]] = {
    Status.MET: {"ru": "выполнен", "en": "met"},
    Status.WARNING: {"ru": "на грани", "en": "warning"},
    Status.MISSED: {"ru": "не выполнен", "en": "missed"},
    Status.NO_DATA: {"ru": "нет данных", "en": "no data"},
    Status.STALE: {"ru": "устарели данные", "en": "stale"},
    Status.NO_TARGET: {"ru": "нет цели", "en": "no target"},
}

# the order a list of criteria is sorted in by status: the worst first
STATUS_RANK: dict[Status, int] = {
    Status.MISSED: 0,
    Status.WARNING: 1,
    Status.STALE: 2,
    Status.NO_TARGET: 3,
    Status.NO_DATA: 4,
    Status.MET: 5,
}


def status_title(status: Status, lang: str = "ru") -> str:
    return STATUS_TITLES[status].get(lang) or STATUS_TITLES[status]["en"]


def judge_value(target: Target, value: float) -> Status:
    """One actual value against the target: met, warning or missed (no target: NO_TARGET)."""
    return verdict(target)(value)


def verdict(target: Target) -> Callable[[float], Status]:
    """The judgement of one value against ``target`` as a function (made once per criterion)."""
    c, v, w = target.comparison, target.value, target.warning
    met, warn, miss = Status.MET, Status.WARNING, Status.MISSED
    if c is None or v is None:
        return lambda _value: Status.NO_TARGET
    if c == Comparison.YES_NO:
        want = v >= 0.5
        return lambda value: met if (value >= 0.5) == want else miss
    if c == Comparison.BETWEEN:
        low, high = v - _EPS, (target.high if target.high is not None else v) + _EPS
        return lambda value: met if low <= value <= high else miss
    if c == Comparison.AT_LEAST:
        lo = v - _EPS
        if w is None or w >= v:
            return lambda value: met if value >= lo else miss
        wlo = w - _EPS
        return lambda value: met if value >= lo else (warn if value >= wlo else miss)
    if c == Comparison.AT_MOST:
        hi = v + _EPS
        if w is None or w <= v:
            return lambda value: met if value <= hi else miss
        whi = w + _EPS
        return lambda value: met if value <= hi else (warn if value <= whi else miss)
    # EQUAL: the warning threshold is how far off still counts as a warning
    room = abs(w - v) + _EPS if w is not None else None

    def equal(value: float) -> Status:
        off = abs(value - v)
        if off <= _EPS:
            return met
        return warn if room is not None and off <= room else miss

    return equal


class Point(NamedTuple):
    period: Period
    value: float
    result: Status  # met, warning, missed or no target
    note: str = ""


@dataclass(frozen=True)
class Judgement:
    """What the actual values of one criterion say."""

    status: Status
    values: tuple[tuple[Period, Measurement], ...] = field(repr=False)  # in period order, one per period
    last_result: Status | None  # the latest value's own verdict (also when the data is stale)
    missed_running: int  # how many latest values in a row missed
    due: Period | None  # the latest period whose value is due
    trend: str | None  # "up", "down", "flat" (the latest value against the one before), None
    improving: bool | None  # whether the trend goes toward the target
    unreadable_periods: tuple[str, ...] = ()
    verdict: Callable[[float], Status] | None = field(default=None, compare=False, repr=False)

    @cached_property
    def points(self) -> tuple[Point, ...]:
        """The values in period order (a period given twice: its last value), each judged.

        Made when first read: a check or a report needs the latest few of them only."""
        judge_one = self.verdict or (lambda _value: Status.NO_TARGET)
        make = Point._make
        return tuple(make((p, m.value, judge_one(m.value), m.note)) for p, m in self.values)  # type: ignore[arg-type]

    @property
    def last(self) -> Point | None:
        """The latest point (without making the others)."""
        if not self.values:
            return None
        if "points" in self.__dict__:
            return self.points[-1]
        period, m = self.values[-1]
        return Point(period, m.value, self.last_result, m.note)  # type: ignore[arg-type]


def _later(a: Measurement, b: Measurement) -> bool:
    """Of two values given for one period, whether ``a`` wins (a total order: never the
    order they are stored in)."""
    return (a.value, a.note) > (b.value, b.note)


def _ordered_values(criterion: Criterion) -> tuple[tuple[tuple[Period, Measurement], ...], tuple[str, ...]]:
    """(period, value) of the actual values with a value and a readable period, in period order
    (a period given twice counts once, the same one whatever the order), and the unreadable periods."""
    by_rank: dict[int, tuple[Period, Measurement]] = {}
    bad: list[str] = []
    parse, kept = period_or_none, by_rank.get  # (a million values in the largest project)
    for m in criterion.actuals:
        if m.value is None:
            continue
        p = parse(m.period)
        if p is None:
            bad.append(m.period)
            continue
        rank = p.rank
        old = kept(rank)
        if old is None or _later(m, old[1]):
            by_rank[rank] = (p, m)
    ranks = list(by_rank)
    in_order = sorted(ranks)  # (one pass when they are, as usual, stored in order)
    if ranks != in_order:  # (the table keeps them in order)
        return tuple(by_rank[r] for r in in_order), tuple(sorted(set(bad)))
    return tuple(by_rank.values()), tuple(sorted(set(bad)))


def points_of(criterion: Criterion) -> tuple[tuple[Point, ...], tuple[str, ...]]:
    """The actual values with a value and a readable period, in period order (a period given
    twice counts once, the same one whatever the order)."""
    values, bad = _ordered_values(criterion)
    judge_one = verdict(criterion.target)
    make = Point._make
    return tuple(make((p, m.value, judge_one(m.value), m.note)) for p, m in values), bad  # type: ignore[arg-type]


def judge(criterion: Criterion, today: dt.date | None = None, grace_days: int = 15) -> Judgement:
    today = today or dt.date.today()
    values, bad = _ordered_values(criterion)
    kind = cadence_of(criterion.period, [values[-1][0]] if values else [])  # (the latest is the max)
    due = due_period(kind, today, grace_days) if kind else None
    judge_one = verdict(criterion.target)
    running = 0
    for _p, m in reversed(values):  # (only the latest values are judged here)
        if judge_one(m.value) != Status.MISSED:  # type: ignore[arg-type]
            break
        running += 1
    last_result = judge_one(values[-1][1].value) if values else None  # type: ignore[arg-type]
    trend = improving = None
    if len(values) >= 2:
        a, b = values[-2][1].value, values[-1][1].value
        trend = "flat" if abs(b - a) <= _EPS else ("up" if b > a else "down")  # type: ignore[operator]
        c = criterion.target.comparison
        if trend != "flat" and c in (Comparison.AT_LEAST, Comparison.AT_MOST):
            improving = (trend == "up") == (c == Comparison.AT_LEAST)
    if not values:
        status = Status.NO_DATA
    elif not criterion.target.readable or criterion.target.comparison is None:
        status = Status.NO_TARGET
    elif due is not None and values[-1][0].end < due.end:
        status = Status.STALE
    else:
        status = last_result  # type: ignore[assignment]
    return Judgement(status, values, last_result, running, due, trend, improving, bad, judge_one)


# the judgements of the criteria last judged, by identity (kept with a weak reference to the
# criterion, so that its id stays its own and an entry goes when its criterion goes: a closed
# or replaced project's judgements, ~40 objects per criterion, are not kept alive for the
# collector to scan on every full pass): the validator's control rules, re-run after an edit
# on the edited process only, and the Criteria dock, opened on a map the validator has
# judged, reuse them
_judgements: dict[int, tuple[weakref.ref[Criterion], tuple[dt.date, int], Judgement]] = {}
_MAX_KEPT = 100_000


def _forget(key: int, ref: weakref.ref[Criterion]) -> None:
    kept = _judgements.get(key)
    if kept is not None and kept[0] is ref:
        del _judgements[key]


def judged(criterion: Criterion, today: dt.date, grace_days: int = 15) -> Judgement:
    """``judge(criterion, today, grace_days)``, the same object again for the same criterion
    object on the same day (models are immutable: an edited criterion is a new object)."""
    when = (today, grace_days)
    key = id(criterion)
    kept = _judgements.get(key)
    if kept is not None and kept[0]() is criterion and kept[1] == when:
        return kept[2]
    j = judge(criterion, today, grace_days)
    if len(_judgements) >= _MAX_KEPT:
        _judgements.clear()
    _judgements[key] = (weakref.ref(criterion, partial(_forget, key)), when, j)
    return j
