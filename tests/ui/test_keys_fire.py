"""The advertised keys act: Ctrl+D duplicates, Delete deletes, F11 toggles full screen.

Marked ``xcb``: they run offscreen and again on the real X11 platform under Xvfb
(tests/ui/test_xcb_suite.py), where Qt's standard Delete is ``Del, Ctrl+D`` and an ambiguous key
used to do nothing at all.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from procedit.model import Process

CTRL = Qt.KeyboardModifier.ControlModifier


def _processes(window) -> list[Process]:
    return list(window.doc.processes(window.map_id))


def _select_first(window, qtbot) -> Process:
    first = _processes(window)[0]
    window.scene.select_ids([first.id])
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(lambda: window.view.hasFocus() and QApplication.activeWindow() is window)
    return first


def _no_ambiguous(qtlog) -> None:
    ambiguous = [r.message for r in qtlog.records if "Ambiguous" in r.message]
    assert ambiguous == []


@pytest.mark.xcb
def test_ctrl_d_duplicates_the_selection(open_window, qtbot, qtlog):
    window = open_window()
    before = len(_processes(window))
    first = _select_first(window, qtbot)
    QTest.keyClick(window.view, Qt.Key.Key_D, CTRL)
    after = _processes(window)
    assert len(after) == before + 1
    assert sum(p.name == first.name for p in after) == 2
    _no_ambiguous(qtlog)


@pytest.mark.xcb
def test_delete_key_deletes_the_selection(open_window, qtbot, qtlog):
    window = open_window()
    before = len(_processes(window))
    first = _select_first(window, qtbot)
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert len(_processes(window)) == before - 1
    assert window.doc.get(first.id) is None
    _no_ambiguous(qtlog)


@pytest.mark.xcb
def test_f11_toggles_full_screen(open_window, qtbot, qtlog):
    window = open_window()
    _select_first(window, qtbot)
    QTest.keyClick(window.view, Qt.Key.Key_F11)
    assert window.actions.full_screen.isChecked()
    qtbot.waitUntil(lambda: window.isFullScreen())
    QTest.keyClick(window.view, Qt.Key.Key_F11)
    assert not window.actions.full_screen.isChecked()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    _no_ambiguous(qtlog)


@pytest.mark.xcb
def test_ctrl_d_from_the_x_server(open_window, qtbot):
    """A real key press through the X server (xdotool), the way a user's keyboard delivers it."""
    if QApplication.platformName() != "xcb":
        pytest.skip("needs the real X11 platform (runs in the xcb pass)")
    if shutil.which("xdotool") is None:
        pytest.skip("xdotool is not installed (apt-get install xdotool)")
    window = open_window()
    before = len(_processes(window))
    _select_first(window, qtbot)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+d"], check=True, timeout=10)
    qtbot.waitUntil(lambda: len(_processes(window)) == before + 1, timeout=5000)
