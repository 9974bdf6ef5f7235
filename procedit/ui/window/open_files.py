"""Files open in this app: one file, one window; and the lock question before opening."""

from __future__ import annotations

import os
import weakref
from pathlib import Path

from PySide6.QtWidgets import QWidget

from procedit.storage.lock import read_lock
from procedit.ui.window.safety_prompts import Prompts

_OPEN: dict[str, weakref.ref] = {}


def same_key(path: str | os.PathLike) -> str:
    return os.path.normcase(os.path.realpath(os.fspath(path)))


def window_for(path: str | os.PathLike) -> QWidget | None:
    """The window of this app that has ``path`` open, if any."""
    ref = _OPEN.get(same_key(path))
    window = ref() if ref is not None else None
    if window is None:
        _OPEN.pop(same_key(path), None)
    return window


def focus_existing(path: str | os.PathLike) -> bool:
    """If ``path`` is already open in this app, bring its window to the front and return True."""
    window = window_for(path)
    if window is None:
        return False
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    return True


def confirm_open(parent: QWidget | None, path: str | os.PathLike, prompts: Prompts | None = None) -> bool:
    """Before opening ``path``: if someone else has it open, say who and since when; False to cancel.

    A stale lock (a crashed procedit on this computer) is not reported: it is taken over.
    """
    owner = read_lock(path)
    if owner is None or owner.is_stale or owner.is_this_process:
        return True
    if (prompts or Prompts()).locked(parent, Path(path).name, owner):
        _TAKE_OVER.add(same_key(path))  # opened anyway: the lock becomes ours (a crash elsewhere leaves none)
        return True
    return False


_TAKE_OVER: set[str] = set()  # paths the user chose to open although someone else's lock was there


def register(path: str | os.PathLike, window: QWidget) -> None:
    _OPEN[same_key(path)] = weakref.ref(window)


def unregister(path: str | os.PathLike) -> None:
    _OPEN.pop(same_key(path), None)


def take_over_requested(path: str | os.PathLike) -> bool:
    """Did the user choose "Open anyway" for ``path`` (answered once)?"""
    key = same_key(path)
    if key in _TAKE_OVER:
        _TAKE_OVER.discard(key)
        return True
    return False
