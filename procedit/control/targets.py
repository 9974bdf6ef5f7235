"""Reading a target written as text ("≥ 120", "не менее 120", "5–10", "≤ 5 %", "да") and
writing one back.

``parse_target`` never raises: text it cannot read comes back as ``Target(text=...)``,
which the control rules report with that text (nothing is lost).
"""

from __future__ import annotations

import math
import re

from procedit.model import Comparison, Target
from procedit.model.limits import MAX_NUMBER

# the words that open a target, longest first, and the comparison they mean
_PREFIXES: tuple[tuple[str, Comparison], ...] = tuple(
    sorted(
        (
            (">=", Comparison.AT_LEAST),
            ("=>", Comparison.AT_LEAST),
            ("≥", Comparison.AT_LEAST),
            ("⩾", Comparison.AT_LEAST),
            (">", Comparison.AT_LEAST),
            ("не менее", Comparison.AT_LEAST),
            ("не меньше", Comparison.AT_LEAST),
            ("не ниже", Comparison.AT_LEAST),
            ("минимум", Comparison.AT_LEAST),
            ("как минимум", Comparison.AT_LEAST),
            ("min", Comparison.AT_LEAST),
            ("minimum", Comparison.AT_LEAST),
            ("at least", Comparison.AT_LEAST),
            ("no less than", Comparison.AT_LEAST),
            ("more than", Comparison.AT_LEAST),
            ("более", Comparison.AT_LEAST),
            ("больше", Comparison.AT_LEAST),
            ("от", Comparison.AT_LEAST),
            ("<=", Comparison.AT_MOST),
            ("=<", Comparison.AT_MOST),
            ("≤", Comparison.AT_MOST),
            ("⩽", Comparison.AT_MOST),
            ("<", Comparison.AT_MOST),
            ("не более", Comparison.AT_MOST),
            ("не больше", Comparison.AT_MOST),
            ("не выше", Comparison.AT_MOST),
            ("не превышает", Comparison.AT_MOST),
            ("максимум", Comparison.AT_MOST),
            ("max", Comparison.AT_MOST),
            ("maximum", Comparison.AT_MOST),
            ("at most", Comparison.AT_MOST),
            ("no more than", Comparison.AT_MOST),
            ("up to", Comparison.AT_MOST),
            ("less than", Comparison.AT_MOST),
            ("менее", Comparison.AT_MOST),
            ("меньше", Comparison.AT_MOST),
            ("до", Comparison.AT_MOST),
            ("=", Comparison.EQUAL),
            ("==", Comparison.EQUAL),
            ("ровно", Comparison.EQUAL),
            ("exactly", Comparison.EQUAL),
        ),
        key=lambda pair: -len(pair[0]),
    )
)
_YES = frozenset({"да", "есть", "выполнено", "yes", "y", "true", "done", "✓", "+"})
_NO = frozenset({"нет", "no", "n", "false", "отсутствует", "✗", "-"})
_NUM = r"[-−]?\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?"
_NUMBER = re.compile(rf"^\s*({_NUM})")
_RANGE = re.compile(
    rf"^(?:от\s+|from\s+|between\s+)?({_NUM})\s*(?:[-–—…]|\.\.\.?|до|to|and|и)\s*({_NUM})\s*(.*)$"
)
_PLUS = re.compile(rf"^({_NUM})\s*\+\s*(.*)$")
_UNIT = re.compile(r"^[^\d]{1,15}$")


def number(text: str) -> float | None:
    """A number written by a person: "1 200", "1,5", "−3", "95%" → 95; None if it is none."""
    t = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("−", "-")
    t = t.rstrip("%").strip()
    if t.count(",") == 1 and "." not in t:
        t = t.replace(",", ".")
    elif "," in t and "." in t:  # "1,200.5"
        t = t.replace(",", "")
    try:
        value = float(t)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _target_number(text: str) -> float | None:
    """A number a target can hold (within ±``MAX_NUMBER``), else None."""
    value = number(text)
    return value if value is not None and abs(value) <= MAX_NUMBER else None


def _unit(rest: str) -> str | None:
    """The unit after the number(s), "" when there is none, None when it is not a unit."""
    rest = rest.strip()
    if not rest:
        return ""
    return rest if _UNIT.match(rest) else None


