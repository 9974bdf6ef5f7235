"""One difference between two maps, as data: what kind, which elements, before and after."""

from __future__ import annotations

from dataclasses import dataclass

# kinds of difference, grouped by what they are about (the Changes dock filters by group)
PROCESS_ADDED = "process_added"
PROCESS_REMOVED = "process_removed"
RENAMED = "renamed"
RECODED = "recoded"
OWNER = "owner"
KIND = "kind"
DEPARTMENT = "department"
FIELD = "field"  # goal, results, description, customers, ... (``field`` names it)
INPUT_ADDED, INPUT_REMOVED, INPUT_CHANGED = "input_added", "input_removed", "input_changed"
OUTPUT_ADDED, OUTPUT_REMOVED, OUTPUT_CHANGED = "output_added", "output_removed", "output_changed"
LINK_ADDED, LINK_REMOVED, LINK_CHANGED = "link_added", "link_removed", "link_changed"
CRITERION_ADDED, CRITERION_REMOVED = "criterion_added", "criterion_removed"
CRITERION_TARGET, CRITERION_CHANGED = "criterion_target", "criterion_changed"
STAGE_ADDED, STAGE_REMOVED, STAGE_CHANGED = "stage_added", "stage_removed", "stage_changed"
DOCUMENT_ADDED, DOCUMENT_REMOVED, DOCUMENT_CHANGED = "document_added", "document_removed", "document_changed"
PARTY_ADDED, PARTY_REMOVED, PARTY_CHANGED = "party_added", "party_removed", "party_changed"
MOVED = "moved"  # only between two versions of one map: where a box stands
MAP_CHANGED = "map_changed"  # the map's own fields (name, kind, description, lanes)
PROJECT_CHANGED = "project_changed"  # people, passport, change log, ... (``field`` names it)

GROUPS: dict[str, tuple[str, ...]] = {
    "processes": (PROCESS_ADDED, PROCESS_REMOVED, RENAMED, RECODED, OWNER, KIND, DEPARTMENT, FIELD),
    "flows": (INPUT_ADDED, INPUT_REMOVED, INPUT_CHANGED, OUTPUT_ADDED, OUTPUT_REMOVED, OUTPUT_CHANGED),
    "links": (LINK_ADDED, LINK_REMOVED, LINK_CHANGED),
    "criteria": (CRITERION_ADDED, CRITERION_REMOVED, CRITERION_TARGET, CRITERION_CHANGED),
    "stages": (STAGE_ADDED, STAGE_REMOVED, STAGE_CHANGED),
    "documents": (DOCUMENT_ADDED, DOCUMENT_REMOVED, DOCUMENT_CHANGED),
    "parties": (PARTY_ADDED, PARTY_REMOVED, PARTY_CHANGED),
    "layout": (MOVED, MAP_CHANGED),
    "project": (PROJECT_CHANGED,),
}
GROUP_OF = {kind: group for group, kinds in GROUPS.items() for kind in kinds}
ADDED_KINDS = frozenset({PROCESS_ADDED, PARTY_ADDED, LINK_ADDED})
REMOVED_KINDS = frozenset({PROCESS_REMOVED, PARTY_REMOVED, LINK_REMOVED})


@dataclass(frozen=True)
class Difference:
    """One change from the old map to the new one.

    ``old_id``/``new_id`` name the element on each side (a process, party or link; None where it
    does not exist), ``subject`` is that element as a reader knows it ("М-01 Анализ
    конкурентов", "Клиент", "М-08 → Клиент"), ``item`` what inside it changed (a criterion,
    an input), ``field`` the field, ``before``/``after`` the values as a reader reads them.
    """

    kind: str
    old_id: str | None
    new_id: str | None
    subject: str
    item: str = ""
    field: str = ""
    before: str = ""
    after: str = ""

    @property
    def group(self) -> str:
        return GROUP_OF.get(self.kind, "project")

    @property
    def status(self) -> str:
        """How the canvas marks the element: "added", "removed" (a ghost) or "changed"."""
        if self.kind in ADDED_KINDS:
            return "added"
        if self.kind in REMOVED_KINDS:
            return "removed"
        return "changed"

    @property
    def element_id(self) -> str | None:
        return self.new_id or self.old_id
