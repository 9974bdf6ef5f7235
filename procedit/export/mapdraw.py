"""The process map drawn as vectors from ``procedit.geometry`` (the canvas uses the same
numbers): fitted to one landscape page when the text stays legible, otherwise an
overview page and numbered fragments (tiles) with continuation marks."""

from __future__ import annotations

import math

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from procedit.geometry import CORNER_RADIUS, Rect, arrow_head
from procedit.model import LinkKind

from .boxtext import FOCUS_HALO, fit_lines, lighter, one_line
from .fasttext import TextWriter, draw_text
from .fonts import BOLD, ITALIC, REGULAR, clean, text_width, wrap_text
from .labels import LabelSpot
from .mapscene import LinkShape, MapScene, NodeShape, intersects
from .palette import INK, KIND_COLORS, LANE_FILLS, LINK_COLOR, MUTED, PARTY_COLORS, RULE

# Scene font sizes (pixels on the canvas at 100 %), as on the canvas
NAME_PX, CODE_PX, SMALL_PX = 15.0, 12.0, 12.0
PROC_PAD, PARTY_PAD = 8.0, 10.0
MIN_SCALE = 0.5  # below this a map is split into fragments (tiles): names stay >= 7 pt, labels >= 6 pt
TILE_SCALE = 0.7
MIN_NAME_PT, MIN_SMALL_PT = 7.0, 6.0  # texts never get smaller than this on paper
TILE_OVERLAP = 30.0  # scene units repeated on neighbouring tiles
CAPTION_H = 14.0
LEGEND_H = 16.0
VIEW_MARGIN = 12.0  # scene units drawn beyond a page's area (what casts into it: shadows, halos)


