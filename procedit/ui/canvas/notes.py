"""Notes on the canvas as commands: drop one under the mouse, edit its text, give it a colour.

A new note is shown before it is in the model, with its text being typed in place: Enter (or
a click elsewhere) adds it with its text as one undo step; Esc, or no text at all, leaves
nothing behind — as a new process does. Moving, resizing, copying and deleting are the
boxes' own gestures and commands (a note is a ``NodeItem``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QMenu

from procedit.commands import AddElements, SetFields
from procedit.model import Note, NoteColor

from .items.note import NOTE_COLORS, NoteItem
from .style import snap, tr

if TYPE_CHECKING:
    from .scene import MapScene

# colour names, translated where shown; marked for lupdate
_COLOR_NAMES = {
    NoteColor.YELLOW: QT_TRANSLATE_NOOP("canvas", "Yellow"),
    NoteColor.GREEN: QT_TRANSLATE_NOOP("canvas", "Green"),
    NoteColor.BLUE: QT_TRANSLATE_NOOP("canvas", "Blue"),
    NoteColor.PINK: QT_TRANSLATE_NOOP("canvas", "Pink"),
}


def color_name(color: NoteColor) -> str:
    return tr(_COLOR_NAMES[color])


def color_icon(color: NoteColor) -> QIcon:
    pm = QPixmap(16, 16)
    pm.fill(QColor(NOTE_COLORS[color][0]))
    return QIcon(pm)


def new_note_at(pos: QPointF, color: NoteColor = NoteColor.YELLOW) -> Note:
    """A note (not yet added) centred on ``pos``, snapped to the grid."""
    note = Note(color=color)
    return note.with_(x=snap(pos.x() - note.width / 2), y=snap(pos.y() - note.height / 2))


def add_note_at(scene: MapScene, pos: QPointF) -> None:
    """Show a new note at ``pos`` and type its text in place (Enter adds it, Esc drops it)."""
    if scene.map_id is None:
        return
    scene.cancel_gesture()
    scene.close_editor()
    note = new_note_at(pos, last_color(scene))
    item = NoteItem(note)
    scene.addItem(item)
    map_id = scene.map_id

    def discard() -> None:
        if shiboken6.isValid(item) and item.scene() is not None:
            scene.removeItem(item)

    def commit(scene: MapScene, _item: QGraphicsItem, text: str) -> None:
        discard()
        if not text.strip() or not scene.doc.has_map(map_id):
            return
        scene.push(AddElements(map_id, [note.with_(text=text)], label=tr("Add note")))
        scene.select_ids([note.id])

    scene.clearSelection()
    scene.edit_text(item, commit, lambda *_: discard())


def last_color(scene: MapScene) -> NoteColor:
    """A new note takes the colour of the note added last on this map (yellow at first)."""
    notes = list(scene.doc.elements(scene.map_id, "notes")) if scene.map_id is not None else []
    return notes[-1].color if notes else NoteColor.YELLOW


def edit_note(scene: MapScene, note: Note, text: str) -> None:
    """Commit of the in-place editor on a note (an emptied note stays: Delete removes it)."""
    if text != note.text:
        scene.push(SetFields({note.id: {"text": text}}, tr("Edit note")))


def set_color(scene: MapScene, ids: list[str], color: NoteColor) -> None:
    """Give these notes (others among ``ids`` are left alone) ``color``: one undo step."""
    changes = {
        i: {"color": color} for i in ids if isinstance(n := scene.doc.get(i), Note) and n.color != color
    }
    if changes:
        scene.push(SetFields(changes, tr("Change note colour")))


def extend_menu(menu: QMenu, scene: MapScene, selected: list[str]) -> None:
    """The right-click menu over selected notes: their colour."""
    notes = [n for n in (scene.doc.get(i) for i in selected) if isinstance(n, Note)]
    if not notes:
        return
    sub = menu.addMenu(tr("Note Colour"))
    sub.setObjectName("note_colour_menu")
    group = QActionGroup(sub)
    for color in NoteColor:
        action = QAction(color_icon(color), color_name(color), sub)
        action.setObjectName(f"note_colour_{color.value}")
        action.setCheckable(True)
        action.setChecked(all(n.color == color for n in notes))
        action.triggered.connect(lambda _=False, c=color: set_color(scene, selected, c))
        group.addAction(action)
        sub.addAction(action)
