"""The arrow (link) form and recording what an arrow carries; the party form."""

from __future__ import annotations

from properties_helpers import make_env, type_text

from procedit.model import LinkKind, PartyKind, Routing
from procedit.ui.panels.link_flows import offer_link_flows


def test_record_as_output_and_input_in_one_step(qtbot):
    env = make_env(qtbot)
    env.select("ab")
    form = env.panel.current_form()
    assert form is env.panel.forms["link"]
    assert form.record.isVisible() and form.record.isEnabled()
    before = env.history.index
    form.record.click()
    a, b, link = env.get("a"), env.get("b"), env.get("ab")
    assert [(f.what, f.party_id) for f in a.outputs] == [("заказ", env.ids["b"])]
    assert [(f.what, f.party_id) for f in b.inputs] == [("заказ", env.ids["a"])]
    assert (link.source_output_id, link.target_input_id) == (a.outputs[0].id, b.inputs[0].id)
    assert env.history.index == before + 1
    assert form.output.value() == a.outputs[0].id and form.input.value() == b.inputs[0].id
    assert not form.record.isVisible()  # nothing left to record
    env.history.undo()
    assert env.get("a").outputs == () and env.get("b").inputs[0:1] == ()
    assert env.get("ab").source_output_id is None
    assert form.output.value() is None
    env.history.redo()  # the same flows come back with the same ids
    assert env.get("ab").source_output_id == a.outputs[0].id
    env.assert_consistent()


def test_choose_the_carried_output_and_input(qtbot):
    env = make_env(qtbot)
    env.select("a")
    proc = env.panel.current_form()
    proc.outputs.add_button.click()
    type_text(qtbot, proc.outputs.editor(0, "what"), "заказ на отгрузку")
    out_id = env.get("a").outputs[0].id
    env.select("ab")
    form = env.panel.current_form()
    assert out_id in form.output.values()
    form.output.pick(out_id)
    assert env.get("ab").source_output_id == out_id
    b_out = env.get("b").outputs[0].id
    assert b_out not in form.input.values()  # the target's outputs are not its inputs
    env.select("a")
    info = proc.outputs.rows[0].info
    assert not info.isHidden() and "П2 Отгрузка" in info.text()
    env.history.undo()
    assert info.isHidden()


def test_label_kind_routing_and_party_end(qtbot):
    env = make_env(qtbot)
    env.select("ca")
    form = env.panel.current_form()
    assert not form.output.isEnabled()  # a party lists no outputs
    form.label.end(False)
    type_text(qtbot, form.label, " на покупку")
    assert env.get("ca").label == "заявка на покупку"
    form.kind.pick(LinkKind.INFORMATION)
    form.routing.pick(Routing.ORTHOGONAL)
    assert (env.get("ca").kind, env.get("ca").routing) == (LinkKind.INFORMATION, Routing.ORTHOGONAL)
    form.record.click()
    assert env.get("ca").source_output_id is None
    assert env.get("a").inputs[0].what == "заявка на покупку"
    assert env.get("a").inputs[0].party_id == env.ids["client"]


def test_offer_link_flows_reuses_a_matching_output(qtbot):
    env = make_env(qtbot)
    from procedit.commands import add_item
    from procedit.model import Flow

    env.history.push(add_item(env.doc, env.ids["a"], "outputs", Flow(what="Заказ")))
    cmd = offer_link_flows(env.doc, [env.ids["ab"]])
    assert cmd is not None
    env.history.push(cmd)
    a = env.get("a")
    assert len(a.outputs) == 1 and a.outputs[0].party_id == env.ids["b"]
    assert env.get("ab").source_output_id == a.outputs[0].id
    assert offer_link_flows(env.doc, [env.ids["ab"]]) is None


def test_process_form_records_all_its_arrows(qtbot):
    env = make_env(qtbot)
    env.select("a")
    form = env.panel.current_form()
    assert form.record_button.isVisible()
    form.record_button.click()
    assert [f.what for f in env.get("a").inputs] == ["заявка"]
    assert [f.what for f in env.get("a").outputs] == ["заказ"]
    assert [f.what for f in env.get("b").inputs] == ["заказ"]
    assert not form.record_button.isVisible()
    env.history.undo()
    assert env.get("a").inputs == () and env.get("a").outputs == ()
    env.assert_consistent()


def test_party_form(qtbot):
    env = make_env(qtbot)
    env.select("client")
    form = env.panel.current_form()
    assert form is env.panel.forms["party"]
    form.name.end(False)
    type_text(qtbot, form.name, " (розница)")
    form.kind.pick(PartyKind.SUPPLIER)
    type_text(qtbot, form.description, "Покупает онлайн")
    party = env.get("client")
    assert (party.name, party.kind, party.description) == (
        "Клиент (розница)",
        PartyKind.SUPPLIER,
        "Покупает онлайн",
    )
    assert "Клиент (розница)" in env.panel.title.text()


def test_lane_form(qtbot):
    from procedit.commands import AddElements
    from procedit.model import Lane

    env = make_env(qtbot)
    lane = Lane(name="Продажи")
    env.history.push(AddElements(env.map_id, [lane]))
    env.panel.show_selection(env.map_id, [lane.id])
    form = env.panel.current_form()
    assert form is env.panel.forms["lane"]
    form.name.end(False)
    type_text(qtbot, form.name, " и сбыт")
    form.department.pick(env.ids["sales"])
    got = env.doc.get(lane.id)
    assert (got.name, got.department_id) == ("Продажи и сбыт", env.ids["sales"])
    assert "Продажи и сбыт" in env.panel.title.text()
