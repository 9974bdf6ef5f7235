"""No key sequence is claimed twice, on this platform and on every platform's standard bindings.

Under X11 Qt's standard Delete is ``Del, Ctrl+D``, so Delete and Duplicate both claimed Ctrl+D
and neither fired; Full Screen listed F11 twice and never fired. These tests collect every
action's and QShortcut's keys and fail on any overlap; the ``xcb`` ones also run on the real X11
platform (tests/ui/test_xcb_suite.py), where those standard bindings apply.
"""

from __future__ import annotations

import pytest
from key_claims import Claim, claims, overlaps
from key_schemes import SCHEMES
from PySide6.QtGui import QKeySequence

from procedit.ui.window import keys

SK = QKeySequence.StandardKey


@pytest.mark.xcb
def test_no_sequence_is_claimed_twice_on_this_platform(open_window):
    window = open_window()
    found = claims(window)
    assert {c.sequence for c in found} >= {"Ctrl+D", "F11", "Del", "Ctrl+Z"}  # the collector sees them
    assert overlaps(found) == []


@pytest.mark.xcb
def test_duplicate_and_full_screen_keep_their_keys_on_this_platform(open_window):
    a = open_window().actions
    assert "Ctrl+D" in [s.toString() for s in a.duplicate.shortcuts()]
    assert "Ctrl+D" not in [s.toString() for s in a.delete.shortcuts()]
    assert [s.toString() for s in a.full_screen.shortcuts()].count("F11") == 1


def test_the_collector_finds_an_overlap(open_window):
    """The check can fail: two actions given one key, or one action given a key twice."""
    window = open_window()
    window.actions.grid.setShortcuts([QKeySequence("Ctrl+D")])
    window.actions.badges.setShortcuts([QKeySequence("F9"), QKeySequence("F9")])
    found = overlaps(claims(window))
    assert "Ctrl+D: duplicate and grid" in found or "Ctrl+D: grid and duplicate" in found
    assert "F9: badges and badges" in found


def test_scopes_keep_apart_keys_of_widgets_that_do_not_contain_each_other(open_window):
    window = open_window()
    panel, view = window.properties_dock, window.view
    assert overlaps([Claim("a", "Esc", (panel,)), Claim("b", "Esc", (view,))]) == []
    assert overlaps([Claim("a", "Esc", (window,)), Claim("b", "Esc", (view,))]) == ["Esc: a and b"]


def _scheme_bindings(scheme: str):
    table = SCHEMES[scheme]

    def bindings(key: SK) -> list[str]:
        assert key.name in table, f"add Qt's bindings of StandardKey.{key.name} to tests/ui/key_schemes.py"
        return list(table[key.name])

    return bindings


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_declared_keys_do_not_overlap_on_any_platform(open_window, scheme):
    """The actions' declared keys expanded with each keyboard scheme's standard bindings (Windows,
    macOS, X11, KDE, GNOME), together with every other shortcut of the window, never overlap."""
    window = open_window()
    specs = window.actions.key_specs
    expanded = keys.expand(specs, _scheme_bindings(scheme))
    live = claims(window)
    roots = {c.owner: c.roots for c in live}
    others = [c for c in live if c.owner not in specs]
    declared = [
        Claim(name, seq, roots.get(name, (window,))) for name, seqs in expanded.items() for seq in seqs
    ]
    assert overlaps(declared + others) == []
    assert "Ctrl+D" in expanded["duplicate"] and "Ctrl+D" not in expanded["delete"]
    assert expanded["full_screen"].count("F11") == 1


@pytest.mark.xcb
def test_the_scheme_table_matches_qt_on_this_platform(qapp):
    """key_schemes.py holds Qt's real bindings: the running platform's scheme is one of its rows."""
    live = {k: keys.live_bindings(getattr(SK, k)) for k in SCHEMES["x11"]}
    matching = [name for name, table in SCHEMES.items() if all(table[k] == live[k] for k in live)]
    assert matching, f"Qt's bindings here match no scheme of key_schemes.py: {live}"
    platform = qapp.platformName()
    if platform == "offscreen":
        assert matching == ["windows"]
    elif platform == "xcb":
        assert "x11" in matching or "gnome" in matching or "kde" in matching


def test_expand_gives_explicit_keys_precedence_and_never_repeats():
    table = {"Delete": ["Del", "Ctrl+D"], "FullScreen": ["F11", "Alt+Enter"]}
    specs = {"delete": [SK.Delete, "Backspace"], "duplicate": ["Ctrl+D"], "full": [SK.FullScreen, "F11"]}
    got = keys.expand(specs, lambda k: table[k.name])
    assert got == {"delete": ["Del", "Backspace"], "duplicate": ["Ctrl+D"], "full": ["F11", "Alt+Enter"]}
    # a primary binding never yields: a declaration that takes it from another action shows up
    got = keys.expand({"delete": [SK.Delete], "x": ["Del"]}, lambda k: table[k.name])
    assert keys.collisions((n, s) for n, seqs in got.items() for s in seqs) == {"Del": ["delete", "x"]}
