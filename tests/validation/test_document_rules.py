"""The documentation rules of a controlled document: a TO BE process without stages, the
empty sections of a regulation (the map's and the processes'), a version that disagrees with
the change log; and the level raised by the map's own document status."""

from __future__ import annotations

from pathlib import Path

from vbuild import FULL_DOCUMENT

from procedit.commands import Document, History, SetMapFields
from procedit.model import (
    ChangeLogEntry,
    CheckLevel,
    DocStatus,
    Flow,
    MapDocument,
    MapKind,
    NormativeRef,
    Passport,
    Person,
    Process,
    ProcessMap,
    ProcessRecord,
    Project,
    Risk,
    Stage,
)
from procedit.storage import load
from procedit.validation import LiveValidator, levels, validate

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

OWNER = Person(id="person_anna", name="Орлова Ольга", position="Директор")


def _project(proc: Process, kind=MapKind.TO_BE, document=None, **kw) -> Project:
    pmap = ProcessMap(id="m", name="Карта", kind=kind, processes=(proc,), check_level=CheckLevel.REGULATION)
    if document is not None:
        pmap = pmap.with_(document=document)
    return Project(people=(OWNER,), maps=(pmap,), **kw)


def _rules(project: Project, rule: str, level=None) -> list:
    return [f for f in validate(project, level=level) if f.rule == rule]


FULL = FULL_DOCUMENT  # every general section filled


def test_a_to_be_process_without_stages_is_a_finding():
    p = Process(id="p", name="Отчёт")
    assert [f.element_id for f in _rules(_project(p), "no_stages")] == ["p"]
    assert _rules(_project(p.with_(stages=(Stage(id="s", name="Сбор"),))), "no_stages") == []
    assert _rules(_project(p, kind=MapKind.AS_IS), "no_stages") == []  # a survey describes what is
    assert _rules(_project(p.with_(subprocess_map_id=None)), "no_stages", CheckLevel.REGULATION)
    # at the description level a TO BE map does not speak of it yet
    low = _project(p).with_(maps=(_project(p).maps[0].with_(check_level=CheckLevel.DESCRIPTION),))
    assert _rules(low, "no_stages") == []


def test_empty_process_sections_are_named_and_filled_ones_are_not():
    p = Process(id="p", name="Отчёт")
    [f] = _rules(_project(p), "process_sections_missing")
    assert dict(f.params)["missing"] == ("boundaries", "resources", "risks", "records")
    assert "ресурсы, риски, записи" in f.message("ru")
    filled = p.with_(
        inputs=(Flow(id="i", what="данные"),),  # the boundaries come from the inputs and outputs
        outputs=(Flow(id="o", what="отчёт"),),
        resources="аналитик",
        risks=(Risk(id="r", risk="ошибка выгрузки"),),
        records=(ProcessRecord(id="rec", name="отчёт"),),
    )
    assert _rules(_project(filled), "process_sections_missing") == []
    # a written start without inputs is enough; an empty risk row is not a risk
    half = filled.with_(inputs=(), start_event="первое число месяца", risks=(Risk(id="r"),))
    [f] = _rules(_project(half), "process_sections_missing")
    assert dict(f.params)["missing"] == ("risks",)
    assert _rules(_project(p, kind=MapKind.AS_IS), "process_sections_missing") == []


def test_empty_document_sections_are_a_finding_on_the_map():
    p = Process(id="p", name="Отчёт")
    [f] = _rules(_project(p), "document_sections_missing")
    assert f.element_id == "m"
    assert dict(f.params)["missing"] == (
        "provisions",
        "authority",
        "references",
        "analysis",
        "change_procedure",
    )
    refs = (NormativeRef(id="n", code="ГОСТ Р ИСО 9001-2015"),)
    assert _rules(_project(p, document=FULL, references=refs), "document_sections_missing") == []
    [f] = _rules(
        _project(p, document=FULL.with_(analysis_record=""), references=refs), "document_sections_missing"
    )
    assert dict(f.params)["missing"] == ("analysis",)


def test_a_version_that_disagrees_with_the_change_log():
    p = Process(id="p", name="Отчёт")
    log = (ChangeLogEntry(id="c1", number=1, version="1.0"), ChangeLogEntry(id="c2", number=2, version="1.1"))
    bad = FULL.with_(passport=Passport(version="1.0"), change_log=log)
    [f] = _rules(_project(p, document=bad), "version_mismatch")
    assert dict(f.params) == {"version": "1.0", "logged": "1.1", "number": "2"}
    assert _rules(_project(p, document=bad.with_(passport=Passport(version="1.1"))), "version_mismatch") == []
    # the project's passport and log, for a map without its own, are checked the same way
    fallback = _project(p).with_(passport=Passport(version="3"), change_log=log)
    assert len(_rules(fallback, "version_mismatch")) == 1


def test_the_maps_own_status_raises_its_level():
    p = Process(id="p", name="Отчёт")
    project = _project(p)
    pmap = project.maps[0].with_(check_level=CheckLevel.SKETCH, kind=MapKind.AS_IS)
    sketch = project.with_(maps=(pmap,))
    assert levels.effective_level(sketch, pmap) == CheckLevel.SKETCH
    under = pmap.with_(document=MapDocument(passport=Passport(status=DocStatus.UNDER_APPROVAL)))
    assert levels.effective_level(sketch.with_(maps=(under,)), under) == CheckLevel.REGULATION
    # a map with a draft of its own is not raised by the project's status
    draft = pmap.with_(document=MapDocument())
    approved = sketch.with_(maps=(draft,), passport=Passport(status=DocStatus.APPROVED))
    assert levels.effective_level(approved, draft) == CheckLevel.SKETCH


def test_live_findings_follow_an_edit_of_the_maps_document():
    p = Process(id="p", name="Отчёт")
    doc = Document(_project(p, references=(NormativeRef(id="n", code="СТО-1"),)))
    history = History(doc)
    live = LiveValidator(doc)
    assert [f.rule for f in live.findings_for("m") if f.rule == "document_sections_missing"]
    history.push(SetMapFields("m", {"document": FULL}, label="Fill the document"))
    assert not [f for f in live.findings_for("m") if f.rule == "document_sections_missing"]
    history.undo()
    assert [f for f in live.findings_for("m") if f.rule == "document_sections_missing"]


def test_the_russian_example_to_be_is_clean_of_documentation_findings():
    project = load(EXAMPLES / "marketing_ru.procmap")
    rules = {"no_stages", "process_sections_missing", "document_sections_missing", "version_mismatch"}
    assert [f for f in validate(project, level=CheckLevel.REGULATION) if f.rule in rules] == []
