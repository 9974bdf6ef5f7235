"""procedit's extension data in a BPMN file: the files earlier versions wrote still read back
whole, and what is written now stays lean (what BPMN carries is not repeated)."""

from __future__ import annotations

import json
import typing
from pathlib import Path

from lxml import etree
from pydantic import BaseModel

from procedit.interchange import export_bpmn, extension, import_bpmn, import_bpmn_bytes
from procedit.interchange.bpmn_ns import BPMN, PE
from procedit.model import Criterion, Link, Measurement, Process
from procedit.storage import load

NS = {"bpmn": BPMN, "procedit": PE}

OLD = Path(__file__).resolve().parent / "data" / "extension_v1"
V2 = Path(__file__).resolve().parent / "data" / "extension_v2"


def test_a_file_with_the_first_extension_encoding_reads_back_whole():
    """``rich.bpmn`` was written by procedit before the lean encoding (one full JSON value per
    element in ``urn:procedit:bpmn-extension:1``); ``rich.procmap`` is the project it came from."""
    data = (OLD / "rich.bpmn").read_bytes()
    assert b"urn:procedit:bpmn-extension:1" in data and b'"actuals":[{"period"' in data
    result = import_bpmn(OLD / "rich.bpmn")
    assert result.project == load(OLD / "rich.procmap")
    assert not result.summary.notes


def test_a_file_with_the_second_extension_encoding_reads_back_whole():
    """``extension_v2/rich.bpmn`` was written by procedit in ``urn:procedit:bpmn-extension:2``
    (the actual values beside each process) from the same project as the first fixture."""
    data = (V2 / "rich.bpmn").read_bytes()
    assert b"urn:procedit:bpmn-extension:2" in data and b'],"actuals":[[["2026-' in data
    result = import_bpmn(V2 / "rich.bpmn")
    assert result.project == load(OLD / "rich.procmap")
    assert not result.summary.notes


def _ext(data: bytes, tag: str, ident: str) -> dict:
    root = etree.fromstring(data)
    owner = root.find(f".//*[@id='{ident}']")
    return json.loads(owner.find(f"bpmn:extensionElements/procedit:{tag}", NS).text)


def test_the_extension_does_not_repeat_what_bpmn_carries(rich):
    data = export_bpmn(rich)
    proc = rich.maps[0].processes[2]  # the one with actual values
    assert proc.description and proc.name
    ext = _ext(data, "process", proc.id)
    lean = ext["process"]
    assert not {"id", "name", "x", "y", "width", "height", "lane_id", "description"} & set(lean)
    assert all(v is not None for v in lean.values())
    # actual values in their criterion as compact arrays, an empty note left out
    assert "actuals" not in ext
    assert lean["criteria"][-1]["actuals"] == [["2026-10", 93.5, "шторм"], ["2026-11", None]]
    # the description is the documentation's end, written once
    task = etree.tostring(
        etree.fromstring(data).find(f".//bpmn:task[@id='{proc.id}']", NS), encoding="unicode"
    )
    assert task.count(proc.description) == 1
    link = rich.maps[0].links[0]
    assert _ext(data, "link", link.id) == {"kind": "information", "routing": "orthogonal"} | {
        k: v
        for k, v in (("source_output_id", link.source_output_id), ("target_input_id", link.target_input_id))
        if v
    }


def test_a_description_edited_in_another_tool_wins(example):
    """bpmn.io edits the documentation: the edited text is the description when it read back."""
    data = export_bpmn(example)
    proc = next(p for p in example.maps[0].processes if p.description)
    root = etree.fromstring(data)
    doc = root.find(f".//bpmn:task[@id='{proc.id}']/bpmn:documentation", NS)
    doc.text = "Переписано в bpmn.io"
    back = next(
        p for p in import_bpmn_bytes(etree.tostring(root)).project.maps[0].processes if p.id == proc.id
    )
    assert back.description == "Переписано в bpmn.io"
    assert back.with_(description=proc.description) == proc


def test_awkward_actual_values_round_trip(example):
    """Notes and periods that look like the encoding's own punctuation come back as they were."""
    odd = ("}", '"}', "\\", '\\"}', ',"note":""}', '{"period":', ',""]', "a]", "")
    actuals = tuple(
        Measurement(period=f"2026-{i:02d}" if i % 3 else '"}', value=(None, -1.5, 1e15)[i % 3], note=note)
        for i, note in enumerate(odd, start=1)
    )
    m = example.maps[0]
    p = m.processes[0]
    p = p.with_(criteria=(*p.criteria, Criterion(id="crit_odd", name="x", actuals=actuals)))
    project = example.with_(maps=(m.with_(processes=(p, *m.processes[1:])), *example.maps[1:]))
    assert import_bpmn_bytes(export_bpmn(project)).project == project


