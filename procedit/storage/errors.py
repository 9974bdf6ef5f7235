"""Errors of reading and writing project files: one clear line naming file, place and reason."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import ValidationError

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


def _short(value: Any) -> str:
    """A value as it looks in the file (JSON: null, true, "text", [...]), cut to 40 characters."""
    try:
        text = json.dumps(value, ensure_ascii=False, default=repr)
    except (TypeError, ValueError):  # pragma: no cover - values come from parsed JSON
        text = repr(value)
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:37] + "..."


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
    "date_from_datetime_inexact": (
        "expected a date YYYY-MM-DD, found {input}",
        "ожидается дата ГГГГ-ММ-ДД, а записано {input}",
    ),
}


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
    fill = {"input": _short(value), "expected": expected}
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
