"""The project form (nothing selected) and the owner's view."""

from __future__ import annotations

import datetime as dt

from properties_helpers import FakeFinding, make_env, settle, type_text
from PySide6.QtCore import Qt

from procedit.model import DocStatus, MapKind, Severity
from procedit.ui.panels.owner_view import not_owned_ids


def test_nothing_selected_shows_the_project_and_typing_merges(qtbot):
    env = make_env(qtbot)
    env.select()
    form = env.panel.current_form()
    assert form is env.panel.forms["project"]
    before = env.history.index
    form.organization.setFocus()
    type_text(qtbot, form.organization, "ООО «Ромашка»")
    assert env.doc.header.organization == "ООО «Ромашка»"
    assert env.history.index == before + 1
    env.history.undo()
    assert form.organization.text() == ""


def test_map_and_passport_fields(qtbot):
    env = make_env(qtbot)
    env.select()
    form = env.panel.current_form()
    form.map_name.end(False)
    type_text(qtbot, form.map_name, " (черновик)")
    form.map_kind.pick(MapKind.TO_BE)
    assert env.doc.map_header(env.map_id).name == "Продажи AS IS (черновик)"
    assert env.doc.map_header(env.map_id).kind == MapKind.TO_BE
    type_text(qtbot, form.pp_code, "RG-01")
    form.pp_status.pick(DocStatus.APPROVED)
    form.pp_author.combo.pick(env.ids["petrova"])
    p = env.doc.header.passport
    assert (p.code, p.status, p.author_id) == ("RG-01", DocStatus.APPROVED, env.ids["petrova"])
    type_text(qtbot, form.pp_date, "31.13.2026")  # not a date: nothing is written, the field says so
    assert env.doc.header.passport.effective_date is None
    assert form.pp_date.toolTip()
    form.pp_date.clear()
    type_text(qtbot, form.pp_date, "01.02.2026")
    assert env.doc.header.passport.effective_date is None  # written when the field is finished
    qtbot.keyClick(form.pp_date, Qt.Key.Key_Return)
    assert env.doc.header.passport.effective_date == dt.date(2026, 2, 1)
    assert not form.pp_date.toolTip()


def test_strategy_goals_table(qtbot):
    env = make_env(qtbot)
    env.select()
    form = env.panel.current_form()
    type_text(qtbot, form.mission, "Помогать клиентам")
    assert env.doc.header.strategy.mission == "Помогать клиентам"
    form.goals.add_button.click()
    settle()
    type_text(qtbot, form.goals.editor(1, "title"), "Снизить издержки")
    goals = env.doc.header.strategy.goals
    assert [g.title for g in goals] == ["Рост повторных продаж", "Снизить издержки"]
    # a process serving the first goal loses the reference when the goal is removed
    from procedit.commands import SetFields

    env.history.push(SetFields({env.ids["a"]: {"goal_ids": (env.ids["goal"],)}}))
    form.goals.button(0, "remove").click()
    assert [g.title for g in env.doc.header.strategy.goals] == ["Снизить издержки"]
    assert env.get("a").goal_ids == ()
    env.history.undo()
    assert env.get("a").goal_ids == (env.ids["goal"],)
    assert form.goals.editor(0, "title").text() == "Рост повторных продаж"
    env.assert_consistent()


def test_people_register_edit_and_delete_clears_ownership(qtbot):
    env = make_env(qtbot)
    env.select()
    form = env.panel.current_form()
    assert [r.item_id for r in form.people.rows] == [env.ids["ivanov"], env.ids["petrova"]]
    type_text(qtbot, form.people.editor(0, "email"), "ivanov@example.ru")
    form.people.editor(0, "department_id").pick(env.ids["sales"])
    ivanov = env.doc.header.people[0]
    assert (ivanov.email, ivanov.department_id) == ("ivanov@example.ru", env.ids["sales"])
    form.people.button(0, "remove").click()
    assert [p.name for p in env.doc.header.people] == ["Петрова Анна"]
    assert env.get("a").owner_id is None  # Delete cleared the reference
    env.history.undo()
    assert env.get("a").owner_id == env.ids["ivanov"]
    assert form.people.editor(0, "email").text() == "ivanov@example.ru"
    env.assert_consistent()


