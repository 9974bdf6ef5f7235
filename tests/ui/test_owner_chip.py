"""The Owner's view says it is on (a chip on the canvas: the person's name and a close button) and
switches off when its tab is left, when the chip is closed and when another map is shown."""

from __future__ import annotations

import pytest


@pytest.fixture
def owner_on(open_window, qtbot):
    window = open_window()
    panel = window.panels.properties
    panel.tabs.setCurrentWidget(panel.owner_view)
    person = window.doc.header.people[1]  # Петрова Анна: she owns two of the four processes
    panel.owner_view.set_person(person.id)
    chip = window.panels.owner_chip
    assert chip is not None and chip.isVisible()
    return window, person, chip


def _dimmed(window) -> list[str]:
    return [p.id for p in window.doc.processes(window.map_id) if window.scene.item_for(p.id).dimmed]


def test_the_chip_names_the_person_whose_view_dims_the_map(owner_on):
    window, person, chip = owner_on
    assert person.name in chip.label.text()
    assert chip.parentWidget() is window.view.viewport()
    assert len(_dimmed(window)) == 2  # the others' processes


def test_the_chips_close_button_ends_the_view(owner_on, qtbot):
    window, _person, chip = owner_on
    chip.close_button.click()
    assert not chip.isVisible()
    assert _dimmed(window) == []
    assert window.panels.properties.owner_view.person_id() is None


def test_leaving_the_tab_ends_the_view(owner_on):
    window, _person, chip = owner_on
    panel = window.panels.properties
    panel.tabs.setCurrentIndex(0)
    assert not chip.isVisible() and _dimmed(window) == []


def test_another_map_ends_the_view(owner_on):
    window, _person, chip = owner_on
    other = window.doc.map_ids()[1]
    window.switch_map(other)
    assert not chip.isVisible()
    assert window.panels.properties.owner_view.person_id() is None
    assert _dimmed(window) == []
