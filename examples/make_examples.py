"""Build the example projects from the model and save them beside this script.

    python examples/make_examples.py

Ids, dates and coordinates are fixed, so re-running reproduces the committed files byte
for byte. ``marketing_ru.procmap`` has an AS IS map with deliberate gaps (see README.md
here) and a TO BE map that fixes them; ``small_en.procmap`` is a small English project.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

from procedit.control import parse_target
from procedit.model import (
    ActionStatus,
    ApprovalRole,
    Approver,
    ChangeLogEntry,
    CheckLevel,
    CorrectiveAction,
    Criterion,
    Department,
    DocStatus,
    DocumentKind,
    DocumentRef,
    ExternalParty,
    Flow,
    Goal,
    Lane,
    Link,
    LinkKind,
    MapDocument,
    MapKind,
    Measurement,
    NormativeRef,
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
    Routing,
    Stage,
    Strategy,
    Term,
    check_integrity,
)
from procedit.storage import save

HERE = Path(__file__).resolve().parent
GRID_X = 240  # columns left to right (boxes are 200 wide; labels wrap and find room)
GRID_Y = 160  # rows
MARGIN = 40


def at(col: float, row: float) -> dict[str, float]:
    return {"x": MARGIN + col * GRID_X, "y": MARGIN + row * GRID_Y}


# ====================================================================== Russian: marketing

PEOPLE = [
    # id, name, position, department
    ("person_zaitsev", "Зайцев Кирилл Андреевич", "Генеральный директор", None),
    ("person_sokolova", "Соколова Анна Викторовна", "Директор по маркетингу", "dept_marketing"),
    ("person_kuznetsova", "Кузнецова Мария Андреевна", "Маркетолог", "dept_marketing"),
    ("person_orlov", "Орлов Дмитрий Павлович", "Интернет-маркетолог", "dept_marketing"),
    ("person_volkova", "Волкова Елена Николаевна", "Маркетолог-аналитик", "dept_analytics"),
    ("person_lebedev", "Лебедев Артём Олегович", "Арт-директор", "dept_design"),
    ("person_petrov", "Петров Игорь Сергеевич", "Руководитель отдела продаж", "dept_sales"),
    ("person_smirnova", "Смирнова Ольга Игоревна", "Менеджер по продажам", "dept_sales"),
]

# the position register: id, reports to, substitute, rights, responsibility, qualification
# (name and department are the holder's: each of the eight people holds a position of their own)
POSITIONS = {
    "pos_zaitsev": (
        None,
        None,
        "Утверждать регламенты процессов, стратегические цели и бюджет маркетинга.",
        "За достижение стратегических целей компании.",
        "Высшее образование, опыт руководства компанией не менее 5 лет.",
    ),
    "pos_sokolova": (
        "pos_zaitsev",
        "pos_kuznetsova",
        "Распределять задачи и бюджет маркетинга; запрашивать данные у отделов продаж и аналитики; "
        "вносить предложения об изменении процессов маркетинга.",
        "За выполнение плана по лидам и позиционирование бренда; за достоверность отчётов о маркетинге.",
        "Высшее образование (маркетинг, экономика), опыт руководства маркетингом не менее 3 лет.",
    ),
    "pos_kuznetsova": (
        "pos_sokolova",
        "pos_orlov",
        "Запрашивать у дизайнеров и аналитиков материалы и данные для своих задач.",
        "За сроки и качество технических заданий и результатов своих этапов.",
        "Высшее образование, опыт работы в маркетинге не менее 1 года.",
    ),
    "pos_orlov": (
        "pos_sokolova",
        "pos_kuznetsova",
        "Распоряжаться рекламным бюджетом в пределах утверждённого медиаплана.",
        "За стоимость и качество лидов из интернет-каналов.",
        "Опыт настройки рекламных кампаний не менее 1 года.",
    ),
    "pos_volkova": (
        "pos_zaitsev",
        None,
        "Получать доступ к данным CRM и рекламных систем.",
        "За полноту и достоверность отчётов и анализа рынка.",
        "Высшее образование (экономика, математика), уверенное владение SQL и таблицами.",
    ),
    "pos_lebedev": (
        "pos_zaitsev",
        None,
        "Возвращать на доработку технические задания, не соответствующие шаблону.",
        "За сроки и соответствие макетов техническому заданию и фирменному стилю.",
        "Профильное образование, портфолио, опыт руководства дизайнерами не менее 2 лет.",
    ),
    "pos_petrov": (
        "pos_zaitsev",
        "pos_smirnova",
        "Возвращать в маркетинг лиды, не соответствующие критериям квалификации.",
        "За обработку лидов и конверсию в сделки.",
        "Высшее образование, опыт руководства продажами не менее 3 лет.",
    ),
    "pos_smirnova": (
        "pos_petrov",
        None,
        "Запрашивать у маркетинга сведения о происхождении лида.",
        "За своевременную обработку полученных лидов и отметки в CRM.",
        "Опыт продаж B2B не менее 1 года.",
    ),
}


def positions_of(people: list[tuple[str, str, str, str | None]], details: dict) -> tuple[tuple, tuple]:
    """(people, positions): each person holds a position of their own, named as their position."""
    persons, positions = [], []
    for i, n, pos, d in people:
        pid = "pos_" + i.removeprefix("person_")
        up, sub, rights, resp, qual = details.get(pid, (None, None, "", "", ""))
        positions.append(
            Position(
                id=pid,
                name=pos,
                department_id=d,
                reports_to_id=up,
                substitute_id=sub,
                rights=rights,
                responsibility=resp,
                qualification=qual,
            )
        )
        persons.append(Person(id=i, name=n, position_id=pid, department_id=d))
    return tuple(persons), tuple(positions)


DEPARTMENTS = [
    ("dept_marketing", "Отдел маркетинга", "person_sokolova"),
    ("dept_sales", "Отдел продаж", "person_petrov"),
    ("dept_design", "Отдел дизайна", "person_lebedev"),
    ("dept_analytics", "Отдел аналитики", "person_volkova"),
]

GOALS = [
    ("goal_leads", "Обеспечить отдел продаж потоком качественных лидов", "Не менее 100 лидов в месяц."),
    ("goal_brand", "Сформировать узнаваемое позиционирование бренда", "Клиенты отличают нас от конкурентов."),
    (
        "goal_conversion",
        "Повысить конверсию лидов в сделки до 20 %",
        "Лиды доходят до решения задачи клиента.",
    ),
    ("goal_cost", "Снизить стоимость привлечения клиента на 15 %", "Бюджет тратится на работающие каналы."),
]

DESIGN_BRIEF = """ТЕХНИЧЕСКОЕ ЗАДАНИЕ ДИЗАЙНЕРУ

1. Название задачи и номер в трекере:
2. Цель материала (какую задачу клиента решает):
3. Целевая аудитория (сегмент, боли, возражения):
4. Ключевое сообщение (из позиционирования):
5. Формат и размеры (баннер, лендинг, презентация; пиксели или мм):
6. Обязательные элементы (логотип, контакты, юридический текст):
7. Примеры и референсы (что нравится и почему):
8. Срок сдачи черновика и финальной версии:
9. Кто принимает работу:"""

TASK_TEMPLATE = """ПОСТАНОВКА ЗАДАЧИ

Что нужно сделать (результат, а не действия):
Зачем (какая цель стратегии):
Критерий готовности (как поймём, что сделано):
Срок:
Исполнитель и ответственный за приёмку:
Ресурсы и бюджет:"""

SALES_SCRIPT = """СКРИПТ ПРОДАЖ