class MapPage(Flowable):
    """One landscape page of the map: the region ``region`` of the scene at ``scale``."""

    def __init__(
        self,
        scene: MapScene,
        region: Rect,
        scale: float,
        caption: str,
        *,
        height: float,
        overview_tiles: list[tuple[int, Rect]] | None = None,
        neighbours: dict[str, int] | None = None,
        tile: bool = False,
        shared_form: bool = True,
    ) -> None:
        super().__init__()
        self.scene = scene
        self.region = region
        self.scale = scale
        self.caption = caption
        self.height_ = height
        self.overview_tiles = overview_tiles
        self.neighbours = neighbours or {}
        self.tile = tile
        self.shared_form = shared_form

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width_ = aw
        return aw, min(self.height_, ah) if ah > 40 else self.height_

    # coordinates: scene (y down) -> page (y up), inside the drawing area
    def _setup(self) -> None:
        area_h = self.height_ - CAPTION_H - LEGEND_H
        s = self.scale
        self._s = s
        used_w, used_h = self.region.width * s, self.region.height * s
        self._ox = (self.width_ - used_w) / 2 - self.region.x * s
        self._oy = LEGEND_H + (area_h + used_h) / 2 + self.region.y * s
        self._area = (0.0, LEGEND_H, self.width_, area_h)

    def _pt(self, x: float, y: float) -> tuple[float, float]:
        return self._ox + x * self._s, self._oy - y * self._s

    def draw(self) -> None:
        c = self.canv
        self._setup()
        s = self._s
        ax, ay, aw, ah = self._area
        c.saveState()
        c.setFillColor(MUTED)
        draw_text(c, 0, self.height_ - CAPTION_H + 4, self.caption, ITALIC, 8)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.rect(ax, ay, aw, ah, stroke=1, fill=0)
        p = c.beginPath()
        p.rect(ax, ay, aw, ah)
        c.clipPath(p, stroke=0, fill=0)
        if self.tile and self.shared_form:
            # every fragment shows the same drawing of the whole map (one form XObject,
            # drawn once), moved so that its region fills the area
            name = self._tile_form()
            c.saveState()
            c.translate(self._ox, self._oy)
            c.doForm(name)
            c.restoreState()
        else:
            # the scene rectangle visible in the area (and a margin: what casts into it)
            view = Rect((ax - self._ox) / s, (self._oy - (ay + ah)) / s, aw / s, ah / s)
            view = view.adjusted(VIEW_MARGIN)
            self._draw_scene(view, with_text=self.overview_tiles is None)
        if self.overview_tiles:
            self._draw_tile_grid()
        self._draw_continuations()
        c.restoreState()
        self._draw_legend()

    def _tile_form(self) -> str:
        scene, s = self.scene, self._s
        name = scene.forms.get(s)
        if name is None:
            name = scene.forms[s] = f"procedit_map_{id(scene):x}_{len(scene.forms)}"
            c = self.canv
            ox, oy = self._ox, self._oy
            self._ox = self._oy = 0.0  # form space: scene point (x, y) at (x s, -y s)
            b = scene.bounds.adjusted(60)
            c.beginForm(name, lowerx=b.left * s, lowery=-b.bottom * s, upperx=b.right * s, uppery=-b.top * s)
            self._draw_scene(b, with_text=True)
            c.endForm()
            self._ox, self._oy = ox, oy
        return name

    def _draw_scene(self, view: Rect, with_text: bool) -> None:
        self._draw_lanes(view, with_text)
        links = [(i, lk) for i, lk in enumerate(self.scene.links) if intersects(lk.bbox, view)]
        for _, link in links:
            self._draw_link(link)
        for node in self.scene.nodes:
            if intersects(node.rect, view):
                self._draw_node(node, with_text)
        if with_text:  # labels on top of the boxes, as on the canvas when selected
            spots = self.scene.label_spots(self._s)
            shown = {i for i, _ in links}
            for i, spot in sorted(spots.items()):
                if i in shown or intersects(_spot_box(spot), view):  # (a label set off from its link)
                    self._draw_label(spot)

    def _draw_lanes(self, view: Rect, with_text: bool) -> None:
        c = self.canv
        b = self.scene.bounds
        for index, lane in enumerate(self.scene.pmap.lanes):
            r = Rect(b.x, lane.y, b.width, lane.height)
            if not intersects(r, view):
                continue
            x0, y0 = self._pt(r.left, r.bottom)
            c.setFillColor(LANE_FILLS[index % 2])
            c.setStrokeColor(RULE)
            c.setLineWidth(0.5)
            c.rect(x0, y0, r.width * self._s, r.height * self._s, stroke=1, fill=1)
            title = self.scene.lane_titles.get(lane.id, lane.name)
            if title and with_text:
                c.setFillColor(MUTED)
                tx, ty = self._pt(r.left + 6, r.top + 4 + SMALL_PX)
                draw_text(c, tx, ty, clean(title)[:80], BOLD, SMALL_PX * self._s)

    def _draw_link(self, link: LinkShape) -> None:
        c = self.canv
        s = self._s
        pts = [self._pt(p.x, p.y) for p in link.points]
        c.setStrokeColor(LINK_COLOR)
        c.setFillColor(LINK_COLOR)
        c.setLineWidth(max(0.4, 1.6 * s))
        if link.kind == LinkKind.INFORMATION:
            c.setDash(5 * s, 3 * s)
        elif link.kind == LinkKind.CONTROL:
            c.setDash(1.5 * s, 2.5 * s)
        path = c.beginPath()
        path.moveTo(*pts[0])
        for p in pts[1:]:
            path.lineTo(*p)
        c.drawPath(path, stroke=1, fill=0)
        c.setDash()
        if len(link.points) >= 2:
            head = arrow_head(link.points[-2], link.points[-1])
            hp = c.beginPath()
            hp.moveTo(*self._pt(*head[0]))
            hp.lineTo(*self._pt(*head[1]))
            hp.lineTo(*self._pt(*head[2]))
            hp.close()
            c.drawPath(hp, stroke=0, fill=1)

    def _draw_label(self, spot: LabelSpot) -> None:
        c = self.canv
        s = self._s
        size = spot.size
        w, h = spot.w * s, spot.h * s
        mx, my = self._pt(spot.x, spot.y)
        if spot.anchor is not None:  # set off from its link: a leader line to it
            ax, ay = self._pt(spot.anchor.x, spot.anchor.y)
            c.setStrokeColor(colors.HexColor("#b0bec5"))
            c.setLineWidth(0.35)
            c.line(ax, ay, max(mx - w / 2, min(ax, mx + w / 2)), max(my - h / 2, min(ay, my + h / 2)))
        c.setFillColor(colors.white)  # opaque: labels are also drawn in form XObjects (no alpha there)
        c.setStrokeColor(colors.HexColor("#cfd8dc"))
        c.setLineWidth(0.5)
        c.roundRect(mx - w / 2, my - h / 2, w, h, 3 * s, stroke=1, fill=1)
        c.setFillColor(LINK_COLOR)
        tw = TextWriter(c)
        tw.set_font(REGULAR, size)
        y = my + h / 2 - 1.5 * s - size
        for line in spot.lines:
            tw.line(mx - text_width(line, REGULAR, size) / 2, y + 0.2 * size, line)
            y -= size * 1.2
        tw.finish()

    def _draw_node(self, node: NodeShape, with_text: bool) -> None:
        c = self.canv
        s = self._s
        r = node.rect
        x, y = self._pt(r.left, r.bottom)
        w, h = r.width * s, r.height * s
        fill, stroke = node.fill, node.stroke
        if node.focus is False:  # a neighbour of the process the document is about: lighter
            fill, stroke = lighter(fill, 0.6), lighter(stroke, 0.45)
        elif node.focus:
            halo = 5.0 * s
            c.setStrokeColor(FOCUS_HALO)
            c.setLineWidth(3.5 * s)
            c.roundRect(
                x - halo, y - halo, w + 2 * halo, h + 2 * halo, CORNER_RADIUS * s + halo, stroke=1, fill=0
            )
        c.setFillColor(fill)
        c.setStrokeColor(stroke)
        if node.is_party:
            radius = min(h / 2, w / 4)
            c.setLineWidth(2.0 * s)
            c.roundRect(x, y, w, h, radius, stroke=1, fill=1)
            bar_x = x + radius * 0.45
            c.setLineWidth(6.0 * s)
            c.setLineCap(1)
            c.line(bar_x, y + h * 0.22, bar_x, y + h * 0.78)
            c.setLineCap(0)
            if with_text:
                self._party_text(node, x, y, w, h, radius * 0.45)
            return
        c.setLineWidth((2.5 if node.kind == "core" else 2.0) * s * (1.6 if node.focus else 1.0))
        c.roundRect(x, y, w, h, CORNER_RADIUS * s, stroke=1, fill=1)
        if with_text:
            self._process_text(node, x, y, w, h)

    def _process_text(self, node: NodeShape, x: float, y: float, w: float, h: float) -> None:
        c = self.canv
        s = self._s
        pad = PROC_PAD * s
        top = y + h - pad
        # kind mark + code
        m = 10 * s
        mx, my = x + pad + s, top - m - s
        c.setFillColor(node.stroke)
        if node.kind == "management":
            tri = c.beginPath()
            tri.moveTo(mx, my)
            tri.lineTo(mx + m / 2, my + m)
            tri.lineTo(mx + m, my)
            tri.close()
            c.drawPath(tri, stroke=0, fill=1)
        elif node.kind == "support":
            c.rect(mx, my, m - s, m - s, stroke=0, fill=1)
        else:
            c.circle(mx + m / 2, my + m / 2, m / 2, stroke=0, fill=1)
        code_size = max(CODE_PX * s, MIN_SMALL_PT)
        if node.code:
            code = wrap_text(node.code, BOLD, code_size, w - 2 * pad - 16 * s, 1)
            if code:
                draw_text(c, x + pad + 16 * s, top - code_size * 0.9, code[0], BOLD, code_size)
        name_size = max(NAME_PX * s, MIN_NAME_PT)
        small = max(SMALL_PX * s, MIN_SMALL_PT)
        body_top = top - code_size - 2 * s
        body_bottom = y + pad + (small + 2 * s if node.owner else 0)
        name_font = BOLD if node.focus else REGULAR
        lines, name_size = fit_lines(
            node.name,
            name_font,
            name_size,
            MIN_NAME_PT,
            w - 2 * pad,
            body_top - body_bottom + max(0.5 * s, 1.2),
        )
        spacing = name_size * 1.12
        block = spacing * len(lines)
        ty = body_top - max(0.0, (body_top - body_bottom - block) / 2) - name_size * 0.95
        c.setFillColor(INK)
        cx = x + w / 2
        tw = TextWriter(c)
        tw.set_font(name_font, name_size)
        for line in lines:
            tw.line(cx - text_width(line, name_font, name_size) / 2, ty, line)
            ty -= spacing
        tw.finish()
        if node.owner:
            owner = one_line(node.owner, ITALIC, small, w - 2 * pad)
            if owner:
                c.setFillColor(MUTED)
                draw_text(c, cx, y + pad + small * 0.15, owner, ITALIC, small, "centre")

    def _party_text(self, node: NodeShape, x: float, y: float, w: float, h: float, bar: float) -> None:
        c = self.canv
        s = self._s
        pad = PARTY_PAD * s
        small = max(SMALL_PX * s, MIN_SMALL_PT)
        left = x + bar + pad
        tw = w - 2 * pad - bar
        cx = left + tw / 2
        c.setFillColor(lighter(node.stroke, 0.3) if node.focus is False else node.stroke)
        kind = wrap_text(node.kind_label, REGULAR, small, tw, 1)
        if kind:
            draw_text(c, cx, y + h - 5 * s - small, kind[0], REGULAR, small, "centre")
        avail = h - 18 * s - pad
        lines, name_size = fit_lines(
            node.name, REGULAR, max(NAME_PX * s, MIN_NAME_PT), MIN_NAME_PT, tw, avail + max(0.5 * s, 1.2)
        )
        spacing = name_size * 1.12
        ty = y + h - 18 * s - max(0.0, (avail + 2 * s - spacing * len(lines)) / 2) - name_size * 0.95
        c.setFillColor(INK)
        writer = TextWriter(c)
        writer.set_font(REGULAR, name_size)
        for line in lines:
            writer.line(cx - text_width(line, REGULAR, name_size) / 2, ty, line)
            ty -= spacing
        writer.finish()

    def _draw_tile_grid(self) -> None:
        c = self.canv
        s = self._s
        for number, r in self.overview_tiles or []:
            x, y = self._pt(r.left, r.bottom)
            w, h = r.width * s, r.height * s
            c.setStrokeColor(colors.HexColor("#c62828"))
            c.setLineWidth(0.8)
            c.setDash(4, 2)
            c.rect(x, y, w, h, stroke=1, fill=0)
            c.setDash()
            size = max(9.0, min(28.0, h * 0.3))
            c.setFillColor(colors.Color(0.78, 0.16, 0.16, alpha=0.85))
            c.setFont(BOLD, size)
            c.drawCentredString(x + w / 2, y + h / 2 - size / 3, str(number))

    def _draw_continuations(self) -> None:
        if not self.neighbours:
            return
        c = self.canv
        ax, ay, aw, ah = self._area
        arrows = {"left": "←", "right": "→", "up": "↑", "down": "↓"}
        c.setFont(BOLD, 7.5)
        for side, number in self.neighbours.items():
            text = f"{arrows[side]} " + self.scene.t["continues"].format(n=number)
            tw = stringWidth(text, BOLD, 7.5) + 8
            if side == "left":
                bx, by = ax + 2, ay + ah / 2 - 6
            elif side == "right":
                bx, by = ax + aw - tw - 2, ay + ah / 2 - 6
            elif side == "up":
                bx, by = ax + aw / 2 - tw / 2, ay + ah - 14
            else:
                bx, by = ax + aw / 2 - tw / 2, ay + 2
            c.setFillColor(colors.HexColor("#fff8e1"))
            c.setStrokeColor(colors.HexColor("#b26a00"))
            c.setLineWidth(0.6)
            c.roundRect(bx, by, tw, 12, 3, stroke=1, fill=1)
            c.setFillColor(colors.HexColor("#6d4100"))
            c.drawString(bx + 4, by + 3.3, text)

    def _draw_legend(self) -> None:
        c = self.canv
        t = self.scene.t
        x = 0.0
        y = 3.0
        c.setFont(REGULAR, 7.5)
        for kind in ("management", "core", "support"):
            fill, stroke = KIND_COLORS[kind]
            c.setFillColor(fill)
            c.setStrokeColor(stroke)
            c.setLineWidth(1)
            c.roundRect(x, y, 16, 9, 2, stroke=1, fill=1)
            c.setFillColor(INK)
            label = t.enum(kind)
            c.drawString(x + 20, y + 2, label)
            x += 28 + stringWidth(label, REGULAR, 7.5)
        fill, stroke = PARTY_COLORS["customer"]
        c.setFillColor(fill)
        c.setStrokeColor(stroke)
        c.roundRect(x, y, 16, 9, 4.5, stroke=1, fill=1)
        c.setFillColor(INK)
        c.drawString(x + 20, y + 2, t["party"])
        x += 32 + stringWidth(t["party"], REGULAR, 7.5)
        c.setStrokeColor(LINK_COLOR)
        c.setLineWidth(1)
        for kind, dash in (("flow", None), ("information", (3, 2)), ("control", (1, 2))):
            if dash:
                c.setDash(*dash)
            c.line(x, y + 4.5, x + 18, y + 4.5)
            c.setDash()
            label = t[f"link_{kind}"]
            c.setFillColor(INK)
            c.drawString(x + 22, y + 2, label)
            x += 32 + stringWidth(label, REGULAR, 7.5)


