"""The adversarial sizes: the largest files the project's limits allow, checked and exported.

Each figure runs procedit in a fresh process (as a user or a CI job would) and reports its
wall time and its peak memory (RSS, from ``wait4``): the targets are a check of the largest
allowed file in under 10 s and 2 GB, and the longest allowed text exported (its words
wrapped) in time linear in its length; a 1 MB word wraps in under a second.

- ``check_boxes``: ``MAX_BOXES`` tiny processes (only an id) spread over maps of
  ``MAX_PROCESSES``: the most findings a file can produce (every rule fires on each box).
- ``check_objects``: ``MAX_OBJECTS`` objects, most of them empty criteria (a finding each).
- ``check_json``: the first file with ``--format json``.
- ``check_full``: a file at every count limit at once (``fullest_file``: ``MAX_OBJECTS`` elements
  of processes filled as a consultant fills them, ``MAX_MEASUREMENTS`` measured values; ~210 MB,
  what ``MAX_BYTES`` was chosen for); ``refuse_full``: the same with one measured value more,
  refused before anything is built.
- ``export_text``: one process whose description is one word of ``MAX_TEXT`` characters,
  its name ``MAX_LINE`` characters without a space, and a document's embedded text of
  ``MAX_DOCUMENT_TEXT`` characters, exported to PDF.
- ``wrap_1mb``: ``wrap_text`` of a 1,000,000-character word, in this process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from harness import Row

from procedit.model import limits

ROOT = Path(__file__).resolve().parents[2]

LIMIT_FIGURES = [
    ("check_boxes", "check, largest file: tiny boxes", "s"),
    ("check_json", "  … --format json", "s"),
    ("check_objects", "check, largest file: objects", "s"),
    ("check_full", "check, fullest file: every count limit", "s"),
    ("refuse_full", "  … one measured value more: refused", "s"),
    ("export_text", "PDF, longest texts", "s"),
    ("wrap_1mb", "wrap a 1 MB word", "s"),
]
MAX_SECONDS = 10.0
MAX_RSS_MB = 2048.0
MAX_REFUSE_SECONDS = 2.0  # a file beyond the limits is refused before anything is built


def boxes_file(path: Path) -> int:
    """``MAX_BOXES`` processes holding only an id, in maps of at most ``MAX_PROCESSES``."""
    maps, left, m = [], limits.MAX_BOXES, 0
    while left:
        n = min(left, limits.MAX_PROCESSES)
        procs = ",".join(f'{{"id":"p{m}_{i}"}}' for i in range(n))
        maps.append(f'{{"id":"m{m}","name":"Карта {m}","processes":[{procs}]}}')
        left -= n
        m += 1
    path.write_text(f'{{"format":{_format()},"maps":[{",".join(maps)}]}}', encoding="utf-8")
    return limits.MAX_BOXES


def objects_file(path: Path) -> int:
    """About ``MAX_OBJECTS`` objects: processes with ``MAX_ITEMS`` empty criteria each."""
    per = limits.MAX_ITEMS
    n_proc = (limits.MAX_OBJECTS - 10) // (per + 1)

    def criteria(i: int) -> str:
        return ",".join('{"id":"c' + f"{i}_{k}" + '"}' for k in range(per))

    procs = ",".join(
        '{"id":"p' + str(i) + '","name":"П' + str(i) + '","criteria":[' + criteria(i) + "]}"
        for i in range(n_proc)
    )
    path.write_text(
        f'{{"format":{_format()},"maps":[{{"id":"m0","processes":[{procs}]}}]}}', encoding="utf-8"
    )
    return n_proc * (per + 1) + 2


# one process of the fullest file, filled as a consultant fills it: 16 elements (the process,
# 3 inputs, 3 outputs, 3 stages, 3 criteria with their targets) and 64 measured values
FULL_PER_PROCESS = 16


def _full_process(actuals: tuple[int, int, int]):
    from procedit.model import Criterion, Flow, Measurement, Process, Stage, Target
    from procedit.model.process import Comparison

    text = "Приём заявки клиента, проверка комплектности документов и передача в работу отделу продаж. "

    def values(n: int):
        return tuple(
            Measurement(
                period=f"{2020 + a // 12}-{a % 12 + 1:02d}",
                value=float(80 + a % 21),
                note="уточнено по отчёту CRM" if a % 5 == 0 else "",
            )
            for a in range(n)
        )

    return Process(
        id="pXXXXX",
        code="XXXXX",
        name="Процесс XXXXX: обработка входящих заявок",
        description=text * 2,
        inputs=tuple(Flow(id=f"piXXXXX_{k}", what=f"Заявка клиента {k}") for k in range(3)),
        outputs=tuple(Flow(id=f"poXXXXX_{k}", what=f"Договор {k}") for k in range(3)),
        stages=tuple(Stage(id=f"psXXXXX_{k}", name=f"Этап {k}: проверка") for k in range(3)),
        criteria=tuple(
            Criterion(
                id=f"pcXXXXX_{k}",
                name=f"Доля заявок, обработанных за сутки {k}",
                target=Target(comparison=Comparison.AT_LEAST, value=90.0, warning=85.0),
                unit="%",
                period="месяц",
                method="Отчёт CRM по заявкам за месяц",
                actuals=values(n),
            )
            for k, n in enumerate(actuals)
        ),
    )


def fullest_file(path: Path, more: int = 0) -> tuple[int, int]:
    """A file at every count limit at once, written by procedit's own serializer: ``MAX_OBJECTS``
    elements (processes filled as in ``_full_process``, maps of at most ``MAX_PROCESSES``) and
    ``MAX_MEASUREMENTS`` measured values (``more`` beyond). Returns (elements, measured values)."""
    from procedit.model import ProcessMap, Project
    from procedit.storage import dumps

    n_proc = (limits.MAX_OBJECTS - 10) // FULL_PER_PROCESS
    criteria = 3 * n_proc
    total = limits.MAX_MEASUREMENTS + more
    each, extra = divmod(total, criteria)  # ``extra`` criteria get one more
    kinds = {}  # the text of a process by its criteria's counts, with XXXXX for the number
    maps = 0
    with open(path, "wb") as f:  # written as made: the bench's own memory stays small
        f.write(b'{\n  "format": %d,\n  "maps": [\n' % _format())
        for i in range(n_proc):
            counts = tuple(each + (3 * i + k < extra) for k in range(3))
            if counts not in kinds:
                one = dumps(Project(maps=(ProcessMap(id="m", processes=(_full_process(counts),)),)))
                start = one.index(b'"processes": [\n') + len(b'"processes": [\n')
                kinds[counts] = one[start : one.index(b"\n        }\n      ]", start) + 10]
            if i % limits.MAX_PROCESSES == 0:
                if maps:
                    f.write(b"\n      ]\n    },\n")
                name = f"Карта {maps}".encode()
                f.write(b'    {\n      "id": "m%d",\n      "name": "%s",\n      "processes": [\n' % (maps, name))
                maps += 1
            else:
                f.write(b",\n")
            f.write(kinds[counts].replace(b"XXXXX", b"%05d" % i))
        f.write(b"\n      ]\n    }\n  ]\n}\n")
    return n_proc * FULL_PER_PROCESS + maps + 1, total


def long_text_file(path: Path) -> int:
    name = "Н" * limits.MAX_LINE
    tree = {
        "format": _format(),
        "name": "Длинные тексты",
        "maps": [
            {
                "id": "m0",
                "name": "Карта",
                "processes": [
                    {
                        "id": "p0",
                        "code": "К" * limits.MAX_LINE,
                        "name": name,
                        "description": "Д" * limits.MAX_TEXT,
                        "goal": ("слово " * (limits.MAX_TEXT // 6)).strip(),
                        "documents": [
                            {"id": "d0", "title": "Шаблон", "text": "Т" * limits.MAX_DOCUMENT_TEXT}
                        ],
                    }
                ],
            }
        ],
    }
    path.write_text(json.dumps(tree, ensure_ascii=False), encoding="utf-8")
    return limits.MAX_DOCUMENT_TEXT


def _format() -> int:
    from procedit.storage import FORMAT

    return FORMAT


def run_procedit(*args: str, timeout: float = 600) -> tuple[float, float, int]:
    """(wall seconds, peak RSS in MB, exit code) of ``python -m procedit ARGS``."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "procedit", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=ROOT,
    )
    deadline = t0 + timeout
    hwm_kb = 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        hwm_kb = max(hwm_kb, _high_water_kb(proc.pid))
        if time.perf_counter() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.02)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss of a child keeps the parent's resident size at the fork (Linux carries the
    # high-water mark over exec): in the full benchmark, whose process holds gigabytes of
    # generated maps, every row read the bench's own size.  The exec'd program's own peak is
    # its VmHWM, read while it runs (a monotone high-water mark, sampled every 20 ms).
    peak_kb = hwm_kb or usage.ru_maxrss
    return wall, peak_kb / 1024, proc.returncode


