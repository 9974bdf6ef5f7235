"""Which document identity a map prints with: the one fallback every reader uses.

A map may carry its own document (``ProcessMap.document``: passport, approvers, change log,
the regulation's general sections). A map without one — a file from before format 6, a new
map, a decomposition map — prints with the project's passport, approvers and change log.
"""

from __future__ import annotations

from .base import new_id
from .project import MapDocument, Passport, ProcessMap, Project


def document_of(project: Project, pmap: ProcessMap | None) -> MapDocument:
    """The document of ``pmap``: its own, else one made of the project's passport, approvers
    and change log (with no general sections)."""
    if pmap is not None and pmap.document is not None:
        return pmap.document
    return MapDocument(passport=project.passport, approvers=project.approvers, change_log=project.change_log)


def own_document(project: Project, pmap: ProcessMap) -> MapDocument:
    """The map's own document, or a new one taking the project's as defaults (approvers and
    change-log entries get ids of their own, so the map's lists are its own)."""
    if pmap.document is not None:
        return pmap.document
    return MapDocument(
        passport=project.passport,
        approvers=tuple(a.with_(id=new_id("Approver")) for a in project.approvers),
        change_log=tuple(e.with_(id=new_id("ChangeLogEntry")) for e in project.change_log),
    )


def latest_change(log: tuple) -> object | None:
    """The change-log entry with the highest number (the last one written wins a tie)."""
    best = None
    for entry in log:
        if best is None or entry.number >= best.number:
            best = entry
    return best


def printed_version(passport: Passport, log: tuple) -> str:
    """The version a document prints: the one its latest change made, when the log says it,
    else the passport's (so the title page always agrees with the change log)."""
    last = latest_change(log)
    version = getattr(last, "version", "").strip() if last is not None else ""
    return version or passport.version.strip()
