"""Errors of reading and writing project files: one clear line naming file, place and reason."""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import ValidationError

from procedit.model.limits import bad_character

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class ProjectFileError(Exception):
    """A project file cannot be read.

    ``path`` is the file, ``where`` the place in it (a JSON path such as
    ``$.maps[0].processes[3].owner_id``, or ``line 3, column 7`` for a syntax error, or
    ``""`` when the whole file is concerned) and ``reason`` what is wrong (English).
    ``reason_ru`` is the same reason in Russian when known; ``message(lang)`` gives the line.
    """

    def __init__(self, path: str | os.PathLike[str], where: str, reason: str, reason_ru: str | None = None):
        self.path = os.fspath(path)
        self.where = where
        self.reason = _one_line(reason)
        self.reason_ru = _one_line(reason_ru) if reason_ru else None
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        reason = self.reason_ru if lang == "ru" and self.reason_ru else self.reason
        place = f" at {self.where}" if self.where else ""
        if lang == "ru":
            where = self.where
            for en, ru in (("line ", "строка "), ("column ", "столбец "), ("byte ", "байт ")):
                where = where.replace(en, ru)
            place = f", место: {where}" if where else ""
            return _one_line(f"Не удалось открыть «{self.path}»{place}: {reason}")
        return _one_line(f"Cannot open '{self.path}'{place}: {reason}")

    def __str__(self) -> str:
        return self.message("en")


class ProjectSaveError(Exception):
    """A project could not be saved; the previous file (if any) is left untouched."""

    def __init__(self, path: str | os.PathLike[str], reason: str, reason_ru: str | None = None):
        self.path = os.fspath(path)
        self.reason = _one_line(reason)
        self.reason_ru = _one_line(reason_ru) if reason_ru else None
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        if lang == "ru":
            reason = self.reason_ru or self.reason
            return _one_line(f"Не удалось сохранить «{self.path}»: {reason} (прежний файл не изменён)")
        return _one_line(f"Cannot save '{self.path}': {self.reason} (the previous file is unchanged)")

    def __str__(self) -> str:
        return self.message("en")


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def json_path(loc: Iterable[Any], root: str = "$") -> str:
    """``("maps", 0, "processes", 3, "owner_id")`` → ``$.maps[0].processes[3].owner_id``."""
    out = [root]
    for part in loc:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif _IDENT.match(str(part)):
            out.append(f".{part}")
        else:
            out.append("[" + _quote(str(part)) + "]")
    return "".join(out)


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def value_text(value: Any) -> str:
    """A value as it looks in the file (JSON: null, true, "text", [...]), cut to 40 characters.

    Never Python's spelling (None, True, inf); a number too large for a double (1e999) is
    said so; characters that could disturb a terminal are shown escaped."""
    if isinstance(value, float) and not math.isfinite(value):
        return "a number beyond ±1.8e308" if math.isinf(value) else "NaN"
    try:
        text = json.dumps(value, ensure_ascii=True, default=repr)
    except (TypeError, ValueError):  # pragma: no cover - values come from parsed JSON
        text = repr(value)
    text = _unescape_printable(" ".join(text.split()))
    return text if len(text) <= 40 else text[:37] + "..."


_ESCAPE = re.compile(r"\\u([0-9a-f]{4})")


def _unescape_printable(text: str) -> str:
    """JSON text with ``\\uXXXX`` turned back into the character where it is printable
    (Cyrillic stays readable; control characters and lone surrogates stay escaped)."""

    def back(m: re.Match[str]) -> str:
        ch = chr(int(m.group(1), 16))
        return ch if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF else m.group(0)

    return _ESCAPE.sub(back, text)


