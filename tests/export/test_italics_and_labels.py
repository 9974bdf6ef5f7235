"""Italic text with Cyrillic really prints in an italic face (or slanted), and link
labels on the printed map keep off the boxes."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from pypdf import PdfReader

from procedit.document.texts import Texts
from procedit.export import export_regulation
from procedit.export.labels import place_labels
from procedit.export.mapscene import MapScene
from procedit.model import Link, Process, ProcessMap, Project


def _text_fonts(path) -> dict[str, set[str]]:
    """Text shown in the PDF -> base names of the fonts it is shown in."""
    out: dict[str, set[str]] = {}
    for page in PdfReader(path).pages:

        def visit(text, cm, tm, font_dict, size):
            if text.strip() and font_dict:
                out.setdefault(text.strip(), set()).add(str(font_dict.get("/BaseFont", "")))

        page.extract_text(visitor_text=visit)
    return out


def test_notes_and_unfilled_fields_print_in_an_italic_face_with_cyrillic(build_project, tmp_path):
    project = build_project(2)
    out = tmp_path / "r.pdf"
    export_regulation(project, out)
    fonts = _text_fonts(out)
    # an empty field of a process passport, a "none" note under a heading, the footer
    unset = [f for t, f in fonts.items() if t == "Не указано"]
    assert unset, "the regulation has fields left empty"
    for faces in unset:
        assert all("Italic" in f or "Oblique" in f for f in faces), faces
    italic = {f for faces in fonts.values() for f in faces if "Italic" in f or "Oblique" in f}
    assert italic
    # the same words upright would be in the regular face: the italic one is a different face
    assert not any("Italic" in f for f in fonts.get("Содержание", set()))
    # every font is embedded (no Helvetica from reportlab's defaults)
    for page in PdfReader(out).pages:
        for ref in page["/Resources"]["/Font"].values():
            desc = ref.get_object().get("/FontDescriptor")
            assert desc is not None and "/FontFile2" in desc.get_object(), ref.get_object()


def test_without_any_italic_face_italic_is_the_regular_face_slanted(tmp_path):
    """No italic with Cyrillic on the machine: the text matrix of italic runs is skewed."""
    out = tmp_path / "r.pdf"
    script = textwrap.dedent(
        f"""
        import procedit.export.fonts as fonts
        fonts._italic_candidates = lambda: []
        from procedit.model import Project, ProcessMap, Process
        from procedit.export import export_regulation
        p = Project(name="П", maps=(ProcessMap(name="Карта", processes=(Process(code="A", name="Ж"),)),))
        export_regulation(p, {str(out)!r})
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=120)
    reader = PdfReader(out)
    fonts = {
        str(ref.get_object()["/BaseFont"])
        for page in reader.pages
        for ref in page["/Resources"]["/Font"].values()
    }
    assert not any("Italic" in f or "Oblique" in f for f in fonts), fonts
    content = b"".join(page.get_contents().get_data() for page in reader.pages)
    assert b"1 0 0.200 1 " in content  # a skewed text matrix: the slanted runs
    found = _text_fonts(out)
    assert "Не указано" in found


def _scene(processes, links) -> MapScene:
    pmap = ProcessMap(name="m", processes=tuple(processes), links=tuple(links))
    return MapScene(pmap, Project(name="p", maps=(pmap,)), Texts("ru"))


def _overlaps(spot, rect) -> bool:
    return (
        spot.x - spot.w / 2 < rect.right
        and rect.left < spot.x + spot.w / 2
        and spot.y - spot.h / 2 < rect.bottom
        and rect.top < spot.y + spot.h / 2
    )