1. Приветствие и представление (имя, компания, цель звонка).
2. Выявление задачи клиента: «Какую задачу вы хотите решить?»
3. Уточнение: сроки, бюджет, кто принимает решение.
4. Предложение: решение задачи клиента на языке позиционирования.
5. Работа с возражениями (см. таблицу возражений).
6. Договорённость о следующем шаге и фиксация в CRM.
7. Закрытие: клиент подтверждает, что задача решена."""


def crit(
    key: str,
    name: str,
    target: str,
    unit: str,
    period: str,
    method: str,
    responsible: str,
    actuals=(),
    *,
    warning: float | None = None,
    formula: str = "",
    source: str = "",
) -> dict:
    """A criterion of both maps; ``actuals`` ((period, value[, note]), ...) only the TO BE map has:
    it is the map the company works by."""
    return dict(
        key=key,
        name=name,
        target=target,
        warning=warning,
        unit=unit,
        period=period,
        method=method,
        formula=formula,
        source=source,
        resp=responsible,
        actuals=actuals,
    )


def actuals(*rows: tuple) -> tuple[Measurement, ...]:
    return tuple(Measurement(period=r[0], value=r[1], note=r[2] if len(r) > 2 else "") for r in rows)


def criterion(cid: str, c: dict, with_actuals: bool) -> Criterion:
    target, unit = parse_target(c["target"], c["unit"])
    return Criterion(
        id=cid,
        name=c["name"],
        target=target.with_(warning=c["warning"]),
        unit=unit,
        period=c["period"],
        method=c["method"],
        formula=c["formula"],
        data_source=c["source"],
        responsible_id=c["resp"],
        actuals=actuals(*c["actuals"]) if with_actuals else (),
    )


def doc(key: str, kind: DocumentKind, title: str, location: str = "", text: str = "") -> dict:
    return dict(key=key, kind=kind, title=title, location=location, text=text)


# The processes of both maps. AS IS drops what the gaps say (see build_marketing_map).
PROCESSES: list[dict[str, Any]] = [
    dict(
        key="competitors",
        code="М-01",
        name="Анализ конкурентов",
        kind=ProcessKind.MANAGEMENT,
        dept="dept_analytics",
        owner="person_volkova",
        pos=at(0, 2),
        goals=["goal_brand"],
        goal="Знать сильные и слабые стороны конкурентов и их предложения",
        results="Обзор конкурентов: предложения, цены, каналы, отличия",
        description="Раз в квартал аналитик собирает предложения конкурентов, сравнивает цены и каналы "
        "продвижения и готовит обзор для разработки позиционирования.",
        inputs_as_is=["Открытые данные о конкурентах"],  # TO BE: from the party «Рынок»
        stages=[
            ("Сбор предложений и цен конкурентов", "person_volkova", "Таблица конкурентов"),
            ("Сравнение с нашим предложением", "person_volkova", "Карта отличий"),
        ],
        criteria=[
            crit(
                "review",
                "Обзор конкурентов подготовлен в срок",
                "1",
                "обзор",
                "квартал",
                "проверка даты обзора в базе знаний",
                "person_sokolova",
            )
        ],
        documents=[
            doc("reg", DocumentKind.REGULATION, "Регламент анализа конкурентов", "docs/РП-МКТ-01-01.docx")
        ],
    ),
    dict(
        key="strategy",
        code="М-02",
        name="Разработка стратегии позиционирования",
        kind=ProcessKind.MANAGEMENT,
        dept="dept_marketing",
        owner="person_sokolova",
        pos=at(1, 2),
        goals=["goal_brand", "goal_leads"],
        goal="Определить, для кого мы работаем, какую задачу клиента решаем и чем отличаемся",
        results="Утверждённая стратегия позиционирования и план маркетинга на квартал",
        description="Директор по маркетингу на основе отчётов и обзора конкурентов формулирует позиционирование, "
        "цели и план маркетинга и согласует их с генеральным директором.",
        stages=[
            ("Анализ отчётов и обзора конкурентов", "person_sokolova", "Выводы"),
            ("Формулировка позиционирования", "person_sokolova", "Заявление о позиционировании"),
            ("Согласование с генеральным директором", "person_zaitsev", "Утверждённая стратегия"),
        ],
        criteria=[
            crit(
                "plan",
                "План маркетинга утверждён до начала квартала",
                "да",
                "",
                "квартал",
                "дата утверждения в протоколе",
                "person_zaitsev",
            )
        ],
        documents=[
            doc("reg", DocumentKind.REGULATION, "Регламент разработки стратегии", "docs/РП-МКТ-01-02.docx"),
            doc("ji", DocumentKind.JOB_INSTRUCTION, "Должностная инструкция директора по маркетингу"),
        ],
    ),
    dict(
        key="tasks",
        code="М-03",
        name="Постановка задач команде маркетинга",
        kind=ProcessKind.MANAGEMENT,
        dept="dept_marketing",
        owner="person_sokolova",
        pos=at(2, 1),
        goals=["goal_leads"],
        goal="Превратить план маркетинга в понятные задачи с критериями готовности",
        results="Задачи в трекере: результат, срок, исполнитель, критерий готовности",
        description="Каждую неделю директор по маркетингу ставит задачи по шаблону постановки задачи.",
        criteria=[
            crit(
                "template",
                "Доля задач, поставленных по шаблону",
                "≥ 95",
                "%",
                "месяц",
                "выборка задач в трекере",
                "person_kuznetsova",
            )
        ],
        documents=[
            doc("reg", DocumentKind.REGULATION, "Регламент постановки задач", "docs/РП-МКТ-01-03.docx"),
            doc("tpl", DocumentKind.TEMPLATE, "Шаблон постановки задачи", text=TASK_TEMPLATE),
        ],
    ),
    dict(
        key="script",
        code="М-04",
        name="Разработка скрипта продаж",
        kind=ProcessKind.SUPPORT,
        dept="dept_marketing",
        owner="person_kuznetsova",
        pos=at(2, 3),
        goals=["goal_conversion"],
        goal="Дать менеджерам по продажам разговор, который ведёт к решению задачи клиента",
        results="Скрипт продаж и таблица возражений",
        description="Маркетолог готовит скрипт продаж на языке позиционирования и обновляет его по итогам звонков.",
        criteria=[
            crit(
                "conv",
                "Конверсия звонков по скрипту во встречу",
                "≥ 30",
                "%",
                "месяц",
                "отчёт CRM по звонкам",
                "person_volkova",
            )
        ],
        documents=[
            doc(
                "reg",
                DocumentKind.REGULATION,
                "Регламент разработки скрипта продаж",
                "docs/РП-МКТ-01-04.docx",
            ),
            doc("tpl", DocumentKind.TEMPLATE, "Скрипт продаж", text=SALES_SCRIPT),
        ],
    ),
    dict(
        key="brief",
        code="М-05",
        name="Подготовка ТЗ дизайнеру",
        kind=ProcessKind.SUPPORT,
        dept="dept_marketing",
        owner="person_kuznetsova",
        pos=at(3, 1),
        goals=["goal_leads", "goal_cost"],
        goal="Дизайнер с первого раза понимает, какой материал нужен и зачем",
        results="ТЗ дизайнеру по шаблону, принятое арт-директором",
        description="Маркетолог заполняет шаблон ТЗ дизайнеру и передаёт его арт-директору.",
        stages=[
            ("Заполнение шаблона ТЗ", "person_kuznetsova", "Черновик ТЗ"),
            ("Проверка ТЗ арт-директором", "person_lebedev", "Принятое ТЗ"),
        ],
        criteria=[  # missing in AS IS (deliberate gap)
            crit(
                "accepted",
                "Доля ТЗ, принятых дизайнером без доработки",
                "≥ 90",
                "%",
                "месяц",
                "журнал задач в трекере",
                "person_lebedev",
            )
        ],
        documents=[
            doc(
                "reg", DocumentKind.REGULATION, "Регламент подготовки ТЗ дизайнеру", "docs/РП-МКТ-01-05.docx"
            ),
            doc("tpl", DocumentKind.TEMPLATE, "Шаблон ТЗ дизайнеру", text=DESIGN_BRIEF),
        ],
    ),
    dict(
        key="design",
        code="М-06",
        name="Разработка рекламных материалов",
        kind=ProcessKind.SUPPORT,
        dept="dept_design",
        owner="person_lebedev",  # missing in AS IS (deliberate gap)
        pos=at(4, 1),
        goals=["goal_leads"],
        goal="Рекламные материалы, которые говорят языком позиционирования",
        results="Макеты баннеров, лендингов и презентаций, принятые маркетологом",
        description="Отдел дизайна делает материалы по ТЗ и сдаёт их маркетологу.",
        criteria=[
            crit(
                "time",
                "Доля материалов, сданных в срок",
                "≥ 90",
                "%",
                "месяц",
                "сроки задач в трекере",
                "person_lebedev",
            )
        ],
        documents=[
            doc(
                "reg",
                DocumentKind.REGULATION,
                "Регламент разработки рекламных материалов",
                "docs/РП-МКТ-01-06.docx",
            ),
            doc("ji", DocumentKind.JOB_INSTRUCTION, "Должностная инструкция дизайнера"),
        ],
    ),
    dict(
        key="leads",
        code="М-07",
        name="Генерация лидов",
        kind=ProcessKind.CORE,
        dept="dept_marketing",
        owner="person_orlov",
        pos=at(5, 0.5),
        goals=["goal_leads", "goal_cost"],
        goal="Обеспечить отдел продаж заказанным количеством качественных лидов",
        results="Лиды в CRM с источником и контактами",
        description="По заказу на лиды от отдела продаж интернет-маркетолог запускает рекламные кампании "
        "и передаёт лиды в CRM.",
        stages=[  # the TO BE map decomposes М-07 into this procedure (see LEADS_PROCEDURE)
            ("Приём заказа на лиды от отдела продаж", "person_sokolova", "Принятый заказ на лиды"),
            ("Адаптация рекламных материалов под каналы", "person_lebedev", "Креативы для каналов"),
            ("Запуск и ведение рекламных кампаний", "person_orlov", "Лиды из кампаний"),
            ("Проверка качества лидов", "person_volkova", "Проверенные лиды"),
            ("Передача лидов в CRM", "person_orlov", "Лиды в CRM"),
        ],
        criteria=[
            crit(
                "count",
                "Количество лидов в месяц",
                "100",
                "лидов",
                "месяц",
                "выгрузка из CRM",
                "person_volkova",
                actuals=(
                    ("2026-06", 112),
                    ("2026-07", 104),
                    ("2026-08", 101),
                    ("2026-09", 103),
                    ("2026-10", 81, "рекламный кабинет заблокирован на 9 дней"),
                    ("2026-11", 96, "после запуска нового лендинга"),
                ),
                formula="число новых лидов с источником за месяц",
                source="CRM, отчёт «Лиды по источникам»",
            ),
            crit(
                "cpl",
                "Стоимость лида",
                "не более 1500",
                "руб.",
                "месяц",
                "расходы на рекламу / число лидов (CRM, рекламные кабинеты)",
                "person_volkova",
                actuals=(
                    ("2026-06", 1420),
                    ("2026-07", 1480),
                    ("2026-08", 1610),
                    ("2026-09", 1550),
                    ("2026-10", 1390),
                    ("2026-11", 1350),
                ),
                warning=1700,
                formula="расходы на рекламу за месяц / число лидов за месяц",
                source="рекламные кабинеты и CRM",
            ),
        ],
        documents=[
            doc("reg", DocumentKind.REGULATION, "Регламент генерации лидов", "docs/РП-МКТ-01-07.docx"),
            doc("ji", DocumentKind.JOB_INSTRUCTION, "Должностная инструкция интернет-маркетолога"),
        ],
    ),
    dict(
        key="processing",
        code="М-08",
        name="Обработка лидов",
        kind=ProcessKind.CORE,
        dept="dept_sales",
        owner="person_petrov",
        pos=at(6, 2),
        goals=["goal_conversion"],
        goal="Довести лид до решения задачи клиента",
        results="Задача клиента решена: клиент подтверждает, что задача решена",
        description="Менеджер по продажам связывается с лидом по скрипту продаж, выясняет задачу клиента "
        "и доводит её до решения; результат считается достигнутым, когда клиент подтверждает, "
        "что задача решена.",
        stages=[
            ("Звонок лиду по скрипту в течение 2 часов", "person_smirnova", "Выявленная задача"),
            ("Предложение и сделка", "person_smirnova", "Договор"),
            ("Подтверждение клиентом", "person_smirnova", "Клиент подтверждает, что задача решена"),
        ],
        criteria=[
            crit(
                "conv",
                "Конверсия лидов в сделки",
                "≥ 20",
                "%",
                "месяц",
                "воронка продаж в CRM",
                "person_volkova",
                actuals=(
                    ("2026-06", 18.5),
                    ("2026-07", 19.2),
                    ("2026-08", 21.0),
                    ("2026-09", 22.4),
                    ("2026-10", 21.7),
                    ("2026-11", 23.1),
                ),
                formula="сделки за месяц / лиды за месяц × 100 %",
                source="CRM, отчёт «Воронка продаж»",
            ),
            crit(
                "speed",
                "Доля лидов, обработанных за 2 часа",
                "≥ 90",
                "%",
                "месяц",
                "время первого касания в CRM",
                "person_petrov",
                actuals=(("2026-09", 78), ("2026-10", 84), ("2026-11", 88)),
                warning=80,
                formula="лиды с первым касанием за 2 часа / все лиды × 100 %",
                source="CRM, поле «Первое касание»",
            ),
        ],
        documents=[
            doc("reg", DocumentKind.REGULATION, "Регламент обработки лидов", "docs/РП-ПРД-02-01.docx"),
            doc("ji", DocumentKind.JOB_INSTRUCTION, "Должностная инструкция менеджера по продажам"),
        ],
    ),
    dict(
        key="report",
        code="М-09",
        name="Ежемесячный отчёт по маркетингу",
        kind=ProcessKind.MANAGEMENT,
        dept="dept_analytics",
        owner="person_volkova",
        pos=at(6, 3.5),
        goals=["goal_cost", "goal_conversion"],
        goal="Показать, какие каналы приносят клиентов и во что они обходятся",
        results="Отчёт по воронке и каналам с выводами для стратегии",
        description="В первые 5 рабочих дней месяца аналитик готовит отчёт по воронке, каналам и стоимости лида.",
        criteria=[
            crit(
                "due",
                "Отчёт готов до 5-го рабочего дня месяца",
                "да",
                "",
                "месяц",
                "дата публикации отчёта",
                "person_sokolova",
                actuals=(
                    ("2026-08", 1),
                    ("2026-09", 1),
                    ("2026-10", 1),
                    ("2026-11", 0, "отчёт вышел 9-го числа"),
                ),
                source="база знаний, дата публикации",
            )
        ],
        documents=[
            doc(
                "reg", DocumentKind.REGULATION, "Регламент отчётности по маркетингу", "docs/РП-МКТ-01-09.docx"
            )
        ],
    ),
]

PARTIES: list[dict[str, Any]] = [
    dict(
        key="sales",
        name="Отдел продаж",
        kind=PartyKind.SUPPLIER,
        description="Заказывает лиды и получает их в CRM",
        pos=at(0, 0.5),
    ),
    dict(
        key="ceo",
        name="Генеральный директор",
        kind=PartyKind.SUPPLIER,
        description="Ставит цели компании и утверждает бюджет маркетинга",
        pos=at(1, 3.6),
    ),
    dict(
        key="market",
        name="Рынок (открытые источники)",
        kind=PartyKind.SUPPLIER,
        description="Сайты, прайс-листы и реклама конкурентов",
        pos=at(0, 3.6),
        only="tobe",
    ),
    dict(
        key="client",
        name="Клиент",
        kind=PartyKind.CUSTOMER,
        description="Компания, которая хочет решить свою задачу с нашей помощью",
        pos=at(7, 2),
    ),
]

# source, target, what passes; "tobe" marks links that only the TO BE map has
LINKS: list[tuple[str, str, str, str]] = [
    ("market", "competitors", "открытые данные о конкурентах", "tobe"),
    ("ceo", "strategy", "цели и бюджет маркетинга", ""),
    ("competitors", "strategy", "обзор конкурентов", "tobe"),
    ("strategy", "tasks", "стратегия позиционирования и план", ""),
    ("strategy", "script", "позиционирование и ключевые сообщения", ""),
    ("tasks", "brief", "задача на рекламную кампанию", ""),
    ("brief", "design", "ТЗ дизайнеру", ""),
    ("design", "leads", "рекламные материалы", ""),
    ("sales", "leads", "заказ на лиды от отдела продаж", ""),
    ("leads", "processing", "лиды в CRM", ""),
    ("script", "processing", "скрипт продаж", ""),
    ("processing", "client", "решённая задача (клиент подтверждает, что задача решена)", ""),
    ("processing", "report", "данные о сделках из CRM", ""),
    ("report", "strategy", "отчёт по маркетингу", "tobe"),
]


def stages_of(d: dict[str, Any], as_is: bool) -> list[tuple[str, str, str]]:
    """A process's stages: AS IS knows only some; TO BE describes every process's procedure."""
    return d.get("stages", []) or ([] if as_is else TO_BE_STAGES.get(d["key"], []))


def build_marketing_map(kind: MapKind) -> ProcessMap:
    """The AS IS or TO BE map; AS IS has the deliberate gaps listed in examples/README.md."""
    as_is = kind == MapKind.AS_IS
    p = "asis" if as_is else "tobe"

    def pid(key: str) -> str:
        return f"{p}_{key}"

    links = [(s, t, what) for s, t, what, only in LINKS if not (as_is and only == "tobe")]
    party_keys = {q["key"] for q in PARTIES}
    outputs: dict[str, list[Flow]] = {d["key"]: [] for d in PROCESSES}
    inputs: dict[str, list[Flow]] = {d["key"]: [] for d in PROCESSES}
    link_values = []
    for n, (s, t, what) in enumerate(links, start=1):
        out_id = in_id = None
        if s not in party_keys:
            out_id = f"{pid(s)}_out_{len(outputs[s]) + 1}"
            outputs[s].append(Flow(id=out_id, what=what, party_id=pid(t)))
        if t not in party_keys:
            in_id = f"{pid(t)}_in_{len(inputs[t]) + 1}"
            inputs[t].append(Flow(id=in_id, what=what, party_id=pid(s)))
        routing = Routing.ORTHOGONAL if (s, t) == ("report", "strategy") else Routing.STRAIGHT
        link_kind = LinkKind.INFORMATION if t in ("report", "strategy") else LinkKind.FLOW
        link_values.append(
            Link(
                id=f"{p}_link_{n:02d}",
                source_id=pid(s),
                target_id=pid(t),
                label=what,
                source_output_id=out_id,
                target_input_id=in_id,
                kind=link_kind,
                routing=routing,
            )
        )
    processes = []
    for d in PROCESSES:
        key = d["key"]
        ins = list(inputs[key])
        outs = list(outputs[key])
        for k, what in enumerate(d.get("inputs_as_is", []) if as_is else [], start=1):
            ins.append(Flow(id=f"{pid(key)}_in_x{k}", what=what))
        customers = [f.party_id for f in outs if f.party_id]
        if key == "report" and as_is:
            # gap: a report nobody reads: no consumer, no customer, no outgoing link
            outs.append(Flow(id=f"{pid(key)}_out_1", what="отчёт по маркетингу"))
            customers = []
        if key == "competitors" and as_is:
            # gap: an isolated process; its review goes nowhere on the map
            outs.append(Flow(id=f"{pid(key)}_out_1", what="обзор конкурентов"))
            customers = ["person_sokolova"]
        criteria = tuple(criterion(f"{pid(key)}_crit_{c['key']}", c, not as_is) for c in d["criteria"])
        if key == "brief" and as_is:
            criteria = ()  # gap: no criteria
        owner = None if (key == "design" and as_is) else d["owner"]  # gap: no owner
        processes.append(
            Process(
                id=pid(key),
                code=d["code"],
                name=d["name"],
                kind=d["kind"],
                department_id=d["dept"],
                description=d["description"],
                goal_ids=tuple(d["goals"]),
                goal=d["goal"],
                results=d["results"],
                inputs=tuple(ins),
                outputs=tuple(outs),
                stages=tuple(
                    Stage(id=f"{pid(key)}_stage_{k}", name=name, performer_id=who, result=res)
                    for k, (name, who, res) in enumerate(stages_of(d, as_is), start=1)
                ),
                owner_id=owner,
                customer_ids=tuple(customers),
                participant_ids=tuple(who for _n, who, _r in stages_of(d, as_is) if who != owner),
                criteria=criteria,
                actions=corrective_actions(pid(key), key, as_is),
                documents=tuple(
                    DocumentRef(
                        id=f"{pid(key)}_doc_{x['key']}",
                        kind=x["kind"],
                        title=x["title"],
                        location=x["location"],
                        text=x["text"],
                    )
                    for x in d["documents"]
                ),
                width=200.0,  # the longest owner's name and words fit (as the editor grows a box)
                height=80.0,
                **d["pos"],
            )
        )
    # de-duplicate participants while keeping their order
    processes = [pr.with_(participant_ids=tuple(dict.fromkeys(pr.participant_ids))) for pr in processes]
    parties = tuple(
        ExternalParty(
            id=pid(q["key"]),
            name=q["name"],
            kind=q["kind"],
            description=q["description"],
            # parties are 180×70: centre them on the 200×80 process grid
            x=q["pos"]["x"] + 10,
            y=q["pos"]["y"] + 5,
            width=180.0,
        )
        for q in PARTIES
        if not (as_is and q.get("only") == "tobe")
    )
    if as_is:
        return ProcessMap(
            id="map_as_is",
            name="Маркетинг — AS IS",
            kind=MapKind.AS_IS,
            check_level=CheckLevel.REGULATION,  # a finished survey: checked against every rule
            description="Как процессы маркетинга работают сейчас (по интервью с сотрудниками, ноябрь 2026).",
            processes=tuple(processes),
            parties=parties,
            links=tuple(link_values),
        )
    return ProcessMap(
        id="map_to_be",
        name="Маркетинг — TO BE",
        kind=MapKind.TO_BE,
        check_level=CheckLevel.REGULATION,
        description="Как процессы маркетинга должны работать: у каждого процесса есть владелец, "
        "клиент, критерии и регламент, а каждый результат доходит до клиента.",
        source_map_id="map_as_is",
        processes=tuple(processes),
        parties=parties,
        links=tuple(link_values),
    )


def corrective_actions(process_id: str, key: str, as_is: bool) -> tuple[CorrectiveAction, ...]:
    """AS IS: the survey's plan (what the TO BE map will fix); TO BE: what a missed criterion started."""
    if as_is and key == "brief":
        return (
            CorrectiveAction(
                id=f"{process_id}_act_1",
                what="Ввести критерии результативности постановки задач дизайнеру",
                why="У процесса нет критериев: им нельзя управлять",
                finding="no_criteria",
                responsible_id="person_sokolova",
                due=dt.date(2026, 12, 15),
                status=ActionStatus.IN_PROGRESS,
            ),
        )
    if as_is and key == "design":
        return (
            CorrectiveAction(
                id=f"{process_id}_act_1",
                what="Назначить владельца процесса разработки рекламных материалов",
                why="У процесса нет владельца",
                finding="no_owner",
                responsible_id="person_zaitsev",
                due=dt.date(2026, 11, 30),
                status=ActionStatus.DONE,
                result="Владелец — арт-директор Лебедев А. О.",
            ),
        )
    if not as_is and key == "leads":
        return (
            CorrectiveAction(
                id=f"{process_id}_act_1",
                what="Запустить резервный рекламный кабинет и новый лендинг для холодного трафика",
                why="Лидов меньше цели два месяца подряд (81 и 96 при цели 100)",
                criterion_id=f"{process_id}_crit_count",
                responsible_id="person_orlov",
                due=dt.date(2026, 12, 20),
                status=ActionStatus.IN_PROGRESS,
            ),
        )
    if not as_is and key == "report":
        return (
            CorrectiveAction(
                id=f"{process_id}_act_1",
                what="Собирать данные для отчёта автоматически из CRM",
                why="Отчёт за ноябрь вышел 9-го числа",
                criterion_id=f"{process_id}_crit_due",
                responsible_id="person_volkova",
                due=dt.date(2027, 1, 31),
            ),
        )
    return ()


