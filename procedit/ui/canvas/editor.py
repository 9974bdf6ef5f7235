"""In-place editing of a box's name, a link's label or a note's text: Enter commits, Esc cancels.

A note's text may have several lines: Shift+Enter starts a new one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QPen, QTextCursor, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QStyle

from procedit.model.limits import MAX_LINE, MAX_TEXT, clean_text

from .items import LinkItem, NodeItem, NoteItem
from .style import INK, SELECTION, fonts

if TYPE_CHECKING:
    from .scene import MapScene

Commit = Callable[["MapScene", QGraphicsItem, str], None]
Cancel = Callable[["MapScene", QGraphicsItem], None]


class NameEditor(QGraphicsTextItem):
    def __init__(self, scene: MapScene, target: QGraphicsItem, on_commit: Commit, on_cancel: Cancel | None):
        super().__init__()
        self._scene = scene
        self.target = target
        self._on_commit = on_commit
        self._on_cancel = on_cancel
        self.active = True
        self.multiline = isinstance(target, NoteItem)
        text = target.label if isinstance(target, LinkItem) else getattr(target, "name", "")
        self.setFont(fonts().name)
        self.setDefaultTextColor(INK)
        self.setPlainText(text)
        option = QTextOption(Qt.AlignmentFlag.AlignLeft if self.multiline else Qt.AlignmentFlag.AlignCenter)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setZValue(100)
        if self.multiline:  # a note: over its paper, from the top
            box = target.box()
            self.setTextWidth(max(box.width - 8, 60))
            self.setPos(box.x + 4, box.y + 4)
        elif isinstance(target, NodeItem):
            box = target.box()
            self.setTextWidth(max(box.width - 8, 60))
            self.setPos(box.x + 4, box.y + box.height / 2 - self.boundingRect().height() / 2)
        elif hasattr(target, "title_rect"):  # a lane: over its title
            rect = target.mapRectToScene(target.title_rect())
            self.setTextWidth(max(rect.width() - 8, 60))
            self.setPos(rect.x() + 4, rect.y())
        else:
            rect = target.sceneBoundingRect()
            self.setTextWidth(180)
            center = rect.center()
            self.setPos(center.x() - 90, center.y() - self.boundingRect().height() / 2)
        self.document().contentsChanged.connect(self._recenter)
        scene.addItem(self)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    @property
    def text(self) -> str:
        if self.multiline:  # a note keeps its line breaks (trailing spaces and empty ends go)
            lines = self.toPlainText().replace("\u2028", "\n").replace("\u2029", "\n").split("\n")
            return clean_text("\n".join(line.rstrip() for line in lines).strip("\n"), MAX_TEXT)
        return clean_text(" ".join(self.toPlainText().split()), MAX_LINE)  # what a name may hold

    def _recenter(self) -> None:
        if isinstance(self.target, NodeItem) and not self.multiline:
            box = self.target.box()
            self.setY(box.y + box.height / 2 - self.boundingRect().height() / 2)

    def paint(self, painter, option, widget=None) -> None:
        painter.setPen(QPen(SELECTION, 2))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(self.boundingRect().adjusted(-2, -2, 2, 2), 4, 4)
        option.state &= ~(
            QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus
        )  # no dashed frame
        super().paint(painter, option, widget)

    def boundingRect(self) -> QRectF:
        r = super().boundingRect()
        return r.adjusted(-3, -3, 3, 3)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.multiline and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                cursor = self.textCursor()
                cursor.insertText("\n")  # a new line of the note
                self.setTextCursor(cursor)
            else:
                self.finish(True)
            event.accept()
        elif event.key() == Qt.Key.Key_Escape:
            self.finish(False)
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if self.active and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.finish(True)

    def finish(self, commit: bool) -> None:
        """Close the editor: commit the text (or cancel); the command is pushed right here."""
        if not self.active:
            return
        self.active = False
        text = self.text
        self.hide()
        self.clearFocus()
        scene = self._scene
        if commit:
            self._on_commit(scene, self.target, text)
        elif self._on_cancel is not None:
            self._on_cancel(scene, self.target)
        # the item may be inside its own event handler: take it off the scene afterwards
        QTimer.singleShot(0, self._discard)

    def _discard(self) -> None:
        if shiboken6.isValid(self) and self.scene() is not None:  # scene.clear() may have deleted it
            self.scene().removeItem(self)
