"""Strict reading of JSON beyond what the parsers check: no key twice in one object, and
no more objects and measurements than a project may hold (counted before anything is built).

pydantic's JSON parser keeps the last of two equal keys silently; the standard library
does the same. The fast path therefore compares the number of keys in the file with the
number of fields the model was given (equal unless a key repeats), and the slow path
parses with a hook that notices the repetition and says where.
"""

from __future__ import annotations

import re
import typing
from functools import cache
from operator import attrgetter
from typing import Any

from pydantic import BaseModel

from procedit.model.limits import MAX_MEASUREMENTS, MAX_OBJECTS

from .errors import json_path

_fields_set = attrgetter("__pydantic_fields_set__")
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)


# a measurement as procedit wrote it up to format 8, an object: its first key ``period``, at the
# depth of ``$.maps[i].processes[j].criteria[k].actuals[l]`` (indent 2)
_OBJECT_AS_WRITTEN = b"{\n" + b" " * 18 + b'"period": '
# any object holding no other object and a key ``period`` (a quote inside a text is escaped:
# no key matches there; a brace inside a text only makes the object count as an element)
_OBJECT_LIKE = re.compile(rb'\{[^{}]*?"period"\s*:')
# a measurement as procedit writes it since format 9: an array on a line of its own at the depth of
# ``$.maps[i].processes[j].criteria[k].actuals[l]``
_ARRAY_AS_WRITTEN = b"\n" + b" " * 16 + b"["
# an array that is an item of an array (the text without its strings): a measurement since format
# 9 (a criterion's actuals are the model's only list of lists)
_ARRAY_IN_ARRAY = re.compile(rb"[\[,](?=\s*\[)")


def too_many_objects(data: bytes, braces: int | None = None) -> tuple[str, int] | None:
    """("objects", n) when ``data`` holds more objects than ``MAX_OBJECTS`` besides its
    measurements, ("measurements", n) when more measurements than ``MAX_MEASUREMENTS``, else
    None: counted before anything is built, so that memory stays bounded.

    A measurement is an array (format 9) or an object (older formats). ``data.count(b"{")``
    and ``data.count(b"[")`` bound objects and arrays from above in a few milliseconds; with
    many arrays, those that are a key's value are taken off (two more counts), and in an older
    file the measurements are taken off the objects as procedit wrote them (one more count). Only when that does not settle it are brackets inside strings told apart, every
    array inside an array and every object that holds no other object and a key ``period``
    taken for a measurement (slower, and rare: a file near the limits). The loader counts the
    objects once more when it has built the project (``objects_beyond``). ``braces``:
    ``data.count(b"{")`` if the caller has it."""
    if braces is None:
        braces = data.count(b"{")
    brackets = data.count(b"[")  # every array once, measurements among them
    if braces <= MAX_OBJECTS and brackets <= MAX_MEASUREMENTS:
        return None
    if brackets > MAX_MEASUREMENTS:
        # the arrays that are a key's value are no measurements: ``": [`` where the quote ends a
        # key (a quote inside a string is escaped, ``\": [``: not counted, nor is a key ending
        # with a backslash, so this stays a lower bound)
        brackets -= data.count(b'": [') - data.count(b'\\": [')
        written = data.count(_ARRAY_AS_WRITTEN)  # (a lower bound)
        if written > MAX_MEASUREMENTS:  # a file procedit wrote with too many: told at once
            return "measurements", written
    written = data.count(_OBJECT_AS_WRITTEN)  # (each one an object: a lower bound)
    if written > MAX_MEASUREMENTS:  # an older file procedit wrote with too many: told at once
        return "measurements", written
    if braces - written <= MAX_OBJECTS and brackets + written <= MAX_MEASUREMENTS:
        return None
    objects_like = sum(1 for _ in _OBJECT_LIKE.finditer(data))
    bare = _STRING.sub(b'""', data)
    objects = bare.count(b"{") - objects_like
    if objects > MAX_OBJECTS:
        return "objects", objects
    measurements = objects_like + sum(1 for _ in _ARRAY_IN_ARRAY.finditer(bare))
    if measurements > MAX_MEASUREMENTS:
        return "measurements", measurements
    return None


def objects_beyond(data: bytes, measurements: int, braces: int | None = None) -> int | None:
    """The number of objects besides ``measurements`` (those written as objects: in a file
    older than format 9) that ``data`` holds when that is more than ``MAX_OBJECTS``, else None
    (exact: for a file whose measurements were counted built)."""
    if (data.count(b"{") if braces is None else braces) - measurements <= MAX_OBJECTS:
        return None
    n = _STRING.sub(b"", data).count(b"{") - measurements
    return n if n > MAX_OBJECTS else None


def keys_may_repeat(data: bytes, parsed: BaseModel) -> bool:
    """False when no key of ``data`` can repeat: as many ``":`` in the text as fields read.

    Every key ends with ``":`` (no space before the colon, as procedit writes); an escaped
    ``\\":`` inside a text or a space before a colon makes the counts differ and sends the
    file down the slow path, which decides exactly."""
    return data.count(b'":') != _keys(parsed)


def _models(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for a in typing.get_args(annotation) for m in _models(a)]


@cache
def _plan(cls: type[BaseModel]) -> tuple[tuple[str, bool], ...]:
    """(field, holds only values without nested values) for the fields holding values."""
    plan = []
    for name, info in cls.model_fields.items():
        models = _models(info.annotation)
        if models:
            plan.append((name, all(not _plan(m) for m in models)))
    return tuple(plan)


def _keys(obj: BaseModel) -> int:
    """The number of keys the file gave for ``obj`` and everything in it."""
    n = len(obj.__pydantic_fields_set__)
    for name, leaf in _plan(type(obj)):
        v = getattr(obj, name)
        if isinstance(v, dict):
            n += len(v)
            v = tuple(v.values())
        if isinstance(v, tuple):
            if leaf:
                n += sum(map(len, map(_fields_set, v)))
            else:
                for x in v:
                    n += _keys(x)
        elif v is not None:
            n += _keys(v)
    return n


class RepeatedKey(ValueError):
    """A key occurs twice in one object; ``path`` says where (``$.maps[0].processes[2]``)."""

    def __init__(self, key: str, path: str):
        super().__init__(key)
        self.key = key
        self.path = path


class _Repeated(dict):
    __slots__ = ("key",)


class RepeatWatch:
    """``hook`` is an ``object_pairs_hook`` for ``json.loads`` that marks an object whose
    keys repeat; ``check(tree)`` then raises ``RepeatedKey`` for the first one."""

    def __init__(self) -> None:
        self.seen = False

    def hook(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        d = dict(pairs)
        if len(d) == len(pairs):
            return d
        self.seen = True
        marked = _Repeated(d)
        keys: set[str] = set()
        for k, _ in pairs:
            if k in keys:
                marked.key = k
                break
            keys.add(k)
        return marked

    def check(self, tree: Any) -> None:
        if not self.seen:
            return
        stack: list[tuple[Any, tuple[Any, ...]]] = [(tree, ())]
        while stack:
            node, loc = stack.pop()
            if isinstance(node, _Repeated):
                raise RepeatedKey(node.key, json_path(loc))
            items = node.items() if isinstance(node, dict) else enumerate(node)
            inner = [(v, (*loc, k)) for k, v in items if isinstance(v, dict | list)]
            stack.extend(reversed(inner))
