"""What the documents say about a comparison, as plain data (renderers only lay it out).

- the TO BE regulation: "Изменения относительно AS IS" — process, what changed, before, after;
- the AS IS survey report: "Что исправляет TO BE" — the findings the TO BE map fixes, and how;
- the survey report's benchmarking part: the map against a reference model.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from procedit.model import MapKind, ProcessMap, Project

from . import items as k
from .diff import MapDiff, diff_maps
from .texts import value_text, what_changed

# the changes a reader of the regulation cares about (not positions, not notes)
READER_KINDS = frozenset(
    kind
    for group in ("processes", "flows", "links", "criteria", "stages", "documents", "parties")
    for kind in k.GROUPS[group]
)
_QUIET_FIELDS = frozenset({"notes", "description", "participant_ids"})


@dataclass
class Table:
    """A titled table: ``columns`` headers, ``rows`` of plain strings, an ``intro`` line."""

    title: str
    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)
    intro: str = ""
    empty: str = ""


def _t(ru: str, en: str, lang: str) -> str:
    return ru if lang == "ru" else en


def source_as_is(project: Project, pmap: ProcessMap) -> ProcessMap | None:
    """The AS IS map a TO BE map was made from (``source_map_id``), if it is in the project."""
    if pmap.kind != MapKind.TO_BE or not pmap.source_map_id:
        return None
    return next((m for m in project.maps if m.id == pmap.source_map_id), None)


def to_be_of(project: Project, pmap: ProcessMap) -> ProcessMap | None:
    """The TO BE map made from this AS IS map, if any (the first one)."""
    if pmap.kind != MapKind.AS_IS:
        return None
    return next((m for m in project.maps if m.kind == MapKind.TO_BE and m.source_map_id == pmap.id), None)


def changes_table(
    project: Project, to_be: ProcessMap, lang: str = "ru", diff: MapDiff | None = None
) -> Table | None:
    """The section "Изменения относительно AS IS" of a TO BE map's regulation (None without AS IS)."""
    as_is = source_as_is(project, to_be)
    if as_is is None:
        return None
    diff = diff or diff_maps(project, as_is, project, to_be, findings=False)
    table = Table(
        _t("Изменения относительно AS IS", "Changes from AS IS", lang),
        [
            _t("Процесс", "Process", lang),
            _t("Что изменилось", "What changed", lang),
            _t("Было", "Before", lang),
            _t("Стало", "After", lang),
        ],
        intro=_t(
            f"Что меняет карта «{to_be.name}» по сравнению с картой «{as_is.name}».",
            f"What the map “{to_be.name}” changes compared with “{as_is.name}”.",
            lang,
        ),
        empty=_t("Изменений нет.", "No changes.", lang),
    )
    for d in diff.items:
        if d.kind not in READER_KINDS or (d.kind == k.FIELD and d.field in _QUIET_FIELDS):
            continue
        table.rows.append(
            [
                d.subject,
                what_changed(d, lang),
                value_text(d.before, lang, d.field),
                value_text(d.after, lang, d.field),
            ]
        )
    return table


def _how(d, lang: str) -> str:
    if d.kind == k.LINK_ADDED:
        return f"{what_changed(d, lang)} {d.subject}"
    before, after = value_text(d.before, lang, d.field), value_text(d.after, lang, d.field)
    return f"{what_changed(d, lang)}: {before} → {after}" if d.before else f"{what_changed(d, lang)}: {after}"


def fixes_table(project: Project, as_is: ProcessMap, lang: str = "ru") -> Table | None:
    """The survey report's "what the TO BE fixes": every finding of the AS IS map the TO BE map
    no longer has, with the TO BE's changes to that element (None without a TO BE map)."""
    to_be = to_be_of(project, as_is)
    if to_be is None:
        return None
    diff = diff_maps(project, as_is, project, to_be)
    table = Table(
        _t("Что исправляет TO BE", "What the TO BE fixes", lang),
        [
            _t("Замечание AS IS", "AS IS finding", lang),
            _t("Элемент", "Element", lang),
            _t("Как исправлено в TO BE", "How the TO BE fixes it", lang),
        ],
        intro=_t(
            f"Замечания проверки карты «{as_is.name}», которых нет на карте «{to_be.name}».",
            f"Findings on the map “{as_is.name}” that the map “{to_be.name}” no longer has.",
            lang,
        ),
        empty=_t("TO BE не исправляет ни одного замечания.", "The TO BE fixes no finding.", lang),
    )
    for f in diff.fixed:
        how = [_how(d, lang) for d in diff.items if d.old_id == f.element_id and d.kind in READER_KINDS]
        how += [_how(d, lang) for d in diff.items if d.kind == k.LINK_ADDED and f.element_name in d.subject]
        table.rows.append([f.title(lang), f.element_name, "; ".join(dict.fromkeys(how)) or "—"])
    return table


def reference_map(project: Project, pmap: ProcessMap) -> ProcessMap | None:
    """The reference model kept in the project (a map of kind ``reference``), if any."""
    return next((m for m in project.maps if m.kind == MapKind.REFERENCE and m.id != pmap.id), None)


def benchmark_table(project: Project, pmap: ProcessMap, lang: str = "ru") -> Table | None:
    """The survey report's benchmarking: the map against the project's reference map (None
    without one): reference processes the map lacks, criteria it does not measure, hand-offs
    it does not have."""
    from .names import Names
    from .reference import compare_with_reference, report_lines

    reference = reference_map(project, pmap)
    if reference is None or pmap.kind == MapKind.REFERENCE:
        return None
    report = compare_with_reference(project, reference, project, pmap)
    table = Table(
        _t(
            f"Сравнение с эталонной моделью «{reference.name}»",
            f"Against the reference model “{reference.name}”",
            lang,
        ),
        [
            _t("Чего нет", "What is missing", lang),
            _t("Где", "Where", lang),
            _t("Подробности", "Details", lang),
        ],
        intro=report_lines(report, lang)[0],
        empty=_t("Карта покрывает эталон полностью.", "The map covers the reference completely.", lang),
    )
    for p in report.missing_processes:
        table.rows.append([_t("процесс эталона", "reference process", lang), Names.process(p), p.goal])
    for m in report.missing_criteria:
        detail = f"{m.criterion.name}: {m.criterion.method}" if m.criterion.method else m.criterion.name
        table.rows.append([_t("критерий", "criterion", lang), Names.process(m.process), detail])
    for h in report.missing_handoffs:
        table.rows.append([_t("передача", "hand-off", lang), f"{h.source} → {h.target}", h.link.label])
    return table
