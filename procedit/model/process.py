"""The process and everything a process approach says about it."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from functools import partial
from typing import Annotated, Any, NamedTuple

from pydantic import Field, GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, core_schema

from .base import Entity, Origin, Value, new_id, omitted_when_empty
from .limits import MAX_ACTUALS, MAX_ITEMS, Coord, DocumentText, Id, Line, Many, Number, Size, Text


class ProcessKind(StrEnum):
    MANAGEMENT = "management"
    CORE = "core"
    SUPPORT = "support"


class DocumentKind(StrEnum):
    REGULATION = "regulation"
    JOB_INSTRUCTION = "job_instruction"
    TEMPLATE = "template"
    OTHER = "other"


class Flow(Entity):
    """An input (``party_id`` = supplier) or an output (``party_id`` = consumer) of a process.

    ``party_id`` refers to a process or an external party of the same map, or ``None``.
    """

    id: str = Field(default_factory=lambda: new_id("Flow"))
    what: Line = ""
    party_id: Id | None = None
    origin: Origin = None


class Stage(Entity):
    """One step of the process's procedure: what comes in, who does what by when, in which
    documents and IT system, and what comes out."""

    id: str = Field(default_factory=lambda: new_id("Stage"))
    name: Line = ""
    performer_id: Id | None = None  # a person, a position or a department
    result: Text = ""
    origin: Origin = None
    input: Text = omitted_when_empty("")  # what the stage starts from
    duration: Line = omitted_when_empty("")  # deadline or duration: "2 рабочих дня", "до 5-го числа"
    documents: Text = omitted_when_empty("")  # documents and records it uses or makes
    it_system: Line = omitted_when_empty("")  # where it is done: CRM, 1C, Jira


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Risk(Entity):
    """A risk of the process: what may go wrong, how likely, how bad, the response, who owns it."""

    id: str = Field(default_factory=lambda: new_id("Risk"))
    risk: Line = ""
    likelihood: RiskLevel | None = None
    impact: RiskLevel | None = None
    response: Text = ""
    owner_id: Id | None = None  # a person


class ProcessRecord(Entity):
    """A record the process keeps (ISO 9001: documented information retained as evidence)."""

    id: str = Field(default_factory=lambda: new_id("ProcessRecord"))
    name: Line = ""
    place: Line = ""  # where it is kept: CRM, shared drive, archive
    retention: Line = ""  # how long: "3 года"
    keeper_id: Id | None = None  # a person or a department


class Comparison(StrEnum):
    """How an actual value is compared with a criterion's target."""

    AT_LEAST = "at_least"  # ≥ value
    AT_MOST = "at_most"  # ≤ value
    EQUAL = "equal"  # = value
    BETWEEN = "between"  # value ≤ actual ≤ high
    YES_NO = "yes_no"  # value 1: "yes" is expected, 0: "no"


class Target(Value):
    """A criterion's target as a program can check it.

    ``comparison`` None means no structured target: ``text`` then holds what was written
    (empty: no target at all; otherwise text that could not be read as a target).
    ``warning`` is the warning threshold between the target and failure (for ≥ and ≤): an
    actual past the target but not past the threshold is a warning, past it a miss.
    """

    comparison: Comparison | None = None
    value: Number | None = None
    high: Number | None = None  # the upper bound of "between"
    warning: Number | None = None
    text: Line = ""

    @property
    def is_set(self) -> bool:
        return self.comparison is not None or bool(self.text.strip())

    @property
    def readable(self) -> bool:
        """True when the target can be checked (or there is none to check)."""
        return self.comparison is not None or not self.text.strip()


class Measurement(NamedTuple):
    """A measured actual value of a criterion for one period ("2026-10", "2026-Q3", "2026-W41", "2026").

    A light immutable value, a named tuple that pydantic checks and builds in Rust (no model
    per value: a project may hold 1,000,000 of them, counted apart from its other elements,
    ``MAX_MEASUREMENTS``). In a file it is one line, an array
    ``["2026-10", 81.0]`` with the note as a third element when there is one: the period and
    the value (``null`` when not measured) always, a note only where it was written. A change
    is a new value: ``m._replace(value=...)``.
    """

    period: str
    value: float | None = None
    note: str = ""

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        # an array of two or three items (never an object), each within the limits of any
        # line of text, number and text of the model, checked and built by pydantic in Rust
        # (``tuple.__new__`` through ``partial`` is no Python function call); written as
        # the array it is
        items = core_schema.tuple_schema(
            [
                handler.generate_schema(Line),
                handler.generate_schema(Number | None),
                core_schema.with_default_schema(handler.generate_schema(Text), default=""),
            ]
        )
        return core_schema.no_info_after_validator_function(partial(tuple.__new__, cls), items)

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        out = handler(schema)
        for item, title in zip(out["prefixItems"], ("Period", "Value", "Note"), strict=True):
            item["title"] = title
        out.update(title="Measurement", minItems=2, description="[period, value] or [period, value, note]")
        return out


