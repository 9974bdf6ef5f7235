"""The validator's difference: which findings a new map fixes and which it introduces."""

from __future__ import annotations

from collections import Counter
from typing import Any

from procedit.model import ProcessMap, Project
from procedit.validation import Finding, validate

from .matching import Matching


def findings_of(project: Project, pmap: ProcessMap) -> list[Finding]:
    """The findings of one map (a map from another file is checked in its own project)."""
    return validate(project, pmap.id)


def findings_difference(
    old_project: Project, old: ProcessMap, new_project: Project, new: ProcessMap, matching: Matching
) -> tuple[list[Finding], list[Finding]]:
    """(findings of ``old`` that ``new`` no longer has, findings only ``new`` has).

    A finding is the same on both sides when the same rule says the same about paired
    elements (a finding about the map itself is about the map on both sides).
    """
    before = findings_of(old_project, old)
    after = findings_of(new_project, new)

    def key(f: Finding, element: str | None) -> tuple[Any, ...]:
        return (f.rule, element, _params(f))

    old_keys = Counter(key(f, _old_element(f, old, new, matching)) for f in before)
    new_keys = Counter(key(f, f.element_id if f.element_id != new.id else "") for f in after)
    fixed = _minus(before, old_keys, new_keys, lambda f: key(f, _old_element(f, old, new, matching)))
    introduced = _minus(
        after, new_keys, old_keys, lambda f: key(f, f.element_id if f.element_id != new.id else "")
    )
    return fixed, introduced


def _old_element(f: Finding, old: ProcessMap, new: ProcessMap, matching: Matching) -> str | None:
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
