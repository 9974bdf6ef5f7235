"""What every form of the properties panel shares: binding fields to commands.

A form shows one thing (a map element, or the project when ``owner_id()`` is ``None``),
turns each user edit into exactly one command through ``push`` and re-reads the model in
``refresh()``, which only updates values (widgets are built once).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from procedit.commands import (
    Command,
    Document,
    SetFields,
    add_item,
    move_item,
    remove_item,
    set_item_fields,
)
from procedit.model import ExternalParty, Person, Process

from .pickers import CheckList
from .tables import ItemTable

log = logging.getLogger(__name__)
Push = Callable[[Command], None]


def process_title(p: Process) -> str:
    return " ".join(x for x in (p.code.strip(), p.name.strip()) if x) or "…"


def node_title(node: Any) -> str:
    if isinstance(node, Process):
        return process_title(node)
    if isinstance(node, ExternalParty):
        return node.name.strip() or "…"
    return "?"


def document_url(location: str, base_dir: str | None = None) -> QUrl | None:
    """The URL of a document's location: a link as it is, a file path (relative ones from
    the project's folder)."""
    location = location.strip()
    if not location:
        return None
    if "://" in location or location.startswith("mailto:"):
        return QUrl(location)
    path = Path(location).expanduser()
    if not path.is_absolute() and base_dir:
        path = Path(base_dir) / path
    return QUrl.fromLocalFile(str(path))


