"""The process form: typing, pickers, tables, undo, selection changes."""

from __future__ import annotations

from properties_helpers import FakeFinding, make_env, settle, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from procedit.commands import SetFields
from procedit.control import target_of
from procedit.model import CheckLevel, DocumentKind, Severity
from procedit.ui.panels.pickers import ADD_PERSON


def test_typing_a_name_is_one_undo_step_and_undo_shows_the_old_name(qtbot):
    env = make_env(qtbot)
    env.select("a")
    form = env.panel.current_form()
    assert form is env.panel.forms["process"]
    assert form.name.text() == "Продажи"
    before = env.history.index
    form.name.end(False)
    type_text(qtbot, form.name, " и маркетинг")
    assert env.get("a").name == "Продажи и маркетинг"
    assert env.history.index == before + 1  # twelve keystrokes, one step
    env.history.undo()
    assert env.get("a").name == "Продажи"
    assert form.name.text() == "Продажи"
    env.history.redo()
    assert form.name.text() == "Продажи и маркетинг"


def test_two_fields_are_two_steps(qtbot):
    env = make_env(qtbot)
    env.select("a")
    form = env.panel.current_form()
    before = env.history.index
    form.code.end(False)
    type_text(qtbot, form.code, "-1")
    type_text(qtbot, form.goal, "Быстро")
    assert env.get("a").code == "П1-1"
    assert env.get("a").goal == "Быстро"
    assert env.history.index == before + 2


def test_switching_selection_keeps_a_half_typed_value(qtbot):
    env = make_env(qtbot)
    env.select("a")
    form = env.panel.current_form()
    type_text(qtbot, form.results, "Заказ оплач")
    env.select("b")
    assert form.results.toPlainText() == ""  # now showing b, the same widgets reused
    assert env.panel.current_form() is form
    assert env.get("a").results == "Заказ оплач"
    env.select("a")
    assert form.results.toPlainText() == "Заказ оплач"


def test_a_refresh_while_typing_keeps_the_cursor(qtbot):
    env = make_env(qtbot)
    env.select("a")
    form = env.panel.current_form()
    form.name.setText("")
    type_text(qtbot, form.name, "Прод")
    form.name.setCursorPosition(2)
    env.history.push(SetFields({env.ids["a"]: {"x": 50.0}}))  # the canvas moves the process
    type_text(qtbot, form.name, "X")
    assert env.get("a").name == "ПрXод"


def test_owner_change_and_its_undo(qtbot):
    env = make_env(qtbot)
    env.select("a")
    form = env.panel.current_form()
    assert form.owner.value() == env.ids["ivanov"]
    form.owner.combo.pick(env.ids["petrova"])
    assert env.get("a").owner_id == env.ids["petrova"]
    env.history.undo()
    assert env.get("a").owner_id == env.ids["ivanov"]
    assert form.owner.value() == env.ids["ivanov"]


def test_add_person_inline_makes_them_owner_in_one_step(qtbot):
    env = make_env(qtbot)
    env.select("a")
    form = env.panel.current_form()
    before = env.history.index
    form.owner.combo.pick(ADD_PERSON)
    assert form.owner.add_row.isVisible()
    assert form.owner.value() == env.ids["ivanov"]  # the combo does not pretend a choice
    type_text(qtbot, form.owner.name_edit, "Сидоров Пётр")
    qtbot.keyClick(form.owner.name_edit, Qt.Key.Key_Return)
    people = env.doc.header.people
    assert [p.name for p in people][-1] == "Сидоров Пётр"
    assert env.get("a").owner_id == people[-1].id
    assert form.owner.value() == people[-1].id
    assert not form.owner.add_row.isVisible()
    assert env.history.index == before + 1
    env.history.undo()
    assert len(env.doc.header.people) == 2
    assert env.get("a").owner_id == env.ids["ivanov"]
    assert form.owner.value() == env.ids["ivanov"]
    env.assert_consistent()


