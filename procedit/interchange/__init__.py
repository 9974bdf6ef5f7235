"""Interchange with other tools: BPMN 2.0 XML in and out, process registers from and to
spreadsheets (XLSX, CSV). Headless: the command line and the GUI call it alike."""

from .bpmn_export import export_bpmn, write_bpmn
from .bpmn_import import ImportResult, import_bpmn, import_bpmn_bytes
from .safexml import MAX_XML_BYTES
from .summary import Summary

__all__ = [
    "MAX_XML_BYTES",
    "ImportResult",
    "Summary",
    "export_bpmn",
    "import_bpmn",
    "import_bpmn_bytes",
    "write_bpmn",
]
