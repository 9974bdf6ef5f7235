"""Opening a project in the window: fitted map, validation after the first frame, prompt badges."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QRectF

from procedit.commands import SetFields
from procedit.ui.window.main_window import MainWindow
from procedit.validation import live

pytestmark = pytest.mark.usefixtures("isolated_settings")


@pytest.fixture
def full_runs(monkeypatch):
    """Counts whole-map validations."""
    calls: list[str] = []
    original = live.LiveValidator._full

    def counted(self, map_id):
        calls.append(map_id)
        return original(self, map_id)

    monkeypatch.setattr(live.LiveValidator, "_full", counted)
    return calls


def close(qtbot, w: MainWindow) -> None:
    if w.undo_stack is not None:
        w.undo_stack.mark_clean()
    w.close()
    w.deleteLater()
    qtbot.wait(30)  # let deferred work and deleteLater run: nothing may call into deleted objects


def badge_of(w: MainWindow, name: str):
    p = next(p for p in w.doc.processes(w.map_id) if p.name == name)
    return p, w.scene.item_for(p.id)._badge


def test_a_window_closed_right_after_opening_raises_nothing(qtbot, project_file, full_runs):
    w = MainWindow(str(project_file), persist=False)
    close(qtbot, w)  # pytest-qt fails the test on an exception in any Qt callback
    w2 = MainWindow(str(project_file), persist=False)
    dropped = set(w2.doc.map_ids())
    del full_runs[:]
    w2.new_file()  # the file's panels are dropped before their deferred first refresh
    w2.show()
    qtbot.waitUntil(lambda: w2.problems_label.text() != "")
    close(qtbot, w2)
    assert full_runs and not dropped & set(full_runs)  # a dropped document is not validated


def test_the_map_is_validated_after_the_first_frame_not_before(qtbot, project_file, full_runs):
    w = MainWindow(str(project_file), persist=False)
    assert full_runs == []  # the constructor did not validate the whole map
    _, badge = badge_of(w, "Закупки")
    assert badge is None
    w.show()
    qtbot.waitUntil(lambda: badge_of(w, "Закупки")[1] is not None)  # no owner: a badge
    assert sorted(full_runs) == sorted(w.doc.map_ids())  # once each (the panel lists every map's)
    assert w.problems_label.text().startswith("Errors: ") or w.problems_label.text().startswith("Ошибок")
    close(qtbot, w)


def test_an_edit_updates_its_badge_without_resetting_every_badge(qtbot, project_file):
    w = MainWindow(str(project_file), persist=False)
    w.show()
    qtbot.waitUntil(lambda: badge_of(w, "Закупки")[1] is not None)
    resets: list[int] = []
    original = w.scene.set_findings
    w.scene.set_findings = lambda findings: (resets.append(1), original(findings))
    sales, before = badge_of(w, "Продажи")
    _, other = badge_of(w, "Закупки")
    w.push(SetFields({sales.id: {"owner_id": None}}, label="Change owner"))
    qtbot.waitUntil(lambda: badge_of(w, "Продажи")[1] != before)  # no explicit refresh: the timer
    assert badge_of(w, "Продажи")[1] is not None
    assert badge_of(w, "Закупки")[1] == other
    assert resets == []  # only the changed elements' badges were touched
    w.undo_stack.undo()
    qtbot.waitUntil(lambda: badge_of(w, "Продажи")[1] == before)
    close(qtbot, w)


def test_the_map_opens_fitted_in_a_normal_window(qtbot, project_file):
    w = MainWindow(str(project_file), persist=False)  # fitted here, before any layout
    w.resize(1600, 1000)
    w.show()
    qtbot.waitExposed(w)
    view = w.view
    opened = view.zoom
    rect: QRectF = view.scene().map_rect()
    shown = view.mapFromScene(rect).boundingRect()
    assert view.viewport().rect().contains(shown)  # the whole map is in sight
    view.fit_map()  # what "Fit map" gives in this window
    assert opened == pytest.approx(view.zoom, rel=1e-3)
    view.zoom_in()  # the user's zoom survives a later resize
    chosen = view.zoom
    w.resize(1300, 900)
    qtbot.wait(10)
    assert view.zoom == pytest.approx(chosen)
    close(qtbot, w)


def test_a_big_project_is_freed_when_another_document_replaces_it(qtbot, project_file, monkeypatch):
    """Loading a big file moves it out of the GC's scans (gc.freeze); it must still be freed."""
    import gc
    import weakref

    from PySide6.QtCore import QCoreApplication, QEvent

    from procedit.ui.window import files

    monkeypatch.setattr(files, "FREEZE_MIN_BYTES", 0)  # the sample counts as big
    try:
        w = MainWindow(str(project_file), persist=False)
        assert gc.get_freeze_count() > 0
        w.show()
        qtbot.waitUntil(lambda: w.problems_label.text() != "")
        process = weakref.ref(next(iter(w.doc.processes(w.map_id))))
        w.new_file()
        qtbot.wait(400)  # the idle-time warming of the save cache notices and lets go
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        assert process() is None
        close(qtbot, w)
    finally:
        gc.unfreeze()


def test_going_to_an_element_is_not_undone_by_a_later_resize(qtbot, project_file):
    w = MainWindow(str(project_file), persist=False)
    w.resize(1600, 1000)
    w.show()
    qtbot.waitExposed(w)
    target = next(p for p in w.doc.processes(w.map_id) if p.name == "Закупки")
    w.view.set_zoom(1.5)  # closer than the fit, so that centring moves the view
    w.view._fit_pending = True  # as right after opening, before any user input
    w.go_to(target.id)  # e.g. a problem clicked in the problems panel
    w.resize(1500, 950)
    qtbot.wait(10)
    centre = w.view.mapToScene(w.view.viewport().rect().center())
    box = w.scene.item_for(target.id).sceneBoundingRect()
    assert box.adjusted(-60, -60, 60, 60).contains(centre)  # still centred on it, not refitted
    close(qtbot, w)
