"""Job instructions and department regulations derived from the Russian example: a position's
duties are exactly what the model gives it, a department's interactions exactly its crossing
links; both render to PDF and DOCX with the regulation's identity and blocks."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from procedit.document import ScopeError, Table
from procedit.document.department_doc import build_department_regulation
from procedit.document.derived import find_position, make_basis
from procedit.document.duties import source_maps
from procedit.document.job_instruction import build_job_instruction
from procedit.export import ExportError
from procedit.export.knowledge import derived_tree, export_all, write_document
from procedit.model import DocStatus, MapKind, Position, Stage
from procedit.model.documents import document_of


def _to_be(project):
    """The TO BE map and its decompositions, walked here without the code under test."""
    maps = {m.id: m for m in project.maps}
    out, todo = [], [m for m in project.maps if m.kind == MapKind.TO_BE]
    while todo:
        m = todo.pop(0)
        if m not in out:
            out.append(m)
            todo += [maps[p.subprocess_map_id] for p in m.processes if p.subprocess_map_id in maps]
    return out


def _rows(tree, key):
    sec = next(s for s in tree.all_sections() if s.key == key)
    return [r for b in sec.blocks if isinstance(b, Table) for r in b.rows[1:]]


@pytest.mark.parametrize(
    "position", ["Маркетолог", "Директор по маркетингу", "Маркетолог-аналитик", "Арт-директор"]
)
def test_a_positions_duties_are_exactly_what_the_model_gives_it(marketing_ru, position):
    q = find_position(marketing_ru, position, None, make_basis(marketing_ru).t)
    holders = {p.id for p in marketing_ru.people if p.position_id == q.id}
    assert holders  # every position of the example has its holder
    maps = _to_be(marketing_ru)
    owned = {f"{p.code} {p.name}" for m in maps for p in m.processes if p.owner_id in holders}
    stages = {
        (f"{p.code} {p.name}", s.name)
        for m in maps
        for p in m.processes
        for s in p.stages
        if s.performer_id in holders | {q.id}
    }
    tree = build_job_instruction(marketing_ru, position)
    keys = {s.key for s in tree.all_sections()}
    got_owned = {r[0] for r in _rows(tree, "duties-own")} if "duties-own" in keys else set()
    got_stages = {(r[1], r[2]) for r in _rows(tree, "duties-stages")} if "duties-stages" in keys else set()
    assert got_owned == owned
    assert got_stages == stages
    assert owned or stages  # the example gives every one of these something to do
    # the AS IS map is the current state, not a duty: none of its processes is listed
    as_is = {f"{p.code} {p.name}" for m in marketing_ru.maps if m.kind == MapKind.AS_IS for p in m.processes}
    assert not (got_owned - owned) and not (got_owned & (as_is - owned))


def test_a_stage_given_to_the_position_itself_is_its_duty(marketing_ru):
    pos = marketing_ru.positions[3]  # Интернет-маркетолог
    to_be = next(m for m in marketing_ru.maps if m.kind == MapKind.TO_BE)
    proc = to_be.processes[0]
    extra = Stage(name="Проверка посадочных страниц", performer_id=pos.id, result="Список правок")
    changed = to_be.with_(processes=(proc.with_(stages=(*proc.stages, extra)), *to_be.processes[1:]))
    project = marketing_ru.with_(maps=tuple(changed if m.id == to_be.id else m for m in marketing_ru.maps))
    tree = build_job_instruction(project, pos.name)
    assert "Проверка посадочных страниц" in {r[2] for r in _rows(tree, "duties-stages")}


def test_hand_offs_name_what_passes_from_whom_and_to_whom(marketing_ru):
    tree = build_job_instruction(marketing_ru, "Маркетолог")
    sec = next(s for s in tree.all_sections() if s.key == "interaction")
    received, passed = [b.rows[1:] for b in sec.blocks if isinstance(b, Table)]
    # the Маркетолог approves the mock-ups in М-06, so М-06's output is one she passes on
    assert ["рекламные материалы", "Д. П. Орлов, Интернет-маркетолог — М-07 Генерация лидов",
            "М-06 Разработка рекламных материалов"] in passed  # fmt: skip
    # and a link between two processes she works in is no hand-off of hers (М-05 → М-06)
    assert not any(r[0] == "ТЗ дизайнеру" for r in passed + received)
    assert any(r[0] == "задача на рекламную кампанию" and "Соколова" in r[1] for r in received)


def test_a_departments_interactions_are_exactly_its_crossing_links(marketing_ru):
    maps = _to_be(marketing_ru)
    people = {p.id: p for p in marketing_ru.people}
    positions = {q.id: q for q in marketing_ru.positions}

    def dept_of(proc, m):
        lanes = {lane.id: lane.department_id for lane in m.lanes}
        owner = people.get(proc.owner_id)
        via_owner = owner and (owner.department_id or positions[owner.position_id].department_id)
        return proc.department_id or lanes.get(proc.lane_id) or via_owner

    for dept in marketing_ru.departments:
        expected = set()
        for m in maps:
            where = {p.id: dept_of(p, m) for p in m.processes}
            for k in m.links:
                if k.source_id in where and k.target_id in where and where[k.source_id] != where[k.target_id]:
                    if dept.id in (where[k.source_id], where[k.target_id]):
                        expected.add(k.id)
        index = make_basis(marketing_ru).index
        got = {h.link.id for h in index.department_facts(dept.id).interactions}
        assert got == expected, dept.name
    marketing = marketing_ru.departments[0]
    assert index.department_facts(marketing.id).interactions  # the example has crossing links
    tree = build_department_regulation(marketing_ru, "Отдел маркетинга")
    rows = _rows(tree, "interactions")
    assert ["Передаёт", "Отдел продаж", "скрипт продаж"] in [r[:3] for r in rows]


def test_the_derived_documents_carry_the_regulations_identity(marketing_ru):
    tree = build_job_instruction(marketing_ru, "маркетолог")  # names match case aside
    passport = dict(tree.title_page.passport)
    assert passport["Код"] == "РП-МКТ-01-ДИ-03"
    assert passport["Версия"] == "1.1"
    assert "РП-МКТ-01, версия 1.1" in passport["Разработан на основании"]
    assert tree.furniture.draft_mark == "ПРОЕКТ"  # the regulation is under approval
    assert [b.heading for b in tree.title_page.approvals] == ["УТВЕРЖДАЮ"]
    assert tree.front[0].key == "approval" and tree.sections[-1].key == "acquaintance"
    acquainted = _rows(tree, "acquaintance")
    assert [r[1] for r in acquainted if r[1]] == ["Кузнецова Мария Андреевна"]  # its holder only
    agreed = [r[2] for r in _rows(tree, "approval") if len(r) == 6]
    assert "А. В. Соколова" in agreed  # the head it reports to agrees it
    # an approved regulation makes an unmarked instruction
    # (every map it is derived from: the TO BE map and its decompositions, each its own document)
    sources = {m.id for m in source_maps(marketing_ru, None)}

    def approve(m):
        own = document_of(marketing_ru, m)
        return m.with_(document=own.with_(passport=own.passport.with_(status=DocStatus.APPROVED)))

    maps = tuple(approve(m) if m.id in sources else m for m in marketing_ru.maps)
    tree = build_job_instruction(marketing_ru.with_(maps=maps), "Маркетолог")
    assert tree.furniture.draft_mark is None
    assert [s.number for s in tree.sections if s.number] == ["1", "2", "3", "4", "5"]


def test_unknown_and_ambiguous_names_are_clear_errors(marketing_ru):
    with pytest.raises(ScopeError, match=r"Бухгалтер.*Маркетолог"):
        build_job_instruction(marketing_ru, "Бухгалтер")
    twin = Position(name="Маркетолог", department_id="dept_sales")
    project = marketing_ru.with_(positions=(*marketing_ru.positions, twin))
    with pytest.raises(ScopeError, match=r"нескольких подразделениях.*Отдел маркетинга.*Отдел продаж"):
        build_job_instruction(project, "Маркетолог")
    tree = build_job_instruction(project, "Маркетолог", department="Отдел продаж")
    assert "Отдел продаж" in tree.title_page.subtitle
    with pytest.raises(ScopeError, match="Склад"):
        build_department_regulation(marketing_ru, "Склад")
    with pytest.raises(ExportError):
        derived_tree(marketing_ru, "job-instruction")  # no position named


def test_sources_are_the_to_be_maps_else_the_as_is_ones(marketing_ru, small_en):
    assert source_maps(marketing_ru)[0].kind == MapKind.TO_BE
    assert all(m.kind != MapKind.AS_IS for m in source_maps(marketing_ru))
    assert [m.kind for m in source_maps(small_en)] == [MapKind.AS_IS]  # its only map


def test_pdf_and_docx_of_a_job_instruction(marketing_ru, tmp_path):
    tree = derived_tree(marketing_ru, "job-instruction", position="Маркетолог")
    pages = write_document(marketing_ru, tree, tmp_path / "ji.pdf", word=False)
    reader = PdfReader(str(tmp_path / "ji.pdf"))
    assert pages == len(reader.pages) >= 3
    text = " ".join(p.extract_text() for p in reader.pages)
    for words in ("Должностная инструкция", "1. Общие положения", "2. Должностные обязанности", "3. Права",
                  "4. Ответственность", "5. Взаимодействие", "Лист ознакомления", "Заполнение шаблона ТЗ"):  # fmt: skip
        assert words in text, words
    write_document(marketing_ru, tree, tmp_path / "ji.docx", word=True)
    d = docx.Document(str(tmp_path / "ji.docx"))
    headings = [p.text for p in d.paragraphs if p.style.name.startswith("Heading")]
    assert [h for h in headings if h[:2] in ("1.", "2.", "3.", "4.", "5.")] == [
        "1. Общие положения", "2. Должностные обязанности", "2.1 Владение процессами", "2.2 Выполнение этапов",
        "2.3 Участие в процессах", "2.4 Критерии результативности", "2.5 Документы и шаблоны", "3. Права",
        "4. Ответственность",
        "5. Взаимодействие",
    ]  # fmt: skip
    assert "Лист ознакомления" in headings


def test_all_job_instructions_to_a_folder(small_en, tmp_path):
    batch = export_all(small_en, tmp_path / "ji", "job-instruction")
    names = sorted(p.rsplit("/", 1)[-1] for p, _ in batch.files)
    # a project with no TO BE map derives them from its AS IS map, under that map's code
    code = document_of(small_en, small_en.maps[0]).passport.code
    assert names == [f"{code}-JI-01 Owner (Shop).pdf", f"{code}-JI-02 Head baker (Bakery).pdf",
                     f"{code}-JI-03 Courier (Shop).pdf"]  # fmt: skip
    assert all(pages >= 2 for _, pages in batch.files)
    courier = " ".join(p.extract_text() for p in PdfReader(str(tmp_path / "ji" / names[2])).pages)
    assert "Job instruction" in courier and "For every order delivered by 8 am." in courier


def test_hostile_names_make_safe_files_and_whole_documents(small_en, tmp_path):
    odd = Position(name='<b>Boss</b> & "co" / ../../etc ' + "Щ" * 960, rights="<i>all</i>\n\n& more")
    project = small_en.with_(positions=(odd, *small_en.positions))
    batch = export_all(project, tmp_path / "out", "job-instruction")
    paths = [Path(p) for p, _ in batch.files]
    assert all(p.parent == tmp_path / "out" and len(p.name.encode()) < 255 for p in paths)
    assert "/" not in paths[0].name[:-4] and paths[0].name.startswith(
        f"{document_of(project, project.maps[0]).passport.code}-JI-01 b Boss b"
    )
    text = " ".join(p.extract_text() for p in PdfReader(str(paths[0])).pages)
    assert "<i>all</i>" in text and "& more" in text  # markup is printed as text
    word = export_all(project, tmp_path / "w", "job-instruction", word=True)
    assert len(word.files) == 4