def parse_target(text: str, unit: str = "") -> tuple[Target, str]:
    """``text`` as a ``Target``, and the unit (``unit``, or the one written in ``text`` when
    ``unit`` is empty). A bare number N means "at least N" (and "0" means "none at all",
    at most 0). Text that cannot be read gives ``Target(text=text)``."""
    raw = text
    t = " ".join(text.replace("\u00a0", " ").split())
    if not t:
        return Target(), unit
    low = t.casefold()
    if low in _YES:
        return Target(comparison=Comparison.YES_NO, value=1.0), unit
    if low in _NO:
        return Target(comparison=Comparison.YES_NO, value=0.0), unit
    unreadable = Target(text=raw.strip()), unit
    m = _RANGE.match(low)
    if m:
        a, b, u = _target_number(m.group(1)), _target_number(m.group(2)), _unit(m.group(3))
        if a is None or b is None or u is None or a > b:
            return unreadable
        return Target(comparison=Comparison.BETWEEN, value=a, high=b), unit or u
    m = _PLUS.match(low)
    if m:
        a, u = _target_number(m.group(1)), _unit(m.group(2))
        if a is None or u is None:
            return unreadable
        return Target(comparison=Comparison.AT_LEAST, value=a), unit or u
    comparison: Comparison | None = None
    for word, comp in _PREFIXES:
        if low.startswith(word) and (not word[-1].isalpha() or not low[len(word) : len(word) + 1].isalpha()):
            comparison = comp
            low = low[len(word) :].strip()
            break
    m = _NUMBER.match(low)
    if not m:
        return unreadable
    value = _target_number(m.group(1))
    u = _unit(low[m.end() :])
    if value is None or u is None:
        return unreadable
    if comparison is None:
        comparison = Comparison.AT_MOST if value == 0 else Comparison.AT_LEAST
    u = t[len(t) - len(u) :] if u else u  # the unit as written (case kept)
    return Target(comparison=comparison, value=value), unit or u


# ------------------------------------------------------------------ writing
# numbers as written, by (value, language): a check writes the same few targets and actual
# values into hundreds of thousands of findings
_NUMBERS: dict[tuple[float, str], str] = {}
_MAX_NUMBERS = 4096


def format_number(value: float | None, lang: str = "ru") -> str:
    """A value as people write it: "120", "1 200", "2,5" (ru) / "2.5" (en). Thousands are
    grouped by a no-break space in both languages (SI style): a comma would read back as a
    decimal comma."""
    if value is None:
        return "—"
    key = (value, lang)
    text = _NUMBERS.get(key)
    if text is None:
        text = _format_number(value, lang)
        if len(_NUMBERS) >= _MAX_NUMBERS:
            _NUMBERS.clear()
        _NUMBERS[key] = text
    return text


def _format_number(value: float, lang: str) -> str:
    if value == int(value) and abs(value) < 1e15:
        text = f"{int(value):,}".replace(",", "\u00a0")
    else:
        text = f"{value:.6g}"
        if lang == "ru":
            text = text.replace(".", ",")
    return text.replace("-", "−")


_YES_NO_TEXT = {("ru", 1): "да", ("ru", 0): "нет", ("en", 1): "yes", ("en", 0): "no"}


def yes_no_text(yes: bool, lang: str = "ru") -> str:
    """"да" / "нет" ("yes" / "no" in English): how a yes/no target or value is written."""
    return _YES_NO_TEXT[("en" if lang == "en" else "ru", 1 if yes else 0)]


def format_target(target: Target, unit: str = "", lang: str = "ru") -> str:
    """ "≥ 120 лидов", "5–10 %", "да"; an unreadable target as it was written; "" for none."""
    c = target.comparison
    if c is None:
        return target.text.strip()
    if c == Comparison.YES_NO:
        return yes_no_text(bool(target.value), lang)
    n = format_number
    if c == Comparison.BETWEEN:
        text = f"{n(target.value, lang)}–{n(target.high, lang)}"
    else:
        sign = {Comparison.AT_LEAST: "≥", Comparison.AT_MOST: "≤", Comparison.EQUAL: "="}[c]
        text = f"{sign} {n(target.value, lang)}"
    return f"{text} {unit.strip()}".strip()


def format_value(value: float | None, target: Target, unit: str = "", lang: str = "ru") -> str:
    """An actual value for reading: with its unit, "да"/"нет" for a yes/no criterion."""
    if value is None:
        return "—"
    if target.comparison == Comparison.YES_NO:
        return yes_no_text(bool(value), lang)
    return f"{format_number(value, lang)} {unit.strip()}".strip()


def target_of(text: str) -> Target:
    """``text`` read as a target (the unit written in it is dropped)."""
    return parse_target(text)[0]
