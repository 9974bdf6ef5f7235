"""check_integrity's fast path (set operations, no JSON paths) agrees with the full check.

Every id and reference field of a complete project (found generically, so a reference
field added to the model later is covered too) is set to other ids of every kind, to a
missing id and to "", alone and in pairs; the fast path must say "all well" exactly when
the full check finds nothing.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "perf"))

from generate import make_project

from procedit.commands import fresh_ids
from procedit.model import Lane, Project, all_ids, check_integrity
from procedit.model.integrity import _all_well, _problems


def _base() -> Project:
    """Two maps (the second a copy of the first), lanes, a decomposed process: every kind of reference."""
    p = make_project(12, seed=5)
    m1 = p.maps[0]
    [m2], _ = fresh_ids([m1])
    lane1 = Lane(id="lane_one", name="Продажи", department_id=p.departments[0].id)
    lane2 = Lane(id="lane_two", name="Склад", department_id=p.departments[1].id)
    first = m1.processes[0].with_(lane_id=lane1.id, subprocess_map_id=m2.id)
    m1 = m1.with_(lanes=(lane1,), processes=(first, *m1.processes[1:]))
    m2 = m2.with_(lanes=(lane2,), source_map_id=m1.id, parent_process_id=first.id)
    return p.with_(maps=(m1, m2))


def _sites(node: Any, out: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """(container, key) of every id, ``*_id`` and ``*_ids`` value in a dumped project."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "id" or key.endswith(("_id", "_ids")):
                out.append((node, key))
            else:
                _sites(value, out)
    elif isinstance(node, list):
        for item in node:
            _sites(item, out)
    return out


def _mutate(data: dict, rng: random.Random, values: list[str]) -> None:
    container, key = rng.choice(_sites(data, []))
    current = container[key]
    if isinstance(current, list):
        current = current[0] if current else None
    prefix = current.split("_")[0] + "_" if isinstance(current, str) else None
    alike = [v for v in values if prefix and v.startswith(prefix)]
    # often an id of the same kind (valid, or in the other map), else anything at all
    value = rng.choice(alike) if alike and rng.random() < 0.6 else rng.choice(values)
    if key.endswith("_ids"):
        items = list(container[key])
        if items and rng.random() < 0.5:
            items[rng.randrange(len(items))] = value
        else:
            items.append(value)
        container[key] = items
    else:
        container[key] = value


def test_the_base_project_is_clean():
    base = _base()
    assert check_integrity(base) == [] and _all_well(base)


def test_fast_path_agrees_with_the_full_check():
    base = _base()
    dumped = base.model_dump(mode="json")
    values = [*sorted(all_ids(base)), "nope_404", ""]
    rng = random.Random(20261129)
    outcomes = {True: 0, False: 0}
    for i in range(400):
        data = _copy(dumped)
        for _ in range(1 + i % 2):  # one mutation, or two at once
            _mutate(data, rng, values)
        project = Project.model_validate(data)
        full = _problems(project)
        assert _all_well(project) == (not full), (i, [str(x) for x in full])
        assert check_integrity(project) == full
        outcomes[not full] += 1
    # both answers occur often enough for the comparison to mean something
    assert outcomes[True] >= 20 and outcomes[False] >= 200, outcomes


def test_no_maps_is_a_problem():
    assert not _all_well(Project())
    assert [x.path for x in check_integrity(Project())] == ["$.maps"]


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value
