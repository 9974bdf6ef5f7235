"""A save that fails says the changes are kept in the recovery copy only when they are:
after the failure the app is killed (SIGKILL) and the next start offers exactly that state."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from procedit import storage
from procedit.storage.recovery import RecoveryStore

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "marketing_ru.procmap"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

SCRIPT = textwrap.dedent(
    """
    from procedit.commands import SetProjectFields
    from procedit.storage import dumps

    asked = []

    class Prompts:
        def save_failed(self, parent, message, **details):
            asked.append((message, details))
            return False

    host.safety.prompts = Prompts()
    host.safety.max_delay = 3600  # no autosave of its own: only the failed save may keep it
    host.safety._timer.setInterval(3_600_000)
    host.push(SetProjectFields({"name": "Правка, которую не удалось сохранить"}))
    assert not host.safety.save()
    [(message, details)] = asked
    with open(OUT, "wb") as f:
        f.write(dumps(host.doc.project))
    print("MESSAGE", message, flush=True)
    print("PROBLEM", host.safety.problem, flush=True)
    print("KEPT", details["kept"], flush=True)
    """
)


def test_a_failed_save_keeps_a_real_recovery_copy_that_survives_sigkill(tmp_path, monkeypatch):
    project = tmp_path / "Маркетинг.procmap"
    shutil.copy(EXAMPLE, project)
    project.chmod(0o444)  # saving is refused (also for root: the write bits count)
    original = project.read_bytes()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PROCEDIT_DATA_DIR=str(tmp_path / "data"))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    expected_file = tmp_path / "expected.procmap"
    script = tmp_path / "edit.py"
    script.write_text(f"OUT = {str(expected_file)!r}\n" + SCRIPT, "utf-8")
    app = subprocess.Popen(
        [sys.executable, "-m", "procedit.ui.testhook", str(project), str(script)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
        text=True,
    )
    watchdog = threading.Timer(300, app.kill)
    watchdog.start()
    lines: dict[str, str] = {}
    try:
        for line in app.stdout:
            key, _, rest = line.strip().partition(" ")
            lines[key] = rest
            if key == "KEPT":
                break
        else:
            pytest.fail(f"the app ended early: {lines} {app.stderr.read()}")
        kept = Path(lines["KEPT"])
        assert kept.exists()  # what the message claims is on disk before anything else happens
        os.kill(app.pid, signal.SIGKILL)
    finally:
        watchdog.cancel()
        app.kill()
        app.wait()
    assert "read-only" in lines["MESSAGE"] or "только для чтения" in lines["MESSAGE"]
    assert lines["PROBLEM"]  # shown persistently, not a passing status line
    assert project.read_bytes() == original
    monkeypatch.setenv("PROCEDIT_DATA_DIR", env["PROCEDIT_DATA_DIR"])
    [entry] = RecoveryStore().list_recoverable()
    assert entry.data == expected_file.read_bytes()
    assert storage.loads(entry.data).name == "Правка, которую не удалось сохранить"
