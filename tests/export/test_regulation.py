"""The PDF regulation: read back what a quality manager needs to find in it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from procedit.document import initials
from procedit.export import ExportCancelled, ExportError, export_regulation
from procedit.model import DocStatus, ExportConfig, Passport, Project


def _text(path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def _marks(path, index: int) -> str:
    """The draft mark of a page as it is drawn (outlines, not text: it stays out of copied text)."""
    return "ПРОЕКТ" if b"procedit_draft" in _page_content(path, index) else ""


def _page_content(path, index: int) -> bytes:
    reader = PdfReader(str(path))  # kept alive while the page's objects are read
    contents = reader.pages[index].get_contents()
    return contents.get_data() if contents is not None else b""


def _flat(pages: list[str]) -> str:
    return re.sub(r"\s+", " ", " ".join(pages))


def _qpdf_ok(path) -> None:
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed")
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_russian_example_has_everything_an_approver_reads(marketing_ru, tmp_path):
    out = tmp_path / "ru.pdf"
    pmap = marketing_ru.maps[1]  # TO BE: the regulation
    pages = export_regulation(marketing_ru, out, map_id=pmap.id)
    texts = _text(out)
    assert pages == len(texts) > 10
    flat = _flat(texts)
    for heading in (
        "УТВЕРЖДАЮ",
        "Лист согласования",
        "Содержание",
        "Назначение и область применения",
        "Термины и сокращения",
        "Карта процессов",
        "Описание процессов",
        "SIPOC",
        "Матрица ответственности",
        "Лист регистрации изменений",
        "Лист ознакомления",
    ):
        assert heading in flat, heading
    people = {p.id: p.name for p in marketing_ru.people}
    for proc in pmap.processes:
        assert proc.name in flat, proc.name
        if proc.owner_id:
            assert people[proc.owner_id] in flat
            assert initials(people[proc.owner_id]) in texts[1]  # owners agree it on the approval sheet
        for crit in proc.criteria:
            assert _flat([crit.name]) in flat, crit.name
    # header, footer "Стр. X из Y" with the real total, on every page but the title page
    for i, page in enumerate(texts[1:], 2):
        assert re.search(rf"Стр\. {i} из\s*{pages}", page), (i, page[:200])
        assert marketing_ru.passport.code in page
    _qpdf_ok(out)


def test_toc_page_numbers_point_at_the_headings(marketing_ru, tmp_path):
    out = tmp_path / "ru.pdf"
    export_regulation(marketing_ru, out, map_id=marketing_ru.maps[1].id)
    texts = _text(out)
    toc_page = next(i for i, t in enumerate(texts) if "Содержание" in t)
    toc = texts[toc_page]
    m = re.search(r"7\. Матрица ответственности[ .\n]*?(\d+)\s", toc)
    assert m, toc
    target = int(m.group(1))
    assert "Матрица ответственности" in texts[target - 1]
    assert "Матрица ответственности" not in texts[target - 2]


def test_english_example_in_english(small_en, tmp_path):
    out = tmp_path / "en.pdf"
    pages = export_regulation(small_en, out, lang="en")
    flat = _flat(_text(out))
    for heading in (
        "Process survey report",  # an AS IS map: a survey of the current state
        "Contents",
        "Process map",
        "Findings and improvement proposals",
        "Responsibility matrix",
    ):
        assert heading in flat
    for absent in ("APPROVED", "Approval sheet", "Acknowledgement sheet"):  # no rule to sign
        assert absent not in flat
    assert f"Page 2 of {pages}" in flat
    for proc in small_en.maps[0].processes:
        assert proc.name in flat
    _qpdf_ok(out)


def test_draft_mark_follows_the_status_and_errors(build_project, tmp_path):
    approved = Passport(code="РП-1", status=DocStatus.APPROVED)
    project = build_project(3).with_(passport=approved)
    out = tmp_path / "draft.pdf"
    quiet = project.with_(export=ExportConfig(draft_mark_while_errors=False))
    export_regulation(quiet, out)
    assert not any(_marks(out, i) for i in range(len(_text(out))))  # approved: final
    for status in (DocStatus.DRAFT, DocStatus.UNDER_APPROVAL):  # not approved: marked on every page
        export_regulation(quiet.with_(passport=approved.with_(status=status)), out)
        assert all("ПРОЕКТ" in _marks(out, i) for i in range(len(_text(out))))
    # a process without an owner is an error of the responsibility principle
    pmap = project.maps[0]
    pmap = pmap.with_(processes=(pmap.processes[0].with_(owner_id=None), *pmap.processes[1:]))
    project = project.with_(maps=(pmap,))
    export_regulation(project, out)
    texts = _text(out)
    assert all("ПРОЕКТ" in _marks(out, i) for i in range(len(texts)))
    assert "ПРОЕКТ" not in _flat(texts)  # the mark is a drawing: copied text stays clean
    assert "Приложение А" in _flat(texts)
    off = project.with_(export=ExportConfig(draft_mark_while_errors=False))
    export_regulation(off, out)
    assert not any("ПРОЕКТ" in _marks(out, i) for i in range(len(texts)))


def test_no_empty_appendix_page_in_a_clean_document(build_project, tmp_path):
    from procedit.model import RuleConfig, ValidationConfig
    from procedit.validation import RULES

    off = ValidationConfig(rules={r: RuleConfig(enabled=False) for r in RULES})
    out = tmp_path / "clean.pdf"
    export_regulation(build_project(2).with_(validation=off), out)
    flat = _flat(_text(out))
    assert "Приложение А" not in flat and "Замечаний нет" not in flat


def test_page_count_grows_with_content(build_project, tmp_path):
    small = export_regulation(build_project(2), tmp_path / "a.pdf")
    big = export_regulation(build_project(25), tmp_path / "b.pdf")
    assert big > small + 5


def test_hostile_text_is_printed_as_text(build_project, tmp_path):
    evil = '<b>Жирный?</b> & "кавычки" <para> 😀 ' + "Ж" * 900
    project = build_project(3, name=evil)
    pmap = project.maps[0]
    procs = list(pmap.processes)
    procs[1] = procs[1].with_(name="", code="", goal="", results="", stages=(), criteria=(), documents=())
    procs[2] = procs[2].with_(name="A&B <i>x</i> 🚀", description="<br/>" * 50 + "&amp;")
    project = project.with_(
        organization="<script>&", purpose="a < b > c", maps=(pmap.with_(processes=tuple(procs)),)
    )
    out = tmp_path / "evil.pdf"
    pages = export_regulation(project, out)
    flat = _flat(_text(out))
    assert '<b>Жирный?</b> & "кавычки" <para>' in flat
    assert "A&B <i>x</i>" in flat
    assert "a < b > c" in flat
    assert "Не указано" in flat  # empty fields say so
    assert pages > 5
    _qpdf_ok(out)


def test_empty_project_still_gives_a_document(tmp_path):
    out = tmp_path / "empty.pdf"
    pages = export_regulation(Project(), out)
    flat = _flat(_text(out))
    assert pages >= 5
    assert "В проекте нет карт процессов" in flat
    assert "Не указано" in flat
    _qpdf_ok(out)


def test_one_process_regulation(build_project, tmp_path):
    project = build_project(6)
    out = tmp_path / "one.pdf"
    export_regulation(project, out, process_code="p-03")
    texts = _text(out)
    flat = _flat(texts)
    assert "Регламент процесса «P-03 Процесс 3»" in flat
    assert "4. Описание процесса" in flat and "4.1" not in flat
    assert "Содержание 1. Назначение" not in flat  # no table of contents for one process
    assert "Критерий3" in flat and "Критерий4" not in flat
    assert "РП-1 / P-03" in texts[1]


def test_unknown_process_or_map_is_a_clear_error(build_project, tmp_path):
    project = build_project(2)
    with pytest.raises(ExportError, match="NOPE"):
        export_regulation(project, tmp_path / "x.pdf", process_code="NOPE")
    with pytest.raises(ExportError, match="map_nope"):
        export_regulation(project, tmp_path / "x.pdf", map_id="map_nope")
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_output_is_a_clear_error(build_project, tmp_path):
    with pytest.raises(ExportError, match="missing"):
        export_regulation(build_project(1), tmp_path / "missing" / "x.pdf")


def test_cancel_leaves_no_file_and_keeps_the_old_one(build_project, tmp_path):
    out = tmp_path / "doc.pdf"
    out.write_bytes(b"old")
    calls = []

    def progress(done, total):
        calls.append((done, total))

    with pytest.raises(ExportCancelled):
        export_regulation(build_project(30), out, progress=progress, cancel=lambda: len(calls) > 2)
    assert out.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["doc.pdf"]


def test_progress_is_monotonic_and_finishes(build_project, tmp_path):
    calls = []
    export_regulation(build_project(12), tmp_path / "p.pdf", progress=lambda d, t: calls.append((d, t)))
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert calls[-1] == (100, 100)
    assert all(t == 100 for _, t in calls)


def test_long_tables_repeat_their_header_on_every_page(build_project, tmp_path):
    from procedit.model import Stage

    project = build_project(1)
    pmap = project.maps[0]
    stages = tuple(Stage(name=f"Шаг номер {i}", result=f"итог {i}") for i in range(1, 151))
    project = project.with_(maps=(pmap.with_(processes=(pmap.processes[0].with_(stages=stages),)),))
    out = tmp_path / "long.pdf"
    export_regulation(project, out)
    texts = _text(out)
    with_stages = [t for t in texts if re.search(r"Шаг номер \d+ итог", t)]  # the card's (not the matrix's)
    assert len(with_stages) >= 3
    for page in with_stages:
        assert "Исполнитель" in page  # the header row is repeated
    flat = _flat(texts)
    assert "Шаг номер 1 " in flat and "Шаг номер 150" in flat


def test_a_big_map_is_split_into_numbered_fragments(build_project, tmp_path):
    project = build_project(120)
    out = tmp_path / "big.pdf"
    export_regulation(project, out)
    texts = _text(out)
    fragments = [t for t in texts if "Фрагмент" in t]
    assert len(fragments) >= 2
    total = int(re.search(r"Фрагмент 1 из (\d+)", _flat(fragments)).group(1))
    assert total == len(fragments)
    assert any("продолжение: фрагмент 2" in t for t in fragments)
    # every process box is on some fragment
    flat = _flat(fragments)
    assert all(f"P-{i:02d}" in flat for i in range(1, 100))


def test_new_file_is_readable_like_any_other_file(build_project, tmp_path):
    out = tmp_path / "mode.pdf"
    old = os.umask(0o022)
    try:
        export_regulation(build_project(1), out)
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644


def test_a_decomposed_process_brings_its_map_along(tmp_path):
    from procedit.model import Link, Process, ProcessMap

    steps = [Process(code=f"П-1.{i}", name=f"Шаг декомпозиции {i}", x=i * 250.0, y=0.0) for i in (1, 2, 3)]
    sub = ProcessMap(
        name="Продажи: подробно",
        processes=tuple(steps),
        links=(
            Link(source_id=steps[0].id, target_id=steps[1].id),
            Link(source_id=steps[1].id, target_id=steps[2].id),
        ),
    )
    sales = Process(code="П-1", name="Продажи", subprocess_map_id=sub.id)
    other = Process(code="П-2", name="Закупки", x=300.0)
    top = ProcessMap(name="Верхний уровень", processes=(sales, other))
    project = Project(name="Декомпозиция", maps=(top, sub))

    out = tmp_path / "sales.pdf"
    export_regulation(project, out, process_code="П-1")
    flat = _flat(_text(out))
    assert "Декомпозиция процесса «П-1 Продажи»: карта «Продажи: подробно»" in flat
    for step in steps:
        assert step.name in flat, step.name

    export_regulation(project, out, process_code="П-2")  # not decomposed: no such page
    flat = _flat(_text(out))
    assert "Декомпозиция процесса" not in flat and "Шаг декомпозиции" not in flat

    export_regulation(project, out, map_id=top.id)  # the whole map: its decompositions too
    flat = _flat(_text(out))
    assert "карта «Продажи: подробно»" in flat and "Шаг декомпозиции 2" in flat
    _qpdf_ok(out)


def test_a_glyph_outside_the_fonts_is_marked_and_reported_not_dropped(build_project, tmp_path):
    project = build_project(2)
    pmap = project.maps[0]
    proc = pmap.processes[0].with_(name="Справа налево: عربي 😀 конец", goal="a\u200bb\x07c")
    project = project.with_(maps=(pmap.with_(processes=(proc, *pmap.processes[1:])),))
    out = tmp_path / "glyphs.pdf"
    warnings: list[str] = []
    export_regulation(project, out, warnings=warnings)
    flat = _flat(_text(out))
    assert "Справа налево: ???? ? конец" in flat  # visible where the characters were
    assert "abc" in flat  # control and zero-width characters are simply not printed
    assert len(warnings) == 1
    for ch in "عربي😀":
        assert f"U+{ord(ch):04X}" in warnings[0]
    assert "U+0007" not in warnings[0] and "U+200B" not in warnings[0]
    clean = []
    export_regulation(build_project(2), out, warnings=clean)
    assert clean == []  # nothing replaced: no warning


def test_cli_says_which_characters_were_replaced(build_project, tmp_path):
    from procedit.storage import save

    project = build_project(1)
    pmap = project.maps[0]
    project = project.with_(maps=(pmap.with_(processes=(pmap.processes[0].with_(name="Emoji 🚀"),)),))
    src = tmp_path / "p.procmap"
    save(project, src)
    import sys

    r = subprocess.run(
        [sys.executable, "-m", "procedit", "export", str(src), "-o", str(tmp_path / "x.pdf")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert "U+1F680" in r.stderr and "предупреждение" in r.stderr


def test_no_table_row_is_orphaned_at_a_page_boundary(build_project, tmp_path):
    """Whatever number of rows makes the table cross a page, each page shows at least two."""
    from procedit.model import Stage

    project = build_project(1)
    pmap = project.maps[0]
    out = tmp_path / "rows.pdf"
    crossings = 0
    for n in range(24, 60, 3):
        stages = tuple(Stage(name=f"Шаг номер {i}", result=f"итог {i}") for i in range(1, n + 1))
        proc = pmap.processes[0].with_(stages=stages)
        export_regulation(project.with_(maps=(pmap.with_(processes=(proc,)),)), out)
        counts = [len(re.findall(r"Шаг номер \d+ итог", t)) for t in _text(out)]  # the card's rows
        counts = [c for c in counts if c]
        crossings += len(counts) > 1
        assert all(c >= 2 for c in counts), (n, counts)
        assert sum(counts) == n
    assert crossings >= 5  # the rows did fall at page boundaries


def test_a_table_split_never_leaves_one_row_alone():
    from procedit.export.fonts import register_fonts
    from procedit.export.grid import Grid

    register_fonts()
    rows = [["№", "Этап"]] + [[str(i), f"этап {i}"] for i in range(10)]
    grid = Grid(rows, [40, 200])
    grid.wrap(240, 1000)
    head, row = grid.heights[0], grid.heights[1]
    # room for the header and one row only: the table moves to the next page whole
    assert grid.split(240, head + row * 1.5) == []
    # room for all but one row: two rows go to the next page together
    first, rest = grid.split(240, head + row * 9.5)
    assert len(first.lines) - 1 >= 2 and len(rest.lines) - 1 == 2
    assert rest.lines[0] == grid.lines[0]  # the header is repeated


def _map_font_sizes(path) -> list[float]:
    """Font sizes set on the landscape (map) pages, in their content and in the forms they draw
    (the map pages set no scaling transformation: a size in the stream is the size on paper)."""
    reader = PdfReader(str(path))
    sizes: list[float] = []
    for page in reader.pages:
        if page.mediabox.width < page.mediabox.height:
            continue
        streams = [page.get_contents().get_data()]
        for name, xobj in (page["/Resources"].get("/XObject") or {}).items():
            if "furniture" not in name and "draft" not in name and "total" not in name:
                streams.append(xobj.get_object().get_data())
        for data in streams:
            for m in re.finditer(rb"(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) [-\d.]+ [-\d.]+ cm", data):
                a, b = float(m.group(1)), float(m.group(2))
                assert abs((a * a + b * b) ** 0.5 - 1) < 1e-3  # no scaling: Tf is the printed size
            sizes += [float(x) for x in re.findall(rb"([\d.]+) Tf", data)]
    return sizes


def test_map_text_is_legible_on_paper(marketing_ru, tmp_path):
    out = tmp_path / "map.pdf"
    export_regulation(marketing_ru, out, map_id=marketing_ru.maps[1].id)
    sizes = _map_font_sizes(out)
    assert sizes and min(sizes) >= 6.0  # labels and owners at least 6 pt
    assert max(sizes) >= 7.0
    assert "Масштаб" not in _flat(_text(out))
