"""The rules of the five principles of the process approach (plus consistency checks).

Each rule is a small function; the registry (``registry.rule``) records its id, principle,
default severity, scope and messages (Russian, English). Process rules yield
the params of each finding; aggregate and graph rules yield (element id, name, params).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Any

import networkx as nx

from procedit.model import DocumentKind, Process, Severity

from .context import MapContext, node_name
from .registry import rule

ERR, WARN, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
Params = dict[str, Any]
Hit = tuple[str, str, Params]

# ============================================================== 1. interconnection


@rule(
    "isolated_process",
    "interconnection",
    ERR,
    "graph",
    title=("Процесс ни с чем не связан", "Process is not connected"),
    message=(
        "Процесс «{name}» ни с чем не связан: на карте нет ни связей, ни поставщиков, ни потребителей, "
        "ни клиентов этого процесса. Проведите связь к процессу или внешней стороне, от которых он "
        "получает входы или которым передаёт результат.",
        "Process “{name}” is connected to nothing: the map has no links, suppliers, consumers or "
        "customers of it. Draw a link to the process or party it receives inputs from or delivers to.",
    ),
)
def isolated_process(ctx: MapContext) -> Iterator[Hit]:
    ctx.memo["isolates"] = ctx.isolates
    for node in ctx.isolates:
        p = ctx.processes.get(node)
        if p is not None:
            yield node, node_name(p), {}


@rule(
    "isolated_party",
    "interconnection",
    WARN,
    "graph",
    title=("Внешняя сторона ни с чем не связана", "External party is not connected"),
    message=(
        "Внешняя сторона «{name}» ни с чем не связана. Проведите связь к процессу, который с ней "
        "работает, или удалите её с карты.",
        "External party “{name}” is connected to nothing. Draw a link to the process that works "
        "with it, or remove it from the map.",
    ),
)
def isolated_party(ctx: MapContext) -> Iterator[Hit]:
    for node in ctx.isolates:
        party = ctx.parties.get(node)
        if party is not None:
            yield node, node_name(party), {}


@rule(
    "no_path_to_customer",
    "interconnection",
    WARN,
    "graph",
    title=("Нет пути к клиенту", "No path to a customer"),
    message=(
        "От процесса «{name}» не ведёт ни один путь к клиенту: его результат не доходит ни до внешнего "
        "клиента, ни до процесса с назначенным клиентом. Проведите связь дальше по цепочке или укажите "
        "клиента процесса.",
        "No path leads from process “{name}” to a customer: its result reaches neither an external "
        "customer nor a process with a named customer. Extend the chain with a link or name the "
        "process's customer.",
    ),
)
def no_path_to_customer(ctx: MapContext) -> Iterator[Hit]:
    g = ctx.graph
    # a customer: an external party of kind customer, or a process with a named customer
    targets = [n for n, d in g.nodes(data=True) if d.get("customer")]
    targets += [pid for pid, p in ctx.processes.items() if p.customer_ids]
    reached = set(targets)
    queue = deque(targets)
    pred = g.pred
    while queue:  # breadth-first search on the reversed graph, from every customer at once
        node = queue.popleft()
        for prev in pred[node]:
            if prev not in reached:
                reached.add(prev)
                queue.append(prev)
    ctx.memo["reached"] = reached
    isolated = ctx.isolates
    for pid, p in ctx.processes.items():
        if pid not in reached and pid not in isolated:  # isolated processes are reported already
            yield pid, node_name(p), {}


@rule(
    "map_disconnected",
    "interconnection",
    WARN,
    "graph",
    title=("Карта распадается на несвязанные части", "The map splits into unconnected parts"),
    message=(
        "Карта «{name}» распадается на {parts} несвязанные части; самая малая из них: {smallest}. "
        "Свяжите части между собой или вынесите обособленную часть на отдельную карту.",
        "Map “{name}” splits into {parts} unconnected parts; the smallest is: {smallest}. "
        "Link the parts together or move the separate part to a map of its own.",
    ),
)
def map_disconnected(ctx: MapContext) -> Iterator[Hit]:
    g = ctx.graph
    components = list(nx.weakly_connected_components(g))
    ctx.memo["component"] = {node: i for i, c in enumerate(components) for node in c}
    # a node alone is isolated (there are rules for that), not a part of the map
    parts = [c for c in components if len(c) > 1]
    if len(parts) < 2:
        return
    smallest = min(parts, key=lambda c: (len(c), min(c)))
    names = sorted(node_name(ctx.processes.get(n) or ctx.parties[n]) for n in smallest)
    shown = ", ".join(f"«{n}»" for n in names[:3]) + (" …" if len(names) > 3 else "")
    yield ctx.map_id, ctx.map_name or ctx.map_id, {"parts": len(parts), "smallest": shown}


def _linked_flows(ctx: MapContext, p: Process, outgoing: bool) -> set[str]:
    if outgoing:
        return {link.source_output_id for link in ctx.links_from(p.id) if link.source_output_id}
    return {link.target_input_id for link in ctx.links_to(p.id) if link.target_input_id}


@rule(
    "input_without_supplier",
    "interconnection",
    WARN,
    "process",
    title=("Вход без поставщика", "Input without a supplier"),
    message=(
        "У входа «{what}» процесса «{name}» нет поставщика. Укажите поставщика этого входа или "
        "проведите к процессу связь от того, кто его передаёт.",
        "Input “{what}” of process “{name}” has no supplier. Name the supplier of this input or "
        "draw a link to the process from whoever provides it.",
    ),
)
def input_without_supplier(ctx: MapContext, p: Process) -> Iterator[Params]:
    linked = _linked_flows(ctx, p, outgoing=False) if p.inputs else set()
    for flow in p.inputs:
        if flow.party_id is None and flow.id not in linked:
            yield {"what": flow.what.strip() or "—"}


@rule(
    "output_without_consumer",
    "interconnection",
    WARN,
    "process",
    title=("Выход без потребителя", "Output without a consumer"),
    message=(
        "У выхода «{what}» процесса «{name}» нет потребителя. Укажите, кто получает этот результат, "
        "или проведите от процесса связь к получателю.",
        "Output “{what}” of process “{name}” has no consumer. Name who receives this result or "
        "draw a link from the process to the recipient.",
    ),
)
def output_without_consumer(ctx: MapContext, p: Process) -> Iterator[Params]:
    linked = _linked_flows(ctx, p, outgoing=True) if p.outputs else set()
    for flow in p.outputs:
        if flow.party_id is None and flow.id not in linked:
            yield {"what": flow.what.strip() or "—"}


# ============================================================== 2. personal responsibility


@rule(
    "no_owner",
    "responsibility",
    ERR,
    "process",
    title=("Нет владельца процесса", "No process owner"),
    message=(
        "У процесса «{name}» нет владельца. Назначьте владельцем одного человека из реестра сотрудников.",
        "Process “{name}” has no owner. Make one person from the people register its owner.",
    ),
)
def no_owner(ctx: MapContext, p: Process) -> Iterator[Params]:
    if not p.owner_id:
        yield {}


@rule(
    "owner_unknown",
    "responsibility",
    ERR,
    "process",
    title=("Владелец не из реестра сотрудников", "Owner is not in the people register"),
    message=(
        "Владелец процесса «{name}» ({owner}) не найден в реестре сотрудников. Выберите владельцем "
        "человека из реестра или добавьте его в реестр.",
        "The owner of process “{name}” ({owner}) is not in the people register. Choose a person "
        "from the register or add them to it.",
    ),
)
def owner_unknown(ctx: MapContext, p: Process) -> Iterator[Params]:
    if p.owner_id and p.owner_id not in ctx.facts.person_ids:
        yield {"owner": p.owner_id}


@rule(
    "owner_overload",
    "responsibility",
    INFO,
    "group",
    key=lambda p: p.owner_id,
    whole=True,
    title=("Один человек владеет большой долей процессов", "One person owns a large share of the map"),
    message=(
        "На карте «{name}» {person} владеет {count} из {total} процессов ({share}). Распределите "
        "владение между руководителями, чтобы за каждый процесс отвечал тот, кто им управляет.",
        "On map “{name}”, {person} owns {count} of {total} processes ({share}). Share the ownership "
        "among managers so that each process is owned by whoever runs it.",
    ),
)
def owner_overload(ctx: MapContext, owner: str, members: list[Process]) -> Iterator[Hit]:
    total = len(ctx.processes)
    if total < ctx.facts.params["owner_share_min_processes"]:
        return
    share = len(members) / total
    if share > ctx.facts.params["owner_share"]:
        person = ctx.facts.person_names.get(owner) or owner
        params = {"person": person, "count": len(members), "total": total, "share": share}
        yield ctx.map_id, ctx.map_name or ctx.map_id, params


# ============================================================== 3. demand


@rule(
    "no_consumer",
    "demand",
    ERR,
    "process",
    title=("Результат процесса никому не нужен", "Nobody consumes the process's result"),
    message=(
        "Результат процесса «{name}» никто не получает («отчёт, который никто не читает»): нет ни "
        "исходящих связей, ни потребителей выходов, ни клиентов. Укажите, кому нужен результат, или "
        "откажитесь от процесса.",
        "Nobody receives the result of process “{name}” (“a report nobody reads”): it has no outgoing "
        "links, no consumers of its outputs and no customers. Name who needs the result, or drop the "
        "process.",
    ),
)
def no_consumer(ctx: MapContext, p: Process) -> Iterator[Params]:
    if p.customer_ids or any(f.party_id for f in p.outputs):
        return
    if any(link.target_id != p.id for link in ctx.links_from(p.id)):
        return
    yield {}


# ============================================================== 4. documentation


def _missing_field(rule_id: str, field: str, ru: tuple[str, str], en: tuple[str, str]) -> None:
    @rule(
        rule_id,
        "documentation",
        WARN,
        "process",
        title=(ru[0], en[0]),
        message=(f"У процесса «{{name}}» {ru[1]}", f"Process “{{name}}” {en[1]}"),
    )
    def check(ctx: MapContext, p: Process) -> Iterator[Params]:
        value = getattr(p, field)
        if not (value.strip() if isinstance(value, str) else value):
            yield {}

    check.__name__ = rule_id


_missing_field(
    "no_goal",
    "goal",
    ("Не указана цель процесса", "не указана цель. Опишите, зачем процесс существует и чего он достигает."),
    ("No process goal", "has no goal. Describe why the process exists and what it achieves."),
)
_missing_field(
    "no_results",
    "results",
    ("Не указаны результаты", "не указаны результаты. Перечислите, что процесс производит."),
    ("No results", "has no results. List what the process produces."),
)
_missing_field(
    "no_description",
    "description",
    ("Нет описания", "нет описания. Кратко опишите, что и как делается в процессе."),
    ("No description", "has no description. Describe briefly what is done in the process and how."),
)
_missing_field(
    "no_inputs",
    "inputs",
    ("Не указаны входы", "не указаны входы. Добавьте, что процесс получает и от кого."),
    ("No inputs", "has no inputs. Add what the process receives and from whom."),
)
_missing_field(
    "no_outputs",
    "outputs",
    ("Не указаны выходы", "не указаны выходы. Добавьте, что процесс передаёт и кому."),
    ("No outputs", "has no outputs. Add what the process delivers and to whom."),
)


@rule(
    "no_regulation",
    "documentation",
    WARN,
    "process",
    title=("Нет регламента", "No regulation document"),
    message=(
        "К процессу «{name}» не приложен регламент. Добавьте документ вида «регламент» в базу знаний "
        "процесса.",
        "Process “{name}” has no regulation attached. Add a document of kind “regulation” to the "
        "process's knowledge base.",
    ),
)
def no_regulation(ctx: MapContext, p: Process) -> Iterator[Params]:
    if not any(d.kind == DocumentKind.REGULATION for d in p.documents):
        yield {}


# ============================================================== 5. control


@rule(
    "no_criteria",
    "control",
    ERR,
    "process",
    title=("Нет критериев результативности", "No performance criteria"),
    message=(
        "У процесса «{name}» нет критериев результативности: им нельзя управлять. Добавьте хотя бы "
        "один показатель с целевым значением, методом, периодичностью и ответственным.",
        "Process “{name}” has no performance criteria, so it cannot be managed. Add at least one "
        "indicator with a target, a method, a period and a responsible person.",
    ),
)
def no_criteria(ctx: MapContext, p: Process) -> Iterator[Params]:
    if not p.criteria:
        yield {}


@rule(
    "criterion_incomplete",
    "control",
    WARN,
    "process",
    title=("Критерий описан не полностью", "Criterion is incomplete"),
    message=(
        "У критерия «{criterion}» процесса «{name}» не заполнено: {missing}. Заполните эти поля.",
        "Criterion “{criterion}” of process “{name}” lacks: {missing}. Fill these fields in.",
    ),
)
def criterion_incomplete(ctx: MapContext, p: Process) -> Iterator[Params]:
    for c in p.criteria:
        missing = []
        if not c.target.is_set:
            missing.append("target")
        if not c.method.strip():
            missing.append("method")
        if not c.period.strip():
            missing.append("period")
        if c.responsible_id is None or c.responsible_id not in ctx.facts.person_ids:
            missing.append("responsible")
        if missing:
            yield {"criterion": c.name.strip() or "—", "missing": tuple(missing)}


# ============================================================== consistency


def _norm(text: str) -> str | None:
    return " ".join(text.split()).casefold() or None


def _duplicates(key: str, members: list[Process]) -> Iterator[Hit]:
    if len(members) > 1:
        for p in members:
            yield p.id, node_name(p), {"value": getattr(p, key).strip(), "count": len(members)}


@rule(
    "duplicate_code",
    "consistency",
    WARN,
    "group",
    key=lambda p: _norm(p.code),
    title=("Повторяющийся код процесса", "Duplicate process code"),
    message=(
        "Код «{value}» процесса «{name}» встречается на карте у {count} процессов. Дайте "
        "каждому процессу свой код.",
        "Code “{value}” of process “{name}” is used {count} times on the map. Give each process "
        "a code of its own.",
    ),
)
def duplicate_code(ctx: MapContext, key: str, members: list[Process]) -> Iterator[Hit]:
    return _duplicates("code", members)


@rule(
    "duplicate_name",
    "consistency",
    WARN,
    "group",
    key=lambda p: _norm(p.name),
    title=("Повторяющееся название процесса", "Duplicate process name"),
    message=(
        "Название «{value}» процесса «{name}» встречается на карте у {count} процессов. "
        "Уточните названия или объедините процессы.",
        "Name “{value}” of process “{name}” is used {count} times on the map. Make the names "
        "distinct or merge the processes.",
    ),
)
def duplicate_name(ctx: MapContext, key: str, members: list[Process]) -> Iterator[Hit]:
    return _duplicates("name", members)


@rule(
    "no_strategy_goal",
    "consistency",
    INFO,
    "process",
    title=("Процесс TO BE не служит целям стратегии", "TO BE process serves no strategy goal"),
    message=(
        "Процесс «{name}» целевой модели (TO BE) не связан ни с одной целью стратегии. Укажите, "
        "каким целям он служит, или пересмотрите, нужен ли он.",
        "TO BE process “{name}” serves no strategy goal. Name the goals it serves, or reconsider "
        "whether it is needed.",
    ),
)
def no_strategy_goal(ctx: MapContext, p: Process) -> Iterator[Params]:
    if ctx.is_to_be and not any(g in ctx.facts.goal_ids for g in p.goal_ids):
        yield {}
