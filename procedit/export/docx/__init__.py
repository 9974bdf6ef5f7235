"""The regulation (or survey report) as a Word document: ``export_docx`` renders the same
document tree as the PDF with python-docx (see ``render``)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

from procedit.document import Document
from procedit.document.texts import Texts, pick_lang
from procedit.model import Project

from ..fonts import MARK, REPLACED, forget_texts, replaced_report
from ..regulation import ExportCancelled, make_tree, write_atomically
from .render import DocxWriter


def export_docx(
    project: Project,
    out_path: str | os.PathLike,
    *,
    map_id: str | None = None,
    process_code: str | None = None,
    lang: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    warnings: list[str] | None = None,
    protect: Iterable[str | os.PathLike] = (),
    tree: Document | None = None,
) -> int:
    """Writes the DOCX atomically; returns the number of process cards in it. Raises
    ``ExportError`` (clear message) or ``ExportCancelled`` (no file left behind). Word draws
    every character of the text with its own font fallback; ``warnings`` gets a line for the
    characters the map figures (drawn with the embedded fonts) could not draw. ``protect``:
    files never written over (the project the export reads). ``tree``: a document already
    built (a job instruction, a department regulation) is rendered instead."""
    t = Texts(pick_lang(lang, project.language))

    def check_cancel() -> None:
        if cancel is not None and cancel():
            raise ExportCancelled(t["cancelled"])

    def report(done: int) -> None:
        if progress is not None:
            progress(done, 100)

    report(0)
    check_cancel()
    out_path = os.fspath(out_path)
    if tree is None:
        tree = make_tree(project, map_id, process_code, t.lang)
    writer = DocxWriter(tree, project, check_cancel)
    report(20)
    forget_texts()
    try:
        write_atomically(out_path, ".docx", writer.write, t, protect)
        if REPLACED and warnings is not None:
            warnings.append(t["replaced_glyphs"].format(mark=MARK, chars=replaced_report()))
    finally:
        forget_texts()
    report(100)
    return sum(1 for s in tree.all_sections() if s.key.startswith("proc-")) or (1 if process_code else 0)


__all__ = ["export_docx"]
