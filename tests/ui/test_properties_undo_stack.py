"""The panel behind the window's QUndoStack adapter: one Qt undo step per field typed."""

from __future__ import annotations

from properties_helpers import sample, settle, type_text

from procedit.commands import Document, History
from procedit.ui.panels.properties import PropertiesPanel
from procedit.ui.undo import UndoAdapter


def test_typing_and_table_edits_are_single_qt_undo_steps(qtbot):
    project, ids = sample()
    doc = Document(project)
    stack = UndoAdapter(History(doc))
    panel = PropertiesPanel(doc, stack.push)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_selection(ids["map"], [ids["a"]])
    form = panel.current_form()
    form.name.end(False)
    type_text(qtbot, form.name, " оптом")
    assert stack.count() == 1
    form.criteria.add_button.click()
    settle()
    type_text(qtbot, form.criteria.editor(0, "name"), "Выручка")
    assert stack.count() == 3  # typing the name, adding the criterion, typing its name
    stack.undo()
    assert doc.get(ids["a"]).criteria[0].name == ""
    assert form.criteria.editor(0, "name").text() == ""
    stack.undo()
    stack.undo()
    assert doc.get(ids["a"]).name == "Продажи" and form.name.text() == "Продажи"
    assert stack.is_clean()
