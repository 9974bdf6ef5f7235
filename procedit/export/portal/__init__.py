"""The process portal: a static site of the project (start page with maps and strategy, a map
page with its SVG, a page per process and per person, search) that opens from ``file://``
with no server and no external resources.

``publish_portal(project, out_dir)`` writes the site into a sibling temporary folder and then
swaps it in by renames, so a reader never sees half a site; a folder that is not a portal
published by procedit is never replaced (it could be anyone's documents).
"""

from __future__ import annotations

import ctypes
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from procedit.document.texts import Texts
from procedit.model import Project

from .assets import CSS, JS
from .frame import Site
from .pages import index_page, map_page, person_page, process_page

MARKER = ".procedit-portal"

__all__ = ["MARKER", "PortalError", "PortalResult", "publish_portal"]


class PortalError(Exception):
    """A portal that cannot be written, with a message for the user (in the project's language)."""


@dataclass(frozen=True)
class PortalResult:
    directory: Path
    pages: int


def _fold(text: str) -> str:
    return text.lower().replace("ё", "е")


def search_index(site: Site) -> str:
    """The index as a script (``window.PROCEDIT_INDEX = [...]``): [page, code, name, where,
    owner, folded text to match]. ``<`` is escaped so no text can close the script."""
    rows = []
    for p in site.processes:
        owner = site.name(p.owner_id)
        texts = [p.code, p.name, owner, p.goal, p.results, p.description,
                 *(s.name for s in p.stages), *(c.name for c in p.criteria),
                 *(d.title for d in p.documents), *(d.text for d in p.documents)]  # fmt: skip
        where = site.process_map[p.id].name
        rows.append([site.process_page[p.id], p.code, p.name, where, owner, _fold(" ".join(texts))])
    for m in site.project.maps:
        rows.append([site.map_page[m.id], "", m.name, site.t["map"], "", _fold(m.name + " " + m.description)])
    labels = site.project.position_labels()
    for person in site.project.people:
        label = labels[person.id]
        rows.append([site.person_page[person.id], "", person.name, site.t["people"], label,
                     _fold(f"{person.name} {label}")])  # fmt: skip
    data = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    data = data.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"window.PROCEDIT_INDEX={data};\n"


def _write_site(project: Project, root: Path, lang: str, today: dt.date) -> int:
    site = Site(project, lang)
    doc_texts = Texts(lang)
    for sub in ("assets", "maps", "p", "people"):
        (root / sub).mkdir()
    (root / "assets" / "portal.css").write_text(CSS, encoding="utf-8")
    (root / "assets" / "portal.js").write_text(JS, encoding="utf-8")
    (root / "assets" / "search-index.js").write_text(search_index(site), encoding="utf-8")
    (root / "index.html").write_text(index_page(site), encoding="utf-8")
    pages = 1
    for m in project.maps:
        (root / site.map_page[m.id]).write_text(map_page(site, m), encoding="utf-8")
        pages += 1
    for p in site.processes:
        (root / site.process_page[p.id]).write_text(process_page(site, p, doc_texts, today), encoding="utf-8")
        pages += 1
    for person in project.people:
        (root / site.person_page[person.id]).write_text(person_page(site, person.id, today), encoding="utf-8")
        pages += 1
    (root / MARKER).write_text("procedit process portal\n", encoding="utf-8")
    return pages


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux renameat2 RENAME_EXCHANGE); False where unavailable."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def publish_portal(
    project: Project, out_dir: str | os.PathLike, lang: str | None = None, today: dt.date | None = None
) -> PortalResult:
    """Write the portal of ``project`` to ``out_dir``, replacing an earlier portal there atomically."""
    lang = lang or (project.language if project.language in ("ru", "en") else "ru")
    out = Path(out_dir).absolute()
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / MARKER).exists())):
        if lang == "ru":
            raise PortalError(
                f"«{out}» — не пустая папка и не портал procedit: выберите пустую или новую папку"
            )
        raise PortalError(f"'{out}' is not empty and not a procedit portal: choose an empty or new folder")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        pages = _write_site(project, tmp, lang, today or dt.date.today())
        os.chmod(tmp, 0o755)  # mkdtemp makes it private; a portal is for a file share
        if out.exists() and _exchange(tmp, out):
            shutil.rmtree(tmp, ignore_errors=True)  # it holds the old site now
        elif out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            os.replace(out, old / "site")  # two renames: the old site stays whole until the new one is in
            os.replace(tmp, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return PortalResult(out, pages)
