"""The Maps dock: the maps as a tree with kinds and counts; it follows every command."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLineEdit, QMessageBox
from window_helpers import type_text

from procedit.commands import AddMap, Document, History
from procedit.model import MapKind, Process, ProcessMap, Project, Severity
from procedit.storage import load
from procedit.ui.docks.maps_dock import COL_FINDINGS, COL_KIND, COL_NAME, MAP_ROLE, MapsPanel

pytestmark = pytest.mark.usefixtures("isolated_settings")
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "marketing_ru.procmap"


def rows(panel: MapsPanel) -> list[tuple[int, str]]:
    """(depth, name) of every row, top to bottom."""
    out = []

    def walk(item, depth):
        out.append((depth, item.text(COL_NAME)))
        for i in range(item.childCount()):
            walk(item.child(i), depth + 1)

    for i in range(panel.tree.topLevelItemCount()):
        walk(panel.tree.topLevelItem(i), 0)
    return out


@pytest.fixture
def window(open_window):
    return open_window(load(EXAMPLE))


def test_the_tree_shows_landscape_process_and_procedure_with_kinds_and_counts(window, qtbot):
    panel = window.maps_panel
    assert rows(panel) == [
        (0, "Маркетинг — AS IS"),
        (0, "Маркетинг — TO BE"),
        (1, "М-07 Генерация лидов"),  # the decomposed process
        (2, "М-07 Генерация лидов"),  # its procedure
    ]
    as_is = panel._map_items["map_as_is"]
    assert as_is.text(COL_KIND) == "AS IS"
    # counts arrive in idle time; the AS IS map has its deliberate gaps, TO BE none
    qtbot.waitUntil(lambda: "…" not in {i.text(COL_FINDINGS) for i in panel._map_items.values()})
    for map_id, item in panel._map_items.items():  # the validator's counts: ● errors ▲ warnings, ✓ none
        counts = window.panels.validator.counts(map_id)
        errors, warnings = counts[Severity.ERROR], counts[Severity.WARNING]
        expected = "  ".join([f"● {errors}"] * bool(errors) + [f"▲ {warnings}"] * bool(warnings)) or "✓"
        assert item.text(COL_FINDINGS) == expected, map_id
    assert as_is.text(COL_FINDINGS).startswith("● 4")  # the AS IS map's deliberate gaps
    assert panel._map_items["map_to_be_leads"].text(COL_FINDINGS) == "✓"  # a clean procedure
    # click a map: it opens; click the process row: its map opens with it selected
    rect = panel.tree.visualItemRect(panel._map_items["map_to_be_leads"])
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.map_id == "map_to_be_leads"
    process_row = panel._map_items["map_to_be_leads"].parent()
    qtbot.mouseClick(
        panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=panel.tree.visualItemRect(process_row).center()
    )
    assert window.map_id == "map_to_be" and window.scene.selected_ids() == ["tobe_leads"]
    assert panel.tree.currentItem() is panel._map_items["map_to_be"]


def test_the_dock_follows_add_rename_delete_and_undo(window, qtbot, monkeypatch):
    w, panel = window, window.maps_panel
    w.nav.new_map_action.trigger()  # a blank map, opened and named in place
    new = w.map_id
    assert w.doc.map_header(new).name == "New map" and new in panel._map_items
    editor = panel.tree.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "New map"
    editor.selectAll()
    type_text(editor, "Закупки")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.doc.map_header(new).name == "Закупки")  # (the delegate commits queued)
    assert panel._map_items[new].text(COL_NAME) == "Закупки"
    assert w.nav.breadcrumbs.texts() == ["Закупки — AS IS"]
    w.actions.undo.trigger()
    assert panel._map_items[new].text(COL_NAME) == "New map"
    w.actions.redo.trigger()
    # rename from the map's own command too
    from procedit.commands import SetMapFields

    w.push(SetMapFields("map_as_is", {"name": "Как есть"}))
    assert panel._map_items["map_as_is"].text(COL_NAME) == "Как есть"
    # duplicate the TO BE map: its procedure is copied below the copy
    w.switch_map("map_to_be")
    w.nav.duplicate_map_action.trigger()
    copy = w.map_id
    assert rows(panel)[4:] == [  # right after the original
        (0, "Маркетинг — TO BE (copy)"),
        (1, "М-07 Генерация лидов"),
        (2, "М-07 Генерация лидов"),
        (0, "Закупки"),
    ]
    # delete it (with its sub-map) and undo
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    before = rows(panel)
    w.nav.delete_map_action.trigger()
    assert copy not in panel._map_items and len(rows(panel)) == len(before) - 3
    w.actions.undo.trigger()
    assert rows(panel) == before
    # a renamed decomposed process renames its row
    from procedit.commands import SetFields

    w.push(SetFields({"tobe_leads": {"name": "Лиды"}}))
    assert (1, "М-07 Лиды") in rows(panel)


def test_drag_reorders_top_level_maps_as_one_undo_step(window, qtbot):
    w, panel = window, window.maps_panel
    tree = panel.tree
    to_be = panel._map_items["map_to_be"]
    as_is = panel._map_items["map_as_is"]
    tree.setCurrentItem(to_be)
    mime = QMimeData()
    pos = tree.visualItemRect(as_is).topLeft() + QPoint(5, 1)  # the upper half of the first row
    event = QDropEvent(
        QPointF(pos),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tree.dropEvent(event)
    assert w.doc.map_ids()[0] == "map_to_be"
    assert [r for r in rows(panel) if r[0] == 0] == [(0, "Маркетинг — TO BE"), (0, "Маркетинг — AS IS")]
    assert [tree.topLevelItem(i).data(0, MAP_ROLE) for i in range(2)] == ["map_to_be", "map_as_is"]
    w.actions.undo.trigger()
    assert [r for r in rows(panel) if r[0] == 0] == [(0, "Маркетинг — AS IS"), (0, "Маркетинг — TO BE")]
    panel.move_top_level("map_as_is", 2)  # to the end
    assert [r for r in rows(panel) if r[0] == 0] == [(0, "Маркетинг — TO BE"), (0, "Маркетинг — AS IS")]


def test_five_hundred_maps_build_and_big_maps_are_not_validated_in_idle_time(qtbot):
    maps = [
        ProcessMap(name=f"Карта {i}", kind=MapKind.TO_BE, processes=(Process(name="п"),)) for i in range(500)
    ]
    doc = Document(Project(maps=tuple(maps)))
    history = History(doc)
    panel = MapsPanel(doc, history.push)
    qtbot.addWidget(panel)
    assert panel.tree.topLevelItemCount() == 500
    history.push(AddMap(ProcessMap(name="Ещё одна")))
    assert panel.tree.topLevelItemCount() == 501
    history.undo()
    assert panel.tree.topLevelItemCount() == 500
    panel.detach()
