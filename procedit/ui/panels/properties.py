"""``PropertiesPanel``: the side panel where owners fill in their processes.

It shows a form for the selected process, arrow (link) or external party, the project's
form when nothing is selected, and an owner's view tab. Every edit is one command pushed
through ``push``; the panel follows the document (undo/redo included) through
``doc.subscribe`` and never moves the keyboard focus on a selection change.

Wiring (the window)::

    panel = PropertiesPanel(doc, undo_stack.push)
    scene.selectedIdsChanged.connect(lambda ids: panel.show_selection(scene.map_id, ids))
    live_validator findings -> panel.set_findings(findings)          # all findings; it filters
    panel.ownerViewChanged.connect(
        lambda pid: scene.set_dimmed(not_owned_ids(doc, scene.map_id, pid)))
    panel.elementActivated.connect(window.show_element)              # owner's view double-click
    panel.detach()                                                   # before dropping the document
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from procedit.commands import Change, Command, Document
from procedit.model import ExternalParty, Lane, Link, Note, Process

from .findings_box import FindingsBox
from .form_base import FormBase, node_title
from .link_form import LinkForm
from .multi_form import MultiForm
from .note_form import NoteForm
from .owner_view import OwnerView, not_owned_ids
from .party_form import LaneForm, PartyForm
from .process_form import ProcessForm
from .project_form import ProjectForm

__all__ = ["PropertiesPanel", "not_owned_ids"]

_FORMS: dict[str, type[FormBase]] = {
    "process": ProcessForm,
    "link": LinkForm,
    "party": PartyForm,
    "lane": LaneForm,
    "note": NoteForm,
    "multi": MultiForm,
    "project": ProjectForm,
}


class PropertiesPanel(QWidget):
    ownerViewChanged = Signal(object)  # person id or None
    elementActivated = Signal(str, str)  # map id, element id (from the owner's view)

    def __init__(
        self,
        doc: Document,
        push: Callable[[Command], None],
        parent: QWidget | None = None,
        *,
        defer: bool = False,
    ):
        """``defer``: build the first form (the project's) right after the window's first
        frame, not before it (its editor rows: ~50-90 ms that the map need not wait for)."""
        super().__init__(parent)
        self.doc = doc
        self.push = push
        self.map_id: str | None = doc.map_ids()[0] if doc.map_ids() else None
        self.ids: list[str] = []
        self.shown_id: str | None = None
        self.findings: list[Any] | None = None
        self.lang = "ru" if QLocale().language() == QLocale.Language.Russian else "en"
        self.forms: dict[str, FormBase] = {}
        self._base_dir: str | None = None
        self._pages: dict[str, QScrollArea] = {}
        self.setMinimumWidth(300)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        outer.addWidget(self.tabs)

        page = QWidget(self)
        box = QVBoxLayout(page)
        box.setContentsMargins(4, 4, 4, 0)
        box.setSpacing(4)
        self.title = QLabel(page)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.findings_box = FindingsBox(page)
        self.stack = QStackedWidget(page)
        self.message = QLabel(page)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.stack.addWidget(self.message)
        box.addWidget(self.title)
        box.addWidget(self.findings_box)
        box.addWidget(self.stack, 1)
        self.tabs.addTab(page, self.tr("Properties"))

        self.owner_view = OwnerView(doc, self)
        self.owner_view.lang = self.lang
        self.owner_view.ownerViewChanged.connect(self.ownerViewChanged)
        self.owner_view.elementActivated.connect(self.elementActivated)
        self.tabs.addTab(self.owner_view, self.tr("Owner's view"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._owner_dirty = False

        self._unsubscribe: Callable[[], None] | None = doc.subscribe(self._on_change)
        self._first_shown = False
        if defer:
            QTimer.singleShot(0, self, self._show_first)
        else:
            self.show_selection(self.map_id, [])

    def _show_first(self) -> None:
        if not self._first_shown:  # (unless a selection was shown meanwhile)
            self.show_selection(self.map_id, [])

    # ------------------------------------------------------------ public API
    def show_selection(self, map_id: str | None, ids: Sequence[str]) -> None:
        """Show the properties of the selection (the project's when ``ids`` is empty)."""
        self._first_shown = True
        self.map_id = map_id
        self.ids = [i for i in ids if self.doc.get(i) is not None]
        if len(self.ids) == 1:
            element = self.doc.get(self.ids[0])
            kind = {Process: "process", Link: "link", ExternalParty: "party", Lane: "lane", Note: "note"}.get(
                type(element)
            )
            if kind is None:
                self._show_message(self.tr("This element has no properties to edit here."))
                return
            self.map_id = self.doc.map_of(self.ids[0]) or map_id
            self._show_form(kind, self.ids[0])
        elif len(self.ids) > 1:
            form = self.form("multi")
            form.show_ids(map_id, self.ids)  # type: ignore[attr-defined]
            self.shown_id = None
            self.stack.setCurrentWidget(self._pages["multi"])
            self.title.hide()
            self.findings_box.show_findings([], self.lang)
        else:
            self._show_form("project", None)

    def set_findings(self, findings: Sequence[Any] | None) -> None:
        """All current findings (the panel shows those of the shown element)."""
        self.findings = list(findings) if findings is not None else None
        self._show_findings()
        self.owner_view.findings = self.findings
        self._owner_changed()

    def set_language(self, lang: str) -> None:
        """Language of the findings' messages ("ru" or "en"); the UI text follows the translator."""
        self.lang = lang
        self.owner_view.lang = lang
        self._show_findings()
        self._owner_changed()

    def set_project_path(self, path: str | None) -> None:
        """The project file (relative document paths open from its folder)."""
        from pathlib import Path

        self._base_dir = str(Path(path).resolve().parent) if path else None
        if "process" in self.forms:
            self.forms["process"].base_dir = self._base_dir  # type: ignore[attr-defined]

    def current_form(self) -> FormBase | None:
        page = self.stack.currentWidget()
        for kind, p in self._pages.items():
            if p is page:
                return self.forms[kind]
        return None

    def form(self, kind: str) -> FormBase:
        """The form of ``kind`` ("process", "link", "party", "project"), built on first use."""
        if kind not in self.forms:
            form = _FORMS[kind](self.doc, self.push)
            if isinstance(form, ProcessForm):
                form.base_dir = self._base_dir
            area = QScrollArea(self.stack)
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            area.setWidget(form)
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.stack.addWidget(area)
            self.forms[kind] = form
            self._pages[kind] = area
        return self.forms[kind]

    def detach(self) -> None:
        """Stop following the document (call before the window drops it)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def event(self, event: QEvent) -> bool:
        # Delete/Backspace typed anywhere in the panel belongs to the panel: never let the
        # window's "Delete selection" shortcut remove the process being edited.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                event.accept()
                return True
        return super().event(event)

    # ------------------------------------------------------------ internals
    def _show_form(self, kind: str, element_id: str | None) -> None:
        form = self.form(kind)
        self.shown_id = element_id
        form.show_element(self.map_id, element_id)
        page = self._pages[kind]
        if self.stack.currentWidget() is not page:
            if element_id != getattr(self, "_last_scrolled", None):
                page.verticalScrollBar().setValue(0)
            self.stack.setCurrentWidget(page)
        self._last_scrolled = element_id
        self._update_title()
        self._show_findings()

    def _show_message(self, text: str) -> None:
        self.shown_id = None
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self.title.setText("")
        self.title.hide()
        self.findings_box.show_findings([], self.lang)

    def _update_title(self) -> None:
        element = self.doc.get(self.shown_id) if self.shown_id else None
        if isinstance(element, Process):
            text = self.tr("Process: %s") % node_title(element)
        elif isinstance(element, Link):
            text = self.tr("Arrow: %s → %s") % (
                node_title(self.doc.get(element.source_id)),
                node_title(self.doc.get(element.target_id)),
            )
        elif isinstance(element, ExternalParty):
            text = self.tr("External party: %s") % node_title(element)
        elif isinstance(element, Lane):
            text = self.tr("Lane: %s") % (element.name.strip() or "…")
        elif isinstance(element, Note):
            text = self.tr("Note")
        else:
            text = self.tr("Project: %s") % (self.doc.header.name.strip() or self.tr("untitled"))
        self.title.setText(text)
        self.title.show()

    def _show_findings(self) -> None:
        if (
            self.findings is None
            or self.stack.currentWidget() is self.message
            or self.stack.currentWidget() is self._pages.get("multi")
        ):
            self.findings_box.show_findings([], self.lang)
            return
        wanted = {self.shown_id} if self.shown_id else {self.map_id, ""}
        self.findings_box.show_findings([f for f in self.findings if f.element_id in wanted], self.lang)

    def owner_person(self) -> str | None:
        """The person chosen in the owner's view (None: no dimming)."""
        return self.owner_view.person_id()

    def _on_change(self, change: Change) -> None:
        self.owner_view.follow_document()
        self._owner_changed()
        if self.shown_id is not None and self.doc.get(self.shown_id) is None:
            self.show_selection(self.map_id, [])  # the shown element was deleted (or its addition undone)
            return
        if self.map_id is not None and not self.doc.has_map(self.map_id):
            self.map_id = self.doc.map_ids()[0] if self.doc.map_ids() else None
        multi = self.stack.currentWidget() is self._pages.get("multi")
        if self.stack.currentWidget() is self.message or multi:
            if self.ids and any(self.doc.get(i) is None for i in self.ids):
                self.show_selection(self.map_id, self.ids)
            elif multi:
                self.forms["multi"].update_view()
            return
        relevant = (
            change.project
            or (self.map_id in change.maps)
            or any(self.doc.map_of(i) in (self.map_id, None) for i in change.ids)
        )
        if relevant:
            form = self.current_form()
            if form is not None:
                form.update_view()
            self._update_title()

    def _owner_changed(self) -> None:
        if self.tabs.currentWidget() is self.owner_view:
            self.owner_view.refresh()
        else:
            self._owner_dirty = True

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.owner_view and self._owner_dirty:
            self._owner_dirty = False
            self.owner_view.refresh()
        elif self.tabs.currentWidget() is not self.owner_view and self.owner_view.person_id() is not None:
            self.owner_view.set_person(None)  # leaving the tab ends the view: the map is not left dimmed
