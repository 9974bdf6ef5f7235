"""The control loop in the window: the Criteria dock, criteria marks on the canvas, the
Owner's view, and File ▸ Import ▸ Criteria Actuals."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from procedit.control import Status, target_of
from procedit.control.periods import MONTH, containing
from procedit.model import (
    ActionStatus,
    CorrectiveAction,
    Criterion,
    MapKind,
    Measurement,
    Person,
    Process,
    ProcessMap,
    Project,
)
from procedit.ui.docks.criteria_model import ROW_ROLE


def _months_back(n: int) -> list[str]:
    """The last ``n`` months whose values are due now, oldest first."""
    p = containing(MONTH, dt.date.today() - dt.timedelta(days=20)).previous()
    out = []
    for _ in range(n):
        out.append(p.text)
        p = p.previous()
    return out[::-1]


def control_project() -> Project:
    anna = Person(id="person_anna", name="Анна Орлова")
    boris = Person(id="person_boris", name="Борис Петров")
    m = _months_back(3)
    leads = Criterion(
        id="crit_leads",
        name="Лиды",
        target=target_of("≥ 100"),
        period="месяц",
        actuals=tuple(Measurement(period=p, value=v) for p, v in zip(m, (80, 85, 90), strict=True)),
    )
    cost = Criterion(
        id="crit_cost",
        name="Стоимость лида",
        target=target_of("≤ 1500"),
        period="месяц",
        actuals=tuple(Measurement(period=p, value=v) for p, v in zip(m, (1400, 1300, 1200), strict=True)),
    )
    late = CorrectiveAction(id="act_late", what="Новый лендинг", due=dt.date.today() - dt.timedelta(days=3))
    done = CorrectiveAction(id="act_done", what="Старое", status=ActionStatus.DONE)
    p1 = Process(
        id="proc_leads", code="М-1", name="Лиды", owner_id=anna.id, criteria=(leads,), actions=(late, done)
    )
    p2 = Process(id="proc_cost", code="М-2", name="Бюджет", owner_id=boris.id, criteria=(cost,), x=300)
    pmap = ProcessMap(id="map_1", name="Карта", kind=MapKind.TO_BE, processes=(p1, p2))
    return Project(name="Контроль", people=(anna, boris), maps=(pmap,))


def _settle(w) -> None:
    w.panels.flush()
    QApplication.processEvents()


def test_criteria_dock_lists_sorts_filters_and_goes_to_the_process(open_window, qtbot):
    w = open_window(control_project())
    w.control.dock.show()
    w.control.dock.raise_()
    panel = w.panels.criteria
    panel.refresh()
    rows = [panel.model.index(i, 0).data(ROW_ROLE) for i in range(2)]
    assert [r.criterion.name for r in rows] == ["Лиды", "Стоимость лида"]  # the worst first
    assert [r.status for r in rows] == [Status.MISSED, Status.MET]
    assert panel.model.index(0, 3).data().startswith("90")
    panel.status_box.setCurrentIndex(panel.status_box.findData("met"))
    assert panel.model.rowCount() == 1
    panel.status_box.setCurrentIndex(0)
    panel.owner_box.setCurrentIndex(panel.owner_box.findData("person_anna"))
    assert [panel.model.index(i, 1).data() for i in range(panel.model.rowCount())] == ["Лиды"]
    panel.owner_box.setCurrentIndex(0)
    with qtbot.waitSignal(panel.elementActivated) as signal:
        panel.table.clicked.emit(panel.model.index(0, 0))
    assert signal.args == ["map_1", "proc_leads"]
    # the chart of the chosen criterion and "Plan a corrective action" in one step
    panel.table.selectRow(0)
    assert panel._chart is not None and panel.plan_button.isEnabled()
    panel.plan_button.click()
    actions = w.doc.get("proc_leads").actions
    assert len(actions) == 3 and actions[-1].criterion_id == "crit_leads"
    w.undo_stack.undo()
    assert len(w.doc.get("proc_leads").actions) == 2


def test_the_dock_behind_the_problems_tab_judges_when_its_tab_is_chosen(open_window, qtbot):
    """A window opens with the Criteria tab behind Problems: nothing is judged for it then (seconds
    on a big map, before the first frame); choosing the tab fills it, and it follows edits."""
    from procedit.commands import set_item_fields

    w = open_window(control_project())
    _settle(w)
    panel = w.panels.criteria
    assert not panel.on_screen() and panel.model.rows == []
    crit = w.doc.get("proc_leads").criteria[0]
    fixed = (*crit.actuals[:-1], crit.actuals[-1]._replace(value=120))
    w.push(set_item_fields(w.doc, "proc_leads", "criteria", "crit_leads", {"actuals": fixed}))
    _settle(w)
    assert panel.model.rows == []
    w.control.dock.raise_()
    qtbot.waitUntil(lambda: len(panel.model.rows) == 2, timeout=3000)
    assert {r.status for r in panel.model.rows} == {Status.MET}
    assert panel.model.index(0, 3).data().startswith("120")
    w.problems_dock.raise_()
    w.push(set_item_fields(w.doc, "proc_leads", "criteria", "crit_leads", {"actuals": crit.actuals}))
    w.control.dock.raise_()
    qtbot.waitUntil(lambda: any(r.status == Status.MISSED for r in panel.model.rows), timeout=3000)


def test_dock_follows_edits(open_window, qtbot):
    w = open_window(control_project())
    w.control.dock.show()
    w.control.dock.raise_()
    panel = w.panels.criteria
    panel.refresh()
    from procedit.commands import set_item_fields

    crit = w.doc.get("proc_leads").criteria[0]
    fixed = (*crit.actuals[:-1], crit.actuals[-1]._replace(value=120))
    w.push(set_item_fields(w.doc, "proc_leads", "criteria", "crit_leads", {"actuals": fixed}))
    qtbot.waitUntil(lambda: all(r.status == Status.MET for r in panel.model.rows), timeout=3000)


def test_an_edit_rejudges_only_the_edited_process_rows_and_the_rest_follow(open_window, qtbot):
    """A big map's dock must not judge every criterion again after each edit: the edited
    process's rows change in place, the others stay the very same rows; a criterion added,
    an owner renamed or an undo still show everywhere."""
    from procedit.commands import SetFields, SetProjectFields, add_item, set_item_fields

    w = open_window(control_project())
    w.control.dock.show()
    w.control.dock.raise_()
    panel = w.panels.criteria
    panel.refresh()
    before = {r.criterion.id: r for r in panel.model.rows}
    crit = w.doc.get("proc_leads").criteria[0]
    fixed = (*crit.actuals[:-1], crit.actuals[-1]._replace(value=120))
    w.push(set_item_fields(w.doc, "proc_leads", "criteria", "crit_leads", {"actuals": fixed}))
    panel.refresh()
    after = {r.criterion.id: r for r in panel.model.rows}
    assert after["crit_leads"].status == Status.MET and after["crit_leads"] is not before["crit_leads"]
    assert after["crit_cost"] is before["crit_cost"]  # not judged again
    w.push(SetFields({"proc_cost": {"owner_id": "person_anna"}}))  # the owner filter follows
    panel.refresh()
    owners = [panel.owner_box.itemText(i) for i in range(panel.owner_box.count())]
    assert "Борис Петров" not in owners and "Анна Орлова" in owners
    assert next(r for r in panel.model.rows if r.criterion.id == "crit_cost").owner == "Анна Орлова"
    extra = Criterion(id="crit_new", name="Новый", target=target_of("≥ 1"))
    w.push(add_item(w.doc, "proc_cost", "criteria", extra))
    panel.refresh()
    assert sorted(r.criterion.id for r in panel.model.rows) == ["crit_cost", "crit_leads", "crit_new"]
    people = tuple(p.with_(name="Анна Иванова") if p.id == "person_anna" else p for p in w.doc.header.people)
    w.push(SetProjectFields({"people": people}))
    panel.refresh()
    assert {r.owner for r in panel.model.rows} == {"Анна Иванова"}
    for _ in range(4):
        w.undo_stack.undo()
    panel.refresh()
    assert {r.criterion.id: (r.status, r.owner) for r in panel.model.rows} == {
        k: (r.status, r.owner) for k, r in before.items()
    }


def test_criteria_marks_show_on_missing_boxes_and_switch_off(open_window):
    w = open_window(control_project())
    _settle(w)
    leads, cost = w.scene.item_for("proc_leads"), w.scene.item_for("proc_cost")
    assert leads.kpi > 0 and cost.kpi == 0
    w.control.marks.setChecked(False)
    assert not leads._kpi_visible
    assert leads._badge is not None  # the findings badge is another thing, still there
    w.control.marks.setChecked(True)
    assert leads._kpi_visible


def test_owners_view_lists_missed_criteria_and_open_actions(open_window):
    w = open_window(control_project())
    _settle(w)
    form = w.panels.properties
    view = form.owner_view
    view.set_person("person_anna")
    text = view.cards[0].text()
    assert "Лиды" in text and "90" in text and "≥ 100" in text
    assert "Новый лендинг" in text and "Старое" not in text  # open actions only
    assert "просрочено" in text or "overdue" in text
    assert "1" in view.summary.text()


def test_import_actuals_previews_and_applies_as_one_step(open_window, tmp_path):
    from procedit.ui.dialogs.import_actuals import ImportActualsDialog, import_actuals

    w = open_window(control_project())
    data = tmp_path / "crm.csv"
    data.write_text(
        "Код процесса;Критерий;Период;Значение\nМ-1;Лиды;2099-01;130\nМ-9;Лиды;2099-01;1\n", encoding="utf-8"
    )
    seen = {}

    def answer():
        dialog = next(
            d for d in QApplication.topLevelWidgets() if isinstance(d, ImportActualsDialog) and d.isVisible()
        )
        seen["apply_enabled"] = dialog.apply_button.isEnabled()
        seen["refused"] = dialog.refused.rowCount()
        dialog.valid_only.setChecked(True)
        seen["apply_after"] = dialog.apply_button.isEnabled()
        dialog.apply_button.click()

    QTimer.singleShot(200, answer)
    assert import_actuals(w, w.doc, "map_1", w.push, "ru", str(data))
    assert seen == {"apply_enabled": False, "refused": 1, "apply_after": True}
    assert w.doc.get("proc_leads").criteria[0].actuals[-1] == Measurement(period="2099-01", value=130)
    assert w.undo_stack.undoText()
    w.undo_stack.undo()
    assert w.doc.get("proc_leads").criteria[0].actuals[-1].period != "2099-01"


def test_import_menu_entry_exists(open_window):
    w = open_window(control_project())
    names = [a.objectName() for a in w.menus["import"].actions()]  # File ▸ Import ▸ Criteria Actuals…
    assert names.index("import_actuals") == names.index("import_data") + 1
    assert w.control.marks in w.menus["view"].actions()


def test_import_actuals_of_a_zip_bomb_shows_why_and_applies_nothing(open_window, zip_bomb_xlsx, monkeypatch):
    from procedit.ui.dialogs.import_actuals import import_actuals

    w = open_window(control_project())
    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: said.append(a[2])))
    before = w.doc.project
    assert not import_actuals(w, w.doc, "map_1", w.push, "en", str(zip_bomb_xlsx))
    assert len(said) == 1 and "zip bomb" in said[0]
    assert w.doc.project == before and not w.undo_stack.canUndo()


def test_an_import_names_its_undo_step_in_the_language_of_the_ui(open_window, tmp_path, qapp):
    from procedit.ui import i18n
    from procedit.ui.dialogs.import_actuals import ImportActualsDialog, import_actuals

    translators = i18n.install_translators(qapp, "ru")
    assert translators, "procedit_ru.qm was not loaded"
    try:
        w = open_window(control_project())
        data = tmp_path / "crm.csv"
        data.write_text("Код процесса;Критерий;Период;Значение\nМ-1;Лиды;2099-01;130\n", encoding="utf-8")

        def answer():
            dialog = next(
                d
                for d in QApplication.topLevelWidgets()
                if isinstance(d, ImportActualsDialog) and d.isVisible()
            )
            dialog.apply_button.click()

        QTimer.singleShot(200, answer)
        assert import_actuals(w, w.doc, "map_1", w.push, "ru", str(data))
        assert w.undo_stack.undoText() == "Импорт фактических значений критериев"
    finally:
        i18n.remove_translators(qapp, translators)


def test_the_import_preview_names_the_map_the_values_go_into(open_window, tmp_path):
    """The values go into the map on the canvas (an AS IS map may hold the same codes and
    criteria as its TO BE map): the preview says which one."""
    from procedit.ui.dialogs.import_actuals import import_actuals

    w = open_window(control_project())
    data = tmp_path / "crm.csv"
    data.write_text("Код процесса;Критерий;Период;Значение\nМ-1;Лиды;2099-01;130\n", encoding="utf-8")
    seen: dict = {}
    _on_preview(lambda d: seen.update(text=" ".join(label.text() for label in d.findChildren(QLabel))))
    assert not import_actuals(w, w.doc, "map_1", w.push, "en", str(data))
    assert "“Карта”" in seen["text"]


def _on_preview(read) -> None:
    """Once the import's preview is up (it runs modally): ``read(dialog)``, then Cancel."""
    from procedit.ui.dialogs.import_actuals import ImportActualsDialog

    def answer():
        dialog = next(
            d for d in QApplication.topLevelWidgets() if isinstance(d, ImportActualsDialog) and d.isVisible()
        )
        read(dialog)
        dialog.reject()

    QTimer.singleShot(200, answer)


