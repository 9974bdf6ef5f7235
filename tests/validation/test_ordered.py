"""The live validator's sorted findings stay what a full sort gives as findings come and go."""

from __future__ import annotations

import random

from procedit.model import CheckLevel, Severity
from procedit.validation.findings import Finding, sort_key
from procedit.validation.levels import at_level
from procedit.validation.ordered import OrderedFindings

RULES = ["process_no_owner", "criterion_missed", "criterion_stale", "process_no_goal"]


def _finding(rng: random.Random) -> Finding:
    n = rng.randrange(30)
    return Finding(
        rng.choice(RULES),
        "control",
        rng.choice(list(Severity)),
        "m",
        f"p{n}",
        rng.choice(["Продажи", "закупки", "Закупки", ""]) + str(n % 3),
        (("criterion", rng.choice(["Выручка", "Лиды"])),),
    )


def test_replacing_findings_keeps_the_order_and_the_counts_of_a_full_sort():
    rng = random.Random(7)
    present = [_finding(rng) for _ in range(200)]
    ordered = OrderedFindings(present)
    assert ordered.at(CheckLevel.REGULATION) == sorted(present, key=sort_key)
    for _ in range(300):
        old = rng.sample(present, rng.randrange(min(4, len(present)) + 1))
        new = [_finding(rng) for _ in range(rng.randrange(4))]
        for f in old:
            present.remove(f)
        present.extend(new)
        ordered.replace(old, new)
        for level in (CheckLevel.SKETCH, CheckLevel.REGULATION):
            expected = at_level(sorted(present, key=sort_key), level)
            assert ordered.at(level) == expected
            counts = ordered.counts(level)
            assert counts == {s: sum(f.severity == s for f in expected) for s in Severity}
    assert len(ordered) == len(present)


def test_a_view_handed_out_is_not_changed_by_later_edits():
    rng = random.Random(3)
    first = [_finding(rng) for _ in range(10)]
    ordered = OrderedFindings(first)
    shown = ordered.at(CheckLevel.REGULATION)
    ordered.replace(first[:5], [])
    assert len(shown) == 10 and len(ordered.at(CheckLevel.REGULATION)) == 5
