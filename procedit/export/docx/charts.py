"""A criterion's chart (``procedit.document.Chart``) as a native Word chart (DrawingML): the
values per period with a marker each in its result's colour (met, warning, missed, as the
PDF's dots), the target line(s) (green, dashed) and the warning threshold (amber, dotted),
the value axis on the PDF's scale (``monitoring.value_scale``), the title above. A group's
charts (``ChartGroup``) stand side by side in one paragraph, as the PDF's row. Word and LibreOffice draw it as vectors, sharp at any print size, and a
Word user can restyle it; it is written as text, so a thousand-process regulation's three
thousand charts cost little (a 300 dpi picture each took most of the export's time and
a hundred kilobytes each).

The data lives in the chart part's caches (no embedded workbook: Word shows and prints the
chart; "Edit data" says the linked file is not available).
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part

from procedit.document import Chart

from ..monitoring import CHART_H, INK, RESULT_COLORS, TARGET, WARNING, value_scale
from .ooxml import xml_text

CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
HEIGHT_PT = CHART_H + 10  # the PDF panel's height and a little room for Word's own title spacing
_EMU_PT = 12700
TITLE_MAX = 140
_SPACES = re.compile(r"[^\S\xa0]+")  # white space but the no-break space

_INLINE = (
    '<wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
    '<wp:docPr id="{id}" name="Chart {id}" descr="{descr}"/><wp:cNvGraphicFramePr/>'
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
    '<c:chart r:id="{rid}"/></a:graphicData></a:graphic></wp:inline>'
)


def _hex(color) -> str:
    return color.hexval()[2:].upper()


def _run_props(size: float, color: str, *, bold: bool = False) -> str:
    return (
        "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>"
        f'<a:defRPr sz="{round(size * 100)}" b="{int(bold)}"><a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'
        '<a:latin typeface="Arial"/><a:cs typeface="Arial"/></a:defRPr>'
        '</a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>'
    )


def _line(color: str, width_pt: float, dash: str | None) -> str:
    dash_xml = f'<a:prstDash val="{dash}"/>' if dash else ""
    return (
        f'<c:spPr><a:ln w="{round(width_pt * _EMU_PT)}" cap="rnd"><a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'
        f"{dash_xml}<a:round/></a:ln></c:spPr>"
    )


def _marker(color: str, symbol: str = "circle", size: int = 4) -> str:
    return (
        f'<c:marker><c:symbol val="{symbol}"/><c:size val="{size}"/><c:spPr><a:solidFill><a:srgbClr val="{color}"/>'
        f'</a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="{color}"/></a:solidFill></a:ln></c:spPr></c:marker>'
    )


def _points(results, line: str) -> str:
    """A data point each whose marker has its result's colour (met, warning, missed); its
    ``spPr`` (which LibreOffice reads for the marker) keeps the series' line ``line``."""
    out = []
    for k, r in enumerate(results):
        if r not in RESULT_COLORS:
            continue
        color = _hex(RESULT_COLORS[r])
        out.append(
            f'<c:dPt><c:idx val="{k}"/>{_marker(color)}<c:bubble3D val="0"/>'
            f'<c:spPr><a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'
            f"{line}</c:spPr></c:dPt>"
        )
    return "".join(out)


def _series(
    i: int,
    name: str,
    values,
    cats: str,
    color: str,
    width: float,
    dash: str | None,
    marker: bool | str,
    points: str = "",
) -> str:
    """``marker``: True a dot per value, a symbol's name that symbol (large), False none."""
    n = len(values)
    col = chr(ord("B") + i)
    pts = "".join(f'<c:pt idx="{k}"><c:v>{v!r}</c:v></c:pt>' for k, v in enumerate(values))
    if isinstance(marker, str):
        mark = _marker(color, marker, 20)
    else:
        mark = _marker(color) if marker else '<c:marker><c:symbol val="none"/></c:marker>'

    return (
        f'<c:ser><c:idx val="{i}"/><c:order val="{i}"/>'
        f'<c:tx><c:strRef><c:f>Sheet1!${col}$1</c:f><c:strCache><c:ptCount val="1"/>'
        f'<c:pt idx="0"><c:v>{escape(name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>'
        f"{_line(color, width, dash)}{mark}{points}"
        f"<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${n + 1}</c:f>{cats}</c:strRef></c:cat>"
        f"<c:val><c:numRef><c:f>Sheet1!${col}$2:${col}${n + 1}</c:f><c:numCache><c:formatCode>General</c:formatCode>"
        f'<c:ptCount val="{n}"/>{pts}</c:numCache></c:numRef></c:val><c:smooth val="0"/></c:ser>'
    )


