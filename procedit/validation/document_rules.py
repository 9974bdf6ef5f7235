"""The documentation rules of a controlled document: what a regulation must say that its map
does not (the procedure of a TO BE process, the general sections of the document, the
process sections), and a version that disagrees with the change log.

They look at maps that export as a regulation (TO BE, decompositions); the map's document is
read through ``procedit.model.document_of`` (its own, else the project's). Being part of
the regulation level, they speak once a map is checked as a regulation — which a map whose
document is under approval or approved always is.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from procedit.model import Process, Severity, document_of, latest_change

from .context import MapContext
from .registry import rule

Params = dict[str, Any]
Hit = tuple[str, str, Params]


@rule(
    "no_stages",
    "documentation",
    Severity.WARNING,
    "process",
    title=("Нет этапов процесса", "No process stages"),
    message=(
        "У процесса «{name}» карты TO BE нет этапов: регламент не скажет, кто, что и в какой "
        "последовательности делает. Добавьте этапы (вход, исполнитель, срок, результат) или "
        "декомпозируйте процесс.",
        "Process “{name}” of the TO BE map has no stages: the regulation will not say who does what "
        "in which order. Add its stages (input, performer, deadline, result) or decompose it.",
    ),
)
def no_stages(ctx: MapContext, p: Process) -> Iterator[Params]:
    # a decomposition map's boxes are themselves the steps of its process's procedure
    if ctx.is_to_be and not ctx.header.parent_process_id and not p.stages and not p.subprocess_map_id:
        yield {}


@rule(
    "process_sections_missing",
    "documentation",
    Severity.WARNING,
    "process",
    title=("Разделы регламента процесса не заполнены", "Process sections of the regulation are empty"),
    message=(
        "В регламенте процесса «{name}» будут пропущены разделы: {missing}. Заполните их в свойствах "
        "процесса (раздел «Для регламента»).",
        "The regulation will leave out these sections of process “{name}”: {missing}. Fill them in "
        "the process's properties (section “For the regulation”).",
    ),
)
def process_sections_missing(ctx: MapContext, p: Process) -> Iterator[Params]:
    if not ctx.makes_regulation:
        return
    missing = []
    starts = p.start_event.strip() or any(f.what.strip() for f in p.inputs)
    ends = p.end_event.strip() or any(f.what.strip() for f in p.outputs)
    if not (starts and ends):
        missing.append("boundaries")
    if not p.resources.strip():
        missing.append("resources")
    if not any(r.risk.strip() for r in p.risks):
        missing.append("risks")
    if not any(r.name.strip() for r in p.records):
        missing.append("records")
    if missing:
        yield {"missing": tuple(missing)}


@rule(
    "document_sections_missing",
    "documentation",
    Severity.WARNING,
    "graph",
    title=("Разделы регламента не заполнены", "Sections of the regulation are empty"),
    message=(
        "В регламенте карты «{name}» будут пропущены разделы: {missing}. Заполните их в свойствах "
        "карты (раздел «Документ этой карты»; нормативные ссылки — в свойствах проекта).",
        "The regulation of map “{name}” will leave out these sections: {missing}. Fill them in the "
        "map's properties (section “Document of this map”; normative references in the project's).",
    ),
)
def document_sections_missing(ctx: MapContext) -> Iterator[Hit]:
    if not ctx.makes_regulation or not ctx.processes:
        return
    d = document_of(ctx.facts.project, ctx.header)
    missing = []
    if not d.provisions.strip():
        missing.append("provisions")
    if not d.authority.strip():
        missing.append("authority")
    if not any(r.code.strip() or r.title.strip() for r in ctx.facts.project.references):
        missing.append("references")
    if not (d.analysis_by_id and d.analysis_period.strip() and d.analysis_record.strip()):
        missing.append("analysis")
    if not (d.revision_period.strip() and d.change_initiators.strip()):
        missing.append("change_procedure")
    if missing:
        yield ctx.map_id, ctx.map_name or ctx.map_id, {"missing": tuple(missing)}


@rule(
    "version_mismatch",
    "documentation",
    Severity.WARNING,
    "graph",
    title=("Версия документа не совпадает с листом изменений", "Version disagrees with the change log"),
    message=(
        "В паспорте документа карты «{name}» версия {version}, а последнее изменение (№ {number}) "
        "выпустило версию {logged}. Документ печатает версию из листа регистрации изменений; "
        "исправьте паспорт или запись изменения.",
        "The passport of map “{name}” says version {version}, but the latest change (no. {number}) "
        "made version {logged}. The document prints the change log's version; correct the passport "
        "or the change entry.",
    ),
)
def version_mismatch(ctx: MapContext) -> Iterator[Hit]:
    d = document_of(ctx.facts.project, ctx.header)
    last = latest_change(d.change_log)
    logged = last.version.strip() if last is not None else ""
    version = d.passport.version.strip()
    if logged and version and logged != version:
        params = {"version": version, "logged": logged, "number": str(last.number)}
        yield ctx.map_id, ctx.map_name or ctx.map_id, params
