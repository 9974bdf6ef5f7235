"""BPMN 2.0 XML into a procedit project.

Activities (tasks, sub-processes, call activities) become processes; a sub-process with
content becomes a process decomposed into a map of its own; a white-box pool (or a
process without one) becomes a map, a black-box pool an external party; lanes become
lanes (and departments); sequence and message flows become links, hand-offs routed
through gateways included. Diagram positions are kept; a map without them is laid out.
What procedit's extension recorded (``bpmn_export``) is read back over the BPMN, so a
round trip keeps every property. What procedit cannot represent is counted in the summary.
"""

from __future__ import annotations

import gc
import json
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from lxml import etree
from pydantic import BaseModel, ValidationError

from procedit.model import (
    ExternalParty,
    Lane,
    Link,
    PartyKind,
    Process,
    Project,
    limits,
    new_id,
)
from procedit.storage import ProjectFileError, gc_paused
from procedit.storage.errors import from_validation_error

from . import extension
from .bpmn_links import message_links, sequence_links, updated
from .bpmn_ns import BPMN, b
from .bpmn_read import COORD_LIMIT, Activity, Container, Model, Pool, read_model, ref
from .safexml import parse_xml, read_bytes
from .summary import Summary

M = TypeVar("M", bound=BaseModel)
NAME_LIMIT = limits.MAX_LINE
TEXT_LIMIT = 20000
SIZE_MIN, SIZE_MAX = limits.MIN_SIZE, limits.MAX_SIZE  # the project's limits (model/limits.py)


@dataclass
class ImportResult:
    project: Project
    summary: Summary


@dataclass
class MapState:
    id: str
    name: str
    data: dict[str, Any]
    processes: dict[str, Process] = field(default_factory=dict)  # BPMN id → process
    parties: dict[Any, ExternalParty] = field(default_factory=dict)  # key → party
    links: list[Link] = field(default_factory=list)
    lanes: list[Lane] = field(default_factory=list)
    unplaced: set[str] = field(default_factory=set)  # ids of nodes the file gave no position
    container_id: str | None = None  # the BPMN process it came from (a call activity's target)


def import_bpmn(path: str | os.PathLike[str]) -> ImportResult:
    """Read a BPMN file; ``ProjectFileError`` when it is unsafe, malformed or not BPMN."""
    return import_bpmn_bytes(read_bytes(path), path)


def import_bpmn_bytes(data: bytes, path: str | os.PathLike[str] = "<bpmn>") -> ImportResult:
    root = parse_xml(data, path)
    if root.tag != b("definitions"):
        found = etree.QName(root).localname if isinstance(root.tag, str) else "?"
        raise ProjectFileError(
            path,
            "",
            f"not a BPMN 2.0 file (the root element is <{found}>, not <definitions> of {BPMN})",
            f"это не файл BPMN 2.0 (корневой элемент <{found}>, а не <definitions> из {BPMN})",
        )
    with _building():
        model = read_model(root)
        del root  # (the records hold no element: the tree is freed now, not after the build)
        try:
            return _Builder(model, Path(os.fspath(path)).stem, path).build()
        except ValidationError as e:  # more than a map may hold (model/limits.py)
            raise from_validation_error(path, e) from None


@contextmanager
def _building() -> Iterator[None]:
    """No collection passes while thousands of small values are made (``gc_paused``), and
    none over them afterwards.

    ``gc_paused(promote=True)`` moves what was made into the oldest generation, through the
    permanent one, which it cannot do in a process that keeps objects frozen itself (it would
    release them). There, the imported project is frozen with them, as the window freezes a
    project it opens (``files.freeze_loaded``: immutable, long-lived, acyclic, freed by
    reference counting when dropped): left in the youngest generation, the next allocation
    after the import would scan all of it (~0.4 s at N = 5,000, 2x lxml's whole parse)."""
    if not gc.get_freeze_count():
        with gc_paused(promote=True):
            yield
        return
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        gc.freeze()  # (not after a failure: nothing of it is kept)
    finally:
        if was_enabled:
            gc.enable()


