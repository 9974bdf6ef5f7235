"""The command line: open the editor, check a project, export a regulation, print the schema.

    procedit [FILE] [--screenshot OUT.png] [--lang ru|en]   start the editor (optionally on FILE)
    procedit check FILE [--map NAME] [--level sketch|description|regulation] [--format text|json] [--lang ru|en]
    procedit export FILE -o OUT.pdf|OUT.docx|OUT.bpmn|OUT.xlsx [--format pdf|docx|bpmn|xlsx] [--map NAME]
                    [--process CODE] [--lang ru|en]
                    [--document regulation|job-instruction|department-regulation] [--position NAME]
                    [--department NAME]   (see cli_documents; without a name, -o DIR writes them all)
    procedit import FILE.bpmn|FILE.xlsx|FILE.csv -o OUT.procmap [--into PROJECT.procmap] [--valid-rows]
                    [--lang ru|en]   (a register with refused rows: exit 1, written only with --valid-rows)
    procedit kpi FILE [--map NAME] [--format text|json] [--lang ru|en]   criteria, actuals, status
    procedit kpi import FILE DATA.csv|xlsx [-o OUT]   import criteria actuals
    procedit diff OLD NEW [--map NAME] [--against NAME] [--format text|json] [--lang ru|en]
    procedit merge BASE OURS THEIRS [-o OUT]    three-way merge (a git merge driver)
    procedit schema                             print the JSON Schema of .procmap files

Exit codes: 0 success, 1 the check found errors (diff: the files differ; merge: there are
conflicts), 2 the file is unreadable or the command
cannot run. Errors are one line on stderr, never a traceback. This module imports
anything but ``procedit.ui``, which it imports only to start the editor.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import gc
import importlib.util
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from pydantic import ValidationError

from procedit.model import ProcessMap, Project
from procedit.storage import (
    ProjectFileError,
    ProjectSaveError,
    gc_paused,
    load,
    procedit_version,
    schema_text,
)
from procedit.storage.errors import from_validation_error
from procedit.storage.leftovers import tidy_folder
from procedit.storage.target import TargetError, resolve_target

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNREADABLE = 2
EXIT_REFUSED = 1  # procedit import: rows of a register refused
EXIT_INTERRUPTED = 130

SUBCOMMANDS = ("check", "export", "import", "kpi", "diff", "merge", "portal", "schema")


class CliError(Exception):
    """A problem to report as one line on stderr, with an exit code."""

    def __init__(self, message: str, code: int = EXIT_UNREADABLE):
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (and exit code 2)."""

    def error(self, message: str) -> NoReturn:
        raise CliError(f"{self.prog}: {message} (see '{self.prog} --help')", EXIT_UNREADABLE)


def _lang(args: argparse.Namespace, project: Project | None = None) -> str:
    """The message language: ``--lang``, else the project's language, else the environment's."""
    if getattr(args, "lang", None):
        return args.lang
    if project is not None and project.language in ("ru", "en"):
        return project.language
    env = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    return "ru" if env.lower().startswith("ru") else "en"


def _load(args: argparse.Namespace) -> Project:
    try:
        return load(args.file)
    except ProjectFileError as e:
        raise CliError(e.message(_lang(args))) from None


def _find_map(project: Project, name: str | None, lang: str = "en") -> ProcessMap | None:
    """The map named ``name`` (by name, case-insensitive, or by id); None when no name is given."""
    if not name:
        return None
    for m in project.maps:
        if m.id == name or m.name == name:
            return m
    folded = name.casefold()
    for m in project.maps:
        if m.name.casefold() == folded:
            return m
    names = ", ".join(repr(m.name) for m in project.maps)
    if lang == "ru":
        raise CliError(f"в проекте нет карты {name!r}; есть: {names}")
    raise CliError(f"no map {name!r} in the project; maps: {names}")


