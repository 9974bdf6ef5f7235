"""Characters the main embedded face lacks are drawn with a fallback face, run by run, on
every OS (DejaVu Sans and STIX from the matplotlib wheel); only what no face has is marked."""

from __future__ import annotations

import re

from pypdf import PdfReader

from procedit.export import export_regulation, fonts
from procedit.model import Link, Person, Process, ProcessMap, Project, Stage

MIXED = "Процесс Հայաստան საქართველო ∈ ∀ ⊂ ⇒ конец"  # Armenian, Georgian, mathematics


def _project(name: str) -> Project:
    owner = Person(name="Зайцев Кирилл Андреевич", position="Директор")
    a = Process(code="П-1", name=name, owner_id=owner.id, stages=(Stage(name=name, performer_id=owner.id),))
    b = Process(code="П-2", name="Сбыт", x=500)
    link = Link(source_id=a.id, target_id=b.id, label=name)
    return Project(name="Проект", people=(owner,), maps=(ProcessMap(name="Карта", processes=(a, b), links=(link,)),))


def _flat(path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(str(path)).pages))


def _fonts(path) -> set[str]:
    names = set()
    for page in PdfReader(str(path)).pages:
        res = page["/Resources"].get_object()
        for f in (res.get("/Font") or {}).values():
            names.add(str(f.get_object()["/BaseFont"]).split("+")[-1])
        for x in (res.get("/XObject") or {}).values():
            xres = x.get_object().get("/Resources")
            for f in ((xres.get_object().get("/Font") if xres else None) or {}).values():
                names.add(str(f.get_object()["/BaseFont"]).split("+")[-1])
    return names


def test_a_mixed_script_string_prints_without_marks(tmp_path):
    out = tmp_path / "r.pdf"
    warnings: list[str] = []
    export_regulation(_project(MIXED), out, warnings=warnings)
    assert warnings == []  # nothing replaced
    flat = _flat(out)
    assert MIXED in flat  # the card, the stages, the findings: every character as written
    assert "?" not in flat
    used = _fonts(out)
    assert "SourceSansPro-Regular" in used and "DejaVuSans" in used  # the fallback only where needed


def test_runs_keep_the_main_face_where_it_has_the_characters():
    fonts.register_fonts()
    parts = fonts.runs(MIXED, fonts.REGULAR)
    assert "".join(p for _, p in parts) == MIXED
    assert parts[0] == (fonts.REGULAR, "Процесс ")
    assert parts[-1][0] == fonts.REGULAR and parts[-1][1].endswith("конец")
    faces = {f for f, _ in parts}
    assert len(faces) >= 2
    for face, piece in parts:
        assert all(ch in fonts.COVER[face] for ch in piece)
    # measured as drawn: the runs' widths add up
    width = sum(fonts.stringWidth(p, f, 9) for f, p in parts)
    assert abs(fonts.text_width(MIXED, fonts.REGULAR, 9) - width) < 1e-6
    # bold and italic text find them too
    assert fonts.runs("Ծ", fonts.BOLD)[0][0] != fonts.BOLD
    assert fonts.runs("Ծ", fonts.ITALIC)[0][0].startswith(fonts.FALLBACK)


def test_a_character_no_face_has_is_still_marked_and_named(tmp_path):
    out = tmp_path / "r.pdf"
    warnings: list[str] = []
    export_regulation(_project("Процесс 漢字 ∈ конец"), out, warnings=warnings)
    assert len(warnings) == 1 and "U+6F22" in warnings[0] and "U+2208" not in warnings[0]
    assert "Процесс ?? ∈ конец" in _flat(out)


def test_the_fallback_comes_from_pypi_where_the_system_has_no_dejavu(monkeypatch):
    monkeypatch.setattr(fonts, "_DEJAVU", "/nonexistent/dejavu")
    files = fonts._fallback_files()
    assert files and files[0][0].endswith("DejaVuSans.ttf") and "mpl-data" in files[0][0]
    assert any(r.endswith("STIXGeneral.ttf") for r, _ in files)
