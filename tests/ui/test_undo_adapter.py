"""UndoAdapter: Qt's undo stack mirrors the pure History (labels, merging, clean state)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from window_helpers import sample_project

from procedit.commands import Document, History, SetFields
from procedit.ui.undo import UndoAdapter


@pytest.fixture
def adapter(qapp):
    doc = Document(sample_project())
    stack = UndoAdapter(History(doc))
    yield stack
    stack.detach()


def sales(stack: UndoAdapter):
    map_id = stack.doc.map_ids()[0]
    return next(p for p in stack.doc.processes(map_id) if p.code == "П2")


def rename(stack: UndoAdapter, name: str, key=None, label: str = "Rename process") -> None:
    stack.push(SetFields({sales(stack).id: {"name": name}}, label=label, merge_key=key))


def in_step(stack: UndoAdapter) -> None:
    assert stack.count() == stack.history.index + len(stack.history._undone)
    assert stack.index() == stack.history.index


def test_push_undo_redo_go_through_the_history(adapter):
    rename(adapter, "Продажи B2B")
    assert sales(adapter).name == "Продажи B2B"
    assert adapter.undoText() == "Rename process"
    in_step(adapter)
    adapter.undo()
    assert sales(adapter).name == "Продажи"
    assert adapter.redoText() == "Rename process"
    in_step(adapter)
    adapter.redo()
    assert sales(adapter).name == "Продажи B2B"
    in_step(adapter)


def test_typing_in_one_field_is_one_step_in_both(adapter):
    for text in ("П", "Пр", "Про"):
        rename(adapter, text, key="name-field")
    assert adapter.count() == 1
    in_step(adapter)
    adapter.undo()
    assert sales(adapter).name == "Продажи"
    assert not adapter.canUndo()


def test_clean_state_follows_the_history(adapter):
    changes = []
    adapter.modifiedChanged.connect(changes.append)
    rename(adapter, "A", key="k")
    assert adapter.is_modified() and changes == [True]
    adapter.mark_clean()
    assert adapter.is_clean() and adapter.isClean() and changes == [True, False]
    rename(adapter, "AB", key="k")  # not merged into the saved step
    assert adapter.count() == 2
    in_step(adapter)
    adapter.undo()
    assert adapter.is_clean() and sales(adapter).name == "A"
    adapter.undo()
    assert adapter.is_modified()
    assert changes == [True, False, True, False, True]


def test_recovered_document_merges_like_the_history(adapter):
    rename(adapter, "A", key="k")
    adapter.mark_clean()
    adapter.history.mark_dirty()  # e.g. a document recovered after a crash
    assert adapter.is_modified()
    rename(adapter, "AB", key="k")  # the history merges: so does Qt
    in_step(adapter)
    adapter.undo()
    assert sales(adapter).name == "Продажи"
    in_step(adapter)


def test_a_failing_command_records_nothing(adapter):
    with pytest.raises(KeyError):
        adapter.push(SetFields({"no-such-id": {"name": "x"}}))
    assert adapter.count() == 0
    assert not adapter.is_modified()
