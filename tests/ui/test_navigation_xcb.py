"""The navigation keys on the real X11 platform (xcb under Xvfb), pressed through the X server.

Alt+Up, Ctrl+Enter, Alt+Left and Alt+Right are bound once each (a key registered twice never
fires on xcb) and do what they say when typed on the map: open the sub-map, go up with the parent
process selected, back and forward. Skipped where Xvfb or xdotool is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "marketing_ru.procmap"

SCRIPT = r"""
import json, subprocess, sys, time
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QKeySequence, QAction
app = QApplication(sys.argv)
from procedit.ui.window.main_window import MainWindow

w = MainWindow(sys.argv[1], persist=False, quiet=True)
w.resize(1200, 800)
w.show()
out = {"platform": app.platformName()}

def settle(seconds=0.4):
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.01)

def key(combo):
    subprocess.run(["xdotool", "key", "--clearmodifiers", combo], check=True)
    settle()

settle(1.0)
wid = str(int(w.winId()))
subprocess.run(["xdotool", "windowactivate", "--sync", wid], check=False)
subprocess.run(["xdotool", "windowfocus", "--sync", wid], check=True)
w.activateWindow()
settle()
# every shortcut of the window and its canvas, as xcb sees them: ours once each
counts = {}
for a in w.findChildren(QAction):
    for s in a.shortcuts():
        text = s.toString(QKeySequence.SequenceFormat.PortableText)
        counts[text] = counts.get(text, 0) + 1
out["counts"] = {k: counts.get(k, 0) for k in ("Alt+Up", "Ctrl+Return", "Ctrl+Enter", "Alt+Left", "Alt+Right")}
out["clashes"] = sorted(k for k, n in counts.items() if n > 1)

w.switch_map("map_to_be")
w.view.setFocus()
w.scene.select_ids(["tobe_leads"])
settle()
key("ctrl+Return")
out["after_ctrl_enter"] = w.map_id
key("alt+Up")
out["after_alt_up"] = [w.map_id, w.scene.selected_ids()]
key("alt+Left")
out["after_alt_left"] = w.map_id
key("alt+Right")
out["after_alt_right"] = w.map_id
print("RESULT " + json.dumps(out))
w.undo_stack.mark_clean()
w.close()
"""


def _xvfb():
    """A private Xvfb server: (process, display)."""
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as f:
        display = f.readline().strip()
    return proc, f":{display}"


@pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")), reason="needs Xvfb and xdotool")
def test_navigation_keys_on_xcb(tmp_path):
    server, display = _xvfb()
    try:
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "PROCEDIT_DATA_DIR": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        }
        result = subprocess.run(
            [sys.executable, "-c", SCRIPT, str(EXAMPLE)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            cwd=tmp_path,
        )
    finally:
        server.terminate()
        server.wait(10)
    line = next((x for x in result.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line is not None, result.stderr[-2000:]
    out = json.loads(line[len("RESULT ") :])
    assert out["platform"] == "xcb"
    assert out["counts"] == {"Alt+Up": 1, "Ctrl+Return": 1, "Ctrl+Enter": 1, "Alt+Left": 1, "Alt+Right": 1}
    assert not {"Alt+Up", "Ctrl+Return", "Ctrl+Enter", "Alt+Left", "Alt+Right"} & set(out["clashes"])
    assert out["after_ctrl_enter"] == "map_to_be_leads"
    assert out["after_alt_up"] == ["map_to_be", ["tobe_leads"]]
    assert out["after_alt_left"] == "map_to_be_leads"  # back to where Alt+Up came from
    assert out["after_alt_right"] == "map_to_be"
