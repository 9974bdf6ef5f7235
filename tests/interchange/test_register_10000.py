"""A 10,000-row process register as Russian Excel writes it (cp1251, ';') imports whole: every
named process, the people, departments and parties named in cells, and the links its outputs
and inputs name (a flow named on both ends is one link). The time it takes is the benchmark's
("register" in tests/perf/bench.py), not this test's."""

from __future__ import annotations

import csv
import io

from procedit.interchange import load_register, plan_register, register_project
from procedit.model import Project, check_integrity

N = 10_000
KINDS = ("основной", "управленческий", "вспомогательный")


def _register_csv() -> bytes:
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(
        [
            "Код",
            "Наименование процесса",
            "Вид",
            "Подразделение",
            "Владелец процесса",
            "Входы",
            "Выходы",
            "Критерии",
        ]
    )
    for i in range(N):
        outputs = [f"Результат {i} -> П-{i + 1:05d}"] if i + 1 < N else []
        if i % 1000 == 999:
            outputs.append(f"Отчёт {i} (Клиент)")
        # every other process names its supplier too: the same flow seen from its other end
        inputs = [f"Результат {i - 1} (П-{i - 1:05d})"] if i % 2 == 0 and i > 0 else []
        if i % 500 == 0:
            inputs.append(f"Сырьё {i} (Поставщик)")
        w.writerow(
            [
                f"П-{i:05d}",
                f"Процесс «{i}»",
                KINDS[i % 3],
                f"Отдел {i % 25}",
                f"Сотрудник {i % 200}",
                "; ".join(inputs),
                "; ".join(outputs),
                "Доля в срок: >= 95 %",
            ]
        )
        if i % 2500 == 1:
            w.writerow([""] * 8)  # an empty row, as spreadsheets leave them
    return out.getvalue().encode("cp1251")


def test_a_10000_row_cp1251_register_imports_whole(tmp_path):
    path = tmp_path / "реестр.csv"
    path.write_bytes(_register_csv())
    reg = load_register(path)
    assert not reg.needs_mapping
    plan = plan_register(reg, Project())
    assert not [p for p in plan.problems if p.fatal]
    assert len(plan.processes) == N
    assert {p.code for p in plan.processes} == {f"П-{i:05d}" for i in range(N)}
    assert sorted({p.kind for p in plan.processes}) == ["core", "management", "support"]
    assert len(plan.new_people) == 200 and len(plan.new_departments) == 25
    assert sorted(q.name for q in plan.parties) == ["Клиент", "Поставщик"]
    # the chain (once each, though half its flows are named at both ends), 10 reports, 20 supplies
    assert len(plan.links) == (N - 1) + 10 + 20
    by_id = {p.id: p.code for p in plan.processes} | {q.id: q.name for q in plan.parties}
    pairs = {(by_id[lk.source_id], by_id[lk.target_id]) for lk in plan.links}
    assert all((f"П-{i:05d}", f"П-{i + 1:05d}") in pairs for i in range(N - 1))
    assert ("П-00999", "Клиент") in pairs and ("Поставщик", "П-09500") in pairs
    both_ends = next(
        lk for lk in plan.links if (by_id[lk.source_id], by_id[lk.target_id]) == ("П-00001", "П-00002")
    )
    assert both_ends.source_output_id and both_ends.target_input_id
    # applied: one map holding it all, laid out, consistent
    project = register_project(plan, "реестр")
    [pmap] = project.maps
    assert (len(pmap.processes), len(pmap.parties), len(pmap.links)) == (N, 2, N - 1 + 30)
    assert len(project.people) == 200
    assert len({(p.x, p.y) for p in pmap.processes}) == N
    assert check_integrity(project) == []
