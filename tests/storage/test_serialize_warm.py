"""Warming the save cache after opening: the first save then reuses the text, bytes unchanged."""

from __future__ import annotations

from test_storage_serialize import big_project, reference

from procedit.commands import Document, History, SetFields
from procedit.storage import dumps, loads, serialize


def test_a_warmed_cache_gives_the_same_bytes_and_is_used(monkeypatch):
    project = loads(dumps(big_project(300)), "big.procmap")  # as opened: nothing cached for it
    steps = list(serialize.warm(project, chunk=50))
    assert len(steps) > 6  # a chunk per event-loop turn, not all at once
    calls = []
    original = serialize._SERIALIZERS["processes"]

    class Counting:
        def to_json(self, value, **kw):
            calls.append(value)
            return original.to_json(value, **kw)

    monkeypatch.setitem(serialize._SERIALIZERS, "processes", Counting())
    assert dumps(project) == reference(project)
    assert calls == []  # every process came from the warmed cache
    doc = Document(project)
    history = History(doc)
    first = project.maps[1].processes[0]
    history.push(SetFields({first.id: {"name": "Изменён"}}, label="rename"))
    assert dumps(doc.project) == reference(doc.project)
    assert [p.id for p in calls] == [first.id]  # only the edited one serialized again


def test_warming_while_saving_stays_correct():
    project = loads(dumps(big_project(250)), "big.procmap")
    steps = serialize.warm(project, chunk=40)
    next(steps)
    assert dumps(project) == reference(project)  # a save in the middle of warming
    for _ in steps:
        pass
    assert dumps(project) == reference(project)
