"""The example projects are generated: re-running the generator reproduces the committed files."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from procedit.model import MapKind, check_integrity
from procedit.storage import load

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def generator():
    spec = importlib.util.spec_from_file_location("make_examples", EXAMPLES / "make_examples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generator_reproduces_the_committed_files_byte_for_byte(tmp_path):
    module = generator()
    assert module.main(tmp_path) == 0
    for name in module.EXAMPLES:
        assert (tmp_path / name).read_bytes() == (EXAMPLES / name).read_bytes(), (
            f"re-run make_examples.py ({name})"
        )
    assert not list(tmp_path.glob("*.bak"))


def test_marketing_example_has_the_documented_shape():
    project = load(EXAMPLES / "marketing_ru.procmap")
    assert check_integrity(project) == []
    as_is, to_be, procedure = project.maps
    assert (as_is.kind, to_be.kind, to_be.source_map_id) == (MapKind.AS_IS, MapKind.TO_BE, as_is.id)
    assert len(project.people) == 8 and len(project.strategy.goals) == 4
    assert sorted(a.role.value for a in project.approvers) == ["agrees", "agrees", "approves"]
    people = {p.id for p in project.people}
    by_id = {p.id: p for p in as_is.processes}
    linked = {x for k in as_is.links for x in (k.source_id, k.target_id)}
    # the deliberate gaps of AS IS (examples/README.md)
    assert by_id["asis_design"].owner_id is None
    assert by_id["asis_brief"].criteria == ()
    assert "asis_competitors" not in linked
    report = by_id["asis_report"]
    assert report.customer_ids == () and all(f.party_id is None for f in report.outputs)
    assert not [k for k in as_is.links if k.source_id == "asis_report"]
    # TO BE fixes them: every process owned by a registered person, measured, documented, linked
    for p in to_be.processes:
        assert p.owner_id in people, p.name
        assert p.customer_ids and p.goal_ids and p.inputs and p.outputs, p.name
        assert any(d.kind.value == "regulation" for d in p.documents), p.name
        assert p.criteria and all(c.target and c.method and c.period and c.responsible_id for c in p.criteria)
    # М-07 of TO BE opens into its procedure: lanes by department, its boundary as parties
    leads = next(p for p in to_be.processes if p.code == "М-07")
    assert leads.subprocess_map_id == procedure.id and procedure.parent_process_id == leads.id
    assert [p.name for p in sorted(procedure.processes, key=lambda p: p.x)] == [s.name for s in leads.stages]
    lanes = {lane.id: lane.department_id for lane in procedure.lanes}
    assert len(set(lanes.values())) == 3
    assert all(lanes[p.lane_id] == p.department_id for p in procedure.processes)
    template = next(d for p in to_be.processes for d in p.documents if d.title == "Шаблон ТЗ дизайнеру")
    assert "ТЕХНИЧЕСКОЕ ЗАДАНИЕ" in template.text