# ------------------------------------------------------------------ check
def _cmd_check(args: argparse.Namespace) -> int:
    """Load the file and report its findings; 0 without errors, 1 with errors, 2 when unreadable."""
    try:
        project = load(args.file)
    except ProjectFileError as e:
        lang = _lang(args)
        if args.format == "json":
            _print_json(
                {
                    "file": e.path,
                    "readable": False,
                    "error": {"where": e.where, "reason": e.reason, "message": e.message(lang)},
                }
            )
        else:
            _error(e.message(lang))
        return EXIT_UNREADABLE
    lang = _lang(args, project)
    pmap = _find_map(project, args.map, lang)
    from procedit.model import CheckLevel
    from procedit.validation.report import check_json, check_maps, iter_text, write_json

    level = CheckLevel(args.level) if args.level else None
    # findings and judgements by the hundred thousand, none in a cycle: made without the
    # collector, then moved to the oldest generation unscanned (a young collection over all
    # of them would cost ~0.7 s for the fullest file)
    with gc_paused(promote=True):
        checks = check_maps(project, [pmap.id] if pmap is not None else None, level)
    # written as it is made (a large project has hundreds of thousands of findings: never
    # all of them as objects, nor the report as one string)
    if args.format == "json":
        write_json(check_json(checks, project, lang, file=str(args.file), lazy=True), sys.stdout)
    else:
        write = sys.stdout.write
        write(printable(f"{args.file}\n\n"))
        for line in iter_text(checks, lang):
            write(printable(line) + "\n")
    errors = any(f.severity == "error" for c in checks for f in c.findings)
    return EXIT_FINDINGS if errors else EXIT_OK


# ------------------------------------------------------------------ export
def _cmd_export(args: argparse.Namespace) -> int:
    """Write the map (or the whole project) in the format ``--format`` or the output's suffix names."""
    if args.document != "regulation":  # a job instruction or a department regulation
        return _export_derived(args)
    if args.position or args.department:
        raise CliError(
            "procedit export: --position and --department name a job instruction or a department regulation "
            "(--document job-instruction|department-regulation)"
            if _lang(args) == "en"
            else "procedit export: --position и --department относятся к должностной инструкции и положению "
            "о подразделении (--document job-instruction|department-regulation)"
        )
    suffix = Path(args.output).suffix.lower()
    writer = EXPORT_FORMATS.get(suffix)
    if args.format and suffix in ("", f".{args.format}"):  # --format names it; a suffix must agree
        writer = EXPORT_FORMATS[f".{args.format}"]
    if writer is None:
        known = ", ".join(EXPORT_FORMATS)
        raise CliError(
            f"procedit export: cannot tell the format of '{args.output}'; name it with one of {known}"
            if _lang(args) == "en"
            else f"procedit export: не понятен формат «{args.output}»; укажите одно из расширений {known}"
        )
    if args.process and writer in (_export_bpmn, _export_xlsx):  # (it was ignored: every process written)
        raise CliError(
            f"procedit export: --process names the process of a regulation (.pdf, .docx), not of '{args.output}'"
            if _lang(args) == "en"
            else f"procedit export: --process выбирает процесс для регламента (.pdf, .docx), а не для «{args.output}»"
        )
    project = _load(args)
    lang = _lang(args, project)
    try:  # never over the project itself, a folder, a device, a FIFO or a read-only file
        real = resolve_target(args.output, protect=(args.file,))
    except TargetError as e:
        raise CliError(f"procedit export: {args.output}: {e.message(lang)}") from None
    tidy_folder(os.path.dirname(real) or ".")  # temporary files an export cut short left there
    pmap = _find_map(project, args.map, lang)
    return writer(args, project, pmap, lang)


def _export_derived(args: argparse.Namespace) -> int:
    from procedit import cli_documents

    project = _load(args)
    lang = _lang(args, project)
    pmap = _find_map(project, args.map, lang)
    try:
        return cli_documents.export_derived(args, project, pmap, lang)
    except cli_documents.Refused as e:
        raise CliError(str(e)) from None


def _export_pdf(args: argparse.Namespace, project: Project, pmap: ProcessMap | None, lang: str) -> int:
    """The process regulation of a map (or of one process) as a PDF."""
    return _export_document(args, project, pmap, lang, word=False)


def _export_docx(args: argparse.Namespace, project: Project, pmap: ProcessMap | None, lang: str) -> int:
    """The same document as a Word file."""
    return _export_document(args, project, pmap, lang, word=True)