# М-07 «Генерация лидов» of the TO BE map down to its procedure: a cross-functional map with a lane
# per department and the stages as boxes; its boundary (the suppliers and the consumer of М-07)
# as external parties. Balanced with М-07: it carries both inputs and produces the output.
LEADS_LANES = [("marketing", "dept_marketing"), ("design", "dept_design"), ("analytics", "dept_analytics")]
LEADS_PROCEDURE = [
    # key, name, performer, lane, inputs (what, from), output (what, to), goal, description
    (
        "order",
        "Приём заказа на лиды от отдела продаж",
        "person_sokolova",
        "marketing",
        [("заказ на лиды от отдела продаж", "sup_sales")],
        ("принятый заказ на лиды", "creative"),
        "Понять, сколько и каких лидов нужно отделу продаж и к какому сроку",
        "Директор по маркетингу сверяет заказ с бюджетом и каналами и подтверждает его отделу продаж.",
    ),
    (
        "creative",
        "Адаптация рекламных материалов под каналы",
        "person_lebedev",
        "design",
        [("рекламные материалы", "sup_design"), ("принятый заказ на лиды", "order")],
        ("креативы для каналов", "campaigns"),
        "Подготовить креативы под форматы каждого рекламного канала",
        "Арт-директор адаптирует утверждённые материалы под размеры и требования площадок.",
    ),
    (
        "campaigns",
        "Запуск и ведение рекламных кампаний",
        "person_orlov",
        "marketing",
        [("креативы для каналов", "creative")],
        ("лиды из кампаний", "check"),
        "Получить заказанное число лидов в бюджете",
        "Интернет-маркетолог запускает кампании, ежедневно следит за стоимостью лида и перераспределяет бюджет.",
    ),
    (
        "check",
        "Проверка качества лидов",
        "person_volkova",
        "analytics",
        [("лиды из кампаний", "campaigns")],
        ("проверенные лиды", "crm"),
        "Отсеять дубли и нецелевые заявки до отдела продаж",
        "Маркетолог-аналитик проверяет контакты и соответствие заявки целевому сегменту.",
    ),
    (
        "crm",
        "Передача лидов в CRM",
        "person_orlov",
        "marketing",
        [("проверенные лиды", "check")],
        ("лиды в CRM", "cons_processing"),
        "Передать отделу продаж лиды с источником и контактами",
        "Интернет-маркетолог заносит проверенные лиды в CRM с указанием источника и кампании.",
    ),
]
LEADS_PARTIES = [
    # key, name, kind, column, lane, what it passes
    (
        "sup_sales",
        "Отдел продаж",
        PartyKind.SUPPLIER,
        0,
        "marketing",
        "Передаёт: заказ на лиды от отдела продаж",
    ),
    (
        "sup_design",
        "М-06 Разработка рекламных материалов",
        PartyKind.SUPPLIER,
        0,
        "design",
        "Передаёт: рекламные материалы",
    ),
    ("cons_processing", "М-08 Обработка лидов", PartyKind.CUSTOMER, 6, "marketing", "Получает: лиды в CRM"),
]
LANE_TOP, LANE_HEIGHT = 40.0, 160.0


