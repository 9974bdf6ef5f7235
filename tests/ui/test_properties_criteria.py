"""Criteria in the properties panel: structured targets typed as text, actual values (one undo
step per entry, pasting a column), corrective actions planned from a missed criterion."""

from __future__ import annotations

import datetime as dt

from properties_helpers import make_env, settle, type_text

from procedit.commands import SetFields
from procedit.control import target_of
from procedit.model import ActionStatus, Comparison, Criterion, Measurement, Target


def _with_criterion(env, **fields):
    crit = Criterion(name="Лиды", target=target_of("≥ 100"), unit="шт", period="месяц", **fields)
    env.history.push(SetFields({env.ids["a"]: {"criteria": (crit,)}}, label="setup"))
    env.select("a")
    return env.panel.current_form(), crit


def _type_target(qtbot, form, text: str):
    """The first criterion's target field, ``text`` typed into it over what it held."""
    field = form.criteria.editor(0, "target")
    field.setFocus()
    field.selectAll()
    type_text(qtbot, field, text)
    return field


def test_typed_target_is_structured_and_stays_as_typed_while_typing(qtbot):
    env = make_env(qtbot)
    form, _ = _with_criterion(env)
    field = _type_target(qtbot, form, "не менее 120")
    c = env.get("a").criteria[0]
    assert c.target == Target(comparison=Comparison.AT_LEAST, value=120)
    assert field.text() == "не менее 120"  # not rewritten under the cursor
    field.clearFocus()
    form.refresh()
    assert field.text() == "≥ 120"
    field.setFocus()
    field.selectAll()
    type_text(qtbot, field, "как получится")
    assert env.get("a").criteria[0].target == Target(text="как получится")  # kept, not lost
    assert "border" in field.styleSheet()  # outlined: it cannot be checked


def test_warning_threshold_formula_and_data_source(qtbot):
    env = make_env(qtbot)
    form, _ = _with_criterion(env)
    type_text(qtbot, form.criteria.editor(0, "warning"), "90")
    type_text(qtbot, form.criteria.editor(0, "formula"), "лиды за месяц")
    type_text(qtbot, form.criteria.editor(0, "data_source"), "CRM")
    c = env.get("a").criteria[0]
    assert (c.target.warning, c.target.value, c.formula, c.data_source) == (90, 100, "лиды за месяц", "CRM")


def test_each_actual_is_one_undo_step_and_periods_are_checked_and_sorted(qtbot):
    env = make_env(qtbot)
    form, _ = _with_criterion(env)
    editor = form.criteria_section.actuals
    table = editor.table
    table.item(0, 0).setText("2026-11")
    assert env.get("a").criteria[0].actuals == (Measurement(period="2026-11"),)
    table.item(0, 1).setText("96")
    table.item(1, 0).setText("10.2026")  # written as people do; stored canonically
    table.item(0, 1).setText("81")
    actuals = env.get("a").criteria[0].actuals
    assert [(m.period, m.value) for m in actuals] == [("2026-10", 81), ("2026-11", 96)]
    assert table.item(0, 0).text() == "2026-10"  # sorted
    table.item(2, 0).setText("октябрь")  # not a period: refused, said why
    assert not editor.message.isHidden() and "октябрь" in editor.message.text()
    assert len(env.get("a").criteria[0].actuals) == 2
    env.history.undo()
    assert [(m.period, m.value) for m in env.get("a").criteria[0].actuals] == [
        ("2026-10", None),
        ("2026-11", 96),
    ]


def test_pasting_a_column_fills_it_in_one_step(qtbot):
    env = make_env(qtbot)
    form, _ = _with_criterion(env, actuals=(Measurement(period="2026-06", value=100),))
    editor = form.criteria_section.actuals
    editor.paste("101\n102\n103\n", 0, 1)  # values from a spreadsheet column
    assert [(m.period, m.value) for m in env.get("a").criteria[0].actuals] == [
        ("2026-06", 101),
        ("2026-07", 102),
        ("2026-08", 103),
    ]
    editor.paste("2026-09\t99\tзаметка\n2026-10\t98\n", 0, 0)  # period and value pairs
    assert env.get("a").criteria[0].actuals[-2:] == (
        Measurement(period="2026-09", value=99, note="заметка"),
        Measurement(period="2026-10", value=98),
    )
    env.history.undo()
    env.history.undo()
    assert env.get("a").criteria[0].actuals == (Measurement(period="2026-06", value=100),)