def _export_document(args, project: Project, pmap: ProcessMap | None, lang: str, *, word: bool) -> int:
    try:
        from procedit.export import ExportError, export_regulation
        from procedit.export.docx import export_docx
    except ImportError:
        raise CliError(
            "PDF export is not available in this build of procedit"
            if lang == "en"
            else "экспорт в PDF недоступен в этой сборке procedit"
        ) from None
    warnings: list[str] = []
    try:
        pages = (export_docx if word else export_regulation)(
            project,
            args.output,
            map_id=pmap.id if pmap is not None else None,
            process_code=args.process,
            lang=lang,
            warnings=warnings,
            protect=(args.file,),
        )
    except ExportError as e:  # unknown process code, unwritable output: one clear line, exit 2
        raise CliError(f"procedit export: {e}") from None
    for line in warnings:  # characters no font has: printed as a mark, said here
        print(f"procedit export: {'предупреждение' if lang == 'ru' else 'warning'}: {line}", file=sys.stderr)
    if word:
        print(
            f"{args.output}: записан документ Word"
            if lang == "ru"
            else f"{args.output}: wrote a Word document"
        )
    elif lang == "ru":
        print(f"{args.output}: записано страниц: {pages}")
    else:
        print(f"{args.output}: wrote {pages} page(s)")
    return EXIT_OK


def _export_bpmn(args: argparse.Namespace, project: Project, pmap: ProcessMap | None, lang: str) -> int:
    """The maps (or one map and its decompositions) as BPMN 2.0 XML with diagram interchange."""
    from procedit.interchange import write_bpmn
    from procedit.interchange.bpmn_export import maps_in_scope

    map_ids = [pmap.id] if pmap is not None else None
    try:
        write_bpmn(project, args.output, map_ids)
    except ProjectSaveError as e:
        raise CliError(e.message(lang)) from None
    maps = len(maps_in_scope(project, map_ids))  # the map and its decompositions
    print(f"{args.output}: записано карт: {maps}" if lang == "ru" else f"{args.output}: wrote {maps} map(s)")
    return EXIT_OK


def _export_xlsx(args: argparse.Namespace, project: Project, pmap: ProcessMap | None, lang: str) -> int:
    """The process register, criteria with actuals, RACI and findings as a workbook."""
    from procedit.interchange import write_xlsx

    try:
        write_xlsx(project, args.output, lang, [pmap.id] if pmap is not None else None)
    except ProjectSaveError as e:
        raise CliError(e.message(lang)) from None
    print(f"{args.output}: записано" if lang == "ru" else f"{args.output}: written")
    return EXIT_OK


# the output's suffix → the writer (one table for every format ``procedit export`` writes)
EXPORT_FORMATS = {".pdf": _export_pdf, ".docx": _export_docx, ".bpmn": _export_bpmn, ".xlsx": _export_xlsx}


