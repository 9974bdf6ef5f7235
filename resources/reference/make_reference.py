"""Build the reference model of marketing processes (Russian and English) beside this script.

    python resources/reference/make_reference.py

A reference model is best practice written from the process approach: every process has an
owner role, a goal and results, SIPOC (suppliers and inputs, stages, outputs and customers),
typical criteria with how to measure them, and the templates it works with. A consultant starts
a new map from it (File ▸ New From Reference Model) or compares a client's map with it (Map ▸
Compare With Reference). Ids, texts and positions are fixed: re-running reproduces the files.
"""

from __future__ import annotations

import sys
from pathlib import Path

from procedit.control.targets import target_of
from procedit.model import (
    Criterion,
    Department,
    DocumentKind,
    DocumentRef,
    ExternalParty,
    Flow,
    Link,
    LinkKind,
    MapKind,
    PartyKind,
    Person,
    Position,
    Process,
    ProcessKind,
    ProcessMap,
    Project,
    Stage,
    check_integrity,
)
from procedit.storage import save

HERE = Path(__file__).resolve().parent

# role key: (ru, en, department)
ROLES = {
    "cmo": ("Директор по маркетингу", "Marketing director", "mkt"),
    "analyst": ("Маркетолог-аналитик", "Marketing analyst", "mkt"),
    "performance": ("Интернет-маркетолог", "Performance marketer", "mkt"),
    "content": ("Контент-менеджер", "Content manager", "mkt"),
    "brand": ("Бренд-менеджер", "Brand manager", "mkt"),
    "sales_head": ("Руководитель отдела продаж", "Head of sales", "sales"),
}
DEPARTMENTS = {"mkt": ("Маркетинг", "Marketing"), "sales": ("Продажи", "Sales")}

# party key: (ru, en, kind, column, row)
PARTIES = {
    "market": ("Рынок (открытые источники)", "Market (open sources)", PartyKind.SUPPLIER, 0, 0),
    "ceo": ("Генеральный директор", "Chief executive", PartyKind.OTHER, 0, 2),
    "sales": ("Отдел продаж", "Sales department", PartyKind.OTHER, 2, 3),
    "client": ("Клиент", "Client", PartyKind.CUSTOMER, 6, 2),
}


def t(ru: str, en: str) -> tuple[str, str]:
    return (ru, en)


