"""Where an output may be written: checked before anything is written.

Saving a project and exporting a document both end by renaming a temporary file over the
target. A rename replaces whatever the name points at, so the target is checked first:
symbolic links are resolved (the file they point at is replaced, the link stays), and a
folder, a device, a FIFO or a socket, a read-only file (also for root: its write bits
count) and the very file the output is made from are refused with a clear reason.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable


class TargetError(OSError):
    """The target may not be written; ``reason``/``reason_ru`` say why in one line."""

    def __init__(self, path: str, reason: str, reason_ru: str, errno_: int = 13):
        super().__init__(errno_, reason, path)
        self.path = path
        self.reason = reason
        self.reason_ru = reason_ru

    def message(self, lang: str = "en") -> str:
        return self.reason_ru if lang == "ru" else self.reason


_SYSTEM = ("/proc/", "/sys/", "/dev/") if os.name == "posix" else ()


def is_read_only(st: os.stat_result, path: str) -> bool:
    """No write permission for us, or no write bit at all (root may write anything: the
    user who cleared the bits still meant "do not change this file")."""
    return not os.access(path, os.W_OK) or not st.st_mode & 0o222


def resolve_target(path: str | os.PathLike[str], *, protect: Iterable[str | os.PathLike[str]] = ()) -> str:
    """The real path to write ``path`` to; raises ``TargetError`` when it must not be written.

    ``protect``: files the output must never replace (the project an export reads).
    """
    shown = os.fspath(path)
    try:
        real = os.path.realpath(shown, strict=False)
    except (OSError, ValueError) as e:  # a symlink loop
        raise TargetError(
            shown, f"cannot resolve the path ({e})", f"не удаётся разобрать путь ({e})"
        ) from None
    if real.startswith(_SYSTEM):
        raise TargetError(
            shown,
            "this is a system file (under /proc, /sys or /dev), not a document",
            "это системный файл (в /proc, /sys или /dev), а не документ",
        )
    for other in protect:
        if _same_file(real, os.fspath(other)):
            raise TargetError(
                shown,
                "this is the project being read: it would be replaced by the output",
                "это и есть читаемый проект: вывод заменил бы его",
            )
    try:
        st = os.stat(real)
    except FileNotFoundError:
        folder = os.path.dirname(real) or "."
        if not os.path.isdir(folder):
            raise TargetError(shown, "the folder does not exist", "папка не существует", 2) from None
        return real
    except OSError as e:
        raise TargetError(shown, e.strerror or str(e), e.strerror or str(e)) from None
    if stat.S_ISDIR(st.st_mode):
        raise TargetError(shown, "this is a folder", "это папка", 21)
    if not stat.S_ISREG(st.st_mode):
        raise TargetError(
            shown,
            "this is not a regular file (a device, a pipe or a socket): it is not replaced",
            "это не обычный файл (устройство, канал или сокет): его нельзя заменить",
        )
    if is_read_only(st, real):
        raise TargetError(shown, "the file is read-only", "файл только для чтения")
    return real


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)
