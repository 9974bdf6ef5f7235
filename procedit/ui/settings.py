"""Persistent preferences: window geometry and docks, recent files, UI language.

Stored with ``QSettings`` (organization ``procedit``) in INI format, so that tests can
redirect them with ``QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tmp)``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "procedit"
APPLICATION = "procedit"
MAX_RECENT = 10


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def _str_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]  # type: ignore[union-attr]


# ---------------------------------------------------------------- recent files
def recent_files() -> list[str]:
    return _str_list(settings().value("recent_files", []))


def add_recent_file(path: str) -> list[str]:
    """Put ``path`` first in the recent list (once) and return the list."""
    path = str(Path(path).resolve())
    files = [f for f in recent_files() if f != path]
    files.insert(0, path)
    del files[MAX_RECENT:]
    s = settings()
    s.setValue("recent_files", files)
    s.sync()
    return files


def remove_recent_file(path: str) -> list[str]:
    files = [f for f in recent_files() if f != path]
    s = settings()
    s.setValue("recent_files", files)
    s.sync()
    return files


def clear_recent_files() -> None:
    s = settings()
    s.setValue("recent_files", [])
    s.sync()


# ---------------------------------------------------------------- language
def language_preference() -> str:
    """``ru``, ``en`` or ``system`` (the default)."""
    value = settings().value("language", "system")
    return str(value) if value else "system"


def set_language_preference(lang: str) -> None:
    s = settings()
    s.setValue("language", lang)
    s.sync()


# ---------------------------------------------------------------- window
def window_state() -> tuple[QByteArray | None, QByteArray | None]:
    s = settings()
    geometry = s.value("window/geometry")
    state = s.value("window/state")
    return (
        geometry if isinstance(geometry, QByteArray) else None,
        state if isinstance(state, QByteArray) else None,
    )


def save_window_state(geometry: QByteArray, state: QByteArray) -> None:
    s = settings()
    s.setValue("window/geometry", geometry)
    s.setValue("window/state", state)
    s.sync()


def grid_visible() -> bool:
    value = settings().value("view/grid", True)
    return value not in (False, "false", "0", 0)


def set_grid_visible(visible: bool) -> None:
    s = settings()
    s.setValue("view/grid", visible)
    s.sync()


def backups_to_keep() -> int:
    """How many previous versions a save keeps beside the file (``files/backups``, 0 to 20;
    default 3: ``NAME.procmap.bak``, ``.bak.2``, ``.bak.3``)."""
    try:
        n = int(settings().value("files/backups", 3))
    except (TypeError, ValueError):
        return 3
    return min(max(n, 0), 20)


def kpi_marks_visible() -> bool:
    value = settings().value("view/kpi_marks", True)
    return value not in (False, "false", "0", 0)


def set_kpi_marks_visible(visible: bool) -> None:
    s = settings()
    s.setValue("view/kpi_marks", visible)
    s.sync()


# ---------------------------------------------------------------- portal
def _project_key(project_path: str | None) -> str:
    """A settings key per project file (a hash: paths hold slashes, which QSettings nests)."""
    import hashlib

    if not project_path:
        return "portal/unsaved"
    digest = hashlib.sha1(str(Path(project_path).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"portal/{digest}"


def portal_folder(project_path: str | None) -> str:
    """The folder this project's portal was last published to ('' when never)."""
    value = settings().value(_project_key(project_path) + "/folder", "")
    return str(value) if value else ""


def portal_documents(project_path: str | None) -> bool:
    value = settings().value(_project_key(project_path) + "/documents", True)
    return value not in (False, "false", "0", 0)


def remember_portal(project_path: str | None, folder: str, documents: bool) -> None:
    s = settings()
    s.setValue(_project_key(project_path) + "/folder", folder)
    s.setValue(_project_key(project_path) + "/documents", documents)
    s.sync()
