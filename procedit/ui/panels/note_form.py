"""The form of a note on the canvas: its text and its colour."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from procedit.commands import Document
from procedit.model import Note, NoteColor

from .fields import ComboField, Section, TextField
from .form_base import FormBase, Push


class NoteForm(FormBase):
    def __init__(self, doc: Document, push: Push, parent: QWidget | None = None):
        super().__init__(doc, push, parent)
        from procedit.ui.canvas.notes import color_name

        sec = Section(self.tr("Note"), self)
        form = self.form_layout(sec.body)
        self.text = self.bind(
            TextField(self.tr("What the workshop said: a remark, a question, an idea"), 6, self),
            "text",
            self.tr("Edit note"),
        )
        self.color = self.bind(ComboField(self), "color", self.tr("Change note colour"))
        self.color.set_choices([(c, color_name(c)) for c in NoteColor])
        form.addRow(self.tr("Text"), self.text)
        form.addRow(self.tr("Colour"), self.color)
        hint = QLabel(
            self.tr(
                "A note is for the workshop: it is saved with the map, shown on the canvas, "
                "in presentation mode and in print, and left out of the regulation and the checks."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setObjectName("note_hint")
        form.addRow(hint)
        self.layout_.addWidget(sec)
        self.layout_.addStretch(1)

    def refresh(self) -> None:
        note = self.element()
        if not isinstance(note, Note):
            return
        self.text.set_value(note.text)
        self.color.set_value(note.color)
