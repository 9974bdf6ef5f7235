"""The Word document's drawings: the map figure (the PDF's drawing pixel for pixel, its
fragments drawn alone), the criteria's charts (native Word charts of the PDF's data): where
they stand, how they are stored in the package, and that a cancelled export leaves no worker
behind."""

from __future__ import annotations

import io
import threading
import zipfile

import docx
import pypdfium2 as pdfium
import pytest
from docx.oxml.ns import qn
from lxml import etree
from PIL import Image, ImageChops
from reportlab.pdfgen.canvas import Canvas

from procedit.document import Chart, ChartGroup, build_document
from procedit.export.docx import export_docx
from procedit.export.docx.charts import CT_CHART
from procedit.export.docx.render import DocxWriter
from procedit.export.monitoring import INK, RESULT_COLORS, TARGET, WARNING, value_scale
from procedit.export.raster import pdf_pngs
from procedit.export.regulation import ExportCancelled


def _pictures(path) -> list[tuple[int, bytes]]:
    """(index of the body element, PNG bytes) of every inline picture, in document order."""
    d = docx.Document(str(path))
    out = []
    for i, el in enumerate(d.element.body.iterchildren()):
        for blip in el.iter(qn("a:blip")):
            out.append((i, d.part.related_parts[blip.get(qn("r:embed"))].blob))
    return out


def _heading_index(path, prefix: str) -> int:
    d = docx.Document(str(path))
    for i, el in enumerate(d.element.body.iterchildren()):
        if el.tag == qn("w:p") and docx.text.paragraph.Paragraph(el, d).text.startswith(prefix):
            return i
    raise AssertionError(f"no paragraph starting with {prefix!r}")


C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _charts(path) -> list[tuple[int, object, object]]:
    """(index of the body element, chart part, its parsed XML) of every chart, in document order."""
    d = docx.Document(str(path))
    out = []
    for i, el in enumerate(d.element.body.iterchildren()):
        for ref in el.iter(f"{C}chart"):
            part = d.part.related_parts[ref.get(qn("r:id"))]
            out.append((i, part, etree.fromstring(part.blob)))
    return out


def _series(xml) -> list[tuple[list[str], list[float], str, str | None]]:
    """(categories, values, line colour, dash) of every series of a chart part."""
    out = []
    for ser in xml.iter(f"{C}ser"):
        cats = [v.text for v in ser.find(f"{C}cat").iter(f"{C}v")]
        vals = [float(v.text) for v in ser.find(f"{C}val").iter(f"{C}v")]
        ln = ser.find(f"{C}spPr/{A}ln")
        dash = ln.find(f"{A}prstDash")
        out.append(
            (
                cats,
                vals,
                ln.find(f"{A}solidFill/{A}srgbClr").get("val"),
                None if dash is None else dash.get("val"),
            )
        )
    return out


def test_charts_stand_in_the_monitoring_section_as_word_charts_of_the_pdf_data(marketing_ru, tmp_path):
    """Word gets each criterion's chart as a native chart (vectors, sharp when printed, a part
    of a few kilobytes): the same title, periods, values, target and warning lines as the PDF's
    drawing, its colours, a value axis covering them, no legend (the PDF has none)."""
    out = tmp_path / "tobe.docx"
    export_docx(marketing_ru, out, map_id="map_to_be", lang="ru")
    tree = build_document(marketing_ru, map_id="map_to_be", lang="ru")
    monitoring = next(s for s in tree.sections if s.key == "monitoring")
    charts = monitoring.charts()
    start = _heading_index(out, monitoring.heading)
    after = [s for s in tree.sections if s.level == 0 and s.in_toc]
    following = after[after.index(monitoring) + 1 :]
    end = _heading_index(out, following[0].heading) if following else 10**9
    found = _charts(out)
    in_section = [(part, xml) for i, part, xml in found if start < i < end]
    # every chart, in its section, in order, and no chart elsewhere
    assert len(in_section) == len(found) == len(charts) == 4
    assert any(c.warning is not None for c in charts)
    for (part, xml), chart in zip(in_section, charts, strict=True):
        assert part.content_type == CT_CHART and len(part.blob) < 20_000
        assert "".join(t.text for t in xml.find(f"{C}chart/{C}title").iter(f"{A}t")) == chart.title
        series = _series(xml)
        cats, values, color, dash = series[0]
        assert cats == list(chart.periods) and values == list(chart.values)
        assert (color, dash) == (INK.hexval()[2:].upper(), None)
        lines = [(vals, color, dash) for _, vals, color, dash in series[1:]]
        want = [([t] * len(chart.values), TARGET.hexval()[2:].upper(), "dash") for t in chart.targets]
        if chart.warning is not None:
            want.append(([chart.warning] * len(chart.values), WARNING.hexval()[2:].upper(), "sysDot"))
        assert lines == want
        scaling = xml.find(f"{C}chart/{C}plotArea/{C}valAx/{C}scaling")
        lo, hi = (float(scaling.find(f"{C}{k}").get("val")) for k in ("min", "max"))
        every = [*chart.values, *chart.targets, *([chart.warning] if chart.warning is not None else [])]
        assert lo < min(every) and max(every) < hi
        assert xml.find(f"{C}chart/{C}legend") is None
        # each value's marker in its result's colour, as the PDF's dots
        first = next(xml.iter(f"{C}ser"))
        marks = {
            int(pt.find(f"{C}idx").get("val")): pt.find(f"{C}marker/{C}spPr/{A}solidFill/{A}srgbClr").get(
                "val"
            )
            for pt in first.iter(f"{C}dPt")
        }
        assert marks == {k: RESULT_COLORS[r].hexval()[2:].upper() for k, r in enumerate(chart.results)}
        # the value axis on the PDF's scale
        assert (lo, hi) == value_scale(chart)[:2]
    # a process's charts side by side: one paragraph per group row, under the process's name
    rows = [i for i, _, _ in found if start < i < end]
    groups = [b for b in monitoring.blocks if isinstance(b, ChartGroup)]
    assert len(set(rows)) == len(groups) and [rows.count(i) for i in sorted(set(rows))] == [
        len(g.charts) for g in groups
    ]
    for g, i in zip(groups, sorted(set(rows)), strict=True):
        assert _heading_index(out, g.title) == i - 1


