"""Graphics items of the map canvas; each re-reads its entity in ``sync`` and never writes the model."""

from .badge import Badge, summarize
from .lane import LaneItem
from .link import LinkItem
from .node import NodeItem
from .note import NoteItem
from .party import PartyItem
from .process import ProcessItem

__all__ = ["Badge", "LaneItem", "LinkItem", "NodeItem", "NoteItem", "PartyItem", "ProcessItem", "summarize"]
