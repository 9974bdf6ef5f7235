"""A project as stable lines of text, for git's ``textconv``: a line diff of two outlines reads
as a change list (one process per block, one input, criterion or hand-off per line)."""

from __future__ import annotations

from procedit.control import format_target
from procedit.model import Process, ProcessMap, Project

from .names import Names
from .texts import value_text


def _t(ru: str, en: str, lang: str) -> str:
    return ru if lang == "ru" else en


def outline(project: Project, lang: str = "ru") -> str:
    lines = [f"{_t('Проект', 'Project', lang)}: {project.name}"]
    if project.organization:
        lines.append(f"{_t('Организация', 'Organization', lang)}: {project.organization}")
    pp = project.passport
    lines.append(f"{_t('Паспорт', 'Passport', lang)}: {pp.code} {pp.title} v{pp.version} {pp.status.value}")
    for person in project.people:
        lines.append(f"{_t('Сотрудник', 'Person', lang)}: {person.name} ({project.position_label(person)})")
    for entry in project.change_log:
        lines.append(
            f"{_t('Изменение', 'Change', lang)} {entry.number}: {entry.date or ''} {entry.description}"
        )
    for conflict in project.conflicts:
        lines.append(
            f"{_t('КОНФЛИКТ', 'CONFLICT', lang)}: {conflict.where} {conflict.field}: "
            f"{conflict.ours} | {conflict.theirs}"
        )
    for pmap in project.maps:
        lines.append("")
        lines.extend(_map(project, pmap, lang))
    return "\n".join(lines) + "\n"


def _map(project: Project, pmap: ProcessMap, lang: str) -> list[str]:
    names = Names.of(project, pmap)
    lines = [f"== {_t('Карта', 'Map', lang)}: {pmap.name} [{value_text(pmap.kind.value, lang, 'kind')}]"]
    lines.extend(_document(pmap, names, lang))
    for p in pmap.processes:
        lines.extend(_process(p, names, lang))
    for q in pmap.parties:
        lines.append(f"{_t('Внешний участник', 'External party', lang)}: {q.name} [{q.kind.value}]")
    for lk in pmap.links:
        lines.append(f"{_t('Передача', 'Hand-off', lang)}: {names.link(lk)}: {lk.label}")
    return lines


def _document(pmap: ProcessMap, names: Names, lang: str) -> list[str]:
    """The map's own document (passport, approvers, change log, general sections), if it has one."""
    d = pmap.document
    if d is None:
        return []
    pp = d.passport
    head = _t("Документ карты", "Map document", lang)
    lines = [
        f"{head}: {pp.code} {pp.title} v{pp.version} {pp.status.value} {pp.effective_date or ''}".rstrip()
    ]
    for a in d.approvers:
        lines.append(
            f"{head} | {a.role.value}: {names.person(a.person_id)} {a.decision} {a.date or ''}".rstrip()
        )
    for entry in d.change_log:
        lines.append(
            f"{head} | {_t('изменение', 'change', lang)} {entry.number} v{entry.version}: "
            f"{entry.date or ''} {' '.join(entry.description.split())}"
        )
    for field in ("provisions", "authority", "analysis_period", "analysis_record", "revision_period"):
        value = " ".join(str(getattr(d, field)).split())
        if value:
            lines.append(f"{head} | {field}: {value}")
    return lines


def _process(p: Process, names: Names, lang: str) -> list[str]:
    head = Names.process(p)
    lines = [
        f"-- {head}",
        f"{head} | {_t('вид', 'kind', lang)}: {value_text(p.kind.value, lang, 'kind')}",
        f"{head} | {_t('владелец', 'owner', lang)}: {names.person(p.owner_id)}",
        f"{head} | {_t('подразделение', 'department', lang)}: {names.department(p.department_id)}",
        f"{head} | {_t('клиенты', 'customers', lang)}: {names.many(p.customer_ids) or '—'}",
        f"{head} | {_t('цель', 'goal', lang)}: {' '.join(p.goal.split())}",
        f"{head} | {_t('результаты', 'results', lang)}: {' '.join(p.results.split())}",
    ]
    lines += [f"{head} | {_t('вход', 'input', lang)}: {f.what} ← {names.node(f.party_id)}" for f in p.inputs]
    lines += [
        f"{head} | {_t('выход', 'output', lang)}: {f.what} → {names.node(f.party_id)}" for f in p.outputs
    ]
    lines += [
        f"{head} | {_t('этап', 'stage', lang)}: {s.name} ({names.performer(s.performer_id)})"
        + "".join(f", {x}" for x in (s.input, s.duration, s.documents, s.it_system) if x.strip())
        for s in p.stages
    ]
    lines += [
        f"{head} | {_t('критерий', 'criterion', lang)}: {c.name}: {format_target(c.target, c.unit, lang)}, {c.period}, "
        f"{c.method}, {names.person(c.responsible_id)}"
        for c in p.criteria
    ]
    lines += [f"{head} | {_t('документ', 'document', lang)}: {d.title} [{d.kind.value}]" for d in p.documents]
    for key, ru, en in (("start_event", "начало", "starts"), ("end_event", "окончание", "ends")):
        if getattr(p, key).strip():
            lines.append(f"{head} | {_t(ru, en, lang)}: {' '.join(getattr(p, key).split())}")
    if p.resources.strip():
        lines.append(f"{head} | {_t('ресурсы', 'resources', lang)}: {' '.join(p.resources.split())}")
    lines += [
        f"{head} | {_t('риск', 'risk', lang)}: {r.risk} ({r.likelihood or '—'}/{r.impact or '—'}), "
        f"{' '.join(r.response.split())}, {names.person(r.owner_id)}"
        for r in p.risks
    ]
    lines += [
        f"{head} | {_t('запись', 'record', lang)}: {r.name}, {r.place}, {r.retention}, {names.performer(r.keeper_id)}"
        for r in p.records
    ]
    return lines