def chart_xml(chart: Chart, names: tuple[str, str, str], lang: str = "en-US") -> bytes:
    """The chart part of ``chart``, one of a chart group's charts side by side (a small title,
    the period labels upright and as many as fit, Word skipping the others); ``names``: the
    series' names (value, target, warning), shown by Word where it names a series (no legend
    is drawn, as in the PDF); ``lang``: the title's language."""
    n = len(chart.values)
    ink, green, amber = _hex(INK), _hex(TARGET), _hex(WARNING)
    cats = (
        f'<c:strCache><c:ptCount val="{n}"/>'
        + "".join(
            f'<c:pt idx="{k}"><c:v>{escape(xml_text(p))}</c:v></c:pt>' for k, p in enumerate(chart.periods)
        )
        + "</c:strCache>"
    )
    value_line = _line(ink, 1.2, None)[len("<c:spPr>") : -len("</c:spPr>")]
    series = [
        _series(0, names[0], chart.values, cats, ink, 1.2, None, True, _points(chart.results, value_line))
    ]
    # a series of one point is no line in Word: the target and threshold get a wide dash there
    level = "dash" if n == 1 else False
    for t in chart.targets:
        series.append(_series(len(series), names[1], [t] * n, cats, green, 1.0, "dash", level))
    if chart.warning is not None:
        series.append(_series(len(series), names[2], [chart.warning] * n, cats, amber, 1.0, "sysDot", level))
    lo, hi, step = value_scale(chart)
    title = escape(_title(xml_text(chart.title)))
    muted = "37474F"
    sz = 700
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<c:date1904 val="0"/><c:roundedCorners val="0"/>'
        "<c:chart>"
        f'<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="{sz}" b="0"/></a:pPr>'
        f'<a:r><a:rPr lang="{lang}" sz="{sz}" b="0"><a:solidFill><a:srgbClr val="{muted}"/></a:solidFill>'
        f'<a:latin typeface="Arial"/><a:cs typeface="Arial"/></a:rPr><a:t>{title}</a:t></a:r></a:p></c:rich></c:tx>'
        '<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>'
        "<c:plotArea><c:layout/>"
        '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>'
        + "".join(series)
        + '<c:marker val="1"/><c:axId val="1001"/><c:axId val="1002"/></c:lineChart>'
        '<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>'
        '<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/>'
        '<c:minorTickMark val="none"/><c:tickLblPos val="low"/>'
        f"{_line('90A4AE', 0.75, None)}"
        f"{_run_props(7, muted)}"
        '<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>'
        '<c:lblOffset val="100"/>'
        '<c:noMultiLvlLbl val="0"/></c:catAx>'
        '<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/>'
        f'<c:max val="{hi!r}"/><c:min val="{lo!r}"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>'
        f"<c:majorGridlines>{_line('CFD8DC', 0.3, None)}</c:majorGridlines>"
        '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>'
        f'<c:tickLblPos val="nextTo"/>{_line("90A4AE", 0.75, None)}{_run_props(7, muted)}'
        '<c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/>'
        f'<c:majorUnit val="{step!r}"/></c:valAx>'
        "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea>"
        '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
        "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
        f"{_run_props(7, muted)}"
        "</c:chartSpace>"
    )
    return xml.encode("utf-8")


def _title(text: str) -> str:
    """The title on one line and at most 140 characters, as the PDF's drawing has it (but
    with its no-break spaces: Word wraps a long title)."""
    text = " ".join(_SPACES.split(text.strip()))
    return text if len(text) <= TITLE_MAX else text[: TITLE_MAX - 1].rstrip() + "…"


class Charts:
    """Adds chart parts to the document part and gives the body's markup of each."""

    def __init__(self, document_part, names: tuple[str, str, str], lang: str) -> None:
        self.part = document_part
        self.package = document_part.package
        self.names, self.lang = names, lang
        self.count = 0

    def inline(self, chart: Chart, width: int, shape_id: int) -> str:
        """The ``wp:inline`` markup of ``chart`` ``width`` EMU wide (its own chart part)."""
        self.count += 1
        partname = PackURI(f"/word/charts/procedit{self.count}.xml")
        xml = chart_xml(chart, self.names, self.lang)
        part = Part(partname, CT_CHART, xml, self.package)
        rid = f"rIdChart{self.count}"
        self.part.rels.add_relationship(RT.CHART, part, rid)
        return _INLINE.format(
            cx=width,
            cy=round(HEIGHT_PT * _EMU_PT),
            id=shape_id,
            descr=escape(xml_text(chart.title), {'"': "&quot;"}),
            rid=rid,
        )


__all__ = ["CT_CHART", "Charts", "chart_xml"]
