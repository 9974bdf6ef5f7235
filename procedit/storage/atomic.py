"""Atomic save: write beside the target, flush, fsync, rename; keep the previous file as ``.bak``.

If anything fails, the previous file is left exactly as it was and no temporary file is
left behind.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable

from procedit.model import Project

from .errors import ProjectSaveError
from .fileformat import dumps

BACKUP_SUFFIX = ".bak"


class ReadOnlyFileError(PermissionError):
    """The target exists and is not writable: saving over it is refused."""


def backup_path(path: str | os.PathLike[str]) -> str:
    """``NAME.procmap`` → ``NAME.procmap.bak``."""
    return os.fspath(path) + BACKUP_SUFFIX


def save(project: Project, path: str | os.PathLike[str], *, backup: bool = True) -> None:
    """Write ``project`` to ``path`` atomically; raises ``ProjectSaveError`` on failure."""
    shown = os.fspath(path)
    try:
        data = dumps(project)
    except Exception as e:  # pragma: no cover - a valid model always serializes
        raise ProjectSaveError(shown, f"cannot serialize the project ({e})") from None
    try:
        write_atomic(os.path.realpath(shown), data, backup=backup)
    except OSError as e:
        raise _save_error(shown, e) from None


def write_atomic(target: str, data: bytes, *, backup: bool = True) -> None:
    """Replace ``target`` by ``data`` atomically (raises ``OSError``)."""
    if os.path.isdir(target):
        raise IsADirectoryError(21, "is a folder", target)
    try:
        mode = os.stat(target).st_mode & 0o7777
        existed = True
        if not os.access(target, os.W_OK):  # renaming over it would work, but the user said no
            raise ReadOnlyFileError(13, "the file is read-only", target)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
        existed = False
    replace_atomic(target, data, mode=mode, before_replace=_keep_backup if existed and backup else None)


def replace_atomic(
    target: str,
    data: bytes,
    *,
    mode: int | None = None,
    before_replace: Callable[[str], None] | None = None,
) -> None:
    """Write ``data`` beside ``target``, flush and fsync it, then rename it over ``target``.

    A reader sees the old or the new content, never a part; on any failure the temporary
    file is removed and ``target`` is untouched. ``mode`` sets the new file's permissions
    (default: the temporary file's 0600); ``before_replace(target)`` runs just before the rename.
    """
    folder = os.path.dirname(target) or "."
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(target) + ".", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        if before_replace is not None:
            before_replace(target)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_folder(folder)


def _keep_backup(target: str) -> None:
    """Make ``target.bak`` the current contents of ``target`` (hard link, else a copy)."""
    bak = backup_path(target)
    fd, tmp = tempfile.mkstemp(
        prefix="." + os.path.basename(bak) + ".", suffix=".tmp", dir=os.path.dirname(bak)
    )
    os.close(fd)
    try:
        os.unlink(tmp)
        try:
            os.link(target, tmp)
        except OSError:
            shutil.copy2(target, tmp)
        os.replace(tmp, bak)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _fsync_folder(folder: str) -> None:
    """Make the rename durable where the platform allows it (best effort)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _save_error(path: str, e: OSError) -> ProjectSaveError:
    if isinstance(e, ReadOnlyFileError):
        return ProjectSaveError(path, "the file is read-only", "файл только для чтения")
    if isinstance(e, PermissionError):
        return ProjectSaveError(path, "permission denied", "нет прав на запись")
    if isinstance(e, FileNotFoundError):
        return ProjectSaveError(path, "the folder does not exist", "папка не существует")
    if isinstance(e, IsADirectoryError):
        return ProjectSaveError(path, "this is a folder", "это папка")
    if e.errno == 28:  # ENOSPC
        return ProjectSaveError(path, "the disk is full", "диск переполнен")
    return ProjectSaveError(path, e.strerror or str(e) or type(e).__name__)
