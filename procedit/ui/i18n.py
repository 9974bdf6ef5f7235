"""Translations: choose the UI language and install Qt translators.

Our strings live in ``resources/translations/procedit_<lang>.qm`` (compiled from the ``.ts``
by ``scripts/update_translations.sh``). ``resources/`` sits at the top of the repository,
next to the ``procedit`` package, so it is found relative to the package from a source
checkout and from ``pip install -e .``. ``PROCEDIT_RESOURCES`` overrides the location (for
a frozen or relocated install). Qt's own ``qtbase_<lang>.qm`` (standard dialog buttons and
the like) is loaded from Qt's translations directory when it is there.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import procedit

LANGUAGES = ("ru", "en")  # the UI languages we ship; English is the source language


def resources_dir() -> Path:
    """The top-level ``resources`` directory of procedit."""
    override = os.environ.get("PROCEDIT_RESOURCES")
    if override:
        return Path(override)
    return Path(procedit.__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


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
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"procedit_{lang}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase",):
        qt = QTranslator(app)
        if qt.load(f"{name}_{lang}", qt_dir):
            app.installTranslator(qt)
            installed.append(qt)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for t in translators:
        app.removeTranslator(t)