# key, code, (name), kind, owner role, column, row, (goal), (results), stages [(name)], criteria
# [((name), target, (unit), (period), (method))], documents [(kind, (title), (text))]
PROCESSES = [
    dict(
        key="research",
        code="МР-01",
        col=1,
        row=0,
        kind=ProcessKind.MANAGEMENT,
        owner="analyst",
        name=t("Исследование рынка и конкурентов", "Market and competitor research"),
        goal=t(
            "Знать рынок, клиентов и конкурентов так, чтобы решения о позиционировании опирались на факты",
            "Know the market, clients and competitors well enough to base positioning on facts",
        ),
        results=t(
            "Обзор рынка и конкурентов: сегменты, потребности, предложения и цены конкурентов",
            "Market and competitor review: segments, needs, competitors' offers and prices",
        ),
        stages=[
            t("Сбор данных о рынке и конкурентах", "Collect market and competitor data"),
            t("Интервью с клиентами", "Interview clients"),
            t("Сравнение с нашим предложением", "Compare with our offer"),
        ],
        criteria=[
            (
                t("Актуальность обзора", "Review freshness"),
                "≤ 90",
                t("дней", "days"),
                t("квартал", "quarter"),
                t(
                    "Дата последнего обновления обзора в базе знаний",
                    "Date of the last update of the review in the knowledge base",
                ),
            ),
            (
                t("Решения, принятые на основе обзора", "Decisions based on the review"),
                "≥ 2",
                t("шт.", "pcs"),
                t("квартал", "quarter"),
                t(
                    "Протоколы совещаний по стратегии со ссылкой на обзор",
                    "Strategy meeting minutes citing the review",
                ),
            ),
        ],
        documents=[
            (
                DocumentKind.TEMPLATE,
                t("Шаблон обзора конкурентов", "Competitor review template"),
                t(
                    "ОБЗОР КОНКУРЕНТОВ\n\nКонкурент:\nПредложение и цены:\nКаналы продвижения:\nСильные стороны:\n"
                    "Слабые стороны:\nЧто это значит для нас:",
                    "COMPETITOR REVIEW\n\nCompetitor:\nOffer and prices:\nPromotion channels:\nStrengths:\n"
                    "Weaknesses:\nWhat it means for us:",
                ),
            )
        ],
    ),
    dict(
        key="strategy",
        code="МР-02",
        col=1,
        row=2,
        kind=ProcessKind.MANAGEMENT,
        owner="cmo",
        name=t("Разработка стратегии позиционирования", "Positioning strategy"),
        goal=t(
            "Определить, для кого мы, какую задачу клиента решаем и чем отличаемся",
            "Decide whom we serve, which client problem we solve and how we differ",
        ),
        results=t(
            "Стратегия позиционирования, ключевые сообщения и план маркетинга с бюджетом",
            "Positioning statement, key messages and a marketing plan with a budget",
        ),
        stages=[
            t(
                "Анализ обзора рынка и отчёта по маркетингу",
                "Review the market review and the marketing report",
            ),
            t("Формулировка позиционирования", "Formulate the positioning"),
            t("План маркетинга и бюджет", "Marketing plan and budget"),
        ],
        criteria=[
            (
                t(
                    "Доля целевых клиентов, узнающих наше отличие",
                    "Target clients who know what sets us apart",
                ),
                "≥ 40",
                t("%", "%"),
                t("полугодие", "half-year"),
                t(
                    "Опрос целевых клиентов (не менее 50 ответов)",
                    "Survey of target clients (at least 50 answers)",
                ),
            ),
            (
                t("Исполнение плана маркетинга", "Marketing plan fulfilment"),
                "≥ 90",
                t("%", "%"),
                t("квартал", "quarter"),
                t("Доля выполненных мероприятий плана", "Share of the plan's activities done"),
            ),
        ],
        documents=[
            (
                DocumentKind.TEMPLATE,
                t("Шаблон стратегии позиционирования", "Positioning statement template"),
                t(
                    "ПОЗИЦИОНИРОВАНИЕ\n\nДля (целевой клиент):\nкоторый хочет (задача клиента):\nмы предлагаем:\n"
                    "в отличие от (конкуренты):\nпотому что (доказательства):",
                    "POSITIONING\n\nFor (target client):\nwho wants (client's problem):\nwe offer:\n"
                    "unlike (competitors):\nbecause (proof):",
                ),
            )
        ],
    ),
    dict(
        key="tasks",
        code="МР-03",
        col=2,
        row=2,
        kind=ProcessKind.MANAGEMENT,
        owner="cmo",
        name=t("Постановка задач команде маркетинга", "Task-setting for the marketing team"),
        goal=t(
            "Каждая задача понятна исполнителю: результат, срок, критерий приёмки",
            "Every task is clear to whoever does it: result, deadline, acceptance criterion",
        ),
        results=t(
            "Поставленные задачи с результатом, сроком и критерием приёмки",
            "Tasks set with a result, a deadline and an acceptance criterion",
        ),
        stages=[
            t("Разбивка плана на задачи", "Split the plan into tasks"),
            t("Постановка задачи по шаблону", "Set each task with the template"),
            t("Приёмка результата", "Accept the result"),
        ],
        criteria=[
            (
                t("Доля задач, поставленных по шаблону", "Tasks set with the template"),
                "≥ 95",
                t("%", "%"),
                t("месяц", "month"),
                t("Выборка задач в трекере", "Sample of tasks in the tracker"),
            ),
            (
                t("Доля задач, сданных в срок", "Tasks delivered on time"),
                "≥ 85",
                t("%", "%"),
                t("месяц", "month"),
                t("Отчёт трекера задач", "Task tracker report"),
            ),
        ],
        documents=[
            (
                DocumentKind.TEMPLATE,
                t("Шаблон постановки задачи", "Task-setting template"),
                t(
                    "ПОСТАНОВКА ЗАДАЧИ\n\nЧто нужно сделать (результат, а не действия):\nЗачем (какая цель стратегии):\n"
                    "Критерий готовности:\nСрок:\nИсполнитель и кто принимает работу:\nРесурсы и бюджет:",
                    "TASK\n\nWhat is to be done (a result, not actions):\nWhy (which strategy goal):\n"
                    "Done when:\nDeadline:\nWho does it and who accepts it:\nResources and budget:",
                ),
            )
        ],
    ),
    dict(
        key="brief",
        code="МР-04",
        col=3,
        row=1,
        kind=ProcessKind.SUPPORT,
        owner="brand",
        name=t("Подготовка ТЗ дизайнеру", "Designer's brief"),
        goal=t(
            "Дизайнер с первого раза делает то, что нужно кампании",
            "The designer delivers what the campaign needs the first time",
        ),
        results=t(
            "ТЗ дизайнеру по шаблону, согласованное с заказчиком",
            "A brief for the designer, from the template, agreed with the requester",
        ),
        stages=[
            t("Сбор требований заказчика", "Collect the requester's needs"),
            t("ТЗ по шаблону", "Write the brief from the template"),
            t("Согласование с дизайнером", "Agree it with the designer"),
        ],
        criteria=[
            (
                t(
                    "Доля ТЗ, принятых дизайнером без доработки",
                    "Briefs accepted by the designer without rework",
                ),
                "≥ 90",
                t("%", "%"),
                t("месяц", "month"),
                t("Отметка дизайнера в трекере задач", "Designer's mark in the task tracker"),
            ),
            (
                t("Число кругов правок макета", "Rounds of layout corrections"),
                "≤ 2",
                t("шт.", "pcs"),
                t("месяц", "month"),
                t("Среднее по задачам трекера", "Average over the tracker's tasks"),
            ),
        ],
        documents=[
            (
                DocumentKind.TEMPLATE,
                t("Шаблон ТЗ дизайнеру", "Designer's brief template"),
                t(
                    "ТЗ ДИЗАЙНЕРУ\n\n1. Задача и цель материала:\n2. Целевая аудитория:\n3. Ключевое сообщение:\n"
                    "4. Формат и размеры:\n5. Обязательные элементы (логотип, контакты):\n6. Примеры и ограничения:\n"
                    "7. Срок:\n8. Кто принимает работу:",
                    "DESIGNER'S BRIEF\n\n1. Task and purpose of the piece:\n2. Audience:\n3. Key message:\n"
                    "4. Format and sizes:\n5. Mandatory elements (logo, contacts):\n6. Examples and constraints:\n"
                    "7. Deadline:\n8. Who accepts the work:",
                ),
            )
        ],
    ),
    dict(
        key="content",
        code="МР-05",
        col=4,
        row=1,
        kind=ProcessKind.CORE,
        owner="content",
        name=t("Создание контента", "Content production"),
        goal=t(
            "Материалы доносят ключевые сообщения до целевых клиентов",
            "Materials carry the key messages to target clients",
        ),
        results=t(
            "Контент-план и готовые материалы: тексты, макеты, видео",
            "Content plan and finished materials: texts, layouts, video",
        ),
        stages=[
            t("Контент-план", "Content plan"),
            t("Производство материалов по ТЗ", "Produce materials from briefs"),
            t("Проверка соответствия позиционированию", "Check against the positioning"),
        ],
        criteria=[
            (
                t("Выполнение контент-плана", "Content plan fulfilment"),
                "≥ 90",
                t("%", "%"),
                t("месяц", "month"),
                t("Опубликовано / запланировано", "Published / planned"),
            ),
            (
                t("Вовлечённость аудитории", "Audience engagement"),
                "≥ 3",
                t("%", "%"),
                t("месяц", "month"),
                t("Реакции / охват по данным площадок", "Reactions / reach from the platforms' statistics"),
            ),
        ],
        documents=[
            (
                DocumentKind.TEMPLATE,
                t("Шаблон контент-плана", "Content plan template"),
                t(
                    "КОНТЕНТ-ПЛАН\n\nДата | Канал | Тема | Ключевое сообщение | Формат | Ответственный | Статус",
                    "CONTENT PLAN\n\nDate | Channel | Topic | Key message | Format | Owner | Status",
                ),
            )
        ],
    ),
    dict(
        key="campaigns",
        code="МР-06",
        col=3,
        row=3,
        kind=ProcessKind.CORE,
        owner="performance",
        name=t("Управление рекламными кампаниями", "Campaign management"),
        goal=t(
            "Рекламный бюджет приносит обращения целевых клиентов по плановой цене",
            "The advertising budget brings target clients' enquiries at the planned cost",
        ),
        results=t(
            "Запущенные и оптимизированные кампании, отчёт о кампаниях",
            "Campaigns launched and tuned, a campaign report",
        ),
        stages=[
            t("Бриф кампании", "Campaign brief"),
            t("Запуск", "Launch"),
            t("Еженедельная оптимизация", "Weekly tuning"),
        ],
        criteria=[
            (
                t("Стоимость обращения", "Cost per enquiry"),
                "≤ 1500",
                t("₽", "RUB"),
                t("месяц", "month"),
                t(
                    "Расход / число обращений по сквозной аналитике",
                    "Spend / enquiries from end-to-end analytics",
                ),
            ),
            (
                t("Рентабельность рекламных расходов (ROMI)", "Return on marketing investment (ROMI)"),
                "≥ 150",
                t("%", "%"),
                t("квартал", "quarter"),
                t(
                    "(Выручка от сделок из кампаний − расход) / расход, по CRM",
                    "(Revenue from the campaigns' deals − spend) / spend, from the CRM",
                ),
            ),
        ],
        documents=[
            (
                DocumentKind.TEMPLATE,
                t("Шаблон брифа рекламной кампании", "Campaign brief template"),
                t(
                    "БРИФ КАМПАНИИ\n\nЦель (сколько обращений, по какой цене):\nАудитория:\nКаналы:\nБюджет:\n"
                    "Материалы:\nСроки:\nКак измеряем:",
                    "CAMPAIGN BRIEF\n\nGoal (how many enquiries, at what cost):\nAudience:\nChannels:\nBudget:\n"
                    "Materials:\nDates:\nHow we measure:",
                ),
            )
        ],
    ),
    dict(
        key="leads",
        code="МР-07",
        col=4,
        row=3,
        kind=ProcessKind.CORE,
        owner="performance",
        name=t("Генерация лидов по заказу отдела продаж", "Lead generation ordered by sales"),
        goal=t(
            "Отдел продаж получает столько лидов нужного качества, сколько заказал",
            "Sales gets as many leads of the agreed quality as it ordered",
        ),
        results=t(
            "Квалифицированные лиды в CRM по заказу отдела продаж",
            "Qualified leads in the CRM, as ordered by sales",
        ),
        stages=[
            t(
                "Приём заказа на лиды (количество, качество, срок)",
                "Take the lead order (number, quality, deadline)",
            ),
            t("Квалификация обращений", "Qualify the enquiries"),
            t("Передача лидов в CRM", "Hand the leads over in the CRM"),
        ],
        criteria=[
            (
                t("Выполнение заказа на лиды", "Lead order fulfilment"),
                "≥ 100",
                t("%", "%"),
                t("месяц", "month"),
                t("Лиды в CRM / заказ отдела продаж", "Leads in the CRM / the sales order"),
            ),
            (
                t("Доля лидов, принятых отделом продаж", "Leads accepted by sales"),
                "≥ 80",
                t("%", "%"),
                t("месяц", "month"),
                t(
                    "Статус лида в CRM после первого контакта",
                    "Lead status in the CRM after the first contact",
                ),
            ),
        ],
        documents=[
            (
                DocumentKind.TEMPLATE,
                t("Шаблон заказа на лиды", "Lead order template"),
                t(
                    "ЗАКАЗ НА ЛИДЫ\n\nПериод:\nКоличество:\nКритерии качества (кто считается лидом):\nПродукты:\n"
                    "Кто принимает лиды:",
                    "LEAD ORDER\n\nPeriod:\nNumber:\nQuality (who counts as a lead):\nProducts:\nWho accepts the leads:",
                ),
            )
        ],
    ),
    dict(
        key="handling",
        code="МР-08",
        col=5,
        row=2,
        kind=ProcessKind.CORE,
        owner="sales_head",
        name=t(
            "Обработка лидов до подтверждения клиентом решения задачи",
            "Lead handling until the client confirms the problem is solved",
        ),
        goal=t(
            "Каждый лид доведён до решения задачи клиента, и клиент это подтверждает",
            "Every lead is taken to a solved client problem, confirmed by the client",
        ),
        results=t(
            "Решённая задача клиента, подтверждённая клиентом; данные о сделках в CRM",
            "The client's problem solved and confirmed by the client; deal data in the CRM",
        ),
        stages=[
            t("Первый контакт в течение часа", "First contact within an hour"),
            t("Выявление задачи клиента", "Find out the client's problem"),
            t("Предложение и сделка", "Offer and deal"),
            t("Подтверждение клиентом, что задача решена", "The client confirms the problem is solved"),
        ],
        criteria=[
            (
                t("Конверсия лида в сделку", "Lead-to-deal conversion"),
                "≥ 20",
                t("%", "%"),
                t("месяц", "month"),
                t("Сделки / лиды по CRM", "Deals / leads from the CRM"),
            ),
            (
                t("Доля сделок с подтверждением клиента", "Deals confirmed by the client"),
                "≥ 95",
                t("%", "%"),
                t("месяц", "month"),
                t(
                    "Отметка «задача решена» от клиента в CRM",
                    "The client's “problem solved” mark in the CRM",
                ),
            ),
        ],
        documents=[
            (
                DocumentKind.TEMPLATE,
                t("Скрипт обработки лида", "Lead handling script"),
                t(
                    "СКРИПТ\n\n1. Представление и цель звонка.\n2. Какую задачу вы хотите решить?\n3. Сроки, бюджет, кто решает.\n"
                    "4. Предложение на языке позиционирования.\n5. Следующий шаг в CRM.\n6. Подтверждение, что задача решена.",
                    "SCRIPT\n\n1. Introduce yourself and the call's purpose.\n2. Which problem do you want to solve?\n"
                    "3. Timing, budget, who decides.\n4. Offer in the words of the positioning.\n5. Next step in the CRM.\n"
                    "6. Confirmation that the problem is solved.",
                ),
            )
        ],
    ),
    dict(
        key="report",
        code="МР-09",
        col=2,
        row=4,
        kind=ProcessKind.MANAGEMENT,
        owner="analyst",
        name=t("Отчёт по маркетингу", "Marketing report"),
        goal=t(
            "Руководство принимает решения по маркетингу на основе цифр",
            "Management decides on marketing from the figures",
        ),
        results=t(
            "Ежемесячный отчёт: воронка, стоимость лида, ROMI, выводы и предложения — прочитанный и обсуждённый",
            "Monthly report: funnel, cost per lead, ROMI, conclusions and proposals — read and discussed",
        ),
        stages=[
            t("Сбор данных из CRM и рекламных кабинетов", "Collect data from the CRM and ad accounts"),
            t("Выводы и предложения", "Conclusions and proposals"),
            t("Обсуждение с читателем отчёта", "Discuss with the report's reader"),
        ],
        criteria=[
            (
                t("Решения, принятые по отчёту", "Decisions taken on the report"),
                "≥ 1",
                t("шт.", "pcs"),
                t("месяц", "month"),
                t(
                    "Протокол обсуждения отчёта у генерального директора",
                    "Minutes of the report's discussion with the chief executive",
                ),
            ),
            (
                t("Отчёт сдан в срок", "Report on time"),
                "≤ 5",
                t("рабочий день месяца", "working day of the month"),
                t("месяц", "month"),
                t("Дата отправки отчёта", "Date the report was sent"),
            ),
        ],
        documents=[
            (
                DocumentKind.TEMPLATE,
                t("Шаблон отчёта по маркетингу", "Marketing report template"),
                t(
                    "ОТЧЁТ ПО МАРКЕТИНГУ\n\nВоронка: обращения → лиды → сделки\nСтоимость лида и ROMI по каналам\n"
                    "Что сработало / что нет\nПредложения и решения, которые нужны:",
                    "MARKETING REPORT\n\nFunnel: enquiries → leads → deals\nCost per lead and ROMI by channel\n"
                    "What worked / what did not\nProposals and decisions needed:",
                ),
            )
        ],
    ),
]

