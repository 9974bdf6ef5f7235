"""A small map opens with its names: the Russian example fitted in a 1600×1000 or 1280×720
window is drawn at a zoom where boxes carry their texts (it used to open at ~30 %, below the
zoom where texts are left out: nine nameless boxes), the rest of it a scroll away. A big map
still opens whole, as its overview."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from canvas_helpers import make_canvas

from procedit.commands import SetFields
from procedit.model import Process, ProcessMap, Project
from procedit.ui.canvas.items import ProcessItem
from procedit.ui.canvas.style import TEXT_LOD, text_scale
from procedit.ui.window.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("isolated_settings")
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "marketing_ru.procmap"


@pytest.mark.parametrize("size", [(1600, 1000), (1280, 720)])
def test_the_russian_example_opens_with_its_names_painted(qtbot, tmp_path, size):
    path = tmp_path / EXAMPLE.name
    shutil.copy(EXAMPLE, path)
    w = MainWindow(str(path))
    try:
        w.resize(*size)
        w.show()
        qtbot.waitExposed(w)
        qtbot.wait(20)
        view, scene = w.view, w.scene
        assert view.fit_pending()  # as opened: fitted, nothing chosen by the user yet
        assert view.zoom >= TEXT_LOD and not scene.overview_mode()
        view.viewport().grab()  # paint
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        boxes = [i for i in scene.node_items() if isinstance(i, ProcessItem)]
        in_view = [i for i in boxes if shown.contains(i.sceneBoundingRect().center())]
        assert len(in_view) >= len(boxes) // 2  # the middle of the map in sight
        k = text_scale(view.zoom, scene.text_floor)
        for item in in_view:
            code, lines = item.texts_at(view.zoom, k)
            assert code[1].text == item.code
            first = item.name.split()[0]
            assert lines and lines[0][1].text.startswith(first.rstrip("…"))  # a name, in whole words
            assert item._lines is not None  # its texts were laid out by the paint just made
    finally:
        w.undo_stack.mark_clean()
        w.close()
        w.deleteLater()


def test_a_big_map_still_opens_whole(qtbot):
    procs = tuple(
        Process(code=f"П-{i:03d}", name=f"Процесс {i}", x=(i % 30) * 260.0, y=(i // 30) * 160.0)
        for i in range(600)
    )
    c = make_canvas(qtbot, Project(name="Б", maps=(ProcessMap(name="К", processes=procs),)), fit=True)
    shown = c.view.mapToScene(c.view.viewport().rect()).boundingRect()
    assert shown.contains(c.scene.map_rect())
    assert c.view.zoom < TEXT_LOD  # the overview: the whole map beats its names here


def test_fit_map_keeps_the_names_of_a_map_a_little_bigger_than_the_view(qtbot):
    c = make_canvas(qtbot)
    c.history.push(SetFields({c.node("Закупки").id: {"x": 3000.0, "y": 2000.0}}))
    c.view.fit_map()  # whole, this map would be at ~34 %: nameless boxes
    assert c.view.zoom >= TEXT_LOD and not c.scene.overview_mode()
    shown = c.view.mapToScene(c.view.viewport().rect()).boundingRect()
    assert shown.center().toTuple() == pytest.approx(c.scene.map_rect().center().toTuple(), abs=2)
    assert c.view.horizontalScrollBar().maximum() > 0  # the rest a scroll away