def test_plan_a_corrective_action_from_a_missed_criterion(qtbot):
    env = make_env(qtbot)
    today = dt.date.today()
    last = f"{today.year - 1}-12"
    form, crit = _with_criterion(env, actuals=(Measurement(period=last, value=80),))
    button = form.criteria.editor(0, "plan")
    assert button.isEnabled()
    button.click()
    settle()
    [action] = env.get("a").actions
    assert action.criterion_id == crit.id and action.status == ActionStatus.PLANNED
    assert action.responsible_id == env.ids["ivanov"]  # the process owner
    assert "80" in action.why and "≥ 100" in action.why
    assert form.criteria_section.actions.editor(0, "what").text() == action.what
    env.history.undo()
    assert env.get("a").actions == ()


def test_a_target_beyond_the_largest_number_is_kept_as_text_not_an_exception(qtbot):
    env = make_env(qtbot)
    form, _ = _with_criterion(env)
    field = _type_target(qtbot, form, "≥ 99999999999999999")  # a key too many
    assert env.get("a").criteria[0].target == Target(text="≥ 99999999999999999")
    assert "border" in field.styleSheet()  # outlined: it cannot be checked


def test_pasted_pairs_replace_the_values_of_their_periods_however_the_periods_are_written(qtbot):
    env = make_env(qtbot)
    form, _ = _with_criterion(
        env, actuals=(Measurement(period="2026-10", value=80), Measurement(period="2026-11", value=90))
    )
    editor = form.criteria_section.actuals
    editor.paste("10.2026\t85\r\n11.2026\t95\r\n12.2026\t99\r\n", 0, 0)  # as a spreadsheet has them
    assert editor.message.isHidden(), editor.message.text()
    assert [(m.period, m.value) for m in env.get("a").criteria[0].actuals] == [
        ("2026-10", 85),
        ("2026-11", 95),
        ("2026-12", 99),
    ]


def test_pasting_into_the_note_column_fills_notes_not_values(qtbot):
    env = make_env(qtbot)
    form, _ = _with_criterion(
        env, actuals=(Measurement(period="2026-10", value=80), Measurement(period="2026-11", value=90))
    )
    editor = form.criteria_section.actuals
    editor.paste("CRM не работала\nновый лендинг\n", 0, 2)
    assert editor.message.isHidden(), editor.message.text()
    assert env.get("a").criteria[0].actuals == (
        Measurement(period="2026-10", value=80, note="CRM не работала"),
        Measurement(period="2026-11", value=90, note="новый лендинг"),
    )
    env.history.undo()  # one step
    assert [m.note for m in env.get("a").criteria[0].actuals] == ["", ""]


