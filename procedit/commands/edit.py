"""The commands every editor gesture is made of."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import Any

from procedit.model import ProcessMap
from procedit.model.refs import Dropped, strip_refs

from .base import Command
from .document import COLLECTIONS, Document, MapElement


class AddElements(Command):
    """Add processes, parties, links or lanes to a map."""

    def __init__(self, map_id: str, elements: Iterable[MapElement], label: str | None = None):
        self.map_id = map_id
        self.elements = list(elements)
        self.label = label or _count_label("Add", self.elements)

    def apply(self, doc: Document) -> None:
        # nodes first, so links never point at something not yet there
        for e in sorted(self.elements, key=lambda e: type(e).__name__ == "Link"):
            doc.put(self.map_id, e)

    def revert(self, doc: Document) -> None:
        for e in reversed(self.elements):
            doc.remove(e.id)


class SetFields(Command):
    """Change fields of map elements: ``{element id: {field: value}}``.

    Serves property edits, moves, resizes, align and auto-layout alike. With a
    ``merge_key``, successive edits with the same key merge into one undo step
    (typing in one field).
    """

    def __init__(
        self,
        changes: Mapping[str, Mapping[str, Any]],
        label: str = "Change property",
        merge_key: Hashable | None = None,
    ):
        self.changes = {k: dict(v) for k, v in changes.items()}
        self.label = label
        self.merge_key = merge_key
        self._old: dict[str, MapElement] = {}
        self._new: dict[str, MapElement] = {}

    def apply(self, doc: Document) -> None:
        if not self._new:
            for elem_id, fields in self.changes.items():
                old = doc.get(elem_id)
                if old is None:
                    raise KeyError(f"no element {elem_id!r}")
                self._old[elem_id] = old
                self._new[elem_id] = old.with_(**fields)
        for elem_id, new in self._new.items():
            doc.put(doc.map_of(elem_id), new)  # type: ignore[arg-type]

    def revert(self, doc: Document) -> None:
        for elem_id, old in self._old.items():
            doc.put(doc.map_of(elem_id), old)  # type: ignore[arg-type]

    def merge(self, other: Command) -> bool:
        if (
            self.merge_key is None
            or not isinstance(other, SetFields)
            or other.merge_key != self.merge_key
            or set(other._new) != set(self._new)
        ):
            return False
        self._new = dict(other._new)
        for elem_id, fields in other.changes.items():
            self.changes[elem_id].update(fields)
        return True


class _SetHeaderFields(Command):
    """Change the own fields of the project or of one map; typing with a ``merge_key`` merges."""

    scope: str | None = None  # the map id, or None for the project

    def __init__(self, changes: Mapping[str, Any], label: str, merge_key: Hashable | None):
        self.changes = dict(changes)
        self.label = label
        self.merge_key = merge_key
        self._old: dict[str, Any] = {}

    def _header(self, doc: Document) -> Any:
        return doc.header if self.scope is None else doc.map_header(self.scope)

    def _write(self, doc: Document, fields: dict[str, Any]) -> None:
        if self.scope is None:
            doc.set_project_fields(**fields)
        else:
            doc.set_map_fields(self.scope, **fields)

    def apply(self, doc: Document) -> None:
        if not self._old:
            header = self._header(doc)
            self._old = {k: getattr(header, k) for k in self.changes}
        self._write(doc, self.changes)

    def revert(self, doc: Document) -> None:
        self._write(doc, self._old)

    def merge(self, other: Command) -> bool:
        if (
            self.merge_key is None
            or type(other) is not type(self)
            or (other.scope, other.merge_key) != (self.scope, self.merge_key)
            or set(other.changes) != set(self.changes)
        ):
            return False
        self.changes = dict(other.changes)
        return True


class SetProjectFields(_SetHeaderFields):
    """Change project-level fields (name, passport, strategy, people, ...)."""

    def __init__(
        self, changes: Mapping[str, Any], label: str = "Change project", merge_key: Hashable | None = None
    ):
        super().__init__(changes, label, merge_key)


class SetMapFields(_SetHeaderFields):
    """Change a map's own fields (name, kind, description)."""

    def __init__(
        self,
        map_id: str,
        changes: Mapping[str, Any],
        label: str = "Change map",
        merge_key: Hashable | None = None,
    ):
        super().__init__(changes, label, merge_key)
        self.scope = map_id

    @property
    def map_id(self) -> str:
        return self.scope  # type: ignore[return-value]


