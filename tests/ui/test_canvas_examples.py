"""Every example map opens on the canvas with one item per process, party and link."""

from __future__ import annotations

from pathlib import Path

import pytest
from canvas_helpers import make_canvas, small_project

from procedit.commands import Document, History
from procedit.model import Project
from procedit.ui.canvas.items import LinkItem, PartyItem, ProcessItem
from procedit.ui.canvas.scene import MapScene

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.procmap"))


def _projects() -> list[tuple[str, Project]]:
    found = []
    if EXAMPLES:
        from procedit.storage import load

        found = [(p.name, load(p)) for p in EXAMPLES]
    return found or [("fixture", small_project())]


def _count(scene: MapScene) -> dict[type, int]:
    counts = {ProcessItem: 0, PartyItem: 0, LinkItem: 0}
    for item in scene.items():
        for cls in counts:
            if type(item) is cls:
                counts[cls] += 1
    return counts


@pytest.mark.parametrize(("name", "project"), _projects(), ids=lambda v: v if isinstance(v, str) else "")
def test_each_map_of_each_example_opens_with_one_item_per_element(qtbot, name, project):
    doc = Document(project)
    scene = MapScene(doc, History(doc).push, None)
    for pmap in project.maps:
        scene.set_map(pmap.id)
        assert _count(scene) == {
            ProcessItem: len(pmap.processes),
            PartyItem: len(pmap.parties),
            LinkItem: len(pmap.links),
        }, f"{name}: {pmap.name}"
        for element in (*pmap.processes, *pmap.parties, *pmap.links):
            assert scene.item_for(element.id) is not None
        # the scene rect holds the map (hit tests and scrolling need it)
        assert scene.sceneRect().contains(scene.map_rect())


def test_switching_maps_and_deleting_the_shown_map(qtbot):
    c = make_canvas(qtbot)
    first, second = (m.id for m in c.doc.project.maps)
    c.scene.set_map(second)
    assert _count(c.scene) == {ProcessItem: 0, PartyItem: 0, LinkItem: 0}
    c.scene.set_map(first)
    assert _count(c.scene)[ProcessItem] == 3
    from procedit.commands import Delete

    c.history.push(Delete([first]))
    assert c.scene.map_id is None
    assert _count(c.scene) == {ProcessItem: 0, PartyItem: 0, LinkItem: 0}
