"""Small hand-built projects for validation tests.

``clean_project()`` is a TO BE map that satisfies every rule: supplier -> П-1 -> П-2 -> client,
each process complete. Tests break one thing at a time with ``replace_process`` and friends.
"""

from __future__ import annotations

from typing import Any

from procedit.control import target_of
from procedit.model import (
    CheckLevel,
    Criterion,
    DocumentKind,
    DocumentRef,
    ExternalParty,
    Flow,
    Goal,
    Link,
    MapDocument,
    MapKind,
    NormativeRef,
    PartyKind,
    Person,
    Process,
    ProcessMap,
    ProcessRecord,
    Project,
    Risk,
    Stage,
    Strategy,
)

PEOPLE = (
    Person(id="person_anna", name="Анна Соколова"),
    Person(id="person_igor", name="Игорь Петров"),
    Person(id="person_olga", name="Ольга Волкова"),
    Person(id="person_pavel", name="Павел Орлов"),
)
GOAL = Goal(id="goal_growth", title="Рост продаж")


def complete_process(pid: str, code: str, name: str, supplier: str, consumer: str, owner: str) -> Process:
    return Process(
        id=pid,
        code=code,
        name=name,
        description=f"Описание процесса {name}",
        goal=f"Цель процесса {name}",
        results=f"Результаты процесса {name}",
        goal_ids=(GOAL.id,),
        inputs=(Flow(id=f"{pid}_in", what="вход", party_id=supplier),),
        outputs=(Flow(id=f"{pid}_out", what="выход", party_id=consumer),),
        owner_id=owner,
        criteria=(
            Criterion(
                id=f"{pid}_kpi",
                name="Срок",
                target=target_of("≤ 2"),
                unit="дня",
                period="месяц",
                method="выгрузка из CRM",
                responsible_id=owner,
            ),
        ),
        documents=(DocumentRef(id=f"{pid}_doc", kind=DocumentKind.REGULATION, title="Регламент"),),
        # what the regulation says beyond the card: the procedure, resources, risks, records
        stages=(Stage(id=f"{pid}_stage", name="Этап", performer_id=owner, result="результат"),),
        resources="сотрудники, CRM",
        risks=(Risk(id=f"{pid}_risk", risk="срыв срока", owner_id=owner),),
        records=(ProcessRecord(id=f"{pid}_rec", name="журнал", place="CRM", retention="1 год"),),
    )


# the general sections of a regulation, all filled
FULL_DOCUMENT = MapDocument(
    provisions="Регламент устанавливает порядок.",
    authority="Владелец отвечает за результат.",
    analysis_by_id="person_anna",
    analysis_period="ежемесячно",
    analysis_record="протокол",
    revision_period="раз в год",
    change_initiators="владельцы процессов",
)


def clean_map(map_id: str = "map_main", kind: MapKind = MapKind.TO_BE) -> ProcessMap:
    p = f"{map_id}_"
    return ProcessMap(
        id=map_id,
        name="Основная карта",
        kind=kind,
        check_level=CheckLevel.REGULATION,  # every rule: the rule tests see each one
        document=FULL_DOCUMENT,
        parties=(
            ExternalParty(id=p + "supplier", name="Поставщик", kind=PartyKind.SUPPLIER),
            ExternalParty(id=p + "client", name="Клиент", kind=PartyKind.CUSTOMER),
        ),
        processes=(
            complete_process(p + "p1", "П-1", "Приём заказа", p + "supplier", p + "p2", "person_anna"),
            complete_process(p + "p2", "П-2", "Выполнение заказа", p + "p1", p + "client", "person_igor"),
        ),
        links=(
            Link(id=p + "l1", source_id=p + "supplier", target_id=p + "p1"),
            Link(id=p + "l2", source_id=p + "p1", target_id=p + "p2"),
            Link(id=p + "l3", source_id=p + "p2", target_id=p + "client"),
        ),
    )


def clean_project(*maps: ProcessMap) -> Project:
    return Project(
        name="Тест",
        people=PEOPLE,
        strategy=Strategy(goals=(GOAL,)),
        references=(NormativeRef(id="nref_iso", code="ГОСТ Р ИСО 9001-2015"),),
        maps=maps or (clean_map(),),
    )


def edit_map(project: Project, map_id: str = "map_main", **changes: Any) -> Project:
    maps = tuple(m.with_(**changes) if m.id == map_id else m for m in project.maps)
    return project.with_(maps=maps)


def edit_process(project: Project, pid: str, **changes: Any) -> Project:
    maps = tuple(
        m.with_(processes=tuple(p.with_(**changes) if p.id == pid else p for p in m.processes))
        for m in project.maps
    )
    return project.with_(maps=maps)


def add_processes(project: Project, *processes: Process, map_id: str = "map_main") -> Project:
    pmap = project.map_by_id(map_id)
    return edit_map(project, map_id, processes=pmap.processes + processes)


def add_links(project: Project, *links: Link, map_id: str = "map_main") -> Project:
    pmap = project.map_by_id(map_id)
    return edit_map(project, map_id, links=pmap.links + links)


def drop_links(project: Project, *ids: str, map_id: str = "map_main") -> Project:
    pmap = project.map_by_id(map_id)
    return edit_map(project, map_id, links=tuple(link for link in pmap.links if link.id not in ids))


P_IDS = ("map_main_p1", "map_main_p2")


def hits(findings: list, rule: str) -> list[str]:
    """The element ids a rule reported."""
    return sorted(f.element_id for f in findings if f.rule == rule)
