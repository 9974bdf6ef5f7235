"""Reference models: the ones procedit ships (``resources/reference``) and the user's own library
(``<user data dir>/reference``), saving a map into it and starting a project from one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from procedit.commands import fresh_ids
from procedit.commands.maps import copied_from
from procedit.model import MapKind, Project
from procedit.model.refs import Dropped, strip_refs
from procedit.storage import load, save
from procedit.storage.recovery import data_dir

SUFFIX = ".procmap"


@dataclass(frozen=True)
class ReferenceModel:
    name: str  # as listed: the project's name
    path: Path
    builtin: bool
    language: str


def library_dir() -> Path:
    """The personal library of reference models (created when something is saved into it)."""
    return data_dir() / "reference"


def builtin_dir() -> Path:
    import procedit_resources

    return Path(str(procedit_resources.resource("reference")))


def _entries(folder: Path, builtin: bool) -> list[ReferenceModel]:
    found = []
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            project = load(path)
        except Exception:  # a broken file in the library is left out, never fatal
            continue
        found.append(ReferenceModel(project.name or path.stem, path, builtin, project.language))
    return found


def reference_models(lang: str | None = None) -> list[ReferenceModel]:
    """Shipped models (those in ``lang`` first) and then the user's library."""
    shipped = _entries(builtin_dir(), True)
    if lang:
        shipped.sort(key=lambda m: m.language != lang)
    return shipped + _entries(library_dir(), False)


def _file_name(name: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "", name, flags=re.UNICODE).strip().replace(" ", "_")
    return stem[:80] or "reference"


def save_to_library(project: Project, map_id: str, name: str, folder: Path | None = None) -> Path:
    """Save one map of ``project`` (with the people and departments it names) as a reference model."""
    folder = folder or library_dir()
    folder.mkdir(parents=True, exist_ok=True)
    pmap = project.map_by_id(map_id)
    others = [m for m in project.maps if m.id != map_id]
    removed = {m.id for m in others} | {
        e.id for m in others for e in (*m.processes, *m.parties, *m.links, *m.lanes)
    }
    try:
        pmap = strip_refs(pmap, removed)
    except Dropped:  # pragma: no cover - a map holds no required reference outside itself
        pass
    pmap = pmap.with_(
        kind=MapKind.REFERENCE, name=name, parent_process_id=None, source_map_id=None, pairings=()
    )
    reference = project.with_(
        name=name,
        maps=(pmap,),
        change_log=(),
        approvers=(),
        conflicts=(),
        passport=project.passport.with_(code=""),
    )
    path = folder / f"{_file_name(name)}{SUFFIX}"
    n = 2
    while path.exists():
        path = folder / f"{_file_name(name)}_{n}{SUFFIX}"
        n += 1
    save(reference, path, backup=False)
    return path


def new_from_reference(reference: Project, lang: str = "ru") -> Project:
    """A new project whose TO BE map is a copy of the reference map: every process remembers
    the reference process it came from, so comparing it with the reference pairs by lineage."""
    maps = []
    for m in reference.maps:
        [copy], _ = fresh_ids([m], origin=copied_from)
        suffix = " (по эталонной модели)" if lang == "ru" else " (from the reference model)"
        maps.append(copy.with_(kind=MapKind.TO_BE, name=f"{m.name}{suffix}", pairings=()))
    return reference.with_(maps=tuple(maps), conflicts=())
