"""Running the rules: a whole project (``validate``) or parts of one map (for the live validator)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Hashable, Iterable
from typing import Any

from procedit.model import CheckLevel, Process, Project, Severity

from . import control_rules as _control_rules  # noqa: F401  (registers the rules)
from . import document_rules as _document_rules  # noqa: F401  (registers the rules)
from . import rules as _rules  # noqa: F401  (registers the rules)
from .balance import check_decomposition, decompositions
from .context import MapContext, ProjectFacts, node_name
from .findings import Finding, sort_key
from .levels import at_level, effective_level
from .registry import RULES, Rule

Active = list[tuple[Rule, Severity]]
Hit = tuple[str, str, dict[str, Any]]


def active_rules(facts: ProjectFacts, scope: str) -> Active:
    """The enabled rules of ``scope`` with their configured severity, in registry order."""
    return [
        (r, facts.severity(r.id, r.severity))
        for r in RULES.values()
        if r.scope == scope and facts.enabled(r.id)
    ]


def check_process(ctx: MapContext, p: Process, active: Active) -> list[Finding]:
    """The findings of the process-scope rules on one process."""
    found: list[Finding] = []
    name = None
    for r, severity in active:
        for params in r.check(ctx, p):
            if name is None:
                name = node_name(p)
            found.append(
                Finding(r.id, r.principle, severity, ctx.map_id, p.id, name, tuple(sorted(params.items())))
            )
    return found


def _findings(r: Rule, severity: Severity, ctx: MapContext, hits: Iterable[Hit]) -> list[Finding]:
    return [
        Finding(r.id, r.principle, severity, ctx.map_id, elem_id, name, tuple(sorted(params.items())))
        for elem_id, name, params in hits
    ]


def check_map(ctx: MapContext, active: Active) -> dict[str, list[Finding]]:
    """The findings of the graph rules over the whole map, by element id."""
    found: dict[str, list[Finding]] = defaultdict(list)
    for r, severity in active:
        for f in _findings(r, severity, ctx, r.check(ctx)):
            found[f.element_id].append(f)
    return dict(found)


def group_processes(ctx: MapContext, r: Rule) -> dict[Hashable, dict[str, Process]]:
    """The processes of the map grouped by the rule's key (processes with key None are left out)."""
    groups: dict[Hashable, dict[str, Process]] = defaultdict(dict)
    key = r.key
    assert key is not None
    for pid, p in ctx.processes.items():
        k = key(p)
        if k is not None:
            groups[k][pid] = p
    return dict(groups)


def check_group(
    ctx: MapContext, r: Rule, severity: Severity, key: Hashable, members: Iterable[Process]
) -> list[Finding]:
    """The findings of a group rule on one group."""
    return _findings(r, severity, ctx, r.check(ctx, key, list(members)))


def validate_map(ctx: MapContext, only: Iterable[str] | None = None) -> list[Finding]:
    """Every rule on the map; with ``only``, the per-process rules run on those processes alone
    (the rules over groups and the graph still see the whole map)."""
    facts = ctx.facts
    found: list[Finding] = []
    active = active_rules(facts, "process")
    processes = (
        ctx.processes.values() if only is None else (ctx.processes[i] for i in only if i in ctx.processes)
    )
    for p in processes:
        found.extend(check_process(ctx, p, active))
    for r, severity in active_rules(facts, "group"):
        for key, members in group_processes(ctx, r).items():
            found.extend(check_group(ctx, r, severity, key, members.values()))
    for items in check_map(ctx, active_rules(facts, "graph")).values():
        found.extend(items)
    found.sort(key=sort_key)
    return found


def validate(
    project: Project,
    map_id: str | None = None,
    level: CheckLevel | None = None,
    today: dt.date | None = None,
) -> list[Finding]:
    """Check the project against the rules: every map, or only ``map_id``.

    Each map reports what its checking level asks for (``levels.effective_level``), or what
    ``level`` asks for when given (``CheckLevel.REGULATION``: every rule).
    Findings come map by map (in the project's order), errors first within a map.
    ``today`` (default: the real date) is what stale data and overdue actions are judged against.
    Raises ``KeyError`` for an unknown ``map_id``.
    """
    facts = ProjectFacts(project, today)
    maps = project.maps if map_id is None else (project.map_by_id(map_id),)
    wanted = {m.id for m in maps}
    balance: dict[str, list[Finding]] = {}
    for d in decompositions(project.maps):
        if d.parent_map in wanted or d.sub.id in wanted:
            for f in check_decomposition(facts, d):
                balance.setdefault(f.map_id, []).append(f)
    found: list[Finding] = []
    for pmap in maps:
        shown = level if level is not None else effective_level(project, pmap)
        own = validate_map(MapContext.from_map(facts, pmap))
        extra = balance.get(pmap.id)
        found.extend(at_level(sorted(own + extra, key=sort_key) if extra else own, shown))
    return found
