"""The semantic difference of two maps (or of two versions of one project).

``diff_maps`` pairs the elements of two maps (``matching``) and lists, as ``Difference``
items, what a reader of the maps cares about: processes added, removed, renamed or
recoded; owner, kind and department; inputs, outputs and their suppliers and consumers;
hand-offs (links); criteria; stages; documents; external parties; and the validator's
difference, which findings the new map fixes and which it introduces.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from procedit.control.targets import format_target
from procedit.model import ExternalParty, Link, Process, ProcessMap, Project

from . import items as k
from .items import Difference
from .matching import SAME_ID, Matching, match_maps, pair_items
from .names import Names

_PROCESS_FIELDS = ("goal", "results", "description", "customer_ids", "participant_ids", "goal_ids", "notes")
_FLOW_KINDS = {
    "inputs": (k.INPUT_ADDED, k.INPUT_REMOVED, k.INPUT_CHANGED),
    "outputs": (k.OUTPUT_ADDED, k.OUTPUT_REMOVED, k.OUTPUT_CHANGED),
}


@dataclass
class MapDiff:
    """What changed from ``old`` to ``new``, item by item, and in the validator's findings."""

    old_project: Project
    old: ProcessMap
    new_project: Project
    new: ProcessMap
    matching: Matching
    items: list[Difference] = field(default_factory=list)
    unchanged: set[str] = field(default_factory=set)  # new elements equal to their counterpart
    fixed: list = field(default_factory=list)  # findings of the old map the new one no longer has
    introduced: list = field(default_factory=list)  # findings only the new map has

    @property
    def empty(self) -> bool:
        return not (self.items or self.fixed or self.introduced)

    def status(self) -> dict[str, str]:
        """element id → "added" / "removed" / "changed" (ids of either map), for marking the canvas."""
        marks: dict[str, str] = {}
        for d in self.items:
            element = d.element_id
            if element is None or d.kind == k.MAP_CHANGED:
                continue
            status = d.status
            if marks.get(element) in ("added", "removed"):
                continue
            marks[element] = status
        return marks


def diff_maps(
    old_project: Project,
    old: ProcessMap,
    new_project: Project,
    new: ProcessMap,
    findings: bool = True,
    matching: Matching | None = None,
    known_findings: tuple[list | None, list | None] = (None, None),
) -> MapDiff:
    """The difference from ``old`` (in ``old_project``) to ``new`` (in ``new_project``).

    ``known_findings``: the validator's findings of the old and the new map, when at hand.
    """
    matching = matching if matching is not None else match_maps(old, new)
    result = MapDiff(old_project, old, new_project, new, matching)
    on = _Side(old_project, old), _Side(new_project, new)
    out = result.items
    old_to_new = matching.old_to_new()
    new_processes = {p.id: p for p in new.processes}
    old_processes = {p.id: p for p in old.processes}
    same_map = old.id == new.id
    for p in new.processes:
        o = old_processes.get(matching.pairs.get(p.id, ""))
        if o is None:
            out.append(Difference(k.PROCESS_ADDED, None, p.id, Names.process(p), after=p.name))
        elif o != p:
            out.extend(_process(o, p, on, matching, same_map and matching.how.get(p.id) == SAME_ID))
        else:
            result.unchanged.add(p.id)
    for o in old.processes:
        if o.id not in old_to_new or old_to_new[o.id] not in new_processes:
            out.append(Difference(k.PROCESS_REMOVED, o.id, None, Names.process(o), before=o.name))
    out.extend(_parties(old, new, matching, same_map, result.unchanged))
    out.extend(_links(old, new, matching, on, result.unchanged))
    if same_map:
        out.extend(_map_fields(old, new))
    if findings:
        from .findings import findings_difference

        result.fixed, result.introduced = findings_difference(
            old_project, old, new_project, new, matching, unchanged=result.unchanged, known=known_findings
        )
    return result


@dataclass(frozen=True)
class _Side:
    project: Project
    pmap: ProcessMap

    @property
    def names(self) -> Names:
        return Names.of(self.project, self.pmap)