def build_leads_procedure() -> ProcessMap:
    """The procedure of М-07 (TO BE) with lanes: its steps are processes with everything a process
    approach asks of one (owner, goal, criteria, regulation), so the map is as clean as TO BE."""

    def pid(key: str) -> str:
        return f"leads_{key}"

    lane_y = {key: LANE_TOP + k * LANE_HEIGHT for k, (key, _d) in enumerate(LEADS_LANES)}
    lanes = tuple(
        Lane(
            id=f"lane_leads_{key}",
            name=next(n for i, n, _h in DEPARTMENTS if i == dept),
            department_id=dept,
            y=lane_y[key],
            height=LANE_HEIGHT,
        )
        for key, dept in LEADS_LANES
    )
    dept_of = dict(LEADS_LANES)
    parties = tuple(
        ExternalParty(
            id=pid(key),
            name=name,
            kind=kind,
            description=says,
            x=MARGIN + col * GRID_X + 20,
            y=lane_y[lane] + 60,
        )
        for key, name, kind, col, lane, says in LEADS_PARTIES
    )
    processes, links = [], []
    for n, (key, name, who, lane, ins, (out_what, to), goal, description) in enumerate(LEADS_PROCEDURE, 1):
        inputs = tuple(
            Flow(id=f"{pid(key)}_in_{k}", what=w, party_id=pid(src)) for k, (w, src) in enumerate(ins, 1)
        )
        output = Flow(id=f"{pid(key)}_out_1", what=out_what, party_id=pid(to))
        processes.append(
            Process(
                id=pid(key),
                code=f"М-07.{n}",
                name=name,
                kind=ProcessKind.CORE,
                department_id=dept_of[lane],
                lane_id=f"lane_leads_{lane}",
                description=description,
                goal_ids=("goal_leads",),
                goal=goal,
                results=out_what[:1].upper() + out_what[1:],
                inputs=inputs,
                outputs=(output,),
                owner_id=who,
                customer_ids=(pid(to),),
                criteria=(
                    Criterion(
                        id=f"{pid(key)}_crit_time",
                        name="Срок выполнения шага",
                        target=parse_target("≤ 1")[0],
                        unit="рабочий день",
                        period="месяц",
                        method="даты в CRM и трекере задач",
                        responsible_id="person_volkova",
                    ),
                ),
                documents=(
                    DocumentRef(
                        id=f"{pid(key)}_doc_reg",
                        kind=DocumentKind.REGULATION,
                        title="Регламент генерации лидов",
                        location="docs/РП-МКТ-01-07.docx",
                    ),
                ),
                x=MARGIN + n * GRID_X,
                y=lane_y[lane] + (LANE_HEIGHT - 80) / 2,
            )
        )
        for k, (w, src) in enumerate(ins, 1):
            if src.startswith("sup_"):
                links.append(
                    Link(
                        id=f"leads_link_{src}",
                        source_id=pid(src),
                        target_id=pid(key),
                        label=w,
                        target_input_id=f"{pid(key)}_in_{k}",
                    )
                )
        target_input = None
        if not to.startswith("cons_"):
            target = next(x for x in LEADS_PROCEDURE if x[0] == to)
            target_input = f"{pid(to)}_in_{[w for w, _s in target[4]].index(out_what) + 1}"
        links.append(
            Link(
                id=f"leads_link_{key}",
                source_id=pid(key),
                target_id=pid(to),
                label=out_what,
                source_output_id=output.id,
                target_input_id=target_input,
            )
        )
    return ProcessMap(
        id="map_to_be_leads",
        name="М-07 Генерация лидов",
        kind=MapKind.TO_BE,
        description="Процедура генерации лидов по подразделениям: кто, что и в каком порядке делает.",
        parent_process_id="tobe_leads",
        check_level=CheckLevel.REGULATION,  # as complete as the TO BE map it details
        processes=tuple(processes),
        parties=parties,
        links=tuple(links),
        lanes=lanes,
    )


