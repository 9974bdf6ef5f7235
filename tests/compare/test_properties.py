"""Properties over random edit sequences made with the editor's own commands.

- diff(A, B) is empty exactly when every edit that made B from A was undone;
- merge(A, B, A) == B and merge(A, A, B) == B (one side unchanged: the other side wins whole).
"""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from procedit.commands import AddElements, Delete, Document, History, SetFields, add_item, set_item_fields
from procedit.compare import diff_maps
from procedit.compare.merge import merge_projects
from procedit.control.targets import target_of
from procedit.model import Criterion, Link, Process, check_integrity
from procedit.storage import load

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "marketing_ru.procmap"
BASE = load(EXAMPLE)
MAP = "map_to_be"
_fresh = itertools.count()

# an edit: (what, which element by index, which person by index); every value it writes is new,
# so no sequence of edits can cancel out by accident: only undo brings the map back
EDITS = st.tuples(
    st.sampled_from(["rename", "owner", "goal", "add", "delete", "link", "criterion", "target", "move"]),
    st.integers(0, 50),
    st.integers(0, 50),
)


def _apply(doc: Document, history: History, edit: tuple[str, int, int]) -> bool:
    what, i, j = edit
    processes = list(doc.processes(MAP))
    if not processes:
        return False
    p = processes[i % len(processes)]
    n = next(_fresh)
    people = doc.header.people
    if what == "rename":
        command = SetFields({p.id: {"name": f"Процесс {n}"}})
    elif what == "owner":
        # never back to the owner the example gave it: two owner edits must not cancel out
        base = next((q.owner_id for q in BASE.map_by_id(MAP).processes if q.id == p.id), None)
        others = [x for x in people if x.id not in (p.owner_id, base)]
        command = SetFields({p.id: {"owner_id": others[j % len(others)].id}})
    elif what == "goal":
        command = SetFields({p.id: {"goal": f"Цель {n}"}})
    elif what == "add":
        command = AddElements(MAP, [Process(code=f"Н-{n}", name=f"Новый {n}", x=40.0 * n, y=900.0)])
    elif what == "delete":
        # only a process of the example: deleting one this sequence added would cancel the add out
        base_ids = {q.id for q in BASE.map_by_id(MAP).processes}
        originals = [q for q in processes if q.id in base_ids]
        if not originals:
            return False
        command = Delete([originals[i % len(originals)].id])
    elif what == "link":
        q = processes[j % len(processes)]
        command = AddElements(MAP, [Link(source_id=p.id, target_id=q.id, label=f"передача {n}")])
    elif what == "criterion":
        command = add_item(doc, p.id, "criteria", Criterion(name=f"Критерий {n}", target=target_of(str(1_000_000 + n))))
    elif what == "target":
        if not p.criteria:
            return False
        c = p.criteria[j % len(p.criteria)]
        command = set_item_fields(doc, p.id, "criteria", c.id, {"target": target_of(f"≥ {1_000_000 + n}")}, merge=False)
    else:
        command = SetFields({p.id: {"x": p.x + 10 + n, "y": p.y}})
    history.push(command, merge=False)
    return True


def _edited(edits) -> tuple[Document, History, int]:
    doc = Document(BASE)
    history = History(doc)
    done = sum(_apply(doc, history, e) for e in edits)
    return doc, history, done


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(EDITS, min_size=1, max_size=8), st.integers(0, 8))
def test_diff_is_empty_exactly_when_the_edits_are_undone(edits, undo):
    doc, history, done = _edited(edits)
    undo = min(undo, done)
    for _ in range(undo):
        history.undo()
    new = doc.project
    assert check_integrity(new) == []
    diff = diff_maps(BASE, BASE.map_by_id(MAP), new, new.map_by_id(MAP), findings=False)
    assert diff.empty == (undo == done), [d for d in diff.items]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(EDITS, min_size=0, max_size=8))
def test_merge_with_one_side_unchanged_is_the_other_side(edits):
    doc, _history, _done = _edited(edits)
    changed = doc.project
    ours = merge_projects(BASE, changed, BASE)
    assert ours.project == changed and ours.clean
    theirs = merge_projects(BASE, BASE, changed)
    assert theirs.clean
    # theirs wins whole; only the order of added elements may differ from theirs' file
    assert diff_maps(
        changed, changed.map_by_id(MAP), theirs.project, theirs.project.map_by_id(MAP), findings=False
    ).empty


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(EDITS, min_size=1, max_size=6), st.lists(EDITS, min_size=1, max_size=6))
def test_merge_of_any_two_edit_sequences_is_a_valid_project(ours_edits, theirs_edits):
    ours = _edited(ours_edits)[0].project
    theirs = _edited(theirs_edits)[0].project
    result = merge_projects(BASE, ours, theirs)
    assert check_integrity(result.project) == []
    assert result.project.conflicts == tuple(result.conflicts)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(EDITS, min_size=1, max_size=6))
def test_the_incremental_findings_difference_is_the_full_one(edits):
    """Two versions of a map: checking only the changed processes and their neighbours finds
    exactly what checking both maps in full finds."""
    from procedit.compare.findings import findings_difference

    changed = _edited(edits)[0].project
    old, new = BASE.map_by_id(MAP), changed.map_by_id(MAP)
    matching = diff_maps(BASE, old, changed, new, findings=False).matching

    def keys(pair):
        return [sorted((f.rule, f.element_id, f.params) for f in side) for side in pair]

    fast = findings_difference(BASE, old, changed, new, matching, incremental=True)
    full = findings_difference(BASE, old, changed, new, matching, incremental=False)
    assert keys(fast) == keys(full)
