"""Format 4 → 5 (and older files): a TO BE map of an old file gets the lineage it can be sure of, nothing else."""

from __future__ import annotations

import json
from pathlib import Path

from procedit.model import check_integrity
from procedit.storage import FORMAT, dumps, load, loads

DATA = Path(__file__).parent / "data"
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "marketing_ru.procmap"


def test_hand_written_format_2_file_gets_safe_lineage():
    project = load(DATA / "lineage_v2.procmap")
    assert check_integrity(project) == []
    old, new = project.maps
    origin = {p.id: p.origin for p in new.processes}
    assert origin["b1"] == "a1"  # same code, renamed
    assert origin["b2"] == "a2"  # no code: same name (case does not matter)
    assert origin["b3"] is None  # «Звонок» is twice in AS IS: ambiguous, left alone
    assert origin["b6"] is None  # new in TO BE
    assert [q.origin for q in new.parties] == ["a5"]
    assert [lk.origin for lk in new.links] == ["al"]  # both ends paired
    b1 = new.processes[0]
    assert b1.criteria[0].origin == "a1c"  # spacing and case do not matter
    assert b1.outputs[0].origin == "a1o"
    assert all(p.origin is None for p in old.processes)  # the AS IS map has no origin


def _lineage(project):
    return [
        (e.id, e.origin)
        for m in project.maps
        for p in m.processes
        for e in (p, *p.inputs, *p.outputs, *p.stages, *p.criteria, *p.documents)
    ] + [(e.id, e.origin) for m in project.maps for e in (*m.parties, *m.links)]


def test_the_format_4_example_migrates_as_the_format_5_example_does():
    # (the example grew since: positions written out in format 6; documents per map and the
    # regulation's sections in format 7)
    assert load(DATA / "marketing_v4.procmap") == load(DATA / "marketing_v5.procmap")


def test_the_format_2_example_gets_the_lineage_the_current_example_records():
    old = _lineage(load(DATA / "marketing_example_v2.procmap"))
    current = dict(_lineage(load(EXAMPLE)))
    # (the example has grown since: М-07's two more stages and its procedure are not in the old file)
    assert old == [(ident, current[ident]) for ident, _origin in old]


def test_saved_in_the_current_format_and_lineage_survives_a_round_trip():
    project = load(DATA / "lineage_v2.procmap")
    data = dumps(project)
    assert json.loads(data)["format"] == FORMAT
    again = loads(data, "again")
    assert again == project
    assert '"origin": "a1"' in data.decode()


def test_an_element_without_lineage_writes_no_origin_key():
    data = dumps(load(DATA / "lineage_v2.procmap")).decode()
    tree = json.loads(data)
    assert "origin" not in tree["maps"][0]["processes"][0]
    assert "pairings" not in tree["maps"][0] and "conflicts" not in tree