def test_empty_texts_last_in_a_list_are_kept_beside_compact_measurements():
    """An empty id last in a list of ids is written as ``,""]`` too, like an empty note: it
    is kept (the measurements of that process are then written with their empty notes)."""
    crit = Criterion(id="crit_e", name="x", actuals=(Measurement("2026-01", 1.0), Measurement("2026-02", None, "n")))
    for p in (
        Process(id="p1", customer_ids=("x", ""), criteria=(crit,)),
        Process(id="p2", participant_ids=("", ""), criteria=(crit,)),
        Process(id="p3", goal_ids=("g", ""), criteria=(crit,)),
        Process(id="p4", goal_ids=("",), criteria=(crit,)),
    ):
        back, update = extension.read_process(3, extension.process_json(p), p.id)
        assert back == p and not update
    compact = extension.process_json(Process(id="p5", goal_ids=("",), criteria=(crit,)))
    assert b'["2026-01",1.0]' in compact


def test_the_lists_of_texts_of_a_process_are_known_to_the_encoding():
    """The compact measurements drop ``,""]``, which also ends a list of texts whose last text
    is empty: the encoding checks the lists it knows (``_TEXT_LISTS``). A new list of texts in
    a process (or in what it holds) must be added there."""
    found: list[str] = []
    seen: set = set()

    def walk(cls, where):
        if cls in seen:
            return
        seen.add(cls)
        for name, field in cls.model_fields.items():
            todo = [field.annotation]
            while todo:
                a = todo.pop()
                if isinstance(a, type) and issubclass(a, BaseModel):
                    walk(a, f"{where}{name}.")
                    continue
                if typing.get_origin(a) is tuple:
                    item = typing.get_args(a)[0]  # (an Id is Annotated[str, ...])
                    if item is str or typing.get_args(item)[:1] == (str,):
                        found.append(f"{where}{name}")
                todo.extend(typing.get_args(a))

    walk(Process, "")
    assert sorted(found) == sorted(extension._TEXT_LISTS)


def test_broken_lean_data_are_reported_and_the_bpmn_kept(example):
    """A process's data that do not validate (a measurement of four items): procedit's data of
    that process are left out (with a note), the activity still comes in with its BPMN name and
    position."""
    data = export_bpmn(example)
    proc = example.maps[0].processes[0]
    root = etree.fromstring(data)
    el = root.find(f".//bpmn:task[@id='{proc.id}']/bpmn:extensionElements/procedit:process", NS)
    ext = json.loads(el.text)
    ext["process"]["criteria"] = [{"id": "c", "actuals": [["2026-01", 1, "", "extra"]]}]
    el.text = json.dumps(ext, ensure_ascii=False)
    result = import_bpmn_bytes(etree.tostring(root))
    back = next(p for p in result.project.maps[0].processes if p.id == proc.id)
    assert (back.name, back.x, back.y) == (proc.name, proc.x, proc.y)
    assert back.criteria == () and any("procedit" in en for en, _ru in result.summary.notes)


def _nullable_fields(cls, seen):
    """(model, field, default) of every field in ``cls``'s tree that may hold None."""
    if cls in seen:
        return
    seen.add(cls)
    for name, field in cls.model_fields.items():
        args = {field.annotation}
        todo = [field.annotation]
        while todo:
            for a in typing.get_args(todo.pop()):
                args.add(a)
                todo.append(a)
        if type(None) in args:
            yield cls.__name__, name, field.default
        for a in args:
            if isinstance(a, type) and issubclass(a, BaseModel):
                yield from _nullable_fields(a, seen)


def test_fields_left_out_when_none_default_to_none():
    """The lean encoding leaves out None fields of processes and links: each must read back as
    None, so a field that may be None has None as its default (the round trip relies on it)."""
    seen: set = set()
    fields = [*_nullable_fields(Process, seen), *_nullable_fields(Link, seen)]
    assert fields  # owner_id, subprocess_map_id ... are there
    assert [f for f in fields if f[2] is not None] == []
