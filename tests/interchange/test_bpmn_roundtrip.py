"""A project through BPMN and back keeps every map, process, party, link, lane, position and
property (procedit's extension) — and the DI wins where another tool moved or renamed things."""

from __future__ import annotations

import gc

from lxml import etree

from procedit.interchange import export_bpmn, import_bpmn, import_bpmn_bytes
from procedit.interchange.bpmn_ns import BPMN, BPMNDI, DC

NS = {"bpmn": BPMN, "bpmndi": BPMNDI, "dc": DC}


def test_examples_round_trip_exactly(example):
    assert import_bpmn_bytes(export_bpmn(example)).project == example


def test_lanes_decomposition_and_actuals_round_trip(rich):
    back = import_bpmn_bytes(export_bpmn(rich)).project
    assert back == rich
    assert back.maps[-1].parent_process_id == rich.maps[0].processes[0].id


def test_round_trip_through_a_file(tmp_path, example):
    path = tmp_path / "map.bpmn"
    path.write_bytes(export_bpmn(example))
    assert import_bpmn(path).project == example


def test_an_edit_in_another_modeler_wins_over_the_extension(example):
    """Moved and renamed in bpmn.io: positions come from the DI, names from the BPMN."""
    doc = etree.fromstring(export_bpmn(example))
    proc = example.maps[0].processes[0]
    task = doc.find(f".//bpmn:task[@id='{proc.id}']", NS)
    task.set("name", "Renamed elsewhere")
    bounds = doc.find(f".//bpmndi:BPMNShape[@bpmnElement='{proc.id}']/dc:Bounds", NS)
    bounds.set("x", "777")
    back = import_bpmn_bytes(etree.tostring(doc)).project
    got = next(p for p in back.maps[0].processes if p.id == proc.id)
    assert (got.name, got.x, got.y) == ("Renamed elsewhere", 777.0, proc.y)
    assert got.criteria == proc.criteria and got.owner_id == proc.owner_id


def test_a_task_deleted_elsewhere_leaves_no_dangling_reference(example):
    doc = etree.fromstring(export_bpmn(example))
    proc = example.maps[0].processes[0]
    task = doc.find(f".//bpmn:task[@id='{proc.id}']", NS)
    task.getparent().remove(task)
    for flow in doc.iterfind(".//bpmn:sequenceFlow", NS):
        if proc.id in (flow.get("sourceRef"), flow.get("targetRef")):
            flow.getparent().remove(flow)
    back = import_bpmn_bytes(etree.tostring(doc)).project
    assert proc.id not in {p.id for p in back.maps[0].processes}
    for p in back.maps[0].processes:
        assert proc.id not in p.customer_ids
        assert all(f.party_id != proc.id for f in (*p.inputs, *p.outputs))


def test_awkward_text_survives(example):
    """Markup characters, quotes, line breaks and Cyrillic in names, labels and texts."""
    m = example.maps[0]
    p = m.processes[0].with_(
        name='A & B <x> "q" \'s\'', description="строка 1\nстрока 2\t<b>&amp;</b>", goal="]]> <!-- -->"
    )
    link = m.links[0].with_(label='Заказ "срочный" & <важный>')
    party = m.parties[0].with_(name="ООО «Рога & Копыта»", description="a\nb")
    m = m.with_(processes=(p, *m.processes[1:]), links=(link, *m.links[1:]), parties=(party, *m.parties[1:]))
    project = example.with_(maps=(m, *example.maps[1:]))
    assert import_bpmn_bytes(export_bpmn(project)).project == project


def test_characters_xml_cannot_hold_are_dropped_from_the_extension_too(example, bpmn_schema):
    """U+FFFE / U+FFFF (allowed in the model, not in XML) in a name that also lies in the
    extension's JSON: the file still parses and validates, and the name comes back without them."""
    m = example.maps[0]
    p = m.processes[0].with_(name="Приём\ufffe заявки\uffff & <срочно>", goal="цель\ufffe")
    project = example.with_(maps=(m.with_(processes=(p, *m.processes[1:])), *example.maps[1:]))
    data = export_bpmn(project)
    assert b"\xef\xbf\xbe" not in data and b"\xef\xbf\xbf" not in data
    bpmn_schema.assertValid(etree.fromstring(data))
    back = import_bpmn_bytes(data).project.maps[0].processes[0]
    assert (back.name, back.goal) == ("Приём заявки & <срочно>", "цель")


def test_extension_data_split_by_an_element_is_read_as_before(example):
    """procedit's JSON with an element inside it (not written by procedit): the text before the
    element is what is read, and a broken value is reported, not a crash."""
    data = export_bpmn(example)
    root = etree.fromstring(data)
    ext = root.find(".//{urn:procedit:bpmn-extension:3}process")
    whole = ext.text
    ext.text = whole[: len(whole) // 2]
    etree.SubElement(ext, "{urn:procedit:bpmn-extension:3}extra").tail = whole[len(whole) // 2 :]
    result = import_bpmn_bytes(etree.tostring(root))
    first, original = result.project.maps[0].processes[0], example.maps[0].processes[0]
    assert (first.name, first.x, first.y) == (original.name, original.x, original.y)  # from BPMN
    assert first.goal == "" and original.goal  # procedit's half value was not taken
    assert any("procedit" in en for en, _ru in result.summary.notes)


def test_an_import_in_a_process_keeping_frozen_objects_leaves_nothing_to_scan_or_behind(example):
    """The window keeps an opened project frozen; a BPMN import made then (File ▸ Import) is
    frozen with it, not left for the next young collection to scan, and freed whole when
    dropped (nothing of it stays in the permanent generation)."""
    data = export_bpmn(example)
    gc.collect()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        result = import_bpmn_bytes(data)
        assert gc.get_count()[0] < 100 and gc.get_freeze_count() > frozen
        assert result.project == example
        del result
        assert gc.get_freeze_count() < frozen + 50
    finally:
        gc.unfreeze()
