"""History.mark_dirty: a recovered document differs from every saved state."""

from procedit.commands import Document, History, SetProjectFields
from procedit.model import ProcessMap, Project


def test_mark_dirty_makes_no_state_clean_until_the_next_save():
    history = History(Document(Project(name="a", maps=(ProcessMap(),))))
    calls = []
    history.subscribe(lambda: calls.append(history.is_clean))
    history.mark_dirty()
    assert calls == [False]
    history.push(SetProjectFields({"name": "b"}))
    history.undo()
    assert not history.is_clean  # undoing everything does not reach a saved state
    history.mark_clean()
    assert history.is_clean
