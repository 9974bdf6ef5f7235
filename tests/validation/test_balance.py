"""Balance of a decomposition: the sub-map agrees with its parent process (IDEF0, interconnection)."""

from __future__ import annotations

from procedit.commands import AddElements, Delete, Document, History, SetFields, SetProjectFields
from procedit.model import (
    CheckLevel,
    ExternalParty,
    Flow,
    Link,
    MapKind,
    PartyKind,
    Person,
    Process,
    ProcessMap,
    Project,
    RuleConfig,
    ValidationConfig,
)
from procedit.validation import LiveValidator, validate

BALANCE = {
    "balance_input_not_carried",
    "balance_output_not_produced",
    "balance_boundary_unlisted",
    "submap_no_owner",
}


def project(carry_both: bool = True, extra_boundary: bool = False, owner: bool = True) -> Project:
    """A landscape with process P (inputs «заявка», «прайс»; output «договор»), decomposed into a
    sub-map whose two sub-processes carry the first input always and the second one when asked."""
    boss = Person(id="person_boss", name="Иванова Анна")
    client = ExternalParty(id="party_client", name="Клиент", kind=PartyKind.CUSTOMER)
    p = Process(
        id="proc_p",
        code="П-1",
        name="Продажи",
        owner_id=boss.id if owner else None,
        subprocess_map_id="map_sub",
        inputs=(Flow(id="flow_in1", what="Заявка", party_id=client.id), Flow(id="flow_in2", what="прайс")),
        outputs=(Flow(id="flow_out", what="договор", party_id=client.id),),
    )
    # checked as descriptions: balance is about inputs, outputs and owners (levels.py)
    landscape = ProcessMap(
        id="map_top", name="Ландшафт", processes=(p,), parties=(client,), check_level=CheckLevel.DESCRIPTION
    )
    sup = ExternalParty(id="party_sup", name="Клиент", kind=PartyKind.SUPPLIER)
    cons = ExternalParty(id="party_cons", name="Клиент", kind=PartyKind.CUSTOMER)
    ins = [Flow(id="flow_a_in", what="  заявка ", party_id=sup.id)]  # case and spacing do not matter
    if carry_both:
        ins.append(Flow(id="flow_a_in2", what="Прайс"))
    if extra_boundary:
        ins.append(Flow(id="flow_a_in3", what="скидка", party_id=sup.id))
    a = Process(id="proc_a", code="П-1.1", name="Приём заявки", owner_id=boss.id, inputs=tuple(ins))
    b = Process(
        id="proc_b",
        code="П-1.2",
        name="Заключение договора",
        owner_id=boss.id,
        outputs=(Flow(id="flow_b_out", what="Договор", party_id=cons.id),),
    )
    sub = ProcessMap(
        id="map_sub",
        name="П-1 Продажи",
        kind=MapKind.AS_IS,
        check_level=CheckLevel.DESCRIPTION,
        parent_process_id=p.id,
        processes=(a, b),
        parties=(sup, cons),
        links=(
            Link(id="link_1", source_id=sup.id, target_id=a.id, target_input_id="flow_a_in"),
            Link(id="link_2", source_id=a.id, target_id=b.id, label="заявка в работе"),
            Link(id="link_3", source_id=b.id, target_id=cons.id, source_output_id="flow_b_out"),
        ),
    )
    return Project(name="Баланс", people=(boss,), maps=(landscape, sub))


def balance(found) -> list[tuple[str, str, str]]:
    return sorted((f.rule, f.map_id, f.element_id) for f in found if f.rule in BALANCE)


def test_a_balanced_decomposition_has_no_balance_finding():
    assert balance(validate(project())) == []


def test_a_parent_input_not_carried_is_found_on_both_maps_with_the_fix():
    found = [f for f in validate(project(carry_both=False)) if f.rule == "balance_input_not_carried"]
    assert sorted((f.map_id, f.element_id) for f in found) == [("map_sub", "map_sub"), ("map_top", "proc_p")]
    message = found[0].message("ru")
    assert "«прайс»" in message and "«П-1 Продажи»" in message and "Проведите на подкарте связь" in message
    assert "draw a link from the supplier" in found[0].message("en")
    # the input that is carried («Заявка») is not reported
    assert all(dict(f.params)["what"] == "прайс" for f in found)


