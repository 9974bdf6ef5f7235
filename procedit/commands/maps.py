"""Commands on whole maps: add, copy (make TO BE from AS IS)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping
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
    mapping = {e.id: new_id(type(e).__name__) for e in entities(values)}
    return remap_ids(values, mapping, origin), mapping


def entities(values: Any) -> Iterator[Entity]:
    """Every entity in ``values`` (a value, or a list or tuple of them), nested ones too."""
    todo = [values]
    while todo:
        v = todo.pop()
        if isinstance(v, tuple | list):
            todo.extend(reversed(v))
            continue
        if isinstance(v, Entity):
            yield v
        if hasattr(type(v), "model_fields"):
            todo.extend(getattr(v, name) for name in reversed(type(v).model_fields))


def remap_ids(
    values: list[Any], mapping: Mapping[str, str], origin: Callable[[Entity], str | None] | None = None
) -> list[Any]:
    """Copies of ``values`` with every id and reference (``id``, ``*_id``, ``*_ids``, nested
    too) found in ``mapping`` replaced by its new value; with ``origin``, the lineage as
    ``fresh_ids`` says."""

    def rewrite(v: Any) -> Any:
        if type(v) is tuple:  # (not a measurement, a named tuple that holds no id)
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

    return [rewrite(v) for v in values]


def copy_map(doc: Document, map_id: str, *, kind: MapKind = MapKind.TO_BE, name: str | None = None) -> AddMap:
    """A command that adds a copy of ``map_id`` (new ids throughout), e.g. TO BE from AS IS."""
    source = doc.map(map_id)
    [copy], _ = fresh_ids([source], origin=copied_from)
    copy = copy.with_(
        pairings=(),
        document=None,  # a new document: it prints with the project's passport until given its own
        kind=kind,
        name=name if name is not None else f"{source.name} ({kind.value.upper().replace('_', ' ')})",
        source_map_id=source.id,
        parent_process_id=source.parent_process_id,
    )
    return AddMap(copy, label="Copy map")


class AddMaps(Command):
    """Add several maps (a map and its sub-maps) as one step."""

    def __init__(self, maps: list[ProcessMap], index: int | None = None, label: str = "Add maps"):
        self.maps = list(maps)
        self.index = index
        self.label = label

    @property
    def pmap(self) -> ProcessMap:
        """The first map added (the one the user asked for)."""
        return self.maps[0]

    def apply(self, doc: Document) -> None:
        for k, m in enumerate(self.maps):
            doc.put_map(m, None if self.index is None or k else self.index)

    def revert(self, doc: Document) -> None:
        for m in reversed(self.maps):
            doc.remove_map(m.id)


class MoveMap(Command):
    """Put a map at another place in the project's order of maps."""

    def __init__(self, map_id: str, index: int, label: str = "Reorder maps"):
        self.map_id = map_id
        self.index = index
        self.label = label
        self._old: int | None = None

    def apply(self, doc: Document) -> None:
        self._old = doc.move_map(self.map_id, self.index)

    def revert(self, doc: Document) -> None:
        assert self._old is not None
        doc.move_map(self.map_id, self._old)


def unique_map_name(doc: Document, base: str) -> str:
    """``base``, or "base 2", "base 3", ... : never the name of a map already there."""
    return unique_name(base, {doc.map_header(m).name for m in doc.map_ids()})


def unique_name(base: str, taken: Collection[str]) -> str:
    """``base``, or "base 2", "base 3", ... : never one of ``taken``."""
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base} {n}", n + 1
    return candidate


def new_map(doc: Document, name: str, kind: MapKind = MapKind.AS_IS, label: str = "New map") -> AddMap:
    """A blank map at the end of the project (its name made unique)."""
    return AddMap(ProcessMap(name=unique_map_name(doc, name), kind=kind), label=label)


def duplicate_map(doc: Document, map_id: str, name: str, label: str = "Duplicate map") -> AddMaps:
    """A copy of ``map_id`` and of every map below it, right after it, with fresh ids throughout
    (``fresh_ids``, recording what each copy was made from, as a paste does): the copies'
    processes open the copied sub-maps, not the originals."""
    from .hierarchy import descendants

    sources = [doc.map(map_id), *(doc.map(m) for m in descendants(doc, map_id))]
    copies, _mapping = fresh_ids(sources, origin=first_original)  # the copies keep their lineage
    copies[0] = copies[0].with_(name=unique_map_name(doc, name))
    return AddMaps(copies, index=doc.map_ids().index(map_id) + 1, label=label)


def delete_map(doc: Document, map_id: str, label: str = "Delete map"):
    """Delete ``map_id`` with the maps below it; what refers to them (a process's decomposition,
    a TO BE map's source) is cleared; one undo step brings all of it back."""
    from .edit import Delete
    from .hierarchy import descendants

    return Delete([map_id, *descendants(doc, map_id)], label=label)
