"""Timings of the validator on generated maps (not a test; run by hand).

    .venv/bin/python tests/validation/bench_live.py [N ...]

Prints, per N: a full ``validate``, the live validator's first run, and the extra time one
command costs until the findings are current (push with the validator and ``findings_for``
minus the bare push), median over repeats, CPU time.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "perf"))

from generate import make_project

from procedit.commands import AddElements, Delete, Document, History, SetFields
from procedit.model import Link, Process
from procedit.validation import LiveValidator, validate


def _cpu_ms(fn) -> float:
    t = time.process_time()
    fn()
    return (time.process_time() - t) * 1000


def bench(n: int, repeats: int = 15) -> None:
    project = make_project(n)
    full = min(_cpu_ms(lambda: validate(project)) for _ in range(3))
    bare_doc, doc = Document(project), Document(project)
    bare_history, history = History(bare_doc), History(doc)
    map_id = doc.map_ids()[0]
    procs = [p.id for p in doc.processes(map_id)]
    live_init = _cpu_ms(lambda: LiveValidator(doc).findings_for(map_id))  # maps are validated on first use
    live = LiveValidator(doc)
    live.findings_for(map_id)

    def push_and_read(cmd) -> None:
        history.push(cmd, merge=False)
        live.findings_for(map_id)

    def cost(make_cmd) -> float:
        """Median extra CPU time of one command with the live validator attached."""
        bare, live = [], []
        for i in range(repeats):
            bare.append(_cpu_ms(lambda i=i: bare_history.push(make_cmd(i), merge=False)))
            live.append(_cpu_ms(lambda i=i: push_and_read(make_cmd(i))))
        return statistics.median(live) - statistics.median(bare)

    edits = {
        "description": lambda i: SetFields({procs[i]: {"description": f"текст {i}"}}),
        "name": lambda i: SetFields({procs[i]: {"name": f"Процесс {i}"}}),
        "owner": lambda i: SetFields({procs[i]: {"owner_id": None}}),
        "move": lambda i: SetFields({procs[i]: {"x": 10.0 * i}}),
        "add link": lambda i: AddElements(map_id, [Link(source_id=procs[i], target_id=procs[-1 - i])]),
        "add process": lambda i: AddElements(map_id, [Process(name=f"Новый {i}")]),
        "delete process": lambda i: Delete([procs[i]]),
    }
    row = ", ".join(f"{k} {cost(make):.2f}" for k, make in edits.items())
    print(
        f"N={n}: full validate {full:.0f} ms; LiveValidator start {live_init:.0f} ms; per command: {row} ms"
    )


if __name__ == "__main__":
    for n in [int(a) for a in sys.argv[1:]] or [1000, 5000]:
        bench(n)
