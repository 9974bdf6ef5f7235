"""The regulation's criteria table prints a criterion's formula, data source and warning
threshold, in the PDF and in Word alike."""

from __future__ import annotations

import re

import docx
from pypdf import PdfReader

from procedit.control import target_of
from procedit.export import export_regulation
from procedit.export.docx import export_docx


def _with_fields(project):
    pmap = project.maps[0]
    first, *rest = pmap.processes
    crit = first.criteria[0].with_(
        name="Количество лидов",
        formula="Число новых лидов в CRM за месяц",
        data_source="Отчёт CRM «Воронка продаж»",
        target=target_of("≥ 120").with_(warning=110),
        unit="шт",
    )
    pmap = pmap.with_(processes=(first.with_(criteria=(crit,)), *rest))
    return project.with_(maps=(pmap,)), pmap.id


def _pdf_text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages))


def _criteria_rows(path) -> list[list[str]]:
    rows = []
    for table in docx.Document(str(path)).tables:
        for row in table.rows:
            cells = [c.text for c in row.cells]
            if cells and cells[0] == "Количество лидов":
                rows.append(cells)
    return rows


def test_pdf_prints_formula_data_source_and_warning_threshold(build_project, tmp_path):
    project, map_id = _with_fields(build_project(2))
    for lang, threshold in (("ru", "порог предупреждения: 110"), ("en", "warning threshold: 110")):
        out = tmp_path / f"reg_{lang}.pdf"
        export_regulation(project, out, map_id=map_id, lang=lang)
        text = _pdf_text(out)
        assert "Число новых лидов" in text and "CRM за месяц" in text
        assert "Отчёт CRM «Воронка" in text and "продаж»" in text
        assert "≥ 120" in text and threshold in text
    # a criterion without a threshold prints none
    assert "порог предупреждения" not in _pdf_text_of(build_project(2), tmp_path)


def _pdf_text_of(project, tmp_path) -> str:
    out = tmp_path / "plain.pdf"
    export_regulation(project, out, map_id=project.maps[0].id, lang="ru")
    return _pdf_text(out)


def test_docx_prints_formula_data_source_and_warning_threshold(build_project, tmp_path):
    project, map_id = _with_fields(build_project(2))
    for lang, threshold in (("ru", "порог предупреждения: 110"), ("en", "warning threshold: 110")):
        out = tmp_path / f"reg_{lang}.docx"
        export_docx(project, out, map_id=map_id, lang=lang)
        [row] = _criteria_rows(out)
        _name, formula, source, unit, target, period, _responsible = row
        assert formula.splitlines()[0] == "Число новых лидов в CRM за месяц"
        assert source == "Отчёт CRM «Воронка продаж»" and unit == "шт" and period == "месяц"
        assert target.splitlines() == ["≥ 120", threshold]
