"""Judging a criterion: its status (met, warning, missed, no data, stale, no target) and trend.

``judge`` looks at the actual values in period order, whatever order they are stored in,
so the status of a criterion never depends on how its actuals were entered.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from procedit.model import Comparison, Criterion, Target

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
    c, v, w = target.comparison, target.value, target.warning
    if c is None or v is None:
        return Status.NO_TARGET
    if c == Comparison.YES_NO:
        return Status.MET if (value >= 0.5) == (v >= 0.5) else Status.MISSED
    if c == Comparison.BETWEEN:
        high = target.high if target.high is not None else v
        return Status.MET if v - _EPS <= value <= high + _EPS else Status.MISSED
    if c == Comparison.AT_LEAST:
        if value >= v - _EPS:
            return Status.MET
        return Status.WARNING if w is not None and w < v and value >= w - _EPS else Status.MISSED
    if c == Comparison.AT_MOST:
        if value <= v + _EPS:
            return Status.MET
        return Status.WARNING if w is not None and w > v and value <= w + _EPS else Status.MISSED
    # EQUAL: the warning threshold is how far off still counts as a warning
    if abs(value - v) <= _EPS:
        return Status.MET
    return Status.WARNING if w is not None and abs(value - v) <= abs(w - v) + _EPS else Status.MISSED


@dataclass(frozen=True)
class Point:
    period: Period
    value: float
    result: Status  # met, warning, missed or no target
    note: str = ""


@dataclass(frozen=True)
class Judgement:
    """What the actual values of one criterion say."""

    status: Status
    points: tuple[Point, ...]  # the values in period order (a period given twice: its last value)
    last_result: Status | None  # the latest value's own verdict (also when the data is stale)
    missed_running: int  # how many latest values in a row missed
    due: Period | None  # the latest period whose value is due
    trend: str | None  # "up", "down", "flat" (the latest value against the one before), None
    improving: bool | None  # whether the trend goes toward the target
    unreadable_periods: tuple[str, ...] = ()

    @property
    def last(self) -> Point | None:
        return self.points[-1] if self.points else None


def points_of(criterion: Criterion) -> tuple[tuple[Point, ...], tuple[str, ...]]:
    """The actual values with a value and a readable period, in period order."""
    by_period: dict[Period, tuple[float, str]] = {}
    bad: list[str] = []
    # a total order first, so that a period entered twice resolves the same way every time
    for m in sorted(criterion.actuals, key=lambda m: (m.period, m.value is None, m.value or 0.0, m.note)):
        if m.value is None:
            continue
        p = period_or_none(m.period)
        if p is None:
            bad.append(m.period)
            continue
        by_period[p] = (m.value, m.note)
    target = criterion.target
    points = tuple(Point(p, v, judge_value(target, v), note) for p, (v, note) in sorted(by_period.items()))
    return points, tuple(sorted(set(bad)))


def judge(criterion: Criterion, today: dt.date | None = None, grace_days: int = 15) -> Judgement:
    today = today or dt.date.today()
    points, bad = points_of(criterion)
    kind = cadence_of(criterion.period, [p.period for p in points])
    due = due_period(kind, today, grace_days) if kind else None
    last = points[-1] if points else None
    running = 0
    for pt in reversed(points):
        if pt.result != Status.MISSED:
            break
        running += 1
    trend = improving = None
    if len(points) >= 2:
        a, b = points[-2].value, points[-1].value
        trend = "flat" if abs(b - a) <= _EPS else ("up" if b > a else "down")
        c = criterion.target.comparison
        if trend != "flat" and c in (Comparison.AT_LEAST, Comparison.AT_MOST):
            improving = (trend == "up") == (c == Comparison.AT_LEAST)
    if last is None:
        status = Status.NO_DATA
    elif not criterion.target.readable or criterion.target.comparison is None:
        status = Status.NO_TARGET
    elif due is not None and last.period.end < due.end:
        status = Status.STALE
    else:
        status = last.result
    return Judgement(
        status,
        points,
        last.result if last is not None else None,
        running,
        due,
        trend,
        improving,
        bad,
    )
