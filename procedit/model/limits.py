"""The limits of a project: what loads can be edited, drawn, saved and exported.

One place for every bound a project must keep (text lengths, the characters allowed,
coordinates and sizes, counts per map and per project). The model's fields are typed
with the annotated types below, so pydantic enforces them on load and the JSON Schema
states them; the editor's fields and commands use the same constants, and importers call
``clean_text`` / ``clamp`` to bring foreign data inside them.

Characters: every text may hold any Unicode character except lone surrogates (they cannot
be written as UTF-8) and control characters other than tab, line feed and carriage return
(C0, DEL and C1: an escape sequence must never reach a terminal through ``check``).
"""

from __future__ import annotations

import math
import re
from typing import Annotated, Any

from pydantic import Field, StringConstraints

# ------------------------------------------------------------------ texts
MAX_ID = 200  # an id (``proc_3f9a1c2b7d0e``; imported ids can be longer)
MAX_LINE = 1_000  # names, codes, titles, labels, units, periods, e-mails, locations
MAX_TEXT = 100_000  # descriptions, goals, results, notes, definitions, methods
MAX_DOCUMENT_TEXT = 1_000_000  # a document's embedded text (a template)

# forbidden everywhere: C0 controls but tab, LF and CR; DEL; C1 controls
_BAD = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
TEXT_PATTERN = f"^[^{_BAD}]*$"
ID_PATTERN = r"^[^\x00-\x1f\x7f-\x9f]*$"  # ids hold no tab or line break either
_BAD_CHAR = re.compile(f"[{_BAD}" + r"\ud800-\udfff]")  # and lone surrogates

# ------------------------------------------------------------------ geometry (scene units)
MAX_COORD = 1_000_000.0  # |x|, |y| of a box or a lane
MIN_SIZE = 10.0  # width and height of a box, height of a lane
MAX_SIZE = 2_000.0  # width and height of a box
MAX_LANE_HEIGHT = 100_000.0
MAX_NUMBER = 1e15  # a measured value, a rule parameter
MAX_INT = 1_000_000_000  # a change-log number

# ------------------------------------------------------------------ counts
MAX_MAPS = 1_000
MAX_PROCESSES = 10_000  # per map
MAX_PARTIES = 5_000  # per map
MAX_LINKS = 30_000  # per map
MAX_LANES = 500  # per map
MAX_NOTES = 1_000  # per map: the notes of a workshop on the canvas
MAX_ITEMS = 1_000  # per list of a process, of a criterion and of the project's registers
MAX_PEOPLE = 20_000
MAX_ACTUALS = 10_000  # measurements of one criterion
MAX_RULES = 1_000  # per-rule settings and parameters
# objects of any kind in one project together (boxes, links, flows, stages, criteria,
# documents, people, ...) but measurements: bounds the memory and time of everything
MAX_OBJECTS = 250_000
# measured actual values of all criteria together, in a budget of their own: small values
# (a period, a number, a note) that come by the hundred thousand (3 criteria × 24 months on
# 5,000 processes are 360,000), each judged in one pass over its criterion
MAX_MEASUREMENTS = 1_000_000
# processes and external parties of all maps together: what the checker, the canvas and
# the PDF work through one by one (a check of the largest allowed file stays within
# seconds and well under 2 GB)
MAX_BOXES = 20_000

# ------------------------------------------------------------------ annotated types
Id = Annotated[str, StringConstraints(max_length=MAX_ID, pattern=ID_PATTERN)]
Line = Annotated[str, StringConstraints(max_length=MAX_LINE, pattern=TEXT_PATTERN)]
Text = Annotated[str, StringConstraints(max_length=MAX_TEXT, pattern=TEXT_PATTERN)]
DocumentText = Annotated[str, StringConstraints(max_length=MAX_DOCUMENT_TEXT, pattern=TEXT_PATTERN)]
Coord = Annotated[float, Field(ge=-MAX_COORD, le=MAX_COORD)]
Size = Annotated[float, Field(ge=MIN_SIZE, le=MAX_SIZE)]
LaneHeight = Annotated[float, Field(ge=MIN_SIZE, le=MAX_LANE_HEIGHT)]
Number = Annotated[float, Field(ge=-MAX_NUMBER, le=MAX_NUMBER)]
Count = Annotated[int, Field(ge=0, le=MAX_INT)]


def Many(limit: int) -> Any:
    """At most ``limit`` items in a list: ``Annotated[tuple[X, ...], Many(100)]``."""
    return Field(max_length=limit)


# ------------------------------------------------------------------ helpers
def bad_character(text: str) -> str | None:
    """The first character ``text`` may not hold, as ``U+XXXX``, or None."""
    m = _BAD_CHAR.search(text)
    return None if m is None else f"U+{ord(m.group()):04X}"


def clean_text(text: str, limit: int = MAX_LINE) -> str:
    """``text`` made acceptable: forbidden characters dropped (tabs kept), cut to ``limit``.

    For what comes from elsewhere (imports, the clipboard, a field): never refused, tidied.
    """
    text = _BAD_CHAR.sub("", text)
    return text[:limit]


def clamp(value: float, low: float, high: float) -> float:
    """``value`` within ``[low, high]`` (NaN becomes ``low``)."""
    if math.isnan(value):
        return low
    return min(max(value, low), high)


def count_objects(value: Any) -> int:
    """How many model values ``value`` holds, itself included (what ``MAX_OBJECTS`` bounds):
    measurements (named tuples, not models) are left out, ``MAX_MEASUREMENTS`` bounds them."""
    n = 1
    for name in type(value).model_fields:
        v = getattr(value, name)
        if isinstance(v, dict):
            v = tuple(v.values())
        if isinstance(v, tuple):
            for x in v:
                if hasattr(x, "model_fields"):
                    n += count_objects(x)
        elif hasattr(v, "model_fields"):
            n += count_objects(v)
    return n


class LimitError(ValueError):
    """An edit would leave the project beyond its limits (it is refused and undone)."""

    def __init__(self, where: str, reason: str, reason_ru: str):
        super().__init__(f"{where}: {reason}" if where else reason)
        self.where = where
        self.reason = reason
        self.reason_ru = reason_ru

    def message(self, lang: str = "en") -> str:
        return self.reason_ru if lang == "ru" else self.reason


def check_value(value: Any) -> None:
    """Raise ``LimitError`` when ``value`` (a model value built without validation, e.g. by
    ``with_``) breaks a limit: the same rules the loader applies to a file."""
    from pydantic import ValidationError

    try:
        type(value).model_validate(value.model_dump(warnings=False))
    except ValidationError as e:
        first = e.errors(include_url=False)[0]
        where = ".".join(str(x) for x in first.get("loc", ()))
        kind = first.get("type", "")
        ctx = first.get("ctx") or {}
        text = first.get("input")
        if kind in ("string_pattern_mismatch", "string_unicode"):
            char = bad_character(str(text)) or "?"
            raise LimitError(
                where, f"the character {char} is not allowed", f"символ {char} недопустим"
            ) from None
        if kind == "string_too_long":
            n = ctx.get("max_length")
            raise LimitError(
                where, f"the text is longer than {n} characters", f"текст длиннее {n} знаков"
            ) from None
        if kind == "too_long":
            n = ctx.get("max_length")
            raise LimitError(where, f"more than {n} items", f"больше {n} элементов") from None
        if kind in ("greater_than_equal", "less_than_equal"):
            raise LimitError(
                where, f"the number {text} is out of range", f"число {text} вне допустимого"
            ) from None
        msg = str(first.get("msg", "invalid value"))
        raise LimitError(where, msg, msg) from None
