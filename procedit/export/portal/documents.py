"""The documents a portal publishes beside its pages: each map's regulation (the PDF the
editor exports, written into ``DIR/docs``) with its edition, linked from the map and process
pages. The portal renders no PDF itself: the caller hands in a ``DocumentWriter`` (the CLI
and the GUI pass ``procedit.export.portal_documents.regulation_pdf``), so this package stays
HTML only. A map larger than the limit gets its edition shown and no PDF (a regulation of
thousands of processes takes minutes to lay out; the editor exports it on its own). The
positions' job instructions are published the same way (``instructions.py``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from procedit.document.build import document_control, document_kind, printed_version
from procedit.document.texts import Texts
from procedit.model import DocStatus, ProcessMap, Project

from .frame import e

DEFAULT_LIMIT = 300  # processes on a map whose regulation is published as a PDF


class DocumentWriter(Protocol):
    def __call__(
        self,
        project: Project,
        map_id: str,
        path: Path,
        lang: str,
        progress: Callable[[int, int], None] | None,
        cancel: Callable[[], bool] | None,
    ) -> tuple[int, dict[str, int]]:
        """Writes the map's regulation to ``path``; returns its pages and the page of each
        heading key (``proc-<id>`` for a process's card)."""
        ...


@dataclass
class MapDocument:
    """One map's document as the portal shows it."""

    map_id: str
    title: str  # "Регламент процессов" or "Отчёт об обследовании процессов"
    code: str
    version: str
    status: str  # the passport status in the project's language
    draft: bool
    file: str | None = None  # "docs/r1.pdf" inside DIR, None: not published
    pages: int = 0
    heading_pages: dict[str, int] = field(default_factory=dict)
    skipped_size: int = 0  # processes on a map over the limit (no PDF)


def plan_documents(project: Project, lang: str) -> dict[str, MapDocument]:
    """Every map's document identity (title, code, edition, status), no files yet."""
    t = Texts(lang)
    out: dict[str, MapDocument] = {}
    for i, m in enumerate(project.maps, 1):
        control = document_control(project, m)
        passport, log = control.passport, control.change_log
        kind = document_kind(m, False)
        title = t["survey_title"] if kind == "survey" else passport.title.strip() or t["map_regulation"]
        out[m.id] = MapDocument(
            m.id, title, passport.code.strip(), printed_version(passport, log),
            t.enum(passport.status), passport.status != DocStatus.APPROVED, file=f"docs/r{i}.pdf",
        )  # fmt: skip
    return out


def write_documents(
    project: Project,
    root: Path,
    plan: dict[str, MapDocument],
    writer: DocumentWriter,
    lang: str,
    limit: int | None,
    progress: Callable[[float], None],
    cancel: Callable[[], bool] | None,
) -> None:
    """Writes the PDF of every map within ``limit`` processes into ``root/docs``; the others
    keep ``file=None``. ``progress(fraction)`` goes from 0 to 1 over the documents."""
    todo: list[ProcessMap] = []
    for m in project.maps:
        doc = plan[m.id]
        if limit is not None and len(m.processes) > limit:
            doc.file, doc.skipped_size = None, len(m.processes)
        else:
            todo.append(m)
    if not todo:
        return
    (root / "docs").mkdir(exist_ok=True)
    weights = [max(1, len(m.processes)) for m in todo]
    total, done = sum(weights), 0
    for m, w in zip(todo, weights, strict=True):
        doc = plan[m.id]
        assert doc.file is not None

        def step(d: int, n: int, base: int = done, w: int = w) -> None:
            progress((base + w * d / max(1, n)) / total)

        doc.pages, doc.heading_pages = writer(project, m.id, root / doc.file, lang, step, cancel)
        done += w
        progress(done / total)


def document_html(site_t: dict[str, str], doc: MapDocument, root: str, process_id: str | None = None) -> str:
    """The document's line: a link to the PDF (to the process's own section where known)
    with its code, edition and status; without a PDF the edition and why there is none."""
    label = " ".join(x for x in (doc.code, doc.title) if x)
    parts = []
    if doc.file is not None:
        page = doc.heading_pages.get(f"proc-{process_id}") if process_id else None
        anchor = f"#page={page}" if page else ""
        parts.append(f'<a class="regulation" href="{e(root + doc.file + anchor)}">{e(label)}</a> <small>(PDF)</small>')
    else:
        parts.append(e(label))
    if doc.version:
        parts.append(e(f"{site_t['edition']} {doc.version}"))
    parts.append(f'<span class="doc-status{" draft" if doc.draft else ""}">{e(doc.status)}</span>')
    text = " · ".join(parts)
    if doc.file is not None and process_id and doc.heading_pages.get(f"proc-{process_id}"):
        text += f" · {e(site_t['section_page'].format(page=doc.heading_pages[f'proc-{process_id}']))}"
    if doc.file is None and doc.skipped_size:
        text += f'<br><small>{e(site_t["doc_not_published"].format(n=doc.skipped_size))}</small>'
    return text

