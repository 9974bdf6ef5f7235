"""Control: targets that a program can check, actual values per period, their judgement
(met, warning, missed, no data, stale, trend), corrective actions and planning an import
of actuals from a table's rows (the file itself is read by ``procedit.interchange``).

Headless: imports only ``procedit.model`` and the standard library; it reads no files. Validation uses its judgement of a criterion; the documents, the
command line and the editor show it.
"""

from .periods import Period, PeriodError, cadence_of, due_period, parse_period
from .status import Judgement, Status, judge, judge_value, judged, status_title
from .targets import format_number, format_target, format_value, parse_target, target_of

__all__ = [
    "Judgement",
    "Period",
    "PeriodError",
    "Status",
    "cadence_of",
    "due_period",
    "format_number",
    "format_target",
    "format_value",
    "judge",
    "judge_value",
    "judged",
    "parse_period",
    "parse_target",
    "status_title",
    "target_of",
]
