"""Editing: the document, commands with apply/revert and the undo history (no Qt)."""

from .base import Command, Compound
from .document import COLLECTIONS, Change, Document, EditOutsideCommandError
from .edit import AddElements, Delete, SetFields, SetMapFields, SetProjectFields
from .history import History
from .lists import add_item, move_item, remove_item, set_item_fields
from .maps import AddMap, copy_map, first_original, fresh_ids

__all__ = [
    "COLLECTIONS",
    "AddElements",
    "AddMap",
    "Change",
    "Command",
    "Compound",
    "Delete",
    "Document",
    "EditOutsideCommandError",
    "History",
    "SetFields",
    "SetMapFields",
    "SetProjectFields",
    "add_item",
    "copy_map",
    "first_original",
    "fresh_ids",
    "move_item",
    "remove_item",
    "set_item_fields",
]
