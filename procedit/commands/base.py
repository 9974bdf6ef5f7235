"""Commands: the only way to change a document, each undoable and labelled."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence

from .document import Document


class Command(ABC):
    """A change with ``apply``/``revert`` and a human label ("Move 3 processes").

    ``apply`` and ``revert`` only call the document's primitives; they never start
    another command. ``merge`` lets successive keystrokes in one field become one step.
    """

    label: str = ""

    @abstractmethod
    def apply(self, doc: Document) -> None: ...

    @abstractmethod
    def revert(self, doc: Document) -> None: ...

    def merge(self, other: Command) -> bool:
        """Absorb ``other`` (already applied after this one) into this command; True if done."""
        return False


class Compound(Command):
    """Several commands as one undo step."""

    def __init__(self, label: str, commands: Sequence[Command]):
        self.label = label
        self.commands = list(commands)

    def apply(self, doc: Document) -> None:
        for c in self.commands:
            c.apply(doc)

    def revert(self, doc: Document) -> None:
        for c in reversed(self.commands):
            c.revert(doc)
