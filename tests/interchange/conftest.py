"""Projects and helpers for the interchange tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from lxml import etree

from procedit.control import target_of
from procedit.model import (
    Criterion,
    Department,
    Lane,
    Link,
    LinkKind,
    Measurement,
    Process,
    ProcessMap,
    Routing,
)
from procedit.storage import load

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = [ROOT / "examples" / "marketing_ru.procmap", ROOT / "examples" / "small_en.procmap"]
MIWG = Path(__file__).resolve().parent / "data" / "miwg"


def schema_dir() -> Path:
    """The OMG BPMN 2.0 XML Schemas (BPMN20.xsd, Semantic.xsd, BPMNDI.xsd, DC.xsd, DI.xsd) as
    shipped by SpiffWorkflow (a test dependency; only its schema files are used)."""
    spec = importlib.util.find_spec("SpiffWorkflow")
    assert spec is not None and spec.submodule_search_locations, "SpiffWorkflow (test dependency) is missing"
    return Path(next(iter(spec.submodule_search_locations)), "bpmn", "parser", "schema")


@pytest.fixture(scope="session")
def bpmn_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(schema_dir() / "BPMN20.xsd")))


@pytest.fixture(params=EXAMPLES, ids=lambda p: p.stem)
def example(request):
    return load(request.param)


@pytest.fixture
def rich():
    """The Russian example with what it lacks: department lanes, a decomposed process with its
    sub-map, a link of every kind and routing, a criterion with actuals."""
    project = load(EXAMPLES[0])
    as_is = project.maps[0]
    dept = Department(id="dept_lane_test", name="Отдел маркетинга")
    lanes = (
        Lane(id="lane_a", name="Маркетинг", department_id=dept.id, y=-40, height=300),
        Lane(id="lane_b", name="Продажи", y=260, height=320),
    )
    procs = list(as_is.processes)
    procs[0] = procs[0].with_(lane_id="lane_a", subprocess_map_id="map_sub")
    procs[1] = procs[1].with_(lane_id="lane_b")
    crit = Criterion(
        id="crit_rt",
        name="Доля лидов в срок",
        target=target_of("≥ 95"),
        unit="%",
        period="месяц",
        actuals=(Measurement(period="2026-10", value=93.5, note="шторм"), Measurement(period="2026-11")),
    )
    procs[2] = procs[2].with_(criteria=(*procs[2].criteria, crit))
    links = list(as_is.links)
    links[0] = links[0].with_(kind=LinkKind.INFORMATION, routing=Routing.ORTHOGONAL)
    sub = ProcessMap(
        id="map_sub",
        name="Декомпозиция",
        parent_process_id=procs[0].id,
        processes=(
            Process(id="sub_p1", name="Шаг 1", x=10, y=20),
            Process(id="sub_p2", name="Шаг 2", x=300, y=20.5, width=200),
        ),
        links=(Link(id="sub_l1", source_id="sub_p1", target_id="sub_p2", label="черновик"),),
    )
    as_is = as_is.with_(processes=tuple(procs), links=tuple(links), lanes=lanes)
    return project.with_(
        maps=(as_is, *project.maps[1:], sub), departments=(*project.departments, dept)
    )
