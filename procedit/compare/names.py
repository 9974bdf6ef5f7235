"""Elements as a reader names them: people, departments, boxes, links."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from typing import ClassVar

from procedit.model import Link, Process, ProcessMap, Project

NOBODY = "—"


class Names:
    """Names of what ``pmap`` (in ``project``) refers to; an unknown or empty reference is "—"."""

    _cache: ClassVar[dict[tuple[int, int], Names]] = {}

    def __init__(self, project: Project, pmap: ProcessMap):
        self.project = project
        self.pmap = pmap

    @classmethod
    def of(cls, project: Project, pmap: ProcessMap) -> Names:
        key = (id(project), id(pmap))
        hit = cls._cache.get(key)
        if hit is None or hit.project is not project or hit.pmap is not pmap:
            if len(cls._cache) > 16:
                cls._cache.clear()
            hit = cls._cache[key] = cls(project, pmap)
        return hit

    @staticmethod
    def process(p: Process) -> str:
        return f"{p.code} {p.name}".strip() or NOBODY

    @cached_property
    def _people(self) -> dict[str, str]:
        return {p.id: p.name for p in self.project.people}

    @cached_property
    def _positions(self) -> dict[str, str]:
        return {q.id: q.name for q in self.project.positions}

    @cached_property
    def _departments(self) -> dict[str, str]:
        return {d.id: d.name for d in self.project.departments}

    @cached_property
    def _goals(self) -> dict[str, str]:
        return {g.id: g.title for g in self.project.strategy.goals}

    @cached_property
    def _nodes(self) -> dict[str, str]:
        nodes = {p.id: self.process(p) for p in self.pmap.processes}
        nodes.update((q.id, q.name or NOBODY) for q in self.pmap.parties)
        return nodes

    def person(self, ident: str | None) -> str:
        return self._people.get(ident or "", NOBODY) if ident else NOBODY

    def department(self, ident: str | None) -> str:
        return self._departments.get(ident or "", NOBODY) if ident else NOBODY

    def performer(self, ident: str | None) -> str:
        if not ident:
            return NOBODY
        return self._people.get(ident) or self._positions.get(ident) or self._departments.get(ident) or NOBODY

    def node(self, ident: str | None) -> str:
        return self._nodes.get(ident or "", NOBODY) if ident else NOBODY

    def any(self, ident: str) -> str:
        for table in (self._nodes, self._people, self._positions, self._departments, self._goals):
            if ident in table:
                return table[ident]
        return ident

    def many(self, idents: Iterable[str]) -> str:
        return ", ".join(sorted(self.any(i) for i in idents))

    def link(self, lk: Link) -> str:
        return f"{self.node(lk.source_id)} → {self.node(lk.target_id)}"