class Criterion(Entity):
    """A KPI: what is measured, the target, how, how often and by whom, and what it was."""

    id: str = Field(default_factory=lambda: new_id("Criterion"))
    name: Line = ""
    target: Target = Field(default_factory=Target)
    unit: Line = ""
    period: Line = ""  # "month", "квартал", ...
    method: Text = ""  # how it is measured
    formula: Text = ""  # the formula or calculation method
    data_source: Text = ""  # where the numbers come from: CRM report, survey, ledger
    responsible_id: Id | None = None  # a person
    actuals: Annotated[tuple[Measurement, ...], Many(MAX_ACTUALS)] = ()
    origin: Origin = None


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class CorrectiveAction(Entity):
    """What is done to correct a process when its criteria are not met."""

    id: str = Field(default_factory=lambda: new_id("CorrectiveAction"))
    what: Line = ""
    why: Text = ""
    criterion_id: Id | None = None  # the criterion (of this process) that caused it
    finding: Line = ""  # the rule id of the finding that caused it, if any
    responsible_id: Id | None = None  # a person
    due: dt.date | None = None
    status: ActionStatus = ActionStatus.PLANNED
    result: Text = ""

    @property
    def is_open(self) -> bool:
        return self.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)


class DocumentRef(Entity):
    """A regulation, job instruction, template or other document of the knowledge base."""

    id: str = Field(default_factory=lambda: new_id("DocumentRef"))
    kind: DocumentKind = DocumentKind.REGULATION
    title: Line = ""
    location: Text = ""  # file path or URL
    text: DocumentText = ""  # embedded text, e.g. a designer's brief template
    origin: Origin = None


class Process(Entity):
    id: str = Field(default_factory=lambda: new_id("Process"))
    code: Line = ""
    name: Line = ""
    kind: ProcessKind = ProcessKind.CORE
    department_id: Id | None = None
    lane_id: Id | None = None
    description: Text = ""
    goal_ids: Annotated[tuple[Id, ...], Many(MAX_ITEMS)] = ()  # strategy goals this process serves
    goal: Text = ""
    results: Text = ""
    inputs: Annotated[tuple[Flow, ...], Many(MAX_ITEMS)] = ()
    outputs: Annotated[tuple[Flow, ...], Many(MAX_ITEMS)] = ()
    stages: Annotated[tuple[Stage, ...], Many(MAX_ITEMS)] = ()
    owner_id: Id | None = None  # exactly one person; None is allowed so the validator can flag it
    customer_ids: Annotated[tuple[Id, ...], Many(MAX_ITEMS)] = ()  # processes, parties, people or departments
    participant_ids: Annotated[tuple[Id, ...], Many(MAX_ITEMS)] = ()  # people
    criteria: Annotated[tuple[Criterion, ...], Many(MAX_ITEMS)] = ()
    documents: Annotated[tuple[DocumentRef, ...], Many(MAX_ITEMS)] = ()
    actions: Annotated[tuple[CorrectiveAction, ...], Many(MAX_ITEMS)] = ()  # corrective actions
    notes: Text = ""
    # what the regulation says of the process beyond its card (left out of the file while empty)
    start_event: Text = omitted_when_empty("")  # what starts it (else: its inputs)
    end_event: Text = omitted_when_empty("")  # what ends it (else: its outputs)
    resources: Text = omitted_when_empty("")  # people, equipment, IT systems, budget
    risks: Annotated[tuple[Risk, ...], Many(MAX_ITEMS)] = omitted_when_empty()
    records: Annotated[tuple[ProcessRecord, ...], Many(MAX_ITEMS)] = omitted_when_empty()
    subprocess_map_id: Id | None = None  # decomposition into a child map
    x: Coord = 0.0
    y: Coord = 0.0
    width: Size = 180.0
    height: Size = 80.0
    origin: Origin = None  # lineage: the process this one was copied from
