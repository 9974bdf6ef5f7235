"""Starting with FILE while a crash left FILE's unsaved work: the recovered work opens in the
window that shows FILE, never in a second window on the same file."""

from __future__ import annotations

from dataclasses import dataclass

from procedit.ui.app import place_recovered


@dataclass
class Recovered:
    original_path: str | None


class Window:
    def __init__(self, path: str | None):
        self.path = path
        self.shown: list[Recovered] = []

    def open_recovered(self, doc: Recovered) -> None:
        self.shown.append(doc)
        self.path = doc.original_path


def test_the_recovered_file_opens_in_the_window_that_shows_it(tmp_path):
    file = tmp_path / "план.procmap"
    file.write_text("{}")
    first = Window(str(file))
    via_link = tmp_path / "link.procmap"
    via_link.symlink_to(file)
    windows = place_recovered([first], [Recovered(str(via_link))], lambda: Window(None))
    assert windows == [first] and len(first.shown) == 1


def test_other_recovered_documents_get_windows_of_their_own(tmp_path):
    file, other = tmp_path / "a.procmap", tmp_path / "b.procmap"
    first = Window(str(file))
    windows = place_recovered(
        [first], [Recovered(str(other)), Recovered(None), Recovered(str(file))], lambda: Window(None)
    )
    assert len(windows) == 3
    assert [len(w.shown) for w in windows] == [1, 1, 1]
    assert first.shown[0].original_path == str(file)


def test_without_a_file_the_first_recovered_document_takes_the_empty_window(tmp_path):
    first = Window(None)
    windows = place_recovered(
        [first], [Recovered(str(tmp_path / "a.procmap")), Recovered(None)], lambda: Window(None)
    )
    assert len(windows) == 2 and len(first.shown) == 1
