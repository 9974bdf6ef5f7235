"""``procedit diff`` and ``procedit merge``: the semantic difference and the three-way merge of
project files, made to serve git as a diff driver (``textconv``), a difftool and a merge driver.

    procedit diff OLD NEW [--map NAME] [--against NAME] [--format text|json] [--lang ru|en]
    procedit diff FILE --map AS_IS --against TO_BE     two maps of one project
    procedit diff --textconv FILE                      the project as lines of text (git textconv)
    procedit merge BASE OURS THEIRS [-o OUT]           exit 1 when there are conflicts

Exit codes: 0 equal / merged cleanly, 1 different / conflicts, 2 a file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys

from procedit.model import ProcessMap, Project
from procedit.storage import ProjectFileError, dumps, load, save

EXIT_OK, EXIT_DIFFERENT, EXIT_UNREADABLE = 0, 1, 2


def add_diff_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE", help="the old and the new project file (or one file)")
    p.add_argument("--map", metavar="NAME", help="the (old) map to compare (name or id)")
    p.add_argument("--against", metavar="NAME", help="the new map to compare with (name or id)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    p.add_argument("--lang", choices=("ru", "en"), help="language of the report (ru or en)")
    p.add_argument("--textconv", action="store_true", help="print one file as lines of text (for git)")


def add_merge_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("base", metavar="BASE", help="the common ancestor")
    p.add_argument("ours", metavar="OURS", help="our version")
    p.add_argument("theirs", metavar="THEIRS", help="their version")
    p.add_argument("-o", "--output", metavar="OUT", help="write the merged project here (default: stdout)")
    p.add_argument("--lang", choices=("ru", "en"), help="language of messages (ru or en)")


def _load(path: str, lang_of, error) -> Project:
    try:
        return load(path)
    except ProjectFileError as e:
        raise error(e.message(lang_of(None))) from None


def cmd_diff(args: argparse.Namespace, lang_of, find_map, error) -> int:
    from procedit.compare.outline import outline
    from procedit.compare.projects import ProjectDiff, diff_projects
    from procedit.compare.report import format_text, to_json

    files = args.files
    if args.textconv:
        if len(files) != 1:
            raise error("procedit diff --textconv takes one file")
        project = _load(files[0], lang_of, error)
        sys.stdout.write(outline(project, lang_of(project)))
        return EXIT_OK
    if len(files) > 2:
        raise error("procedit diff takes one or two files")
    if len(files) == 1 and not (args.map and args.against):
        raise error("procedit diff FILE needs --map OLD --against NEW (or give two files)")
    old = _load(files[0], lang_of, error)
    new = _load(files[-1], lang_of, error) if len(files) == 2 else old
    lang = lang_of(new)
    if args.map or args.against:
        old_map = find_map(old, args.map, lang) if args.map else None
        new_map = find_map(new, args.against, lang) if args.against else None
        old_map = old_map or _same_map(old, new_map, find_map, lang)
        new_map = new_map or _same_map(new, old_map, find_map, lang)
        from procedit.compare.diff import diff_maps

        result = ProjectDiff(old, new, [diff_maps(old, old_map, new, new_map)])
    else:
        result = diff_projects(old, new)
    if args.format == "json":
        print(json.dumps(to_json(result, lang), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(format_text(result, lang, files[0], files[-1]))
    return EXIT_OK if result.empty else EXIT_DIFFERENT


def _same_map(project: Project, other: ProcessMap, find_map, lang: str) -> ProcessMap:
    """The map of ``project`` that is ``other`` (same id, else same name)."""
    for m in project.maps:
        if m.id == other.id:
            return m
    return find_map(project, other.name, lang)


def cmd_merge(args: argparse.Namespace, lang_of, error) -> int:
    from procedit.compare.merge import merge_projects

    base = _load(args.base, lang_of, error)
    ours = _load(args.ours, lang_of, error)
    theirs = _load(args.theirs, lang_of, error)
    lang = lang_of(ours)
    result = merge_projects(base, ours, theirs)
    if args.output:
        save(result.project, args.output, backup=False)
    else:
        sys.stdout.buffer.write(dumps(result.project))
        sys.stdout.flush()
    for c in result.conflicts:
        head = "конфликт" if lang == "ru" else "conflict"
        print(
            f"{head}: {c.where or c.element} · {c.field}: ours={c.ours} theirs={c.theirs} (kept: {c.kept})",
            file=sys.stderr,
        )
    if result.conflicts:
        n = len(result.conflicts)
        print(
            f"procedit merge: конфликтов: {n}; они сохранены в проекте (список конфликтов)"
            if lang == "ru"
            else f"procedit merge: {n} conflict(s); they are kept in the project's conflicts list",
            file=sys.stderr,
        )
        return EXIT_DIFFERENT
    return EXIT_OK
