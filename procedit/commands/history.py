"""Undo/redo history with a clean mark, independent of Qt (ui/undo.py adapts it)."""

from __future__ import annotations

from collections.abc import Callable

from .base import Command
from .document import Document


class History:
    def __init__(self, doc: Document, limit: int = 0):
        self.doc = doc
        self.limit = limit  # 0: unlimited
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._clean: int | None = 0  # len(_done) at the clean point; None: unreachable
        self._listeners: list[Callable[[], None]] = []

    # ------------------------------------------------------------ state
    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    @property
    def undo_label(self) -> str:
        return self._done[-1].label if self._done else ""

    @property
    def redo_label(self) -> str:
        return self._undone[-1].label if self._undone else ""

    @property
    def is_clean(self) -> bool:
        return self._clean == len(self._done)

    @property
    def index(self) -> int:
        return len(self._done)

    def mark_clean(self) -> None:
        self._clean = len(self._done)
        self._notify()

    def mark_dirty(self) -> None:
        """No state of this history is saved (a document recovered after a crash, or a backup)."""
        self._clean = None
        self._notify()

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener()

    # ------------------------------------------------------------ actions
    def push(self, command: Command, *, merge: bool = True) -> None:
        """Apply ``command`` and record it (merged into the previous step when it allows)."""
        with self.doc.transaction(command.label):
            command.apply(self.doc)
        self._undone.clear()
        if self._clean is not None and self._clean > len(self._done):
            self._clean = None  # the clean state was in the redo branch we just dropped
        top = self._done[-1] if self._done else None
        if merge and top is not None and self._clean != len(self._done) and top.merge(command):
            pass
        else:
            self._done.append(command)
            if self.limit and len(self._done) > self.limit:
                del self._done[0]
                self._clean = None if self._clean in (None, 0) else self._clean - 1
        self._notify()

    def undo(self) -> bool:
        if not self._done:
            return False
        command = self._done[-1]
        with self.doc.transaction(command.label, undo=True):
            command.revert(self.doc)
        self._done.pop()
        self._undone.append(command)
        self._notify()
        return True

    def redo(self) -> bool:
        if not self._undone:
            return False
        command = self._undone[-1]
        with self.doc.transaction(command.label):
            command.apply(self.doc)
        self._undone.pop()
        self._done.append(command)
        self._notify()
        return True

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
        self._clean = 0
        self._notify()
