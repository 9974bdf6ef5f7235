"""Matching maps that share no lineage: by code, then by name (exact, then similar); the
user's confirmed and broken pairs (saved on the map) win."""

from __future__ import annotations

from procedit.compare import diff_maps, match_maps, similarity
from procedit.compare import items as k
from procedit.model import Pairing, Process, ProcessMap, Project
from procedit.storage import dumps, loads


def _map(map_id: str, *processes: tuple[str, str, str]) -> ProcessMap:
    return ProcessMap(id=map_id, processes=tuple(Process(id=i, code=c, name=n) for i, c, n in processes))


OLD = _map("old", ("o1", "М-1", "Генерация лидов"), ("o2", "", "Анализ конкурентов"), ("o3", "", "Отчёт"))
NEW = _map(
    "new",
    ("n1", "М-1", "Привлечение клиентов"),  # same code, other name
    ("n2", "", "Анализ рынка конкурентов"),  # similar name
    ("n3", "", "Бюджетирование"),  # nothing like it
)


def test_code_then_similar_name():
    m = match_maps(OLD, NEW)
    assert m.pairs == {"n1": "o1", "n2": "o2"}
    assert m.how == {"n1": "code", "n2": "similar"}
    assert 0.6 <= m.score["n2"] < 1


def test_similarity_handles_word_forms_and_case():
    assert similarity("Генерация лидов", "генерация ЛИДОВ") == 1.0
    assert similarity("Анализ конкурентов", "Анализ конкурентов и рынка") > 0.6
    assert similarity("Отчёт", "Бюджетирование") < 0.6


def test_confirmed_and_broken_pairs_are_obeyed_and_saved():
    new = NEW.with_(pairings=(Pairing(mine="n3", theirs="o3"), Pairing(mine="n2", theirs="o2", paired=False)))
    m = match_maps(OLD, new)
    assert m.pairs == {"n1": "o1", "n3": "o3"}
    assert m.how["n3"] == "confirmed"
    project = Project(maps=(OLD, new))
    again = loads(dumps(project), "saved")
    assert again.maps[1].pairings == new.pairings
    diff = diff_maps(project, OLD, project, new, findings=False)
    assert [d.subject for d in diff.items if d.kind == k.PROCESS_ADDED] == ["Анализ рынка конкурентов"]
    assert [d.subject for d in diff.items if d.kind == k.PROCESS_REMOVED] == ["Анализ конкурентов"]
    renamed = [d for d in diff.items if d.kind == k.RENAMED]
    assert {(d.before, d.after) for d in renamed} == {
        ("Генерация лидов", "Привлечение клиентов"),
        ("Отчёт", "Бюджетирование"),
    }


def test_pairings_kept_on_the_old_map_count_too():
    old = OLD.with_(pairings=(Pairing(mine="o3", theirs="n3"),))
    assert match_maps(old, NEW).pairs["n3"] == "o3"