def _process(
    o: Process, p: Process, on: tuple[_Side, _Side], matching: Matching, layout: bool
) -> list[Difference]:
    before, after = on[0].names, on[1].names
    subject = Names.process(p)
    out: list[Difference] = []

    def add(kind: str, b: str, a: str, fld: str = "", item: str = "") -> None:
        out.append(Difference(kind, o.id, p.id, subject, item, fld, b, a))

    if o.name != p.name:
        add(k.RENAMED, o.name, p.name, "name")
    if o.code != p.code:
        add(k.RECODED, o.code, p.code, "code")
    if before.person(o.owner_id) != after.person(p.owner_id):
        add(k.OWNER, before.person(o.owner_id), after.person(p.owner_id), "owner_id")
    if o.kind != p.kind:
        add(k.KIND, o.kind.value, p.kind.value, "kind")
    if before.department(o.department_id) != after.department(p.department_id):
        add(
            k.DEPARTMENT,
            before.department(o.department_id),
            after.department(p.department_id),
            "department_id",
        )
    for name in _PROCESS_FIELDS:
        b, a = getattr(o, name), getattr(p, name)
        if isinstance(b, tuple):
            b, a = before.many(b), after.many(a)
        if b != a:
            add(k.FIELD, b, a, name)
    for name, (added, removed, changed) in _FLOW_KINDS.items():
        olds, news = getattr(o, name), getattr(p, name)
        if olds == news:
            continue

        def flow(g, f, report, before=before, after=after) -> None:
            if g.what != f.what:
                report(g.what, f.what, "what")
            if _counterpart(g.party_id, matching) != f.party_id and before.node(g.party_id) != after.node(
                f.party_id
            ):
                report(before.node(g.party_id), after.node(f.party_id), "party_id")

        _paired(
            olds,
            news,
            "what",
            (added, changed, removed),
            add,
            lambda f, old, before=before, after=after: _flow(f, before if old else after),
            lambda f: f.what,
            flow,
        )
    _criteria(o, p, on, add)
    _stages_and_documents(o, p, on, add)
    if layout and (o.x, o.y, o.width, o.height) != (p.x, p.y, p.width, p.height):
        add(k.MOVED, _box(o), _box(p), "x")
    return out


def _paired(olds, news, key: str, kinds: tuple[str, str, str], add, shown, item, compare) -> dict[str, str]:
    """Pair two lists a process holds (criteria, stages, documents, inputs, outputs) by ``key`` and
    report each new item without a counterpart as added, each old one without as removed, and what
    ``compare(old, new, report)`` finds in a pair as changed. ``shown(x, is_old)`` is how an added
    or removed item reads; ``item(x)`` names it. Returns the pairs (new id → old id)."""
    added, changed, removed = kinds
    pairs = pair_items(olds, news, key)
    by_id = {x.id: x for x in olds}
    for new in news:
        old = by_id.get(pairs.get(new.id, ""))
        if old is None:
            add(added, "", shown(new, False), "", item(new))
            continue

        def report(b: str, a: str, fld: str, kind: str = changed, name: str = item(new)) -> None:
            add(kind, b, a, fld, name)

        compare(old, new, report)
    taken = set(pairs.values())
    for old in olds:
        if old.id not in taken:
            add(removed, shown(old, True), "", "", item(old))
    return pairs


def _fields(names: tuple[str, ...]):
    """A ``compare`` for ``_paired`` that reports each named field that differs."""

    def compare(old, new, report) -> None:
        for name in names:
            b, a = getattr(old, name), getattr(new, name)
            if b != a:
                report(str(b), str(a), name)

    return compare


def _criteria(o: Process, p: Process, on: tuple[_Side, _Side], add) -> None:
    if o.criteria == p.criteria:
        return
    before, after = on[0].names, on[1].names
    fields = _fields(("name", "period", "method", "formula", "data_source"))

    def criterion(d, c, report) -> None:
        if d.target != c.target or d.unit != c.unit:
            report(
                format_target(d.target, d.unit), format_target(c.target, c.unit), "target", k.CRITERION_TARGET
            )
        fields(d, c, report)
        if before.person(d.responsible_id) != after.person(c.responsible_id):
            report(before.person(d.responsible_id), after.person(c.responsible_id), "responsible_id")

    kinds = (k.CRITERION_ADDED, k.CRITERION_CHANGED, k.CRITERION_REMOVED)
    _paired(
        o.criteria, p.criteria, "name", kinds, add, lambda c, old: _criterion(c), lambda c: c.name, criterion
    )


