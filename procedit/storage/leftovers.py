"""Temporary files a crash left beside projects and outputs, recognised and tidied up.

Every write procedit makes goes through a temporary file in the target's folder
(``.NAME.procmap.k2j4x9aa.tmp``, ``.procedit-k2j4x9aa.pdf.tmp``, ``.NAME.bpmn.k2j4x9aa.tmp``)
that is renamed over the target or removed. Only a crash (or a power loss) between the
two leaves one behind, possibly tens of megabytes. When a folder is opened again:

- an unfinished output (PDF, BPMN, XLSX, a backup's copy) is removed: it can be made again;
- a project's temporary file is removed when it is cut short or holds what the project
  holds; a complete one that differs (the crash came after it was written, before the
  rename) is kept as ``NAME (unsaved YYYY-MM-DD HH-MM).procmap`` beside the project, so
  nothing the user may have meant to save is lost.

Only files older than ``MIN_AGE`` are touched: another procedit may be saving right now.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

MIN_AGE = 10 * 60.0  # seconds
_RANDOM = r"[a-z0-9_]{8}"  # what tempfile.mkstemp puts in the name
_PROJECT_TMP = re.compile(rf"^\.(?P<name>.+\.procmap)\.{_RANDOM}\.tmp$")
_OUTPUT_TMP = re.compile(
    rf"^(?:\.procedit-{_RANDOM}\.pdf\.tmp|\..+\.(?:procmap\.bak|pdf|bpmn|xlsx|png|svg)\.{_RANDOM}\.tmp)$"
)


@dataclass(frozen=True)
class Leftover:
    path: Path
    kept_as: Path | None = None  # a complete unsaved project, renamed so the user sees it


def tidy_folder(folder: str | os.PathLike[str], *, now: float | None = None) -> list[Leftover]:
    """Remove (or keep, see the module) what crashed writes left in ``folder``; never raises."""
    from .fileformat import loads  # late: fileformat imports this package's siblings

    now = time.time() if now is None else now
    done: list[Leftover] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return done
    for entry in entries:
        name = entry.name
        if not name.endswith(".tmp") or not name.startswith("."):
            continue
        try:
            if not entry.is_file(follow_symlinks=False) or now - entry.stat().st_mtime < MIN_AGE:
                continue
            path = Path(entry.path)
            if _OUTPUT_TMP.match(name):
                path.unlink()
                done.append(Leftover(path))
                continue
            m = _PROJECT_TMP.match(name)
            if m is None:
                continue
            data = path.read_bytes()
            project = Path(folder, m.group("name"))
            try:
                loads(data, path)
                complete = True
            except Exception:
                complete = False
            same = project.is_file() and project.stat().st_size == len(data) and project.read_bytes() == data
            if not complete or same:
                path.unlink()
                done.append(Leftover(path))
                continue
            stamp = dt.datetime.fromtimestamp(entry.stat().st_mtime).strftime("%Y-%m-%d %H-%M")
            kept = project.with_name(f"{project.stem} (unsaved {stamp}){project.suffix}")
            if not kept.exists():
                os.replace(path, kept)
                done.append(Leftover(path, kept))
        except OSError:  # gone meanwhile, not ours to remove: leave it
            continue
    return done
