"""The documents a portal publishes, rendered by the editor's own exporters: each map's
regulation and each position's job instruction as the PDFs ``procedit export`` writes (the
portal package itself renders HTML only and receives these writers from the command line or
the GUI)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from procedit.document.tree import Document
from procedit.model import Project

from .portal import PortalCancelled, PortalError
from .regulation import ExportCancelled, ExportError, export_regulation


def regulation_pdf(
    project: Project,
    map_id: str,
    path: Path,
    lang: str,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> tuple[int, dict[str, int]]:
    """The regulation of the map ``map_id`` (the survey report of a top AS IS map) at ``path``:
    its pages and the page of each heading (a process's card under ``proc-<id>``)."""
    headings: dict[str, int] = {}
    try:
        pages = export_regulation(
            project, path, map_id=map_id, lang=lang, progress=progress, cancel=cancel, headings=headings
        )
    except ExportCancelled:
        raise PortalCancelled() from None
    except ExportError as e:
        raise PortalError(str(e)) from None
    return pages, headings


def instruction_pdf(project: Project, tree: Document, path: Path, cancel: Callable[[], bool] | None) -> int:
    """The job instruction ``tree`` (built by the portal from the document layer) at ``path``;
    its pages."""
    try:
        return export_regulation(project, path, lang=tree.lang, tree=tree, cancel=cancel)
    except ExportCancelled:
        raise PortalCancelled() from None
    except ExportError as e:
        raise PortalError(str(e)) from None


__all__ = ["instruction_pdf", "regulation_pdf"]
