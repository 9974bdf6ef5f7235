"""Synthetic procedit projects of any size, for the benchmark and for tests.

``make_project(n, seed=0)`` builds one map with ``n`` processes laid out on a grid and
``2 n`` links between grid neighbours (inside the grid each process sends one link to its
right-hand neighbour and one to the process below, so it has exactly four links). Every
property a consultant fills is filled: 3 inputs, 3 outputs, 3 stages, 3 criteria,
2 documents, a 300-character Russian description, an owner from a people register of
about ``n / 10`` people (each holding a position of the register), customers, participants,
goals and a department. Ids and text come from a seeded ``random.Random``, so the same ``(n, seed)`` gives the same project.

Run as a script to write a project file:
    python tests/perf/generate.py 1000 /tmp/big.procmap
"""

from __future__ import annotations

import datetime as dt
import math
import random
import sys

from procedit.control import target_of
from procedit.model import (
    ApprovalRole,
    Approver,
    ChangeLogEntry,
    Criterion,
    Department,
    DocumentKind,
    DocumentRef,
    ExternalParty,
    Flow,
    Goal,
    Link,
    LinkKind,
    Measurement,
    PartyKind,
    Passport,
    Person,
    Position,
    Process,
    ProcessKind,
    ProcessMap,
    ProcessRecord,
    Project,
    Risk,
    RiskLevel,
    Stage,
    Strategy,
    Term,
)

# grid step of the layout (scene units); a process box is 180 x 80
GRID_X = 240.0
GRID_Y = 140.0

_SURNAMES = (
    "Иванов Петров Сидоров Смирнов Кузнецов Попов Васильев Соколов Михайлов Новиков Фёдоров "
    "Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов "
    "Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов"
).split()
_NAMES = (
    "Анна Мария Елена Ольга Наталья Ирина Светлана Алексей Дмитрий Сергей Андрей Михаил Игорь Павел".split()
)
_PATRONYMICS_M = "Алексеевич Дмитриевич Сергеевич Андреевич Михайлович Игоревич Павлович".split()
_PATRONYMICS_F = "Алексеевна Дмитриевна Сергеевна Андреевна Михайловна Игоревна Павловна".split()
_FEMALE = {"Анна", "Мария", "Елена", "Ольга", "Наталья", "Ирина", "Светлана"}
_RIGHTS = (
    "Запрашивать у подразделений сведения, нужные для работы.\nВносить предложения по улучшению процессов."
)
_RESPONSIBILITY = "За результат своих этапов и за достоверность сведений, которые передаёт."
_QUALIFICATION = "Высшее образование, опыт работы по специальности не менее 2 лет."
_POSITIONS = (
    "Генеральный директор",
    "Коммерческий директор",
    "Руководитель отдела продаж",
    "Менеджер по работе с клиентами",
    "Главный бухгалтер",
    "Специалист по закупкам",
    "Руководитель производства",
    "Технолог",
    "Маркетолог",
    "Юрист",
    "Специалист по кадрам",
    "Логист",
)
_DEPARTMENTS = (
    "Дирекция",
    "Отдел продаж",
    "Отдел маркетинга",
    "Бухгалтерия",
    "Отдел закупок",
    "Производство",
    "Склад",
    "Служба качества",
    "Юридический отдел",
    "Отдел кадров",
    "Служба логистики",
    "ИТ-отдел",
)
_VERBS = (
    "Планирование",
    "Согласование",
    "Подготовка",
    "Проверка",
    "Закупка",
    "Обработка",
    "Выпуск",
    "Приёмка",
    "Учёт",
    "Анализ",
    "Контроль",
    "Отгрузка",
    "Оформление",
    "Оценка",
    "Разработка",
)
_OBJECTS = (
    "заказа клиента",
    "договора поставки",
    "коммерческого предложения",
    "счёта на оплату",
    "производственного плана",
    "сырья и материалов",
    "готовой продукции",
    "рекламной кампании",
    "бюджета отдела",
    "заявки на подбор",
    "маршрута доставки",
    "претензии клиента",
    "отчёта о продажах",
    "технического задания",
    "акта сверки",
)
_NOUNS = (
    "заказ",
    "договор",
    "счёт",
    "акт",
    "план",
    "отчёт",
    "заявка",
    "спецификация",
    "накладная",
    "макет",
    "бюджет",
    "протокол",
    "график",
    "реестр",
    "претензия",
)
_ADJ = (
    "согласованный",
    "подписанный",
    "утверждённый",
    "проверенный",
    "оплаченный",
    "актуальный",
    "итоговый",
    "ежемесячный",
    "квартальный",
    "первичный",
)
_WORDS = (
    "процесс обеспечивает своевременное выполнение обязательств перед клиентом и снижает "
    "издержки компании за счёт согласованной работы подразделений владелец процесса отвечает "
    "за результат и показатели эффективности исполнители фиксируют данные в учётной системе "
    "документы хранятся в базе знаний и пересматриваются не реже одного раза в год "
    "отклонения от плана анализируются на совещании и оформляются протоколом с указанием "
    "ответственных и сроков устранения входы поступают от поставщиков и смежных процессов "
    "выходы передаются потребителям в установленном формате"
).split()
_UNITS = ("%", "дн.", "шт.", "руб.", "ч", "баллы")
_PERIODS = ("месяц", "квартал", "неделя", "год")


