"""Loading a big project leaves the garbage collector in a sound state.

The loader moves what it built to the oldest generation instead of letting the next young
collection scan it all; that must neither keep a project alive nor touch what the
application froze itself.
"""

from __future__ import annotations

import gc
import weakref

import pytest
from test_storage_serialize import big_project

import procedit.storage.fileformat as fileformat
from procedit.storage import dumps, loads


@pytest.fixture(autouse=True)
def _promoting(monkeypatch):
    monkeypatch.setattr(fileformat, "_PROMOTE_MIN", 2_000)  # a test-sized project counts as big


def _heavy() -> bytes:
    return dumps(big_project(1_000))


def test_a_big_load_is_not_left_for_the_young_collection():
    data = _heavy()
    gc.collect()
    loads(data, "big.procmap")
    assert gc.get_count()[0] < 2_000  # moved along, not counted as thousands of new objects


def test_a_loaded_project_is_freed_when_dropped():
    data = _heavy()
    project = loads(data, "big.procmap")
    first = project.maps[1].processes[0]
    refs = [weakref.ref(project), weakref.ref(first)]
    assert gc.isenabled()  # the loader switched the collector back on
    del project, first
    assert [r() for r in refs] == [None, None]


def test_cyclic_garbage_made_after_a_load_is_still_collected():
    data = _heavy()
    project = loads(data, "big.procmap")

    class Node:
        pass

    a, b = Node(), Node()
    a.other, b.other = b, a
    ref = weakref.ref(a)
    del a, b
    gc.collect()
    assert ref() is None
    assert project.maps  # still usable


def test_what_the_application_froze_stays_frozen():
    data = _heavy()
    gc.collect()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        project = loads(data, "big.procmap")
        assert gc.get_freeze_count() == frozen
        assert project.maps
    finally:
        gc.unfreeze()


def test_the_collector_stays_off_when_the_caller_switched_it_off():
    data = _heavy()
    gc.disable()
    try:
        loads(data, "big.procmap")
        assert not gc.isenabled()
    finally:
        gc.enable()
