"""The BPMN MIWG reference models (CC BY 3.0, data/miwg/README.md) import without an exception,
with the expected number of each kind of element, and survive export → import.

The activity, lane, event and gateway counts agree with plain XPath counts over the files;
links count the sequence flows between activities, the hand-offs routed through gateways
(A.2.0: Task 1 → split gateway → Tasks 2, 3 and 4 gives three links) and the message flows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from procedit.interchange import export_bpmn, import_bpmn, import_bpmn_bytes

MIWG = Path(__file__).resolve().parent / "data" / "miwg"

# file: (maps, processes, external parties, links, lanes, events, gateways)
EXPECTED = {
    "A.1.0": (1, 3, 0, 2, 0, 2, 0),
    "A.2.0": (1, 4, 0, 3, 0, 2, 2),
    "A.2.1": (1, 4, 0, 5, 0, 2, 2),
    "A.3.0": (1, 5, 0, 2, 0, 5, 0),
    "A.4.0": (4, 8, 2, 8, 2, 9, 0),
    "A.4.1": (4, 8, 2, 8, 3, 9, 0),
    "B.1.0": (5, 13, 1, 8, 2, 11, 5),
    "B.2.0": (7, 41, 1, 29, 2, 45, 8),
    "C.1.0": (2, 9, 2, 15, 4, 9, 3),
    "C.1.1": (1, 5, 0, 5, 0, 3, 2),
    "C.2.0": (5, 12, 4, 14, 2, 14, 3),
    "C.3.0": (1, 5, 0, 5, 0, 6, 3),
    "C.4.0": (4, 22, 0, 21, 2, 12, 6),
    "C.5.0": (2, 19, 0, 21, 3, 6, 12),
    "C.6.0": (2, 14, 0, 6, 0, 21, 5),
    "C.7.0": (1, 6, 0, 6, 2, 2, 3),
    "C.8.0": (1, 9, 0, 8, 0, 7, 2),
    "C.8.1": (1, 9, 0, 8, 0, 7, 2),
    "C.9.0": (3, 12, 0, 8, 0, 10, 3),
    "C.9.1": (1, 4, 0, 1, 0, 6, 0),
    "C.9.2": (4, 8, 0, 1, 0, 11, 1),
}
ACTIVITIES = (
    "task userTask serviceTask sendTask receiveTask manualTask businessRuleTask scriptTask "
    "subProcess adHocSubProcess transaction callActivity"
).split()
B = "http://www.omg.org/spec/BPMN/20100524/MODEL"


def test_every_reference_model_is_here():
    assert sorted(p.stem for p in MIWG.glob("*.bpmn")) == sorted(EXPECTED)
    assert (MIWG / "LICENSE.txt").exists()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_imports_with_the_expected_counts(name):
    result = import_bpmn(MIWG / f"{name}.bpmn")
    s = result.summary
    fam = s.families()
    got = (s.maps, s.processes, s.parties, s.links, s.lanes, fam.get("event", 0), fam.get("gateway", 0))
    assert got == EXPECTED[name]
    # the counts are those of the file, not only of the summary
    doc = etree.parse(str(MIWG / f"{name}.bpmn"))
    activities = sum(len(doc.findall(f".//{{{B}}}{a}")) for a in ACTIVITIES)
    assert sum(len(m.processes) for m in result.project.maps) == activities
    for m in result.project.maps:
        for p in m.processes:
            assert p.width > 0 and p.height > 0
        ids = {n.id for n in (*m.processes, *m.parties)}
        assert all(lk.source_id in ids and lk.target_id in ids for lk in m.links)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_export_then_import_keeps_processes_links_and_positions(name):
    first = import_bpmn(MIWG / f"{name}.bpmn").project
    again = import_bpmn_bytes(export_bpmn(first)).project
    assert again == first


def test_positions_come_from_the_diagram():
    project = import_bpmn(MIWG / "A.1.0.bpmn").project
    doc = etree.parse(str(MIWG / "A.1.0.bpmn"))
    task = doc.find(f".//{{{B}}}task")
    shape = next(s for s in doc.iter("{*}BPMNShape") if s.get("bpmnElement") == task.get("id"))
    bounds = shape.find("{*}Bounds")
    proc = next(p for p in project.maps[0].processes if p.id == task.get("id"))
    assert (proc.x, proc.y, proc.width, proc.height) == tuple(
        float(bounds.get(k)) for k in ("x", "y", "width", "height")
    )
    assert proc.name == " ".join(task.get("name").split())


def test_a_file_without_diagram_is_laid_out():
    doc = etree.parse(str(MIWG / "A.2.0.bpmn"))
    root = doc.getroot()
    for diagram in root.findall("{*}BPMNDiagram"):
        root.remove(diagram)
    result = import_bpmn_bytes(etree.tostring(doc))
    procs = result.project.maps[0].processes
    assert len({(p.x, p.y) for p in procs}) == len(procs)  # no two boxes on one spot
    assert result.summary.laid_out
    assert "laid out" in result.summary.text("en") and "расставлены" in result.summary.text("ru")


def test_summary_names_what_was_left_out():
    s = import_bpmn(MIWG / "C.1.1.bpmn").summary
    text = s.text("en")
    assert "events" in text and "gateways" in text and "data objects" in text
    assert "шлюзов" in s.text("ru")


def test_the_summary_of_many_maps_laid_out_stays_short():
    # a model of 300 pools without a diagram named every map in one line (a message box taller than the screen)
    defs = '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="x">'
    body = "".join(f'<process id="p{i}" name="Процесс номер {i}"><task id="t{i}" name="T"/></process>' for i in range(300))
    summary = import_bpmn_bytes((defs + body + "</definitions>").encode()).summary
    assert len(summary.laid_out) == 300
    en, ru = summary.text("en"), summary.text("ru")
    assert "Процесс номер 0, " in en and "Процесс номер 299" not in en and "and 290 more" in en
    assert "и ещё 290" in ru and len(en) < 1000 and len(ru) < 1000