def marketing_ru() -> Project:
    as_is = build_marketing_map(MapKind.AS_IS)
    return Project(
        name="Процессы маркетинга",
        organization="ООО «ВекторМаркет»",
        language="ru",
        # the defaults of a new map's document (each map of the example has its own)
        passport=Passport(code="РП-МКТ", version="1.0", author_id="person_kuznetsova"),
        purpose="Описать процессы маркетинга так, чтобы у каждого был владелец, клиент и измеримый результат, "
        "и довести каждый результат до клиента компании.",
        scope="Процессы отдела маркетинга и их стыки с отделами продаж, дизайна и аналитики.",
        terms=(
            Term(id="term_lead", term="Лид", definition="Потенциальный клиент, оставивший контакты."),
            Term(
                id="term_owner",
                term="Владелец процесса",
                definition="Сотрудник, который отвечает за результат процесса и имеет полномочия его менять.",
            ),
            Term(
                id="term_brief",
                term="ТЗ",
                definition="Техническое задание дизайнеру по утверждённому шаблону.",
            ),
            Term(id="term_crm", term="CRM", definition="Система учёта клиентов, лидов и сделок."),
            Term(
                id="term_positioning",
                term="Позиционирование",
                definition="Какое место компания занимает в представлении клиента и чем отличается от конкурентов.",
            ),
        ),
        strategy=Strategy(
            mission="Помогать малому бизнесу находить своих клиентов быстро и без лишних затрат.",
            vision="К 2028 году — лидер региона по качеству лидов для B2B-компаний.",
            positioning="Для владельцев малого B2B-бизнеса, которым нужны клиенты, а не просто трафик, "
            "«ВекторМаркет» — маркетинговое агентство, которое отвечает за лиды до сделки, "
            "потому что наши процессы доводят каждую заявку до решения задачи клиента.",
            goals=tuple(Goal(id=i, title=t, description=d) for i, t, d in GOALS),
        ),
        people=positions_of(PEOPLE, POSITIONS)[0],
        positions=positions_of(PEOPLE, POSITIONS)[1],
        departments=tuple(Department(id=i, name=n, head_id=h) for i, n, h in DEPARTMENTS),
        approvers=(
            Approver(id="appr_ceo", person_id="person_zaitsev", role=ApprovalRole.APPROVES),
            Approver(id="appr_sales", person_id="person_petrov", role=ApprovalRole.AGREES),
            Approver(id="appr_analytics", person_id="person_volkova", role=ApprovalRole.AGREES),
        ),
        references=REFERENCES,
        maps=(
            as_is.with_(document=AS_IS_DOCUMENT),
            to_be_content(decomposed(with_lineage(build_marketing_map(MapKind.TO_BE), as_is))),
            leads_content(build_leads_procedure()),
        ),
    )


def with_lineage(to_be: ProcessMap, as_is: ProcessMap) -> ProcessMap:
    """The TO BE map as "New TO BE Map from This Map" leaves it: every element copied from the
    AS IS map remembers its AS IS element (``origin``); what the redesign added has none."""

    def old(new_id: str) -> str:
        return new_id.replace("tobe_", "asis_", 1)

    old_processes = {p.id: p for p in as_is.processes}
    nodes = set(old_processes) | {q.id for q in as_is.parties}
    old_links = {(lk.source_id, lk.target_id): lk.id for lk in as_is.links}

    def nested(items: tuple, old_items: tuple, key: str) -> tuple:
        by_key = {getattr(x, key).casefold(): x.id for x in old_items}
        return tuple(x.with_(origin=by_key.get(getattr(x, key).casefold())) for x in items)

    processes = []
    for p in to_be.processes:
        o = old_processes[old(p.id)]
        processes.append(
            p.with_(
                origin=o.id,
                inputs=nested(p.inputs, o.inputs, "what"),
                outputs=nested(p.outputs, o.outputs, "what"),
                stages=nested(p.stages, o.stages, "name"),
                criteria=nested(p.criteria, o.criteria, "name"),
                documents=nested(p.documents, o.documents, "title"),
            )
        )
    return to_be.with_(
        processes=tuple(processes),
        parties=tuple(q.with_(origin=old(q.id) if old(q.id) in nodes else None) for q in to_be.parties),
        links=tuple(
            lk.with_(origin=old_links.get((old(lk.source_id), old(lk.target_id)))) for lk in to_be.links
        ),
    )


def decomposed(to_be: ProcessMap) -> ProcessMap:
    """The TO BE map with М-07 opening into its procedure (``build_leads_procedure``)."""
    processes = tuple(
        p.with_(subprocess_map_id="map_to_be_leads") if p.id == "tobe_leads" else p for p in to_be.processes
    )
    return to_be.with_(processes=processes)


# ====================================================================== English: small