def test_an_output_no_sub_process_produces():
    p = project()
    sub = p.maps[1]
    b = sub.processes[1].with_(outputs=())
    sub = sub.with_(processes=(sub.processes[0], b), links=sub.links[:2])
    found = [f for f in validate(p.with_(maps=(p.maps[0], sub))) if f.rule == "balance_output_not_produced"]
    assert sorted((f.map_id, f.element_id) for f in found) == [("map_sub", "map_sub"), ("map_top", "proc_p")]
    assert "«договор»" in found[0].message("ru") and "Добавьте этот выход подпроцессу" in found[0].message(
        "ru"
    )


def test_a_boundary_flow_the_parent_does_not_list():
    found = [f for f in validate(project(extra_boundary=True)) if f.rule == "balance_boundary_unlisted"]
    assert sorted((f.map_id, f.element_id) for f in found) == [("map_sub", "map_sub"), ("map_top", "proc_p")]
    assert "подпроцесс «П-1.1 Приём заявки»" in found[0].message("ru")
    message = found[0].message("ru")
    assert (
        "среди входов процесса «П-1 Продажи»" in message and "Добавьте «скидка» во входы процесса" in message
    )
    assert "Add “скидка” to the inputs" in found[0].message("en")


def test_the_sub_map_is_owned_by_the_parent_owner():
    found = [f for f in validate(project(owner=False)) if f.rule == "submap_no_owner"]
    assert [(f.map_id, f.element_id) for f in found] == [("map_sub", "map_sub")]
    assert "Назначьте владельца процессу «П-1 Продажи»" in found[0].message("ru")


def test_no_balance_without_a_consistent_decomposition():
    p = project(carry_both=False)
    sub = p.maps[1].with_(parent_process_id=None)  # a map the process points at but that is no sub-map
    assert balance(validate(p.with_(maps=(p.maps[0], sub)))) == []


def test_a_sketch_is_not_checked_for_balance():
    p = project(carry_both=False)
    sketch = p.with_(maps=tuple(m.with_(check_level=CheckLevel.SKETCH) for m in p.maps))
    assert balance(validate(sketch)) == []
    assert balance(validate(sketch, level=CheckLevel.DESCRIPTION)) != []


def test_rule_settings_apply():
    p = project(carry_both=False)
    off = p.with_(validation=ValidationConfig(rules={"balance_input_not_carried": RuleConfig(enabled=False)}))
    assert balance(validate(off)) == []


def test_live_findings_follow_edits_on_either_map():
    doc = Document(project())
    history = History(doc)
    live = LiveValidator(doc)

    def same() -> None:
        assert balance(live.all_findings()) == balance(validate(doc.project))

    assert balance(live.findings_for("map_top")) == []
    live.findings_for("map_sub")
    # the parent gains an input: the sub-map must carry it
    parent = doc.get("proc_p")
    history.push(SetFields({"proc_p": {"inputs": (*parent.inputs, Flow(what="бюджет"))}}))
    assert ("balance_input_not_carried", "map_top", "proc_p") in balance(live.findings_for("map_top"))
    same()
    # drawn on the sub-map: a link labelled with it
    history.push(AddElements("map_sub", [Link(source_id="party_sup", target_id="proc_b", label="Бюджет")]))
    assert balance(live.all_findings()) == []
    same()
    # a sub-process removed, the owner removed, then undone
    history.push(Delete(["proc_a"]))
    same()
    history.push(SetFields({"proc_p": {"owner_id": None}}))
    same()
    assert ("submap_no_owner", "map_sub", "map_sub") in balance(live.findings_for("map_sub"))
    while history.undo():
        same()
    # the rule configuration changes: every decomposition checked again
    history.push(
        SetProjectFields(
            {"validation": ValidationConfig(rules={"balance_input_not_carried": RuleConfig(enabled=False)})}
        )
    )
    history.push(SetFields({"proc_p": {"inputs": (Flow(what="новый вход"),)}}))
    same()
    assert balance(live.all_findings()) == balance(validate(doc.project))