def test_inputs_table_add_type_pick_supplier_undo_remove(qtbot):
    env = make_env(qtbot)
    env.select("a")
    form = env.panel.current_form()
    form.inputs.add_button.click()
    settle()
    assert len(env.get("a").inputs) == 1
    what = form.inputs.editor(0, "what")
    type_text(qtbot, what, "заявка клиента")
    flow = env.get("a").inputs[0]
    assert flow.what == "заявка клиента"
    supplier = form.inputs.editor(0, "party_id")
    assert env.ids["client"] in supplier.values() and env.ids["b"] in supplier.values()
    supplier.pick(env.ids["client"])
    assert env.get("a").inputs[0].party_id == env.ids["client"]
    env.history.undo()  # the supplier pick
    assert env.get("a").inputs[0].party_id is None
    assert supplier.value() is None
    env.history.undo()  # the typing, one step
    assert env.get("a").inputs[0].what == ""
    assert what.text() == ""
    env.history.redo()
    assert what.text() == "заявка клиента"
    form.inputs.button(0, "remove").click()
    settle()
    assert env.get("a").inputs == ()
    assert form.inputs.rows == [] and form.inputs.empty_label.isVisibleTo(form.inputs)


def test_removing_an_input_clears_the_link_that_carried_it(qtbot):
    env = make_env(qtbot)
    env.select("ab")
    env.panel.current_form().record.click()
    flow_id = env.get("ab").target_input_id
    assert flow_id is not None
    env.select("b")
    form = env.panel.current_form()
    row = [r.item_id for r in form.inputs.rows].index(flow_id)
    assert "П1 Продажи" in form.inputs.rows[row].info.text()  # which arrow carries it
    form.inputs.button(row, "remove").click()
    assert env.get("ab").target_input_id is None
    env.assert_consistent()


def test_stages_add_name_reorder_and_undo(qtbot):
    env = make_env(qtbot)
    env.select("a")
    form = env.panel.current_form()
    for name in ("Принять заявку", "Выставить счёт"):
        form.stages.add_button.click()
        settle()
        type_text(qtbot, form.stages.editor(len(form.stages.rows) - 1, "name"), name)
    form.stages.editor(1, "performer_id").pick(env.ids["sales"])
    assert [s.name for s in env.get("a").stages] == ["Принять заявку", "Выставить счёт"]
    assert env.get("a").stages[1].performer_id == env.ids["sales"]
    assert not form.stages.button(0, "up").isEnabled()
    form.stages.button(0, "down").click()
    assert [s.name for s in env.get("a").stages] == ["Выставить счёт", "Принять заявку"]
    assert form.stages.editor(0, "name").text() == "Выставить счёт"
    assert form.stages.editor(0, "performer_id").value() == env.ids["sales"]
    env.history.undo()
    assert form.stages.editor(0, "name").text() == "Принять заявку"
    env.assert_consistent()


def test_criteria_and_documents(qtbot, monkeypatch):
    env = make_env(qtbot)
    env.select("a")
    form = env.panel.current_form()
    form.criteria.add_button.click()
    settle()
    type_text(qtbot, form.criteria.editor(0, "name"), "Заказы в срок")
    type_text(qtbot, form.criteria.editor(0, "target"), "≥ 95")
    type_text(qtbot, form.criteria.editor(0, "unit"), "%")
    type_text(qtbot, form.criteria.editor(0, "period"), "месяц")
    type_text(qtbot, form.criteria.editor(0, "method"), "отчёт CRM")
    form.criteria.editor(0, "responsible_id").pick(env.ids["petrova"])
    c = env.get("a").criteria[0]
    assert (c.name, c.target, c.unit, c.period, c.method, c.responsible_id) == (
        "Заказы в срок",
        target_of("≥ 95"),
        "%",
        "месяц",
        "отчёт CRM",
        env.ids["petrova"],
    )

    form.documents.add_button.click()
    settle()
    text_editor = form.documents.editor(0, "text")
    open_button = form.documents.editor(0, "open")
    assert not text_editor.isVisibleTo(form)  # a regulation has no embedded text
    assert not open_button.isEnabled()
    form.documents.editor(0, "kind").pick(DocumentKind.TEMPLATE)
    assert text_editor.isVisibleTo(form)
    type_text(qtbot, text_editor, "Бриф:\nцель, сроки")
    type_text(qtbot, form.documents.editor(0, "location"), "https://example.org/brief")
    d = env.get("a").documents[0]
    assert (d.kind, d.text, d.location) == (
        DocumentKind.TEMPLATE,
        "Бриф:\nцель, сроки",
        "https://example.org/brief",
    )
    opened = []
    monkeypatch.setattr(
        "procedit.ui.panels.process_form.QDesktopServices.openUrl",
        lambda url: opened.append(url.toString()) or True,
    )
    assert open_button.isEnabled()
    open_button.click()
    assert opened == ["https://example.org/brief"]