def test_departments_approvers_change_log_terms(qtbot):
    env = make_env(qtbot)
    env.select()
    form = env.panel.current_form()
    form.departments.add_button.click()
    type_text(qtbot, form.departments.editor(1, "name"), "Склад")
    form.departments.editor(1, "head_id").pick(env.ids["ivanov"])
    assert env.doc.header.departments[1].name == "Склад"
    assert env.doc.header.departments[1].head_id == env.ids["ivanov"]

    form.approvers.add_button.click()
    form.approvers.editor(0, "person_id").pick(env.ids["petrova"])
    type_text(qtbot, form.approvers.editor(0, "date"), "2026-03-05")
    qtbot.keyClick(form.approvers.editor(0, "date"), Qt.Key.Key_Return)
    a = env.doc.header.approvers[0]
    assert (a.person_id, a.date) == (env.ids["petrova"], dt.date(2026, 3, 5))

    form.change_log.add_button.click()
    form.change_log.add_button.click()
    settle()
    assert [c.number for c in env.doc.header.change_log] == [1, 2]
    type_text(qtbot, form.change_log.editor(1, "description"), "Добавлен этап")
    assert env.doc.header.change_log[1].description == "Добавлен этап"

    form.terms.add_button.click()
    type_text(qtbot, form.terms.editor(0, "term"), "Лид")
    type_text(qtbot, form.terms.editor(0, "definition"), "Потенциальный клиент")
    t = env.doc.header.terms[0]
    assert (t.term, t.definition) == ("Лид", "Потенциальный клиент")
    env.assert_consistent()


def test_owner_view_lists_processes_and_what_is_missing(qtbot):
    env = make_env(qtbot)
    env.panel.tabs.setCurrentWidget(env.panel.owner_view)
    view = env.panel.owner_view
    env.panel.set_findings([FakeFinding(env.ids["a"], Severity.ERROR, "нет критериев")])
    with qtbot.waitSignal(env.panel.ownerViewChanged) as signal:
        view.set_person(env.ids["ivanov"])
    assert signal.args == [env.ids["ivanov"]]
    assert [(m, pid, problems) for m, pid, problems in view.shown] == [
        (env.map_id, env.ids["a"], [("error", "[ru] нет критериев")])
    ]
    card = view.cards[0]
    assert card.isVisibleTo(view) and "П1 Продажи" in card.text() and "нет критериев" in card.text()
    assert not_owned_ids(env.doc, env.map_id, env.ids["ivanov"]) == {env.ids["b"]}
    assert not_owned_ids(env.doc, env.map_id, None) is None
    with qtbot.waitSignal(env.panel.elementActivated) as activated:
        card.linkActivated.emit(f"{env.map_id}|{env.ids['a']}")
    assert activated.args == [env.map_id, env.ids["a"]]
    with qtbot.waitSignal(env.panel.ownerViewChanged) as signal:
        view.person.pick(None)
    assert signal.args == [None]
    assert view.shown == [] and not card.isVisibleTo(view)


def test_owner_view_simple_check_without_findings(qtbot, monkeypatch):
    env = make_env(qtbot)
    monkeypatch.setattr("procedit.validation.validate", lambda *a, **k: 1 / 0)  # unavailable
    view = env.panel.owner_view
    env.panel.tabs.setCurrentWidget(view)
    view.set_person(env.ids["petrova"])
    [(_, proc_id, missing)] = view.shown
    assert proc_id == env.ids["b"]
    assert len(missing) == 4  # goal, results, criteria, documents
    env.select("b")
    type_text(qtbot, env.panel.current_form().goal, "Отгружать вовремя")
    assert len(view.shown[0][2]) == 3  # the owner's view follows the document


