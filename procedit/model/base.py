"""Base classes and id helpers shared by every entity.

Entities are immutable pydantic values: a change produces a new value (``with_``),
so nothing can edit the model behind the command history's back.
"""

from __future__ import annotations

import secrets
from typing import Annotated, Any, Self

from pydantic import BaseModel, ConfigDict, Field

from .limits import Id


class Value(BaseModel):
    """An immutable value; unknown keys in a file are an error, not silently dropped.

    Numbers must be finite: a NaN or infinite coordinate read from a file could not be
    written back as JSON.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=False, allow_inf_nan=False)

    def with_(self, **changes: Any) -> Self:
        """A copy with ``changes`` applied (field names are checked)."""
        unknown = set(changes) - set(type(self).model_fields)
        if unknown:
            raise AttributeError(f"{type(self).__name__} has no field(s) {sorted(unknown)}")
        return self.model_copy(update=changes)


class Entity(Value):
    """A value with a stable string id that survives save and load."""

    id: Id


def _is_none(value: object) -> bool:
    return value is None


def _is_empty(value: object) -> bool:
    return not value


# Lineage: the id of the element a copy was made from (a TO BE process remembers its AS IS
# process, a pasted box the box it was copied from). Not a reference that must resolve: the
# original may be deleted or live in another file. Left out of the file while unset.
Origin = Annotated[Id | None, Field(default=None, exclude_if=_is_none)]


def omitted_when_empty(default: Any = ()) -> Any:
    """A field left out of the file while it is empty (files without it stay as they were)."""
    return Field(default=default, exclude_if=_is_empty)


# Id prefixes make files readable and let a reference say what it points at.
PREFIXES = {
    "Process": "proc",
    "ExternalParty": "party",
    "Link": "link",
    "Lane": "lane",
    "Note": "note",
    "ProcessMap": "map",
    "Person": "person",
    "Position": "pos",
    "Department": "dept",
    "Goal": "goal",
    "Approver": "appr",
    "ChangeLogEntry": "chg",
    "Flow": "flow",
    "Stage": "stage",
    "Criterion": "crit",
    "Measurement": "meas",
    "CorrectiveAction": "act",
    "DocumentRef": "doc",
    "Term": "term",
    "Risk": "risk",
    "ProcessRecord": "rec",
    "NormativeRef": "nref",
}


def new_id(kind: str) -> str:
    """A fresh random id such as ``proc_3f9a1c2b7d0e`` (never derived from memory addresses)."""
    prefix = PREFIXES.get(kind, kind.lower())
    return f"{prefix}_{secrets.token_hex(6)}"
