"""Finding messages never spell Python values (None, True, inf)."""

from __future__ import annotations

from procedit.validation.findings import _render


def test_finding_messages_never_spell_python_values():
    assert _render(None, "en") == "—"
    assert _render(True, "en") == "yes" and _render(False, "ru") == "нет"
    assert _render(float("inf"), "en") == "—" and _render(0.3, "en") == "30%"
