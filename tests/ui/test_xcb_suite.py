"""The ``xcb`` tests again, on the real X11 platform under Xvfb, where Linux users meet the app.

Key bindings, focus, clipboard and window states differ between Qt's platforms: the offscreen
platform the suite runs on has Windows' standard keys, X11 has its own (Delete is ``Del, Ctrl+D``
there). This test runs every test marked ``xcb`` under ``tests/ui`` in a second pytest process
with ``QT_QPA_PLATFORM=xcb`` on an X server: the one named by ``PROCEDIT_TEST_DISPLAY`` (.ci/run
starts one), or an Xvfb of its own. Without Xvfb, or without the X11 libraries Qt's xcb plugin
needs, it is skipped with the reason (``PROCEDIT_REQUIRE_XCB=1`` turns that skip into a failure,
as in CI).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NEEDS = (
    "apt-get install xvfb libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 "
    "libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libegl1"
)


def _unavailable(reason: str) -> None:
    if os.environ.get("PROCEDIT_REQUIRE_XCB") == "1":
        pytest.fail(f"the xcb tests must run here but cannot: {reason}")
    pytest.skip(f"the xcb tests did not run: {reason} ({NEEDS})")


@pytest.fixture
def x_display():
    """An X display to run on: PROCEDIT_TEST_DISPLAY, or a private Xvfb for this test."""
    given = os.environ.get("PROCEDIT_TEST_DISPLAY")
    if given:
        yield given
        return
    if shutil.which("Xvfb") is None:
        _unavailable("Xvfb is not installed")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()  # Xvfb writes its display number once it is ready
        if not number:
            server.kill()
            _unavailable(f"Xvfb did not start: {server.communicate(timeout=10)[1].decode()[-300:]}")
        yield f":{number}"
    finally:
        if server.poll() is None:
            server.terminate()
            server.wait(timeout=10)


def _xcb_env(display: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=display)
    env.pop("QT_QPA_PLATFORMTHEME", None)
    env.pop("WAYLAND_DISPLAY", None)
    return env


def test_xcb_tests_pass_on_the_real_x11_platform(x_display):
    env = _xcb_env(x_display)
    probe = subprocess.run(
        [sys.executable, "-c", "from PySide6.QtGui import QGuiApplication as A; A([]).platformName()"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if probe.returncode != 0:
        _unavailable(f"Qt cannot start on xcb: {probe.stderr.strip()[-400:]}")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "xcb", "tests/ui"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    report = (run.stdout + run.stderr)[-6000:]
    assert run.returncode == 0, f"the xcb pass failed:\n{report}"
    assert " passed" in run.stdout, report