def test_the_map_pictures_are_the_pdf_map_pages(marketing_ru, tmp_path):
    """The map figure: the same pixels as rendering the map's PDF pages with PDFium's defaults."""
    from reportlab.lib.units import mm

    from procedit.document.texts import Texts
    from procedit.export.layout import L_MARGIN, LANDSCAPE, MARGIN_BOTTOM, MARGIN_TOP
    from procedit.export.mapimage import map_pdf

    out = tmp_path / "asis.docx"
    export_docx(marketing_ru, out, map_id="map_as_is", lang="ru")
    tree = build_document(marketing_ru, map_id="map_as_is", lang="ru")
    from procedit.document import MapFigure

    fig = next(b for s in tree.all_sections() for b in s.blocks if isinstance(b, MapFigure))
    h = LANDSCAPE[1] - MARGIN_TOP - MARGIN_BOTTOM + 6 * mm - 34 - (36 if fig.description.strip() else 0)
    pdf_bytes, count = map_pdf(
        fig.pmap, marketing_ru, Texts("ru"), LANDSCAPE[0] - 2 * L_MARGIN, h, fig.caption
    )
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        want = [pdf[i].render(scale=300 / 72).to_pil().convert("RGB") for i in range(count)]
    finally:
        pdf.close()
    got = [Image.open(io.BytesIO(png)) for _, png in _pictures(out)[:count]]
    assert [g.tobytes() for g in got] == [w.tobytes() for w in want]


def test_every_chart_has_its_own_part_and_pictures_are_stored_as_they_are(marketing_ru, tmp_path):
    tree = build_document(marketing_ru, map_id="map_to_be", lang="ru")
    monitoring = next(s for s in tree.sections if s.key == "monitoring")
    chart = monitoring.charts()[0]
    n_before = len(monitoring.charts())
    group = next(b for b in monitoring.blocks if isinstance(b, ChartGroup))
    monitoring.blocks.append(
        ChartGroup(group.title, [Chart(**vars(chart))])
    )  # an equal chart, another object
    out = tmp_path / "twice.docx"
    with open(out, "wb") as fh:
        DocxWriter(tree, marketing_ru, lambda: None).write(fh)
    found = _charts(out)
    # Word edits a chart part through the one frame that shows it: an equal chart gets its own
    assert len(found) == n_before + 1 and len({id(part) for _, part, _ in found}) == n_before + 1
    assert found[0][1].blob == found[-1][1].blob
    d = docx.Document(str(out))
    ids = [int(p.get("id")) for p in d.element.body.iter(qn("wp:docPr"))]
    assert len(ids) == len(set(ids)) == len(found) + len(_pictures(out))  # every drawing has its own id
    with zipfile.ZipFile(out) as z:
        media = [i for i in z.infolist() if i.filename.startswith("word/media/")]
        assert media and all(i.compress_type == zipfile.ZIP_STORED for i in media)
        charts = [i for i in z.infolist() if i.filename.startswith("word/charts/")]
        assert len(charts) == n_before + 1 and all(i.compress_type == zipfile.ZIP_DEFLATED for i in charts)
        assert z.getinfo("word/document.xml").compress_type == zipfile.ZIP_DEFLATED
        assert z.testzip() is None