def test_customers_participants_goals_department_kind(qtbot):
    env = make_env(qtbot)
    env.select("b")
    form = env.panel.current_form()
    form.customers.toggle(env.ids["client"], True)
    form.customers.toggle(env.ids["sales"], True)
    assert env.get("b").customer_ids == (env.ids["client"], env.ids["sales"])
    assert "Клиент" in form.customers.label.text()
    form.customers.toggle(env.ids["client"], False)
    assert env.get("b").customer_ids == (env.ids["sales"],)
    form.participants.toggle(env.ids["ivanov"], True)
    assert env.get("b").participant_ids == (env.ids["ivanov"],)
    form.goals.toggle(env.ids["goal"])
    assert env.get("b").goal_ids == (env.ids["goal"],)
    form.department.pick(env.ids["sales"])
    assert env.get("b").department_id == env.ids["sales"]
    env.history.undo()
    assert form.department.value() is None


def test_findings_of_the_selected_element_are_shown_on_top(qtbot):
    env = make_env(qtbot)
    env.panel.set_findings(
        [
            FakeFinding(env.ids["a"], Severity.WARNING, "нет критериев"),
            FakeFinding(env.ids["a"], Severity.ERROR, "нет владельца"),
            FakeFinding(env.ids["b"], Severity.WARNING, "нет цели"),
        ]
    )
    env.select("a")
    box = env.panel.findings_box
    texts = box.texts()
    assert len(texts) == 2 and "нет владельца" in texts[0] and "[ru]" in texts[0]  # errors first
    assert box.isVisible()
    # one line until it is opened: the counts and what the problems are
    assert not box.is_expanded() and not any(r.isVisible() for r in box.rows)
    assert box.summary_text().startswith("● 1  ▲ 1 — ") and "нет владельца" in box.summary_text()
    box.summary.click()
    assert [r.text() for r in box.rows if r.isVisible()] == texts
    env.select("b")
    assert [t for t in box.texts()] == ["▲  [ru] нет цели"]
    assert box.is_expanded()  # opened stays opened while the selection moves
    env.panel.set_findings([])
    assert not env.panel.findings_box.isVisible()


def test_selection_change_does_not_take_the_focus(qtbot):
    project_env = make_env(qtbot)
    host = QWidget()
    qtbot.addWidget(host)
    box = QVBoxLayout(host)
    canvas_stand_in = QLineEdit(host)
    box.addWidget(canvas_stand_in)
    box.addWidget(project_env.panel)
    host.show()
    host.activateWindow()
    canvas_stand_in.setFocus()
    qtbot.waitUntil(canvas_stand_in.hasFocus)
    project_env.select("a")
    project_env.select("ab")
    project_env.select("client")
    project_env.select()
    assert QApplication.focusWidget() is canvas_stand_in
    project_env.panel.setParent(None)  # qtbot closes the panel itself


def test_deleting_the_shown_process_shows_the_project(qtbot):
    env = make_env(qtbot)
    env.select("a")
    from procedit.commands import Delete

    env.history.push(Delete([env.ids["a"]]))
    assert env.panel.current_form() is env.panel.forms["project"]
    env.history.undo()
    env.select("a")
    assert env.panel.current_form().name.text() == "Продажи"


def test_several_selected_without_processes_only_say_so(qtbot):
    env = make_env(qtbot)
    env.select("ab", "client")
    form = env.panel.current_form()
    assert form is env.panel.forms["multi"]
    assert "2" in form.summary.text()
    assert not form.section.isVisibleTo(form)


def test_tab_goes_through_fields_in_reading_order(qtbot):
    env = make_env(qtbot)
    env.select("a")
    form = env.panel.current_form()
    form.stages.add_button.click()  # rows made later still take their place in the order
    form.inputs.add_button.click()
    settle()
    chain, w = [], form.code
    for _ in range(300):
        chain.append(w)
        w = w.nextInFocusChain()
        if w is form.code:
            break
    expected = [
        form.code,
        form.name,
        form.kind,
        form.department,
        form.owner.combo,
        form.goals.rows[0],
        form.goal,
        form.results,
        form.inputs.add_button,
        form.inputs.editor(0, "what"),
        form.inputs.editor(0, "party_id"),
        form.outputs.add_button,
        form.stages.add_button,
        form.stages.editor(0, "name"),
        form.stages.editor(0, "performer_id"),
        form.stages.editor(0, "result"),
        form.criteria.add_button,
        form.documents.add_button,
        form.notes,
    ]
    positions = [chain.index(x) for x in expected]
    assert positions == sorted(positions)


