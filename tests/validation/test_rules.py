"""Every rule passes on a complete map and fails on a map broken in exactly its way."""

from __future__ import annotations

import pytest
from vbuild import (
    add_links,
    add_processes,
    clean_map,
    clean_project,
    drop_links,
    edit_map,
    edit_process,
    hits,
)

from procedit.control import target_of
from procedit.model import (
    Criterion,
    DocumentKind,
    DocumentRef,
    ExternalParty,
    Flow,
    Link,
    MapKind,
    PartyKind,
    Process,
    Severity,
)
from procedit.validation import RULES, validate

P1, P2, SUPPLIER, CLIENT = "map_main_p1", "map_main_p2", "map_main_supplier", "map_main_client"


def test_complete_map_has_no_findings():
    assert validate(clean_project()) == []


def test_every_rule_is_registered_with_messages_in_both_languages():
    assert len(RULES) >= 20
    for r in RULES.values():
        assert r.principle in {
            "interconnection",
            "responsibility",
            "demand",
            "documentation",
            "control",
            "consistency",
        }
        assert set(r.title) == {"ru", "en"} and set(r.template) == {"ru", "en"}
        assert "{name}" in r.template["ru"] and "{name}" in r.template["en"]


# ------------------------------------------------------------------ interconnection
def test_isolated_process_is_an_error_and_not_also_a_missing_path():
    lone = Process(id="lone", code="П-3", name="Склад", owner_id="person_anna")
    found = validate(add_processes(clean_project(), lone))
    assert hits(found, "isolated_process") == ["lone"]
    assert [f.severity for f in found if f.rule == "isolated_process"] == [Severity.ERROR]
    assert "lone" not in hits(found, "no_path_to_customer")
    assert hits(found, "map_disconnected") == []  # an isolated box is not a "part" of its own


def test_process_connected_only_by_a_named_supplier_is_not_isolated():
    p3 = Process(id="p3", name="Контроль", inputs=(Flow(what="заказ", party_id=P2),), customer_ids=(CLIENT,))
    assert hits(validate(add_processes(clean_project(), p3)), "isolated_process") == []


def test_isolated_party():
    pmap = clean_map()
    project = clean_project(pmap.with_(parties=(*pmap.parties, ExternalParty(id="bank", name="Банк"))))
    found = validate(project)
    assert hits(found, "isolated_party") == ["bank"]
    (finding,) = [f for f in found if f.rule == "isolated_party"]
    assert finding.severity == Severity.WARNING and "«Банк»" in finding.message("ru")


def test_no_path_to_customer_follows_links_backwards_from_customers():
    dead_end = Process(id="p3", code="П-3", name="Архив")
    helper = Process(id="p4", code="П-4", name="Подготовка")
    project = add_processes(clean_project(), dead_end, helper)
    project = add_links(
        project,
        Link(id="l_p2_p3", source_id=P2, target_id="p3"),
        Link(id="l_p4_p1", source_id="p4", target_id=P1),  # p4 feeds the chain that reaches the client
    )
    found = validate(project)
    assert hits(found, "no_path_to_customer") == ["p3"]


def test_a_named_customer_counts_as_reaching_a_customer():
    project = drop_links(clean_project(), "map_main_l3")
    project = edit_process(project, P2, outputs=(), customer_ids=("person_olga",))
    assert hits(validate(project), "no_path_to_customer") == []
    project = edit_process(project, P2, customer_ids=())
    assert hits(validate(project), "no_path_to_customer") == [P1, P2]


def test_map_split_into_parts_is_reported_on_the_map():
    side = Process(id="p3", code="П-9", name="Отдельный", customer_ids=("partner",))
    partner = ExternalParty(id="partner", name="Партнёр", kind=PartyKind.CUSTOMER)
    project = add_processes(clean_project(), side)
    pmap = project.map_by_id("map_main")
    project = edit_map(project, parties=(*pmap.parties, partner))
    found = [f for f in validate(project) if f.rule == "map_disconnected"]
    assert [f.element_id for f in found] == ["map_main"]
    assert dict(found[0].params)["parts"] == 2
    assert "«П-9 Отдельный»" in found[0].message("ru") and "2" in found[0].message("en")


