"""The job instruction of every position, published beside the portal's pages as
``DIR/docs/jiN.pdf`` (N: the position's place in the register) and linked from the position's
page and its holders' pages ("my instructions").

The instruction is built here from the document layer (the same tree ``procedit export
--document job-instruction`` renders); the PDF is rendered by the writer the caller hands in
(the CLI and the GUI pass ``procedit.export.portal_documents.instruction_pdf``), so this
package stays HTML only. The limit is the regulation's: a position whose source maps (the
maps of its work; every source map for a position with no work) include one of more than
``limit`` processes gets no PDF, its page says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from procedit.document.derived import doc_code, make_basis
from procedit.document.duties import source_maps
from procedit.document.job_instruction import job_instruction
from procedit.document.tree import Document
from procedit.model import Project


class InstructionWriter(Protocol):
    def __call__(
        self, project: Project, tree: Document, path: Path, cancel: Callable[[], bool] | None
    ) -> int:
        """Renders the job instruction ``tree`` to ``path``; returns its pages."""
        ...


@dataclass
class Instruction:
    """One position's job instruction as the portal shows it."""

    position_id: str
    file: str | None  # "docs/ji3.pdf" inside DIR, None: not published
    code: str = ""  # "РП-МКТ-01-ДИ-03" (once written)
    version: str = ""
    pages: int = 0
    skipped_size: int = 0  # processes on the largest of its source maps when over the limit


def plan_instructions(project: Project, limit: int | None) -> dict[str, Instruction]:
    """Every position's instruction file, or None with the size that kept it out."""
    plan: dict[str, Instruction] = {}
    maps = source_maps(project) if project.positions else []
    size = {m.id: len(m.processes) for m in maps}
    if limit is None or all(n <= limit for n in size.values()):
        return {q.id: Instruction(q.id, f"docs/ji{i}.pdf") for i, q in enumerate(project.positions, 1)}
    # the maps each person or position works on (owns, performs, takes part in, measures): one
    # pass over the maps, not the duties of every position (a job instruction's own sources)
    works_on: dict[str, set[str]] = {}
    for m in maps:
        for p in m.processes:
            refs = {p.owner_id, *p.participant_ids, *(s.performer_id for s in p.stages),
                    *(c.responsible_id for c in p.criteria)}  # fmt: skip
            for ref in refs:
                if ref:
                    works_on.setdefault(ref, set()).add(m.id)
    holders: dict[str, list[str]] = {}
    for person in project.people:
        if person.position_id:
            holders.setdefault(person.position_id, []).append(person.id)
    for i, q in enumerate(project.positions, 1):
        used = set().union(*(works_on.get(ref, ()) for ref in (q.id, *holders.get(q.id, ()))))
        largest = max((size[m] for m in (used or size)), default=0)
        if largest > limit:
            plan[q.id] = Instruction(q.id, None, skipped_size=largest)
        else:
            plan[q.id] = Instruction(q.id, f"docs/ji{i}.pdf")
    return plan


def write_instructions(
    project: Project,
    root: Path,
    plan: dict[str, Instruction],
    writer: InstructionWriter,
    lang: str,
    progress: Callable[[float], None],
    cancel: Callable[[], bool] | None,
) -> None:
    """Writes the planned PDFs into ``root/docs``; ``progress(fraction)`` goes from 0 to 1."""
    todo = [q for q in project.positions if plan[q.id].file is not None]
    if not todo:
        return
    (root / "docs").mkdir(exist_ok=True)
    basis = make_basis(project, lang)  # once for the batch: the editions and the index
    number = {q.id: i for i, q in enumerate(project.positions, 1)}
    for n, q in enumerate(todo):
        doc = plan[q.id]
        assert doc.file is not None
        doc.code, doc.version = doc_code(basis, "ji_code", number[q.id]), basis.version
        doc.pages = writer(project, job_instruction(basis, q), root / doc.file, cancel)
        progress((n + 1) / len(todo))