def test_plan_a_corrective_action_for_a_criterion_with_the_longest_name(qtbot):
    from procedit.model.limits import MAX_LINE

    env = make_env(qtbot)
    today = dt.date.today()
    name = "Доля " + "очень " * ((MAX_LINE - 5) // 6)  # as long as a name may be
    form, crit = _with_criterion(env, actuals=(Measurement(period=f"{today.year - 1}-12", value=80),))
    env.history.push(
        SetFields({env.ids["a"]: {"criteria": (crit.with_(name=name[:MAX_LINE]),)}}, label="rename")
    )
    settle()
    form.criteria.editor(0, "plan").click()
    settle()
    [action] = env.get("a").actions
    assert action.criterion_id == crit.id and len(action.what) <= MAX_LINE
    assert action.what.startswith("Устранить причину") or action.what.startswith("Remove the cause")


def test_a_yes_no_criterion_takes_yes_and_no_in_its_actuals_table(qtbot):
    env = make_env(qtbot)
    crit = Criterion(
        name="Отчёт в срок", target=target_of("да"), period="месяц", actuals=(Measurement("2026-10", 1.0),)
    )
    env.history.push(SetFields({env.ids["a"]: {"criteria": (crit,)}}, label="setup"))
    env.select("a")
    editor = env.panel.current_form().criteria_section.actuals
    table = editor.table
    assert table.item(0, 1).text() in ("yes", "да")  # as the target is written, not 1
    table.item(1, 0).setText("2026-11")
    table.item(1, 1).setText("нет")
    assert editor.message.isHidden(), editor.message.text()
    table.item(2, 0).setText("2026-12")
    table.item(2, 1).setText("Yes")
    assert editor.message.isHidden(), editor.message.text()
    assert [(m.period, m.value) for m in env.get("a").criteria[0].actuals] == [
        ("2026-10", 1.0),
        ("2026-11", 0.0),
        ("2026-12", 1.0),
    ]
    assert table.item(1, 1).text() in ("no", "нет")
    table.item(0, 2).setText("в срок")  # an edit elsewhere: the shown yes/no words read back
    assert editor.message.isHidden(), editor.message.text()
    assert env.get("a").criteria[0].actuals[0] == Measurement("2026-10", 1.0, "в срок")


def test_the_status_line_judges_stale_data_by_the_projects_grace_days(qtbot):
    """Map ▸ Validation Rules sets how many days after a month its value is due; the
    criterion's line in the panel says what the Criteria dock and the check say."""
    from procedit.commands import SetProjectFields
    from procedit.control.periods import MONTH, due_period
    from procedit.model import ValidationConfig

    env = make_env(qtbot)
    today = dt.date.today()
    last = due_period(MONTH, today, 60)  # due with 60 days of grace, not the latest due with 15
    assert last != due_period(MONTH, today, 15)
    env.history.push(
        SetProjectFields({"validation": ValidationConfig(params={"stale_grace_days": 60})}, label="grace")
    )
    form, _ = _with_criterion(env, actuals=(Measurement(period=last.text, value=120),))
    text = form.criteria.rows[0].info.text()
    assert text.startswith(last.text) and text.endswith(("выполнен", "met")), text  # not "stale"


def test_delete_in_the_actuals_table_clears_a_value_or_removes_its_row(qtbot):
    from PySide6.QtCore import Qt

    env = make_env(qtbot)
    form, _ = _with_criterion(
        env, actuals=(Measurement(period="2026-10", value=80), Measurement(period="2026-11", value=90))
    )
    editor = form.criteria_section.actuals
    table = editor.table
    table.setFocus()
    table.setCurrentCell(1, 1)  # the value of 2026-11
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert env.get("a").criteria[0].actuals == (
        Measurement(period="2026-10", value=80),
        Measurement(period="2026-11", value=None),
    )
    table.setCurrentCell(0, 0)  # the period of 2026-10: the whole entry goes
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert editor.message.isHidden(), editor.message.text()
    assert env.get("a").criteria[0].actuals == (Measurement(period="2026-11", value=None),)
    env.history.undo()  # one step each
    assert len(env.get("a").criteria[0].actuals) == 2


def test_pasting_a_table_with_its_header_row_takes_the_values_under_it(qtbot):
    env = make_env(qtbot)
    form, _ = _with_criterion(env, actuals=(Measurement(period="2026-10", value=80),))
    editor = form.criteria_section.actuals
    editor.paste("Период\tЗначение\tПримечание\r\n2026-11\t95\t\r\n2026-12\t99\tновый лендинг\r\n", 0, 0)
    assert editor.message.isHidden(), editor.message.text()
    assert env.get("a").criteria[0].actuals == (
        Measurement(period="2026-10", value=80),
        Measurement(period="2026-11", value=95),
        Measurement(period="2026-12", value=99, note="новый лендинг"),
    )
    editor.paste("Факт\n100\n", 0, 1)  # a column with its header: the header is no value
    assert editor.message.isHidden(), editor.message.text()
    assert env.get("a").criteria[0].actuals[0] == Measurement(period="2026-10", value=100)
