"""Checking levels: how much of the rules a map is checked against, so that a sketch is not all red.

- *sketch*: structure only (every box linked, a path to a customer, one map, unique codes),
  and the judgement of entered actuals and corrective actions (missed, stale, overdue);
- *description*: adds owners, customers and demand, goals, results, inputs and outputs;
- *regulation*: every rule (descriptions, regulation documents, criteria, strategy).

A new map starts at sketch; the user raises its level (``ProcessMap.check_level``), and the map's
status can raise it further: a TO BE map is checked at least at description, and a map whose
document (its own passport, else the project's) is under approval or approved at regulation. A rule not listed here
(a new one) belongs to regulation until it is placed.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from procedit.model import CheckLevel, DocStatus, MapKind, ProcessMap, Project, document_of

from .findings import Finding
from .registry import RULES

LEVELS: tuple[CheckLevel, ...] = (CheckLevel.SKETCH, CheckLevel.DESCRIPTION, CheckLevel.REGULATION)
RANK = {level: i for i, level in enumerate(LEVELS)}

RULE_LEVELS: dict[str, CheckLevel] = {
    **dict.fromkeys(
        (
            "isolated_process",
            "isolated_party",
            "no_path_to_customer",
            "map_disconnected",
            "duplicate_code",
            "duplicate_name",
            # the judgement of numbers and actions somebody entered: never noise, whatever the
            # level (a map without actuals or actions raises none of them)
            "criterion_missed",
            "criterion_missed_running",
            "criterion_stale",
            "action_overdue",
        ),
        CheckLevel.SKETCH,
    ),
    **dict.fromkeys(
        (
            "no_owner",
            "owner_unknown",
            "owner_overload",
            "no_consumer",
            "input_without_supplier",
            "output_without_consumer",
            "no_goal",
            "no_results",
            "no_inputs",
            "no_outputs",
            # a decomposition agrees with its process: its inputs, outputs and owner
            "balance_input_not_carried",
            "balance_output_not_produced",
            "balance_boundary_unlisted",
            "submap_no_owner",
        ),
        CheckLevel.DESCRIPTION,
    ),
}

LEVEL_TITLES: dict[CheckLevel, dict[str, str]] = {
    CheckLevel.SKETCH: {"ru": "Эскиз", "en": "Sketch"},
    CheckLevel.DESCRIPTION: {"ru": "Описание", "en": "Description"},
    CheckLevel.REGULATION: {"ru": "Регламент", "en": "Regulation"},
}

LEVEL_SUMMARIES: dict[CheckLevel, dict[str, str]] = {
    CheckLevel.SKETCH: {
        "ru": "связи и путь к клиенту",
        "en": "links and a path to a customer",
    },
    CheckLevel.DESCRIPTION: {
        "ru": "владельцы, клиенты и востребованность, цели, результаты, входы и выходы",
        "en": "owners, customers and demand, goals, results, inputs and outputs",
    },
    CheckLevel.REGULATION: {
        "ru": "описания, регламенты, критерии и связь со стратегией",
        "en": "descriptions, regulation documents, criteria and the link to the strategy",
    },
}


def rule_level(rule_id: str) -> CheckLevel:
    return RULE_LEVELS.get(rule_id, CheckLevel.REGULATION)


@cache
def rules_at(level: CheckLevel) -> frozenset[str]:
    """The ids of the registered rules a map at ``level`` is checked against."""
    return frozenset(r for r in RULES if RANK[rule_level(r)] <= RANK[level])


def effective_level(project: Project, pmap: ProcessMap) -> CheckLevel:
    """The map's level: its own, raised by its kind (TO BE: description) and its document's
    status (under approval or approved: regulation; the map's own passport, else the project's)."""
    level = pmap.check_level
    if pmap.kind == MapKind.TO_BE:
        level = max(level, CheckLevel.DESCRIPTION, key=RANK.__getitem__)
    if document_of(project, pmap).passport.status in (DocStatus.UNDER_APPROVAL, DocStatus.APPROVED):
        level = CheckLevel.REGULATION
    return level


def next_level(level: CheckLevel) -> CheckLevel | None:
    i = RANK[level] + 1
    return LEVELS[i] if i < len(LEVELS) else None


def at_level(findings: Iterable[Finding], level: CheckLevel) -> list[Finding]:
    """The findings a map at ``level`` reports."""
    if level == CheckLevel.REGULATION:
        return list(findings)
    allowed = rules_at(level)
    return [f for f in findings if f.rule in allowed]


def title(level: CheckLevel, lang: str = "ru") -> str:
    return LEVEL_TITLES[level].get(lang) or LEVEL_TITLES[level]["en"]


def summary(level: CheckLevel, lang: str = "ru") -> str:
    """What ``level`` adds to the one below it, in a few words."""
    return LEVEL_SUMMARIES[level].get(lang) or LEVEL_SUMMARIES[level]["en"]