# ------------------------------------------------------------------ import
def _cmd_import(args: argparse.Namespace) -> int:
    """Read a file of another tool into a new project file."""
    suffix = Path(args.file).suffix.lower()
    reader = IMPORT_FORMATS.get(suffix)
    lang = _lang(args)
    if reader is None:
        known = ", ".join(IMPORT_FORMATS)
        raise CliError(
            f"procedit import: cannot tell the format of '{args.file}'; procedit imports {known}"
            if lang == "en"
            else f"procedit import: не понятен формат «{args.file}»; procedit импортирует {known}"
        )
    if Path(args.output).suffix.lower() != ".procmap":
        raise CliError(
            f"procedit import: the output must be a .procmap file, not '{args.output}'"
            if lang == "en"
            else f"procedit import: результат должен быть файлом .procmap, а не «{args.output}»"
        )
    try:
        project, summary, refused = reader(args, lang)
    except ProjectFileError as e:
        raise CliError(e.message(lang)) from None
    except ValidationError as e:  # more than a project may hold (model/limits.py)
        raise CliError(from_validation_error(args.file, e).message(lang)) from None
    if not getattr(args, "lang", None):
        lang = _lang(args, project)
    from procedit.storage import save

    print(summary)
    if refused and not getattr(args, "valid_rows", False):
        print(
            f"{args.output}: ничего не записано: отклонено строк: {refused}; исправьте их или укажите --valid-rows"
            if lang == "ru"
            else f"{args.output}: nothing written: {refused} row(s) refused; fix them or pass --valid-rows",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    try:
        save(project, args.output, backup=True)
    except ProjectSaveError as e:  # (in the language of the messages above, not always English)
        raise CliError(e.message(lang)) from None
    print(f"{args.output}: сохранено" if lang == "ru" else f"{args.output}: saved")
    return EXIT_REFUSED if refused else EXIT_OK


def _import_bpmn(args: argparse.Namespace, lang: str) -> tuple[Project, str, int]:
    from procedit.interchange import import_bpmn

    result = import_bpmn(args.file)
    if not args.into:
        return result.project, result.summary.text(args.lang or result.project.language), 0
    from procedit.interchange import into_project
    from procedit.model.limits import LimitError

    project = load(args.into)  # a ProjectFileError is reported as for the file imported
    lang = args.lang or project.language
    try:
        merged, plan = into_project(project, result.project)
    except LimitError as e:
        raise CliError(f"procedit import: {args.into}: {e.message(lang)}") from None
    return merged, result.summary.text(lang) + "\n" + plan.text(lang), 0


def _import_register(args: argparse.Namespace, lang: str) -> tuple[Project, str, int]:
    """A process register (XLSX or CSV) as a new project, its summary and the number of rows
    refused (left out); problems per row on stderr."""
    from procedit.interchange import load_register, plan_register, register_project

    if args.into:
        raise CliError(
            "procedit import: --into adds the maps of a BPMN file; a register goes into a map in the editor"
            if lang == "en"
            else "procedit import: --into добавляет карты из файла BPMN; реестр добавляется на карту в редакторе"
        )
    reg = load_register(args.file)
    if reg.needs_mapping:
        raise CliError(
            f"procedit import: no column of process names found in '{args.file}' (headers such as "
            "Name / Наименование, Code / Код, Owner / Владелец are recognised)"
            if lang == "en"
            else f"procedit import: в «{args.file}» не найден столбец названий процессов (распознаются "
            "заголовки вроде «Наименование», «Код», «Владелец»)"
        )
    plan = plan_register(reg, Project())
    if plan.processes and not args.lang:
        # the project's language is the register's, as a BPMN import's is its model's (not the system's:
        # a Russian register made an English project on an English system, its regulation in English);
        # what this import says is in it too, as what follows it (the project's language) is
        lang = "ru" if any(re.search("[А-Яа-яЁё]", p.name) for p in plan.processes) else "en"
    for problem in plan.problems:
        print(f"{args.file}: {problem.text(lang)}", file=sys.stderr)
    if not plan.processes:
        raise CliError(
            f"procedit import: нет ни одного процесса в «{args.file}»"
            if lang == "ru"
            else f"procedit import: no process in '{args.file}'"
        )
    project = register_project(plan, Path(args.file).stem, lang)
    if lang == "ru":
        text = (
            f"Импортировано процессов: {len(plan.processes)}, внешних сторон: {len(plan.parties)}, "
            f"связей: {len(plan.links)}; добавлено людей: {len(plan.new_people)}, подразделений: {len(plan.new_departments)}"
        )
    else:
        text = (
            f"Imported {len(plan.processes)} process(es), {len(plan.parties)} external part(y/ies), "
            f"{len(plan.links)} link(s); added {len(plan.new_people)} people, {len(plan.new_departments)} department(s)"
        )
    return project, text, sum(1 for p in plan.problems if p.fatal)


# the input's suffix → the reader
IMPORT_FORMATS = {
    ".bpmn": _import_bpmn,
    ".xml": _import_bpmn,
    ".xlsx": _import_register,
    ".xlsm": _import_register,
    ".csv": _import_register,
    ".tsv": _import_register,
    ".txt": _import_register,
}


# ------------------------------------------------------------------ kpi
def _cmd_kpi(args: argparse.Namespace) -> int:
    """Criteria with target, latest actual and status (exit 1 when one misses); or import actuals."""
    from procedit import cli_kpi

    project = _load(args)
    lang = _lang(args, project)
    pmap = _find_map(project, args.map, lang)
    if args.importing:
        return cli_kpi.run_import(args, project, pmap, lang)
    text, code = cli_kpi.report(project, pmap, lang, args.format, args.today)
    print(text)
    return code


# ------------------------------------------------------------------ diff, merge
def _cmd_diff(args: argparse.Namespace) -> int:
    from procedit.cli_compare import cmd_diff

    return cmd_diff(args, lambda project: _lang(args, project), _find_map, CliError)


def _cmd_merge(args: argparse.Namespace) -> int:
    from procedit.cli_compare import cmd_merge

    return cmd_merge(args, lambda project: _lang(args, project), CliError)


# ------------------------------------------------------------------ portal
def _cmd_portal(args: argparse.Namespace) -> int:
    """Publish the project as a static site (replacing an earlier portal in DIR atomically)."""
    from procedit.export.portal import DEFAULT_LIMIT, PortalError, publish_portal
    from procedit.export.portal_documents import instruction_pdf, regulation_pdf

    project = _load(args)
    lang = _lang(args, project)
    limit = DEFAULT_LIMIT if args.documents_limit is None else (args.documents_limit or None)
    try:
        result = publish_portal(
            project, args.output, lang, documents=None if args.no_documents else regulation_pdf,
            instructions=None if args.no_documents else instruction_pdf, documents_limit=limit,
        )  # fmt: skip
    except PortalError as e:
        raise CliError(f"procedit portal: {e}") from None
    where = result.start_page
    docs = [d for d in result.documents if d.file] + [x for x in result.instructions if x.file]
    print(
        f"портал: {result.pages} стр., PDF-документов: {len(docs)}, {where}"
        if lang == "ru"
        else f"portal: {result.pages} pages, {len(docs)} PDF document(s), {where}"
    )
    for d in result.documents:  # a map whose regulation was left out for its size: say so
        if d.skipped_size:
            name = project.map_by_id(d.map_id).name
            print(
                f"procedit portal: регламент карты «{name}» не опубликован: {d.skipped_size} процессов "
                f"(больше {limit}; см. --documents-limit)"
                if lang == "ru"
                else f"procedit portal: the regulation of map '{name}' is not published: {d.skipped_size} "
                f"processes (more than {limit}; see --documents-limit)",
                file=sys.stderr,
            )
    skipped = sum(1 for x in result.instructions if x.skipped_size)
    if skipped:
        print(
            f"procedit portal: должностные инструкции не опубликованы ({skipped} должн.): должность работает "
            f"на карте больше {limit} процессов (см. --documents-limit)"
            if lang == "ru"
            else f"procedit portal: {skipped} job instruction(s) not published: the position works on a map of "
            f"more than {limit} processes (see --documents-limit)",
            file=sys.stderr,
        )
    return EXIT_OK


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"not a number of processes: {text!r}")
    return value


