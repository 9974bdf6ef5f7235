"""Actual values typed into a table: rows of (period, value, note) checked and sorted."""

from __future__ import annotations

from typing import Any

from procedit.model import Measurement
from procedit.model.limits import MAX_NUMBER, MAX_TEXT, clean_text

from .periods import PeriodError, parse_period, period_or_none
from .targets import number


def in_order(m: Measurement) -> tuple[Any, ...]:
    """A sort key: periods by when they end (``Period.rank``), text that is no period last."""
    p = period_or_none(m.period)
    return (0, p.rank, m.period) if p is not None else (1, 0, m.period)


def value_text(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value == int(value) else f"{value:g}"


def measurements(rows: list[tuple[str, str, str]]) -> tuple[Measurement, ...]:
    """Rows of (period, value, note) as sorted measurements; ``ValueError(en, ru)`` names the
    first bad row. Rows without a period and a value are skipped."""
    seen: set[str] = set()
    out = []
    for period, value, note in rows:
        if not period and not value and not note:
            continue
        try:
            p = parse_period(period)
        except PeriodError as e:
            raise ValueError(str(e), e.ru) from None
        if p.text in seen:
            raise ValueError(f"{p.text} is entered twice", f"{p.text} введён дважды")
        seen.add(p.text)
        v = number(value) if value else None
        if value and v is None:
            raise ValueError(f"“{value}” is not a number", f"«{value}» — не число")
        if v is not None and abs(v) > MAX_NUMBER:
            raise ValueError(f"“{value}” is out of range", f"«{value}» — вне допустимого")
        out.append(Measurement(period=p.text, value=v, note=clean_text(note, MAX_TEXT)))
    return tuple(sorted(out, key=in_order))