# pydantic error type -> (English, Russian) reason; {input} and {expected} are filled in
_REASONS: dict[str, tuple[str, str]] = {
    "missing": ("required field is missing", "нет обязательного поля"),
    "extra_forbidden": ("unknown field", "неизвестное поле"),
    "string_type": ("expected a string, found {input}", "ожидается строка, а записано {input}"),
    "int_type": ("expected an integer, found {input}", "ожидается целое число, а записано {input}"),
    "int_parsing": ("expected an integer, found {input}", "ожидается целое число, а записано {input}"),
    "int_from_float": ("expected an integer, found {input}", "ожидается целое число, а записано {input}"),
    "float_type": ("expected a number, found {input}", "ожидается число, а записано {input}"),
    "float_parsing": ("expected a number, found {input}", "ожидается число, а записано {input}"),
    "finite_number": (
        "expected a finite number, found {input}",
        "ожидается конечное число, а записано {input}",
    ),
    "bool_type": ("expected true or false, found {input}", "ожидается true или false, а записано {input}"),
    "bool_parsing": ("expected true or false, found {input}", "ожидается true или false, а записано {input}"),
    "tuple_type": ("expected a list, found {input}", "ожидается список, а записано {input}"),
    "list_type": ("expected a list, found {input}", "ожидается список, а записано {input}"),
    "model_type": ("expected an object, found {input}", "ожидается объект, а записано {input}"),
    "model_attributes_type": ("expected an object, found {input}", "ожидается объект, а записано {input}"),
    "dict_type": ("expected an object, found {input}", "ожидается объект, а записано {input}"),
    "enum": ("{input} is not one of {expected}", "значение {input} не из списка {expected}"),
    "literal_error": ("{input} is not one of {expected}", "значение {input} не из списка {expected}"),
    "date_type": (
        "expected a date YYYY-MM-DD, found {input}",
        "ожидается дата ГГГГ-ММ-ДД, а записано {input}",
    ),
    "date_parsing": (
        "expected a date YYYY-MM-DD, found {input}",
        "ожидается дата ГГГГ-ММ-ДД, а записано {input}",
    ),
    "date_from_datetime_parsing": (
        "expected a date YYYY-MM-DD, found {input}",
        "ожидается дата ГГГГ-ММ-ДД, а записано {input}",
    ),
    "number_too_large": (
        "the number is too large for any computer to hold (beyond ±1.8e308)",
        "число слишком велико (больше ±1,8e308)",
    ),
    "string_too_long": (
        "the text is too long (more than {max_length} characters)",
        "текст слишком длинный (больше {max_length} знаков)",
    ),
    "too_long": (
        "too many items ({actual_length}; the limit is {max_length})",
        "слишком много элементов ({actual_length}; предел {max_length})",
    ),
    "greater_than_equal": (
        "{input} is out of range (the smallest allowed is {ge})",
        "значение {input} вне допустимого (наименьшее {ge})",
    ),
    "less_than_equal": (
        "{input} is out of range (the largest allowed is {le})",
        "значение {input} вне допустимого (наибольшее {le})",
    ),
    "string_pattern_mismatch": (
        "the text holds the control character {char}, which a project may not contain",
        "в тексте управляющий символ {char}, недопустимый в проекте",
    ),
    "string_unicode": (
        "the text holds {char}, half of a character (a lone surrogate), which cannot be saved",
        "в тексте {char} — половина символа (одиночный суррогат), такой текст нельзя сохранить",
    ),
    "date_from_datetime_inexact": (
        "expected a date YYYY-MM-DD, found {input}",
        "ожидается дата ГГГГ-ММ-ДД, а записано {input}",
    ),
}


def _number(value: Any) -> Any:
    """A bound from pydantic's context as JSON writes it (1000000, not 1000000.0)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return int(value)
    return value


def from_validation_error(
    path: str | os.PathLike[str], error: ValidationError, loc_prefix: Sequence[Any] = ()
) -> ProjectFileError:
    """The first problem of a pydantic ``ValidationError`` as a ``ProjectFileError``."""
    errors = error.errors(include_url=False)
    first = errors[0]
    loc = [*loc_prefix, *first.get("loc", ())]
    kind = first.get("type", "")
    value = first.get("input")
    ctx = first.get("ctx") or {}
    expected = str(ctx.get("expected", ""))
    fill = {"input": value_text(value), "expected": expected, **{k: _number(v) for k, v in ctx.items()}}
    if kind == "finite_number" and isinstance(value, float) and math.isinf(value):
        kind = "number_too_large"
    if kind in ("string_pattern_mismatch", "string_unicode"):
        fill["char"] = bad_character(str(value)) or "?"
    if kind in _REASONS:
        en, ru = _REASONS[kind]
        reason, reason_ru = en.format(**fill), ru.format(**fill)
    else:
        reason, reason_ru = str(first.get("msg", "invalid value")), None
    more = len(errors) - 1
    if more:
        reason += f" (and {more} more problem{'s' if more > 1 else ''})"
        if reason_ru:
            reason_ru += f" (и ещё проблем: {more})"
    return ProjectFileError(path, json_path(loc), reason, reason_ru)
