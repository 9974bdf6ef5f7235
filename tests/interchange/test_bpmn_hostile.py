"""Hostile XML is refused with one clear line (a ProjectFileError) and nothing is expanded,
fetched or read from elsewhere."""

from __future__ import annotations

import pytest

from procedit.interchange import MAX_XML_BYTES, import_bpmn, import_bpmn_bytes
from procedit.storage import ProjectFileError

HEAD = '<?xml version="1.0"?>\n'
DEFS = '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="x">'

LAUGHS = (
    HEAD
    + '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
    + "]>"
    + DEFS
    + '<process id="p"><task id="t" name="&lol9;"/></process></definitions>'
)
XXE = HEAD + '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + DEFS + '<process id="p"><task id="t" name="&x;"/></process></definitions>'
EXTERNAL_DTD = HEAD + '<!DOCTYPE definitions SYSTEM "http://example.com/evil.dtd">' + DEFS + "</definitions>"


def _refused(data: bytes | str, tmp_path, name="hostile.bpmn") -> str:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    with pytest.raises(ProjectFileError) as err:
        import_bpmn(path)
    message = err.value.message("en")
    assert "\n" not in message and str(path) in message
    assert err.value.message("ru") != message  # the Russian line too
    return message


def test_billion_laughs_is_refused(tmp_path):
    assert "DTD" in _refused(LAUGHS, tmp_path)


def test_external_entity_is_refused(tmp_path):
    message = _refused(XXE, tmp_path)
    assert "root:" not in message and "DTD" in message


def test_external_dtd_is_refused(tmp_path):
    assert "DTD" in _refused(EXTERNAL_DTD, tmp_path)


def test_doctype_in_utf16_is_refused(tmp_path):
    assert "DTD" in _refused(XXE.replace('"1.0"?>', '"1.0" encoding="UTF-16"?>').encode("utf-16"), tmp_path)


def test_deep_nesting_is_refused(tmp_path):
    deep = HEAD + DEFS + "<process id='p'>" + "<x>" * 5000 + "</x>" * 5000 + "</process></definitions>"
    assert "nested deeper" in _refused(deep, tmp_path)


@pytest.mark.parametrize("size", [50 * 1000 * 1000, 50 * 1024 * 1024], ids=["50MB", "50MiB"])
def test_a_50_mb_file_is_refused_without_reading_it(tmp_path, size):
    path = tmp_path / "big.bpmn"
    with open(path, "wb") as f:
        f.truncate(size)  # sparse: nothing to parse, only its size tells
    assert MAX_XML_BYTES < size
    with pytest.raises(ProjectFileError) as err:
        import_bpmn(path)
    assert "too big" in err.value.message("en") and "слишком большой" in err.value.message("ru")


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"PK\x03\x04 not xml at all", "not an XML"),
        (HEAD + DEFS + "<process id='p'><task>", "malformed"),
        (HEAD + "<svg xmlns='http://www.w3.org/2000/svg'/>", "not a BPMN 2.0 file"),
    ],
)
def test_not_bpmn_is_one_clear_line(tmp_path, data, words):
    assert words in _refused(data, tmp_path)


def test_nonsense_coordinates_and_huge_sizes_are_tamed():
    data = (
        HEAD
        + DEFS.replace(">", ' xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
                       'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC">', 1)
        + "<process id='p'><task id='a' name='A'/><task id='b' name='B'/></process>"
        + "<bpmndi:BPMNDiagram><bpmndi:BPMNPlane bpmnElement='p'>"
        + "<bpmndi:BPMNShape bpmnElement='a'><dc:Bounds x='1e400' y='NaN' width='10' height='10'/></bpmndi:BPMNShape>"
        + "<bpmndi:BPMNShape bpmnElement='b'><dc:Bounds x='5' y='6' width='1e5' height='-3'/></bpmndi:BPMNShape>"
        + "</bpmndi:BPMNPlane></bpmndi:BPMNDiagram></definitions>"
    )
    project = import_bpmn_bytes(data.encode()).project
    a, b = project.maps[0].processes
    assert b.x == 5 and b.width <= 5000 and b.height >= 10 and a.x != float("inf")


def _processes(count: int, tasks: int, lanes: bool = False) -> str:
    out = []
    for j in range(count):
        names = [f"t{j}_{i}" for i in range(tasks)]
        lane_set = "".join(f'<lane id="l{t}" name="Отдел {t}"><flowNodeRef>{t}</flowNodeRef></lane>' for t in names)
        out.append(
            f'<process id="p{j}">'
            + (f'<laneSet id="s{j}">{lane_set}</laneSet>' if lanes else "")
            + "".join(f'<task id="{t}" name="{t}"/>' for t in names)
            + "</process>"
        )
    return HEAD + DEFS + "".join(out) + "</definitions>"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (_processes(1001, 1), "too many maps"),  # was imported, and the file saved then refused to open
        (_processes(3, 400, lanes=True), "more than 1000 items"),  # a department per lane: 1,200 of them
        (_processes(1, 10_001), "too many items"),  # was a pydantic error, not a one-line refusal
        (_processes(3, 7_000), "too many processes and external parties"),  # named no file
    ],
    ids=["maps", "departments", "processes-of-a-map", "processes-of-all-maps"],
)
def test_a_model_beyond_the_projects_limits_is_refused_in_one_line(tmp_path, data, words):
    assert words in _refused(data, tmp_path)
