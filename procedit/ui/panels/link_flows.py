"""What a link carries: an output of its source and an input of its target.

``offer_link_flows(doc, link_ids)`` is the hook for the canvas (after drawing a link) and
for the panel's "Record as output/input" buttons: it returns one command that, for each
link, records its label as an output of the source process (consumer: the target) and an
input of the target process (supplier: the source), reusing an existing output/input with
the same text, and points the link at them. ``None`` when there is nothing to record.
No Qt here: the logic is usable and testable without a window.
"""

from __future__ import annotations

from procedit.commands import Command, Document, SetFields, add_item, set_item_fields
from procedit.model import Flow, Link, Process


def _find(flows: tuple[Flow, ...], what: str, party_id: str) -> Flow | None:
    key = what.strip().casefold()
    for f in flows:
        if f.what.strip().casefold() == key and f.party_id in (None, party_id):
            return f
    return None


def _steps(doc: Document, link: Link) -> list[Command]:
    """The commands recording one link, built from the document as it is now."""
    steps: list[Command] = []
    what = link.label.strip()
    link_changes: dict[str, str] = {}
    source, target = doc.get(link.source_id), doc.get(link.target_id)
    for node, field, other, link_field in (
        (source, "outputs", link.target_id, "source_output_id"),
        (target, "inputs", link.source_id, "target_input_id"),
    ):
        if not isinstance(node, Process) or getattr(link, link_field) is not None:
            continue
        flow = _find(getattr(node, field), what, other) if what else None
        if flow is None:
            flow = Flow(what=what, party_id=other)
            steps.append(add_item(doc, node.id, field, flow))
        elif flow.party_id is None:
            steps.append(set_item_fields(doc, node.id, field, flow.id, {"party_id": other}, merge=False))
        link_changes[link_field] = flow.id
    if link_changes:
        steps.append(SetFields({link.id: link_changes}))
    return steps


class RecordLinkFlows(Command):
    """Record what each link carries; one undo step however many links."""

    def __init__(self, link_ids: list[str], label: str):
        self.link_ids = list(link_ids)
        self.label = label
        self._done: list[Command] | None = None

    def apply(self, doc: Document) -> None:
        if self._done is not None:  # redo: the same flows with the same ids
            for c in self._done:
                c.apply(doc)
            return
        self._done = []
        for link_id in self.link_ids:
            link = doc.get(link_id)
            if not isinstance(link, Link):
                continue
            for step in _steps(doc, link):  # each built after the previous one was applied
                step.apply(doc)
                self._done.append(step)

    def revert(self, doc: Document) -> None:
        for c in reversed(self._done or []):
            c.revert(doc)


def unrecorded(doc: Document, link: Link) -> bool:
    """True when a process end of ``link`` does not yet say what the link carries."""
    source, target = doc.get(link.source_id), doc.get(link.target_id)
    return (isinstance(source, Process) and link.source_output_id is None) or (
        isinstance(target, Process) and link.target_input_id is None
    )


def offer_link_flows(
    doc: Document, link_ids: list[str], label: str = "Record what links carry"
) -> Command | None:
    todo = [i for i in link_ids if isinstance(link := doc.get(i), Link) and unrecorded(doc, link)]
    return RecordLinkFlows(todo, label) if todo else None


def links_carrying(doc: Document, process_id: str, flow_id: str) -> list[Link]:
    """The links of ``process_id`` that carry the input or output ``flow_id``."""
    return [
        link
        for link in doc.links_of(process_id)
        if (link.source_id == process_id and link.source_output_id == flow_id)
        or (link.target_id == process_id and link.target_input_id == flow_id)
    ]