class Delete(Command):
    """Delete anything by id and everything that cannot live without it.

    Ids may name map elements, whole maps, or nested items (people, goals, departments,
    approvers, inputs/outputs, stages, criteria, documents). Links touching a deleted node
    go with it; every other reference to a deleted id is cleared. Revert restores all of it
    exactly, in place.
    """

    def __init__(self, ids: Iterable[str], label: str | None = None):
        self.ids = list(dict.fromkeys(ids))
        self.label = label or f"Delete {len(self.ids)} item{'s' if len(self.ids) != 1 else ''}"
        self._removed: list[tuple[str, MapElement, int]] = []
        self._removed_maps: list[tuple[ProcessMap, int]] = []
        self._changed: list[tuple[str, MapElement, MapElement]] = []
        self._map_headers: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
        self._project: tuple[dict[str, Any], dict[str, Any]] | None = None

    def apply(self, doc: Document) -> None:
        self._removed.clear()
        self._removed_maps.clear()
        self._changed.clear()
        self._map_headers.clear()
        self._project = None
        removed = set(self.ids)
        for map_id in doc.map_ids():
            if map_id in removed:
                removed.update(e.id for c in COLLECTIONS.values() for e in doc.elements(map_id, c))
        # links lose their ends with their nodes
        for elem_id in list(removed):
            for link in doc.links_of(elem_id):
                removed.add(link.id)
        # whole maps first
        for map_id in doc.map_ids():
            if map_id in removed:
                self._removed_maps.append(doc.remove_map(map_id))
        # map elements named directly
        for elem_id in sorted(
            (i for i in removed if doc.map_of(i) is not None), key=doc.index_of, reverse=True
        ):
            self._removed.append(doc.remove(elem_id))
        # every remaining element, map header and the project header: strip references
        for map_id in doc.map_ids():
            for collection in COLLECTIONS.values():
                for element in list(doc.elements(map_id, collection)):
                    try:
                        new = strip_refs(element, removed)
                    except Dropped:
                        removed.add(element.id)
                        self._removed.append(doc.remove(element.id))
                        continue
                    if new is not element:
                        doc.put(map_id, new)
                        self._changed.append((map_id, element, new))
            header = doc.map_header(map_id)
            new_header = strip_refs(header, removed)
            if new_header is not header:
                diff = _diff(header, new_header)
                doc.set_map_fields(map_id, **diff[1])
                self._map_headers.append((map_id, *diff))
        header = doc.header
        new_header = strip_refs(header, removed)
        if new_header is not header:
            self._project = _diff(header, new_header)
            doc.set_project_fields(**self._project[1])

    def revert(self, doc: Document) -> None:
        if self._project is not None:
            doc.set_project_fields(**self._project[0])
        for map_id, old_fields, _new in reversed(self._map_headers):
            doc.set_map_fields(map_id, **old_fields)
        for map_id, old, _new in reversed(self._changed):
            doc.put(map_id, old)
        for map_id, element, index in reversed(self._removed):
            doc.put(map_id, element, index)
        for pmap, index in reversed(self._removed_maps):
            doc.put_map(pmap, index)


def _diff(old: Any, new: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    names = [n for n in type(old).model_fields if getattr(old, n) is not getattr(new, n)]
    return {n: getattr(old, n) for n in names}, {n: getattr(new, n) for n in names}


def _count_label(verb: str, elements: list[MapElement]) -> str:
    if len(elements) == 1:
        return f"{verb} {type(elements[0]).__name__.lower()}"
    return f"{verb} {len(elements)} items"
