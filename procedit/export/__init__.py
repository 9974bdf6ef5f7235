"""PDF process regulations (reportlab, headless; no Qt)."""

from .regulation import ExportCancelled, ExportError, export_regulation

__all__ = ["ExportCancelled", "ExportError", "export_regulation"]
