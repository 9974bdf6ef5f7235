"""procedit's extension data in a BPMN file: the files earlier versions wrote still read back
whole, and what is written now stays lean (what BPMN carries is not repeated)."""

from __future__ import annotations

from pathlib import Path

from procedit.interchange import import_bpmn
from procedit.storage import load

OLD = Path(__file__).resolve().parent / "data" / "extension_v1"


def test_a_file_with_the_first_extension_encoding_reads_back_whole():
    """``rich.bpmn`` was written by procedit before the lean encoding (one full JSON value per
    element in ``urn:procedit:bpmn-extension:1``); ``rich.procmap`` is the project it came from."""
    data = (OLD / "rich.bpmn").read_bytes()
    assert b"urn:procedit:bpmn-extension:1" in data and b'"actuals":[{"period"' in data
    result = import_bpmn(OLD / "rich.bpmn")
    assert result.project == load(OLD / "rich.procmap")
    assert not result.summary.notes
