"""Names and labels as plain numbers: wrapped at words, boxes grown to fit, labels placed clear."""

from __future__ import annotations

from procedit.geometry import Point, Rect
from procedit.geometry.textfit import fit_size, label_lines, min_size, place_label, wrap_words


def measure(text: str) -> float:  # 10 units a character: easy to reason about
    return 10.0 * len(text)


def test_wrap_breaks_at_spaces_and_never_inside_a_word():
    lines, cut = wrap_words("Генеральный директор компании", measure, 120)
    assert lines == ["Генеральный", "директор", "компании"] and not cut
    # a word wider than the line stays whole on a line of its own (no "Генеральн-ый")
    lines, _ = wrap_words("Генеральный директор", measure, 60)
    assert lines == ["Генеральный", "директор"]
    assert not any(line.endswith("-") for line in lines)


def test_wrap_with_too_few_lines_ends_after_a_whole_word():
    lines, cut = wrap_words("один два три четыре пять", measure, 90, max_lines=2)
    assert cut and len(lines) == 2
    assert lines[-1].endswith("…") and lines[-1][:-1] in ("три", "три четыре", "четыре")


def test_a_box_grows_wider_first_then_taller_and_never_shrinks():
    chrome = (16.0, 40.0)
    # fits as it is: unchanged
    assert fit_size("Продажи", measure, 18.0, (180.0, 80.0), chrome) == (180.0, 80.0)
    # "Разработка стратегии позиционирования": 3 lines in 164 units do not fit in 80 - 40
    w, h = fit_size("Разработка стратегии позиционирования", measure, 18.0, (180.0, 80.0), chrome)
    assert h == 80.0 and w > 180.0 and w % 10 == 0
    lines, cut = wrap_words("Разработка стратегии позиционирования", measure, w - 16)
    assert not cut and 40 + 18 * len(lines) <= 80
    # very long: as wide as allowed, then taller, and the whole name fits
    name = " ".join(["слово"] * 40)
    w, h = fit_size(name, measure, 18.0, (180.0, 80.0), chrome, max_width=300)
    lines, _ = wrap_words(name, measure, w - 16)
    assert w == 300 and 40 + 18 * len(lines) <= h and h % 10 == 0
    # a bigger box stays bigger
    assert fit_size("Продажи", measure, 18.0, (400.0, 200.0), chrome) == (400.0, 200.0)
    # another line the box must hold (an owner's name) widens it too
    assert fit_size("А", measure, 18.0, (100.0, 80.0), chrome, min_text_width=230)[0] == 250


def test_minimum_size_keeps_every_word_and_the_whole_name():
    chrome = (16.0, 40.0)
    w, h = min_size("Разработка стратегии", measure, 18.0, 20.0, chrome)
    assert w >= 100 + 16  # the longest word fits across
    lines, _ = wrap_words("Разработка стратегии", measure, w - 16)
    assert h >= 40 + 18 * len(lines)
    assert min_size("", measure, 18.0, 10.0, chrome) == (60.0, 40.0)  # never smaller than this


def test_label_takes_two_lines_before_it_is_cut_and_is_never_cut_to_a_few_letters():
    assert label_lines("ТЗ дизайнеру", measure) == ["ТЗ дизайнеру"]
    two = label_lines("задачи команде маркетинга на следующую неделю", measure)
    assert len(two) == 2 and not two[-1].endswith("…")
    long = label_lines(" ".join(["задача"] * 30), measure)
    assert len(long) == 2 and long[-1].endswith("…") and len(long[-1]) > 4


def test_label_goes_where_it_covers_no_box():
    a, b = Rect(0, 0, 100, 60), Rect(160, 0, 100, 60)  # a short link between two boxes
    points = [Point(100, 30), Point(160, 30)]
    spot, anchor = place_label(points, 120, 20, (a, b))
    assert anchor is not None and anchor.y == 30  # a leader line back to the link
    for box in (a, b):
        assert not (spot.left < box.right and box.left < spot.right and spot.top < box.bottom and box.top < spot.bottom)
    # with room, it sits on the middle of the link
    far = Rect(600, 0, 100, 60)
    spot, anchor = place_label([Point(100, 30), Point(600, 30)], 120, 20, (a, far))
    assert spot.center == Point(350, 30) and anchor is None
