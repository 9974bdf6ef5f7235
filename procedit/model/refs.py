"""Generic handling of id references inside model values.

A field named ``*_id`` holds one reference, ``*_ids`` a tuple of them; tuples of entities
hold nested entities. ``strip_refs`` removes references to deleted ids so that a delete
never leaves a dangling reference behind.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from pydantic import BaseModel

from .base import Entity


class Dropped(Exception):
    """The value itself must go: one of its required references points at a deleted id."""


@cache
def _plan(cls: type[BaseModel]) -> tuple[tuple[str, str, bool], ...]:
    """For a model class: (field, how, required) for the fields that may carry references.

    ``how`` is "ref" (one id), "refs" (tuple of ids) or "nested" (value or tuple of values).
    """
    plan = []
    for name, info in cls.model_fields.items():
        if name.endswith("_ids"):
            plan.append((name, "refs", False))
        elif name.endswith("_id"):
            plan.append((name, "ref", info.is_required()))
        elif name not in ("id",):
            ann = info.annotation
            args = getattr(ann, "__args__", ())
            inner = [a for a in (ann, *args) if isinstance(a, type) and issubclass(a, BaseModel)]
            if inner:
                plan.append((name, "nested", False))
    return tuple(plan)


def strip_refs(value: Any, removed: set[str] | frozenset[str]) -> Any:
    """``value`` without references to ``removed`` ids, or ``value`` itself if untouched.

    Nested entities whose id is removed disappear from their tuples; an optional reference
    becomes ``None``; a required reference raises ``Dropped`` (the holder must be deleted).
    """
    changes: dict[str, Any] = {}
    for name, how, required in _plan(type(value)):
        current = getattr(value, name)
        if how == "ref":
            if current is not None and current in removed:
                if required:
                    raise Dropped(name)
                changes[name] = None
        elif how == "refs":
            if any(r in removed for r in current):
                changes[name] = tuple(r for r in current if r not in removed)
        elif isinstance(current, tuple):
            new_items = []
            touched = False
            for item in current:
                if isinstance(item, Entity) and item.id in removed:
                    touched = True
                    continue
                try:
                    new_item = strip_refs(item, removed) if isinstance(item, BaseModel) else item
                except Dropped:
                    touched = True
                    continue
                touched |= new_item is not item
                new_items.append(new_item)
            if touched:
                changes[name] = tuple(new_items)
        elif isinstance(current, BaseModel):
            new_value = strip_refs(current, removed)
            if new_value is not current:
                changes[name] = new_value
    if not changes:
        return value
    return value.model_copy(update=changes)