# source, target, (what passes)
LINKS = [
    (
        "market",
        "research",
        t("открытые данные о рынке и конкурентах", "open data on the market and competitors"),
    ),
    ("research", "strategy", t("обзор рынка и конкурентов", "market and competitor review")),
    ("ceo", "strategy", t("цели и бюджет маркетинга", "marketing goals and budget")),
    ("strategy", "tasks", t("стратегия и план маркетинга", "strategy and marketing plan")),
    ("tasks", "brief", t("задача на материалы", "task for materials")),
    ("tasks", "campaigns", t("задача на кампанию", "campaign task")),
    ("brief", "content", t("ТЗ дизайнеру", "designer's brief")),
    ("content", "campaigns", t("рекламные материалы", "advertising materials")),
    ("campaigns", "leads", t("обращения из рекламных каналов", "enquiries from the channels")),
    ("sales", "leads", t("заказ на лиды", "lead order")),
    ("leads", "handling", t("квалифицированные лиды в CRM", "qualified leads in the CRM")),
    (
        "handling",
        "client",
        t("решённая задача (клиент подтверждает)", "problem solved (confirmed by the client)"),
    ),
    ("handling", "report", t("данные о сделках из CRM", "deal data from the CRM")),
    ("campaigns", "report", t("результаты кампаний", "campaign results")),
    ("report", "strategy", t("отчёт по маркетингу", "marketing report")),
    ("report", "ceo", t("отчёт по маркетингу", "marketing report")),
]


