"""Three-way merge: fields, lists of references, nested items, deletions, and references."""

from __future__ import annotations

from procedit.compare.merge import merge_projects
from procedit.control.targets import target_of
from procedit.model import Criterion, Link, Person, Process, ProcessMap, Project, check_integrity

A = Person(id="pa", name="Анна")
B = Person(id="pb", name="Борис")
BASE = Project(
    people=(A, B),
    maps=(
        ProcessMap(
            id="m",
            processes=(
                Process(id="p1", name="Один", criteria=(Criterion(id="c1", name="К1", target=target_of("1")),)),
                Process(id="p2", name="Два"),
                Process(id="p3", name="Три"),
            ),
        ),
    ),
)


def edit(project: Project, pid: str, **changes) -> Project:
    m = project.maps[0]
    return project.with_(
        maps=(m.with_(processes=tuple(p.with_(**changes) if p.id == pid else p for p in m.processes)),)
    )


def proc(project: Project, pid: str) -> Process | None:
    return next((p for p in project.maps[0].processes if p.id == pid), None)


def test_different_fields_of_one_process_merge():
    ours = edit(BASE, "p1", name="Один!")
    theirs = edit(BASE, "p1", owner_id="pa")
    r = merge_projects(BASE, ours, theirs)
    assert r.clean
    assert (proc(r.project, "p1").name, proc(r.project, "p1").owner_id) == ("Один!", "pa")


def test_reference_lists_merge_as_sets():
    base = edit(BASE, "p1", participant_ids=("pa",))
    ours = edit(base, "p1", participant_ids=("pa", "pb"))
    theirs = edit(base, "p1", participant_ids=())
    r = merge_projects(base, ours, theirs)
    assert r.clean and proc(r.project, "p1").participant_ids == ("pb",)


def test_nested_items_merge_by_id():
    p1 = proc(BASE, "p1")
    ours = edit(BASE, "p1", criteria=(p1.criteria[0].with_(target=target_of("5")),))
    theirs = edit(BASE, "p1", criteria=(*p1.criteria, Criterion(id="c2", name="К2")))
    r = merge_projects(BASE, ours, theirs)
    assert r.clean
    assert [(c.id, c.target.value) for c in proc(r.project, "p1").criteria] == [("c1", 5), ("c2", None)]


def test_same_field_is_a_conflict_kept_in_the_project():
    r = merge_projects(BASE, edit(BASE, "p2", goal="наша"), edit(BASE, "p2", goal="их"))
    [c] = r.conflicts
    assert (c.element, c.field, c.ours, c.theirs, c.base) == ("p2", "goal", '"наша"', '"их"', '""')
    assert proc(r.project, "p2").goal == "наша"
    assert r.project.conflicts == (c,)
    # a later merge keeps the earlier conflicts: nothing is lost until someone resolves them
    again = merge_projects(r.project, r.project, edit(r.project, "p3", goal="x"))
    assert again.clean and again.project.conflicts == (c,)


def test_deleted_on_one_side_and_linked_on_the_other_is_kept():
    m = BASE.maps[0]
    ours = BASE.with_(maps=(m.with_(processes=m.processes[:2]),))  # p3 deleted
    theirs = BASE.with_(maps=(m.with_(links=(Link(id="l1", source_id="p1", target_id="p3"),)),))
    r = merge_projects(BASE, ours, theirs)
    assert check_integrity(r.project) == []
    assert proc(r.project, "p3") is not None and [lk.id for lk in r.project.maps[0].links] == ["l1"]
    assert [c.element for c in r.conflicts] == ["p3"] and "referenced" in r.conflicts[0].kept


def test_a_person_deleted_on_one_side_and_made_owner_on_the_other_is_kept():
    ours = BASE.with_(people=(A,))
    theirs = edit(BASE, "p2", owner_id="pb")
    r = merge_projects(BASE, ours, theirs)
    assert check_integrity(r.project) == []
    assert [p.id for p in r.project.people] == ["pa", "pb"] and proc(r.project, "p2").owner_id == "pb"
    assert not r.clean


def test_additions_on_both_sides_keep_their_places():
    m = BASE.maps[0]
    ours = BASE.with_(maps=(m.with_(processes=(*m.processes, Process(id="o", name="наш"))),))
    theirs = BASE.with_(
        maps=(m.with_(processes=(m.processes[0], Process(id="t", name="их"), *m.processes[1:])),)
    )
    r = merge_projects(BASE, ours, theirs)
    assert r.clean
    assert [p.id for p in r.project.maps[0].processes] == ["p1", "t", "p2", "p3", "o"]
