"""Projects for the PDF export tests: the shipped examples and small built ones."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from procedit.control import target_of
from procedit.model import (
    ApprovalRole,
    Approver,
    ChangeLogEntry,
    Criterion,
    DocumentKind,
    DocumentRef,
    ExternalParty,
    Flow,
    Link,
    MapKind,
    Passport,
    Person,
    Process,
    ProcessKind,
    ProcessMap,
    Project,
    Stage,
    Term,
)
from procedit.storage import load

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="session")
def marketing_ru() -> Project:
    return load(EXAMPLES / "marketing_ru.procmap")


@pytest.fixture(scope="session")
def small_en() -> Project:
    return load(EXAMPLES / "small_en.procmap")


@pytest.fixture
def build_project():
    return make_project


def make_project(n: int, *, name: str = "Процесс", language: str = "ru") -> Project:
    """``n`` processes in a chain with owners, stages, criteria and a template each."""
    people = tuple(Person(name=f"Сотрудник{i} Иван Петрович", position=f"Должность {i}") for i in range(4))
    client = ExternalParty(name="Клиент", x=-250, y=0)
    procs = []
    for i in range(n):
        procs.append(
            Process(
                code=f"P-{i + 1:02d}",
                name=f"{name} {i + 1}",
                kind=list(ProcessKind)[i % 3],
                owner_id=people[i % 4].id,
                participant_ids=(people[(i + 1) % 4].id,),
                goal=f"Цель процесса {i + 1}",
                results=f"Результат {i + 1}",
                inputs=(Flow(what=f"вход {i + 1}", party_id=client.id),),
                outputs=(Flow(what=f"выход {i + 1}"),),
                stages=(Stage(name=f"Этап {i + 1}.1", performer_id=people[0].id, result="готово"),),
                criteria=(
                    Criterion(
                        name=f"Критерий{i + 1}", target=target_of("≥ 95"), unit="%", period="месяц", method="отчёт"
                    ),
                ),
                documents=(
                    DocumentRef(kind=DocumentKind.TEMPLATE, title="Шаблон", text="Строка 1\nСтрока 2"),
                ),
                x=(i % 5) * 240.0,
                y=(i // 5) * 160.0,
            )
        )
    links = tuple(
        Link(source_id=a.id, target_id=b.id, label=f"передача {k}")
        for k, (a, b) in enumerate(itertools.pairwise(procs))
    )
    pmap = ProcessMap(
        name="Карта", kind=MapKind.TO_BE, processes=tuple(procs), parties=(client,), links=links
    )
    return Project(
        name="Тест",
        organization="ООО «Тест»",
        language=language,
        passport=Passport(code="РП-1", title="Регламент", version="2.0", effective_date=dt.date(2026, 12, 1)),
        purpose="Назначение документа",
        terms=(Term(term="КПЭ", definition="ключевой показатель"),),
        people=people,
        approvers=(Approver(person_id=people[0].id, role=ApprovalRole.APPROVES),),
        change_log=(ChangeLogEntry(number=1, date=dt.date(2026, 11, 1), description="Первая редакция"),),
        maps=(pmap,),
    )
