"""The difference in words, Russian and English: one sentence per item, a text report, JSON."""

from __future__ import annotations

from typing import Any

from . import items as k
from .items import Difference

NOTHING = "—"

# kind → (ru, en) sentence; {subject}, {item}, {field}, {before}, {after}
SENTENCES: dict[str, tuple[str, str]] = {
    k.PROCESS_ADDED: ("Добавлен процесс «{subject}»", "Process “{subject}” added"),
    k.PROCESS_REMOVED: ("Удалён процесс «{subject}»", "Process “{subject}” removed"),
    k.RENAMED: ("Процесс переименован: «{before}» → «{after}»", "Process renamed: “{before}” → “{after}”"),
    k.RECODED: ("«{subject}»: код {before} → {after}", "“{subject}”: code {before} → {after}"),
    k.OWNER: ("«{subject}»: владелец {before} → {after}", "“{subject}”: owner {before} → {after}"),
    k.KIND: ("«{subject}»: вид {before} → {after}", "“{subject}”: kind {before} → {after}"),
    k.DEPARTMENT: (
        "«{subject}»: подразделение {before} → {after}",
        "“{subject}”: department {before} → {after}",
    ),
    k.FIELD: ("«{subject}»: {field}: {before} → {after}", "“{subject}”: {field}: {before} → {after}"),
    k.INPUT_ADDED: ("«{subject}»: новый вход {after}", "“{subject}”: new input {after}"),
    k.INPUT_REMOVED: ("«{subject}»: убран вход {before}", "“{subject}”: input {before} removed"),
    k.INPUT_CHANGED: (
        "«{subject}»: вход «{item}», {field}: {before} → {after}",
        "“{subject}”: input “{item}”, {field}: {before} → {after}",
    ),
    k.OUTPUT_ADDED: ("«{subject}»: новый выход {after}", "“{subject}”: new output {after}"),
    k.OUTPUT_REMOVED: ("«{subject}»: убран выход {before}", "“{subject}”: output {before} removed"),
    k.OUTPUT_CHANGED: (
        "«{subject}»: выход «{item}», {field}: {before} → {after}",
        "“{subject}”: output “{item}”, {field}: {before} → {after}",
    ),
    k.LINK_ADDED: ("Новая передача {subject}: {after}", "New hand-off {subject}: {after}"),
    k.LINK_REMOVED: ("Убрана передача {subject}: {before}", "Hand-off {subject} removed: {before}"),
    k.LINK_CHANGED: (
        "Передача {subject}, {field}: {before} → {after}",
        "Hand-off {subject}, {field}: {before} → {after}",
    ),
    k.CRITERION_ADDED: ("«{subject}»: новый критерий {after}", "“{subject}”: new criterion {after}"),
    k.CRITERION_REMOVED: ("«{subject}»: убран критерий {before}", "“{subject}”: criterion {before} removed"),
    k.CRITERION_TARGET: (
        "«{subject}»: критерий «{item}», цель {before} → {after}",
        "“{subject}”: criterion “{item}”, target {before} → {after}",
    ),
    k.CRITERION_CHANGED: (
        "«{subject}»: критерий «{item}», {field}: {before} → {after}",
        "“{subject}”: criterion “{item}”, {field}: {before} → {after}",
    ),
    k.STAGE_ADDED: ("«{subject}»: новый этап «{after}»", "“{subject}”: new stage “{after}”"),
    k.STAGE_REMOVED: ("«{subject}»: убран этап «{before}»", "“{subject}”: stage “{before}” removed"),
    k.STAGE_CHANGED: (
        "«{subject}»: этап «{item}», {field}: {before} → {after}",
        "“{subject}”: stage “{item}”, {field}: {before} → {after}",
    ),
    k.DOCUMENT_ADDED: ("«{subject}»: новый документ «{after}»", "“{subject}”: new document “{after}”"),
    k.DOCUMENT_REMOVED: (
        "«{subject}»: убран документ «{before}»",
        "“{subject}”: document “{before}” removed",
    ),
    k.DOCUMENT_CHANGED: (
        "«{subject}»: документ «{item}», {field}: {before} → {after}",
        "“{subject}”: document “{item}”, {field}: {before} → {after}",
    ),
    k.PARTY_ADDED: ("Добавлен внешний участник «{subject}»", "External party “{subject}” added"),
    k.PARTY_REMOVED: ("Удалён внешний участник «{subject}»", "External party “{subject}” removed"),
    k.PARTY_CHANGED: (
        "Внешний участник «{subject}», {field}: {before} → {after}",
        "External party “{subject}”, {field}: {before} → {after}",
    ),
    k.MOVED: ("«{subject}» перемещён: {before} → {after}", "“{subject}” moved: {before} → {after}"),
    k.MAP_CHANGED: (
        "Карта «{subject}», {field}: {before} → {after}",
        "Map “{subject}”, {field}: {before} → {after}",
    ),
    k.PROJECT_CHANGED: ("Проект, {field}: {before} → {after}", "Project, {field}: {before} → {after}"),
}

FIELDS: dict[str, tuple[str, str]] = {
    "name": ("название", "name"),
    "code": ("код", "code"),
    "goal": ("цель", "goal"),
    "results": ("результаты", "results"),
    "description": ("описание", "description"),
    "customer_ids": ("клиенты", "customers"),
    "participant_ids": ("участники", "participants"),
    "goal_ids": ("цели стратегии", "strategy goals"),
    "notes": ("заметки", "notes"),
    "what": ("что", "what"),
    "party_id": ("поставщик / потребитель", "supplier / consumer"),
    "target": ("цель", "target"),
    "period": ("периодичность", "period"),
    "method": ("метод измерения", "method"),
    "formula": ("формула", "formula"),
    "data_source": ("источник данных", "data source"),
    "responsible_id": ("ответственный", "responsible"),
    "result": ("результат", "result"),
    "performer_id": ("исполнитель", "performer"),
    "order": ("порядок этапов", "order of stages"),
    "title": ("название", "title"),
    "kind": ("вид", "kind"),
    "location": ("расположение", "location"),
    "text": ("текст", "text"),
    "label": ("что передаётся", "what passes"),
    "ends": ("концы", "ends"),
    "lanes": ("дорожки", "lanes"),
    "x": ("положение", "position"),
}