def test_the_import_preview_shows_a_yes_no_value_as_yes_or_no(open_window, tmp_path):
    from procedit.ui.dialogs.import_actuals import import_actuals

    project = control_project()
    pmap = project.maps[0]
    report = Criterion(id="crit_report", name="Отчёт в срок", target=target_of("да"), period="месяц")
    p1 = pmap.processes[0].with_(criteria=(*pmap.processes[0].criteria, report))
    w = open_window(project.with_(maps=(pmap.with_(processes=(p1, *pmap.processes[1:])),)))
    data = tmp_path / "crm.csv"
    data.write_text("Код процесса;Критерий;Период;Значение\nМ-1;Отчёт в срок;2099-01;нет\n", encoding="utf-8")
    seen: dict = {}
    _on_preview(lambda d: seen.update(becomes=d.changes.item(0, 5).text()))
    import_actuals(w, w.doc, "map_1", w.push, "ru", str(data))
    assert seen["becomes"] == "нет"  # as the file and the target say it, not 0


def test_a_dock_left_open_past_midnight_judges_by_the_new_day(open_window, qtbot):
    """The window stays open for days: after an edit the dock judges as of today, as the
    problems list does, not as of the day it was opened (its data went stale meanwhile)."""
    from procedit.commands import set_item_fields

    w = open_window(control_project())
    w.control.dock.show()
    w.control.dock.raise_()
    panel = w.panels.criteria
    panel.refresh()
    assert {r.status for r in panel.model.rows} == {Status.MISSED, Status.MET}
    panel.today = dt.date.today() - dt.timedelta(days=120)  # as if opened four months ago…
    old = w.doc.get("proc_cost").criteria[0]  # …when its latest value, now stale, was fresh
    last = containing(MONTH, panel.today - dt.timedelta(days=20)).previous()
    stale = old.with_(actuals=(Measurement(period=last.text, value=1200),))
    w.push(set_item_fields(w.doc, "proc_cost", "criteria", "crit_cost", {"actuals": stale.actuals}))
    qtbot.waitUntil(lambda: any(r.criterion.actuals == stale.actuals for r in panel.model.rows), timeout=3000)
    row = next(r for r in panel.model.rows if r.criterion.id == "crit_cost")
    assert row.status == Status.STALE


def test_another_map_does_not_keep_the_chart_of_a_criterion_it_does_not_hold(open_window, qtbot):
    project = control_project()
    other = ProcessMap(id="map_2", name="Другая", processes=(Process(id="proc_x", code="Х-1", name="Икс"),))
    w = open_window(project.with_(maps=(*project.maps, other)))
    w.control.dock.show()
    w.control.dock.raise_()
    panel = w.panels.criteria
    panel.refresh()
    panel.table.selectRow(0)
    assert "Лиды" in panel.chart_title.text() and panel._chart.listDataItems()
    panel.set_map("map_2")
    panel.refresh()
    assert panel.model.rowCount() == 0
    assert "Лиды" not in panel.chart_title.text()  # nothing chosen here: the hint again
    assert not panel._chart.listDataItems() and not panel.plan_button.isEnabled()