def test_owner_view_follows_ownership_changes_and_deleted_people(qtbot):
    env = make_env(qtbot)
    view = env.panel.owner_view
    view.set_person(env.ids["petrova"])
    env.select("a")
    with qtbot.waitSignal(env.panel.ownerViewChanged) as signal:
        env.panel.current_form().owner.combo.pick(env.ids["petrova"])  # she now owns a too
    assert signal.args == [env.ids["petrova"]]
    assert not_owned_ids(env.doc, env.map_id, env.panel.owner_person()) == set()
    env.select()
    people = env.panel.current_form().people
    with qtbot.waitSignal(env.panel.ownerViewChanged) as signal:
        people.button(1, "remove").click()  # delete her: the canvas must stop dimming
    assert signal.args == [None]
    assert env.panel.owner_person() is None


def test_a_deferred_panel_shows_the_project_after_the_first_frame_unless_a_selection_came_first(qtbot):
    from properties_helpers import sample

    from procedit.commands import Document, History
    from procedit.ui.panels.properties import PropertiesPanel

    project, _ids = sample()
    doc = Document(project)
    panel = PropertiesPanel(doc, History(doc).push, defer=True)
    qtbot.addWidget(panel)
    assert panel.current_form() is None  # nothing built before the window's first frame
    qtbot.waitUntil(lambda: panel.current_form() is panel.forms.get("project"))

    later = PropertiesPanel(doc, History(doc).push, defer=True)
    qtbot.addWidget(later)
    process_id = next(iter(doc.processes(project.maps[0].id))).id
    later.show_selection(project.maps[0].id, [process_id])  # a click before the deferred form
    settle()
    assert later.current_form() is later.forms["process"]
    assert "project" not in later.forms


def test_position_register_edit_hold_and_delete_with_undo(qtbot):
    env = make_env(qtbot)
    env.select()
    form = env.panel.current_form()
    # the sample's people still write their positions as text: shown while they hold none
    assert form.people.editor(0, "position").isVisibleTo(form)
    assert form.people.editor(0, "position").text() == "Директор"
    before = env.history.index
    form.positions.add_button.click()
    settle()
    assert env.history.index == before + 1
    type_text(qtbot, form.positions.editor(0, "name"), "Руководитель отдела продаж")
    form.positions.editor(0, "department_id").pick(env.ids["sales"])
    type_text(qtbot, form.positions.editor(0, "rights"), "Подписывать договоры")
    type_text(qtbot, form.positions.editor(0, "qualification"), "Высшее образование")
    form.positions.add_button.click()
    settle()
    type_text(qtbot, form.positions.editor(1, "name"), "Менеджер")
    head, manager = env.doc.header.positions
    form.positions.editor(1, "reports_to_id").pick(head.id)
    form.positions.editor(0, "substitute_id").pick(manager.id)
    head, manager = env.doc.header.positions
    assert (head.name, head.department_id, head.rights) == (
        "Руководитель отдела продаж",
        env.ids["sales"],
        "Подписывать договоры",
    )
    assert head.qualification == "Высшее образование" and head.substitute_id == manager.id
    assert manager.reports_to_id == head.id
    # a person takes the position: the label follows the register, the text field hides
    form.people.editor(1, "position_id").pick(manager.id)
    settle()
    petrova = env.doc.header.people[1]
    assert petrova.position_id == manager.id and env.doc.header.position_label(petrova) == "Менеджер"
    assert not form.people.editor(1, "position").isVisibleTo(form)
    assert "Петрова Анна" in form.positions.rows[1].info.text()
    # the performer of a stage may be a position
    assert manager.id in [v for v, _ in form.position_choices()]
    # removing the position clears every reference to it, one undo brings them back
    form.positions.button(1, "remove").click()
    assert [q.name for q in env.doc.header.positions] == ["Руководитель отдела продаж"]
    assert env.doc.header.people[1].position_id is None
    assert env.doc.header.positions[0].substitute_id is None
    env.assert_consistent()
    env.history.undo()
    assert env.doc.header.people[1].position_id == manager.id
    assert env.doc.header.positions[0].substitute_id == manager.id
    assert form.positions.editor(1, "name").text() == "Менеджер"
    env.assert_consistent()
