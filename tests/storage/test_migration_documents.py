"""Format 5 → 6: every top-level map gets a document of its own (TO BE: the project's
passport, approvers and change log; AS IS: a survey identity), and the one fallback
``document_of`` lets maps without one print with the project's passport."""

from __future__ import annotations

import json
from pathlib import Path

from procedit.model import (
    ChangeLogEntry,
    DocStatus,
    MapDocument,
    Passport,
    Project,
    document_of,
    printed_version,
)
from procedit.storage import FORMAT, dumps, load, loads

DATA = Path(__file__).parent / "data"


def test_a_format_5_file_opens_with_a_document_per_map():
    project = load(DATA / "documents_v5.procmap")
    as_is, to_be, sub = project.maps
    # TO BE keeps what was issued: the project's passport, approvers and change log, as its own
    assert to_be.document is not None
    assert to_be.document.passport == project.passport
    assert [a.person_id for a in to_be.document.approvers] == ["person_petrov"]
    assert [e.description for e in to_be.document.change_log] == [e.description for e in project.change_log]
    own_ids = {a.id for a in to_be.document.approvers} | {e.id for e in to_be.document.change_log}
    assert not own_ids & ({a.id for a in project.approvers} | {e.id for e in project.change_log})
    # AS IS is a survey: its own identity, nobody approves it, and the TO BE's log is not its
    assert as_is.document is not None
    assert as_is.document.passport.status == DocStatus.DRAFT
    assert as_is.document.passport.author_id == "person_ivanova"
    assert as_is.document.approvers == () and as_is.document.change_log == ()
    # a decomposition map keeps printing with the project's passport
    assert sub.document is None
    assert document_of(project, sub).passport.code == "РП-ПРД-01"
    # the project's own stay as the defaults of new maps
    assert project.passport.code == "РП-ПРД-01" and len(project.change_log) == 2


def test_the_migrated_file_saves_in_the_current_format_and_reloads_byte_identical():
    project = load(DATA / "documents_v5.procmap")
    saved = dumps(project)
    assert json.loads(saved)["format"] == FORMAT >= 7  # (this bump is format 8)
    assert dumps(loads(saved)) == saved
    # the migration is reproducible: the same file gives the same ids
    assert dumps(load(DATA / "documents_v5.procmap")) == saved


def test_new_fields_are_left_out_of_the_file_while_empty():
    project = load(DATA / "documents_v5.procmap")
    text = dumps(project).decode()
    for absent in ('"risks"', '"records"', '"resources"', '"it_system"', '"references"', '"start_event"'):
        assert absent not in text


def test_document_of_is_the_maps_own_else_the_projects():
    own = MapDocument(passport=Passport(code="СВОЙ-01"), provisions="Общие положения")
    project = load(DATA / "documents_v5.procmap")
    as_is, to_be, sub = project.maps
    project = project.with_(maps=(as_is, to_be.with_(document=own), sub))
    assert document_of(project, project.maps[1]) is own
    fallback = document_of(project, project.maps[2])
    assert (fallback.passport, fallback.approvers, fallback.change_log) == (
        project.passport,
        project.approvers,
        project.change_log,
    )
    assert fallback.provisions == ""
    assert document_of(Project(), None).passport == Passport()


def test_the_printed_version_is_the_latest_changes():
    passport = Passport(version="1.1")
    log = (
        ChangeLogEntry(id="c1", number=1, version="1.0"),
        ChangeLogEntry(id="c3", number=3, version="2.0"),
        ChangeLogEntry(id="c2", number=2, version="1.5"),
    )
    assert printed_version(passport, log) == "2.0"
    assert printed_version(passport, (ChangeLogEntry(id="c1", number=1),)) == "1.1"  # the log says none
    assert printed_version(passport, ()) == "1.1"