def test_fragments_drawn_alone_look_as_the_pdfs_shared_drawing(build_project):
    """The Word picture of a fragment draws only what the fragment shows (PDFium renders each
    page: five times faster than the PDF's one drawing of the whole map per fragment), and
    looks the same: every box, link, label and mark, up to the anti-aliasing of a glyph."""
    from procedit.document.texts import Texts
    from procedit.export.layout import L_MARGIN, LANDSCAPE
    from procedit.export.mapimage import map_pdf

    project = build_project(120)
    width, height = LANDSCAPE[0] - 2 * L_MARGIN, 480.0

    def pixels(shared: bool) -> list[Image.Image]:
        data, _ = map_pdf(project.maps[0], project, Texts("ru"), width, height, "Карта", shared_form=shared)
        pdf = pdfium.PdfDocument(data)
        try:
            return [pdf[i].render(scale=150 / 72).to_pil().convert("L") for i in range(len(pdf))]
        finally:
            pdf.close()

    shared, alone = pixels(True), pixels(False)
    assert len(shared) == len(alone) >= 3  # an overview and fragments
    for a, b in zip(shared, alone, strict=True):
        diff = ImageChops.difference(a, b).point(lambda v: 255 if v > 96 else 0)
        assert diff.histogram()[255] <= a.width * a.height // 5000


@pytest.mark.parametrize("raw_limit", [64 << 20, 0])  # 0: each page deflated as soon as rendered
def test_pdf_pages_become_pngs_of_the_same_pixels(monkeypatch, raw_limit):
    monkeypatch.setattr("procedit.export.raster.RAW_LIMIT", raw_limit)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(101.3, 47))
    c.setFillColorRGB(0.2, 0.5, 0.1)
    c.rect(5, 5, 60, 20, fill=1)
    c.drawString(10, 30, "Проверка")
    c.showPage()
    c.setPageSize((33, 20))
    c.line(0, 0, 33, 20)
    c.save()
    pngs = pdf_pngs(buf.getvalue())
    pdf = pdfium.PdfDocument(buf.getvalue())
    try:
        for i, png in enumerate(pngs):
            want = pdf[i].render(scale=300 / 72).to_pil().convert("RGB")
            got = Image.open(io.BytesIO(png))
            assert got.size == want.size and got.tobytes() == want.tobytes()
    finally:
        pdf.close()


def test_a_cancelled_export_leaves_no_file_and_no_worker(marketing_ru, tmp_path):
    out = tmp_path / "cancelled.docx"

    def cancel() -> bool:  # as soon as pictures are being made
        return any(t.name.startswith("procedit-raster") for t in threading.enumerate())

    with pytest.raises(ExportCancelled):
        export_docx(marketing_ru, out, map_id="map_to_be", lang="ru", cancel=cancel)
    assert not out.exists() and not list(tmp_path.iterdir())
    assert not [t for t in threading.enumerate() if t.name.startswith("procedit-raster")]


def test_each_map_page_starts_its_own_page_without_a_blank_one(marketing_ru, tmp_path):
    """A page-break paragraph after a full overview page would fall on a page of its own and
    leave it blank: the fragments' pictures start their pages themselves."""
    out = tmp_path / "asis.docx"
    export_docx(marketing_ru, out, map_id="map_as_is", lang="ru")
    body = list(docx.Document(str(out)).element.body.iterchildren())
    maps = [i for i, el in enumerate(body) if any(b is not None for b in el.iter(qn("a:blip")))]
    assert len(maps) >= 3  # an overview and fragments
    for first, i in zip([True] + [False] * len(maps), maps, strict=False):
        starts = body[i].find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}") is not None
        assert starts is not first
        before = body[i - 1]
        assert not (len(before) == 1 and before.find(f".//{qn('w:br')}") is not None)  # no break paragraph


@pytest.mark.parametrize(
    "values", [(1e-13, 2e-13), (0.0, 0.0), (-5.0, 5.0), (1e15, 3e15, 2e15), (0.1, 0.2, 0.30000000000000004)]
)
def test_a_chart_part_is_well_formed_whatever_its_numbers_and_title(values):
    from procedit.export.docx.charts import chart_xml

    title = '<b>Жирный?</b> & "кавычки" \x00\x07 😀 عربي ' + "Ж" * 500
    chart = Chart(
        title,
        tuple(f"2026-{i + 1:02d}" for i in range(len(values))),
        values,
        ("met",) * len(values),
        (1.0,),
        0.5,
    )
    xml = etree.fromstring(chart_xml(chart, ("Факт", "Цель", "Порог"), "ru-RU"))
    scaling = xml.find(f"{C}chart/{C}plotArea/{C}valAx/{C}scaling")
    lo, hi = (float(scaling.find(f"{C}{k}").get("val")) for k in ("min", "max"))
    step = float(xml.find(f"{C}chart/{C}plotArea/{C}valAx/{C}majorUnit").get("val"))
    assert lo <= min(*values, 0.5) and max(*values, 1.0) <= hi and 0 < step and (hi - lo) / step <= 12
    shown = "".join(t.text for t in xml.find(f"{C}chart/{C}title").iter(f"{A}t"))
    assert (
        shown.startswith('<b>Жирный?</b> & "кавычки" 😀 عربي Ж') and len(shown) == 140 and shown.endswith("…")
    )
    assert [
        float(v.text) for v in xml.find(f"{C}chart/{C}plotArea/{C}lineChart/{C}ser/{C}val").iter(f"{C}v")
    ] == list(values)
