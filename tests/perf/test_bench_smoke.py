"""The benchmark runs end to end at N = 50, so it never rots (no timing is asserted)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench
from generate import make_project

from procedit.model import check_integrity


def test_generator_is_deterministic_complete_and_consistent():
    a, b = make_project(60, seed=1), make_project(60, seed=1)
    assert a == b
    assert make_project(60, seed=2) != a
    assert check_integrity(a) == []
    (pmap,) = a.maps
    assert len(pmap.processes) == 60 and len(pmap.links) == 120
    assert len(a.people) == 6
    p = pmap.processes[0]
    assert (len(p.inputs), len(p.outputs), len(p.stages), len(p.criteria), len(p.documents)) == (
        3,
        3,
        3,
        3,
        2,
    )
    assert 280 <= len(p.description) <= 300 and any("а" <= ch <= "я" for ch in p.description)
    assert p.owner_id in {person.id for person in a.people}
    assert len({q.name for q in pmap.processes}) == 60
    # links join grid neighbours (never across the map), no pair twice; inner processes have 4
    where = {q.id: (q.x, q.y) for q in pmap.processes}
    pairs = [frozenset((lk.source_id, lk.target_id)) for lk in pmap.links]
    assert len(set(pairs)) == len(pairs)
    for lk in pmap.links:
        (x1, y1), (x2, y2) = where[lk.source_id], where[lk.target_id]
        assert abs(x1 - x2) <= 2 * 240 and abs(y1 - y2) <= 2 * 140
    cols = sum(1 for q in pmap.processes if q.y == 0)
    inner = pmap.processes[2 * cols + cols // 2]  # third row, middle column
    assert sum(inner.id in (lk.source_id, lk.target_id) for lk in pmap.links) == 4


@pytest.fixture(scope="module")
def rows(qapp):
    return bench.run(sizes=[50], repeats=1)


def test_table_has_every_figure(rows):
    per_size = [(r.key, r.n) for r in rows if r.key != "maps_dock"]
    assert per_size == [(key, 50) for key, _label, _unit in bench.FIGURES]
    assert [(r.key, r.n) for r in rows if r.key == "maps_dock"] == [("maps_dock", 500)]  # once, any N
    text = bench.table(rows)
    for _key, label, _unit in bench.FIGURES:
        assert label in text


def test_figures_are_positive_or_not_built(rows):
    for r in rows:
        assert r.status in ("ok", "not built"), (r.key, r.note)
        if r.status == "ok":
            assert r.value is not None and r.value > 0, r.key
            assert r.best is not None and 0 < r.best <= r.value, r.key
            assert r.baseline is not None and r.baseline > 0, r.key
        else:
            assert r.value is None and r.note.startswith(bench.NOT_BUILT)
    pdf = next(r for r in rows if r.key == "pdf")
    if pdf.status == "ok":
        assert pdf.extra["pages"] >= 1 and pdf.extra["baseline_pages"] >= 1


def test_targets_are_judged_at_their_sizes():
    # a synthetic table: the judging logic, not the machine's speed
    fast = [bench.Row("save", "save", 5000, value=0.1, best=0.1, baseline=0.05)]
    slow = [bench.Row("save", "save", 5000, value=0.3, best=0.3, baseline=0.05)]
    bench.judge(fast)
    bench.judge(slow)
    assert fast[0].passed is True and slow[0].passed is False
    pan = [
        bench.Row("pan", "pan", 100, value=0.010, best=0.01, baseline=0.01),
        bench.Row("pan", "pan", 5000, value=0.020, best=0.02, baseline=0.01),
    ]
    bench.judge(pan)
    assert pan[1].passed is False  # 2× the N = 100 figure although under 25 ms
    assert pan[0].passed is None  # no target at N = 100


def test_only_measures_the_chosen_figures():
    rows = bench.run(sizes=[20], repeats=1, only=["docx"])
    measured = {r.key: r for r in rows if r.status != "skipped"}
    assert set(measured) == {"docx"} and measured["docx"].status == "ok"
    assert measured["docx"].extra["cards"] == 20 and measured["docx"].value > 0
    assert all(r.note == "not selected (--only)" for r in rows if r.key != "docx")
    with pytest.raises(SystemExit):
        bench.main(["--only", "docx,nonsense", "--sizes", "20"])


def test_the_fullest_file_is_at_every_count_limit_and_one_value_more_is_refused(tmp_path, monkeypatch):
    """The limits bench's fullest file, at small limits: it loads with exactly the elements and
    measured values allowed, laid out as procedit writes (counted before the build without a
    search), and one value more is refused before anything is built."""
    import figures_limits

    from procedit.model import count_measurements, limits
    from procedit.storage import ProjectFileError, load, strict

    for name, value in (("MAX_OBJECTS", 1_610), ("MAX_MEASUREMENTS", 6_400)):
        monkeypatch.setattr(limits, name, value)
        monkeypatch.setattr(strict, name, value)
    monkeypatch.setattr("procedit.storage.fileformat.MAX_OBJECTS", 1_610)
    monkeypatch.setattr("procedit.storage.fileformat.MAX_MEASUREMENTS", 6_400)
    monkeypatch.setattr("procedit.model.integrity.MAX_MEASUREMENTS", 6_400)
    path = tmp_path / "full.procmap"
    elements, values = figures_limits.fullest_file(path)
    assert values == 6_400 and 1_600 <= elements <= 1_610
    searched = []
    monkeypatch.setattr(strict, "_STRING", _Spy(strict._STRING, searched))
    project = load(path)
    assert count_measurements(project) == 6_400
    assert elements <= limits.count_objects(project) <= 1_610  # (+ the passport, strategy... built by default)
    assert searched == []  # counted by the cheap path
    figures_limits.fullest_file(path, more=1)
    with pytest.raises(ProjectFileError, match=r"too many measured values \(6,401; the limit is 6,400\)"):
        load(path)


class _Spy:
    def __init__(self, pattern, calls):
        self.pattern, self.calls = pattern, calls

    def sub(self, *args):
        self.calls.append(args)
        return self.pattern.sub(*args)
