"""``UndoAdapter``: the pure ``History`` behind a ``QUndoStack``.

The history is the truth: every pure command is applied by ``History.push`` and every
undo/redo goes through ``History.undo``/``History.redo``. The Qt stack only mirrors it, so
that the Edit menu's actions (``createUndoAction``/``createRedoAction``) show the command's
label and an undo view can list the steps. The clean (saved) state is the history's:
``is_clean()`` and ``modifiedChanged`` follow ``History.is_clean``.

Use the adapter (``push``, ``undo``, ``redo``, ``mark_clean``), never the history directly
while an adapter is attached, or the two would drift apart.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from procedit.commands import Command, Document, History
from procedit.model.limits import LimitError

_MERGE_ID = 0x70C


class _Step(QUndoCommand):
    """One history step seen by Qt; its redo/undo call the history."""

    def __init__(self, history: History, command: Command, merged: bool):
        super().__init__(command.label)
        self._history = history
        self.command = command
        self.merged = merged  # the history absorbed the command into the previous step
        self._applied = True  # History.push already applied it: Qt's first redo() is a no-op

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._history.redo()

    def undo(self) -> None:
        self._history.undo()

    def id(self) -> int:
        return _MERGE_ID  # Qt asks the top step to merge each new one; mergeWith decides

    def mergeWith(self, other: QUndoCommand) -> bool:
        return isinstance(other, _Step) and other.merged


class UndoAdapter(QUndoStack):
    """A ``QUndoStack`` whose steps are the commands of a pure ``History``."""

    modifiedChanged = Signal(bool)  # True when the document differs from the saved state
    historyChanged = Signal()  # after every push/undo/redo/mark_clean
    refused = Signal(object)  # a LimitError: the edit would break the project's limits

    def __init__(self, history: History, parent=None):
        super().__init__(parent)
        self.history = history
        # a last look at each command before it runs (the window lets boxes grow to their names)
        self.prepare: Callable[[Command], Command] | None = None
        self._modified = not history.is_clean
        self._unsubscribe = history.subscribe(self._on_history)

    @property
    def doc(self) -> Document:
        return self.history.doc

    # ------------------------------------------------------------ editing
    def push(self, command: Command) -> None:  # type: ignore[override]
        """Apply ``command`` through the history and record it as one undo step.

        If the command fails, the document is rolled back by its transaction and nothing is
        recorded; the exception propagates to the caller, except an edit beyond the project's
        limits (``LimitError``), which is announced by ``refused`` instead.
        """
        if self.prepare is not None:
            command = self.prepare(command)
        before = self.history.index
        was_clean = self.history.is_clean
        try:
            self.history.push(command)
        except LimitError as e:
            self.refused.emit(e)
            return
        merged = self.history.index == before and not was_clean and self.count() > 0
        if merged and self.index() == self.cleanIndex():
            self.resetClean()  # Qt merges only away from its clean point: follow the history
        super().push(_Step(self.history, command, merged))

    def mark_clean(self) -> None:
        """The document was saved: this is the clean state now."""
        self.history.mark_clean()
        self.setClean()

    def is_clean(self) -> bool:  # type: ignore[override]
        return self.history.is_clean

    def is_modified(self) -> bool:
        return not self.history.is_clean

    def undo_label(self) -> str:
        return self.history.undo_label

    def redo_label(self) -> str:
        return self.history.redo_label

    def detach(self) -> None:
        """Stop listening to the history (before the window drops this document)."""
        self._unsubscribe()

    # ------------------------------------------------------------ internals
    def _on_history(self) -> None:
        modified = not self.history.is_clean
        self.historyChanged.emit()
        if modified != self._modified:
            self._modified = modified
            self.modifiedChanged.emit(modified)