def small_en() -> Project:
    people, positions = positions_of(
        [
            ("person_ann", "Ann Baker", "Owner", "dept_shop"),
            ("person_bob", "Bob Miller", "Head baker", "dept_bakery"),
            ("person_cid", "Cid Walker", "Courier", "dept_shop"),
        ],
        {
            "pos_bob": (
                "pos_ann",
                None,
                "Change the baking plan when an ingredient is missing.",
                "For fresh goods baked to the plan by 6 am.",
                "Three years of baking experience.",
            ),
            "pos_cid": (
                "pos_ann",
                "pos_ann",
                "Refuse a delivery the customer cannot receive.",
                "For every order delivered by 8 am.",
                "A driving licence.",
            ),
        },
    )

    def proc(i: str, code: str, name: str, col: float, row: float, owner: str, **kw: Any) -> Process:
        return Process(id=i, code=code, name=name, owner_id=owner, **at(col, row), **kw)

    def flow(i: str, what: str, party: str) -> Flow:
        return Flow(id=i, what=what, party_id=party)

    def kpi(i: str, name: str, target: str, unit: str, method: str, who: str) -> Criterion:
        return Criterion(
            id=i,
            name=name,
            target=parse_target(target)[0],
            unit=unit,
            period="week",
            method=method,
            responsible_id=who,
        )

    def reg(i: str, title: str) -> DocumentRef:
        return DocumentRef(id=i, kind=DocumentKind.REGULATION, title=title)

    processes = (
        proc(
            "proc_plan",
            "B-1",
            "Plan the assortment",
            1,
            2,
            "person_ann",
            kind=ProcessKind.MANAGEMENT,
            goal_ids=("goal_fresh",),
            goal="Bake what customers will buy",
            results="Weekly baking plan",
            description="Every Friday the owner plans next week's assortment from the sales figures.",
            inputs=(flow("flow_plan_in", "sales and returns figures", "proc_deliver"),),
            outputs=(flow("flow_plan_out", "baking plan", "proc_bake"),),
            customer_ids=("proc_bake",),
            criteria=(kpi("crit_plan", "Unsold bread", "≤ 5", "%", "sales till", "person_ann"),),
            documents=(reg("doc_plan", "Assortment planning procedure"),),
        ),
        proc(
            "proc_order",
            "B-2",
            "Take orders",
            1,
            0,
            "person_ann",
            goal_ids=("goal_orders",),
            goal="Every order is recorded correctly",
            results="Confirmed orders",
            description="Orders come by phone and web form and are confirmed within one hour.",
            inputs=(flow("flow_order_in", "order", "party_customer"),),
            outputs=(flow("flow_order_out", "confirmed order", "proc_bake"),),
            customer_ids=("proc_bake",),
            criteria=(
                kpi("crit_order", "Orders confirmed within 1 hour", "≥ 95", "%", "order log", "person_ann"),
            ),
            documents=(reg("doc_order", "Order taking procedure"),),
        ),
        proc(
            "proc_bake",
            "B-3",
            "Bake",
            2,
            1,
            "person_bob",
            goal_ids=("goal_fresh",),
            goal="Fresh bread by 7 am",
            results="Baked goods packed per order",
            description="The night shift bakes to the plan and to confirmed orders.",
            inputs=(
                flow("flow_bake_in_plan", "baking plan", "proc_plan"),
                flow("flow_bake_in_order", "confirmed order", "proc_order"),
            ),
            outputs=(flow("flow_bake_out", "packed goods", "proc_deliver"),),
            customer_ids=("proc_deliver",),
            criteria=(kpi("crit_bake", "Goods ready by 7 am", "100", "%", "shift log", "person_bob"),),
            documents=(reg("doc_bake", "Baking procedure"),),
        ),
        proc(
            "proc_deliver",
            "B-4",
            "Deliver",
            3,
            1,
            "person_cid",
            goal_ids=("goal_orders",),
            goal="Orders reach customers on time",
            results="Customer confirms the delivery",
            description="The courier delivers by route and gets the customer's confirmation.",
            inputs=(flow("flow_deliver_in", "packed goods", "proc_bake"),),
            outputs=(
                flow("flow_deliver_out", "delivered order", "party_customer"),
                flow("flow_deliver_figures", "sales and returns figures", "proc_plan"),
            ),
            customer_ids=("party_customer",),
            criteria=(kpi("crit_deliver", "On-time deliveries", "≥ 98", "%", "delivery app", "person_ann"),),
            documents=(reg("doc_deliver", "Delivery procedure"),),
        ),
    )
    links = (
        Link(
            id="link_1",
            source_id="party_customer",
            target_id="proc_order",
            label="order",
            target_input_id="flow_order_in",
        ),
        Link(
            id="link_2",
            source_id="proc_order",
            target_id="proc_bake",
            label="confirmed order",
            source_output_id="flow_order_out",
            target_input_id="flow_bake_in_order",
        ),
        Link(
            id="link_3",
            source_id="proc_plan",
            target_id="proc_bake",
            label="baking plan",
            source_output_id="flow_plan_out",
            target_input_id="flow_bake_in_plan",
        ),
        Link(
            id="link_4",
            source_id="proc_bake",
            target_id="proc_deliver",
            label="packed goods",
            source_output_id="flow_bake_out",
            target_input_id="flow_deliver_in",
        ),
        Link(
            id="link_5",
            source_id="proc_deliver",
            target_id="party_customer",
            label="delivered order",
            source_output_id="flow_deliver_out",
        ),
        Link(
            id="link_6",
            source_id="proc_deliver",
            target_id="proc_plan",
            label="sales and returns figures",
            source_output_id="flow_deliver_figures",
            target_input_id="flow_plan_in",
            kind=LinkKind.INFORMATION,
            routing=Routing.STRAIGHT,
        ),
    )
    customer = ExternalParty(
        id="party_customer",
        name="Customer",
        kind=PartyKind.CUSTOMER,
        description="Cafés and households",
        **at(4, 0),
    )
    return Project(
        name="Corner Bakery processes",
        organization="Corner Bakery Ltd",
        language="en",
        passport=Passport(
            code="CB-01", title="Bakery process regulation", version="1.0", author_id="person_ann"
        ),
        purpose="Show how an order becomes fresh bread on the customer's table.",
        scope="Order taking, baking and delivery.",
        strategy=Strategy(
            mission="Fresh bread for the neighbourhood every morning.",
            vision="The bakery every café in town orders from.",
            positioning="For cafés that need fresh bread at opening time, Corner Bakery delivers by 8 am every day.",
            goals=(
                Goal(id="goal_fresh", title="Fresh goods every morning"),
                Goal(id="goal_orders", title="Every order delivered on time"),
            ),
        ),
        people=people,
        positions=positions,
        departments=(
            Department(id="dept_shop", name="Shop", head_id="person_ann"),
            Department(id="dept_bakery", name="Bakery", head_id="person_bob"),
        ),
        approvers=(Approver(id="appr_owner", person_id="person_ann", role=ApprovalRole.APPROVES),),
        references=(NormativeRef(id="nref_food", code="EC 852/2004", title="Hygiene of foodstuffs"),),
        maps=(
            ProcessMap(
                id="map_main",
                name="Bakery",
                kind=MapKind.AS_IS,
                check_level=CheckLevel.REGULATION,
                description="From order to delivery.",
                processes=tuple(bake_sections(p) if p.id == "proc_bake" else p for p in processes),
                parties=(customer,),
                links=links,
                document=MapDocument(
                    passport=Passport(code="CB-SR-01", version="1.0", author_id="person_ann"),
                    provisions="This document describes how the bakery turns orders into fresh bread.",
                    authority="Each process owner answers for the results of their process.",
                    analysis_by_id="person_ann",
                    analysis_period="weekly",
                    analysis_record="the shop's order book",
                    revision_period="once a year",
                    change_initiators="Any process owner.",
                ),
            ),
        ),
    )


def bake_sections(p: Process) -> Process:
    """The English example's one process with a procedure, resources, a risk and a record."""
    return p.with_(
        stages=(
            Stage(
                id="stage_bake_1",
                name="Prepare the dough",
                performer_id="person_bob",
                input="Order list",
                duration="by 3 am",
                result="Dough",
            ),
            Stage(
                id="stage_bake_2",
                name="Bake and pack",
                performer_id="person_bob",
                input="Dough",
                duration="by 6 am",
                result="Packed bread",
                it_system="Order book",
            ),
        ),
        resources="Head baker, two ovens, flour stock for three days.",
        risks=(
            Risk(
                id="risk_bake_oven",
                risk="An oven breaks down",
                likelihood=RiskLevel.LOW,
                impact=RiskLevel.HIGH,
                response="Service contract; the second oven bakes the priority orders",
                owner_id="person_bob",
            ),
        ),
        records=(
            ProcessRecord(
                id="rec_bake_log",
                name="Baking log",
                place="Bakery folder",
                retention="1 year",
                keeper_id="person_bob",
            ),
        ),
    )


# ====================================================================== the regulation's own content
# What a регламент says beyond the map: the procedure of every TO BE stage, the resources, risks
# and records of each process, and the documents of the maps (passport, approvers, change log,
# general provisions, analysis, change procedure). AS IS is a survey and has none of it.

# Stages of TO BE processes that AS IS did not describe at all
TO_BE_STAGES: dict[str, list[tuple[str, str, str]]] = {
    "tasks": [
        ("Декомпозиция плана на задачи", "person_sokolova", "Список задач квартала"),
        ("Назначение исполнителей и сроков", "person_sokolova", "Задачи в трекере"),
        ("Еженедельная сверка хода задач", "person_sokolova", "Статусы задач"),
    ],
    "script": [
        ("Подготовка черновика скрипта", "person_kuznetsova", "Черновик скрипта"),
        ("Проверка скрипта на звонках", "person_smirnova", "Замечания отдела продаж"),
        ("Утверждение скрипта", "person_petrov", "Утверждённый скрипт"),
    ],
    "design": [
        ("Разработка макетов по ТЗ", "person_lebedev", "Макеты"),
        ("Согласование макетов с заказчиком", "person_kuznetsova", "Согласованные макеты"),
        ("Передача исходников и форматов", "person_lebedev", "Рекламные материалы"),
    ],
    "report": [
        ("Выгрузка данных о сделках из CRM", "person_volkova", "Выгрузка за месяц"),
        ("Расчёт показателей и выводы", "person_volkova", "Отчёт по маркетингу"),
        ("Разбор отчёта на совещании", "person_sokolova", "Решения по корректировкам"),
    ],
}