def _pos(col: float, row: float) -> dict[str, float]:
    return {"x": 40 + 240 * col, "y": 40 + 150 * row}


def build(lang: str) -> Project:
    i = 0 if lang == "ru" else 1
    people = tuple(
        Person(id=f"role_{k}", name=v[i], position_id=f"pos_{k}", department_id=f"dept_{v[2]}")
        for k, v in ROLES.items()
    )
    positions = tuple(Position(id=f"pos_{k}", name=v[i], department_id=f"dept_{v[2]}") for k, v in ROLES.items())
    departments = tuple(Department(id=f"dept_{k}", name=v[i]) for k, v in DEPARTMENTS.items())
    inputs: dict[str, list[Flow]] = {p["key"]: [] for p in PROCESSES}
    outputs: dict[str, list[Flow]] = {p["key"]: [] for p in PROCESSES}
    links = []
    for n, (s, d, what) in enumerate(LINKS, start=1):
        out = inp = None
        if s in outputs:
            out = Flow(id=f"ref_{s}_out_{len(outputs[s]) + 1}", what=what[i], party_id=f"ref_{d}")
            outputs[s].append(out)
        if d in inputs:
            inp = Flow(id=f"ref_{d}_in_{len(inputs[d]) + 1}", what=what[i], party_id=f"ref_{s}")
            inputs[d].append(inp)
        info = d in ("report", "strategy", "ceo")
        links.append(
            Link(
                id=f"ref_link_{n:02d}",
                source_id=f"ref_{s}",
                target_id=f"ref_{d}",
                label=what[i],
                source_output_id=out.id if out else None,
                target_input_id=inp.id if inp else None,
                kind=LinkKind.INFORMATION if info else LinkKind.FLOW,
            )
        )
    processes = []
    for p in PROCESSES:
        key, owner = p["key"], f"role_{p['owner']}"
        processes.append(
            Process(
                id=f"ref_{key}",
                code=p["code"],
                name=p["name"][i],
                kind=p["kind"],
                department_id=f"dept_{ROLES[p['owner']][2]}",
                owner_id=owner,
                goal=p["goal"][i],
                results=p["results"][i],
                description=p["goal"][i],
                inputs=tuple(inputs[key]),
                outputs=tuple(outputs[key]),
                customer_ids=tuple(dict.fromkeys(f.party_id for f in outputs[key] if f.party_id)),
                stages=tuple(
                    Stage(id=f"ref_{key}_stage_{k}", name=s[i], performer_id=owner)
                    for k, s in enumerate(p["stages"], start=1)
                ),
                criteria=tuple(
                    Criterion(
                        id=f"ref_{key}_crit_{k}",
                        name=c[0][i],
                        target=target_of(c[1]),
                        unit=c[2][i],
                        period=c[3][i],
                        method=c[4][i],
                        responsible_id=owner,
                    )
                    for k, c in enumerate(p["criteria"], start=1)
                ),
                documents=(
                    DocumentRef(
                        id=f"ref_{key}_regulation",
                        kind=DocumentKind.REGULATION,
                        title=("Регламент процесса «{}»", "Procedure: {}")[i].format(p["name"][i]),
                    ),
                    *(
                        DocumentRef(id=f"ref_{key}_doc_{k}", kind=kind, title=title[i], text=text[i])
                        for k, (kind, title, text) in enumerate(p["documents"], start=1)
                    ),
                ),
                **_pos(p["col"], p["row"]),
            )
        )
    parties = tuple(
        ExternalParty(id=f"ref_{k}", name=v[i], kind=v[2], **_pos(v[3], v[4])) for k, v in PARTIES.items()
    )
    name = ("Эталонная модель: процессы маркетинга", "Reference model: marketing processes")[i]
    description = (
        "Лучшая практика по процессному подходу: у каждого процесса есть владелец, клиент, SIPOC, "
        "критерии с методом измерения и шаблоны; каждый результат кто-то получает.",
        "Best practice from the process approach: every process has an owner, a customer, SIPOC, "
        "criteria with a method of measurement and templates; every result has a recipient.",
    )[i]
    pmap = ProcessMap(
        id="map_reference_marketing",
        name=name,
        kind=MapKind.REFERENCE,
        description=description,
        processes=tuple(processes),
        parties=parties,
        links=tuple(links),
    )
    return Project(
        name=name,
        organization="procedit",
        language=lang,
        people=people,
        positions=positions,
        departments=departments,
        maps=(pmap,),
    )


def main(folder: Path = HERE) -> int:
    for lang in ("ru", "en"):
        project = build(lang)
        problems = check_integrity(project)
        if problems:
            print(f"{lang}: {problems[0].path}: {problems[0].message}", file=sys.stderr)
            return 1
        save(project, folder / f"marketing_{lang}.procmap", backup=False)
        print(f"wrote {folder / f'marketing_{lang}.procmap'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
