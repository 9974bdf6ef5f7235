from procedit.geometry import clip_segment


def test_a_segment_through_a_box_is_cut_at_its_borders():
    assert clip_segment(-10, 5, 30, 5, 0, 0, 20, 10) == (0, 5, 20, 5)
    assert clip_segment(10, -10, 10, 20, 0, 0, 20, 10) == (10, 0, 10, 10)


def test_a_segment_inside_stays_whole_and_one_outside_is_none():
    assert clip_segment(2, 2, 8, 8, 0, 0, 20, 10) == (2, 2, 8, 8)
    assert clip_segment(-10, -10, -1, 30, 0, 0, 20, 10) is None
    assert clip_segment(-5, 20, 30, 20, 0, 0, 20, 10) is None  # parallel, below