VALUES: dict[str, tuple[str, str]] = {
    "management": ("управляющий", "management"),
    "core": ("основной", "core"),
    "support": ("обеспечивающий", "support"),
    "customer": ("клиент", "customer"),
    "supplier": ("поставщик", "supplier"),
    "other": ("другое", "other"),
    "flow": ("поток", "flow"),
    "information": ("информация", "information"),
    "control": ("управление", "control"),
    "regulation": ("регламент", "regulation"),
    "job_instruction": ("должностная инструкция", "job instruction"),
    "template": ("шаблон", "template"),
    "as_is": ("AS IS", "AS IS"),
    "to_be": ("TO BE", "TO BE"),
    "reference": ("эталонная", "reference"),
}

_LONG = 80


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "ru" else pair[1]


def value_text(value: str, lang: str, field: str = "") -> str:
    """A before/after value as printed: translated enum words, "—" for nothing, long texts cut."""
    if not value:
        return NOTHING
    if field in ("kind",) or value in ("management", "core", "support"):
        value = _pick(VALUES[value], lang) if value in VALUES else value
    value = " ".join(value.split())
    return value if len(value) <= _LONG else value[: _LONG - 1] + "…"


def field_text(field: str, lang: str) -> str:
    return _pick(FIELDS[field], lang) if field in FIELDS else field


def describe(d: Difference, lang: str = "ru") -> str:
    """One sentence naming the element and the values before and after."""
    template = _pick(SENTENCES.get(d.kind, SENTENCES[k.FIELD]), lang)
    return template.format(
        subject=d.subject,
        item=d.item or NOTHING,
        field=field_text(d.field, lang),
        before=value_text(d.before, lang, d.field),
        after=value_text(d.after, lang, d.field),
    )


def difference_dict(d: Difference, lang: str = "ru") -> dict[str, Any]:
    return {
        "kind": d.kind,
        "group": d.group,
        "old_id": d.old_id,
        "new_id": d.new_id,
        "subject": d.subject,
        "item": d.item,
        "field": d.field,
        "before": d.before,
        "after": d.after,
        "text": describe(d, lang),
    }


# kind → (ru, en) short "what changed" for tables ({item} the input, criterion, ...; {field})
WHAT: dict[str, tuple[str, str]] = {
    k.PROCESS_ADDED: ("процесс добавлен", "process added"),
    k.PROCESS_REMOVED: ("процесс удалён", "process removed"),
    k.RENAMED: ("название", "name"),
    k.RECODED: ("код", "code"),
    k.OWNER: ("владелец", "owner"),
    k.KIND: ("вид", "kind"),
    k.DEPARTMENT: ("подразделение", "department"),
    k.FIELD: ("{field}", "{field}"),
    k.INPUT_ADDED: ("новый вход «{item}»", "new input “{item}”"),
    k.INPUT_REMOVED: ("убран вход «{item}»", "input “{item}” removed"),
    k.INPUT_CHANGED: ("вход «{item}»: {field}", "input “{item}”: {field}"),
    k.OUTPUT_ADDED: ("новый выход «{item}»", "new output “{item}”"),
    k.OUTPUT_REMOVED: ("убран выход «{item}»", "output “{item}” removed"),
    k.OUTPUT_CHANGED: ("выход «{item}»: {field}", "output “{item}”: {field}"),
    k.LINK_ADDED: ("новая передача", "new hand-off"),
    k.LINK_REMOVED: ("передача убрана", "hand-off removed"),
    k.LINK_CHANGED: ("передача: {field}", "hand-off: {field}"),
    k.CRITERION_ADDED: ("новый критерий «{item}»", "new criterion “{item}”"),
    k.CRITERION_REMOVED: ("убран критерий «{item}»", "criterion “{item}” removed"),
    k.CRITERION_TARGET: ("цель критерия «{item}»", "target of “{item}”"),
    k.CRITERION_CHANGED: ("критерий «{item}»: {field}", "criterion “{item}”: {field}"),
    k.STAGE_ADDED: ("новый этап", "new stage"),
    k.STAGE_REMOVED: ("этап убран", "stage removed"),
    k.STAGE_CHANGED: ("этап «{item}»: {field}", "stage “{item}”: {field}"),
    k.DOCUMENT_ADDED: ("новый документ", "new document"),
    k.DOCUMENT_REMOVED: ("документ убран", "document removed"),
    k.DOCUMENT_CHANGED: ("документ «{item}»: {field}", "document “{item}”: {field}"),
    k.PARTY_ADDED: ("внешний участник добавлен", "external party added"),
    k.PARTY_REMOVED: ("внешний участник удалён", "external party removed"),
    k.PARTY_CHANGED: ("внешний участник: {field}", "external party: {field}"),
    k.MOVED: ("положение", "position"),
    k.MAP_CHANGED: ("карта: {field}", "map: {field}"),
    k.PROJECT_CHANGED: ("{field}", "{field}"),
}


def what_changed(d: Difference, lang: str = "ru") -> str:
    """A short "what changed" for a table row (the element is in its own column)."""
    template = _pick(WHAT.get(d.kind, WHAT[k.FIELD]), lang)
    return template.format(item=d.item or NOTHING, field=field_text(d.field, lang))
