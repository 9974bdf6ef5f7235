"""Texts on the printed map: names broken between words (never cut while two or three lines
hold them, the font smaller only down to 7 pt), labels wrapped rather than cut, and the
process a one-process regulation is about highlighted, its neighbourhood laid out close."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from procedit.document import build_document
from procedit.export import export_regulation
from procedit.export.boxtext import fit_lines
from procedit.export.fonts import REGULAR, register_fonts, text_width
from procedit.model import ExternalParty, Link, PartyKind, Person, Process, ProcessMap, Project
from procedit.storage import load

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
HALO = b".976471 .658824 .145098 RG"  # boxtext.FOCUS_HALO as a stroke colour

LONG = "Согласование и утверждение годового маркетингового бюджета с финансовой службой"
LABEL = "сводный отчёт о выполнении плана продвижения за прошедший квартал с приложениями"


def _map_text(path) -> str:
    reader = PdfReader(str(path))
    return "\n".join(
        p.extract_text() for p in reader.pages if p.mediabox.width > p.mediabox.height
    )  # the landscape (map) pages


def _map_streams(path) -> list[bytes]:
    out = []
    reader = PdfReader(str(path))
    for page in reader.pages:
        if page.mediabox.width < page.mediabox.height:
            continue
        out.append(page.get_contents().get_data())
        for name, xobj in (page["/Resources"].get("/XObject") or {}).items():
            if "procedit_map" in name:
                out.append(xobj.get_object().get_data())
    return out


def test_long_names_wrap_between_words_instead_of_being_cut(tmp_path):
    owner = Person(name="Кузнецова Мария Андреевна", position="Маркетолог")
    a = Process(code="М-1", name=LONG, owner_id=owner.id, x=0, y=0)  # the default 180 × 80 box
    b = Process(code="М-2", name="Анализ рынка и конкурентов", x=400, y=0)
    pmap = ProcessMap(
        name="Карта", processes=(a, b), links=(Link(source_id=a.id, target_id=b.id, label=LABEL),)
    )
    out = tmp_path / "r.pdf"
    export_regulation(Project(name="П", people=(owner,), maps=(pmap,)), out)
    text = _map_text(out)
    assert "…" not in text
    words = set(text.split())
    for word in (*LONG.split(), *LABEL.split()):
        assert word in words, word  # every word printed whole
    sizes = [float(x) for s in _map_streams(out) for x in re.findall(rb"([\d.]+) Tf", s)]
    assert min(sizes) >= 6.0


def test_fit_lines_shrinks_to_the_least_size_and_then_cuts_after_a_word():
    register_fonts()
    lines, size = fit_lines(LONG, REGULAR, 15.0, 7.0, 150.0, 40.0)
    assert 7.0 <= size < 15.0 and len(lines) >= 2 and " ".join(lines) == LONG
    assert all(text_width(x, REGULAR, size) <= 150.0 for x in lines)
    lines, size = fit_lines(LONG * 4, REGULAR, 15.0, 7.0, 150.0, 40.0)
    assert size == 7.0 and lines[-1].endswith("…")
    assert lines[-1][:-1].split()[-1] in LONG.split()  # cut after a whole word


@pytest.fixture(scope="module")
def marketing():
    return load(EXAMPLES / "marketing_ru.procmap")


def test_the_focal_process_is_highlighted_in_a_one_process_regulation(marketing, tmp_path):
    one = tmp_path / "m07.pdf"
    export_regulation(marketing, one, map_id="map_to_be", process_code="М-07")
    streams = _map_streams(one)
    assert sum(s.count(HALO) for s in streams) == 1  # one ring: the process the document is about
    # the neighbourhood is laid out close: one page, no fragments
    caption = re.sub(r"\s+", " ", _map_text(one))
    assert "связанные с ним процессы и стороны" in caption
    assert "стороны — Фрагмент" not in caption and "стороны — Общий вид" not in caption
    whole = tmp_path / "all.pdf"
    export_regulation(marketing, whole, map_id="map_to_be")
    assert sum(s.count(HALO) for s in _map_streams(whole)) == 0  # no focus on the whole map
    doc = build_document(marketing, map_id="map_to_be", process_code="М-07")
    fig = next(b for s in doc.sections if s.key == "map" for b in s.blocks if hasattr(b, "focus_id"))
    m07 = next(p for p in fig.pmap.processes if p.code == "М-07")
    assert fig.focus_id == m07.id
    xs = sorted(n.x for n in (*fig.pmap.processes, *fig.pmap.parties))
    assert xs[-1] - xs[0] < 1000  # suppliers left of it, consumers right, close together


def test_the_word_picture_of_a_one_process_map_is_highlighted_too(marketing):
    from procedit.document.texts import Texts
    from procedit.export.mapimage import map_images

    doc = build_document(marketing, map_id="map_to_be", process_code="М-07")
    fig = next(b for s in doc.sections if s.key == "map" for b in s.blocks if hasattr(b, "focus_id"))
    t = Texts("ru")
    plain = map_images(fig.pmap, marketing, t, 700, 400, "c")
    focused = map_images(fig.pmap, marketing, t, 700, 400, "c", fig.focus_id)
    assert len(plain) == len(focused) == 1 and plain != focused
    party = ExternalParty(name="Клиент", kind=PartyKind.CUSTOMER)
    assert party.name  # (parties are never the focus: only processes are)
