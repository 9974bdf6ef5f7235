"""An imported project's maps added to an open project (File ▸ Import BPMN ▸ Add to This
Project, ``procedit import FILE.bpmn --into PROJECT``): one undo step.

People, departments, positions (by name within their department) and strategy goals the
imported maps refer to are matched to the project's own by name (case and spacing aside) or
added to its registers; an id of the
imported file that the project already uses is replaced by a new one everywhere it occurs;
a map named like one of the project's gets a number ("Заказ 2"). Everything else of the
imported project (its passport, terms, approvers, change log, settings) stays out: the
project it goes into keeps its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from procedit.commands import (
    AddMaps,
    Command,
    Compound,
    Document,
    History,
    SetProjectFields,
    remap_ids,
    unique_name,
)
from procedit.commands.maps import entities
from procedit.model import Department, Goal, Person, Position, ProcessMap, Project, all_ids, new_id
from procedit.model.refs import strip_refs

from .bpmn_place import referenced

LABEL = "Import BPMN"


@dataclass
class IntoPlan:
    """What adding an imported project to ``project`` adds (ids and names already made fit)."""

    maps: list[ProcessMap]
    people: list[Person] = field(default_factory=list)  # added to the project's register
    departments: list[Department] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    matched: dict[str, int] = field(default_factory=dict)  # "people" / "departments" / "goals" → found
    renamed: list[tuple[str, str]] = field(default_factory=list)  # maps: (name in the file, name here)
    new_ids: int = 0  # ids of the file the project already used, replaced

    def text(self, lang: str = "ru") -> str:
        """One paragraph saying what was added, matched and renamed."""
        words = _TEXTS["ru" if lang == "ru" else "en"]
        m = self.matched
        found = (m.get("people", 0), m.get("departments", 0), m.get("positions", 0), m.get("goals", 0))
        added = (len(self.people), len(self.departments), len(self.positions), len(self.goals))
        lines = [words["maps"].format(len(self.maps)), words["registers"].format(*found, *added)]
        lines += [words["renamed"].format(old, new) for old, new in self.renamed]
        if self.new_ids:
            lines.append(words["ids"].format(self.new_ids))
        return "\n".join(lines)


_TEXTS = {
    "en": {
        "maps": "Added {} map(s).",
        "registers": "People, departments, positions, goals found in the project: {}, {}, {}, {}; "
        "added: {}, {}, {}, {}.",
        "renamed": "The map “{}” is named “{}”: the project has a map of that name.",
        "ids": "Ids the project already used, replaced: {}.",
    },
    "ru": {
        "maps": "Добавлено карт: {}.",
        "registers": "Люди, подразделения, должности, цели — найдены в проекте: {}, {}, {}, {}; "
        "добавлены: {}, {}, {}, {}.",
        "renamed": "Карта «{}» названа «{}»: такое имя в проекте уже есть.",
        "ids": "Идентификаторов, уже занятых в проекте, заменено: {}.",
    },
}


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _match(mine: tuple, theirs: tuple, name: str, mapping: dict[str, str]) -> tuple[list, int]:
    """``theirs`` matched by ``name`` to ``mine`` (their ids mapped to the found ones); the rest."""
    known = {_key(getattr(x, name)): x.id for x in mine if _key(getattr(x, name))}
    rest, found = [], 0
    for x in theirs:
        hit = known.get(_key(getattr(x, name)))
        if hit is not None:
            mapping[x.id] = hit
            found += 1
        else:
            rest.append(x)
    return rest, found


def plan_into(project: Project, imported: Project) -> IntoPlan:
    """The maps of ``imported`` (and what they refer to) made fit to go into ``project``."""
    mapping: dict[str, str] = {}
    people, n_people = _match(project.people, imported.people, "name", mapping)
    depts, n_depts = _match(project.departments, imported.departments, "name", mapping)
    goals, n_goals = _match(project.strategy.goals, imported.strategy.goals, "title", mapping)
    positions, n_positions = _match_positions(project, imported, mapping)
    maps = list(imported.maps)
    taken = all_ids(project)
    clashes = 0
    for e in entities([*people, *depts, *positions, *goals, *maps]):
        if e.id in taken:
            mapping[e.id] = new_id(type(e).__name__)
            clashes += 1
        taken.add(mapping.get(e.id, e.id))
    people, depts, positions, goals, maps = (
        remap_ids(x, mapping) for x in (people, depts, positions, goals, maps)
    )
    # what the maps refer to and does not come along (the file's approvers, a person's
    # department that was not found ...) is let go, as an import of a file does
    here = {*all_ids(project), *(e.id for e in entities([*people, *depts, *positions, *goals, *maps]))}
    gone = frozenset(referenced((*people, *depts, *positions, *maps)) - here)
    if gone:
        people, depts, positions, maps = (
            [strip_refs(v, gone) for v in x] for x in (people, depts, positions, maps)
        )
    names = {m.name for m in project.maps}
    renamed = []
    for i, m in enumerate(maps):
        name = unique_name(m.name, names)
        names.add(name)
        if name != m.name:
            renamed.append((m.name, name))
            maps[i] = m.with_(name=name)
    matched = {"people": n_people, "departments": n_depts, "positions": n_positions, "goals": n_goals}
    return IntoPlan(maps, people, depts, positions, goals, matched, renamed, clashes)


def _match_positions(project: Project, imported: Project, mapping: dict[str, str]) -> tuple[list, int]:
    """Positions found by name within their department (its id as matched already): a
    "Менеджер" of sales is not the "Менеджер" of purchasing."""
    known = {(_key(q.name), q.department_id): q.id for q in project.positions if _key(q.name)}
    rest, found = [], 0
    for q in imported.positions:
        dept = mapping.get(q.department_id, q.department_id) if q.department_id else None
        hit = known.get((_key(q.name), dept))
        if hit is not None:
            mapping[q.id] = hit
            found += 1
        else:
            rest.append(q)
    return rest, found


def into_command(plan: IntoPlan, project: Project, label: str = LABEL) -> Command:
    """One undo step: the registers grown, then the maps added at the end of the project."""
    steps: list[Command] = []
    changes: dict[str, Any] = {}
    if plan.people:
        changes["people"] = (*project.people, *plan.people)
    if plan.departments:
        changes["departments"] = (*project.departments, *plan.departments)
    if plan.positions:
        changes["positions"] = (*project.positions, *plan.positions)
    if plan.goals:
        changes["strategy"] = project.strategy.with_(goals=(*project.strategy.goals, *plan.goals))
    if changes:
        steps.append(SetProjectFields(changes, label=label))
    steps.append(AddMaps(plan.maps, label=label))
    return Compound(label, steps)


def into_project(project: Project, imported: Project) -> tuple[Project, IntoPlan]:
    """``project`` with the maps of ``imported`` added (the command line's ``--into``); the
    same command the editor pushes, so the same limits hold (``LimitError`` beyond them)."""
    plan = plan_into(project, imported)
    doc = Document(project)
    History(doc).push(into_command(plan, project))
    return doc.project, plan
