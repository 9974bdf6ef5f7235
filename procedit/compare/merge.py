"""Three-way merge of projects by element id and field (a git merge driver's engine).

Changes to different elements, or to different fields of one element, merge cleanly; lists of
ids (customers, participants, goals) merge as sets. The same field changed both ways is a
conflict: the result keeps ours and records both values (``MergeConflict``, kept in the
project so the editor can show them). An element deleted on one side and changed on the
other is kept (with the changes), and so is one deleted on one side and referenced on the
other: the merged project never has a dangling reference.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel
from pydantic_core import to_jsonable_python

from procedit.model import MergeConflict, Project, check_integrity
from procedit.model.base import Entity
from procedit.model.refs import Dropped, strip_refs

_MISSING_REF = "which does not exist"
_ABSENT = object()  # "no such value on this side" (an element one side does not have)
_PASSES = 6  # each pass may bring back elements that refer to further deleted ones


@dataclass
class MergeResult:
    project: Project  # always a valid project; ``project.conflicts`` lists every conflict
    conflicts: list[MergeConflict] = field(default_factory=list)  # this merge's conflicts

    @property
    def clean(self) -> bool:
        return not self.conflicts


def merge_projects(base: Project, ours: Project, theirs: Project) -> MergeResult:
    """Merge ``theirs`` into ``ours`` given their common ancestor ``base``."""
    keep: set[str] = set()
    for _ in range(_PASSES):
        merger = _Merger(keep)
        project = merger.value(base, ours, theirs, "", ())
        missing = _missing_refs(project)
        if not missing:
            return _finish(project, ours, theirs, merger.conflicts)
        if missing <= keep:
            break
        keep |= missing
    # what could not be brought back (a reference to an id no side has): dropped, and said so
    try:
        project = strip_refs(project, missing)
    except Dropped:
        project = ours
    conflicts = [*merger.conflicts, *(_conflict(i, "", "", "reference", "", "", "") for i in sorted(missing))]
    if check_integrity(project):
        project, conflicts = ours, [_conflict("", "", "", "project", "", "", "theirs could not be merged")]
    return _finish(project, ours, theirs, conflicts)


def _finish(project: Project, ours: Project, theirs: Project, conflicts: list[MergeConflict]) -> MergeResult:
    earlier = list(ours.conflicts) + [c for c in theirs.conflicts if c not in ours.conflicts]
    return MergeResult(project.model_copy(update={"conflicts": tuple(earlier + conflicts)}), conflicts)


def _missing_refs(project: Project) -> set[str]:
    missing = set()
    for problem in check_integrity(project):
        if problem.message.endswith(_MISSING_REF):
            missing.add(problem.message.split("'")[1])
    return missing


def label(value: Any) -> str:
    """An element as a person names it ("М-01 Анализ конкурентов", "Клиент", a criterion's name)."""
    code = getattr(value, "code", "")
    for name in ("name", "title", "term", "label", "what", "description"):
        text = getattr(value, name, None)
        if isinstance(text, str) and text:
            text = f"{code} {text}".strip() if isinstance(code, str) and code else text
            return text if len(text) <= 80 else text[:79] + "…"
    return getattr(value, "id", "")


def _json(value: Any) -> str:
    if value is None:
        return "null"
    return json.dumps(to_jsonable_python(value), ensure_ascii=False, sort_keys=True)


def _conflict(
    element: str, where: str, base: Any, fld: str, ours: Any, theirs: Any, note: str
) -> MergeConflict:
    return MergeConflict(
        element=element, where=where, field=fld, base=base, ours=ours, theirs=theirs, kept=note
    )


class _Merger:
    def __init__(self, keep: set[str]):
        self.keep = keep
        self.conflicts: list[MergeConflict] = []

    def conflict(self, trail: tuple[Any, ...], fld: str, b: Any, o: Any, t: Any, kept: str = "ours") -> None:
        element = trail[-1].id if trail else ""
        where = " / ".join(label(e) for e in trail)
        self.conflicts.append(_conflict(element, where, _json(b), fld, _json(o), _json(t), kept))

    def value(self, b: Any, o: Any, t: Any, fld: str, trail: tuple[Any, ...]) -> Any:
        if o is t or o == t:
            return o
        if o is _ABSENT or t is _ABSENT:  # a key of a dict that one side does not have
            present = t if o is _ABSENT else o
            if b is _ABSENT:
                return present  # added on one side
            if b == present:
                return _ABSENT  # removed on one side, unchanged on the other
            self.conflict(trail, fld, b, _none(o), _none(t), "the changed value")
            return present
        # while elements must be kept (deleted on one side, referenced on the other), containers
        # are walked through: "theirs did not change the people" must not drop a kept person
        walk = bool(self.keep) and isinstance(o, BaseModel | tuple)
        if b is not _ABSENT and b == o and not walk:
            return t
        if b is not _ABSENT and b == t and not walk:
            return o
        if isinstance(o, BaseModel) and type(o) is type(t) and (b is _ABSENT or type(b) is type(o)):
            return self.fields(b, o, t, (*trail, o) if isinstance(o, Entity) else trail, fld)
        if isinstance(o, tuple) and isinstance(t, tuple) and (b is _ABSENT or isinstance(b, tuple)):
            bs = b if isinstance(b, tuple) else ()
            items = (*o, *t, *bs)
            if items and all(isinstance(v, Entity) for v in items):
                return self.entities(bs, o, t, fld, trail)
            if items and all(isinstance(v, str) for v in items):
                return _merge_id_lists(bs, o, t)
            if o == t or (b is not _ABSENT and b == t):
                return o
            if b is not _ABSENT and b == o:
                return t
        if isinstance(o, dict) and isinstance(t, dict) and (b is _ABSENT or isinstance(b, dict)):
            bd = b if isinstance(b, dict) else {}
            merged = {}
            for key in [*o, *(x for x in t if x not in o)]:
                v = self.value(
                    bd.get(key, _ABSENT),
                    o.get(key, _ABSENT),
                    t.get(key, _ABSENT),
                    f"{fld}.{key}" if fld else key,
                    trail,
                )
                if v is not _ABSENT:
                    merged[key] = v
            return merged
        self.conflict(trail, fld, None if b is _ABSENT else b, _none(o), _none(t))
        return o

    def fields(self, b: Any, o: BaseModel, t: BaseModel, trail: tuple[Any, ...], prefix: str) -> BaseModel:
        changes = {}
        inner = prefix if not isinstance(o, Entity) else ""
        for name in type(o).model_fields:
            if name == "conflicts" and isinstance(o, Project):
                continue
            ov, tv = getattr(o, name), getattr(t, name)
            bv = getattr(b, name) if b is not _ABSENT else _ABSENT
            merged = self.value(bv, ov, tv, f"{inner}.{name}" if inner else name, trail)
            if merged is not ov:
                changes[name] = merged
        return o.model_copy(update=changes) if changes else o

    def entities(self, b: tuple, o: tuple, t: tuple, fld: str, trail: tuple[Any, ...]) -> tuple:
        bd = {e.id: e for e in b}
        td = {e.id: e for e in t}
        od = {e.id: e for e in o}
        result: list[Any] = []
        for e in o:
            other = td.get(e.id)
            if other is not None:
                result.append(self.value(bd.get(e.id, _ABSENT), e, other, "", trail))
            elif e.id in bd:  # theirs deleted it
                if bd[e.id] == e and e.id not in self.keep:
                    continue
                why = (
                    "deleted by theirs, referenced by ours"
                    if bd[e.id] == e
                    else "deleted by theirs, changed by ours"
                )
                self.conflict((*trail, e), fld, bd[e.id], e, None, f"ours ({why})")
                result.append(e)
            else:
                result.append(e)
        placed = {e.id for e in result}
        for i, e in enumerate(t):
            if e.id in od:
                continue
            if e.id in bd:  # ours deleted it
                if bd[e.id] == e and e.id not in self.keep:
                    continue
                why = (
                    "deleted by ours, referenced by theirs"
                    if bd[e.id] == e
                    else "deleted by ours, changed by theirs"
                )
                self.conflict((*trail, e), fld, bd[e.id], None, e, f"theirs ({why})")
            before = next((t[j].id for j in range(i - 1, -1, -1) if t[j].id in placed), None)
            at = next((k + 1 for k, x in enumerate(result) if x.id == before), 0) if before else 0
            result.insert(at, e)
            placed.add(e.id)
        return tuple(result)


def _none(value: Any) -> Any:
    return None if value is _ABSENT else value


def _merge_id_lists(b: tuple, o: tuple, t: tuple) -> tuple:
    """Lists of references as sets: what either side added is in, what either removed is out."""
    base, theirs = set(b), set(t)
    kept = [x for x in o if not (x in base and x not in theirs)]
    ours = set(o)
    return tuple(kept + [x for x in t if x not in base and x not in ours])


MergeFn = Callable[[Project, Project, Project], MergeResult]