# ------------------------------------------------------------------ schema
def _cmd_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(schema_text())
    return EXIT_OK


# ------------------------------------------------------------------ the editor
def display_problem(env: dict[str, str] | None = None, platform: str = sys.platform) -> str | None:
    """Why Qt cannot open a window here, as one line, or None when it can.

    Qt aborts the whole process (no exception) when its platform plugin cannot load;
    the usual causes on Linux are checked first so the user gets a message, not a core dump.
    """
    env = os.environ if env is None else env
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM") or env.get("WAYLAND_DISPLAY"):
        return None
    if not env.get("DISPLAY"):
        return (
            "no display to open the editor on (DISPLAY is not set); "
            "use 'procedit check' / 'procedit export' or '--screenshot' without a display"
        )
    return _xcb_plugin_problem()


XCB_PACKAGES = (
    "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 "
    "libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libegl1"
)


def _xcb_plugin_problem() -> str | None:
    """Load Qt's X11 platform plugin the way Qt will; a missing system library is named."""
    spec = importlib.util.find_spec("PySide6")
    locations = list(spec.submodule_search_locations or []) if spec else []
    plugin = Path(locations[0], "Qt", "plugins", "platforms", "libqxcb.so") if locations else None
    if plugin is None or not plugin.exists():
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as e:
        missing = str(e).split(":")[0] if ".so" in str(e) else str(e)
        return (
            f"Qt cannot open windows on X11: the system library {missing} is missing; "
            f"install Qt's X11 libraries (Debian/Ubuntu: sudo apt install {XCB_PACKAGES}) and start procedit again"
        )
    return None


def _cmd_gui(args: argparse.Namespace) -> int:
    try:
        from procedit.ui.app import run_gui  # lazily: the only place cli touches the ui
    except ImportError as e:
        missing = getattr(e, "name", "") or ""
        if missing.startswith("procedit.ui"):
            raise CliError(
                "the graphical editor is not available in this build (procedit.ui.app is missing)"
            ) from None
        raise CliError(f"cannot start the graphical editor: {e}") from None
    if args.screenshot is None:
        problem = display_problem()
        if problem:
            raise CliError(problem)
    extra = {"lang": args.lang} if args.lang else {}
    result = run_gui(args.file, screenshot=args.screenshot, **extra)
    return int(result or 0)


