"""Interchange with other tools: BPMN 2.0 XML in and out, process registers from and to
spreadsheets (XLSX, CSV), criteria actuals from spreadsheets. Headless: the command line and the GUI call it alike."""

from .actuals import plan_actuals_file, read_actuals
from .bpmn_export import export_bpmn, write_bpmn
from .bpmn_import import ImportResult, import_bpmn, import_bpmn_bytes
from .bpmn_into import IntoPlan, into_command, into_project, plan_into
from .register import Register, RowProblem, read_register, recognise
from .register_apply import RegisterPlan, load_register, plan_register, register_command, register_project
from .safexml import MAX_XML_BYTES
from .sheets import Table, read_table
from .summary import Summary
from .xlsx_export import export_xlsx, write_xlsx

__all__ = [
    "MAX_XML_BYTES",
    "ImportResult",
    "IntoPlan",
    "Register",
    "RegisterPlan",
    "RowProblem",
    "Summary",
    "Table",
    "export_bpmn",
    "export_xlsx",
    "import_bpmn",
    "import_bpmn_bytes",
    "into_command",
    "into_project",
    "load_register",
    "plan_actuals_file",
    "plan_into",
    "plan_register",
    "read_actuals",
    "read_register",
    "read_table",
    "recognise",
    "register_command",
    "register_project",
    "write_bpmn",
    "write_xlsx",
]
