"""The regulation's control parts: the monitoring section (criteria, latest actuals, status,
a chart per criterion) and the corrective-action plan, read back from the PDF."""

from __future__ import annotations

import datetime as dt
import re

from pypdf import PdfReader

from procedit.control.document import action_plan, monitoring
from procedit.export import export_regulation
from procedit.model import Project


def _flat(path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages))


def test_monitoring_rows_and_charts_are_plain_data(marketing_ru):
    sec = monitoring(marketing_ru, "map_to_be", "ru", dt.date(2026, 12, 20))
    assert sec.title == "Мониторинг критериев результативности"
    rows = {(r[0], r[1]): r for r in sec.rows}
    leads = rows[("М-07 Генерация лидов", "Количество лидов в месяц")]
    assert leads[2:6] == ("≥ 100 лидов", "96 лидов", "2026-11", "не выполнен ↑")
    assert rows[("М-08 Обработка лидов", "Доля лидов, обработанных за 2 часа")][5].startswith("на грани")
    # a chart per criterion with numbers (a yes/no criterion has none)
    assert len(sec.charts) == 4
    chart = sec.charts[0]
    assert chart.periods[-1] == "2026-11" and chart.values[-1] == 96 and chart.targets == (100,)
    en = monitoring(marketing_ru, "map_to_be", "en", dt.date(2026, 12, 20))
    assert en.headers[0] == "Process" and "missed" in {r[5].split()[0] for r in en.rows}
    assert monitoring(marketing_ru, "map_as_is").rows == ()  # the survey had no numbers


def test_action_plan_lists_what_who_when_status(marketing_ru):
    plan = action_plan(marketing_ru, "map_as_is", "ru", dt.date(2026, 12, 20))
    assert plan.title == "План корректирующих действий"
    by_what = {r[1]: r for r in plan.rows}
    brief = by_what["Ввести критерии результативности постановки задач дизайнеру"]
    assert brief[3] == "Соколова Анна Викторовна" and brief[4] == "15.12.2026"
    assert brief[5] == "выполняется (просрочено)"  # due 15 December, still open on the 20th
    assert by_what["Назначить владельца процесса разработки рекламных материалов"][5] == "выполнено"


def test_regulation_has_monitoring_and_the_survey_report_the_action_plan(marketing_ru, tmp_path):
    out = tmp_path / "tobe.pdf"
    export_regulation(marketing_ru, out, map_id="map_to_be", lang="ru")
    text = _flat(out)
    # who analyses, how often, where it is recorded; then the criteria with their actuals
    assert "10. Мониторинг и анализ процессов" in text and "Мониторинг критериев результативности" in text
    assert "Анализ проводит" in text
    assert "Количество лидов в месяц (цель ≥ 100 лидов)" in text  # a chart's title
    assert "2026-10" in text  # the chart's periods
    assert "План корректирующих действий" not in text  # the regulation is the rule, not the plan

    out = tmp_path / "asis.pdf"
    export_regulation(marketing_ru, out, map_id="map_as_is", lang="en")
    text = _flat(out)
    assert "Monitoring of the performance criteria" not in text  # no actuals on the survey's map
    assert "Corrective-action plan" in text and "Назначить владельца процесса" in text


def test_the_tree_carries_the_charts_and_word_gets_them_as_drawings(marketing_ru, tmp_path):
    import docx

    from procedit.document import build_document
    from procedit.export.docx import export_docx

    tree = build_document(marketing_ru, map_id="map_to_be", lang="ru")
    sec = next(s for s in tree.sections if s.key == "monitoring")
    charts = sec.charts()
    assert len(charts) == 4 and charts[0].values[-1] == 96
    out = tmp_path / "tobe.docx"
    export_docx(marketing_ru, out, map_id="map_to_be", lang="ru")
    drawings = docx.Document(str(out)).inline_shapes  # the map's pictures and the charts
    kinds = [s._inline.graphic.graphicData.get("uri").rsplit("/", 1)[-1] for s in drawings]
    assert kinds.count("chart") == len(charts) and kinds.count("picture") >= 1


def test_a_map_without_actuals_or_actions_has_neither_section(small_en, tmp_path):
    assert not any(p.actions for m in small_en.maps for p in m.processes)
    project: Project = small_en
    out = tmp_path / "small.pdf"
    export_regulation(project, out, lang="en")
    text = _flat(out)
    assert "Monitoring" not in text and "Corrective-action plan" not in text


