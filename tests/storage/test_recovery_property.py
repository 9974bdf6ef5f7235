"""Property: whatever is edited, autosaved and recovered, recovery gives back the last autosaved model."""

from __future__ import annotations

import subprocess
import sys
import tempfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from procedit.commands import AddElements, Delete, Document, History, SetFields, SetProjectFields
from procedit.model import Link, Process, ProcessMap, Project
from procedit.storage import dumps
from procedit.storage.recovery import RecoveryStore, join_envelope, split_envelope

_p = subprocess.Popen([sys.executable, "-c", "pass"])
_p.wait()
DEAD_PID = _p.pid  # a process that has ended: its autosaves are recoverable

text = st.text(alphabet='абвгдеёжзАБВГ xyz«»—"\\\n0123', max_size=12)

ops = st.one_of(
    st.tuples(st.just("rename"), text),
    st.tuples(st.just("add"), text, st.floats(-500, 500), st.floats(-500, 500)),
    st.tuples(st.just("move"), st.integers(0, 10), st.floats(-500, 500)),
    st.tuples(st.just("describe"), st.integers(0, 10), text),
    st.tuples(st.just("link"), st.integers(0, 10), st.integers(0, 10)),
    st.tuples(st.just("delete"), st.integers(0, 10)),
    st.just(("undo",)),
    st.just(("redo",)),
    st.just(("autosave",)),
    st.just(("crash",)),
)


def start() -> Project:
    return Project(name="Проект", maps=(ProcessMap(id="map_main", name="Карта"),))


def apply(history: History, op: tuple) -> None:
    doc = history.doc
    procs = list(doc.processes("map_main"))
    kind = op[0]
    if kind == "rename":
        history.push(SetProjectFields({"name": op[1]}, merge_key="name"))
    elif kind == "add":
        history.push(AddElements("map_main", [Process(name=op[1], x=op[2], y=op[3])]))
    elif kind == "move" and procs:
        p = procs[op[1] % len(procs)]
        history.push(SetFields({p.id: {"x": op[2]}}, label="Move"))
    elif kind == "describe" and procs:
        p = procs[op[1] % len(procs)]
        history.push(SetFields({p.id: {"description": op[2]}}, merge_key=("d", p.id)))
    elif kind == "link" and procs:
        a, b = procs[op[1] % len(procs)], procs[op[2] % len(procs)]
        history.push(AddElements("map_main", [Link(source_id=a.id, target_id=b.id)]))
    elif kind == "delete" and procs:
        history.push(Delete([procs[op[1] % len(procs)].id]))
    elif kind == "undo":
        history.undo()
    elif kind == "redo":
        history.redo()


def crash(slot) -> None:
    """The process dies: its envelope stays, owned by a pid that no longer runs."""
    if slot.file.exists():
        meta, data = split_envelope(slot.file.read_bytes())
        meta["pid"] = DEAD_PID
        meta["process_start"] = None
        slot.file.write_bytes(join_envelope(meta, data))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ops, max_size=30))
def test_recovery_returns_the_last_autosaved_model(sequence):
    with tempfile.TemporaryDirectory() as tmp:
        store = RecoveryStore(tmp)
        history = History(Document(start()))
        slot = store.open_slot(None, "Без имени")
        generation = 0
        last_saved: Project | None = None
        for op in [*sequence, ("autosave",), ("crash",)]:
            if op[0] == "autosave":
                generation += 1
                last_saved = history.doc.project
                slot.write(dumps(last_saved), generation)
            elif op[0] == "crash":
                crash(slot)
                recoverable = store.list_recoverable()
                if last_saved is None:
                    assert recoverable == []
                    continue
                [entry] = recoverable
                assert entry.data == dumps(last_saved)
                recovered = entry.load()
                assert recovered == last_saved
                # the next session goes on editing the recovered document
                slot = store.adopt(entry)
                history = History(Document(recovered))
                generation = 0
            else:
                apply(history, op)
        assert store.list_recoverable() == []  # the final recovery was adopted
        assert history.doc.project == last_saved
