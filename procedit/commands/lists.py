"""Commands on list-valued properties (inputs, outputs, stages, criteria, documents, people, ...).

Adding, reordering and editing an item replaces the tuple; deleting an item goes through
``Delete`` so that references to it (a link carrying an output, an owner) are cleared too.
"""

from __future__ import annotations

from typing import Any

from .base import Command
from .document import Document
from .edit import Delete, SetFields, SetProjectFields


def _owner(doc: Document, owner_id: str | None) -> Any:
    return doc.header if owner_id is None else doc.get(owner_id)


def _set(owner_id: str | None, field: str, items: tuple, label: str, merge_key: Any = None) -> Command:
    if owner_id is None:
        return SetProjectFields({field: items}, label=label, merge_key=merge_key)
    return SetFields({owner_id: {field: items}}, label=label, merge_key=merge_key)


def add_item(
    doc: Document,
    owner_id: str | None,
    field: str,
    item: Any,
    index: int | None = None,
    label: str | None = None,
) -> Command:
    """Add ``item`` to ``field`` of a map element (``owner_id``) or of the project (``None``)."""
    items = list(getattr(_owner(doc, owner_id), field))
    items.insert(len(items) if index is None else index, item)
    return _set(owner_id, field, tuple(items), label or f"Add to {field}")


def move_item(
    doc: Document, owner_id: str | None, field: str, old_index: int, new_index: int, label: str | None = None
) -> Command:
    items = list(getattr(_owner(doc, owner_id), field))
    items.insert(new_index, items.pop(old_index))
    return _set(owner_id, field, tuple(items), label or f"Reorder {field}")


def set_item_fields(
    doc: Document,
    owner_id: str | None,
    field: str,
    item_id: str,
    changes: dict[str, Any],
    label: str | None = None,
    merge: bool = True,
) -> Command:
    """Edit one item of a list; successive edits of the same item's same fields merge."""
    items = tuple(i.with_(**changes) if i.id == item_id else i for i in getattr(_owner(doc, owner_id), field))
    key = ("item", owner_id, field, item_id, tuple(sorted(changes))) if merge else None
    return _set(owner_id, field, items, label or f"Change {field}", merge_key=key)


def remove_item(item_id: str, label: str | None = None) -> Command:
    return Delete([item_id], label=label or "Remove item")