def test_input_without_supplier_unless_a_link_brings_it():
    flow = Flow(id="in_x", what="сырьё", party_id=None)
    project = edit_process(clean_project(), P1, inputs=(flow,))
    found = validate(project)
    assert hits(found, "input_without_supplier") == [P1]
    assert "«сырьё»" in next(f for f in found if f.rule == "input_without_supplier").message()
    project = add_links(project, Link(id="l_in", source_id=SUPPLIER, target_id=P1, target_input_id="in_x"))
    assert hits(validate(project), "input_without_supplier") == []


def test_output_without_consumer_unless_a_link_takes_it():
    flow = Flow(id="out_x", what="акт", party_id=None)
    project = edit_process(clean_project(), P2, outputs=(flow,))
    assert hits(validate(project), "output_without_consumer") == [P2]
    project = add_links(project, Link(id="l_out", source_id=P2, target_id=CLIENT, source_output_id="out_x"))
    assert hits(validate(project), "output_without_consumer") == []


# ------------------------------------------------------------------ responsibility
def test_no_owner():
    found = validate(edit_process(clean_project(), P1, owner_id=None))
    assert hits(found, "no_owner") == [P1]
    assert hits(found, "owner_unknown") == []


def test_owner_not_in_people_register():
    found = validate(edit_process(clean_project(), P1, owner_id="dept_sales"))
    assert hits(found, "owner_unknown") == [P1]
    assert "dept_sales" in next(f for f in found if f.rule == "owner_unknown").message("en")


def _four_processes(owners: list[str]):
    project = clean_project()
    extra = [
        Process(id=f"x{i}", code=f"X-{i}", name=f"Процесс {i}", owner_id=o) for i, o in enumerate(owners[2:])
    ]
    project = add_processes(project, *extra)
    project = edit_process(project, P1, owner_id=owners[0])
    return edit_process(project, P2, owner_id=owners[1])


def test_one_owner_of_most_of_the_map_is_an_info():
    project = _four_processes(["person_anna", "person_anna", "person_anna", "person_igor"])
    found = [f for f in validate(project) if f.rule == "owner_overload"]
    assert [(f.element_id, f.severity) for f in found] == [("map_main", Severity.INFO)]
    assert "Анна Соколова" in found[0].message("ru") and "75%" in found[0].message("ru")
    balanced = _four_processes(["person_anna", "person_anna", "person_igor", "person_olga"])
    assert hits(validate(balanced), "owner_overload") == []  # exactly 50% is not "more than half"


def test_owner_share_needs_four_processes_and_honours_the_threshold():
    small = add_processes(clean_project(), Process(id="x", name="Ещё", owner_id="person_anna"))
    small = edit_process(small, P2, owner_id="person_anna")
    assert hits(validate(small), "owner_overload") == []  # 3 processes: too small to judge
    project = _four_processes(["person_anna", "person_anna", "person_anna", "person_igor"])
    cfg = project.validation.with_(params={"owner_share": 0.8})
    assert hits(validate(project.with_(validation=cfg)), "owner_overload") == []
    cfg = project.validation.with_(params={"owner_share": 0.3})
    assert hits(validate(project.with_(validation=cfg)), "owner_overload") == ["map_main"]


# ------------------------------------------------------------------ demand
def test_report_nobody_reads():
    project = drop_links(clean_project(), "map_main_l3")
    project = edit_process(project, P2, outputs=(Flow(what="отчёт"),))
    found = validate(project)
    assert hits(found, "no_consumer") == [P2]
    msg = next(f for f in found if f.rule == "no_consumer")
    assert msg.severity == Severity.ERROR and "никто не читает" in msg.message("ru")
    # a self-loop is not a consumer
    assert hits(validate(add_links(project, Link(id="self", source_id=P2, target_id=P2))), "no_consumer") == [
        P2
    ]
    # any one of: outgoing link, consumer of an output, a customer
    assert hits(validate(edit_process(project, P2, customer_ids=("person_olga",))), "no_consumer") == []
    assert (
        hits(validate(edit_process(project, P2, outputs=(Flow(what="отчёт", party_id=P1),))), "no_consumer")
        == []
    )
    assert (
        hits(validate(add_links(project, Link(id="back", source_id=P2, target_id=P1))), "no_consumer") == []
    )


