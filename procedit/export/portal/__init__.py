"""The process portal: a static site of the project (start page with maps and strategy, a map
page with its SVG, a page per process and per person, search) that opens from ``file://``
with no server and no external resources.

``publish_portal(project, out_dir)`` writes the site into a sibling temporary folder and then
swaps it in by renames, so a reader never sees half a site; a folder that is not a portal
published by procedit is never replaced (it could be anyone's documents). With ``documents``
(a ``DocumentWriter``) each map's regulation is published as a PDF inside the site too, with
``instructions`` (an ``InstructionWriter``) each position's job instruction;
``progress(done, 100)`` reports, ``cancel()`` returning True stops with ``PortalCancelled``
and leaves the old portal (or nothing) in place.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from procedit.document.texts import Texts
from procedit.model import Project

from .assets import CSS, JS
from .documents import DEFAULT_LIMIT, DocumentWriter, MapDocument, plan_documents, write_documents
from .frame import Site
from .instructions import Instruction, InstructionWriter, plan_instructions, write_instructions
from .org_pages import department_page, position_page
from .pages import index_page, map_page, person_page, process_page

MARKER = ".procedit-portal"

__all__ = [
    "DEFAULT_LIMIT", "MARKER", "DocumentWriter", "Instruction", "InstructionWriter", "MapDocument",
    "PortalCancelled", "PortalError", "PortalResult", "is_portal", "publish_portal",
]  # fmt: skip


class PortalError(Exception):
    """A portal that cannot be written, with a message for the user (in the project's language)."""


class PortalCancelled(Exception):
    """The caller's ``cancel()`` returned True; the earlier portal (if any) is untouched."""


@dataclass(frozen=True)
class PortalResult:
    directory: Path
    pages: int
    documents: tuple[MapDocument, ...] = ()  # every map's document (file None: no PDF published)
    instructions: tuple[Instruction, ...] = ()  # every position's job instruction (with a writer)

    @property
    def start_page(self) -> Path:
        return self.directory / "index.html"


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
    for q in site.project.positions:
        holders = ", ".join(p.name for p in site.holders.get(q.id, []))
        rows.append([site.position_page[q.id], "", q.name, site.t["position"], holders,
                     _fold(f"{q.name} {holders} {site.name(q.department_id)}")])  # fmt: skip
    for d in site.project.departments:
        head = site.name(d.head_id)
        rows.append([site.department_page[d.id], "", d.name, site.t["department"], head, _fold(f"{d.name} {head}")])
    data = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    data = data.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"window.PROCEDIT_INDEX={data};\n"


@dataclass
class _Run:
    """What one publishing run reports to and asks of its caller."""

    progress: Callable[[int, int], None] | None
    cancel: Callable[[], bool] | None
    share: float  # the part of the progress the documents take

    def report(self, fraction: float) -> None:
        if self.progress is not None:
            self.progress(min(100, int(fraction * 100)), 100)

    def check(self) -> None:
        if self.cancel is not None and self.cancel():
            raise PortalCancelled()


@dataclass(frozen=True)
class _Writers:
    documents: DocumentWriter | None
    instructions: InstructionWriter | None


def _write_site(
    project: Project, root: Path, lang: str, today: dt.date, writers: _Writers, limit: int | None, run: _Run,
) -> tuple[int, dict[str, MapDocument], dict[str, Instruction]]:  # fmt: skip
    site = Site(project, lang)
    site.documents = plan_documents(project, lang)
    instructions = plan_instructions(project, limit) if writers.instructions is not None else {}
    # the documents' part of the progress: the regulations by their processes, then the instructions
    regulations = sum(len(m.processes) for m in project.maps if limit is None or len(m.processes) <= limit)
    split = 1.0
    if writers.instructions is not None:
        count = sum(1 for x in instructions.values() if x.file)
        split = regulations / max(1, regulations + 5 * count) if writers.documents is not None else 0.0
    if writers.documents is None:
        for doc in site.documents.values():
            doc.file = None
    else:
        write_documents(project, root, site.documents, writers.documents, lang, limit,
                        lambda f: run.report(f * split * run.share), run.cancel)  # fmt: skip
    if writers.instructions is not None:
        write_instructions(project, root, instructions, writers.instructions, lang,
                           lambda f: run.report((split + (1 - split) * f) * run.share), run.cancel)  # fmt: skip
    site.instructions = {k: x for k, x in instructions.items() if x.file}
    site.instructions_skipped = {k: x.skipped_size for k, x in instructions.items() if x.skipped_size}
    run.check()
    doc_texts = Texts(lang)
    for sub in ("assets", "maps", "p", "people", "positions", "departments"):
        (root / sub).mkdir()
    (root / "assets" / "portal.css").write_text(CSS, encoding="utf-8")
    (root / "assets" / "portal.js").write_text(JS, encoding="utf-8")
    (root / "assets" / "search-index.js").write_text(search_index(site), encoding="utf-8")
    (root / "index.html").write_text(index_page(site), encoding="utf-8")
    pages = 1
    total = 1 + len(project.maps) + len(site.processes) + len(project.people) + len(project.positions)
    total += len(project.departments)

    def written(path: str, html: str) -> None:
        nonlocal pages
        (root / path).write_text(html, encoding="utf-8")
        pages += 1
        if pages % 200 == 0:
            run.check()
            run.report(run.share + (1 - run.share) * pages / total)

    for m in project.maps:
        written(site.map_page[m.id], map_page(site, m))
    for p in site.processes:
        written(site.process_page[p.id], process_page(site, p, doc_texts, today))
    for person in project.people:
        written(site.person_page[person.id], person_page(site, person.id, today))
    for q in project.positions:
        written(site.position_page[q.id], position_page(site, q, today))
    for d in project.departments:
        written(site.department_page[d.id], department_page(site, d, today))
    (root / MARKER).write_text("procedit process portal\n", encoding="utf-8")
    return pages, site.documents, instructions


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


def is_portal(path: str | os.PathLike) -> bool:
    """True for a folder a publish may replace: new, empty or an earlier procedit portal."""
    out = Path(path)
    if not out.exists():
        return True
    return out.is_dir() and (not any(out.iterdir()) or (out / MARKER).exists())


def publish_portal(
    project: Project,
    out_dir: str | os.PathLike,
    lang: str | None = None,
    today: dt.date | None = None,
    *,
    documents: DocumentWriter | None = None,
    instructions: InstructionWriter | None = None,
    documents_limit: int | None = DEFAULT_LIMIT,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> PortalResult:
    """Write the portal of ``project`` to ``out_dir``, replacing an earlier portal there atomically.

    ``documents`` writes each map's regulation PDF into the site (maps of at most
    ``documents_limit`` processes; None: every map); ``instructions`` each position's job
    instruction (positions whose source maps are all within the same limit)."""
    lang = lang or (project.language if project.language in ("ru", "en") else "ru")
    out = Path(out_dir).absolute()
    if not is_portal(out):
        if lang == "ru":
            raise PortalError(
                f"«{out}» — не пустая папка и не портал procedit: выберите пустую или новую папку"
            )
        raise PortalError(f"'{out}' is not empty and not a procedit portal: choose an empty or new folder")
    writers = _Writers(documents, instructions)
    run = _Run(progress, cancel, 0.0 if documents is None and instructions is None else 0.9)
    run.report(0)
    run.check()
    try:
        return _publish(project, out, lang, today, writers, documents_limit, run)
    except OSError as err:  # a full disk, a read-only share: one line naming the folder
        reason = err.strerror or str(err)
        if lang == "ru":
            raise PortalError(f"не удалось записать портал в «{out}»: {reason}") from None
        raise PortalError(f"cannot write the portal to '{out}': {reason}") from None


def _publish(
    project: Project, out: Path, lang: str, today: dt.date | None, writers: _Writers, limit: int | None, run: _Run,
) -> PortalResult:  # fmt: skip
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        pages, docs, instructions = _write_site(project, tmp, lang, today or dt.date.today(), writers, limit, run)
        run.check()  # the last moment a cancel leaves the old portal as it was
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
    run.report(1)
    return PortalResult(out, pages, tuple(docs.values()), tuple(instructions.values()))
