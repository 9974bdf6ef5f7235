"""The validator's difference: which findings a new map fixes and which it introduces.

Two versions of one map (git, a file and its edit) share almost everything; a process that is
the same on both sides, with the same neighbours, in projects that are otherwise the same, has
the same findings on both sides, and they cancel out. So when the projects differ only inside
the compared map (and the map keeps its kind and checking level), the per-process rules run on
the changed processes and their neighbours only; the rules over groups and the whole graph
still run on everything. Otherwise (an AS IS against its TO BE, maps of different projects)
both maps are checked in full.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from procedit.model import ProcessMap, Project
from procedit.validation import Finding, validate
from procedit.validation.context import MapContext, ProjectFacts
from procedit.validation.engine import validate_map
from procedit.validation.levels import at_level, effective_level

from .matching import Matching


def findings_of(project: Project, pmap: ProcessMap) -> list[Finding]:
    """The findings of one map (a map from another file is checked in its own project)."""
    return validate(project, pmap.id)


def findings_difference(
    old_project: Project,
    old: ProcessMap,
    new_project: Project,
    new: ProcessMap,
    matching: Matching,
    incremental: bool = True,
    unchanged: set[str] | None = None,
    known: tuple[list[Finding] | None, list[Finding] | None] = (None, None),
) -> tuple[list[Finding], list[Finding]]:
    """(findings of ``old`` that ``new`` no longer has, findings only ``new`` has).

    A finding is the same on both sides when the same rule says the same about paired
    elements (a finding about the map itself is about the map on both sides). ``unchanged``:
    the new elements known to equal their counterparts (``MapDiff.unchanged``), else compared here.
    ``known``: the old and the new map's findings when the caller has them (the editor's live
    validator keeps them current), so that they are not checked again.
    """
    if known[0] is not None and known[1] is not None:
        before, after = known
    elif incremental and _only_the_map_differs(old_project, old, new_project, new):
        today = dt.date.today()
        old_only, new_only = _affected(old, new, matching, unchanged)
        before = _map_findings(old_project, old, old_only, today)
        after = _map_findings(new_project, new, new_only, today)
    else:
        before = known[0] if known[0] is not None else findings_of(old_project, old)
        after = known[1] if known[1] is not None else findings_of(new_project, new)

    def key(f: Finding, element: str | None) -> tuple[Any, ...]:
        return (f.rule, element, _params(f))

    def old_key(f: Finding) -> tuple[Any, ...]:
        return key(f, _old_element(f, old, matching))

    def new_key(f: Finding) -> tuple[Any, ...]:
        return key(f, f.element_id if f.element_id != new.id else "")

    old_keys = Counter(old_key(f) for f in before)
    new_keys = Counter(new_key(f) for f in after)
    return _minus(before, old_keys, new_keys, old_key), _minus(after, new_keys, old_keys, new_key)


# ------------------------------------------------------------------ incremental
def _header(project: Project, pmap: ProcessMap) -> tuple[Any, ...]:
    others = tuple(m for m in project.maps if m.id != pmap.id)
    level = effective_level(project, pmap)
    return project.model_copy(update={"maps": (), "conflicts": ()}), others, pmap.kind, level


def _only_the_map_differs(
    old_project: Project, old: ProcessMap, new_project: Project, new: ProcessMap
) -> bool:
    return old.id == new.id and _header(old_project, old) == _header(new_project, new)


def _near(pmap: ProcessMap, ids: set[str]) -> set[str]:
    """The nodes linked with, referring to or referred to by any of ``ids`` (one pass)."""
    out: set[str] = set()

    def tie(a: str, b: str) -> None:
        if a in ids:
            out.add(b)
        if b in ids:
            out.add(a)

    for lk in pmap.links:
        tie(lk.source_id, lk.target_id)
    for p in pmap.processes:
        for other in p.customer_ids:
            tie(p.id, other)
        for f in (*p.inputs, *p.outputs):
            if f.party_id:
                tie(p.id, f.party_id)
    return out


def _affected(
    old: ProcessMap, new: ProcessMap, matching: Matching, unchanged: set[str] | None
) -> tuple[set[str], set[str]]:
    """The processes whose per-process findings may differ: changed ones and their neighbours."""
    to_old, to_new = matching.pairs, matching.old_to_new()
    if unchanged is None:
        old_all = {e.id: e for e in (*old.processes, *old.parties, *old.links)}
        unchanged = {
            e.id for e in (*new.processes, *new.parties, *new.links) if old_all.get(to_old.get(e.id, "")) == e
        }
    changed_new = {e.id for e in (*new.processes, *new.parties, *new.links) if e.id not in unchanged}
    changed_old = {
        e.id for e in (*old.processes, *old.parties, *old.links) if to_new.get(e.id) not in unchanged
    }
    changed_new |= {end for lk in new.links if lk.id in changed_new for end in (lk.source_id, lk.target_id)}
    changed_old |= {end for lk in old.links if lk.id in changed_old for end in (lk.source_id, lk.target_id)}
    new_side = changed_new | {to_new[i] for i in changed_old if i in to_new}
    old_side = changed_old | {to_old[i] for i in changed_new if i in to_old}
    new_side |= _near(new, new_side)
    old_side |= _near(old, old_side)
    new_side |= {to_new[i] for i in old_side if i in to_new}
    old_side |= {to_old[i] for i in new_side if i in to_old}
    return old_side, new_side


def _map_findings(project: Project, pmap: ProcessMap, only: set[str], today: dt.date) -> list[Finding]:
    """``validate`` of one map, with the per-process rules run on ``only`` those processes."""
    ctx = MapContext.from_map(ProjectFacts(project, today), pmap)
    return at_level(validate_map(ctx, only), effective_level(project, pmap))


# ------------------------------------------------------------------ matching findings
def _old_element(f: Finding, old: ProcessMap, matching: Matching) -> str | None:
    if f.element_id == old.id:
        return ""
    counterpart = matching.new_of(f.element_id)
    return counterpart if counterpart is not None else f"old:{f.element_id}"


def _params(f: Finding) -> tuple[Any, ...]:
    # names inside params (a criterion's, a missing field) identify the finding; measured
    # shares and counts do not (an owner holding 35 % instead of 40 % is the same finding)
    return tuple((name, value) for name, value in f.params if not isinstance(value, int | float))


def _minus(findings: list[Finding], mine: Counter, theirs: Counter, key) -> list[Finding]:
    left = Counter({k: max(0, n - theirs.get(k, 0)) for k, n in mine.items()})
    out = []
    for f in findings:
        k = key(f)
        if left.get(k, 0) > 0:
            left[k] -= 1
            out.append(f)
    return out
