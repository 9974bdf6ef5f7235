"""A box grown to fit its name stays within the project's size limit, so a name of one long
word (up to MAX_LINE characters) is accepted, never refused by the limits."""

from __future__ import annotations

from procedit.geometry.textfit import fit_size, min_size
from procedit.model import limits


def measure(text: str) -> float:
    return len(text) * 8.0


def test_one_long_word_grows_the_box_only_up_to_the_limit():
    word = "Ж" * limits.MAX_LINE
    w, h = fit_size(word, measure, 16.0, (180.0, 80.0), (20.0, 30.0))
    assert w == limits.MAX_SIZE and limits.MIN_SIZE <= h <= limits.MAX_SIZE
    w, h = min_size(word, measure, 16.0, 180.0, (20.0, 30.0))
    assert w <= limits.MAX_SIZE and h <= limits.MAX_SIZE
