"""Lineage: a TO BE map made from an AS IS map remembers where every element came from,
through save, load, undo and copy-paste; the comparison pairs by it even after renames."""

from __future__ import annotations

from pathlib import Path

from procedit.commands import Document, History, SetFields, copy_map, first_original, fresh_ids
from procedit.compare import diff_maps, match_maps
from procedit.compare import items as k
from procedit.model import MapKind
from procedit.storage import dumps, load, loads

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "marketing_ru.procmap"


def _new_to_be():
    doc = Document(load(EXAMPLE))
    history = History(doc)
    command = copy_map(doc, "map_as_is", kind=MapKind.TO_BE, name="Новая TO BE")
    history.push(command)
    return doc, history, command.pmap.id


def test_every_copied_element_records_its_original():
    doc, _history, new_id = _new_to_be()
    as_is, to_be = doc.map("map_as_is"), doc.map(new_id)
    assert [p.origin for p in to_be.processes] == [p.id for p in as_is.processes]
    assert [q.origin for q in to_be.parties] == [q.id for q in as_is.parties]
    assert [lk.origin for lk in to_be.links] == [lk.id for lk in as_is.links]
    for new, old in zip(to_be.processes, as_is.processes, strict=True):
        assert new.id != old.id
        for field in ("inputs", "outputs", "stages", "criteria", "documents"):
            assert [x.origin for x in getattr(new, field)] == [x.id for x in getattr(old, field)]


def test_lineage_survives_save_load_undo_redo():
    doc, history, new_id = _new_to_be()
    reloaded = loads(dumps(doc.project), "saved")
    assert reloaded == doc.project
    history.undo()
    assert not doc.has_map(new_id)
    history.redo()
    assert [p.origin for p in doc.map(new_id).processes] == [p.id for p in doc.map("map_as_is").processes]


def test_renamed_and_recoded_processes_still_pair_by_lineage():
    doc, history, new_id = _new_to_be()
    p = doc.map(new_id).processes[0]
    history.push(SetFields({p.id: {"name": "Совсем другое имя", "code": "Х-99"}}))
    diff = diff_maps(doc.project, doc.map("map_as_is"), doc.project, doc.map(new_id), findings=False)
    kinds = [d.kind for d in diff.items]
    assert kinds.count(k.RENAMED) == 1 and kinds.count(k.RECODED) == 1
    assert k.PROCESS_ADDED not in kinds and k.PROCESS_REMOVED not in kinds
    # and in the opposite direction (TO BE against AS IS) too
    back = match_maps(doc.map(new_id), doc.map("map_as_is"))
    assert back.pairs["asis_competitors"] == p.id and back.how["asis_competitors"] == "lineage"


def test_a_pasted_copy_keeps_the_first_original():
    doc, _history, new_id = _new_to_be()
    to_be_process = doc.map(new_id).processes[0]
    as_is_process = doc.map("map_as_is").processes[0]
    [from_to_be], _ = fresh_ids([to_be_process], origin=first_original)
    [from_as_is], _ = fresh_ids([as_is_process], origin=first_original)
    assert from_to_be.origin == as_is_process.id  # a copy of a copy: still the AS IS original
    assert from_as_is.origin == as_is_process.id  # pasted from AS IS: comes from it
    assert from_to_be.criteria[0].origin == as_is_process.criteria[0].id