# (input, deadline or duration, documents and records, IT system) of each TO BE stage, in order
STAGE_DETAILS: dict[str, list[tuple[str, str, str, str]]] = {
    "competitors": [
        (
            "Открытые данные о конкурентах",
            "первые 10 рабочих дней квартала",
            "Таблица конкурентов",
            "Google Таблицы",
        ),
        ("Таблица конкурентов", "3 рабочих дня", "Обзор конкурентов", "База знаний"),
    ],
    "strategy": [
        ("Отчёты по маркетингу, обзор конкурентов", "до 15-го числа последнего месяца квартала", "", ""),
        ("Выводы анализа", "5 рабочих дней", "Заявление о позиционировании", "База знаний"),
        ("Проект стратегии и плана", "до начала квартала", "Стратегия и план маркетинга", ""),
    ],
    "tasks": [
        (
            "Стратегия и план маркетинга",
            "2 рабочих дня после утверждения плана",
            "План задач",
            "Трекер задач",
        ),
        ("Список задач квартала", "1 рабочий день", "Карточки задач", "Трекер задач"),
        ("Задачи в трекере", "еженедельно, понедельник", "Статусы задач", "Трекер задач"),
    ],
    "script": [
        ("Позиционирование и ключевые сообщения", "3 рабочих дня", "Черновик скрипта", "База знаний"),
        ("Черновик скрипта", "5 рабочих дней", "Записи звонков", "CRM"),
        ("Черновик и замечания", "2 рабочих дня", "Скрипт продаж", "База знаний"),
    ],
    "brief": [
        ("Задача на рекламную кампанию", "1 рабочий день", "ТЗ по шаблону", "Трекер задач"),
        ("Заполненное ТЗ", "1 рабочий день", "ТЗ с отметкой о проверке", "Трекер задач"),
    ],
    "design": [
        ("ТЗ дизайнеру", "по сроку в ТЗ, не более 5 рабочих дней", "Макеты", "Трекер задач"),
        ("Макеты", "2 рабочих дня", "Согласованные макеты", "Трекер задач"),
        ("Согласованные макеты", "1 рабочий день", "Исходники в хранилище", "Облачное хранилище"),
    ],
    "leads": [
        ("Заказ на лиды от отдела продаж", "1 рабочий день", "Заказ на лиды", "CRM"),
        (
            "Рекламные материалы, принятый заказ",
            "2 рабочих дня",
            "Креативы для каналов",
            "Облачное хранилище",
        ),
        ("Креативы для каналов", "весь период кампании", "Медиаплан, отчёт кабинета", "Рекламные кабинеты"),
        ("Лиды из кампаний", "ежедневно", "Отметка о проверке", "CRM"),
        ("Проверенные лиды", "в день проверки", "Карточки лидов", "CRM"),
    ],
    "processing": [
        ("Лид в CRM, скрипт продаж", "2 часа с момента поступления лида", "Запись звонка", "CRM, телефония"),
        ("Квалифицированный лид", "по договорённости с клиентом", "Коммерческое предложение, договор", "CRM"),
        ("Исполненный заказ", "5 рабочих дней после исполнения", "Отметка о подтверждении", "CRM"),
    ],
    "report": [
        ("Данные о сделках", "до 3-го рабочего дня месяца", "Выгрузка из CRM", "CRM"),
        ("Выгрузка за месяц", "до 5-го рабочего дня месяца", "Отчёт по маркетингу", "Google Таблицы"),
        ("Отчёт по маркетингу", "совещание до 10-го числа", "Протокол совещания", "База знаний"),
    ],
}

# resources, (risk, likelihood, impact, response, owner), records (name, where, how long, who keeps)
PROCESS_SECTIONS: dict[str, dict[str, Any]] = {
    "competitors": dict(
        resources="Маркетолог-аналитик (2 дня в квартал), доступ к сайтам и прайс-листам конкурентов.",
        risks=[
            (
                "Данные о ценах конкурентов устарели",
                "medium",
                "medium",
                "Сверять цены по двум источникам; дата сбора в обзоре",
                "person_volkova",
            )
        ],
        records=[("Обзор конкурентов", "База знаний, раздел «Рынок»", "3 года", "person_volkova")],
    ),
    "strategy": dict(
        resources="Директор по маркетингу, генеральный директор; отчёты за квартал; бюджет маркетинга.",
        risks=[
            (
                "План не утверждён к началу квартала",
                "low",
                "high",
                "Проект плана — за 15 дней до начала квартала",
                "person_sokolova",
            )
        ],
        records=[
            (
                "Стратегия позиционирования и план маркетинга",
                "База знаний, раздел «Стратегия»",
                "5 лет",
                "person_sokolova",
            )
        ],
    ),
    "tasks": dict(
        resources="Директор по маркетингу; трекер задач.",
        risks=[
            (
                "Задачи не связаны с целями плана",
                "medium",
                "medium",
                "Каждая задача ссылается на пункт плана",
                "person_sokolova",
            )
        ],
        records=[("Карточки задач", "Трекер задач", "1 год", "person_sokolova")],
    ),
    "script": dict(
        resources="Маркетолог, менеджер по продажам; записи звонков в CRM.",
        risks=[
            (
                "Скрипт не отражает позиционирование",
                "medium",
                "high",
                "Проверка скрипта директором по маркетингу",
                "person_kuznetsova",
            )
        ],
        records=[
            (
                "Скрипт продаж (действующая версия)",
                "База знаний, раздел «Продажи»",
                "до замены новой версией",
                "person_kuznetsova",
            )
        ],
    ),
    "brief": dict(
        resources="Маркетолог, арт-директор; шаблон ТЗ.",
        risks=[
            (
                "ТЗ без цели и аудитории — макеты переделываются",
                "medium",
                "medium",
                "Проверка ТЗ арт-директором до передачи",
                "person_lebedev",
            )
        ],
        records=[("ТЗ дизайнеру", "Трекер задач", "1 год", "person_kuznetsova")],
    ),
    "design": dict(
        resources="Арт-директор, дизайнер; графические редакторы; облачное хранилище.",
        risks=[
            (
                "Срыв срока макетов",
                "medium",
                "high",
                "Очередь задач дизайна в трекере, срок в ТЗ",
                "person_lebedev",
            )
        ],
        records=[
            ("Исходники рекламных материалов", "Облачное хранилище, папка кампании", "3 года", "dept_design")
        ],
    ),
    "leads": dict(
        resources="Интернет-маркетолог; рекламный бюджет; рекламные кабинеты; CRM.",
        risks=[
            (
                "Лиды не соответствуют заказу отдела продаж",
                "medium",
                "high",
                "Проверка качества лидов до передачи в CRM",
                "person_orlov",
            )
        ],
        records=[
            ("Заказ на лиды", "CRM", "3 года", "person_orlov"),
            (
                "Отчёт рекламного кабинета",
                "Рекламные кабинеты, выгрузка в базу знаний",
                "3 года",
                "person_orlov",
            ),
        ],
    ),
    "processing": dict(
        resources="Менеджеры по продажам; CRM; телефония.",
        risks=[
            (
                "Лид не обработан за 2 часа",
                "medium",
                "high",
                "Уведомление руководителю отдела продаж в CRM",
                "person_petrov",
            )
        ],
        records=[("Карточка лида и сделки", "CRM", "5 лет", "dept_sales")],
    ),
    "report": dict(
        resources="Маркетолог-аналитик; выгрузки CRM; шаблон отчёта.",
        risks=[
            (
                "Ошибки в выгрузке из CRM",
                "low",
                "medium",
                "Сверка итогов выгрузки с отчётом продаж",
                "person_volkova",
            )
        ],
        records=[
            ("Отчёт по маркетингу", "База знаний, раздел «Отчёты»", "5 лет", "person_volkova"),
            (
                "Протокол совещания по маркетингу",
                "База знаний, раздел «Протоколы»",
                "5 лет",
                "person_sokolova",
            ),
        ],
    ),
}

