"""The document: the one owner of the project model while it is being edited.

Reads are free. Writes go through a handful of primitives that only work inside a
transaction, which ``History`` opens around a command's ``apply``/``revert``; a write
outside one raises ``EditOutsideCommandError``. When a transaction ends, listeners get
exactly one ``Change`` naming the ids it touched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from procedit.model import ExternalParty, Lane, Link, Note, Process, ProcessMap, Project, limits
from procedit.model.limits import LimitError, check_value

MapElement = Process | ExternalParty | Link | Lane | Note

COLLECTIONS: dict[type, str] = {
    Process: "processes",
    ExternalParty: "parties",
    Link: "links",
    Lane: "lanes",
    Note: "notes",
}
_EMPTY_MAP = {name: () for name in COLLECTIONS.values()}
_MAP_LIMITS = {
    "processes": limits.MAX_PROCESSES,
    "parties": limits.MAX_PARTIES,
    "links": limits.MAX_LINKS,
    "lanes": limits.MAX_LANES,
    "notes": limits.MAX_NOTES,
}
# below this many map elements a project cannot come near MAX_OBJECTS in practice: the
# exact (slower) count runs only above it, and only when a command adds something
_COUNT_FROM = limits.MAX_OBJECTS // 20


class EditOutsideCommandError(RuntimeError):
    """The model was written outside a command: a bug, refused loudly."""


@dataclass(frozen=True)
class Change:
    """One notice per command: what it touched.

    ``ids`` are map elements (processes, parties, links, lanes, notes) added, changed or removed;
    ``maps`` are maps added, removed or whose own fields changed; ``project`` is True when
    project-level fields (people, strategy, passport, ...) changed.
    """

    label: str
    ids: frozenset[str]
    maps: frozenset[str]
    project: bool
    undo: bool = False  # the change reverts a command
    element_maps: frozenset[str] = frozenset()  # the maps whose elements were put or removed


class _MapState:
    __slots__ = ("cache", "elements", "header")

    def __init__(self, pmap: ProcessMap):
        self.header = pmap.model_copy(update=_EMPTY_MAP)
        self.elements: dict[str, dict[str, MapElement]] = {
            name: {e.id: e for e in getattr(pmap, name)} for name in COLLECTIONS.values()
        }
        self.cache: ProcessMap | None = pmap

    def build(self) -> ProcessMap:
        if self.cache is None:
            self.cache = self.header.model_copy(
                update={name: tuple(d.values()) for name, d in self.elements.items()}
            )
        return self.cache


@dataclass
class _Tx:
    label: str
    undo: bool
    ids: set[str] = field(default_factory=set)
    maps: set[str] = field(default_factory=set)
    element_maps: set[str] = field(default_factory=set)
    project: bool = False
    grew: bool = False  # an element or a map was added
    journal: list[Callable[[], None]] = field(default_factory=list)


class Document:
    def __init__(self, project: Project):
        self._header = project.model_copy(update={"maps": ()})
        self._maps: dict[str, _MapState] = {m.id: _MapState(m) for m in project.maps}
        self._where: dict[str, str] = {}  # element id -> map id
        self._adjacent: dict[str, set[str]] = {}  # node id -> ids of links touching it
        # the criteria's actual values, all maps together (MAX_MEASUREMENTS): counted when a command
        # first needs it (not on the way to a big map's first frame), then kept up to date
        self._measurements: int | None = None
        for m in project.maps:
            self._index_map(m.id)
        self._project_cache: Project | None = project
        self._tx: _Tx | None = None
        self._listeners: list[Callable[[Change], None]] = []

    # ---------------------------------------------------------------- reading
    @property
    def project(self) -> Project:
        if self._project_cache is None:
            self._project_cache = self._header.model_copy(
                update={"maps": tuple(s.build() for s in self._maps.values())}
            )
        return self._project_cache

    @property
    def header(self) -> Project:
        """Project-level fields (``maps`` is empty here): cheap, no map is rebuilt."""
        return self._header

    def map_ids(self) -> list[str]:
        return list(self._maps)

    def map(self, map_id: str) -> ProcessMap:
        return self._maps[map_id].build()

    def map_header(self, map_id: str) -> ProcessMap:
        """The map's own fields, without its elements (cheap)."""
        return self._maps[map_id].header

    def has_map(self, map_id: str) -> bool:
        return map_id in self._maps

    def get(self, elem_id: str) -> MapElement | None:
        map_id = self._where.get(elem_id)
        if map_id is None:
            return None
        for d in self._maps[map_id].elements.values():
            if elem_id in d:
                return d[elem_id]
        return None  # pragma: no cover - index and elements always agree

    def map_of(self, elem_id: str) -> str | None:
        return self._where.get(elem_id)

    def elements(self, map_id: str, collection: str) -> Iterator[MapElement]:
        return iter(self._maps[map_id].elements[collection].values())

    def processes(self, map_id: str) -> Iterator[Process]:
        return iter(self._maps[map_id].elements["processes"].values())  # type: ignore[return-value]

    def parties(self, map_id: str) -> Iterator[ExternalParty]:
        return iter(self._maps[map_id].elements["parties"].values())  # type: ignore[return-value]

    def links(self, map_id: str) -> Iterator[Link]:
        return iter(self._maps[map_id].elements["links"].values())  # type: ignore[return-value]

    def element_count(self, map_id: str) -> int:
        """How many boxes and links ``map_id`` holds (cheap)."""
        e = self._maps[map_id].elements
        return len(e["processes"]) + len(e["parties"]) + len(e["links"])

    def links_of(self, node_id: str) -> list[Link]:
        """The links whose source or target is ``node_id``."""
        result = []
        for link_id in self._adjacent.get(node_id, ()):
            link = self.get(link_id)
            if isinstance(link, Link):
                result.append(link)
        return result

    def index_of(self, elem_id: str) -> int:
        map_id = self._where[elem_id]
        for d in self._maps[map_id].elements.values():
            if elem_id in d:
                return list(d).index(elem_id)
        raise KeyError(elem_id)  # pragma: no cover

    # ---------------------------------------------------------------- listening
    def subscribe(self, listener: Callable[[Change], None]) -> Callable[[], None]:
        """Call ``listener(change)`` after every command; returns the unsubscribe function."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    # ---------------------------------------------------------------- transactions
    @property
    def in_transaction(self) -> bool:
        return self._tx is not None

    @contextmanager
    def transaction(self, label: str, *, undo: bool = False) -> Iterator[None]:
        """Group primitive writes; on an exception they are rolled back and nothing is announced."""
        if self._tx is not None:
            raise EditOutsideCommandError("a command may not start another command inside apply/revert")
        tx = self._tx = _Tx(label, undo)
        try:
            yield
            self._check_limits(tx)
        except BaseException:
            for inverse in reversed(tx.journal):
                inverse()
            self._tx = None
            raise
        self._tx = None
        change = Change(
            label, frozenset(tx.ids), frozenset(tx.maps), tx.project, undo, frozenset(tx.element_maps)
        )
        for listener in list(self._listeners):
            listener(change)

    def _check_limits(self, tx: _Tx) -> None:
        """What the command touched stays within the project's limits (the loader's rules),
        else ``LimitError``: no edit can make a project that would not load again."""
        maps = {m for m in tx.maps if m in self._maps}
        for elem_id in tx.ids:
            element = self.get(elem_id)
            if element is not None:
                check_value(element)
                maps.add(self._where[elem_id])
        for map_id in maps:
            state = self._maps[map_id]
            check_value(state.header)
            for name, limit in _MAP_LIMITS.items():
                if len(state.elements[name]) > limit:
                    raise LimitError(
                        name,
                        f"a map may hold at most {limit} {name}",
                        f"на карте не больше {limit} элементов",
                    )
        if tx.project:
            check_value(self._header)
        if self._measurement_count() > limits.MAX_MEASUREMENTS:
            raise LimitError(
                "",
                f"a project may hold at most {limits.MAX_MEASUREMENTS:,} measured values",
                f"в проекте не больше {limits.MAX_MEASUREMENTS:,} фактических значений".replace(",", " "),
            )
        if len(self._maps) > limits.MAX_MAPS:
            raise LimitError("maps", f"at most {limits.MAX_MAPS} maps", f"не больше {limits.MAX_MAPS} карт")
        if tx.grew:
            boxes = sum(
                len(s.elements["processes"]) + len(s.elements["parties"]) for s in self._maps.values()
            )
            if boxes > limits.MAX_BOXES:
                raise LimitError(
                    "",
                    f"a project may hold at most {limits.MAX_BOXES} processes and external parties",
                    f"в проекте не больше {limits.MAX_BOXES} процессов и внешних сторон",
                )
        if tx.grew and sum(len(d) for s in self._maps.values() for d in s.elements.values()) > _COUNT_FROM:
            total = limits.count_objects(self.project)
            if total > limits.MAX_OBJECTS:
                raise LimitError(
                    "",
                    f"the project would hold more than {limits.MAX_OBJECTS} elements",
                    f"в проекте было бы больше {limits.MAX_OBJECTS} элементов",
                )

    def _require_tx(self) -> _Tx:
        if self._tx is None:
            raise EditOutsideCommandError("the model may only be changed by a command (see History.push)")
        return self._tx

    # ---------------------------------------------------------------- primitives
    def put(self, map_id: str, element: MapElement, index: int | None = None) -> None:
        """Insert ``element`` into ``map_id`` (at ``index``) or replace the element with its id."""
        tx = self._require_tx()
        d = self._maps[map_id].elements[COLLECTIONS[type(element)]]
        old = d.get(element.id)
        if old is None and element.id in self._where:
            raise ValueError(f"id {element.id!r} is already used")
        old_index = list(d).index(element.id) if old is not None and index is not None else None
        self._raw_put(map_id, element, index)
        tx.ids.add(element.id)
        tx.element_maps.add(map_id)
        tx.grew |= old is None
        if old is None:
            tx.journal.append(lambda: self._raw_remove(map_id, element.id))
        else:
            tx.journal.append(lambda: self._raw_put(map_id, old, old_index))

    def remove(self, elem_id: str) -> tuple[str, MapElement, int]:
        """Remove a map element; returns (map id, element, index) so a revert can restore it."""
        tx = self._require_tx()
        map_id = self._where[elem_id]
        index = self.index_of(elem_id)
        element = self._raw_remove(map_id, elem_id)
        tx.ids.add(elem_id)
        tx.element_maps.add(map_id)
        tx.journal.append(lambda: self._raw_put(map_id, element, index))
        return map_id, element, index

    def set_project_fields(self, **changes: Any) -> None:
        """Change project-level fields (everything but ``maps``)."""
        tx = self._require_tx()
        if "maps" in changes:
            raise ValueError("maps change through put_map/remove_map")
        old = self._header
        self._header = old.with_(**changes)
        self._project_cache = None
        tx.project = True
        tx.journal.append(lambda: self._raw_header(old))

    def set_map_fields(self, map_id: str, **changes: Any) -> None:
        tx = self._require_tx()
        if set(changes) & set(COLLECTIONS.values()):
            raise ValueError("map elements change through put/remove")
        state = self._maps[map_id]
        old = state.header
        state.header = old.with_(**changes)
        state.cache = None
        self._project_cache = None
        tx.maps.add(map_id)

        def undo() -> None:
            state.header = old
            state.cache = None
            self._project_cache = None

        tx.journal.append(undo)

    def put_map(self, pmap: ProcessMap, index: int | None = None) -> None:
        tx = self._require_tx()
        if pmap.id in self._maps:
            raise ValueError(f"map id {pmap.id!r} is already used")
        for name in COLLECTIONS.values():
            for e in getattr(pmap, name):
                if e.id in self._where:
                    raise ValueError(f"id {e.id!r} is already used")
        self._raw_put_map(pmap, index)
        tx.maps.add(pmap.id)
        tx.grew = True
        tx.ids.update(self._ids_of_map(pmap.id))
        tx.journal.append(lambda: self._raw_remove_map(pmap.id))

    def remove_map(self, map_id: str) -> tuple[ProcessMap, int]:
        tx = self._require_tx()
        index = list(self._maps).index(map_id)
        tx.ids.update(self._ids_of_map(map_id))
        pmap = self._raw_remove_map(map_id)
        tx.maps.add(map_id)
        tx.journal.append(lambda: self._raw_put_map(pmap, index))
        return pmap, index

    def move_map(self, map_id: str, index: int) -> int:
        """Put ``map_id`` at ``index`` in the project's order of maps; returns its old index."""
        tx = self._require_tx()
        old = list(self._maps).index(map_id)
        self._raw_move_map(map_id, index)
        tx.maps.add(map_id)
        tx.journal.append(lambda: self._raw_move_map(map_id, old))
        return old

    # ---------------------------------------------------------------- raw (no journal)
    def _raw_move_map(self, map_id: str, index: int) -> None:
        items = [(k, v) for k, v in self._maps.items() if k != map_id]
        items.insert(max(0, min(index, len(items))), (map_id, self._maps[map_id]))
        self._maps = dict(items)
        self._project_cache = None

    def _raw_put(self, map_id: str, element: MapElement, index: int | None) -> None:
        state = self._maps[map_id]
        d = state.elements[COLLECTIONS[type(element)]]
        if index is None and element.id in d:  # replace in place, keeping the order
            old = d[element.id]
            if isinstance(old, Link):
                self._unlink(old)
            elif isinstance(old, Process) and self._measurements is not None:
                self._measurements -= _measurements(old)
            d[element.id] = element
        else:
            if element.id in self._where:
                self._raw_remove(self._where[element.id], element.id)
            if index is None or index >= len(d):
                d[element.id] = element
            else:
                items = list(d.items())
                items.insert(index, (element.id, element))
                d.clear()
                d.update(items)
        self._where[element.id] = map_id
        if isinstance(element, Link):
            self._adjacent.setdefault(element.source_id, set()).add(element.id)
            self._adjacent.setdefault(element.target_id, set()).add(element.id)
        elif isinstance(element, Process) and self._measurements is not None:
            self._measurements += _measurements(element)
        state.cache = None
        self._project_cache = None

    def _raw_remove(self, map_id: str, elem_id: str) -> MapElement:
        state = self._maps[map_id]
        for d in state.elements.values():
            if elem_id in d:
                element = d.pop(elem_id)
                break
        else:  # pragma: no cover
            raise KeyError(elem_id)
        del self._where[elem_id]
        if isinstance(element, Link):
            self._unlink(element)
        elif isinstance(element, Process) and self._measurements is not None:
            self._measurements -= _measurements(element)
        state.cache = None
        self._project_cache = None
        return element

    def _unlink(self, link: Link) -> None:
        for node in (link.source_id, link.target_id):
            s = self._adjacent.get(node)
            if s is not None:
                s.discard(link.id)
                if not s:
                    del self._adjacent[node]

    def _raw_header(self, header: Project) -> None:
        self._header = header
        self._project_cache = None

    def _index_map(self, map_id: str) -> None:
        elements = self._maps[map_id].elements
        for d in elements.values():
            self._where.update(dict.fromkeys(d, map_id))
        adjacent = self._adjacent
        for elem_id, link in elements["links"].items():
            for node in (link.source_id, link.target_id):
                links = adjacent.get(node)
                if links is None:
                    adjacent[node] = {elem_id}
                else:
                    links.add(elem_id)
        if self._measurements is not None:
            self._measurements += sum(map(_measurements, elements["processes"].values()))

    def _measurement_count(self) -> int:
        if self._measurements is None:
            self._measurements = sum(
                _measurements(p)
                for state in self._maps.values()
                for p in state.elements["processes"].values()
            )
        return self._measurements

    def _ids_of_map(self, map_id: str) -> set[str]:
        return {i for d in self._maps[map_id].elements.values() for i in d}

    def _raw_put_map(self, pmap: ProcessMap, index: int | None) -> None:
        items = list(self._maps.items())
        state = _MapState(pmap)
        if index is None:
            index = len(items)
        items.insert(index, (pmap.id, state))
        self._maps = dict(items)
        self._index_map(pmap.id)
        self._project_cache = None

    def _raw_remove_map(self, map_id: str) -> ProcessMap:
        pmap = self._maps[map_id].build()
        for elem_id in self._ids_of_map(map_id):
            element = self._raw_remove(map_id, elem_id)
            del element
        del self._maps[map_id]
        self._project_cache = None
        return pmap


def _measurements(p: Process) -> int:
    return sum(len(c.actuals) for c in p.criteria)