class _Ids:
    """Deterministic, unique ids in the same shape as ``new_id`` (prefix + 12 hex digits)."""

    def __init__(self, rng: random.Random):
        self._rng = rng
        self._used: set[str] = set()

    def __call__(self, prefix: str) -> str:
        while True:
            ident = f"{prefix}_{self._rng.getrandbits(48):012x}"
            if ident not in self._used:
                self._used.add(ident)
                return ident


def _text(rng: random.Random, length: int) -> str:
    """Russian prose of ``length`` characters at most (a few less: it ends on a whole word)."""
    words: list[str] = []
    size = 0
    while True:
        w = rng.choice(_WORDS)
        if size + len(w) + 1 > length - 1:
            break
        words.append(w)
        size += len(w) + 1
    text = " ".join(words) + "."
    return text[0].upper() + text[1:]


_PLACES = (
    "Москва Санкт-Петербург Казань Новосибирск Екатеринбург Самара Омск Ростов Уфа Пермь Воронеж "
    "Волгоград Краснодар Саратов Тюмень Тольятти Ижевск Барнаул Иркутск Хабаровск Ярославль Владивосток "
    "Томск Оренбург Кемерово Рязань Пенза Липецк Киров Чебоксары"
).split()


def _unique_names(rng: random.Random, n: int) -> list[str]:
    """``n`` distinct process names: an action, its object and, past the first 225, a branch."""
    plain = [f"{v} {o}" for v in _VERBS for o in _OBJECTS]
    rng.shuffle(plain)
    if n <= len(plain):
        return plain[:n]
    branched = [f"{name} ({place})" for name in plain for place in _PLACES]
    rng.shuffle(branched)
    names = plain + branched
    names += [f"{names[k % len(names)]} — {k // len(names) + 2}" for k in range(len(names), n)]
    return names[:n]


# where a process sends its two links, nearest first: right, down, then the diagonals and further
_OFFSETS = (
    *((1, 0), (0, 1), (1, 1), (-1, 1), (1, -1), (2, 0), (0, 2), (-1, 0), (0, -1), (-1, -1)),
    *((2, 1), (1, 2), (-2, 0), (0, -2), (2, -1), (-1, 2), (-2, 1), (1, -2), (-2, -1), (-1, -2)),
    *((2, 2), (-2, 2), (2, -2), (-2, -2)),
)


