"""The regulation of a TO BE map says what changed from its AS IS map; that of the AS IS map says
what the TO BE fixes (issue 15). Read back from the PDF."""

from __future__ import annotations

from pypdf import PdfReader

from procedit.export import export_regulation


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)


def test_to_be_regulation_lists_the_changes_from_as_is(tmp_path, marketing_ru):
    out = tmp_path / "tobe.pdf"
    export_regulation(marketing_ru, out, map_id="map_to_be", lang="ru")
    text = _text(out)
    assert "Изменения относительно AS IS" in text
    section = text[text.index("Изменения относительно AS IS") :]
    assert "Лебедев Артём Олегович" in section  # the owner given to М-06
    assert "новый критерий" in section and "новая передача" in section
    assert "Что исправляет TO BE" not in text


def test_as_is_regulation_lists_what_the_to_be_fixes(tmp_path, marketing_ru):
    out = tmp_path / "asis.pdf"
    export_regulation(marketing_ru, out, map_id="map_as_is", lang="en")
    text = _text(out)
    section = text[text.index("What the TO BE fixes") :]
    for finding in ("No process owner", "No performance criteria"):
        assert finding in section


def test_a_map_without_a_counterpart_has_no_such_section(tmp_path, small_en):
    out = tmp_path / "small.pdf"
    export_regulation(small_en, out, lang="en")
    text = _text(out)
    assert "Changes from AS IS" not in text and "What the TO BE fixes" not in text
