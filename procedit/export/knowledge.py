"""Job instructions and department regulations as PDF or DOCX files: one document, or one
file per position (or department) in a folder.

The documents are built in ``procedit.document`` (the same tree renders to both formats);
this module picks the document, names the files and writes each one atomically with the
regulation's renderers.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from procedit.document import Document, ScopeError
from procedit.document.department_doc import department_regulation
from procedit.document.derived import Basis, find_department, find_position, make_basis
from procedit.document.job_instruction import job_instruction
from procedit.model import Project

from .regulation import ExportCancelled, ExportError, export_regulation

KINDS = ("regulation", "job-instruction", "department-regulation")


def derived_tree(
    project: Project,
    kind: str,
    *,
    position: str | None = None,
    department: str | None = None,
    lang: str | None = None,
    map_id: str | None = None,
    basis: Basis | None = None,
) -> Document:
    """The job instruction of ``position`` (in ``department`` when the name is ambiguous) or
    the regulation of ``department``; ``ExportError`` for an unknown or ambiguous name."""
    b = basis or make_basis(project, lang, map_id)
    try:
        if kind == "job-instruction":
            if not position:
                raise ExportError(b.t["err_no_position"].format(name="", names=_names(project.positions)))
            return job_instruction(b, find_position(project, position, department, b.t))
        if kind == "department-regulation":
            if not department:
                raise ExportError(b.t["err_no_department"].format(name="", names=_names(project.departments)))
            return department_regulation(b, find_department(project, department, b.t))
    except ScopeError as e:
        raise ExportError(str(e)) from None
    raise ValueError(kind)


def _names(items) -> str:
    return ", ".join(f"«{x.name.strip()}»" for x in items if x.name.strip()) or "—"


def write_document(
    project: Project,
    tree: Document,
    out_path: str | os.PathLike,
    *,
    word: bool,
    warnings: list[str] | None = None,
    protect: Iterable[str | os.PathLike] = (),
    cancel: Callable[[], bool] | None = None,
) -> int:
    """Renders ``tree`` to ``out_path`` (PDF, or DOCX with ``word``); the PDF's page count."""
    if word:
        from .docx import export_docx

        export_docx(
            project, out_path, lang=tree.lang, warnings=warnings, protect=protect, tree=tree, cancel=cancel
        )
        return 0
    return export_regulation(
        project, out_path, lang=tree.lang, warnings=warnings, protect=protect, tree=tree, cancel=cancel
    )


@dataclass
class Batch:
    """What a folder export wrote: (file, pages) per document (pages 0 for DOCX)."""

    files: list[tuple[str, int]] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return sum(p for _, p in self.files)


def export_all(
    project: Project,
    folder: str | os.PathLike,
    kind: str,
    *,
    word: bool = False,
    lang: str | None = None,
    map_id: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    warnings: list[str] | None = None,
    protect: Iterable[str | os.PathLike] = (),
) -> Batch:
    """One file per position (``job-instruction``) or department (``department-regulation``)
    in ``folder`` (made when missing), named by the document's code and name. Files of the
    same names are replaced, nothing else in the folder is touched."""
    b = make_basis(project, lang, map_id)
    t = b.t
    items = list(project.positions if kind == "job-instruction" else project.departments)
    if not items:
        raise ExportError(t["err_no_positions" if kind == "job-instruction" else "err_no_departments"])
    folder = os.fspath(folder)
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise ExportError(t["err_write"].format(path=folder, reason=t["err_not_folder"]))
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as e:
        raise ExportError(t["err_write"].format(path=folder, reason=e.strerror or e)) from None
    batch = Batch()
    used: set[str] = set()
    suffix = ".docx" if word else ".pdf"
    for i, item in enumerate(items):
        if cancel is not None and cancel():
            raise ExportCancelled(t["cancelled"])
        if progress is not None:
            progress(i, len(items))
        tree = job_instruction(b, item) if kind == "job-instruction" else department_regulation(b, item)
        path = os.path.join(folder, file_name(tree, suffix, used))
        pages = write_document(
            project, tree, path, word=word, warnings=warnings, protect=protect, cancel=cancel
        )
        batch.files.append((path, pages))
    if progress is not None:
        progress(len(items), len(items))
    return batch


_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')


def file_name(tree: Document, suffix: str, used: set[str]) -> str:
    """ "РП-МКТ-01-ДИ-03 Маркетолог.pdf": the code and the name, safe on every file system,
    unique in ``used`` (case aside)."""
    code = tree.title_page.passport[0][1] if tree.title_page.passport else ""  # the "Код" row
    name = re.sub(r"[«»“”]", "", tree.title_page.subtitle)
    stem = " ".join(x for x in (code, name) if x)
    stem = " ".join(_UNSAFE.sub(" ", stem).split()).strip(" .")[:120]
    while len(stem.encode("utf-8")) > 200:  # a file name is at most 255 bytes on most systems
        stem = stem[:-1]
    stem = stem.strip(" .") or "document"
    candidate, n = stem, 2
    while (candidate + suffix).casefold() in used:
        candidate = f"{stem} ({n})"
        n += 1
    used.add((candidate + suffix).casefold())
    return candidate + suffix
