"""Criteria actuals from a CSV or XLSX file: the table is read by ``sheets`` (the same
defensive reader as a process register: size limits, a zip bomb or a DTD refused before the
workbook is opened) and planned by ``procedit.control.importing`` against one map."""

from __future__ import annotations

import os

from procedit.control.importing import ImportFileError, ImportPlan, plan_import
from procedit.model import ProcessMap
from procedit.storage import ProjectFileError, gc_paused

from .sheets import Table, read_table

MAX_ACTUALS_ROWS = 1_000_000  # 5,000 processes × 3 criteria × 24 months is 360,000 rows
MAX_ACTUALS_BYTES = 100 * 1024 * 1024


def read_actuals(path: str | os.PathLike[str]) -> list[list[str]]:
    """The rows of the table (header first); ``ImportFileError`` when it cannot be read."""
    return _read(path).rows


def _read(path: str | os.PathLike[str]) -> Table:
    try:
        return read_table(path, MAX_ACTUALS_ROWS, MAX_ACTUALS_BYTES)
    except ProjectFileError as e:
        raise ImportFileError(e.reason, e.reason_ru or e.reason) from None


def plan_actuals_file(pmap: ProcessMap, path: str | os.PathLike[str]) -> ImportPlan:
    """What importing the actuals of ``path`` into ``pmap`` would change (the criteria it makes
    computed too). A 50,000-row table makes a million short-lived objects, none in a cycle: with
    a large project loaded the collector would rescan it again and again meanwhile (3x slower)."""
    with gc_paused():
        table = _read(path)
        plan = plan_import(pmap, table.rows, table.notes)
        plan.criteria_by_process()
    return plan