def _neighbour_links(n: int, cols: int) -> list[list[int]]:
    """For each process, the two processes its links go to: grid neighbours, never far away.

    Inside the grid a process sends to its right and lower neighbours (so it has exactly 4
    links); at the borders the nearest free neighbours are used. No pair is linked twice.
    """
    linked: set[frozenset[int]] = set()
    result = []
    for i in range(n):
        col, row = i % cols, i // cols
        chosen: list[int] = []
        for dx, dy in _OFFSETS:
            c, r = col + dx, row + dy
            j = r * cols + c
            if 0 <= c < cols and r >= 0 and j < n and j != i and frozenset((i, j)) not in linked:
                chosen.append(j)
                linked.add(frozenset((i, j)))
                if len(chosen) == 2:
                    break
        while len(chosen) < 2:  # tiny maps: anything else, or the process itself
            j = next((j for j in range(n) if j != i and j not in chosen), i)
            chosen.append(j)
        result.append(chosen)
    return result


def _person_name(rng: random.Random) -> str:
    first = rng.choice(_NAMES)
    surname = rng.choice(_SURNAMES)
    if first in _FEMALE:
        surname = surname[:-1] + "а" if surname.endswith("й") else surname + "а"
        patronymic = rng.choice(_PATRONYMICS_F)
    else:
        patronymic = rng.choice(_PATRONYMICS_M)
    return f"{surname} {first} {patronymic}"


# 24 months of actual values per criterion (December two years back to November of this year)
MONTHS = tuple(f"{2024 + (m + 11) // 12}-{(m + 11) % 12 + 1:02d}" for m in range(24))


def _actuals(rng: random.Random) -> tuple[Measurement, ...]:
    """24 months around an "≥ 80…99" target: most met, some missed, a few notes."""
    return tuple(
        Measurement(
            period=p, value=float(rng.randint(70, 100)), note="" if rng.random() > 0.05 else "уточнено"
        )
        for p in MONTHS
    )