def test_a_label_of_a_short_link_moves_off_the_boxes():
    a = Process(code="A", name="Первый", x=0, y=0)
    b = Process(code="B", name="Второй", x=215, y=0)  # 35 units between the boxes
    c = Process(code="C", name="Третий", x=0, y=300)
    scene = _scene(
        [a, b, c],
        [
            Link(source_id=a.id, target_id=b.id, label="задача на рекламную кампанию"),
            Link(source_id=a.id, target_id=c.id, label="план"),
        ],
    )
    spots = place_labels(scene, 0.7)
    assert set(spots) == {0, 1}
    for spot in spots.values():
        for node in scene.nodes:
            assert not _overlaps(spot, node.rect), (spot, node.name)
    # the short link's label is set off from it, with a leader to the link
    assert spots[0].anchor is not None
    # a label with room stays on its link, halfway along
    mid_y = (scene.links[1].points[0].y + scene.links[1].points[-1].y) / 2
    assert spots[1].anchor is None and abs(spots[1].y - mid_y) < 1


def test_labels_do_not_cover_each_other_when_there_is_room():
    a = Process(code="A", name="A", x=0, y=0)
    b = Process(code="B", name="B", x=600, y=0)
    links = [Link(source_id=a.id, target_id=b.id, label=f"поток номер {i}") for i in range(2)]
    scene = _scene([a, b], links)
    s0, s1 = place_labels(scene, 0.7).values()
    apart = abs(s0.x - s1.x) >= (s0.w + s1.w) / 2 or abs(s0.y - s1.y) >= (s0.h + s1.h) / 2
    assert apart, (s0, s1)


def test_map_fragments_share_one_drawing_of_the_map(build_project, tmp_path):
    project = build_project(60)
    out = tmp_path / "r.pdf"
    export_regulation(project, out)
    forms = []
    for page in PdfReader(out).pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        names = [k for k in xobjects if k.startswith("/FormXob.procedit_map")]
        if names:
            forms.append(tuple(xobjects[k].indirect_reference.idnum for k in names))
    assert len(forms) >= 2  # every fragment page draws it
    assert len({f for names in forms for f in names}) == 1  # and it is one object in the file


def test_title_page_has_no_running_header_or_page_number(marketing_ru, tmp_path):
    out = tmp_path / "r.pdf"
    export_regulation(marketing_ru, out)
    pages = PdfReader(out).pages
    first, second = pages[0].extract_text(), pages[1].extract_text()
    assert "Стр." not in first and "Версия 1.1" not in first.replace("\n", " ").split("Код")[0]
    assert "Стр. 2 из" in second  # numbering still counts the title page


def test_every_graphics_state_a_stream_uses_is_defined_for_it(build_project, tmp_path):
    """Pages and their forms (furniture with the draft mark, map fragments) name only
    the ExtGStates their own resources define; viewers otherwise drop the setting."""
    import re

    out = tmp_path / "r.pdf"
    export_regulation(build_project(60), out)  # errors: draft mark; big map: fragments

    def check(data: bytes, resources, where: str) -> None:
        used = set(re.findall(rb"/(\w+) gs", data))
        defined = set()
        if resources is not None and "/ExtGState" in resources:
            defined = {k.encode()[1:] for k in resources["/ExtGState"].get_object()}
        assert used <= defined, (where, used - defined)

    checked = 0
    for i, page in enumerate(PdfReader(out).pages, 1):
        res = page["/Resources"].get_object()
        check(page.get_contents().get_data(), res, f"page {i}")
        for name, ref in (res.get("/XObject") or {}).items():
            form = ref.get_object()
            check(form.get_data(), form.get("/Resources"), f"page {i} {name}")
            checked += 1
    assert checked


def test_matrix_column_titles_keep_their_words_whole(marketing_ru, tmp_path):
    """Positions are written upwards in two lines at most, broken between words only."""
    out = tmp_path / "r.pdf"
    export_regulation(marketing_ru, out, map_id="map_to_be")
    texts = [p.extract_text() for p in PdfReader(out).pages]
    page = next(t for t in texts if "Матрица ответственности" in t and "Содержание" not in t)
    words = set(page.split())
    for position in ("Маркетолог-аналитик", "Интернет-маркетолог", "Генеральный", "директор", "Менеджер"):
        assert position in words, position