LEADS_SECTIONS: dict[str, dict[str, Any]] = {
    "order": dict(
        resources="Интернет-маркетолог; CRM.",
        risks=[
            ("Заказ без требований к лидам", "medium", "medium", "Заказ по шаблону в CRM", "person_orlov")
        ],
        records=[("Заказ на лиды", "CRM", "3 года", "person_orlov")],
        stages=[
            (
                "Проверка полноты заказа",
                "person_orlov",
                "Принятый заказ",
                "Заказ на лиды",
                "1 рабочий день",
                "CRM",
            )
        ],
    ),
    "creative": dict(
        resources="Интернет-маркетолог, дизайнер; облачное хранилище.",
        risks=[
            (
                "Креативы не проходят модерацию",
                "medium",
                "medium",
                "Проверка по правилам площадок",
                "person_orlov",
            )
        ],
        records=[("Креативы для каналов", "Облачное хранилище", "3 года", "dept_design")],
        stages=[
            (
                "Адаптация форматов под каналы",
                "person_orlov",
                "Креативы",
                "Рекламные материалы",
                "2 рабочих дня",
                "",
            )
        ],
    ),
    "campaigns": dict(
        resources="Интернет-маркетолог; рекламный бюджет; рекламные кабинеты.",
        risks=[("Перерасход бюджета", "low", "high", "Дневные лимиты в кабинетах", "person_orlov")],
        records=[("Медиаплан и отчёты кабинетов", "База знаний", "3 года", "person_orlov")],
        stages=[
            (
                "Запуск и ежедневная оптимизация",
                "person_orlov",
                "Лиды из кампаний",
                "Креативы",
                "период кампании",
                "Рекламные кабинеты",
            )
        ],
    ),
    "check": dict(
        resources="Маркетолог-аналитик; CRM.",
        risks=[
            ("Дубли и нецелевые лиды", "medium", "medium", "Проверка по критериям заказа", "person_volkova")
        ],
        records=[("Отметка о проверке лида", "CRM", "3 года", "person_volkova")],
        stages=[
            (
                "Проверка по критериям заказа",
                "person_volkova",
                "Проверенные лиды",
                "Лиды из кампаний",
                "ежедневно",
                "CRM",
            )
        ],
    ),
    "crm": dict(
        resources="Интернет-маркетолог; CRM.",
        risks=[
            ("Лид передан без контактов", "low", "medium", "Обязательные поля карточки в CRM", "person_orlov")
        ],
        records=[("Карточка лида", "CRM", "5 лет", "dept_sales")],
        stages=[
            (
                "Создание карточек лидов",
                "person_orlov",
                "Лиды в CRM",
                "Проверенные лиды",
                "в день проверки",
                "CRM",
            )
        ],
    ),
}


def with_sections(p: Process, sections: dict[str, Any]) -> Process:
    """A process with its resources, risks and records (ids made from the process's)."""
    return p.with_(
        resources=sections["resources"],
        risks=tuple(
            Risk(
                id=f"{p.id}_risk_{k}",
                risk=r,
                likelihood=RiskLevel(lk),
                impact=RiskLevel(im),
                response=resp,
                owner_id=who,
            )
            for k, (r, lk, im, resp, who) in enumerate(sections["risks"], 1)
        ),
        records=tuple(
            ProcessRecord(id=f"{p.id}_rec_{k}", name=n, place=where, retention=keep, keeper_id=who)
            for k, (n, where, keep, who) in enumerate(sections["records"], 1)
        ),
    )


def to_be_content(to_be: ProcessMap) -> ProcessMap:
    """The TO BE map with the procedure of each stage and each process's sections."""
    processes = []
    for p in to_be.processes:
        key = p.id.removeprefix("tobe_")
        details = STAGE_DETAILS.get(key, [])
        stages = tuple(
            s.with_(input=i, duration=d, documents=docs, it_system=it) if k < len(details) else s
            for k, s in enumerate(p.stages)
            for i, d, docs, it in [details[k] if k < len(details) else ("", "", "", "")]
        )
        processes.append(with_sections(p.with_(stages=stages), PROCESS_SECTIONS[key]))
    return to_be.with_(processes=tuple(processes), document=TO_BE_DOCUMENT)


def leads_content(procedure: ProcessMap) -> ProcessMap:
    processes = []
    for p in procedure.processes:
        sec = LEADS_SECTIONS[p.id.removeprefix("leads_")]
        stages = tuple(
            Stage(
                id=f"{p.id}_stage_{k}",
                name=name,
                performer_id=who,
                result=res,
                input=i,
                duration=d,
                it_system=it,
            )
            for k, (name, who, res, i, d, it) in enumerate(sec["stages"], 1)
        )
        processes.append(with_sections(p.with_(stages=stages), sec))
    return procedure.with_(processes=tuple(processes), document=LEADS_DOCUMENT)


ANALYSIS = dict(
    analysis_by_id="person_sokolova",
    analysis_period="ежемесячно, до 10-го числа месяца, следующего за отчётным",
    analysis_record="протокол совещания по маркетингу в базе знаний",
    revision_period="не реже одного раза в год, а также при изменении стратегии или оргструктуры",
    change_initiators="Владельцы процессов, директор по маркетингу и руководитель отдела продаж: предложение "
    "об изменении в письменном виде направляется разработчику регламента.",
)

TO_BE_DOCUMENT = MapDocument(
    passport=Passport(
        code="РП-МКТ-01",
        title="Регламент процессов маркетинга",
        version="1.1",
        status=DocStatus.UNDER_APPROVAL,
        effective_date=dt.date(2026, 12, 15),
        author_id="person_kuznetsova",
    ),
    approvers=(
        Approver(id="appr_tobe_ceo", person_id="person_zaitsev", role=ApprovalRole.APPROVES),
        Approver(id="appr_tobe_sales", person_id="person_petrov", role=ApprovalRole.AGREES),
        Approver(id="appr_tobe_analytics", person_id="person_volkova", role=ApprovalRole.AGREES),
    ),
    change_log=(
        ChangeLogEntry(
            id="chg_tobe_1",
            number=1,
            version="1.0",
            date=dt.date(2026, 11, 20),
            description="Первая редакция: владельцы, критерии и регламенты для всех процессов по карте TO BE.",
            author="Соколова А. В.",
        ),
        ChangeLogEntry(
            id="chg_tobe_2",
            number=2,
            version="1.1",
            date=dt.date(2026, 11, 30),
            description="По замечаниям согласования: этапы с входами и сроками, риски, записи, "
            "нормативные ссылки и порядок внесения изменений.",
            author="Кузнецова М. А.",
        ),
    ),
    provisions="Регламент устанавливает порядок выполнения процессов маркетинга ООО «ВекторМаркет», "
    "ответственность и полномочия их участников и порядок контроля их результативности. Регламент "
    "обязателен для сотрудников отделов маркетинга, дизайна и аналитики, а в части взаимодействия с "
    "маркетингом — для отдела продаж.",
    authority="Владелец процесса отвечает за достижение целевых значений критериев своего процесса, "
    "утверждает изменения этапов и шаблонов процесса и вправе требовать от участников выполнения "
    "регламента. Исполнители этапов отвечают за выполнение этапов в установленные сроки и за ведение "
    "записей. Директор по маркетингу отвечает за согласованность процессов между собой и за "
    "актуальность регламента.",
    **ANALYSIS,
)

LEADS_DOCUMENT = MapDocument(
    passport=Passport(
        code="РП-МКТ-01-07",
        title="Регламент генерации лидов",
        version="1.0",
        status=DocStatus.UNDER_APPROVAL,
        effective_date=dt.date(2026, 12, 15),
        author_id="person_orlov",
    ),
    approvers=(
        Approver(id="appr_leads_director", person_id="person_sokolova", role=ApprovalRole.APPROVES),
        Approver(id="appr_leads_sales", person_id="person_petrov", role=ApprovalRole.AGREES),
    ),
    change_log=(
        ChangeLogEntry(
            id="chg_leads_1",
            number=1,
            version="1.0",
            date=dt.date(2026, 11, 30),
            description="Первая редакция: процедура генерации лидов по подразделениям.",
            author="Орлов Д. П.",
        ),
    ),
    provisions="Регламент детализирует процесс М-07 «Генерация лидов» регламента РП-МКТ-01: шаги "
    "процедуры, их исполнителей и сроки.",
    authority="Владелец процесса М-07 (интернет-маркетолог) отвечает за количество и качество лидов и "
    "распоряжается рекламным бюджетом в пределах плана; маркетолог-аналитик вправе вернуть лид, не "
    "прошедший проверку.",
    **ANALYSIS,
)

AS_IS_DOCUMENT = MapDocument(
    passport=Passport(code="ОБ-МКТ-01", version="1.0", author_id="person_kuznetsova"),
    change_log=(
        ChangeLogEntry(
            id="chg_asis_1",
            number=1,
            version="1.0",
            date=dt.date(2026, 10, 15),
            description="Первая редакция: карта AS IS по итогам интервью.",
            author="Кузнецова М. А.",
        ),
    ),
)

REFERENCES = (
    NormativeRef(
        id="nref_iso9001", code="ГОСТ Р ИСО 9001-2015", title="Системы менеджмента качества. Требования"
    ),
    NormativeRef(id="nref_152fz", code="Федеральный закон № 152-ФЗ", title="О персональных данных"),
    NormativeRef(id="nref_strategy", code="СТ-01", title="Стратегия ООО «ВекторМаркет» на 2026–2028 годы"),
)


EXAMPLES = {"marketing_ru.procmap": marketing_ru, "small_en.procmap": small_en}


def main(folder: Path = HERE) -> int:
    for name, build in EXAMPLES.items():
        project = build()
        problems = check_integrity(project)
        if problems:
            for p in problems:
                print(f"{name}: {p.path}: {p.message}", file=sys.stderr)
            return 1
        save(project, folder / name, backup=False)
        print(f"wrote {folder / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
