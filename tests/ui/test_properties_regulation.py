"""The panel fields of a controlled document: the map's own document (the first edit gives the
map one, taking the project's passport as defaults), the process's sections for the
regulation, the stage procedure fields; every edit one undo step."""

from __future__ import annotations

from properties_helpers import make_env, settle, type_text

from procedit.model import DocStatus, Passport, RiskLevel


def test_the_first_edit_gives_the_map_its_own_document_and_undo_takes_it_back(qtbot):
    env = make_env(qtbot)
    with env.doc.transaction("passport"):
        env.doc.set_project_fields(passport=Passport(code="RG-01", status=DocStatus.UNDER_APPROVAL))
    env.select()
    section = env.panel.current_form().map_document
    assert section.code.text() == "RG-01"  # shows what the map prints with
    assert env.doc.map_header(env.map_id).document is None
    before = env.history.index
    section.provisions.setFocus()
    type_text(qtbot, section.provisions, "Регламент обязателен для отдела продаж.")
    section.provisions.clearFocus()
    settle()
    own = env.doc.map_header(env.map_id).document
    assert own is not None and own.provisions == "Регламент обязателен для отдела продаж."
    assert own.passport.code == "RG-01"  # the project's passport as the default
    assert env.history.index == before + 1  # typing and the new document: one step
    section.code.end(False)
    type_text(qtbot, section.code, "-МКТ")
    assert env.doc.map_header(env.map_id).document.passport.code == "RG-01-МКТ"
    assert env.doc.header.passport.code == "RG-01"  # the project's default is untouched
    env.history.undo()
    env.history.undo()
    assert env.doc.map_header(env.map_id).document is None
    settle()
    assert section.provisions.toPlainText() == ""
    env.assert_consistent()


def test_the_maps_approvers_and_change_log_are_its_own(qtbot):
    env = make_env(qtbot)
    env.select()
    section = env.panel.current_form().map_document
    section.approvers.add_button.click()
    settle()
    own = env.doc.map_header(env.map_id).document
    assert [a.person_id for a in own.approvers] == [env.ids["ivanov"]]
    assert env.doc.header.approvers == ()
    section.change_log.add_button.click()
    settle()
    entry = env.doc.map_header(env.map_id).document.change_log[0]
    assert entry.number == 1
    section.change_log.itemEdited.emit(entry.id, {"version": "1.1"})
    assert env.doc.map_header(env.map_id).document.change_log[0].version == "1.1"
    section.approvers.removeRequested.emit(own.approvers[0].id)
    assert env.doc.map_header(env.map_id).document.approvers == ()
    env.assert_consistent()
    for _ in range(4):
        env.history.undo()
    assert env.doc.map_header(env.map_id).document is None


def test_the_processs_sections_and_stage_fields_are_undoable_edits(qtbot):
    env = make_env(qtbot)
    env.select("a")
    form = env.panel.current_form()
    reg = form.regulation
    type_text(qtbot, reg.resources, "CRM, два менеджера")
    reg.resources.clearFocus()
    settle()
    assert env.get("a").resources == "CRM, два менеджера"
    reg.risks.add_button.click()
    settle()
    risk = env.get("a").risks[0]
    reg.risks.itemEdited.emit(risk.id, {"risk": "Лид потерян", "likelihood": RiskLevel.HIGH})
    assert env.get("a").risks[0].likelihood == RiskLevel.HIGH
    reg.records.add_button.click()
    settle()
    record = env.get("a").records[0]
    reg.records.itemEdited.emit(record.id, {"keeper_id": env.ids["sales"], "retention": "3 года"})
    assert env.get("a").records[0].keeper_id == env.ids["sales"]
    form.stages.add_button.click()
    settle()
    stage = env.get("a").stages[0]
    form.stages.itemEdited.emit(stage.id, {"duration": "2 часа", "it_system": "CRM", "input": "Заявка"})
    s = env.get("a").stages[0]
    assert (s.duration, s.it_system, s.input) == ("2 часа", "CRM", "Заявка")
    env.assert_consistent()
    while env.history.can_undo:
        env.history.undo()
    p = env.get("a")
    assert (p.resources, p.risks, p.records, p.stages) == ("", (), (), ())
