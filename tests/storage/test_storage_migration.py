"""Older files open in the current procedit: format 1 (one map, owners as names) → format 2 →
format 3 (maps carry a checking level)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from procedit.model import MapKind, check_integrity
from procedit.storage import FORMAT, ProjectFileError, dumps, load, loads

V1 = Path(__file__).parent / "data" / "marketing_v1.procmap"


def test_format_1_becomes_a_project_with_one_map_and_a_people_register():
    project = load(V1)
    assert check_integrity(project) == []
    assert project.name == "Маркетинг (старый формат)"
    assert project.organization == "ООО «ВекторМаркет»"
    assert [p.name for p in project.people] == ["Орлов Дмитрий", "Петров Игорь"]
    [pmap] = project.maps
    assert pmap.kind == MapKind.AS_IS and pmap.name == project.name
    by_code = {p.code: p for p in pmap.processes}
    orlov, petrov = project.people
    assert by_code["М-1"].owner_id == orlov.id
    assert by_code["М-3"].owner_id == orlov.id  # one person, however many processes
    assert by_code["М-2"].owner_id == petrov.id
    assert by_code["М-4"].owner_id is None
    assert [f.what for f in by_code["М-1"].inputs] == ["заказ на лиды"]
    assert [f.what for f in by_code["М-2"].outputs] == ["решённая задача клиента"]
    assert (by_code["М-2"].x, by_code["М-2"].width, by_code["М-2"].height) == (280.0, 200.0, 90.0)
    assert [(link.source_id, link.target_id, link.label) for link in pmap.links] == [
        ("p1", "p2", "лиды"),
        ("p2", "c1", "решённая задача"),
        ("p2", "p3", ""),
    ]
    assert [q.name for q in pmap.parties] == ["Клиент"]


def test_migration_is_deterministic_and_saves_in_the_current_format():
    first, second = load(V1), load(V1)
    assert first == second
    saved = dumps(first)
    assert json.loads(saved)["format"] == FORMAT
    assert loads(saved, "again") == first


def test_generated_ids_avoid_ids_already_in_the_file():
    tree = json.loads(V1.read_bytes())
    tree["processes"][3]["id"] = "person_1"  # the id the first migrated person would get
    project = loads(json.dumps(tree).encode(), "v1")
    assert check_integrity(project) == []
    assert "person_1" not in {p.id for p in project.people}


@pytest.mark.parametrize(
    "mutate, where, words",
    [
        (lambda t: t["processes"][0].update(owner=5), "$.processes[0].owner", "expected a string"),
        (lambda t: t["links"][0].update(target="p9"), "$.links[0].target", "'p9'"),
        (lambda t: t["processes"][1].update(id="p1"), "$.processes[1].id", "duplicate id 'p1'"),
        (lambda t: t["processes"][1].update(colour="red"), "$.processes[1].colour", "unknown field"),
        (lambda t: t.pop("processes") and t.update(processes="none"), "$.processes", "expected a list"),
    ],
)
def test_bad_format_1_files_name_the_place_in_the_old_file(mutate, where, words):
    tree = json.loads(V1.read_bytes())
    mutate(tree)
    with pytest.raises(ProjectFileError) as info:
        loads(json.dumps(tree).encode(), "old.procmap")
    assert info.value.where == where
    assert words in info.value.reason


V2 = Path(__file__).parent / "data" / "marketing_v2.procmap"


def test_format_2_maps_keep_every_rule_as_their_checking_level():
    """Format 3 gave maps a checking level; the maps of a format 2 file were checked against every
    rule and stay so (a new map starts as a sketch)."""
    from procedit.model import CheckLevel, ProcessMap
    from procedit.validation import validate

    project = load(V2)
    assert check_integrity(project) == []
    assert [m.check_level for m in project.maps] == [CheckLevel.REGULATION, CheckLevel.REGULATION]
    assert ProcessMap().check_level == CheckLevel.SKETCH
    as_is = project.maps[0]
    assert [p.code for p in as_is.processes] == ["М-01", "М-02"]
    rules = {f.rule for f in validate(project, as_is.id)}
    assert {"no_owner", "no_criteria", "isolated_process"} <= rules  # regulation-level findings too
    assert json.loads(dumps(project))["maps"][0]["check_level"] == "regulation"


def test_format_1_maps_are_checked_at_every_rule_too():
    from procedit.model import CheckLevel

    assert [m.check_level for m in load(V1).maps] == [CheckLevel.REGULATION]
