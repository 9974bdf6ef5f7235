"""The portal publishes each map's regulation PDF inside DIR with its edition: the process page
links to its map's PDF at the page of the process's own card; big maps, --no-documents, a
cancel and an unwritable place behave as a user expects."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from procedit.cli import main
from procedit.document.build import document_control, printed_version
from procedit.document.texts import Texts
from procedit.export.portal import PortalCancelled, PortalError, publish_portal
from procedit.export.portal.frame import Site
from procedit.export.portal_documents import regulation_pdf

EXAMPLE = Path(__file__).parents[2] / "examples" / "marketing_ru.procmap"
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@pytest.fixture(scope="module")
def published(tmp_path_factory, marketing_ru_module):
    out = tmp_path_factory.mktemp("portal") / "site"
    result = publish_portal(marketing_ru_module, out, documents=regulation_pdf)
    return marketing_ru_module, out, result


@pytest.fixture(scope="module")
def marketing_ru_module():
    from procedit.storage import load

    return load(EXAMPLE)


def _pdf_page_text(pdf: Path, page: int) -> str:
    return subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip


def test_every_map_has_its_pdf_inside_dir_with_its_edition(published):
    project, out, result = published
    assert len(result.documents) == len(project.maps)
    for i, (m, doc) in enumerate(zip(project.maps, result.documents, strict=True), 1):
        assert doc.map_id == m.id and doc.file == f"docs/r{i}.pdf"
        pdf = out / doc.file
        assert pdf.read_bytes().startswith(b"%PDF-") and doc.pages > 1
        control = document_control(project, m)
        passport, log = control.passport, control.change_log
        assert doc.version == printed_version(passport, log) and doc.version
        page = (out / Site(project, "ru").map_page[m.id]).read_text(encoding="utf-8")
        line = page.split('<p class="doc">', 1)[1].split("</p>", 1)[0]
        assert f'href="../{doc.file}"' in line and f"редакция {doc.version}" in line
        status = Texts("ru").enum(passport.status)  # the map's own document, in the project's language
        assert f">{status}</span>" in line and status


@needs_pdftotext
def test_process_page_links_to_its_own_card_in_the_pdf(published):
    project, out, result = published
    site = Site(project, "ru")
    checked = 0
    for m, doc in zip(project.maps, result.documents, strict=True):
        for p in m.processes[:3]:
            html = (out / site.process_page[p.id]).read_text(encoding="utf-8")
            link = re.search(r'<a class="regulation" href="\.\./(docs/r\d+\.pdf)#page=(\d+)">', html)
            assert link, f"{p.name}: no link to the regulation"
            assert link.group(1) == doc.file and (out / link.group(1)).is_file()
            text = " ".join(_pdf_page_text(out / link.group(1), int(link.group(2))).split())
            assert p.name in text, f"page {link.group(2)} of {doc.file} is not the card of {p.name}"
            assert f"редакция {doc.version}" in html
            checked += 1
    assert checked >= 6


def test_start_page_lists_each_maps_regulation(published):
    project, out, result = published
    html = (out / "index.html").read_text(encoding="utf-8")
    top = [d for m, d in zip(project.maps, result.documents, strict=True) if m.parent_process_id is None]
    for doc in top:
        assert f'href="{doc.file}"' in html


def test_a_map_over_the_limit_shows_its_edition_and_says_why_no_pdf(marketing_ru, tmp_path, capsys):
    big = max(len(m.processes) for m in marketing_ru.maps)
    out = tmp_path / "s"
    result = publish_portal(marketing_ru, out, documents=regulation_pdf, documents_limit=big - 1)
    skipped = [d for d in result.documents if d.file is None]
    assert skipped and all(d.skipped_size >= big - 1 for d in skipped)
    assert any(d.file for d in result.documents)  # the small sub-map still has its PDF
    assert len(list((out / "docs").glob("*.pdf"))) == len(result.documents) - len(skipped)
    m = marketing_ru.map_by_id(skipped[0].map_id)
    page = (out / Site(marketing_ru, "ru").map_page[m.id]).read_text(encoding="utf-8")
    assert f"на карте {len(m.processes)} процессов" in page and "редакция" in page

    assert main(["portal", str(EXAMPLE), "-o", str(tmp_path / "c"), "--documents-limit", str(big - 1)]) == 0
    captured = capsys.readouterr()
    assert f"не опубликован: {big} процессов" in captured.err and "--documents-limit" in captured.err


def test_no_documents_flag_writes_no_pdf_but_keeps_the_edition(tmp_path, capsys):
    assert main(["portal", str(EXAMPLE), "-o", str(tmp_path / "s"), "--no-documents"]) == 0
    assert "PDF-документов: 0" in capsys.readouterr().out
    assert not (tmp_path / "s" / "docs").exists()
    html = (tmp_path / "s" / "maps" / "m1.html").read_text(encoding="utf-8")
    assert "редакция" in html and ".pdf" not in html
    assert main(["portal", str(EXAMPLE), "-o", str(tmp_path / "t")]) == 0  # the default: documents on
    assert "PDF-документов: 11" in capsys.readouterr().out  # 3 regulations, 8 job instructions
    assert len(list((tmp_path / "t" / "docs").glob("r*.pdf"))) == 3


def test_a_cancel_leaves_the_old_portal_whole_and_nothing_beside(marketing_ru, tmp_path):
    out = tmp_path / "s"
    publish_portal(marketing_ru, out)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    seen: list[int] = []

    def cancel() -> bool:
        return len(seen) > 3  # after the documents have started

    with pytest.raises(PortalCancelled):
        publish_portal(
            marketing_ru, out, documents=regulation_pdf, progress=lambda d, n: seen.append(d), cancel=cancel
        )
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert sorted(x.name for x in tmp_path.iterdir()) == ["s"]


def test_progress_runs_from_0_to_100(marketing_ru, tmp_path):
    seen: list[int] = []
    publish_portal(marketing_ru, tmp_path / "s", documents=regulation_pdf, progress=lambda d, n: seen.append(d))
    assert seen[0] == 0 and seen[-1] == 100 and seen == sorted(seen) and len(set(seen)) > 5


def test_an_unwritable_place_is_one_clear_error(marketing_ru, tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(PortalError, match="не удалось записать портал"):
        publish_portal(marketing_ru, blocker / "portal")
    assert blocker.read_text(encoding="utf-8") == "x"


@needs_pdftotext
def test_pdf_in_the_portal_is_the_regulation_the_editor_exports(published, tmp_path):
    from procedit.export import export_regulation

    project, out, result = published
    doc = result.documents[1]
    alone = tmp_path / "alone.pdf"
    pages = export_regulation(project, alone, map_id=doc.map_id)
    assert pages == doc.pages
    assert _pdf_page_text(alone, 1) == _pdf_page_text(out / doc.file, 1)


def _footer(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html.split("<footer>", 1)[1].split("</footer>", 1)[0])


def test_each_maps_pages_show_that_maps_document_and_the_rest_the_projects(marketing_ru, tmp_path):
    from procedit.model import document_of

    out = tmp_path / "s"
    publish_portal(marketing_ru, out)  # no PDFs: the footer names the documents all the same
    site = Site(marketing_ru, "ru")
    t = Texts("ru")
    as_is, to_be = marketing_ru.maps[0], marketing_ru.maps[1]
    a, b = document_of(marketing_ru, as_is).passport, document_of(marketing_ru, to_be).passport
    assert (a.code, a.status) != (b.code, b.status)  # two maps, two documents of their own
    for m in marketing_ru.maps:
        control = document_of(marketing_ru, m)
        pp = control.passport
        expected = [pp.code, f"редакция {printed_version(pp, control.change_log)}", t.enum(pp.status)]
        pages = [site.map_page[m.id], *(site.process_page[p.id] for p in m.processes if site.process_map[p.id] is m)]
        for page in pages:
            footer = _footer((out / page).read_text(encoding="utf-8"))
            assert footer.startswith(pp.code + " ") and all(x in footer for x in expected), (page, footer)
    # the project's pages keep the project's passport
    project = document_of(marketing_ru, None).passport
    codes = {document_of(marketing_ru, m).passport.code for m in marketing_ru.maps}
    for page in ("index.html", site.person_page[marketing_ru.people[0].id],
                 site.position_page[marketing_ru.positions[0].id], site.department_page[marketing_ru.departments[0].id]):  # fmt: skip
        footer = _footer((out / page).read_text(encoding="utf-8"))
        assert footer.startswith(project.code + " ") and t.enum(project.status) in footer, (page, footer)
        assert not any(c in footer for c in codes)
