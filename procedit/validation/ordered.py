"""A map's findings in report order, kept sorted as an edit replaces a few elements' findings.

Sorting every finding of a big map after each edit (10,000 findings when every process has
criteria with actual values) costs far more than the edit's rules: the live validator keeps
the sorted list and its keys, and an edit removes and inserts only the findings that moved
(a binary search each). The views per checking level are derived once per edit when asked
for; the counts per level follow the findings that moved.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Any

from procedit.model import CheckLevel, Severity

from .findings import Finding, sort_key
from .levels import at_level, rules_at


class OrderedFindings:
    """Findings sorted by ``sort_key`` (as ``sorted`` would order them), with cached level views."""

    __slots__ = ("_counts", "_items", "_keys", "_views")

    def __init__(self, findings: Iterable[Finding] = ()) -> None:
        pairs = sorted(((sort_key(f), f) for f in findings), key=_first)
        self._keys: list[tuple[Any, ...]] = [k for k, _ in pairs]
        self._items: list[Finding] = [f for _, f in pairs]
        self._views: dict[CheckLevel, list[Finding]] = {}
        self._counts: dict[CheckLevel, dict[Severity, int]] = {}

    def __len__(self) -> int:
        return len(self._items)

    def replace(self, old: Iterable[Finding], new: Iterable[Finding]) -> None:
        """Take out the findings ``old`` (each present) and put in ``new``."""
        old, new = tuple(old), tuple(new)
        keys, items = self._keys, self._items
        for f in old:
            k = sort_key(f)
            i = bisect_left(keys, k)
            while items[i] != f:  # (findings of equal keys are equal in practice: the first is it)
                i += 1
            del keys[i], items[i]
        for f in new:
            k = sort_key(f)
            i = bisect_right(keys, k)
            keys.insert(i, k)
            items.insert(i, f)
        self._views.clear()
        for level, counts in self._counts.items():  # (kept current: a few findings moved)
            allowed = None if level == CheckLevel.REGULATION else rules_at(level)
            for f in old:
                if allowed is None or f.rule in allowed:
                    counts[f.severity] -= 1
            for f in new:
                if allowed is None or f.rule in allowed:
                    counts[f.severity] += 1

    def at(self, level: CheckLevel) -> list[Finding]:
        """The findings a map at ``level`` reports, errors first (a new list each call)."""
        view = self._views.get(level)
        if view is None:
            view = self._views[level] = at_level(self._items, level)
        return list(view)

    def counts(self, level: CheckLevel) -> dict[Severity, int]:
        """How many errors, warnings and infos a map at ``level`` reports."""
        found = self._counts.get(level)
        if found is None:
            found = dict.fromkeys(Severity, 0)
            view = self._views.get(level)
            if view is None:
                view = self._views[level] = at_level(self._items, level)
            for f in view:
                found[f.severity] += 1
            self._counts[level] = found
        return dict(found)


def _first(pair: tuple[Any, Finding]) -> Any:
    return pair[0]