def clip(text: str | None, limit: int = NAME_LIMIT) -> str:
    if not text:
        return ""
    text = extension.clean(text)
    text = limits.clean_text(text, len(text))  # DEL and C1 controls too: a project may not hold them
    return text if len(text) <= limit else text[: limit - 1] + "…"


def one_line(text: str | None) -> str:
    if not text:
        return ""
    return clip(" ".join(text.split()))


def _docs(act: Activity) -> str:
    parts = [text.strip() for text in act.docs]
    return clip("\n".join(p for p in parts if p), TEXT_LIMIT)


class _Builder:
    def __init__(self, model: Model, stem: str, path: str | os.PathLike[str] = "<bpmn>"):
        self.m = model
        self.stem = stem
        self.path = path
        self.summary = Summary(skipped=dict(model.skipped))
        self.used: set[str] = set()
        self.maps: list[MapState] = []
        self.nodes: dict[str, tuple[MapState, Process]] = {}  # BPMN activity id → where it went
        self.owner: dict[str, MapState] = {}  # BPMN id of an event/gateway or pool → its map
        self.calls: list[tuple[MapState, str, str]] = []  # (map, BPMN activity id, called process id)
        self.cyrillic = False
        self.restored = False  # procedit's project data were read back from the file

    # ------------------------------------------------------------ ids and data
    def unique(self, *candidates: str | None, kind: str) -> str:
        for c in candidates:
            if c and isinstance(c, str) and c not in self.used:
                self.used.add(c)
                return c
        ident = new_id(kind)
        self.used.add(ident)
        return ident

    def ext(self, ident: str | None, tag: str) -> dict[str, Any] | None:
        """procedit's data of the element ``ident`` (``bpmn_export`` wrote it), or None."""
        found = self.m.ext.get((ident, tag)) if ident is not None else None
        if found is None:
            return None
        try:
            data = json.loads(found[1])
        except ValueError:
            self._unreadable()
            return None
        return data if isinstance(data, dict) else None

    def ext_process(self, act: Activity) -> tuple[Process, dict[str, Any]] | None:
        """procedit's process of the activity ``act`` validated straight from its JSON, and what
        the rest of its data adds to it (``extension.read_process``), or None."""
        found = self.m.ext.get((act.id, "process"))
        if found is None:
            return None
        text = act.docs[0] if found[0] > 1 and act.docs else ""
        return self._read(extension.read_process, *found, act.id, text)

    def ext_link(self, ident: str, source: str, target: str, label: str) -> Link | None:
        """procedit's link of the flow ``ident`` between ``source`` and ``target``, or None."""
        found = self.m.ext.get((ident, "link"))
        return (
            None if found is None else self._read(extension.read_link, *found, ident, source, target, label)
        )

    def _read(self, read: Callable[..., M], *args: Any) -> M | None:
        try:
            return read(*args)
        except ValueError:  # a ValidationError too
            self._unreadable()
            return None

    def _unreadable(self) -> None:
        self.summary.note(
            "some procedit data in the file were not readable and were left out",
            "часть данных procedit в файле не прочитана и пропущена",
        )

    def _name(self, text: str | None) -> str:
        name = one_line(text)
        if not self.cyrillic and re.search("[А-Яа-яЁё]", name):
            self.cyrillic = True
        return name

    # ------------------------------------------------------------ the whole
    def build(self) -> ImportResult:
        m = self.m
        base = self._project_base()
        pool_of = {p.process: p for p in m.pools if p.process}
        for c in m.containers.values():
            pool = pool_of.get(c.id)
            if not c.activities and not c.others:
                continue  # an empty process: its pool (if any) is a black box
            ms = self._map(c, (pool.name if pool else "") or c.name, self.ext(c.id, "map"), None)
            ms.container_id = c.id
            if pool is not None:
                self.owner[pool.id] = ms
        if not self.maps:
            self._new_map(None, self.stem or "BPMN", {})
        self._resolve_calls()
        homes = {}
        for pool in m.pools:
            if pool.id in self.owner:
                homes.setdefault(pool.collaboration, self.owner[pool.id])
        black = [p for p in m.pools if p.id not in self.owner]
        for pool in black:
            home = homes.get(pool.collaboration, self.maps[0])
            self.party_for_pool(home, pool, first=True)
        self.summary.links += message_links(self, m.message_flows, {p.id: p for p in black})
        return self._finish(base)

    def _project_base(self) -> Project:
        data = None
        if self.m.first_collaboration is not None:
            data = self.ext(self.m.first_collaboration, "project")
        if data is not None:
            data.pop("maps", None)
            try:
                project = Project.model_validate(data)
            except ValidationError as e:
                self.summary.note(
                    f"procedit's project data in the file were not readable ({e.error_count()} problem(s)); "
                    "people and departments were not restored",
                    f"данные проекта procedit в файле не прочитаны (проблем: {e.error_count()}); "
                    "люди и подразделения не восстановлены",
                )
            else:
                self.used.update(x.id for x in (*project.people, *project.positions, *project.departments))
                self.used.update(x.id for x in project.terms)
                self.used.update(x.id for x in (*project.strategy.goals, *project.approvers, *project.change_log))
                self.restored = True
                return project
        return Project(name=self.stem)

    def _new_map(self, c: Container | None, name: str, data: dict[str, Any]) -> MapState:
        mid = self.unique(data.get("id"), c.id if c is not None else None, kind="ProcessMap")
        ms = MapState(mid, self._name(name) or data.get("name", "") or f"Map {len(self.maps) + 1}", data)
        self.maps.append(ms)
        return ms

    def _map(self, c: Container, name: str, data: dict[str, Any] | None, parent: Process | None) -> MapState:
        ms = self._new_map(c, name, data or {})
        if parent is not None:
            ms.data["parent_process_id"] = parent.id
        for act in c.activities:
            proc = self._process(act, ms)
            ms.processes[act.id] = proc
            self.nodes[act.id] = (ms, proc)
            if act.called:
                self.calls.append((ms, act.id, ref(act.called)))
        for ident in c.others:
            self.owner[ident] = ms
        self._lanes(c, ms)
        self.summary.links += sequence_links(self, c, ms)
        for sub_id, child in c.children.items():
            parent_proc = ms.processes.get(sub_id)
            sub = self._map(child, child.name, None, parent_proc)
            if parent_proc is not None:
                ms.processes[sub_id] = parent_proc.with_(subprocess_map_id=sub.id)
                self.nodes[sub_id] = (ms, ms.processes[sub_id])
        return ms

    def _process(self, act: Activity, ms: MapState) -> Process:
        bid = act.id
        name = act.name
        found = self.ext_process(act)
        if found is not None:  # written by procedit: the BPMN name, lane and DI win
            proc, added = found  # (what the rest of procedit's data adds: taken as it is)
            update: dict[str, Any] = {}
            ident = self.unique(proc.id, bid, kind="Process")
            if ident != proc.id:
                update["id"] = ident
            if name is not None:
                update["name"] = clip(name)
            self._place(update, bid, ms, ident)
            return updated(proc, update, added)
        d: dict[str, Any] = {"name": self._name(name), "description": _docs(act)}
        d["id"] = self.unique(bid, kind="Process")
        self._place(d, bid, ms, d["id"])
        return Process.model_validate(d)

    def _place(self, d: dict[str, Any], bid: str, ms: MapState | None, ident: str) -> bool:
        """Position and size of the BPMN element ``bid`` into ``d``; else ``ident`` is unplaced."""
        shape = self.m.shapes.get(bid)
        if shape is None:
            if ms is not None:
                ms.unplaced.add(ident)
            return False
        x, y, w, h = shape
        d.update(x=x, y=y, width=min(max(w, SIZE_MIN), SIZE_MAX), height=min(max(h, SIZE_MIN), SIZE_MAX))
        return True

    def _lanes(self, c: Container, ms: MapState) -> None:
        for rec in c.lanes:
            data = self.ext(rec.id, "lane") or {}
            lane_id = self.unique(data.get("id"), rec.id, kind="Lane")
            d = {**data, "id": lane_id, "name": self._name(rec.name) if rec.name or not data else data.get("name", "")}
            shape = self.m.shapes.get(rec.id)
            if shape is not None:
                d.update(y=shape[1], height=min(max(shape[3], SIZE_MIN), limits.MAX_LANE_HEIGHT))
            if not data and d["name"]:
                d["department_id"] = f"?dept:{d['name']}"  # matched or made in _finish
            try:
                lane = Lane.model_validate(d)
            except ValidationError:
                lane = Lane(id=lane_id, name=self._name(rec.name))
            if abs(lane.y) > COORD_LIMIT or not 0 < lane.height <= 100 * SIZE_MAX:  # no DI, odd data
                lane = lane.with_(y=0.0, height=200.0)
            ms.lanes.append(lane)
            for member in rec.members:
                proc = ms.processes.get(member)
                if proc is not None:
                    ms.processes[member] = proc.with_(lane_id=lane.id)
                    self.nodes[member] = (ms, ms.processes[member])

    def _resolve_calls(self) -> None:
        """A call activity calling a process of the file is decomposed into that process's map."""
        by_process = {ms.container_id: ms for ms in self.maps if ms.container_id}
        for ms, act_id, called in self.calls:
            target = by_process.get(called)
            if target is None or target is ms:
                continue
            proc = ms.processes[act_id]
            ms.processes[act_id] = proc.with_(subprocess_map_id=target.id)
            self.nodes[act_id] = (ms, ms.processes[act_id])
            target.data.setdefault("parent_process_id", proc.id)

    def party_for_pool(self, ms: MapState, pool: Pool, *, first: bool = False) -> ExternalParty:
        key = ("pool", pool.id)
        if key in ms.parties:
            return ms.parties[key]
        data = self.ext(pool.id, "party") if first or not self._placed(pool.id) else None
        d = dict(data) if data else {"name": self._name(pool.name), "kind": PartyKind.OTHER.value}
        if pool.name:
            d["name"] = one_line(pool.name)
        d["id"] = self.unique(d.get("id") if data else None, pool.id, kind="ExternalParty")
        self._place(d, pool.id, ms, d["id"])
        try:
            party = ExternalParty.model_validate(d)
        except ValidationError:
            party = ExternalParty(id=d["id"], name=self._name(pool.name))
        ms.parties[key] = party
        return party

    def _placed(self, pool_id: str) -> bool:
        return any(("pool", pool_id) in ms.parties for ms in self.maps)

    def party_for_map(self, ms: MapState, other: MapState) -> ExternalParty:
        """An external party in ``ms`` standing for the pool of the map ``other``."""
        key = ("map", other.id)
        if key not in ms.parties:
            d: dict[str, Any] = {"id": self.unique(None, kind="ExternalParty"), "name": other.name}
            pool = next((p for p in self.m.pools if self.owner.get(p.id) is other), None)
            if pool is not None and pool.id in self.m.shapes:
                x, y, _, _ = self.m.shapes[pool.id]
                d.update(x=x, y=y)
            else:
                ms.unplaced.add(d["id"])
            ms.parties[key] = ExternalParty.model_validate({**d, "kind": PartyKind.OTHER.value})
        return ms.parties[key]

    # ------------------------------------------------------------ finishing
    def _finish(self, base: Project) -> ImportResult:
        from .bpmn_place import finish_maps

        return finish_maps(self, base)
