"""Commands on whole maps: add, copy (make TO BE from AS IS)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from procedit.model import MapKind, ProcessMap, new_id
from procedit.model.base import Entity

from .base import Command
from .document import Document


class AddMap(Command):
    def __init__(self, pmap: ProcessMap, index: int | None = None, label: str | None = None):
        self.pmap = pmap
        self.index = index
        self.label = label or "Add map"

    def apply(self, doc: Document) -> None:
        doc.put_map(self.pmap, self.index)

    def revert(self, doc: Document) -> None:
        doc.remove_map(self.pmap.id)


def copied_from(element: Entity) -> str:
    """Lineage of a copy: the element it was made from ("New TO BE Map from This Map")."""
    return element.id


def first_original(element: Entity) -> str:
    """Lineage of a pasted copy: the original of what was copied, else what was copied, so that
    cut and paste, duplicating in a TO BE map and pasting from AS IS into TO BE all keep it."""
    return getattr(element, "origin", None) or element.id


def fresh_ids(
    values: list[Any], origin: Callable[[Entity], str | None] | None = None
) -> tuple[list[Any], dict[str, str]]:
    """Copies of ``values`` with every entity id (nested too) replaced by a new one.

    References between the copied values follow the new ids; references to anything
    outside the copy (people, goals, departments) stay as they are. With ``origin``, every
    copied entity that records lineage gets ``origin(the entity copied)`` as its ``origin``.
    Returns the copies and the old → new id mapping.
    """
    mapping: dict[str, str] = {}

    def collect(v: Any) -> None:
        if isinstance(v, Entity):
            mapping[v.id] = new_id(type(v).__name__)
        if isinstance(v, tuple):
            for item in v:
                collect(item)
        elif hasattr(type(v), "model_fields"):
            for name in type(v).model_fields:
                collect(getattr(v, name))

    def rewrite(v: Any) -> Any:
        if isinstance(v, tuple):
            return tuple(rewrite(i) for i in v)
        if not hasattr(type(v), "model_fields"):
            return v
        update: dict[str, Any] = {}
        for name in type(v).model_fields:
            cur = getattr(v, name)
            if name == "id" or name.endswith("_id"):
                if isinstance(cur, str) and cur in mapping:
                    update[name] = mapping[cur]
            elif name.endswith("_ids"):
                update[name] = tuple(mapping.get(i, i) for i in cur)
            elif name == "origin" and origin is not None and isinstance(v, Entity):
                update[name] = origin(v)
            elif isinstance(cur, tuple) or hasattr(type(cur), "model_fields"):
                update[name] = rewrite(cur)
        return v.model_copy(update=update)

    for v in values:
        collect(v)
    return [rewrite(v) for v in values], mapping


def copy_map(doc: Document, map_id: str, *, kind: MapKind = MapKind.TO_BE, name: str | None = None) -> AddMap:
    """A command that adds a copy of ``map_id`` (new ids throughout), e.g. TO BE from AS IS."""
    source = doc.map(map_id)
    [copy], _ = fresh_ids([source], origin=copied_from)
    copy = copy.with_(
        pairings=(),
        kind=kind,
        name=name if name is not None else f"{source.name} ({kind.value.upper().replace('_', ' ')})",
        source_map_id=source.id,
        parent_process_id=source.parent_process_id,
    )
    return AddMap(copy, label="Copy map")
