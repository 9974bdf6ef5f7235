"""Every panel gesture is one undoable command: a long random session undoes to the start."""

from __future__ import annotations

import random

from properties_helpers import make_env, settle, type_text

from procedit.model import DocumentKind, check_integrity


def _gestures(env, rng: random.Random, qtbot):
    p = env.panel

    def process_form(name):
        env.select(name)
        return p.current_form()

    def type_name():
        f = process_form(rng.choice(["a", "b"]))
        f.name.end(False)
        type_text(qtbot, f.name, rng.choice([" плюс", " 2", "x"]))

    def type_goal():
        f = process_form(rng.choice(["a", "b"]))
        type_text(qtbot, f.goal, rng.choice(["Цель", "Быстро", "ok"]))

    def pick_owner():
        f = process_form(rng.choice(["a", "b"]))
        f.owner.combo.pick(rng.choice([env.ids["ivanov"], env.ids["petrova"], None]))

    def add_input():
        f = process_form("a")
        f.inputs.add_button.click()
        settle()
        row = len(f.inputs.rows) - 1
        type_text(qtbot, f.inputs.editor(row, "what"), "вход")
        f.inputs.editor(row, "party_id").pick(rng.choice([env.ids["b"], env.ids["client"], None]))

    def remove_first_input():
        f = process_form("a")
        if f.inputs.rows:
            f.inputs.button(0, "remove").click()

    def stages():
        f = process_form("b")
        f.stages.add_button.click()
        settle()
        type_text(qtbot, f.stages.editor(len(f.stages.rows) - 1, "name"), "этап")
        if len(f.stages.rows) > 1:
            f.stages.button(0, "down").click()

    def document():
        f = process_form("b")
        f.documents.add_button.click()
        settle()
        f.documents.editor(len(f.documents.rows) - 1, "kind").pick(DocumentKind.TEMPLATE)

    def customers():
        f = process_form("b")
        f.customers.toggle(env.ids["client"], env.ids["client"] not in env.get("b").customer_ids)

    def record_arrow():
        env.select("ab")
        f = p.current_form()
        if f.record.isVisible():
            f.record.click()

    def project():
        env.select()
        f = p.current_form()
        type_text(qtbot, f.organization, "ООО")
        f.people.add_button.click()
        settle()
        type_text(qtbot, f.people.editor(len(f.people.rows) - 1, "name"), "Новый")

    def delete_person():
        env.select()
        f = p.current_form()
        if len(f.people.rows) > 1:
            f.people.button(len(f.people.rows) - 1, "remove").click()

    return [
        type_name,
        type_goal,
        pick_owner,
        add_input,
        remove_first_input,
        stages,
        document,
        customers,
        record_arrow,
        project,
        delete_person,
    ]


def test_a_random_session_undoes_to_the_start_and_redoes_to_the_end(qtbot):
    env = make_env(qtbot)
    start = env.doc.project
    rng = random.Random(20261129)
    gestures = _gestures(env, rng, qtbot)
    for _ in range(40):
        rng.choice(gestures)()
        assert check_integrity(env.doc.project) == []
    end = env.doc.project
    steps = env.history.index
    while env.history.undo():
        pass
    assert env.doc.project == start
    env.select("a")
    assert env.panel.current_form().name.text() == "Продажи"
    for _ in range(steps):
        env.history.redo()
    assert env.doc.project == end
