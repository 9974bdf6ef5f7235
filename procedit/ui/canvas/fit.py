"""Boxes that fit their names: the canvas's fonts and box insides given to
``geometry.textfit`` (which does the arithmetic as plain numbers).

A box grows to its name by default: ``fit_boxes`` looks at each command before it runs
and, where a name, a code or an owner changes or a box is added, lets the box grow in the
same command (one undo step). Boxes never shrink by themselves; a resize by hand keeps
them no smaller than their name needs (``minimum_size``).
"""

from __future__ import annotations

from collections.abc import Callable

from procedit.commands import AddElements, Command, Document, SetFields
from procedit.geometry.textfit import fit_size, min_size
from procedit.model import ExternalParty, Process

from .style import TEXT_SCALES, fonts

# the room a process's name leaves (see items/process.py): a side inset, and the code line
# above and the owner line below
PROCESS_INSET = 8.0
PARTY_PAD = 10.0
PARTY_KIND_H = 14.0  # the kind line over a party's name
CODE_ROOM = 44.0  # the kind mark left of the code, the badge right of it

Node = Process | ExternalParty


def _measure(metrics) -> Callable[[str], float]:
    return fonts().measure(metrics)


def name_measure() -> Callable[[str], float]:
    return _measure(fonts().name_m)


def process_chrome(has_owner: bool) -> tuple[float, float]:
    f = fonts()
    return 2 * PROCESS_INSET, 2 * PROCESS_INSET + f.code_m.height() + (f.small_m.height() if has_owner else 0.0)


def party_edge(w: float, h: float) -> float:
    """Where a party's thick edge stands, from its left (the text is centred right of it)."""
    return min(h / 2, w / 4) * 0.45


def party_chrome(h: float) -> tuple[float, float]:
    return 2 * PARTY_PAD + 0.225 * h + 2, 2 * PARTY_PAD + PARTY_KIND_H


def _spec(node: Node, owner: str, height: float) -> tuple[tuple[float, float], float]:
    """The box's chrome and the width of its other lines (code, owner, kind)."""
    f = fonts()
    if isinstance(node, Process):
        other = f.width(f.code_m, node.code) + CODE_ROOM
        if owner:
            other = max(other, f.width(f.small_m, owner))
        return process_chrome(bool(owner)), other
    from .items.party import kind_name  # (the items import this module)

    return party_chrome(height), f.width(f.small_m, kind_name(node.kind))


def fitted_size(node: Node, owner: str = "") -> tuple[float, float]:
    """The size ``node`` needs to show its name, code and owner whole (never smaller than now)."""
    chrome, other = _spec(node, owner, node.height)
    return fit_size(
        node.name, name_measure(), fonts().name_m.lineSpacing(), (node.width, node.height), chrome,
        min_text_width=other,
    )


def minimum_size(node: Node, owner: str, width: float) -> tuple[float, float]:
    """The smallest box a resize may leave at ``width`` (its texts still whole)."""
    chrome, other = _spec(node, owner, node.height)
    return min_size(node.name, name_measure(), fonts().name_m.lineSpacing(), width, chrome, other)


def fitting_scale(name: str, width: float, k: float) -> float:
    """Semantic zoom: the biggest text scale up to ``k`` at which the name's first word fits
    in ``width`` whole (1.0 when none does: words are never cut)."""
    f = fonts()
    first = (name.split()[0] + "…") if name.split() else ""  # (it may end the short name)
    for scale in reversed(TEXT_SCALES):
        if scale <= k and (scale == 1.0 or f.width(f.scaled(scale).name_m, first) <= width):
            return scale
    return 1.0


def owner_name(doc: Document, node: Node) -> str:
    if not isinstance(node, Process) or node.owner_id is None:
        return ""
    return next((p.name for p in doc.header.people if p.id == node.owner_id), "")


_TEXT_FIELDS = {"name", "code", "owner_id"}


def fit_boxes(doc: Document, command: Command) -> Command:
    """``command`` with the boxes it names or adds grown to their texts (in place)."""
    if isinstance(command, SetFields):
        for elem_id, fields in command.changes.items():
            if not _TEXT_FIELDS & fields.keys() or {"width", "height"} & fields.keys():
                continue
            old = doc.get(elem_id)
            if not isinstance(old, Process | ExternalParty):
                continue
            new = old.with_(**fields)
            size = fitted_size(new, owner_name(doc, new))
            if size != (old.width, old.height):
                fields["width"], fields["height"] = size
    elif isinstance(command, AddElements):
        grown = []
        for element in command.elements:
            if isinstance(element, Process | ExternalParty):
                w, h = fitted_size(element, owner_name(doc, element))
                if (w, h) != (element.width, element.height):
                    element = element.with_(width=w, height=h)
            grown.append(element)
        command.elements = grown
    return command


def fit_all(doc: Document, map_id: str) -> dict[str, dict[str, float]]:
    """The changes that grow every box of the map to its texts (for one SetFields)."""
    changes = {}
    for node in (*doc.processes(map_id), *doc.parties(map_id)):
        w, h = fitted_size(node, owner_name(doc, node))
        if (w, h) != (node.width, node.height):
            changes[node.id] = {"width": w, "height": h}
    return changes
