"""A map as inline SVG, drawn from ``procedit.geometry`` (the numbers the canvas and the PDF
use), every process a link to its page. All text is escaped."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from procedit.geometry import (
    CORNER_RADIUS,
    arrow_head,
    link_offsets,
    link_route,
    map_bounds,
    map_nodes,
    polyline_midpoint,
)
from procedit.model import ProcessMap, Project

from ..palette import KIND_COLORS, LANE_FILLS, LINK_COLOR, PARTY_COLORS


def _hex(color) -> str:
    return "#" + color.hexval()[2:]


def _n(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".")


def _wrap(text: str, width: float, size: float = 12.0, lines: int = 3) -> list[str]:
    """Words broken into at most ``lines`` lines that fit ``width`` (an average glyph width)."""
    per_line = max(4, int(width / (size * 0.6)))
    out: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if len(candidate) <= per_line or not current:
            current = candidate
        else:
            out.append(current)
            current = word
    if current:
        out.append(current)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][: per_line - 1] + "…"
    return [line if len(line) <= per_line else line[: per_line - 1] + "…" for line in out]


def _text_block(x: float, y: float, lines: list[str], size: float, css: str) -> str:
    if not lines:
        return ""
    tspans = "".join(
        f'<tspan x="{_n(x)}" dy="{_n(size * 1.2) if i else 0}">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return f'<text class="{css}" x="{_n(x)}" y="{_n(y)}" font-size="{_n(size)}">{tspans}</text>'


def map_svg(pmap: ProcessMap, project: Project, href: Callable[[str], str | None], owner_of) -> str:
    """The SVG of ``pmap``; ``href(process_id)`` gives a process's page (None: no link),
    ``owner_of(process)`` the owner's name shown under the process name."""
    bounds = map_bounds(pmap, margin=30.0)
    if pmap.processes or pmap.parties:
        for lane in pmap.lanes:
            if lane.height > 0:
                bounds = bounds.united(type(bounds)(bounds.x, lane.y, bounds.width, lane.height))
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="map" role="img" '
        f'viewBox="{_n(bounds.x)} {_n(bounds.y)} {_n(bounds.width)} {_n(bounds.height)}" '
        f'width="{_n(bounds.width)}" height="{_n(bounds.height)}">',
        f"<title>{escape(pmap.name)}</title>",
    ]
    for i, lane in enumerate(pmap.lanes):
        if lane.height <= 0:
            continue
        fill = _hex(LANE_FILLS[i % len(LANE_FILLS)])
        out.append(
            f'<g class="lane"><rect x="{_n(bounds.x)}" y="{_n(lane.y)}" width="{_n(bounds.width)}" '
            f'height="{_n(lane.height)}" fill="{fill}"/>'
            + _text_block(bounds.x + 6, lane.y + 16, [project.lane_title(lane)], 12, "lane-title")
            + "</g>"
        )
    nodes = map_nodes(pmap)
    offsets = link_offsets(pmap.links)
    ink = _hex(LINK_COLOR)
    for link in pmap.links:
        pts = link_route(nodes, link, offsets.get(link.id, 0.0))
        if not pts:
            continue
        path = " ".join(f"{_n(p.x)},{_n(p.y)}" for p in pts)
        left, tip, right = arrow_head(pts[-2], pts[-1])
        dash = ' stroke-dasharray="6 4"' if str(link.kind) != "flow" else ""
        out.append(
            f'<g class="link"><polyline points="{path}" fill="none" stroke="{ink}" stroke-width="1.4"{dash}/>'
            f'<polygon points="{_n(left.x)},{_n(left.y)} {_n(tip.x)},{_n(tip.y)} {_n(right.x)},{_n(right.y)}" '
            f'fill="{ink}"/>'
        )
        if link.label:
            mid = polyline_midpoint(pts)
            out.append(
                f'<text class="link-label" x="{_n(mid.x)}" y="{_n(mid.y - 4)}" text-anchor="middle" '
                f'font-size="10">{escape(_wrap(link.label, 160, 10, 1)[0])}</text>'
            )
        out.append("</g>")
    for party in pmap.parties:
        fill, stroke = PARTY_COLORS.get(str(party.kind), PARTY_COLORS["other"])
        out.append(
            f'<g class="party"><ellipse cx="{_n(party.x + party.width / 2)}" cy="{_n(party.y + party.height / 2)}" '
            f'rx="{_n(party.width / 2)}" ry="{_n(party.height / 2)}" fill="{_hex(fill)}" stroke="{_hex(stroke)}" '
            f'stroke-width="1.5"/>'
            + _text_block(party.x + party.width / 2, party.y + party.height / 2 - 4,
                          _wrap(party.name, party.width - 12, 11, 2), 11, "party-name")
            + "</g>"
        )  # fmt: skip
    for p in pmap.processes:
        fill, stroke = KIND_COLORS.get(str(p.kind), KIND_COLORS["core"])
        cx = p.x + p.width / 2
        head = f"{p.code} {p.name}".strip()
        lines = _wrap(head, p.width - 12, 12, 3)
        owner = owner_of(p)
        body = (
            f'<rect x="{_n(p.x)}" y="{_n(p.y)}" width="{_n(p.width)}" height="{_n(p.height)}" '
            f'rx="{_n(CORNER_RADIUS)}" fill="{_hex(fill)}" stroke="{_hex(stroke)}" stroke-width="1.6"/>'
            + _text_block(cx, p.y + 20, lines, 12, "proc-name")
            + (_text_block(cx, p.y + p.height - 8, _wrap(owner, p.width - 12, 10, 1), 10, "proc-owner")
               if owner else "")
        )  # fmt: skip
        target = href(p.id)
        title = f"<title>{escape(head)}</title>"
        if target:
            out.append(f'<a class="proc" href="{escape(target)}" data-id="{escape(p.id)}">{title}{body}</a>')
        else:
            out.append(f'<g class="proc">{title}{body}</g>')
    out.append("</svg>")
    return "".join(out)
