"""Actual values typed into a table: rows of (period, value, note) checked and sorted."""

from __future__ import annotations

from typing import Any

from procedit.model import Measurement
from procedit.model.limits import MAX_NUMBER, MAX_TEXT, clean_text

from .periods import PeriodError, parse_period, period_or_none
from .targets import number, yes_no_text


def in_order(m: Measurement) -> tuple[Any, ...]:
    """A sort key: periods by when they end (``Period.rank``), text that is no period last."""
    p = period_or_none(m.period)
    return (0, p.rank, m.period) if p is not None else (1, 0, m.period)


# the words a value of a yes/no criterion is written with (a table cell, an imported row)
YES_WORDS = frozenset({"да", "yes", "true", "1", "+", "выполнено", "done"})
NO_WORDS = frozenset({"нет", "no", "false", "0", "-", "не выполнено"})


def yes_no(text: str) -> float | None:
    """1.0 for a yes, 0.0 for a no ("да", "нет", "yes", "no", …), else None."""
    low = " ".join(text.split()).casefold()
    return 1.0 if low in YES_WORDS else 0.0 if low in NO_WORDS else None


def value_text(value: float | None, yes_no_lang: str | None = None) -> str:
    """A value as typed in the table; with ``yes_no_lang``, a yes/no criterion's value as a
    word of that language ("да", "no")."""
    if value is None:
        return ""
    if yes_no_lang is not None:
        return yes_no_text(value >= 0.5, yes_no_lang)
    return str(int(value)) if value == int(value) else f"{value:g}"


def measurements(rows: list[tuple[str, str, str]], yes_no_words: bool = False) -> tuple[Measurement, ...]:
    """Rows of (period, value, note) as sorted measurements; ``ValueError(en, ru)`` names the
    first bad row. Rows without a period and a value are skipped. With ``yes_no_words`` (a
    yes/no criterion) a value may also be written "да", "нет", "yes", "no"."""
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
        v = (yes_no(value) if yes_no_words else None) if value else None
        if v is None and value:
            v = number(value)
        if value and v is None:
            raise ValueError(f"“{value}” is not a number", f"«{value}» — не число")
        if v is not None and abs(v) > MAX_NUMBER:
            raise ValueError(f"“{value}” is out of range", f"«{value}» — вне допустимого")
        out.append(Measurement(period=p.text, value=v, note=clean_text(note, MAX_TEXT)))
    return tuple(sorted(out, key=in_order))