# ------------------------------------------------------------------ parsing
def _parser_for(command: str | None) -> argparse.ArgumentParser:
    lang_help = "language of messages and documents (ru or en)"
    if command is None:
        p = _Parser(
            prog="procedit",
            description="procedit: offline editor of business process maps. "
            "Subcommands: check, export, import, kpi, diff, merge, portal, schema (see 'procedit COMMAND --help').",
        )
        p.add_argument("file", nargs="?", help="project file (.procmap) to open")
        p.add_argument("--screenshot", metavar="OUT.png", help="save a picture of the window and exit")
        p.add_argument("--lang", choices=("ru", "en"), help="language of the editor (ru or en)")
        p.add_argument("--version", action="version", version=f"procedit {procedit_version()}")
        p.set_defaults(handler=_cmd_gui)
        return p
    if command == "check":
        p = _Parser(prog="procedit check", description="Check a project file and report its problems.")
        p.add_argument("file", help="project file (.procmap)")
        p.add_argument("--map", metavar="NAME", help="check only this map (name or id)")
        p.add_argument("--format", choices=("text", "json"), default="text", help="output format")
        p.add_argument(
            "--level",
            choices=("sketch", "description", "regulation"),
            help="check every map at this level (default: each map's own checking level)",
        )
        p.add_argument("--lang", choices=("ru", "en"), help=lang_help)
        p.set_defaults(handler=_cmd_check)
        return p
    if command == "export":
        p = _Parser(
            prog="procedit export",
            description="Export a process regulation (.pdf, Word .docx), the maps as BPMN 2.0 (.bpmn) or the "
            "register, criteria, RACI and findings as a workbook (.xlsx); the format follows the output's "
            "suffix or --format.",
        )
        p.add_argument("file", help="project file (.procmap)")
        p.add_argument(
            "-o",
            "--output",
            metavar="OUT",
            required=True,
            help="file to write (.pdf, .docx, .bpmn, .xlsx), or a folder for every job instruction",
        )
        p.add_argument(
            "--format",
            choices=("pdf", "docx", "bpmn", "xlsx"),
            help="the format (default: the output's suffix)",
        )
        p.add_argument("--map", metavar="NAME", help="the map to export (name or id)")
        p.add_argument("--process", metavar="CODE", help="export only the process with this code")
        p.add_argument("--lang", choices=("ru", "en"), help=lang_help)
        from procedit import cli_documents

        cli_documents.add_arguments(p)
        p.set_defaults(handler=_cmd_export)
        return p
    if command == "import":
        p = _Parser(
            prog="procedit import",
            description="Import a BPMN 2.0 file (.bpmn) or a process register (.xlsx, .csv) into a new project file.",
        )
        p.add_argument("file", help="file to import (.bpmn, .xlsx, .csv)")
        p.add_argument("-o", "--output", metavar="OUT.procmap", required=True, help="project file to write")
        p.add_argument(
            "--into",
            metavar="PROJECT.procmap",
            help="add the BPMN file's maps to this project (people and departments matched by name, "
            "clashing ids and map names made unique) and write the result to OUT",
        )
        p.add_argument(
            "--valid-rows",
            action="store_true",
            help="a register with refused rows: write the valid rows anyway (exit 1 still); "
            "without it nothing is written",
        )
        p.add_argument("--lang", choices=("ru", "en"), help=lang_help)
        p.set_defaults(handler=_cmd_import)
        return p
    if command in ("diff", "merge"):
        from procedit import cli_compare

        if command == "diff":
            p = _Parser(prog="procedit diff", description="The semantic difference of two maps or projects.")
            cli_compare.add_diff_arguments(p)
            p.set_defaults(handler=_cmd_diff)
        else:
            p = _Parser(
                prog="procedit merge", description="Three-way merge of project files (git merge driver)."
            )
            cli_compare.add_merge_arguments(p)
            p.set_defaults(handler=_cmd_merge)
        return p
    if command in ("kpi", "kpi import"):
        from procedit import cli_kpi

        importing = command == "kpi import"
        p = _Parser(
            prog=f"procedit {command}",
            description="Import criteria actuals from a CSV or XLSX table."
            if importing
            else "Print every criterion with its target, latest actual and status. "
            "Exit 1 when a criterion is failing: missed in its latest period, or stale (no value for "
            "the last period due) while its latest known value missed -- a miss does not become fine "
            "because the data stopped coming; 0 when every criterion is met, on the edge (warning), "
            "stale after a met value or without data; 2 for an unreadable file.",
        )
        cli_kpi.add_arguments(p, importing)
        p.set_defaults(handler=_cmd_kpi, importing=importing)
        return p
    if command == "portal":
        p = _Parser(
            prog="procedit portal",
            description="Publish the project as a static process portal (opens from a file share, "
            "offline, no server); an earlier portal in DIR is replaced atomically.",
        )
        p.add_argument("file", help="project file (.procmap)")
        p.add_argument(
            "-o", "--output", metavar="DIR", required=True, help="folder to write (new, empty or a portal)"
        )
        p.add_argument("--lang", choices=("ru", "en"), help=lang_help)
        p.add_argument(
            "--no-documents", action="store_true",
            help="publish no PDF documents (by default each map's regulation and each position's job "
            "instruction are in DIR/docs)",
        )  # fmt: skip
        p.add_argument(
            "--documents-limit", metavar="N", type=_limit, default=None,
            help="publish the regulation PDF of maps of at most N processes, and the job instruction of "
            "positions working on such maps only (default 300; 0: every map)",
        )  # fmt: skip
        p.set_defaults(handler=_cmd_portal)
        return p
    p = _Parser(prog="procedit schema", description="Print the JSON Schema of .procmap files.")
    p.set_defaults(handler=_cmd_schema)
    return p


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    argv = list(argv)
    if argv[:2] == ["kpi", "import"]:
        return _parser_for("kpi import").parse_args(argv[2:])
    if argv and argv[0] in SUBCOMMANDS:
        return _parser_for(argv[0]).parse_args(argv[1:])
    return _parser_for(None).parse_args(argv)


