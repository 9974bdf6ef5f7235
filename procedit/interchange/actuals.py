"""Criteria actuals from a CSV or XLSX file: the table is read by ``sheets`` (the same
defensive reader as a process register: size limits, a zip bomb or a DTD refused before the
workbook is opened) and planned by ``procedit.control.importing`` against one map."""

from __future__ import annotations

import os

from procedit.control.importing import ImportFileError, ImportPlan, plan_import
from procedit.model import ProcessMap
from procedit.storage import ProjectFileError

from .sheets import read_table

MAX_ACTUALS_ROWS = 1_000_000  # 5,000 processes × 3 criteria × 24 months is 360,000 rows
MAX_ACTUALS_BYTES = 100 * 1024 * 1024


def read_actuals(path: str | os.PathLike[str]) -> list[list[str]]:
    """The rows of the table (header first); ``ImportFileError`` when it cannot be read."""
    try:
        return read_table(path, MAX_ACTUALS_ROWS, MAX_ACTUALS_BYTES).rows
    except ProjectFileError as e:
        raise ImportFileError(e.reason, e.reason_ru or e.reason) from None


def plan_actuals_file(pmap: ProcessMap, path: str | os.PathLike[str]) -> ImportPlan:
    """What importing the actuals of ``path`` into ``pmap`` would change."""
    return plan_import(pmap, read_actuals(path))
