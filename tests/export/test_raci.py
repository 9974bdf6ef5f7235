"""The RACI matrix: stage rows grouped by process, positions as columns, letters derived
from the model (performers, owners, participants, criterion responsibles, approvers);
portrait while it fits, written upwards in its header in the PDF and in Word."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from procedit.document import Table, build_document
from procedit.document.names import Names
from procedit.document.raci import derive_raci
from procedit.document.texts import Texts
from procedit.export import export_regulation
from procedit.model import Person, Process, ProcessMap, Project, Stage
from procedit.storage import load

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def marketing():
    return load(EXAMPLES / "marketing_ru.procmap")


def _to_be(project):
    return next(m for m in project.maps if m.id == "map_to_be")


def _matrix(doc) -> Table:
    sec = next(s for s in doc.sections if s.key == "matrix")
    tables = [b for b in sec.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    return tables[0]


def _cell(table: Table, row_label: str, column: str) -> str:
    col = table.rows[0].index(column)
    row = next(r for r in table.rows if r[0] == row_label)
    return row[col]


def test_stage_letters_of_the_russian_example(marketing):
    table = _matrix(build_document(marketing, map_id="map_to_be"))
    # columns are positions, never people's names
    head = table.rows[0]
    assert head[0] == "Процесс / этап"
    assert "Арт-директор" in head and "Интернет-маркетолог" in head and "Маркетолог-аналитик" in head
    assert not any("Лебедев" in h or "Орлов" in h for h in head)
    # М-07: the owner (internet marketer) answers for every stage, performs two himself
    stage = "2. Адаптация рекламных материалов под каналы"
    assert _cell(table, stage, "Арт-директор") == "R"
    assert _cell(table, stage, "Интернет-маркетолог") == "A"
    assert _cell(table, stage, "Маркетолог-аналитик") == "I"  # she measures the leads
    assert _cell(table, stage, "Генеральный директор") == ""
    assert _cell(table, "3. Запуск и ведение рекламных кампаний", "Интернет-маркетолог") == "R/A"
    assert _cell(table, "4. Проверка качества лидов", "Маркетолог-аналитик") == "R"
    # М-02: the director general performs the agreement stage, the marketing director owns it
    agree = "3. Согласование с генеральным директором"
    assert _cell(table, agree, "Генеральный директор") == "R"
    assert _cell(table, agree, "Директор по маркетингу") == "A"
    # the process row sums its stages up: R and A win over I
    m02 = "М-02 Разработка стратегии позиционирования"
    assert _cell(table, m02, "Генеральный директор") == "R"
    assert _cell(table, m02, "Директор по маркетингу") == "R/A"
    # a process without stages is one row: its owner and who measures it (every TO BE process
    # of the example has its procedure now: take М-03's stages away)
    m03 = "М-03 Постановка задач команде маркетинга"
    bare = marketing.with_(
        maps=tuple(
            m.with_(processes=tuple(p.with_(stages=()) if p.code == "М-03" else p for p in m.processes))
            for m in marketing.maps
        )
    )
    no_stages = _matrix(build_document(bare, map_id="map_to_be"))
    assert _cell(no_stages, m03, "Директор по маркетингу") == "A"
    assert _cell(no_stages, m03, "Маркетолог") == "I"
    assert _cell(table, m03, "Директор по маркетингу") == "R/A"  # with its stages: performs them
    # the document: developed by the marketer, approved by the director general,
    # agreed by the approvers who agree and the process owners
    doc_row = "Разработка и утверждение регламента"
    assert _cell(table, doc_row, "Маркетолог") == "R"
    assert _cell(table, doc_row, "Генеральный директор") == "A"
    assert _cell(table, doc_row, "Руководитель отдела продаж") == "C"
    # process rows (and the document's) head their groups
    labels = [r[0] for r in table.rows]
    assert labels.index(m02) in table.group_rows and labels.index(agree) not in table.group_rows
    assert table.vertical_header


def test_participant_who_performs_no_stage_is_consulted():
    boss = Person(name="Иванов Иван Иванович", position="Начальник цеха")
    worker = Person(name="Петров Пётр Петрович", position="Мастер")
    adviser = Person(name="Сидоров Сидор", position="Технолог")
    proc = Process(
        code="П-1",
        name="Выпуск",
        owner_id=boss.id,
        participant_ids=(worker.id, adviser.id),
        stages=(Stage(name="Наладка", performer_id=worker.id), Stage(name="Пуск", performer_id=boss.id)),
    )
    project = Project(people=(boss, worker, adviser), maps=(ProcessMap(processes=(proc,)),))
    raci = derive_raci(Names(project, Texts("ru")), [proc])
    rows = {r.label: r.cells for r in raci.rows}
    assert rows["1. Наладка"] == {"Мастер": "R", "Начальник цеха": "A", "Технолог": "C"}
    assert rows["2. Пуск"] == {"Начальник цеха": "R/A", "Технолог": "C"}  # a performer is not C elsewhere
    assert raci.columns == ["Начальник цеха", "Мастер", "Технолог"]  # the register's order


def test_a_staff_change_does_not_change_the_matrix(marketing):
    before = _matrix(build_document(marketing, map_id="map_to_be"))
    renamed = marketing.with_(people=tuple(p.with_(name=p.name + "ов") for p in marketing.people))
    after = _matrix(build_document(renamed, map_id="map_to_be"))
    assert after.rows == before.rows
    # a person without a position is a column of their own name
    nameless = marketing.with_(
        people=tuple(
            p.with_(position="", position_id=None) if p.id == "person_lebedev" else p
            for p in marketing.people
        )
    )
    head = _matrix(build_document(nameless, map_id="map_to_be")).rows[0]
    assert "Лебедев Артём Олегович" in head and "Арт-директор" not in head


def test_one_process_matrix_stays_in_portrait_flow(marketing, tmp_path):
    doc = build_document(marketing, map_id="map_to_be", process_code="М-07")
    sec = next(s for s in doc.sections if s.key == "matrix")
    assert sec.orientation == "portrait" and not sec.new_page
    out = tmp_path / "m07.pdf"
    export_regulation(marketing, out, map_id="map_to_be", process_code="М-07")
    pages = PdfReader(out).pages
    page = next(p for p in pages if "Матрица ответственности" in p.extract_text())
    box = page.mediabox
    assert box.width < box.height  # portrait
    text = page.extract_text()
    assert "Взаимодействие с другими процессами" in text  # shares its page with the card
    assert "R/A" in text and "Интернет-маркетолог" in text


def test_a_wide_matrix_goes_landscape_and_splits_into_parts():
    people = tuple(Person(name=f"Человек {i}", position=f"Должность номер {i}") for i in range(40))
    stages = tuple(Stage(name=f"Этап {i}", performer_id=p.id) for i, p in enumerate(people))
    proc = Process(code="П-1", name="Большой процесс", owner_id=people[0].id, stages=stages)
    project = Project(people=people, maps=(ProcessMap(processes=(proc,)),))
    doc = build_document(project)
    sec = next(s for s in doc.sections if s.key == "matrix")
    assert sec.orientation == "landscape"
    tables = [b for b in sec.blocks if isinstance(b, Table)]
    assert len(tables) == 3
    columns = [c for t in tables for c in t.rows[0][1:]]
    assert columns == [p.position for p in people]
    for t in tables:  # each part lists the rows with a mark in its columns
        assert all(any(cell for cell in row[1:]) for row in t.rows[1:])
    assert sum(len(t.rows) - 1 for t in tables) >= 40


def test_word_matrix_writes_its_header_upwards(marketing, tmp_path):
    import docx
    from docx.oxml.ns import qn

    from procedit.export.docx import export_docx

    out = tmp_path / "r.docx"
    export_docx(marketing, out, map_id="map_to_be")
    d = docx.Document(str(out))
    table = next(t for t in d.tables if t.rows[0].cells[0].text == "Процесс / этап")
    head = table.rows[0]
    directions = [c._tc.tcPr.find(qn("w:textDirection")) for c in head.cells]
    assert directions[0] is None and all(x is not None for x in directions[1:])
    assert "Маркетолог-аналитик" in [c.text for c in head.cells]
    row = next(r for r in table.rows if r.cells[0].text.startswith("М-07"))
    assert all(run.bold for run in row.cells[0].paragraphs[0].runs)  # a process row is bold


def test_word_keeps_the_criteria_charts_in_their_section(marketing, tmp_path):
    """A chart is written after the blocks before it (they were left in the batch and the
    charts landed pages earlier, in the middle of the map section)."""
    import docx
    from docx.oxml.ns import qn

    from procedit.export.docx import export_docx

    tree = build_document(marketing, map_id="map_to_be", process_code="М-07")
    charts = sum(len(s.charts()) for s in tree.all_sections())
    assert charts >= 1
    out = tmp_path / "r.docx"
    export_docx(marketing, out, map_id="map_to_be", process_code="М-07")
    body = list(docx.Document(str(out)).element.body)
    texts = ["".join(t.text or "" for t in el.iter(qn("w:t"))) for el in body]
    start = next(i for i, x in enumerate(texts) if re.match(r"\d+\. Мониторинг", x))
    after = sum(1 for el in body[start:] for _ in el.iter(qn("w:drawing")))
    assert after == charts


def test_a_stage_performed_by_a_register_position_shares_its_holders_column():
    from procedit.model import Position

    boss_pos, clerk_pos = Position(name="Начальник отдела"), Position(name="Специалист")
    boss = Person(name="Иванов Иван", position_id=boss_pos.id)
    clerk = Person(name="Петров Пётр", position_id=clerk_pos.id)
    proc = Process(
        code="П-1",
        name="Учёт",
        owner_id=boss.id,
        stages=(Stage(name="Приём", performer_id=clerk.id), Stage(name="Сверка", performer_id=clerk_pos.id)),
    )
    project = Project(
        people=(boss, clerk), positions=(boss_pos, clerk_pos), maps=(ProcessMap(processes=(proc,)),)
    )
    raci = derive_raci(Names(project, Texts("ru")), [proc])
    assert raci.columns == ["Начальник отдела", "Специалист"]
    rows = {r.label: r.cells for r in raci.rows}
    assert rows["1. Приём"] == rows["2. Сверка"] == {"Специалист": "R", "Начальник отдела": "A"}
