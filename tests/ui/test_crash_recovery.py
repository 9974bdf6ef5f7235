"""A real crash: the app edits a copy of an example, autosaves, is killed with SIGKILL;
the next start offers the edits back, byte for byte, and the user's file is untouched."""

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
from procedit.storage.lock import read_lock
from procedit.storage.recovery import RecoveryStore

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "marketing_ru.procmap"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

EDIT = textwrap.dedent(
    """
    from procedit.commands import AddElements, SetFields, SetProjectFields
    from procedit.model import Process
    from procedit.storage import dumps

    doc = host.doc
    map_id = doc.map_ids()[0]
    first = next(iter(doc.processes(map_id)))
    host.push(SetProjectFields({"name": "Маркетинг — после правки «ёж»"}))
    host.push(SetFields({first.id: {"description": "Правка перед сбоем\\nвторая строка", "x": 123.5}}))
    host.push(AddElements(map_id, [Process(id="proc_crash_test", name="Новый процесс", x=40, y=40)]))
    assert wait_for(host.safety.autosaved), "no autosave"
    host.safety.wait_for_autosave()
    expected = dumps(host.doc.project)
    with open(OUT, "wb") as f:
        f.write(expected)
    print("HOST", host.kind, flush=True)
    print("READY", host.safety.recovery_file, flush=True)
    """
)

CHECK = textwrap.dedent(
    """
    from procedit.storage import dumps

    assert len(recovered) == 1, recovered
    print("HOST", host.kind, flush=True)
    print("PATH", recovered[0].original_path, flush=True)
    with open(OUT, "wb") as f:
        f.write(dumps(host.doc.project))
    print("MODIFIED", host.modified, flush=True)
    host.safety.close()
    raise SystemExit(0)
    """
)


def run_hook(args, env, script_text, out, tmp_path, name):
    script = tmp_path / f"{name}.py"
    script.write_text(f"OUT = {str(out)!r}\n" + script_text, "utf-8")
    return subprocess.Popen(
        [sys.executable, "-m", "procedit.ui.testhook", *args, str(script)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
        text=True,
    )


def test_sigkill_after_autosave_loses_nothing(tmp_path, monkeypatch):
    project = tmp_path / "Маркетинг.procmap"
    shutil.copy(EXAMPLE, project)
    original = project.read_bytes()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PROCEDIT_DATA_DIR=str(tmp_path / "data"))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    expected_file = tmp_path / "expected.procmap"

    app = run_hook([str(project)], env, EDIT, expected_file, tmp_path, "edit")
    watchdog = threading.Timer(300, app.kill)  # a hung app must not hang the test run
    watchdog.start()
    lines = []
    try:
        for line in app.stdout:
            lines.append(line.strip())
            if line.startswith("READY"):
                break
        else:
            pytest.fail(f"the app ended before autosaving: {lines} {app.stderr.read()}")
        assert read_lock(project).pid == app.pid  # the running app holds the lock
        os.kill(app.pid, signal.SIGKILL)
    finally:
        watchdog.cancel()
        app.kill()
        app.wait()
    assert app.returncode == -signal.SIGKILL
    expected = expected_file.read_bytes()

    # the user's file was never written by autosave
    assert project.read_bytes() == original
    # headless: the edits wait in the recovery folder, byte for byte
    monkeypatch.setenv("PROCEDIT_DATA_DIR", env["PROCEDIT_DATA_DIR"])
    [entry] = RecoveryStore().list_recoverable()
    assert entry.data == expected
    assert entry.original_path == str(project.resolve())
    recovered = storage.loads(entry.data)
    assert recovered.name == "Маркетинг — после правки «ёж»"
    assert any(p.id == "proc_crash_test" for m in recovered.maps for p in m.processes)
    # the crashed app's lock is stale now: the next start takes it over without asking
    assert read_lock(project).is_stale

    # starting again: the recovery dialog offers it, "Recover" opens it as modified
    reopened_file = tmp_path / "reopened.procmap"
    again = run_hook(["--recover", "-"], env, CHECK, reopened_file, tmp_path, "check")
    out, err = again.communicate(timeout=120)
    assert again.returncode == 0, out + err
    assert f"PATH {project.resolve()}" in out
    assert "MODIFIED True" in out
    assert reopened_file.read_bytes() == expected
    # recovered and closed cleanly: nothing is offered a third time
    assert RecoveryStore().list_recoverable() == []
    print(
        "hosts:",
        [x for x in lines if x.startswith("HOST")],
        [x for x in out.splitlines() if x.startswith("HOST")],
    )