def _monitoring_charts(project, lang="ru"):
    from procedit.document import ChartGroup, build_document

    tree = build_document(project, map_id="map_to_be", lang=lang)
    sec = next(s for s in tree.sections if s.key == "monitoring")
    return sec, [b for b in sec.blocks if isinstance(b, ChartGroup)]


def test_each_criterion_with_actuals_has_its_chart_under_its_process_in_the_order_of_the_table(marketing_ru):
    """A chart per criterion with numeric actuals, a process's charts side by side under its
    name, in the table's order; a criterion without actuals (or a yes/no one) has none."""
    from procedit.document import Table

    sec, groups = _monitoring_charts(marketing_ru)
    table = next(b for b in sec.blocks if isinstance(b, Table) and b.rows[0][0] == "Процесс")
    numeric = [(r[0], r[1]) for r in table.rows[1:] if r[2] not in ("да", "нет")]
    charted = [(g.title, ch.title) for g in groups for ch in g.charts]
    assert [(p, t.split(" (цель")[0]) for p, t in charted] == numeric
    assert [g.title for g in groups] == ["М-07 Генерация лидов", "М-08 Обработка лидов"]
    assert all(len(g.charts) <= g.columns for g in groups)  # each process on one row here
    titles = " ".join(t for _, t in charted)
    assert "Обзор конкурентов" not in titles  # М-01's criterion has no actuals
    assert "Отчёт готов" not in titles  # a yes/no criterion is in the table, not charted
    assert any("Отчёт готов" in r[1] for r in table.rows)


def test_the_pdf_draws_the_charts_in_the_order_of_the_table_with_cyrillic_titles(marketing_ru, tmp_path):
    _sec, groups = _monitoring_charts(marketing_ru)
    out = tmp_path / "tobe.pdf"
    export_regulation(marketing_ru, out, map_id="map_to_be", lang="ru")
    text = _flat(out)
    start = text.index("Графики сгруппированы по процессам")
    at = start
    for g in groups:
        at = text.index(g.title, at)
        for ch in g.charts:
            at = text.index(re.sub(r"\s+", " ", ch.title.replace("\xa0", " ")), at)
            assert text.index(ch.periods[-1], at) > at  # the latest period labelled under it
    # the English regulation says the same in English
    out = tmp_path / "tobe_en.pdf"
    export_regulation(marketing_ru, out, map_id="map_to_be", lang="en")
    text = _flat(out)
    assert "The charts are grouped by process" in text and "Количество лидов в месяц (target ≥ 100" in text


def test_a_criterion_with_one_value_still_shows_its_target_and_threshold(tmp_path):
    """A criterion's first month: one dot, and the target and the warning lines to read it
    against (two or more values draw them from the first to the last; one drew nothing)."""
    from reportlab.pdfgen.canvas import Canvas

    from procedit.document import Chart
    from procedit.export.docx.charts import chart_xml
    from procedit.export.monitoring import draw_chart

    for values in ((7.0,), (7.0, 8.0)):
        chart = Chart(
            "Лиды (цель ≥ 5)",
            ("2026-10", "2026-11")[: len(values)],
            values,
            ("met",) * len(values),
            (5.0,),
            4.0,
        )
        c = Canvas(str(tmp_path / "chart.pdf"))
        draw_chart(c, chart, 0, 0, 200, 118, "ru")
        code = "\n".join(c._code)
        assert re.search(r"\[3 2\] 0 d\n[\d.]+ [\d.]+ m [\d.]+ [\d.]+ l S", code), (
            values
        )  # the target, dashed
        assert re.search(r"\[1 1.5\] 0 d\n[\d.]+ [\d.]+ m [\d.]+ [\d.]+ l S", code), values  # the threshold
        # Word draws a series of one point as its marker only: the lines' series get one
        xml = chart_xml(chart, ("value", "target", "warning")).decode()
        markers = re.findall(r'<c:marker><c:symbol val="(\w+)"', xml)
        lines = markers[-2:]  # the target's and the threshold's series come last
        assert ("none" not in lines) if len(values) == 1 else (lines == ["none", "none"])
