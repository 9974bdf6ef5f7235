"""Every key sequence a main window listens to, with who claims it and where it is active.

Qt fires neither of two shortcuts that claim one sequence in overlapping places ("Ambiguous
shortcut overload"), and a sequence listed twice by one action counts twice. Each claim is
(owner, sequence, scope roots): a window-wide shortcut is active in the whole window, a
widget(-with-children) shortcut only in its widgets. Two claims overlap when one root contains
the other.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QToolButton, QWidget

PORTABLE = QKeySequence.SequenceFormat.PortableText
_CHROME = (QMenu, QMenuBar, QToolBar, QToolButton)  # where actions are shown, not where keys act


@dataclass(frozen=True)
class Claim:
    owner: str
    sequence: str
    roots: tuple[QWidget, ...]


def _owner(obj) -> str:
    return obj.objectName() or (obj.text() if isinstance(obj, QAction) else type(obj).__name__)


def _roots(window: QWidget, context: Qt.ShortcutContext, widgets: list[QWidget]) -> tuple[QWidget, ...]:
    if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
        return (window,)
    scoped = tuple(w for w in widgets if not isinstance(w, _CHROME))
    return scoped or (window,)


def claims(window: QWidget) -> list[Claim]:
    """Every (owner, sequence, scope) of the window's actions and QShortcuts, one per registration."""
    result = []
    for action in window.findChildren(QAction):
        widgets = [w for w in action.associatedObjects() if isinstance(w, QWidget)]
        roots = _roots(window, action.shortcutContext(), widgets)
        result += [Claim(_owner(action), s.toString(PORTABLE), roots) for s in action.shortcuts() if s]
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        parent = parent if isinstance(parent, QWidget) else None
        roots = _roots(window, shortcut.context(), [parent] if parent is not None else [])
        result += [Claim(_owner(shortcut), s.toString(PORTABLE), roots) for s in shortcut.keys() if s]
    return result


def _contains(a: QWidget, b: QWidget) -> bool:
    return a is b or a.isAncestorOf(b)


def overlaps(all_claims: list[Claim]) -> list[str]:
    """Human-readable conflicts: the same sequence claimed twice where both could be active."""
    found = []
    for i, a in enumerate(all_claims):
        for b in all_claims[i + 1 :]:
            if a.sequence != b.sequence:
                continue
            if any(_contains(x, y) or _contains(y, x) for x in a.roots for y in b.roots):
                found.append(f"{a.sequence}: {a.owner} and {b.owner}")
    return found
