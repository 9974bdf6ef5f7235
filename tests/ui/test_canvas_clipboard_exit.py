"""Copied map elements left on the system clipboard must not crash the process at exit.

Each case runs in a fresh interpreter: the crash (a segfault, exit code 139) happened only
after the script had finished, when Qt deleted the clipboard's data.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SETUP = """
    import os, sys
    sys.path.insert(0, "tests/ui")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from canvas_helpers import small_project
    from procedit.commands import Document, History
    from procedit.ui.canvas.clipboard import MIME
    from procedit.ui.canvas.scene import MapScene

    app = QApplication([])
    doc = Document(small_project())
    history = History(doc)
    scene = MapScene(doc, history.push, doc.project.maps[0].id)
    scene.select_all()
    scene.copy_selection()
    assert app.clipboard().mimeData().hasFormat(MIME)
"""

CASES = {
    "quit from the event loop": """
        QTimer.singleShot(0, app.quit)
        sys.exit(app.exec())
    """,
    "script ends without quitting": """
        print("done")
    """,
    "copy twice, paste, then the scene and app are deleted": """
        scene.copy_selection()
        scene.paste()
        assert len(scene.selected_ids()) >= 4
        del scene
        del app
    """,
    "sys.exit right after the copy": """
        sys.exit(0)
    """,
}


@pytest.mark.parametrize("case", list(CASES))
def test_process_exits_cleanly_after_copy(case):
    script = textwrap.dedent(SETUP) + textwrap.dedent(CASES[case])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, f"exit code {done.returncode}\n{done.stderr[-2000:]}"
