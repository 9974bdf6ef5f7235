"""Reporting periods: a month "2026-10", a quarter "2026-Q3", an ISO week "2026-W41", a year "2026".

``parse_period`` reads what people type or what a spreadsheet holds ("10.2026", "2026-1",
"Q3 2026", "2026-К3", a date: "2026-10-01", "01.10.2026") and gives a ``Period`` whose ``text`` is the canonical
spelling stored in the file; periods order by when they end.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

MONTH, QUARTER, WEEK, YEAR = "month", "quarter", "week", "year"
KINDS = (WEEK, MONTH, QUARTER, YEAR)


class PeriodError(ValueError):
    """Text that is not a period; ``str()`` is an English message, ``ru`` the Russian one."""

    def __init__(self, text: str):
        super().__init__(
            f"“{text}” is not a period (write a month 2026-10, a quarter 2026-Q3, a week 2026-W41 or a year 2026)"
        )
        self.ru = f"«{text}» — не период (месяц 2026-10, квартал 2026-Q3, неделя 2026-W41 или год 2026)"


@dataclass(frozen=True, order=True)
class Period:
    """A period; ordering is by end date, then kind (so "2026-12" < "2026-Q4" < "2026").
    ``rank`` is that order as one number (a fast sort key)."""

    rank: int
    end: dt.date
    kind: str
    year: int
    number: int  # month 1-12, quarter 1-4, ISO week 1-53; 0 for a year

    @cached_property
    def text(self) -> str:
        """The canonical spelling (made once: the periods ``period_or_none`` reads are shared)."""
        if self.kind == MONTH:
            return f"{self.year:04d}-{self.number:02d}"
        if self.kind == QUARTER:
            return f"{self.year:04d}-Q{self.number}"
        if self.kind == WEEK:
            return f"{self.year:04d}-W{self.number:02d}"
        return f"{self.year:04d}"

    @property
    def start(self) -> dt.date:
        if self.kind == MONTH:
            return dt.date(self.year, self.number, 1)
        if self.kind == QUARTER:
            return dt.date(self.year, 3 * self.number - 2, 1)
        if self.kind == WEEK:
            return dt.date.fromisocalendar(self.year, self.number, 1)
        return dt.date(self.year, 1, 1)

    def previous(self) -> Period:
        return containing(self.kind, self.start - dt.timedelta(days=1))

    def next(self) -> Period:
        return containing(self.kind, self.end + dt.timedelta(days=1))

    def __str__(self) -> str:
        return self.text


_KIND_RANK = {WEEK: 0, MONTH: 1, QUARTER: 2, YEAR: 3}


def _period(end: dt.date, kind: str, year: int, number: int) -> Period:
    return Period(end.toordinal() * 4 + _KIND_RANK[kind], end, kind, year, number)


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def make(kind: str, year: int, number: int = 0) -> Period:
    """A period from its parts; ``ValueError`` when they are out of range."""
    if not 1000 <= year <= 9999:
        raise ValueError(f"year {year}")
    if kind == MONTH:
        if not 1 <= number <= 12:
            raise ValueError(f"month {number}")
        return _period(_month_end(year, number), kind, year, number)
    if kind == QUARTER:
        if not 1 <= number <= 4:
            raise ValueError(f"quarter {number}")
        return _period(_month_end(year, 3 * number), kind, year, number)
    if kind == WEEK:
        end = dt.date.fromisocalendar(year, number, 7)  # ValueError for week 53 of a 52-week year
        return _period(end, kind, year, number)
    return _period(dt.date(year, 12, 31), YEAR, year, 0)


def containing(kind: str, day: dt.date) -> Period:
    """The period of ``kind`` that ``day`` falls in."""
    if kind == MONTH:
        return make(MONTH, day.year, day.month)
    if kind == QUARTER:
        return make(QUARTER, day.year, (day.month - 1) // 3 + 1)
    if kind == WEEK:
        iso = day.isocalendar()
        return make(WEEK, iso.year, iso.week)
    return make(YEAR, day.year)


_PATTERNS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), kind, order)
    for p, kind, order in (
        (r"^(\d{4})[-./ ](\d{1,2})$", MONTH, "yn"),
        (r"^(\d{1,2})[-./ ](\d{4})$", MONTH, "ny"),
        (r"^(\d{4})[-./ ]?(?:q|к|кв\.?)\s?([1-4])$", QUARTER, "yn"),
        (r"^(?:q|к)([1-4])[-./ ]?(\d{4})$", QUARTER, "ny"),
        (r"^([1-4])\s?(?:q|кв\.?)[-./ ]?(\d{4})$", QUARTER, "ny"),
        (r"^(\d{4})[-./ ]?(?:w|н)(\d{1,2})$", WEEK, "yn"),
        (r"^(?:w|н)(\d{1,2})[-./ ]?(\d{4})$", WEEK, "ny"),
        (r"^(\d{4})$", YEAR, "y"),
    )
)


_RU_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")  # 01.10.2026, as a Russian sheet writes a date
_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")


def _day(t: str) -> dt.date | None:
    """``t`` as a date ("2026-10-01", "2026-10-01 00:00:00", "01.10.2026"), or None."""
    try:
        if len(t) == 10 and t[4] == "-":
            return dt.date.fromisoformat(t)
        if _ISO_TIME.match(t):
            return dt.date.fromisoformat(t[:10])
        m = _RU_DATE.match(t)
        if m:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
    return None


def parse_period(text: str | dt.date) -> Period:
    """``text`` as a period; a date (from a spreadsheet cell, "2026-10-01") is its month.

    Raises ``PeriodError`` when the text is not a period.
    """
    if isinstance(text, dt.datetime):
        text = text.date()
    if isinstance(text, dt.date):
        try:
            return containing(MONTH, text)
        except ValueError:
            raise PeriodError(text.isoformat()) from None
    t = " ".join(str(text).split()).replace("–", "-")
    day = _day(t)
    if day is not None:
        try:
            return containing(MONTH, day)
        except ValueError:  # a year before 1000 ("0026-10-01": a key missed)
            raise PeriodError(str(text)) from None
    for pattern, kind, order in _PATTERNS:
        m = pattern.match(t)
        if m:
            try:
                if order == "y":
                    return make(kind, int(m.group(1)))
                y, n = (m.group(1), m.group(2)) if order == "yn" else (m.group(2), m.group(1))
                return make(kind, int(y), int(n))
            except ValueError:
                break
    raise PeriodError(str(text))


@lru_cache(maxsize=4096)
def period_or_none(text: str) -> Period | None:
    """``text`` as a period, or None (cached: the same few periods recur in every criterion)."""
    try:
        return parse_period(text)
    except PeriodError:
        return None


# what a criterion's "period" field says about how often it is measured
_CADENCE_WORDS: tuple[tuple[str, str], ...] = (
    ("недел", WEEK),
    ("week", WEEK),
    ("месяц", MONTH),
    ("месяч", MONTH),
    ("мес", MONTH),
    ("month", MONTH),
    ("квартал", QUARTER),
    ("quarter", QUARTER),
    ("год", YEAR),
    ("годич", YEAR),
    ("year", YEAR),
    ("annual", YEAR),
)


@lru_cache(maxsize=1024)
def cadence_word(period_text: str) -> str | None:
    """What a criterion's period text ("ежемесячно", "quarter") says about how often it is measured."""
    low = period_text.casefold()
    for word, kind in _CADENCE_WORDS:
        if word in low:
            return kind
    return None


def cadence_of(period_text: str, actual_periods: list[Period] | tuple[Period, ...] = ()) -> str | None:
    """How often a criterion is measured: from its period text, else from the kind of its
    latest actual; None when neither says."""
    kind = cadence_word(period_text)
    if kind is None and actual_periods:
        return max(actual_periods).kind
    return kind


@lru_cache(maxsize=256)
def due_period(kind: str, today: dt.date, grace_days: int = 15) -> Period:
    """The latest period of ``kind`` whose value is due by ``today``: it ended at least
    ``grace_days`` ago (the numbers of a month arrive some days after it)."""
    p = containing(kind, today)
    while p.end + dt.timedelta(days=grace_days) > today:
        p = p.previous()
    return p
