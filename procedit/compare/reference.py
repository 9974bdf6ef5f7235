"""Benchmarking a map against a reference model: what best practice has that the map lacks.

The report a consultant hands over: reference processes without a counterpart on the map,
criteria the reference measures and the map's counterpart does not, and hand-offs of the
reference whose counterpart link the map does not have.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from procedit.model import Criterion, Link, Process, ProcessMap, Project

from .matching import Matching, match_maps, similarity
from .names import Names

CRITERION_SIMILARITY = 0.6


@dataclass(frozen=True)
class MissingCriterion:
    process: Process  # the map's process
    reference_process: Process
    criterion: Criterion  # the reference's criterion (its method says how to measure it)


@dataclass(frozen=True)
class MissingHandoff:
    link: Link  # the reference's link
    source: str  # its ends as named on the map (their counterparts) or in the reference
    target: str
    ends_on_map: bool  # both ends have counterparts: only the link is missing


@dataclass
class ReferenceReport:
    reference_project: Project
    reference: ProcessMap
    project: Project
    pmap: ProcessMap
    matching: Matching
    missing_processes: list[Process] = field(default_factory=list)
    missing_criteria: list[MissingCriterion] = field(default_factory=list)
    missing_handoffs: list[MissingHandoff] = field(default_factory=list)

    @property
    def covered(self) -> int:
        """How many reference processes have a counterpart on the map."""
        return len(self.reference.processes) - len(self.missing_processes)

    @property
    def empty(self) -> bool:
        return not (self.missing_processes or self.missing_criteria or self.missing_handoffs)


def compare_with_reference(
    reference_project: Project, reference: ProcessMap, project: Project, pmap: ProcessMap
) -> ReferenceReport:
    """The map (``pmap`` of ``project``) against the reference map; pairings saved on either count."""
    matching = match_maps(reference, pmap)
    report = ReferenceReport(reference_project, reference, project, pmap, matching)
    to_map = matching.old_to_new()
    mine = {p.id: p for p in pmap.processes}
    names = Names.of(project, pmap)
    ref_names = Names.of(reference_project, reference)
    for ref in reference.processes:
        counterpart = mine.get(to_map.get(ref.id, ""))
        if counterpart is None:
            report.missing_processes.append(ref)
            continue
        for c in ref.criteria:
            if not any(similarity(c.name, own.name) >= CRITERION_SIMILARITY for own in counterpart.criteria):
                report.missing_criteria.append(MissingCriterion(counterpart, ref, c))
    links = {(lk.source_id, lk.target_id) for lk in pmap.links}
    for lk in reference.links:
        src, dst = to_map.get(lk.source_id), to_map.get(lk.target_id)
        if src and dst and (src, dst) in links:
            continue
        report.missing_handoffs.append(
            MissingHandoff(
                lk,
                names.node(src) if src else ref_names.node(lk.source_id),
                names.node(dst) if dst else ref_names.node(lk.target_id),
                bool(src and dst),
            )
        )
    return report


def report_lines(report: ReferenceReport, lang: str = "ru") -> list[str]:
    """The report as text: a heading per part, one line per gap."""
    ru = lang == "ru"
    ref = report.reference
    total = len(ref.processes)
    lines = [
        f"Сравнение карты «{report.pmap.name}» с эталонной моделью «{ref.name}»: "
        f"есть соответствие для {report.covered} из {total} процессов."
        if ru
        else f"Map “{report.pmap.name}” against the reference model “{ref.name}”: "
        f"{report.covered} of {total} processes have a counterpart."
    ]
    if report.missing_processes:
        lines.append(
            "Процессы эталона, которых нет на карте:" if ru else "Reference processes the map lacks:"
        )
        lines += [f"  — {Names.process(p)}" for p in report.missing_processes]
    if report.missing_criteria:
        lines.append(
            "Критерии эталона, которые карта не измеряет:"
            if ru
            else "Criteria the reference measures and the map does not:"
        )
        for m in report.missing_criteria:
            method = f" ({m.criterion.method})" if m.criterion.method else ""
            lines.append(f"  — {Names.process(m.process)}: {m.criterion.name}{method}")
    if report.missing_handoffs:
        lines.append("Недостающие передачи:" if ru else "Missing hand-offs:")
        for h in report.missing_handoffs:
            label = f": {h.link.label}" if h.link.label else ""
            lines.append(f"  — {h.source} → {h.target}{label}")
    if report.empty:
        lines.append(
            "Карта покрывает эталон полностью." if ru else "The map covers the reference completely."
        )
    return lines
