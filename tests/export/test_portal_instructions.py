"""The portal publishes each position's job instruction as a PDF inside DIR ("my instructions"):
the position page and its holders' pages link it, the PDF is the job instruction ``procedit
export --document job-instruction`` writes for that position; a position working on a map over
the documents limit gets no PDF and its page says why; --no-documents publishes none."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from procedit.cli import main
from procedit.export.portal import publish_portal
from procedit.export.portal.frame import Site
from procedit.export.portal_documents import instruction_pdf, regulation_pdf
from procedit.model import Position

EXAMPLE = Path(__file__).parents[2] / "examples" / "marketing_ru.procmap"
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@pytest.fixture(scope="module")
def project():
    from procedit.storage import load

    return load(EXAMPLE)


@pytest.fixture(scope="module")
def published(tmp_path_factory, project):
    out = tmp_path_factory.mktemp("portal") / "site"
    result = publish_portal(project, out, documents=regulation_pdf, instructions=instruction_pdf)
    return out, result


def _text(pdf: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())  # fmt: skip


def _instruction_href(html: str) -> str | None:
    link = re.search(r'<a class="instruction" href="\.\./([^"]+)">[^<]*Должностная инструкция</a>', html)
    return link.group(1) if link else None


@needs_pdftotext
def test_a_position_page_links_its_own_job_instruction(published, project, tmp_path):
    out, result = published
    site = Site(project, "ru")
    assert len(result.instructions) == len(project.positions)
    for i, q in enumerate(project.positions, 1):
        html = (out / site.position_page[q.id]).read_text(encoding="utf-8")
        assert _instruction_href(html) == f"docs/ji{i}.pdf"
        assert (out / f"docs/ji{i}.pdf").read_bytes().startswith(b"%PDF-")
    # the PDF is the job instruction of that position, as the editor exports it
    q = next(q for q in project.positions if q.name == "Маркетолог")
    html = (out / site.position_page[q.id]).read_text(encoding="utf-8")
    href = _instruction_href(html)
    assert href is not None
    expected = tmp_path / "ji.pdf"
    assert main(["export", str(EXAMPLE), "-o", str(expected), "--document", "job-instruction",
                 "--position", q.name]) == 0  # fmt: skip
    text = _text(out / href)
    assert "Должностная инструкция «Маркетолог»" in text
    code = re.search(r'class="instruction"[^>]*>([^<]*) Должностная инструкция</a>', html).group(1)
    assert f"Код {code} " in text and code.startswith("РП-МКТ-01-ДИ-")  # the link names its code
    assert text == _text(expected)
    other = next(x for x in project.positions if x.name == "Генеральный директор")
    assert "«Генеральный директор»" not in text.split("Лист согласования")[0]
    assert "«Генеральный директор»" in _text(out / _instruction_href(
        (out / site.position_page[other.id]).read_text(encoding="utf-8")))  # fmt: skip


def test_a_holders_page_links_the_instruction_of_their_position(published, project):
    out, _ = published
    site = Site(project, "ru")
    checked = 0
    for person in project.people:
        html = (out / site.person_page[person.id]).read_text(encoding="utf-8")
        if person.position_id in site.position_page:
            i = next(i for i, q in enumerate(project.positions, 1) if q.id == person.position_id)
            assert _instruction_href(html) == f"docs/ji{i}.pdf", person.name
            checked += 1
        else:
            assert _instruction_href(html) is None
    assert checked >= 3


def test_a_position_over_the_limit_gets_no_pdf_and_says_why(project, tmp_path):
    # a new position performs a stage on the small sub-map only (5 processes); everyone else
    # works on the TO BE map of 9
    sub = next(m for m in project.maps if m.id == "map_to_be_leads")
    proc = next(p for p in sub.processes if p.stages)
    clerk = Position(id="pos_clerk", name="Делопроизводитель")
    stages = (proc.stages[0].with_(performer_id=clerk.id), *proc.stages[1:])
    sub2 = sub.with_(processes=tuple(p.with_(stages=stages) if p.id == proc.id else p for p in sub.processes))
    changed = project.with_(
        positions=(*project.positions, clerk), maps=tuple(sub2 if m.id == sub.id else m for m in project.maps)
    )
    out = tmp_path / "site"
    result = publish_portal(changed, out, documents=regulation_pdf, instructions=instruction_pdf,
                            documents_limit=len(sub.processes))  # fmt: skip
    site = Site(changed, "ru")
    files = sorted(p.name for p in (out / "docs").glob("ji*.pdf"))
    n = len(changed.positions)
    assert files == [f"ji{n}.pdf"]  # only the clerk's
    for q in changed.positions:
        html = (out / site.position_page[q.id]).read_text(encoding="utf-8")
        if q.id == clerk.id:
            assert _instruction_href(html) == f"docs/ji{n}.pdf"
        else:
            assert _instruction_href(html) is None and 'class="instruction"' not in html
            assert "должность работает на карте из 9 процессов" in html
    skipped = {x.position_id: x.skipped_size for x in result.instructions}
    assert skipped[clerk.id] == 0 and all(skipped[q.id] == 9 for q in project.positions)


def test_no_writer_or_no_documents_publishes_no_instruction(project, tmp_path, capsys):
    publish_portal(project, tmp_path / "a", documents=regulation_pdf)
    assert not list((tmp_path / "a" / "docs").glob("ji*.pdf"))
    page = Site(project, "ru").position_page[project.positions[0].id]
    html = (tmp_path / "a" / page).read_text(encoding="utf-8")
    assert "Должностная инструкция</dt>" not in html
    assert main(["portal", str(EXAMPLE), "-o", str(tmp_path / "b"), "--no-documents"]) == 0
    assert not (tmp_path / "b" / "docs").exists()
    assert main(["portal", str(EXAMPLE), "-o", str(tmp_path / "c")]) == 0
    assert "PDF-документов: 11" in capsys.readouterr().out  # 3 regulations and 8 instructions
    assert len(list((tmp_path / "c" / "docs").glob("ji*.pdf"))) == len(project.positions) == 8
    assert main(["portal", str(EXAMPLE), "-o", str(tmp_path / "d"), "--documents-limit", "5"]) == 0
    err = capsys.readouterr().err
    assert "должностные инструкции не опубликованы (8 должн.)" in err and "--documents-limit" in err
    assert not list((tmp_path / "d" / "docs").glob("ji*.pdf"))
