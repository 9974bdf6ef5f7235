"""Translations: choose the UI language and install Qt translators.

Our strings live in ``resources/translations/procedit_<lang>.qm`` (compiled from the ``.ts``
by ``resources/translations/update.py``). ``resources/`` is installed as the package
``procedit_resources`` and read with ``importlib.resources`` (editable and regular installs
alike); ``PROCEDIT_RESOURCES`` names another folder (a frozen or relocated build). Qt's own
``qtbase_<lang>.qm`` (standard dialog buttons and the like) is loaded from Qt's translations
directory when it is there, and after it ``qt_gaps_<lang>.qm``: Qt's strings that Qt's own
translation lacks (kept by hand in ``resources/translations/qt_gaps_<lang>.ts``).
"""

from __future__ import annotations

import sys
from importlib.resources import as_file
from importlib.resources.abc import Traversable

import procedit_resources
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("ru", "en")  # the UI languages we ship; English is the source language


def translations_dir() -> Traversable:
    """The folder of our ``procedit_<lang>.qm`` files (``resources/translations``)."""
    return procedit_resources.resource("translations")


def load_translator(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Our translator for ``lang`` (not installed yet), or None when its .qm cannot be read."""
    qm = translations_dir() / f"procedit_{lang}.qm"
    if qm.is_file():
        translator = QTranslator(app)
        with as_file(qm) as path:  # a real file even when the package is zipped
            if translator.load(str(path)):
                return translator
        translator.deleteLater()
    print(f"procedit: no {lang} translation at {qm}; the interface stays in English", file=sys.stderr)
    return None


def system_language() -> str:
    """``ru`` or ``en`` from the system locale (English for anything we do not ship)."""
    name = QLocale.system().name()  # "ru_RU"
    lang = name.split("_")[0].lower()
    return lang if lang in LANGUAGES else "en"


def resolve_language(preference: str | None) -> str:
    """The language to use: an explicit ``ru``/``en`` or, for ``None``/``""``/``"system"``, the system's."""
    if preference in LANGUAGES:
        return preference  # type: ignore[return-value]
    return system_language()


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install translators for ``lang`` on ``app``; returns them (keep them alive).

    English needs none: the source strings are English.
    """
    installed: list[QTranslator] = []
    # the canvas and the panels read the UI language from the default locale
    QLocale.setDefault(QLocale(QLocale.Language.Russian if lang == "ru" else QLocale.Language.English))
    if lang == "en":
        return installed
    ours = load_translator(app, lang)
    if ours is not None:
        app.installTranslator(ours)
        installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase",):
        qt = QTranslator(app)
        if qt.load(f"{name}_{lang}", qt_dir):
            app.installTranslator(qt)
            installed.append(qt)
    # Qt's strings its own translation lacks (the file dialog's "&Look in:"): ours, searched first
    gaps = translations_dir() / f"qt_gaps_{lang}.qm"
    if gaps.is_file():
        translator = QTranslator(app)
        with as_file(gaps) as path:
            if translator.load(str(path)):
                app.installTranslator(translator)
                installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for t in translators:
        app.removeTranslator(t)
