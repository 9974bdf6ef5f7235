"""A 2,000-process map opens, is edited with real gestures and quits with exit code 0.

Run in a child process: the point is the interpreter's exit status after thousands of
Qt calls (a broken PySide6 build aborts at exit or midway, see test_canary.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path[:0] = [{perf!r}, {ui!r}]
from generate import make_project
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
app = QApplication([])
from canvas_helpers import drag, type_text
from procedit.commands import Document, History
from procedit.ui.canvas.scene import MapScene
from procedit.ui.canvas.view import MapView

project = make_project(2000)
doc = Document(project)
history = History(doc)
scene = MapScene(doc, history.push, project.maps[0].id)
view = MapView(scene)
view.resize(1920, 1080)
view.show()
app.processEvents()
first = project.maps[0].processes[1000]
item = scene.item_for(first.id)
view.centerOn(item.sceneBoundingRect().center())
app.processEvents()
start = view.mapFromScene(item.sceneBoundingRect().center())
drag(view, start, start + QPoint(120, 40), steps=40)
assert doc.get(first.id).x != first.x, "the drag did not move the process"
scene.add_process_at(view.mapToScene(QPoint(60, 60)))
type_text(view, "Новый процесс")
from PySide6.QtTest import QTest
QTest.keyClick(view, Qt.Key.Key_Return)
assert any(p.name == "Новый процесс" for p in doc.processes(scene.map_id))
scene.select_all()
scene.auto_layout()
view.fit_map()
view.viewport().grab()
while history.can_undo:
    history.undo()
assert doc.get(first.id).x == first.x
view.close()
app.processEvents()
print("OK", len(scene.items()))
"""


def test_big_map_opens_edits_and_quits_cleanly(tmp_path):
    script = tmp_path / "big.py"
    script.write_text(
        SCRIPT.format(perf=str(ROOT / "tests" / "perf"), ui=str(ROOT / "tests" / "ui")), "utf-8"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(script)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.startswith("OK 6002"), result.stdout  # 2,000 boxes + 4,000 links (+ 2 parties)
