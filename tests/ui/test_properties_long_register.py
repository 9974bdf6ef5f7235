"""A long people register is folded at first and built only when the user unfolds it."""

from __future__ import annotations

from properties_helpers import make_env, sample, settle, type_text

from procedit.commands import set_item_fields
from procedit.model import Person
from procedit.ui.panels.project_form import LONG_REGISTER


def big_env(qtbot, n_people: int):
    project, ids = sample()
    extra = tuple(Person(name=f"Сотрудник {i:03d}", position="Менеджер") for i in range(n_people))
    project = project.with_(people=(*project.people, *extra))
    return make_env(qtbot, project, ids)


def people_section(form):
    return next(sec for sec, table, *_ in form._registers if table is form.people)


def test_a_long_register_opens_folded_without_rows_and_unfolds_with_every_person(qtbot):
    n = LONG_REGISTER + 25
    env = big_env(qtbot, n)
    env.select()
    form = env.panel.current_form()
    sec = people_section(form)
    assert not sec.is_expanded() and form.people.rows == []
    assert f"({n + 2})" in sec.button.text()  # how many people are behind the fold
    assert form.departments.rows  # short registers stay open
    sec.button.click()  # the user unfolds it
    settle()
    assert sec.is_expanded()
    assert [r.item_id for r in form.people.rows] == [p.id for p in env.doc.header.people]
    assert form.people.editor(n + 1, "name").text() == f"Сотрудник {n - 1:03d}"
    type_text(qtbot, form.people.editor(n + 1, "email"), "last@example.ru")
    assert env.doc.header.people[-1].email == "last@example.ru"


def test_a_folded_register_follows_edits_and_undo(qtbot):
    env = big_env(qtbot, LONG_REGISTER + 5)
    env.select()
    form = env.panel.current_form()
    sec = people_section(form)
    first = env.doc.header.people[0]
    env.history.push(set_item_fields(env.doc, None, "people", first.id, {"name": "Новое Имя"}))
    settle()
    sec.set_expanded(True)
    settle()
    assert form.people.editor(0, "name").text() == "Новое Имя"
    env.history.undo()
    settle()
    assert form.people.editor(0, "name").text() == first.name
