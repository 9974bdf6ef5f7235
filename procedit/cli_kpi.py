"""``procedit kpi``: criteria with their targets, latest actuals and status; importing actuals.

procedit kpi FILE [--map NAME] [--format text|json] [--lang ru|en] [--today DATE]
    exit 1 when a criterion is failing (missed, or stale while its latest value missed),
    0 when all are met or have no data, 2 unreadable file
procedit kpi import FILE DATA.csv|xlsx [-o OUT] [--map NAME] [--valid-rows] [--dry-run]
    exit 2 when the data file is unreadable, 1 when rows were refused (nothing is written
    then, unless --valid-rows), 0 otherwise
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from procedit.control import Status, status_title
from procedit.control.importing import ImportFileError
from procedit.control.report import kpi_rows
from procedit.interchange.actuals import plan_actuals_file
from procedit.model import MapKind, ProcessMap, Project
from procedit.storage import gc_paused

EXIT_OK, EXIT_MISSED, EXIT_UNREADABLE = 0, 1, 2


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_arguments(p: argparse.ArgumentParser, importing: bool) -> None:
    lang_help = "language of the report (ru or en)"
    p.add_argument("file", help="project file (.procmap)")
    if importing:
        p.add_argument(
            "data", help="the actuals: a CSV or XLSX table (process code, criterion, period, value)"
        )
        p.add_argument(
            "-o", "--output", metavar="OUT", help="write the result here (default: the project file)"
        )
        p.add_argument("--map", metavar="NAME", help="the map to import into (default: the TO BE map)")
        p.add_argument(
            "--valid-rows", action="store_true", help="apply the valid rows even when some rows are refused"
        )
        p.add_argument("--dry-run", action="store_true", help="only report what would change")
    else:
        p.add_argument("--map", metavar="NAME", help="only this map (name or id)")
        p.add_argument("--format", choices=("text", "json"), default="text", help="output format")
        p.add_argument("--today", type=_date, metavar="YYYY-MM-DD", help="judge stale data as of this date")
    p.add_argument("--lang", choices=("ru", "en"), help=lang_help)


# ------------------------------------------------------------------ the report
def report(
    project: Project, pmap: ProcessMap | None, lang: str, fmt: str, today: dt.date | None
) -> tuple[str, int]:
    # judging builds values by the hundred thousand (rows, judgements: 15,000 criteria at 5,000
    # processes), none of them in a cycle and all freed when the text is made: with the
    # collector on, writing the text after them set off a full collection over the loaded
    # project as well (~0.5 s)
    with gc_paused():
        return _report(project, pmap, lang, fmt, today)


def _report(
    project: Project, pmap: ProcessMap | None, lang: str, fmt: str, today: dt.date | None
) -> tuple[str, int]:
    rows = kpi_rows(project, pmap.id if pmap is not None else None, today)
    code = EXIT_MISSED if any(r.failing for r in rows) else EXIT_OK
    if fmt == "json":
        import json

        return json.dumps([r.to_dict(lang) for r in rows], ensure_ascii=False, indent=2), code
    ru = lang == "ru"
    lines: list[str] = []
    current = None
    for r in rows:
        if r.map_id != current:
            current = r.map_id
            lines.append(
                ("" if not lines else "\n") + (f"Карта «{r.map_name}»" if ru else f"Map “{r.map_name}”")
            )
        last = r.last_text(lang)
        when = f" ({r.last_period})" if r.last_period else ""
        target = r.target_text(lang) or "—"
        lines.append(
            f"  {r.process_title} — {r.criterion.name or '—'}: "
            + (f"цель {target}, факт {last}{when}" if ru else f"target {target}, actual {last}{when}")
            + f" {r.trend}".rstrip()
            + f" [{r.status_text(lang)}]"
        )
    counts: dict[Status, int] = {}
    for r in rows:
        counts[r.status] = counts.get(r.status, 0) + 1
    if not rows:
        lines.append("Критериев нет." if ru else "No criteria.")
    else:
        parts = [f"{status_title(s, lang)}: {n}" for s, n in counts.items()]
        failing = sum(1 for r in rows if r.failing)
        if failing:
            parts.append(f"не выполняются (код 1): {failing}" if ru else f"failing (exit 1): {failing}")
        lines.append(("\nИтого: " if ru else "\nTotal: ") + "; ".join(parts))
    return "\n".join(lines), code


def default_map(project: Project) -> ProcessMap:
    """The map actuals go to: the TO BE map (the one the company works by), else the first."""
    to_be = [m for m in project.maps if m.kind == MapKind.TO_BE and m.parent_process_id is None]
    return to_be[-1] if to_be else project.maps[0]


def import_actuals(
    project: Project, pmap: ProcessMap, data: str, lang: str, valid_rows: bool
) -> tuple[Project | None, list[str], int]:
    """The project with the actuals of ``data`` put in (None when nothing is to be written),
    the report's lines and the exit code. ``ImportFileError`` when ``data`` is unreadable."""
    plan = plan_actuals_file(pmap, data)
    ru = lang == "ru"
    lines = [f"{data}: {plan.summary(lang)}"]
    for ch in plan.changes[:200]:
        lines.append(
            f"  {'строка' if ru else 'row'} {ch.row}: {ch.process_code} «{ch.criterion_name}» {ch.period}: "
            f"{plan.value_text(ch, ch.old, lang)} → {plan.value_text(ch, ch.new, lang)}"
        )
    if len(plan.changes) > 200:
        lines.append(f"  … ({len(plan.changes) - 200})")
    for r in plan.refused:
        lines.append(
            f"  {'строка' if ru else 'row'} {r.row}: {'отклонена' if ru else 'refused'}: {r.message(lang)}"
        )
    code = EXIT_MISSED if plan.refused else EXIT_OK
    if plan.refused and not valid_rows:
        lines.append(
            "Ничего не записано: исправьте строки или укажите --valid-rows."
            if ru
            else "Nothing written: fix the rows or pass --valid-rows."
        )
        return None, lines, code
    if not plan.changes:
        return None, lines, code
    updated = plan.criteria_by_process()
    processes = tuple(p.with_(criteria=updated[p.id]) if p.id in updated else p for p in pmap.processes)
    maps = tuple(m.with_(processes=processes) if m.id == pmap.id else m for m in project.maps)
    return project.with_(maps=maps), lines, code


def run_import(args: argparse.Namespace, project: Project, pmap: ProcessMap | None, lang: str) -> int:
    from procedit.storage import ProjectSaveError, save

    target = pmap or default_map(project)
    try:
        new, lines, code = import_actuals(project, target, args.data, lang, args.valid_rows)
    except ImportFileError as e:
        print(f"{args.data}: {e.message(lang)}", file=sys.stderr)
        return EXIT_UNREADABLE
    print("\n".join(lines))
    if new is not None and not args.dry_run:
        out = args.output or args.file
        try:
            save(new, out)
        except ProjectSaveError as e:
            print(e.message(lang), file=sys.stderr)
            return EXIT_UNREADABLE
        print(f"{out}: записано" if lang == "ru" else f"{out}: written")
    return code