def make_project(n: int, seed: int = 0) -> Project:
    """A complete project with ``n`` processes and ``2 n`` links on one map (see module doc)."""
    if n < 1:
        raise ValueError("n must be at least 1")
    rng = random.Random(f"procedit-perf-{n}-{seed}")
    ids = _Ids(rng)

    departments = tuple(
        Department(
            id=ids("dept"), name=_DEPARTMENTS[i % len(_DEPARTMENTS)] + ("" if i < 12 else f" {i // 12 + 1}")
        )
        for i in range(max(3, min(40, n // 25)))
    )
    people = tuple(
        Person(
            id=ids("person"),
            name=_person_name(rng),
            position=rng.choice(_POSITIONS),
            department_id=departments[i % len(departments)].id,
            email=f"user{i}@example.ru",
        )
        for i in range(max(3, round(n / 10)))
    )
    departments = tuple(d.with_(head_id=people[i % len(people)].id) for i, d in enumerate(departments))
    # the position register: one position per position text and department, held by its people
    # (ids made without the random stream, so the rest of the project stays as it was)
    positions: dict[tuple[str, str | None], Position] = {}
    for p in people:
        key = (p.position, p.department_id)
        if key not in positions:
            positions[key] = Position(id=f"pos_{len(positions) + 1:05d}", name=p.position, department_id=p.department_id,
                                      rights=_RIGHTS, responsibility=_RESPONSIBILITY, qualification=_QUALIFICATION)  # fmt: skip
    people = tuple(
        p.with_(position="", position_id=positions[(p.position, p.department_id)].id) for p in people
    )
    goals = tuple(
        Goal(
            id=ids("goal"),
            title=f"Цель {i + 1}: {rng.choice(_VERBS).lower()} {rng.choice(_OBJECTS)}",
            description=_text(rng, 120),
        )
        for i in range(5)
    )
    supplier = ExternalParty(
        id=ids("party"),
        name="Поставщики",
        kind=PartyKind.SUPPLIER,
        description=_text(rng, 80),
        x=-300.0,
        y=0.0,
    )
    customer = ExternalParty(
        id=ids("party"),
        name="Клиенты",
        kind=PartyKind.CUSTOMER,
        description=_text(rng, 80),
        x=-300.0,
        y=GRID_Y,
    )

    cols = max(1, math.ceil(math.sqrt(n * 1.5)))  # a landscape grid
    proc_ids = [ids("proc") for _ in range(n)]
    targets = _neighbour_links(n, cols)
    incoming: list[list[tuple[int, int]]] = [[] for _ in range(n)]  # (source, its output slot)
    for i in range(n):
        for k, j in enumerate(targets[i]):
            incoming[j].append((i, k))

    def flow(what: str, party: str) -> Flow:
        return Flow(id=ids("flow"), what=what, party_id=party)

    # inputs 0 and 1 come from the first two links arriving, outputs 0 and 1 leave by the two links
    inputs: list[list[Flow]] = []
    outputs: list[list[Flow]] = []
    for i in range(n):
        sources = [proc_ids[src] for src, _k in incoming[i][:2]]
        sources += [supplier.id] * (2 - len(sources))
        inputs.append(
            [
                flow(f"{rng.choice(_NOUNS)} {rng.choice(_ADJ)}", sources[0]),
                flow(f"{rng.choice(_NOUNS)} {rng.choice(_ADJ)}", sources[1]),
                flow(f"{rng.choice(_NOUNS)} поставщика", supplier.id),
            ]
        )
        outputs.append(
            [
                flow(f"{rng.choice(_NOUNS)} {rng.choice(_ADJ)}", proc_ids[targets[i][0]]),
                flow(f"{rng.choice(_NOUNS)} {rng.choice(_ADJ)}", proc_ids[targets[i][1]]),
                flow(f"{rng.choice(_NOUNS)} для клиента", customer.id),
            ]
        )

    names = _unique_names(rng, n)
    kinds = (ProcessKind.MANAGEMENT, ProcessKind.CORE, ProcessKind.CORE, ProcessKind.SUPPORT)
    processes = []
    for i in range(n):
        owner = people[i % len(people)]
        dept = departments[i % len(departments)]
        name = names[i]
        processes.append(
            Process(
                id=proc_ids[i],
                code=f"П-{i + 1:04d}",
                name=name,
                kind=kinds[i % len(kinds)],
                department_id=dept.id,
                description=_text(rng, 300),
                goal_ids=(goals[i % len(goals)].id,),
                goal=f"Обеспечить {rng.choice(_OBJECTS)} в срок и без ошибок",
                results=f"{rng.choice(_NOUNS).capitalize()} {rng.choice(_ADJ)}, переданный потребителю",
                inputs=tuple(inputs[i]),
                outputs=tuple(outputs[i]),
                stages=tuple(
                    Stage(
                        id=ids("stage"),
                        name=f"{k + 1}. {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}",
                        performer_id=people[(i + k + 1) % len(people)].id,
                        result=f"{rng.choice(_NOUNS).capitalize()} {rng.choice(_ADJ)}",
                        # the procedure (no random draws: the rest of the project stays as it was)
                        input=f"Результат этапа {k}" if k else inputs[i][0].what,
                        duration=f"{k + 1} рабочих дня",
                        documents=f"Журнал этапа {k + 1}",
                        it_system=("CRM", "1С", "Трекер задач")[k],
                    )
                    for k in range(3)
                ),
                resources=f"Сотрудники подразделения «{dept.name}», учётная система, бюджет процесса",
                risks=(
                    Risk(
                        id=ids("risk"),
                        risk="Срыв срока передачи результата",
                        likelihood=RiskLevel.MEDIUM,
                        impact=RiskLevel.HIGH,
                        response="Контроль сроков в учётной системе, замещение исполнителя",
                        owner_id=owner.id,
                    ),
                ),
                records=(
                    ProcessRecord(
                        id=ids("rec"),
                        name=f"Журнал процесса П-{i + 1:04d}",
                        place="Учётная система",
                        retention="3 года",
                        keeper_id=dept.id,
                    ),
                ),
                owner_id=owner.id,
                customer_ids=(proc_ids[targets[i][0]], customer.id),
                participant_ids=(people[(i + 1) % len(people)].id, people[(i + 2) % len(people)].id),
                criteria=tuple(
                    Criterion(
                        id=ids("crit"),
                        name=f"Доля {rng.choice(_OBJECTS)} в срок",
                        target=target_of(f"≥ {rng.randint(80, 99)}"),
                        unit=rng.choice(_UNITS),
                        period=rng.choice(_PERIODS),
                        method="Выгрузка из учётной системы, расчёт по формуле",
                        responsible_id=owner.id,
                        actuals=_actuals(rng),
                    )
                    for _ in range(3)
                ),
                documents=(
                    DocumentRef(
                        id=ids("doc"),
                        kind=DocumentKind.REGULATION,
                        title=f"Регламент процесса «{name}»",
                        location=f"docs/reg/{i + 1:04d}.pdf",
                    ),
                    DocumentRef(
                        id=ids("doc"),
                        kind=DocumentKind.JOB_INSTRUCTION,
                        title=f"Должностная инструкция: {owner.position.lower()}",
                        location=f"docs/ji/{i % len(people) + 1:04d}.pdf",
                    ),
                ),
                notes=_text(rng, 60),
                x=(i % cols) * GRID_X,
                y=(i // cols) * GRID_Y,
            )
        )

    links = []
    for j in range(n):
        for m, (i, k) in enumerate(incoming[j]):
            links.append(
                Link(
                    id=ids("link"),
                    source_id=proc_ids[i],
                    target_id=proc_ids[j],
                    label=outputs[i][k].what,
                    source_output_id=outputs[i][k].id,
                    target_input_id=inputs[j][m].id if m < 2 else None,
                    kind=(LinkKind.FLOW, LinkKind.INFORMATION)[k],
                )
            )
    links.sort(key=lambda lk: lk.source_id)  # any stable order; the file keeps it

    pmap = ProcessMap(
        id=ids("map"),
        name=f"Карта процессов ({n})",
        description=_text(rng, 200),
        processes=tuple(processes),
        parties=(supplier, customer),
        links=tuple(links),
    )
    director = people[0]
    return Project(
        name=f"Синтетический проект на {n} процессов",
        organization="ООО «Ромашка»",
        language="ru",
        passport=Passport(
            code="РП-001",
            title="Регламент бизнес-процессов",
            version="1.0",
            effective_date=dt.date(2026, 11, 1),
            author_id=people[1 % len(people)].id,
        ),
        purpose=_text(rng, 200),
        scope=_text(rng, 150),
        terms=tuple(
            Term(id=ids("term"), term=w.capitalize(), definition=_text(rng, 100)) for w in _NOUNS[:6]
        ),
        strategy=Strategy(
            mission=_text(rng, 150), vision=_text(rng, 150), positioning=_text(rng, 100), goals=goals
        ),
        people=people,
        positions=tuple(positions.values()),
        departments=departments,
        approvers=(
            Approver(id=ids("appr"), person_id=director.id, role=ApprovalRole.APPROVES),
            Approver(id=ids("appr"), person_id=people[2 % len(people)].id, role=ApprovalRole.AGREES),
        ),
        change_log=(
            ChangeLogEntry(
                id=ids("chg"),
                number=1,
                date=dt.date(2026, 10, 1),
                description="Первая редакция",
                author=director.name,
            ),
        ),
        maps=(pmap,),
    )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: generate.py N OUT.procmap", file=sys.stderr)
        return 2
    from procedit import storage

    storage.save(make_project(int(args[0])), args[1])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
