"""The sections of a регламент beyond the map and the cards — normative references, general
provisions, stage procedure, risks, records, monitoring and analysis, change procedure — in
the PDF and in the DOCX (read back), each map with its own passport and change log; and an
empty section is never printed as a bare heading."""

from __future__ import annotations

import subprocess
from pathlib import Path

import docx
import pytest

from procedit.document import build_document
from procedit.export import export_regulation
from procedit.export.docx import export_docx
from procedit.model import MapKind, Passport, Process, ProcessMap, Project, Stage
from procedit.storage import load

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

HEADINGS = [
    "Нормативные ссылки",
    "Общие положения",
    "Риски процессов",
    "Записи",
    "Мониторинг и анализ процессов",
    "Порядок внесения изменений",
]


@pytest.fixture(scope="module")
def example() -> Project:
    return load(EXAMPLES / "marketing_ru.procmap")


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def _docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts += [c.text for c in row.cells]
    return " ".join(" ".join(parts).split())


def _docx_headings(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.style.name.startswith("Heading")]


@pytest.fixture(scope="module")
def to_be_files(example, tmp_path_factory) -> tuple[str, str, list[str]]:
    folder = tmp_path_factory.mktemp("tobe")
    export_regulation(example, folder / "r.pdf", map_id="map_to_be", lang="ru")
    export_docx(example, folder / "r.docx", map_id="map_to_be", lang="ru")
    return _pdf_text(folder / "r.pdf"), _docx_text(folder / "r.docx"), _docx_headings(folder / "r.docx")


def test_the_to_be_regulation_has_every_section_in_both_formats(example, to_be_files):
    pdf, word, word_headings = to_be_files
    numbered = [
        s.heading for s in build_document(example, map_id="map_to_be", lang="ru").sections if s.number
    ]
    for title in HEADINGS:
        heading = next(h for h in numbered if h.split(". ", 1)[1] == title)
        assert heading in pdf, heading
        assert heading in word_headings, heading
    # the order a регламент has: references and provisions before the map, the change procedure last
    order = [h.split(". ", 1)[1] for h in numbered]
    assert order.index("Нормативные ссылки") < order.index("Общие положения") < order.index("Карта процессов")
    assert order[-1] == "Порядок внесения изменений"
    for text in (pdf, word):
        assert "ГОСТ Р ИСО 9001-2015" in text  # a normative reference
        assert "Федеральный закон № 152-ФЗ" in text
        assert "Ответственность и полномочия" in text
        assert "Лид не обработан за 2 часа" in text  # a risk
        assert "протокол совещания по маркетингу" in text  # where the analysis is recorded
        assert "не реже одного раза в год" in text  # the review period
        assert "Карточка лида и сделки" in text  # a record
        assert "5 лет" in text  # its retention


def test_the_stage_table_is_a_procedure(to_be_files):
    pdf, word, _ = to_be_files
    for text in (pdf, word):
        assert "Исполнитель, срок" in text and "Документы, записи, ИС" in text
        assert "2 часа с момента поступления лида" in text  # a stage's deadline
        assert "ИС: CRM, телефония" in text  # its IT system
        assert "Получение входов:" in text  # the process boundary, from its inputs
    assert "Этапы: Не указано" not in pdf


def test_each_map_prints_its_own_identity(example, tmp_path):
    texts = {}
    for map_id in ("map_as_is", "map_to_be", "map_to_be_leads"):
        export_regulation(example, tmp_path / f"{map_id}.pdf", map_id=map_id, lang="ru")
        texts[map_id] = _pdf_text(tmp_path / f"{map_id}.pdf")
    assert "ОБ-МКТ-01" in texts["map_as_is"] and "РП-МКТ-01 ·" not in texts["map_as_is"]
    assert "РП-МКТ-01 · Регламент процессов маркетинга" in texts["map_to_be"]
    assert (
        "РП-МКТ-01-07" in texts["map_to_be_leads"] and "Регламент генерации лидов" in texts["map_to_be_leads"]
    )
    # the TO BE log is its own: the survey's first edition is not in it; its version agrees
    assert "карта AS IS по итогам интервью" in texts["map_as_is"]
    assert "карта AS IS по итогам интервью" not in texts["map_to_be"]
    doc = build_document(example, map_id="map_to_be", lang="ru")
    assert ("Версия", "1.1") in doc.title_page.passport
    log = next(s for s in doc.sections if s.key == "changes").blocks[-1].rows
    assert log[0][:2] == ["№ изм.", "Версия"] and log[2][:2] == ["2", "1.1"]
    # a normative document is not titled "TO BE"; the approver of the sub-procedure is its own
    assert "TO BE" not in doc.title_page.title + doc.title_page.subtitle + doc.meta.title
    leads = build_document(example, map_id="map_to_be_leads", lang="ru")
    assert [b.name for b in leads.title_page.approvals] == ["А. В. Соколова"]


def test_empty_sections_are_left_out(tmp_path):
    proc = Process(id="p", code="П-1", name="Продажа", stages=(Stage(id="s", name="Звонок"),))
    project = Project(
        name="Пусто",
        passport=Passport(code="RG-1"),
        maps=(ProcessMap(id="m", name="M", kind=MapKind.TO_BE, processes=(proc,)),),
    )
    keys = {s.key for s in build_document(project, map_id="m", lang="ru").all_sections()}
    assert not keys & {"references", "provisions", "risks", "records", "monitoring", "change_procedure"}
    export_regulation(project, tmp_path / "e.pdf", map_id="m", lang="ru")
    export_docx(project, tmp_path / "e.docx", map_id="m", lang="ru")
    for text in (_pdf_text(tmp_path / "e.pdf"), _docx_text(tmp_path / "e.docx")):
        for title in HEADINGS:
            assert title not in text
        assert "Исполнитель, срок" not in text and "ИС" not in text  # no stage says them: left out


def test_the_english_example_prints_its_sections(tmp_path):
    project = load(EXAMPLES / "small_en.procmap")
    export_regulation(project, tmp_path / "en.pdf", process_code="B-3", lang="en")
    text = _pdf_text(tmp_path / "en.pdf")
    for title in (
        "Normative references",
        "General provisions",
        "Process risks",
        "Records",
        "Change procedure",
    ):
        assert title in text
    assert "CB-SR-01" in text and "by 3 am" in text and "Baking log" in text
