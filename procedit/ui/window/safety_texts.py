"""Texts of the document-safety UI, translated by Qt (context ``DocumentSafety``).

The English source strings go through ``QCoreApplication.translate`` like every other
string of the UI; ``resources/translations/update.py`` collects them into
``resources/translations/procedit_ru.ts`` (see the README, "Translations").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "DocumentSafety"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def lang() -> str:
    """``ru`` when the Russian translation is installed (the UI speaks Russian), else ``en``.

    Messages built outside Qt (storage errors have ``message(lang)``) follow the UI language,
    not the system locale.
    """
    return "ru" if tr("Untitled") != "Untitled" else "en"