def _print_json(value: Any) -> None:
    from procedit.validation.report import write_json

    write_json(value, sys.stdout)


_CONTROLS = re.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]")


def printable(text: str) -> str:
    """``text`` safe for a terminal: control characters (an escape sequence could clear the
    screen or retitle the window) shown as ``\\x1b``; tab and line feed kept."""
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it).

    Without ``argv`` (run as a program: the console script, ``python -m procedit``) a
    command line command leaves its heap to the end of the process uncollected (``_leave``)."""
    as_program = argv is None
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = parse_args(argv)
        code = args.handler(args)
        if as_program and args.handler is not _cmd_gui:
            _leave()
        return code
    except CliError as e:
        _error(str(e))
        return e.code
    except ProjectFileError as e:
        _error(str(e))
        return EXIT_UNREADABLE
    except ProjectSaveError as e:
        _error(str(e))
        return EXIT_UNREADABLE
    except KeyboardInterrupt:
        _error("procedit: interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader went away (procedit schema | head): not an error worth a message
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # silence the flush at exit
        return EXIT_OK
    except OSError as e:
        where = f" '{e.filename}'" if getattr(e, "filename", None) else ""
        _error(f"procedit: cannot access{where}: {e.strerror or e}")
        return EXIT_UNREADABLE
    except Exception as e:
        # a bug: still one line for the user; PROCEDIT_DEBUG=1 shows the traceback
        if os.environ.get("PROCEDIT_DEBUG"):
            raise
        _error(f"procedit: internal error ({type(e).__name__}: {e}); run with PROCEDIT_DEBUG=1 for details")
        return EXIT_UNREADABLE


def _leave() -> None:
    """Let the process end without collecting what it made: a project still referenced at
    exit (by the judgements kept for reuse, say) would otherwise be scanned by each of the
    interpreter's collections on the way out, ~5 s for the largest file the limits allow.
    Frozen objects are not collected but still freed; files are still flushed and
    ``atexit`` handlers still run."""
    gc.freeze()


def _error(message: str) -> None:
    print(printable(" ".join(message.split())), file=sys.stderr)


def run() -> NoReturn:
    sys.exit(main())


if __name__ == "__main__":  # pragma: no cover
    run()
