"""A number grouped by a no-break space ("1 700") is never broken across lines in the PDF: the
cleaned text keeps the no-break space, and the word wrap breaks only at other white space."""

from __future__ import annotations

from procedit.control.targets import format_number
from procedit.export import fonts


def test_a_grouped_number_stays_on_one_line():
    fonts.register_fonts()
    text = fonts.clean("порог предупреждения: " + format_number(1700.0))
    assert "1\u00a0700" in text
    width = fonts.text_width("предупреждения: 1", fonts.REGULAR, 9) + 1  # "1" fits, "1 700" not
    lines = fonts.wrap_text(text, fonts.REGULAR, 9, width, 5)
    assert "1\u00a0700" in lines[-1] and not any(line.endswith(" 1") or line == "700" for line in lines)
    assert fonts.wrap_text("a\u202fb c", fonts.REGULAR, 9, 500, 2) == ["a\u202fb c"]
