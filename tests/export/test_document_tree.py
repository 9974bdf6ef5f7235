"""The document tree: what the map kind makes, numbering, the controlled document's identity,
the signature chain — read from the tree, the same for the PDF and the DOCX."""

from __future__ import annotations

from pathlib import Path

import pytest

from procedit.document import (
    MapFigure,
    Note,
    ScopeError,
    Table,
    build_document,
    initials,
)
from procedit.model import ApprovalRole, Approver, Criterion, DocStatus, MapKind, Passport
from procedit.storage import load

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def marketing():
    return load(EXAMPLES / "marketing_ru.procmap")


def _keys(doc) -> list[str]:
    return [s.key for s in doc.sections]


def test_as_is_map_is_a_survey_report_with_findings_as_a_main_section(marketing):
    as_is = next(m for m in marketing.maps if m.kind == MapKind.AS_IS)
    doc = build_document(marketing, map_id=as_is.id)
    assert doc.kind == "survey"
    assert doc.title_page.title == "Отчёт об обследовании процессов"
    assert doc.title_page.approvals == []  # nobody approves a survey as a rule
    assert doc.front == []  # no approval sheet
    findings = next(s for s in doc.sections if s.key == "findings")
    assert findings.number  # a numbered main section, not an appendix
    assert "acquaintance" not in _keys(doc)


def test_to_be_map_is_the_regulation(marketing):
    to_be = next(m for m in marketing.maps if m.kind == MapKind.TO_BE)
    doc = build_document(marketing, map_id=to_be.id)
    assert doc.kind == "regulation"
    assert "TO BE" not in doc.title_page.title + doc.title_page.subtitle + doc.meta.title
    # purpose, references, terms, provisions, map, cards, matrix, risks, records; monitoring
    # and analysis (with the criteria's actuals); the change procedure
    keys = [s.key for s in doc.sections if s.number]
    assert keys == [
        "purpose",
        "references",
        "terms",
        "provisions",
        "map",
        "cards",
        "matrix",
        "risks",
        "records",
        "monitoring",
        "change_procedure",
    ]
    assert [s.number for s in doc.sections if s.number] == [str(i) for i in range(1, 12)]
    assert doc.sections[-1].key == "acquaintance"
    assert doc.title_page.approvals[0].name == "К. А. Зайцев"


def test_one_process_is_a_process_regulation_with_its_own_numbering(build_project):
    project = build_project(4)
    doc = build_document(project, process_code="P-02")
    assert doc.kind == "process_regulation"
    assert doc.title_page.title == "Регламент процесса"
    assert doc.title_page.subtitle == "«P-02 Процесс 2»"
    cards = next(s for s in doc.sections if s.key == "cards")
    assert cards.title == "Описание процесса" and cards.children == []
    assert doc.toc_title is None
    fig = next(b for s in doc.sections for b in s.blocks if isinstance(b, MapFigure))
    assert fig.focus_id == project.maps[0].processes[1].id


def test_empty_sections_are_left_out_and_numbers_close_up(build_project):
    project = build_project(2).with_(terms=(), purpose="", scope="")
    doc = build_document(project)
    keys = _keys(doc)
    assert "terms" not in keys and "purpose" not in keys
    assert doc.sections[0].key == "map" and doc.sections[0].number == "1"


def test_draft_mark_follows_status(build_project):
    project = build_project(2)
    for status, marked in ((DocStatus.DRAFT, True), (DocStatus.UNDER_APPROVAL, True)):
        doc = build_document(project.with_(passport=Passport(status=status)))
        assert (doc.furniture.draft_mark == "ПРОЕКТ") is marked


def test_initials_as_gost_prints_them():
    assert initials("Зайцев Кирилл Андреевич") == "К. А. Зайцев"
    assert initials("Соколова Анна") == "А. Соколова"
    assert initials("Mary Ann Smith") == "M. A. Smith"
    assert initials("Мадонна") == "Мадонна"
    assert initials("  ") == ""


def test_owners_agree_on_the_approval_sheet_and_the_developer_signs(build_project):
    project = build_project(3)
    people = project.people
    approver = Approver(person_id=people[0].id, role=ApprovalRole.APPROVES)
    project = project.with_(approvers=(approver,), passport=Passport(author_id=people[3].id))
    doc = build_document(project)
    sheet = doc.front[0]
    tables = [b for b in sheet.blocks if isinstance(b, Table)]
    developer, agreed = tables[0], tables[1]
    assert developer.rows[1][1] == initials(people[3].name)
    names = [r[2] for r in agreed.rows[1:] if r[2]]
    owners = {p.owner_id for p in project.maps[0].processes}
    expected = [initials(p.name) for p in people if p.id in owners and p.id != people[0].id]
    assert sorted(names) == sorted(expected)
    assert initials(people[0].name) not in names  # approves on the title page: not repeated


def test_an_all_empty_criterion_is_no_row(build_project):
    project = build_project(1)
    pmap = project.maps[0]
    proc = pmap.processes[0].with_(criteria=(*pmap.processes[0].criteria, Criterion()))
    project = project.with_(maps=(pmap.with_(processes=(proc,)),))
    doc = build_document(project)
    card = next(s for s in doc.all_sections() if s.key == f"proc-{proc.id}")
    crit = next(b for b in card.blocks if isinstance(b, Table) and b.rows[0][0] == "Критерий")
    assert len(crit.rows) == 1 + len(pmap.processes[0].criteria)
    assert all(any(str(c).strip() for c in row) for row in crit.rows)


def test_empty_card_fields_are_notes_not_blank(build_project):
    project = build_project(1)
    pmap = project.maps[0]
    proc = pmap.processes[0].with_(goal="")
    doc = build_document(project.with_(maps=(pmap.with_(processes=(proc,)),)))
    card = next(s for s in doc.all_sections() if s.key == f"proc-{proc.id}")
    passport = card.blocks[0]
    goal = next(r for r in passport.rows if r[0] == "Цель")
    assert type(goal[1]) is Note


def test_unknown_scope_is_a_clear_error(build_project):
    with pytest.raises(ScopeError, match="NOPE"):
        build_document(build_project(1), process_code="NOPE")
