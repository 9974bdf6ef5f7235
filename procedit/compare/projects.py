"""The difference of two project files: their maps pair by id, then by name; project fields too."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from procedit.model import ProcessMap, Project
from procedit.model.base import Entity

from . import items as k
from .diff import MapDiff, diff_maps
from .items import Difference
from .matching import normalize


@dataclass
class ProjectDiff:
    old: Project
    new: Project
    maps: list[MapDiff] = field(default_factory=list)
    maps_added: list[ProcessMap] = field(default_factory=list)
    maps_removed: list[ProcessMap] = field(default_factory=list)
    items: list[Difference] = field(default_factory=list)  # people, passport, change log, ...

    @property
    def empty(self) -> bool:
        return not (self.items or self.maps_added or self.maps_removed) and all(m.empty for m in self.maps)


def pair_maps(old: Project, new: Project) -> list[tuple[ProcessMap, ProcessMap]]:
    """Maps of two projects that are the same map: by id, then by name; one map each pair anyway."""
    olds = {m.id: m for m in old.maps}
    pairs = []
    free_new = []
    for m in new.maps:
        o = olds.pop(m.id, None)
        if o is None:
            free_new.append(m)
        else:
            pairs.append((o, m))
    by_name = {normalize(m.name): m for m in olds.values()}
    still = []
    for m in free_new:
        o = by_name.pop(normalize(m.name), None)
        if o is not None and o.id in olds:
            del olds[o.id]
            pairs.append((o, m))
        else:
            still.append(m)
    if len(still) == 1 and len(olds) == 1 and not pairs:
        pairs.append((next(iter(olds.values())), still[0]))
    return pairs


def diff_projects(old: Project, new: Project, findings: bool = True) -> ProjectDiff:
    result = ProjectDiff(old, new)
    pairs = pair_maps(old, new)
    paired_old = {o.id for o, _ in pairs}
    paired_new = {m.id for _, m in pairs}
    result.maps = [diff_maps(old, o, new, m, findings=findings) for o, m in pairs]
    result.maps_added = [m for m in new.maps if m.id not in paired_new]
    result.maps_removed = [m for m in old.maps if m.id not in paired_old]
    for name in Project.model_fields:
        if name != "maps":
            result.items.extend(_field_diff(name, getattr(old, name), getattr(new, name)))
    return result


def _label(value: Any) -> str:
    for name in ("name", "title", "term", "description", "person_id"):
        text = getattr(value, name, None)
        if isinstance(text, str) and text:
            return text if len(text) <= 60 else text[:59] + "…"
    return getattr(value, "id", "")


def _text(value: Any) -> str:
    if isinstance(value, BaseModel):
        return _label(value)
    if isinstance(value, tuple):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{key}: {_text(v)}" for key, v in sorted(value.items()))
    return "" if value is None else str(getattr(value, "value", value))


def _field_diff(path: str, old: Any, new: Any) -> list[Difference]:
    if old == new:
        return []
    if isinstance(old, tuple) and isinstance(new, tuple) and all(isinstance(v, Entity) for v in (*old, *new)):
        out = []
        olds = {v.id: v for v in old}
        for v in new:
            o = olds.pop(v.id, None)
            if o is None:
                out.append(
                    Difference(k.PROJECT_CHANGED, None, v.id, _label(v), _label(v), path, "", _label(v))
                )
            elif o != v:
                for name in type(v).model_fields:
                    if getattr(o, name) != getattr(v, name):
                        out.append(
                            Difference(
                                k.PROJECT_CHANGED,
                                o.id,
                                v.id,
                                _label(v),
                                _label(v),
                                f"{path}.{name}",
                                _text(getattr(o, name)),
                                _text(getattr(v, name)),
                            )
                        )
        for o in olds.values():
            out.append(Difference(k.PROJECT_CHANGED, o.id, None, _label(o), _label(o), path, _label(o), ""))
        return out
    if isinstance(old, BaseModel) and type(old) is type(new):
        out = []
        for name in type(old).model_fields:
            out.extend(_field_diff(f"{path}.{name}", getattr(old, name), getattr(new, name)))
        return out
    return [Difference(k.PROJECT_CHANGED, None, None, path, "", path, _text(old), _text(new))]
