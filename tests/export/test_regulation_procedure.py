"""The Russian example's TO BE regulation shows М-07's procedure: its map with lanes and steps."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from procedit.export import export_regulation
from procedit.storage import load

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "marketing_ru.procmap"


def _pages(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")
def test_to_be_regulation_prints_the_procedure_of_lead_generation(tmp_path):
    project = load(EXAMPLE)
    procedure = project.map_by_id("map_to_be_leads")
    out = tmp_path / "to_be.pdf"
    export_regulation(project, out, map_id="map_to_be")
    pages = _pages(out)
    caption = "Декомпозиция процесса «М-07 Генерация лидов»: карта «М-07 Генерация лидов»"
    # one page, or an overview and fragments when it cannot be drawn legibly (>= 7 pt) on one
    shown = [p for p in pages if caption in " ".join(p.split())]
    assert shown
    flat = " ".join(" ".join(p.split()) for p in shown)
    heads = {d.id: project.person(d.head_id).name for d in project.departments}
    for lane in procedure.lanes:  # the lanes by department, with their heads, as on screen
        assert f"{lane.name} · {heads[lane.department_id]}" in flat, lane.name
    for step in procedure.processes:  # every step, by its code
        assert step.code in flat, step.code
    # the one process's regulation brings its procedure along too
    export_regulation(project, out, process_code="М-07", map_id="map_to_be")
    assert any(caption in " ".join(p.split()) for p in _pages(out))
