"""Asking before a save writes over a file the file dialog did not ask about.

A save dialog asks before it returns a name that exists, but only the name typed: "report" with
the Excel filter, to which the caller then adds ".xlsx", was never asked about, and an existing
report.xlsx was replaced without a word. ``suffixed`` adds the suffix and asks where the dialog
could not.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def replace_ok(parent: QWidget | None, title: str, path: str) -> bool:
    """Whether the user lets ``path``, which exists, be written over (No is the default)."""
    answer = QMessageBox.question(
        parent,
        title,
        QCoreApplication.translate("Interchange", "“%1” already exists. Do you want to replace it?").replace(
            "%1", Path(path).name
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def suffixed(parent: QWidget | None, title: str, typed: str, path: str) -> str | None:
    """``path`` (``typed`` with the suffix its format needs) when it may be written: when the
    suffix was added and a file of that name exists, only if the user says so; else None."""
    if path != typed and Path(path).exists() and not replace_ok(parent, title, path):
        return None
    return path
