"""Every rule's message renders in Russian and English, names the element and says what to do."""

from __future__ import annotations

import datetime as dt

from vbuild import P_IDS, add_links, add_processes, clean_map, clean_project, edit_map, edit_process

from procedit.control import target_of
from procedit.model import (
    ChangeLogEntry,
    CheckLevel,
    CorrectiveAction,
    Criterion,
    ExternalParty,
    Flow,
    Link,
    MapKind,
    Measurement,
    PartyKind,
    Passport,
    Process,
    ProcessMap,
)
from procedit.validation import RULES, validate
from procedit.validation.report import check_maps, format_text, plural, summary

P1, P2 = P_IDS


def _months(*values: float) -> tuple[Measurement, ...]:
    return tuple(Measurement(period=f"2020-{i:02d}", value=v) for i, v in enumerate(values, start=1))


def _everything_broken():
    project = clean_project(clean_map(kind=MapKind.TO_BE))
    lone = Process(id="lone", code="П-1", name="Приём заказа", owner_id="person_anna", goal_ids=())
    old = dt.date(2020, 1, 31)  # long ago: the data is stale and the action overdue whenever the test runs
    kpis = (
        Criterion(name="Выручка", target=target_of("≥ 100"), period="месяц", actuals=_months(50)),
        Criterion(name="Брак", target=target_of("≤ 2"), period="месяц", actuals=_months(5, 6, 7)),
        Criterion(name="Качество", target=target_of("хорошо")),
    )
    side = Process(
        id="side",
        code="С-1",
        name="Сбоку",
        owner_id="person_anna",
        customer_ids=("partner",),
        criteria=kpis,
        actions=(CorrectiveAction(what="Исправить", due=old),),
    )
    extra = Process(id="extra", code="Э-1", name="Ещё", owner_id="dept_x", criteria=(Criterion(name="KPI"),))
    project = add_processes(project, lone, side, extra)
    pmap = project.map_by_id("map_main")
    parties = (
        *pmap.parties,
        ExternalParty(id="partner", name="Партнёр", kind=PartyKind.CUSTOMER),
        ExternalParty(id="bank", name="Банк"),
    )
    project = edit_map(project, parties=parties)
    project = add_links(project, Link(id="l_side", source_id="side", target_id="partner"))
    project = add_links(project, Link(id="l_extra", source_id=P2, target_id="extra"))
    project = edit_process(
        project, P1, owner_id=None, inputs=(Flow(what="сырьё"),), subprocess_map_id="map_d1"
    )
    changes = {"outputs": (Flow(what="акт"),), "documents": (), "criteria": (), "goal": "", "results": ""}
    project = edit_process(project, P2, owner_id="person_anna", subprocess_map_id="map_d2", **changes)
    # P1 decomposed: its input not carried, a boundary flow it does not list, no owner for the sub-map;
    # P2 decomposed into an empty map: its output produced by nobody
    sup = ExternalParty(id="d1_sup", name="Склад", kind=PartyKind.SUPPLIER)
    step = Process(id="d1_step", code="П-1.1", name="Шаг", inputs=(Flow(what="скидка", party_id=sup.id),))
    level = CheckLevel.REGULATION
    d1 = ProcessMap(
        id="map_d1",
        name="Детализация",
        parent_process_id=P1,
        processes=(step,),
        parties=(sup,),
        check_level=level,
    )
    d2 = ProcessMap(id="map_d2", name="Пустая детализация", parent_process_id=P2, check_level=level)
    # the passport says 1.0 while the change log's latest change made 1.1
    log = (ChangeLogEntry(id="chg_1", number=1, version="1.1"),)
    project = project.with_(passport=Passport(version="1.0"), change_log=log)
    return project.with_(maps=(*project.maps, d1, d2))


def test_every_rule_fires_somewhere_and_its_messages_render():
    found = validate(_everything_broken())
    fired = {f.rule for f in found}
    assert fired == set(RULES)
    for f in found:
        for lang in ("ru", "en"):
            text = f.message(lang)
            assert f.element_name in text, (f.rule, lang, text)
            assert "{" not in text and "}" not in text
            assert text.endswith(".")
        assert f.message("ru") != f.message("en")


def test_text_report_and_plurals():
    project = _everything_broken()
    text = format_text(check_maps(project), "ru")
    assert text.splitlines()[0].startswith("Карта «Основная карта» (TO BE, уровень проверки: регламент): ")
    assert text.splitlines()[-1] == "Итого: " + summary(validate(project), "ru")
    assert [plural(n, ("ошибка", "ошибки", "ошибок")) for n in (1, 2, 5, 11, 21, 22, 112)] == [
        "1 ошибка",
        "2 ошибки",
        "5 ошибок",
        "11 ошибок",
        "21 ошибка",
        "22 ошибки",
        "112 ошибок",
    ]
    assert (
        plural(1, ("error", "errors"), "en") == "1 error"
        and plural(3, ("error", "errors"), "en") == "3 errors"
    )