def _high_water_kb(pid: int) -> int:
    """The peak resident size (kB) of process ``pid``'s current program, 0 when unknown."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _subprocess_row(row: Row, n: int, *args: str, ok: tuple[int, ...] = (0, 1)) -> None:
    wall, rss, code = run_procedit(*args)
    row.n = n
    row.value = row.best = wall
    row.extra["rss_mb"] = rss
    if code not in ok:
        row.status, row.note = "error", f"exit code {code}"
    else:
        row.note = f"peak RSS {rss:.0f} MB"


def measure_limits(tmp: Path, log=None) -> list[Row]:
    """Every figure of ``LIMIT_FIGURES``, judged against its targets."""
    log = log or (lambda s: None)
    rows = {key: Row(key, label, 0, unit) for key, label, unit in LIMIT_FIGURES}
    boxes = tmp / "limits-boxes.procmap"
    n = boxes_file(boxes)
    log(f"limits: {boxes.stat().st_size / 1e6:.1f} MB of {n} tiny boxes")
    _subprocess_row(rows["check_boxes"], n, "check", str(boxes))
    _subprocess_row(rows["check_json"], n, "check", "--format", "json", str(boxes))
    objects = tmp / "limits-objects.procmap"
    n = objects_file(objects)
    log(f"limits: {objects.stat().st_size / 1e6:.1f} MB of {n} objects")
    _subprocess_row(rows["check_objects"], n, "check", str(objects))
    full = tmp / "limits-full.procmap"
    n, values = fullest_file(full)
    log(f"limits: {full.stat().st_size / 1e6:.1f} MB of {n} elements and {values} measured values")
    _subprocess_row(rows["check_full"], n + values, "check", str(full))
    n, values = fullest_file(full, more=1)
    _subprocess_row(rows["refuse_full"], n + values, "check", str(full), ok=(2,))
    full.unlink()
    text = tmp / "limits-text.procmap"
    n = long_text_file(text)
    _subprocess_row(rows["export_text"], n, "export", str(text), "-o", str(tmp / "limits-text.pdf"), ok=(0,))
    from procedit.export import fonts

    fonts.register_fonts()
    word = "Ж" * 1_000_000
    t0 = time.perf_counter()
    lines = fonts.wrap_text(word, fonts.REGULAR, 10, 400, 1_000_000)
    r = rows["wrap_1mb"]
    r.n, r.value = len(word), time.perf_counter() - t0
    r.best = r.value
    r.note = f"{len(lines)} lines"
    fonts.forget_texts()
    for key in ("check_boxes", "check_json", "check_objects", "check_full"):
        row = rows[key]
        row.target = f"≤ {MAX_SECONDS:g} s, ≤ {MAX_RSS_MB:g} MB"
        if row.value is not None and row.status == "ok":
            row.passed = row.value <= MAX_SECONDS and row.extra["rss_mb"] <= MAX_RSS_MB
    r.target = "< 1 s"
    r.passed = r.value < 1.0
    r = rows["refuse_full"]
    r.target = f"≤ {MAX_REFUSE_SECONDS:g} s"
    if r.value is not None and r.status == "ok":
        r.passed = r.value <= MAX_REFUSE_SECONDS
    for f in tmp.glob("limits-*"):
        f.unlink()
    return list(rows.values())
