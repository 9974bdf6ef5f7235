"""Editing: the document, commands with apply/revert and the undo history (no Qt)."""

from .base import Command, Compound
from .document import COLLECTIONS, Change, Document, EditOutsideCommandError
from .edit import AddElements, Delete, SetFields, SetMapFields, SetProjectFields
from .history import History
from .lists import add_item, move_item, remove_item, set_item_fields
from .maps import (
    AddMap,
    AddMaps,
    MoveMap,
    copy_map,
    delete_map,
    duplicate_map,
    first_original,
    fresh_ids,
    new_map,
    remap_ids,
    unique_name,
)

__all__ = [
    "COLLECTIONS",
    "AddElements",
    "AddMap",
    "AddMaps",
    "Change",
    "Command",
    "Compound",
    "Delete",
    "Document",
    "EditOutsideCommandError",
    "History",
    "MoveMap",
    "SetFields",
    "SetMapFields",
    "SetProjectFields",
    "add_item",
    "copy_map",
    "delete_map",
    "duplicate_map",
    "first_original",
    "fresh_ids",
    "move_item",
    "new_map",
    "remap_ids",
    "remove_item",
    "set_item_fields",
    "unique_name",
]