def test_documents_open_relative_to_the_project_and_missing_files_say_so(qtbot, monkeypatch, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "регламент.txt").write_text("текст", encoding="utf-8")
    env = make_env(qtbot)
    env.panel.set_project_path(str(tmp_path / "проект.procmap"))
    env.select("a")
    form = env.panel.current_form()
    form.documents.add_button.click()
    type_text(qtbot, form.documents.editor(0, "location"), "docs/регламент.txt")
    opened, warnings = [], []
    monkeypatch.setattr(
        "procedit.ui.panels.process_form.QDesktopServices.openUrl", lambda url: opened.append(url) or True
    )
    monkeypatch.setattr(
        "procedit.ui.panels.process_form.QMessageBox.warning", lambda *args: warnings.append(args[2])
    )
    form.documents.editor(0, "open").click()
    assert [u.toLocalFile() for u in opened] == [str(tmp_path / "docs" / "регламент.txt")]
    assert warnings == []
    form.documents.editor(0, "location").setText("")
    type_text(qtbot, form.documents.editor(0, "location"), "docs/нет-такого.txt")
    form.documents.editor(0, "open").click()
    assert len(opened) == 1
    assert len(warnings) == 1 and "docs/нет-такого.txt" in warnings[0]


def test_switching_away_closes_a_half_typed_new_owner(qtbot):
    env = make_env(qtbot)
    env.select("a")
    form = env.panel.current_form()
    form.owner.combo.pick(ADD_PERSON)
    type_text(qtbot, form.owner.name_edit, "Сидоров")
    env.select("b")
    assert not form.owner.add_row.isVisible()
    assert len(env.doc.header.people) == 2
    assert env.get("b").owner_id == env.ids["petrova"]


def test_several_processes_get_one_owner_in_one_step(qtbot):
    env = make_env(qtbot)
    env.select("a", "b", "client")
    form = env.panel.current_form()
    assert form is env.panel.forms["multi"]
    assert form.owner.currentIndex() == -1  # the owners differ
    before = env.history.index
    form.owner.pick(env.ids["petrova"])
    assert env.get("a").owner_id == env.get("b").owner_id == env.ids["petrova"]
    assert env.history.index == before + 1
    assert form.owner.value() == env.ids["petrova"]
    form.department.pick(env.ids["sales"])
    assert env.get("b").department_id == env.ids["sales"]
    env.history.undo()
    env.history.undo()
    assert form.owner.currentIndex() == -1
    assert env.get("a").owner_id == env.ids["ivanov"]


def test_delete_key_in_the_panel_does_not_delete_the_process(qtbot):
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMainWindow, QPushButton

    env = make_env(qtbot)
    window = QMainWindow()
    qtbot.addWidget(window)
    deleted = []
    action = QAction("Delete", window)
    action.setShortcut(QKeySequence.StandardKey.Delete)
    action.triggered.connect(lambda: deleted.append(True))
    window.addAction(action)
    window.setCentralWidget(env.panel)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    env.select("a")
    form = env.panel.current_form()
    for widget in (form.kind, form.customers.button, form.name):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    assert deleted == []
    outside = QPushButton("elsewhere")
    window.setMenuWidget(outside)
    outside.setFocus()
    qtbot.waitUntil(outside.hasFocus)
    qtbot.keyClick(outside, Qt.Key.Key_Delete)
    assert deleted == [True]  # the same key outside the panel reaches the window's shortcut
    env.panel.setParent(None)


def test_the_findings_rows_do_not_repeat_the_elements_name(qtbot):
    from procedit.validation import validate

    env = make_env(qtbot)
    env.panel.set_findings(validate(env.doc.project, level=CheckLevel.REGULATION))
    env.select("a")
    box = env.panel.findings_box
    name = env.doc.get(env.ids["a"]).name
    assert box.texts() and all(name not in t for t in box.texts())
    assert name not in box.summary_text()
    box.set_expanded(True)
    assert all(name in r.toolTip() for r in box.rows if r.isVisible() and r.property("severity"))
    # a long list is still one line until opened
    box.set_expanded(False)
    assert box.sizeHint().height() < 3 * box.fontMetrics().height()