def _stages_and_documents(o: Process, p: Process, on: tuple[_Side, _Side], add) -> None:
    before, after = on[0].names, on[1].names
    if o.stages != p.stages:
        fields = _fields(("name", "result"))

        def stage(t, s, report) -> None:
            fields(t, s, report)
            if before.performer(t.performer_id) != after.performer(s.performer_id):
                report(before.performer(t.performer_id), after.performer(s.performer_id), "performer_id")

        kinds = (k.STAGE_ADDED, k.STAGE_CHANGED, k.STAGE_REMOVED)
        pairs = _paired(
            o.stages, p.stages, "name", kinds, add, lambda s, old: s.name, lambda s: s.name, stage
        )
        positions = [pairs.get(s.id) for s in p.stages if pairs.get(s.id)]
        if positions != [t.id for t in o.stages if t.id in positions]:
            add(k.STAGE_CHANGED, "", "", "order", "")
    if o.documents != p.documents:
        kinds = (k.DOCUMENT_ADDED, k.DOCUMENT_CHANGED, k.DOCUMENT_REMOVED)
        fields = _fields(("title", "kind", "location", "text"))
        _paired(
            o.documents, p.documents, "title", kinds, add, lambda d, old: d.title, lambda d: d.title, fields
        )


def _parties(
    old: ProcessMap, new: ProcessMap, matching: Matching, same_map: bool, unchanged: set[str]
) -> list[Difference]:
    out: list[Difference] = []
    olds = {q.id: q for q in old.parties}
    for q in new.parties:
        r = olds.pop(matching.pairs.get(q.id, ""), None)
        if r is None:
            out.append(Difference(k.PARTY_ADDED, None, q.id, q.name, after=q.name))
            continue
        if r == q:
            unchanged.add(q.id)
        for name in ("name", "kind", "description"):
            b, a = getattr(r, name), getattr(q, name)
            if b != a:
                out.append(Difference(k.PARTY_CHANGED, r.id, q.id, q.name, "", name, str(b), str(a)))
        if same_map and matching.how.get(q.id) == SAME_ID and _box(r) != _box(q):
            out.append(Difference(k.MOVED, r.id, q.id, q.name, "", "x", _box(r), _box(q)))
    for r in olds.values():
        out.append(Difference(k.PARTY_REMOVED, r.id, None, r.name, before=r.name))
    return out


def _links(
    old: ProcessMap, new: ProcessMap, matching: Matching, on: tuple[_Side, _Side], unchanged: set[str]
) -> list[Difference]:
    out: list[Difference] = []
    before, after = on[0].names, on[1].names
    olds = {lk.id: lk for lk in old.links}
    for lk in new.links:
        m = olds.pop(matching.pairs.get(lk.id, ""), None)
        if m == lk:
            unchanged.add(lk.id)
            continue
        subject = after.link(lk)
        if m is None:
            out.append(Difference(k.LINK_ADDED, None, lk.id, subject, lk.label, after=lk.label))
            continue
        ends_moved = (_counterpart(m.source_id, matching), _counterpart(m.target_id, matching)) != (
            lk.source_id,
            lk.target_id,
        )
        if ends_moved and before.link(m) != subject:
            out.append(
                Difference(k.LINK_CHANGED, m.id, lk.id, subject, lk.label, "ends", before.link(m), subject)
            )
        for name in ("label", "kind"):
            b, a = getattr(m, name), getattr(lk, name)
            if b != a:
                out.append(Difference(k.LINK_CHANGED, m.id, lk.id, subject, lk.label, name, str(b), str(a)))
    for m in olds.values():
        out.append(Difference(k.LINK_REMOVED, m.id, None, before.link(m), m.label, before=m.label))
    return out


def _map_fields(old: ProcessMap, new: ProcessMap) -> list[Difference]:
    out = []
    for name in ("name", "kind", "description", "parent_process_id", "source_map_id"):
        b, a = getattr(old, name), getattr(new, name)
        if b != a:
            out.append(Difference(k.MAP_CHANGED, None, None, new.name, "", name, str(b or ""), str(a or "")))
    if old.lanes != new.lanes:
        b = ", ".join(lane.name or "—" for lane in old.lanes)
        a = ", ".join(lane.name or "—" for lane in new.lanes)
        out.append(Difference(k.MAP_CHANGED, None, None, new.name, "", "lanes", b, a))
    return out


def _counterpart(old_id: str | None, matching: Matching) -> str | None:
    return None if old_id is None else matching.new_of(old_id)


def _flow(f, names: Names) -> str:
    party = names.node(f.party_id)
    return f"{f.what} ({party})" if f.party_id else f.what


def _criterion(c) -> str:
    target = format_target(c.target, c.unit)
    return f"{c.name}: {target}" if target else c.name


def _box(e: Process | ExternalParty | Link) -> str:
    return f"{e.x:g}, {e.y:g}, {e.width:g}×{e.height:g}"
