"""The model: immutable values, checked field names, finite numbers, integrity problems with paths."""

from __future__ import annotations

import pydantic
import pytest

from procedit.model import (
    Approver,
    Link,
    Person,
    Process,
    ProcessMap,
    Project,
    all_ids,
    check_integrity,
    new_id,
)


def project() -> Project:
    person = Person(id="person_1", name="Анна")
    a = Process(id="proc_a", name="А", owner_id="person_1")
    b = Process(id="proc_b", name="Б")
    link = Link(id="link_1", source_id="proc_a", target_id="proc_b")
    return Project(people=(person,), maps=(ProcessMap(id="map_1", processes=(a, b), links=(link,)),))


def test_values_are_frozen_and_with_checks_field_names():
    p = Process(id="proc_x", name="Старое")
    with pytest.raises(pydantic.ValidationError):
        p.name = "Новое"  # type: ignore[misc]
    changed = p.with_(name="Новое")
    assert (p.name, changed.name, changed.id) == ("Старое", "Новое", "proc_x")
    with pytest.raises(AttributeError, match="nmae"):
        p.with_(nmae="typo")


def test_unknown_fields_and_non_finite_numbers_are_refused():
    with pytest.raises(pydantic.ValidationError):
        Process.model_validate({"id": "p", "colour": "red"})
    with pytest.raises(pydantic.ValidationError):
        Process.model_validate({"id": "p", "x": float("nan")})
    with pytest.raises(pydantic.ValidationError):
        Process.model_validate({"id": "p", "y": float("inf")})


def test_new_ids_are_prefixed_and_unique():
    ids = {new_id("Process") for _ in range(1000)}
    assert len(ids) == 1000
    assert all(i.startswith("proc_") for i in ids)
    assert new_id("Person").startswith("person_")


def test_a_consistent_project_has_no_problems():
    assert check_integrity(project()) == []
    assert all_ids(project()) == {"person_1", "proc_a", "proc_b", "link_1", "map_1"}


def test_dangling_and_duplicate_ids_are_reported_with_paths():
    p = project()
    m = p.maps[0]
    bad = p.with_(
        approvers=(Approver(id="appr_1", person_id="person_gone"),),
        maps=(m.with_(processes=(*m.processes, Process(id="proc_a"))),),
    )
    problems = {(x.path, x.message.split(" ")[0]) for x in check_integrity(bad)}
    assert ("$.approvers[0].person_id", "refers") in problems
    assert ("$.maps[0].processes[2].id", "duplicate") in problems


def test_a_reference_to_the_wrong_kind_or_another_map_is_a_problem():
    p = project()
    m = p.maps[0]
    other = ProcessMap(id="map_2", processes=(Process(id="proc_c"),))
    wrong_kind = m.with_(links=(Link(id="link_1", source_id="proc_a", target_id="person_1"),))
    assert "a Person" in check_integrity(p.with_(maps=(wrong_kind,)))[0].message
    cross = m.with_(links=(Link(id="link_1", source_id="proc_a", target_id="proc_c"),))
    assert "another map" in check_integrity(p.with_(maps=(cross, other)))[0].message


def test_a_project_needs_a_map():
    assert [x.path for x in check_integrity(Project())] == ["$.maps"]