class FormBase(QWidget):
    def __init__(self, doc: Document, push: Push, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self._push = push
        self.map_id: str | None = None
        self.element_id: str | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(6, 4, 6, 6)
        self.layout_.setSpacing(4)

    # ------------------------------------------------------------ plumbing
    def push(self, command: Command) -> None:
        try:
            self._push(command)
        except Exception as exc:  # a refused edit must not take the window down
            log.exception("edit refused: %s", command.label)
            QMessageBox.warning(
                self, self.tr("Edit not applied"), self.tr("The change was refused: %s") % exc
            )
            self.refresh()

    def owner_id(self) -> str | None:
        """Whose lists the tables edit: the shown element, or ``None`` for the project."""
        return self.element_id

    def element(self) -> Any:
        return self.doc.get(self.element_id) if self.element_id else None

    def show_element(self, map_id: str | None, element_id: str | None) -> None:
        if element_id != self.element_id:
            self.switched()
        self.map_id = map_id
        self.element_id = element_id
        self.update_view()

    def switched(self) -> None:
        """Another element is about to be shown: close what belonged to the previous one."""

    def update_view(self) -> None:
        """Re-read the model; when rows came or went, put the Tab order back in reading order."""
        if not self._aligned:
            self._aligned = True
            self.align_labels()
        self.refresh()
        shape = tuple(len(t.rows) for t in self.findChildren(ItemTable)) + tuple(
            len(c.rows) for c in self.findChildren(CheckList)
        )
        if shape != self._shape:
            self._shape = shape
            chain = [w for w in reading_order(self) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
            for a, b in itertools.pairwise(chain):
                QWidget.setTabOrder(a, b)

    _shape: tuple[int, ...] | None = None
    _aligned = False

    def align_labels(self) -> None:
        """One label column width for all sections, so fields line up down the whole form."""
        labels = []
        for form in self.findChildren(QFormLayout):
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and isinstance(item.widget(), QLabel):
                    labels.append(item.widget())
        # a very long label does not widen the column for all: its row wraps instead
        cap = self.fontMetrics().averageCharWidth() * 25
        width = max((w for label in labels if (w := label.sizeHint().width()) <= cap), default=0)
        for label in labels:
            if label.sizeHint().width() <= cap:
                label.setMinimumWidth(width)

    def refresh(self) -> None:  # pragma: no cover - every form overrides it
        raise NotImplementedError

    # ------------------------------------------------------------ layout helpers
    def form_layout(self, host: QWidget) -> QFormLayout:
        form = QFormLayout(host)
        form.setContentsMargins(4, 2, 2, 2)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        return form

    def set_row_visible(self, widget: QWidget, visible: bool) -> None:
        """Show or hide a form row (label and spacing too, not just the field)."""
        layout = widget.parentWidget().layout() if widget.parentWidget() else None
        if isinstance(layout, QFormLayout) and layout.indexOf(widget) >= 0:
            layout.setRowVisible(widget, visible)
        else:
            widget.setVisible(visible)

    def hint(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setStyleSheet("color: palette(placeholder-text); font-size: 90%;")
        return label

    # ------------------------------------------------------------ element fields
    def set_field(self, field: str, value: Any, label: str, session: int | None = None) -> None:
        element = self.element()
        if element is None or getattr(element, field) == value:
            return
        key = (self.element_id, field, session) if session is not None else None
        self.push(SetFields({element.id: {field: value}}, label=label, merge_key=key))

    def bind(self, widget: Any, field: str, label: str) -> Any:
        """Connect a field widget's ``edited`` to a SetFields on the shown element."""
        if hasattr(widget, "session"):
            widget.edited.connect(lambda v: self.set_field(field, v, label, widget.session))
        else:
            widget.edited.connect(lambda v: self.set_field(field, v, label))
        return widget

    # ------------------------------------------------------------ list fields
    def bind_table(
        self,
        table: ItemTable,
        field: str,
        factory: Callable[[], Any],
        *,
        add_label: str,
        edit_label: str,
        remove_label: str,
        move_label: str = "",
    ) -> ItemTable:
        def add() -> None:
            item = factory()  # None: the factory declined (and told the user why)
            if item is not None:
                self.push(add_item(self.doc, self.owner_id(), field, item, label=add_label))

        table.addRequested.connect(add)
        table.itemEdited.connect(
            lambda item_id, changes: self._edit_item(field, item_id, changes, edit_label)
        )
        table.removeRequested.connect(lambda item_id: self.push(remove_item(item_id, label=remove_label)))
        table.moveRequested.connect(
            lambda old, new: self.push(
                move_item(self.doc, self.owner_id(), field, old, new, label=move_label)
            )
        )
        return table

    def _edit_item(self, field: str, item_id: str, changes: dict, label: str) -> None:
        owner = self.doc.header if self.owner_id() is None else self.element()
        if owner is None:
            return
        for item in getattr(owner, field):
            if item.id == item_id:
                if all(getattr(item, k) == v for k, v in changes.items()):
                    return
                break
        else:
            return
        self.push(set_item_fields(self.doc, self.owner_id(), field, item_id, changes, label=label))

    # ------------------------------------------------------------ choices
    def people_choices(self, none_text: str | None = None) -> list[tuple[Any, str]]:
        head = [(None, none_text)] if none_text is not None else []
        labels = self.doc.header.position_labels()
        return head + [(p.id, person_title(p, labels[p.id])) for p in self.doc.header.people]

    def position_choices(
        self, none_text: str | None = None, exclude: str | None = None
    ) -> list[tuple[Any, str]]:
        """The position register as choices: "Position (Department)"."""
        head = [(None, none_text)] if none_text is not None else []
        depts = {d.id: d.name.strip() for d in self.doc.header.departments}
        return head + [
            (q.id, position_title(q.name, depts.get(q.department_id or "", "")))
            for q in self.doc.header.positions
            if q.id != exclude
        ]

    def department_choices(self, none_text: str | None = None) -> list[tuple[Any, str]]:
        head = [(None, none_text)] if none_text is not None else []
        return head + [(d.id, d.name.strip() or "…") for d in self.doc.header.departments]

    def node_choices(self, none_text: str | None = None, exclude: str | None = None) -> list[tuple[Any, str]]:
        head = [(None, none_text)] if none_text is not None else []
        if not self.map_id or not self.doc.has_map(self.map_id):
            return head
        nodes = [*self.doc.processes(self.map_id), *self.doc.parties(self.map_id)]
        return head + [(n.id, node_title(n)) for n in nodes if n.id != exclude]


def reading_order(widget: QWidget) -> list[QWidget]:
    """The widgets under ``widget`` in the order their layouts show them (grids row by row)."""
    result: list[QWidget] = []

    def walk_layout(layout: QLayout) -> None:
        items = [(layout.itemAt(i), i) for i in range(layout.count())]
        if isinstance(layout, QGridLayout):
            items.sort(key=lambda pair: layout.getItemPosition(pair[1])[:2])
        for item, _ in items:
            child = item.widget()
            if child is not None:
                result.append(child)
                if child.layout() is not None:
                    walk_layout(child.layout())
                inner = getattr(child, "widget", None)  # a scroll area's content
                if callable(inner) and isinstance(inner(), QWidget) and inner().layout() is not None:
                    walk_layout(inner().layout())
            elif item.layout() is not None:
                walk_layout(item.layout())

    if widget.layout() is not None:
        walk_layout(widget.layout())
    return result


def position_title(name: str, department: str) -> str:
    name = name.strip() or "…"
    return f"{name} ({department})" if department else name


def person_title(p: Person, position: str) -> str:
    """ "Name (position)" of a person in pickers; ``position``: their position label."""
    name = p.name.strip() or "…"
    return f"{name} ({position})" if position else name