def _spot_box(spot: LabelSpot) -> Rect:
    """The scene rectangle of a label with its leader line."""
    box = Rect(spot.x - spot.w / 2, spot.y - spot.h / 2, spot.w, spot.h)
    if spot.anchor is None:
        return box
    left, top = min(box.left, spot.anchor.x), min(box.top, spot.anchor.y)
    return Rect(left, top, max(box.right, spot.anchor.x) - left, max(box.bottom, spot.anchor.y) - top)


def map_pages(
    scene: MapScene, width: float, height: float, caption: str, *, shared_form: bool = True
) -> list[MapPage]:
    """The pages showing ``scene`` in a ``width`` × ``height`` area: one fitted page, or an
    overview followed by numbered fragments. ``shared_form``: the fragments show one drawing
    of the whole map (a PDF stays small and its reader draws what is visible); otherwise each
    draws only what it shows (pages rasterised one by one: five times faster to render)."""
    area_h = height - CAPTION_H - LEGEND_H
    b = scene.bounds
    fit = min(width / b.width, area_h / b.height, 1.0)
    if fit >= MIN_SCALE:
        return [MapPage(scene, b, fit, caption, height=height)]
    s = TILE_SCALE
    step_w, step_h = width / s - TILE_OVERLAP, area_h / s - TILE_OVERLAP
    cols = max(1, math.ceil((b.width - TILE_OVERLAP) / step_w))
    rows = max(1, math.ceil((b.height - TILE_OVERLAP) / step_h))
    # centre the grid on the map
    x0 = b.x - (cols * step_w + TILE_OVERLAP - b.width) / 2
    y0 = b.y - (rows * step_h + TILE_OVERLAP - b.height) / 2
    # only the tiles that show a node (found from the nodes: a map with far-apart
    # boxes has a huge, mostly empty grid)
    grid: dict[tuple[int, int], Rect] = {}
    half = TILE_OVERLAP / 2
    for n in scene.nodes:
        r0 = max(0, math.floor((n.rect.top - y0 - half) / step_h) - 1)
        c0 = max(0, math.floor((n.rect.left - x0 - half) / step_w) - 1)
        r1 = min(rows - 1, math.floor((n.rect.bottom - y0) / step_h) + 1)
        c1 = min(cols - 1, math.floor((n.rect.right - x0) / step_w) + 1)
        for r in range(r0, r1 + 1):
            for col in range(c0, c1 + 1):
                if (r, col) in grid:
                    continue
                tile = Rect(x0 + col * step_w, y0 + r * step_h, width / s, area_h / s)
                if intersects(n.rect, tile.adjusted(-half)):
                    grid[(r, col)] = tile
    numbers = {key: i + 1 for i, key in enumerate(sorted(grid))}
    total = len(numbers)
    pages = [
        MapPage(
            scene, b, min(width / b.width, area_h / b.height), caption + " — " + scene.t["overview"],
            height=height, overview_tiles=[(numbers[k], grid[k]) for k in sorted(grid)],
        )
    ]  # fmt: skip
    for (r, col), tile in sorted(grid.items()):
        n = numbers[(r, col)]
        neighbours = {}
        for side, key in (
            ("left", (r, col - 1)), ("right", (r, col + 1)), ("up", (r - 1, col)), ("down", (r + 1, col))
        ):  # fmt: skip
            if key in numbers:
                neighbours[side] = numbers[key]
        frag = scene.t["map_fragment"].format(n=n, total=total, row=r + 1, col=col + 1)
        pages.append(
            MapPage(
                scene,
                tile,
                s,
                f"{caption} — {frag}",
                height=height,
                neighbours=neighbours,
                tile=True,
                shared_form=shared_form,
            )
        )
    return pages
