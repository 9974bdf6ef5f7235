"""The project: organization, passport, strategy, people and the maps."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import Field

from .base import Entity, Origin, Value, new_id, omitted_when_empty
from .limits import (
    MAX_ITEMS,
    MAX_LANES,
    MAX_LINKS,
    MAX_MAPS,
    MAX_NOTES,
    MAX_PARTIES,
    MAX_PEOPLE,
    MAX_PROCESSES,
    MAX_RULES,
    Coord,
    Count,
    DocumentText,
    Id,
    LaneHeight,
    Line,
    Many,
    Number,
    Size,
    Text,
)
from .process import Process


class MapKind(StrEnum):
    AS_IS = "as_is"
    TO_BE = "to_be"
    REFERENCE = "reference"  # a best-practice model to compare against


class PartyKind(StrEnum):
    CUSTOMER = "customer"
    SUPPLIER = "supplier"
    OTHER = "other"


class LinkKind(StrEnum):
    FLOW = "flow"  # material or work product
    INFORMATION = "information"
    CONTROL = "control"


class Routing(StrEnum):
    STRAIGHT = "straight"
    ORTHOGONAL = "orthogonal"


class DocStatus(StrEnum):
    DRAFT = "draft"
    UNDER_APPROVAL = "under_approval"
    APPROVED = "approved"


class ApprovalRole(StrEnum):
    APPROVES = "approves"  # signs "УТВЕРЖДАЮ" on the title page
    AGREES = "agrees"  # a row of the approval sheet


class CheckLevel(StrEnum):
    """How much of the rules a map is checked against (validation/levels.py says which rule is where)."""

    SKETCH = "sketch"  # structure only: links, a path to a customer
    DESCRIPTION = "description"  # adds owners, customers, demand, inputs and outputs
    REGULATION = "regulation"  # every rule


class NoteColor(StrEnum):
    """The colour of a note on the canvas (a sticky note's paper)."""

    YELLOW = "yellow"
    GREEN = "green"
    BLUE = "blue"
    PINK = "pink"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class ExternalParty(Entity):
    id: str = Field(default_factory=lambda: new_id("ExternalParty"))
    name: Line = ""
    kind: PartyKind = PartyKind.CUSTOMER
    description: Text = ""
    x: Coord = 0.0
    y: Coord = 0.0
    width: Size = 140.0
    height: Size = 70.0
    origin: Origin = None


class Link(Entity):
    id: str = Field(default_factory=lambda: new_id("Link"))
    source_id: Id
    target_id: Id
    label: Line = ""  # what passes: "заказ на лиды"
    source_output_id: Id | None = None  # a Flow in source.outputs
    target_input_id: Id | None = None  # a Flow in target.inputs
    kind: LinkKind = LinkKind.FLOW
    routing: Routing = Routing.STRAIGHT
    origin: Origin = None


class Lane(Entity):
    """A horizontal department lane of a map."""

    id: str = Field(default_factory=lambda: new_id("Lane"))
    name: Line = ""
    department_id: Id | None = None
    y: Coord = 0.0
    height: LaneHeight = 200.0


class Note(Entity):
    """A note on the canvas: free text a workshop adds to the map (a remark, a question, an
    idea) that the model does not hold. Saved with the map, shown on the canvas, in presentation
    mode and in print; left out of the regulation, the checks and the comparison."""

    id: str = Field(default_factory=lambda: new_id("Note"))
    text: Text = ""
    x: Coord = 0.0
    y: Coord = 0.0
    width: Size = 200.0
    height: Size = 120.0
    color: NoteColor = NoteColor.YELLOW


class Pairing(Value):
    """A user's decision about matching this map with another one (a reference model, an
    imported map, a map in another file): ``mine``, an element of this map, is the
    counterpart of ``theirs``, an element of the other map, or, with ``paired`` False, is not.
    The ids are not references that must resolve (the other map may be in another file)."""

    mine: Line
    theirs: Line
    paired: bool = True


class Passport(Value):
    """The document passport printed on the regulation's title page."""

    code: Line = ""
    title: Line = ""
    version: Line = "1.0"
    status: DocStatus = DocStatus.DRAFT
    effective_date: dt.date | None = None
    author_id: Id | None = None  # a person


class Approver(Entity):
    id: str = Field(default_factory=lambda: new_id("Approver"))
    person_id: Id
    role: ApprovalRole = ApprovalRole.AGREES
    decision: Line = ""
    date: dt.date | None = None


class ChangeLogEntry(Entity):
    id: str = Field(default_factory=lambda: new_id("ChangeLogEntry"))
    number: Count = 1
    date: dt.date | None = None
    description: Text = ""
    author: Line = ""
    version: Line = omitted_when_empty("")  # the document's version (edition) this change made


class NormativeRef(Entity):
    """A document the regulations refer to (a standard, a law, another regulation)."""

    id: str = Field(default_factory=lambda: new_id("NormativeRef"))
    code: Line = ""  # "ГОСТ Р ИСО 9001-2015", "СТО-02"
    title: Line = ""


class MapDocument(Value):
    """A map's own document: its identity (passport, approvers, change log) and the sections of
    a regulation that belong to the document rather than to one process. A map without one
    prints with the project's passport, approvers and change log (``documents.document_of``)."""

    passport: Passport = Field(default_factory=Passport)
    approvers: Annotated[tuple[Approver, ...], Many(MAX_ITEMS)] = ()
    change_log: Annotated[tuple[ChangeLogEntry, ...], Many(MAX_PEOPLE)] = ()
    provisions: Text = ""  # general provisions
    authority: Text = ""  # responsibility and authority
    analysis_by_id: Id | None = None  # who analyses the processes against their criteria (a person)
    analysis_period: Line = ""  # how often: "ежемесячно"
    analysis_record: Line = ""  # where the analysis is recorded: "протокол совещания"
    revision_period: Line = ""  # how often the document itself is reviewed
    change_initiators: Text = ""  # who may initiate a change and how


class ProcessMap(Entity):
    id: str = Field(default_factory=lambda: new_id("ProcessMap"))
    name: Line = ""
    kind: MapKind = MapKind.AS_IS
    description: Text = ""
    parent_process_id: Id | None = None  # set when this map decomposes a process
    source_map_id: Id | None = None  # the map this one was copied from (TO BE from AS IS)
    check_level: CheckLevel = CheckLevel.SKETCH  # a new map starts as a sketch; raised by the user
    processes: Annotated[tuple[Process, ...], Many(MAX_PROCESSES)] = ()
    parties: Annotated[tuple[ExternalParty, ...], Many(MAX_PARTIES)] = ()
    links: Annotated[tuple[Link, ...], Many(MAX_LINKS)] = ()
    lanes: Annotated[tuple[Lane, ...], Many(MAX_LANES)] = ()
    notes: Annotated[tuple[Note, ...], Many(MAX_NOTES)] = omitted_when_empty()
    pairings: Annotated[tuple[Pairing, ...], Many(MAX_ITEMS)] = omitted_when_empty()
    document: MapDocument | None = omitted_when_empty(None)  # None: the project's passport


class Person(Entity):
    """A person of the people register. ``position_id`` is the position they hold (the
    position register); ``position`` is a free-text position of a person who holds none from
    the register (older files: the migration to format 6 moved these texts into the register)."""

    id: str = Field(default_factory=lambda: new_id("Person"))
    name: Line = ""
    position: Line = omitted_when_empty("")
    position_id: Id | None = None  # a Position
    department_id: Id | None = None
    email: Line = ""


class Position(Entity):
    """A position (должность) of the position register: what a job instruction is written for.
    Its holders are the people whose ``position_id`` names it; the duties are derived from
    the model (what its holders own and perform); rights, responsibility and qualification
    requirements are written by hand."""

    id: str = Field(default_factory=lambda: new_id("Position"))
    name: Line = ""
    department_id: Id | None = None
    reports_to_id: Id | None = None  # a Position: whom it reports to
    substitute_id: Id | None = None  # a Position: who substitutes it in absence
    rights: Text = ""
    responsibility: Text = ""
    qualification: Text = ""


class Department(Entity):
    id: str = Field(default_factory=lambda: new_id("Department"))
    name: Line = ""
    head_id: Id | None = None  # a person


class Goal(Entity):
    id: str = Field(default_factory=lambda: new_id("Goal"))
    title: Line = ""
    description: Text = ""


class Strategy(Value):
    mission: Text = ""
    vision: Text = ""
    positioning: Text = ""
    goals: Annotated[tuple[Goal, ...], Many(MAX_ITEMS)] = ()


class Term(Entity):
    id: str = Field(default_factory=lambda: new_id("Term"))
    term: Line = ""
    definition: Text = ""


class RuleConfig(Value):
    """Per-project setting of one validation rule."""

    enabled: bool = True
    severity: Severity | None = None  # None: the rule's default


class ValidationConfig(Value):
    rules: Annotated[dict[Id, RuleConfig], Many(MAX_RULES)] = Field(default_factory=dict)
    # e.g. {"owner_share": 0.3}
    params: Annotated[dict[Id, Number], Many(MAX_RULES)] = Field(default_factory=dict)


class ExportConfig(Value):
    draft_mark_while_errors: bool = True


class MergeConflict(Value):
    """A field both sides of a merge changed differently (or an element one side deleted and
    the other changed or referenced). The merged project keeps ``kept``'s value; the other
    one is here, so nothing is lost. Values are JSON text; ``element`` is an id (or "" for
    the project itself), ``where`` the element as a person reads it."""

    element: Line
    where: Line = ""
    field: Line
    base: DocumentText = ""
    ours: DocumentText = ""
    theirs: DocumentText = ""
    kept: Line = "ours"


class Project(Value):
    name: Line = ""
    organization: Line = ""
    language: Line = "ru"  # "ru" or "en": default language of documents
    passport: Passport = Field(default_factory=Passport)
    purpose: Text = ""
    scope: Text = ""
    terms: Annotated[tuple[Term, ...], Many(MAX_PEOPLE)] = ()
    strategy: Strategy = Field(default_factory=Strategy)
    people: Annotated[tuple[Person, ...], Many(MAX_PEOPLE)] = ()
    positions: Annotated[tuple[Position, ...], Many(MAX_PEOPLE)] = ()
    departments: Annotated[tuple[Department, ...], Many(MAX_ITEMS)] = ()
    approvers: Annotated[tuple[Approver, ...], Many(MAX_ITEMS)] = ()
    change_log: Annotated[tuple[ChangeLogEntry, ...], Many(MAX_PEOPLE)] = ()
    references: Annotated[tuple[NormativeRef, ...], Many(MAX_ITEMS)] = omitted_when_empty()
    maps: Annotated[tuple[ProcessMap, ...], Many(MAX_MAPS)] = ()
    validation: ValidationConfig = Field(default_factory=ValidationConfig)
    export: ExportConfig = Field(default_factory=ExportConfig)
    conflicts: Annotated[tuple[MergeConflict, ...], Many(MAX_ITEMS)] = omitted_when_empty()

    def map_by_id(self, map_id: str) -> ProcessMap:
        for m in self.maps:
            if m.id == map_id:
                return m
        raise KeyError(map_id)

    def lane_title(self, lane: Lane) -> str:
        """A lane's title as the canvas and the paper draw it: its name (else its department's)
        and, for a department lane, the department's head ("Отдел продаж · Петров Игорь")."""
        dept = (
            next((d for d in self.departments if d.id == lane.department_id), None)
            if lane.department_id
            else None
        )
        head = self.person(dept.head_id) if dept is not None else None
        name = lane.name or (dept.name if dept is not None else "")
        return f"{name} · {head.name}" if head is not None and head.name else name

    def position_of(self, person: Person | None) -> Position | None:
        """The register position ``person`` holds, or None."""
        if person is None or person.position_id is None:
            return None
        return next((q for q in self.positions if q.id == person.position_id), None)

    def position_label(self, person: Person | None) -> str:
        """The position of ``person`` as documents and columns print it: the register
        position's name, else the person's free-text position ("" when neither)."""
        held = self.position_of(person)
        if held is not None and held.name.strip():
            return held.name.strip()
        return person.position.strip() if person is not None else ""

    def position_labels(self) -> dict[str, str]:
        """``position_label`` of every person (id → label), in one pass for many lookups."""
        names = {q.id: q.name.strip() for q in self.positions}
        return {p.id: names.get(p.position_id or "") or p.position.strip() for p in self.people}

    def person(self, person_id: str | None) -> Person | None:
        if person_id is None:
            return None
        for p in self.people:
            if p.id == person_id:
                return p
        return None
