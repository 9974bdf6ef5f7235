"""``procedit export --document job-instruction|department-regulation``: the documents derived
from the model, as PDF or Word.

    procedit export FILE -o OUT.pdf|OUT.docx --document job-instruction --position NAME [--department NAME]
    procedit export FILE -o OUT.pdf|OUT.docx --document department-regulation --department NAME
    procedit export FILE -o DIR --document job-instruction [--format pdf|docx]   one file per position
    procedit export FILE -o DIR --document department-regulation [--format pdf|docx]   one per department

``--map NAME`` derives them from that map (and its decompositions) instead of the TO BE maps.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from procedit.model import ProcessMap, Project

DERIVED = ("job-instruction", "department-regulation")
WRITES = (".pdf", ".docx")


class Refused(Exception):
    """The command cannot run as asked; ``str()`` is one clear line."""


def _say(lang: str, ru: str, en: str) -> str:
    return ru if lang == "ru" else en


def export_derived(args: argparse.Namespace, project: Project, pmap: ProcessMap | None, lang: str) -> int:
    from procedit.export import ExportCancelled, ExportError
    from procedit.export.knowledge import derived_tree, export_all, write_document

    kind = args.document
    if args.process:
        raise Refused(
            _say(lang, "procedit export: --process относится только к регламенту (--document regulation)",
                 "procedit export: --process applies to the regulation only (--document regulation)")
        )  # fmt: skip
    name = args.position if kind == "job-instruction" else args.department
    if kind == "department-regulation" and args.position:
        raise Refused(
            _say(lang, "procedit export: --position относится к должностной инструкции (--document job-instruction)",
                 "procedit export: --position applies to a job instruction (--document job-instruction)")
        )  # fmt: skip
    suffix = Path(args.output).suffix.lower()
    fmt = args.format or (suffix[1:] if suffix in WRITES else "pdf")
    wrong_suffix = suffix not in WRITES if name else suffix in (".bpmn", ".xlsx", ".procmap")
    if fmt not in ("pdf", "docx") or wrong_suffix or (suffix in WRITES and suffix != f".{fmt}"):
        raise Refused(
            _say(lang, f"procedit export: этот документ записывается в .pdf или .docx, а не «{args.output}»",
                 f"procedit export: this document is written as .pdf or .docx, not '{args.output}'")
        )  # fmt: skip
    map_id = pmap.id if pmap is not None else None
    warnings: list[str] = []
    try:
        if name:
            tree = derived_tree(
                project, kind, position=args.position, department=args.department, lang=lang, map_id=map_id
            )
            pages = write_document(project, tree, args.output, word=fmt == "docx", warnings=warnings,
                                   protect=(args.file,))  # fmt: skip
            _warn(warnings, lang)
            if fmt == "docx":
                print(
                    _say(
                        lang, f"{args.output}: записан документ Word", f"{args.output}: wrote a Word document"
                    )
                )
            else:
                print(
                    _say(
                        lang,
                        f"{args.output}: записано страниц: {pages}",
                        f"{args.output}: wrote {pages} page(s)",
                    )
                )
            return 0
        if suffix in WRITES:
            what = "--position" if kind == "job-instruction" else "--department"
            raise Refused(
                _say(lang, f"procedit export: назовите {what} или укажите папку (-o ПАПКА), чтобы записать все",
                     f"procedit export: name {what}, or give a folder (-o DIR) to write them all")
            )  # fmt: skip
        batch = export_all(project, args.output, kind, word=fmt == "docx", lang=lang, map_id=map_id,
                           warnings=warnings, protect=(args.file,))  # fmt: skip
    except ExportError as e:
        raise Refused(f"procedit export: {e}") from None
    except ExportCancelled as e:  # pragma: no cover - the command line does not cancel
        raise Refused(f"procedit export: {e}") from None
    _warn(warnings, lang)
    for path, _pages in batch.files:
        print(os.path.relpath(path) if not os.path.isabs(args.output) else path)
    n = len(batch.files)
    if fmt == "pdf":
        print(_say(lang, f"{args.output}: записано документов: {n}, страниц: {batch.pages}",
                   f"{args.output}: wrote {n} document(s), {batch.pages} page(s)"))  # fmt: skip
    else:
        print(
            _say(
                lang,
                f"{args.output}: записано документов Word: {n}",
                f"{args.output}: wrote {n} Word document(s)",
            )
        )
    return 0


def _warn(warnings: list[str], lang: str) -> None:
    for line in dict.fromkeys(warnings):
        print(f"procedit export: {_say(lang, 'предупреждение', 'warning')}: {line}", file=sys.stderr)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--document",
        choices=("regulation", *DERIVED),
        default="regulation",
        help="the document to write (.pdf, .docx): the regulation (default), the job instruction of a position "
        "or the regulation of a department; without --position/--department, OUT is a folder and every job "
        "instruction (department regulation) is written into it",
    )
    p.add_argument("--position", metavar="NAME", help="the position of the job instruction (name or id)")
    p.add_argument(
        "--department",
        metavar="NAME",
        help="the department of the department regulation; with --position, the department of that position",
    )
