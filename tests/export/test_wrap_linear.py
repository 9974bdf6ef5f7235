"""Word wrap is linear in the text's length: a long word is cut in one pass, never by
measuring every remainder again (100 k characters took 1.8 s, 1 MB minutes)."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from procedit.export import fonts


@pytest.fixture
def measured(monkeypatch):
    """How many characters the font was asked to measure, all calls together."""
    fonts.register_fonts()
    fonts.forget_texts()
    font = pdfmetrics.getFont(fonts.REGULAR)
    real = font.stringWidth
    total = [0]

    def counting(text, size, *args, **kwargs):
        total[0] += len(text)
        return real(text, size, *args, **kwargs)

    monkeypatch.setattr(font, "stringWidth", counting)
    monkeypatch.setattr(fonts, "stringWidth", lambda t, f, s: counting(t, s))
    yield total
    fonts.forget_texts()


@pytest.mark.parametrize("n", [20_000, 200_000])
def test_a_long_word_is_measured_a_bounded_number_of_times(measured, n):
    word = "Ж" * n
    lines = fonts.wrap_text(word, fonts.REGULAR, 10, 200, 1_000_000)
    assert "".join(lines) == word  # nothing lost
    assert all(fonts.text_width(line, fonts.REGULAR, 10) <= 200 for line in lines)
    assert len(lines) > n // 50
    assert measured[0] <= 4 * n  # each character a few times at most, not once per cut


def test_a_cut_word_continues_with_the_next_words():
    fonts.register_fonts()
    lines = fonts.wrap_text("А" * 200 + " и дальше", fonts.REGULAR, 10, 300, 100)
    assert lines[-1].endswith("и дальше")
    assert "".join(lines).replace(" ", "") == ("А" * 200 + "идальше")


def test_an_ellipsis_marks_text_that_did_not_fit(measured):
    word = "Щ" * 500_000
    lines = fonts.wrap_text(word, fonts.REGULAR, 10, 150, 3)
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert fonts.text_width(lines[-1], fonts.REGULAR, 10) <= 150
    assert measured[0] <= 3 * len(word)
