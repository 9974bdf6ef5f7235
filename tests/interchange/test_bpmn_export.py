"""Exported BPMN is valid against the OMG BPMN 2.0 XML Schemas and every reference in it
resolves the way BPMN requires (what a modeler like bpmn.io checks on import)."""

from __future__ import annotations

from lxml import etree

from procedit.interchange import export_bpmn
from procedit.interchange.bpmn_ns import BPMN, BPMNDI, DC, DI

NS = {"bpmn": BPMN, "bpmndi": BPMNDI, "dc": DC, "di": DI}


def _doc(project):
    return etree.fromstring(export_bpmn(project))


def test_examples_are_schema_valid(example, bpmn_schema):
    doc = _doc(example)
    assert bpmn_schema.validate(doc), bpmn_schema.error_log


def test_lanes_and_decomposition_are_schema_valid(rich, bpmn_schema):
    doc = _doc(rich)
    assert bpmn_schema.validate(doc), bpmn_schema.error_log
    # the decomposed process is a call activity calling its sub-map's process
    call = doc.find(".//bpmn:callActivity", NS)
    assert call is not None and call.get("calledElement") == "map_sub"
    assert doc.find(".//bpmn:process[@id='map_sub']", NS) is not None
    lanes = doc.findall(
        ".//bpmn:process[@id='map_as_is']/bpmn:laneSet/bpmn:lane", NS
    )  # (the TO BE procedure has its own)
    assert [lane.get("name") for lane in lanes] == ["Маркетинг", "Продажи"]
    assert lanes[0].findtext("bpmn:flowNodeRef", namespaces=NS) == rich.maps[0].processes[0].id


def test_schema_check_is_not_vacuous(example, bpmn_schema):
    """The schema catches a broken file (so the checks above can fail)."""
    doc = _doc(example)
    task = doc.find(".//bpmn:task", NS)
    etree.SubElement(task, f"{{{BPMN}}}documentation")  # documentation after outgoing: out of order
    assert not bpmn_schema.validate(doc)


def test_references_resolve_and_flows_follow_bpmn_rules(rich):
    doc = _doc(rich)
    ids = {el.get("id"): el for el in doc.iter() if el.get("id")}
    process_of = {}
    for proc in doc.findall("bpmn:process", NS):
        for el in proc.iter():
            if el.get("id"):
                process_of[el.get("id")] = proc.get("id")
    pools = {p.get("id"): p for p in doc.findall(".//bpmn:participant", NS)}
    for flow in doc.findall(".//bpmn:sequenceFlow", NS):
        s, t = flow.get("sourceRef"), flow.get("targetRef")
        assert s in ids and t in ids
        # a sequence flow stays inside one process
        assert process_of[s] == process_of[t] == process_of[flow.get("id")]
    for flow in doc.findall(".//bpmn:messageFlow", NS):
        s, t = flow.get("sourceRef"), flow.get("targetRef")
        assert s in ids and t in ids
        # a message flow crosses pools: one end is a black-box pool (an external party)
        ends = [e for e in (s, t) if e in pools]
        assert ends and all(pools[e].get("processRef") is None for e in ends)
    for el in doc.iter(f"{{{BPMNDI}}}BPMNShape", f"{{{BPMNDI}}}BPMNEdge", f"{{{BPMNDI}}}BPMNPlane"):
        assert el.get("bpmnElement") in ids, el.get("bpmnElement")
    for ref in doc.iterfind(".//bpmn:flowNodeRef", NS):
        assert ref.text in ids
    for ref in doc.iterfind(".//bpmn:incoming", NS):
        assert ids[ref.text].get("targetRef") == ref.getparent().get("id")
    for pool in pools.values():
        if pool.get("processRef"):
            assert pool.get("processRef") in ids


def test_positions_and_sizes_are_the_diagram_shapes(rich):
    doc = _doc(rich)
    for m in rich.maps:
        for node in (*m.processes, *m.parties):
            b = doc.find(f".//bpmndi:BPMNShape[@bpmnElement='{node.id}']/dc:Bounds", NS)
            got = [float(b.get(k)) for k in ("x", "y", "width", "height")]
            assert got == [node.x, node.y, node.width, node.height]
        for link in m.links:
            points = doc.findall(f".//bpmndi:BPMNEdge[@bpmnElement='{link.id}']/di:waypoint", NS)
            assert len(points) >= 2


def test_documentation_carries_the_properties_readably(example):
    doc = _doc(example)
    proc = next(p for p in example.maps[0].processes if p.owner_id and p.goal)
    text = doc.find(f".//bpmn:task[@id='{proc.id}']/bpmn:documentation", NS).text
    owner = example.person(proc.owner_id).name
    assert owner in text and proc.goal in text