# ------------------------------------------------------------------ documentation
@pytest.mark.parametrize(
    ("rule", "field", "empty"),
    [
        ("no_goal", "goal", "  "),
        ("no_results", "results", ""),
        ("no_description", "description", ""),
        ("no_inputs", "inputs", ()),
        ("no_outputs", "outputs", ()),
    ],
)
def test_missing_documentation(rule, field, empty):
    found = validate(edit_process(clean_project(), P1, **{field: empty}))
    assert hits(found, rule) == [P1]
    assert all(f.severity == Severity.WARNING for f in found if f.rule == rule)


def test_no_regulation_document():
    template = DocumentRef(kind=DocumentKind.TEMPLATE, title="Шаблон")
    found = validate(edit_process(clean_project(), P1, documents=(template,)))
    assert hits(found, "no_regulation") == [P1]


# ------------------------------------------------------------------ control
def test_no_criteria_is_an_error():
    found = validate(edit_process(clean_project(), P1, criteria=()))
    assert [(f.element_id, f.severity) for f in found if f.rule == "no_criteria"] == [(P1, Severity.ERROR)]


def test_incomplete_criterion_names_what_is_missing():
    kpi = Criterion(name="Доля брака", target=target_of(""), method="выборка", period="", responsible_id="dept_x")
    found = [
        f
        for f in validate(edit_process(clean_project(), P1, criteria=(kpi,)))
        if f.rule == "criterion_incomplete"
    ]
    assert [f.element_id for f in found] == [P1]
    ru, en = found[0].message("ru"), found[0].message("en")
    assert (
        "«Доля брака»" in ru and "целевое значение" in ru and "периодичность" in ru and "ответственный" in ru
    )
    assert "метод" not in ru
    assert "target, period, responsible person" in en


# ------------------------------------------------------------------ consistency
def test_duplicate_codes_and_names_flag_every_holder():
    project = edit_process(clean_project(), P2, code=" п-1", name="приём  ЗАКАЗА")
    found = validate(project)
    assert hits(found, "duplicate_code") == [P1, P2]
    assert hits(found, "duplicate_name") == [P1, P2]


def test_to_be_process_without_strategy_goal_is_an_info_only_on_to_be_maps():
    project = edit_process(clean_project(), P1, goal_ids=())
    found = validate(project)
    assert [(f.element_id, f.severity) for f in found if f.rule == "no_strategy_goal"] == [
        (P1, Severity.INFO)
    ]
    as_is = edit_map(project, kind=MapKind.AS_IS)
    assert hits(validate(as_is), "no_strategy_goal") == []


# ------------------------------------------------------------------ validate() itself
def test_validate_one_map_or_all():
    broken = clean_map("map_b", MapKind.AS_IS)
    broken = broken.with_(processes=tuple(p.with_(owner_id=None) for p in broken.processes))
    project = clean_project(clean_map(), broken)
    assert {f.map_id for f in validate(project)} == {"map_b"}
    assert validate(project, "map_main") == []
    assert len(validate(project, "map_b")) == 2
    with pytest.raises(KeyError):
        validate(project, "no_such_map")


def test_findings_are_frozen_and_errors_come_first():
    project = edit_process(clean_project(), P1, owner_id=None, goal="")
    found = validate(project)
    assert [f.severity for f in found] == sorted(
        (f.severity for f in found), key=["error", "warning", "info"].index
    )
    with pytest.raises(AttributeError):
        found[0].rule = "x"  # type: ignore[misc]
    assert found[0].element_name == "П-1 Приём заказа"


# ------------------------------------------------------------------ configuration
def test_rule_configuration_switches_off_and_changes_severity():
    from procedit.model import RuleConfig

    project = edit_process(clean_project(), P1, owner_id=None, goal="")
    rules = {"no_owner": RuleConfig(enabled=False), "no_goal": RuleConfig(severity=Severity.ERROR)}
    configured = project.with_(validation=project.validation.with_(rules=rules))
    found = validate(configured)
    assert hits(found, "no_owner") == []
    assert [(f.rule, f.severity) for f in found] == [("no_goal", Severity.ERROR)]
    # severity None means the rule's default
    rules = {"no_goal": RuleConfig(enabled=True, severity=None)}
    found = validate(project.with_(validation=project.validation.with_(rules=rules)))
    assert {(f.rule, f.severity) for f in found} == {
        ("no_owner", Severity.ERROR),
        ("no_goal", Severity.WARNING),
    }
