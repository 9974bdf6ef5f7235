"""What every section builder shares: the project's name lookups, the texts of the
chosen language, the styles and cheap table cells."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Paragraph

from procedit.model import Link, Process, ProcessMap, Project

from .fonts import clean, shorten
from .grid import Grid
from .styles import Styles
from .textblock import TextBlock, TextStyle
from .texts import Texts


class Kit:
    def __init__(self, project: Project, pmap: ProcessMap | None, t: Texts, styles: Styles) -> None:
        self.project = project
        self.pmap = pmap
        self.t = t
        self.st = styles
        self.people = {p.id: p for p in project.people}
        self.departments = {d.id: d for d in project.departments}
        self.goals = {g.id: g for g in project.strategy.goals}
        self.names: dict[str, str] = {}
        for d in project.departments:
            self.names[d.id] = shorten(d.name, REF_LIMIT)
        for p in project.people:
            self.names[p.id] = shorten(p.name, REF_LIMIT)
        for m in project.maps:
            for proc in m.processes:
                self.names[proc.id] = proc_title(proc, REF_LIMIT)
            for party in m.parties:
                self.names[party.id] = shorten(party.name, REF_LIMIT)
        self.maps = {m.id: m for m in project.maps}
        self._links: dict[str, dict[str, list[Link]]] = {}

    def links_of(self, pmap: ProcessMap, node_id: str) -> list[Link]:
        """The links of ``pmap`` that start or end at ``node_id`` (indexed once per map)."""
        index = self._links.get(pmap.id)
        if index is None:
            index = {}
            for link in pmap.links:
                index.setdefault(link.source_id, []).append(link)
                if link.target_id != link.source_id:
                    index.setdefault(link.target_id, []).append(link)
            self._links[pmap.id] = index
        return index.get(node_id, [])

    # --- words ------------------------------------------------------------------------
    def name_of(self, ref: str | None) -> str:
        if not ref:
            return ""
        return self.names.get(ref, self.t["person_missing"] if ref.startswith("person") else "")

    def person_line(self, person_id: str | None) -> str:
        p = self.people.get(person_id or "")
        if p is None:
            return ""
        name, position = shorten(p.name, REF_LIMIT), shorten(p.position, REF_LIMIT)
        return f"{name}, {position}" if position and name else (name or position)

    def date(self, d: dt.date | None) -> str:
        if d is None:
            return ""
        return d.strftime("%d.%m.%Y") if self.t.lang == "ru" else d.isoformat()

    # --- tables ------------------------------------------------------------------------
    def table(
        self,
        headers: list[str],
        rows: list[list],
        widths: list[float],
        *,
        min_height: float = 0,
        span_col: int | None = None,
        center_cols: tuple[int, ...] = (),
    ) -> Grid:
        return Grid(
            [headers, *rows], widths, min_height=min_height, span_col=span_col, center_cols=center_cols
        )

    def kv_table(self, rows: list[tuple[str, object]], width: float) -> Grid:
        w0 = min(150.0, width * 0.3)
        return Grid([[k, v] for k, v in rows], [w0, width - w0], header=False, head_col=True)

    def p(self, text: object, style: TextStyle | None = None, limit: int | None = None) -> TextBlock:
        s = clean(text)
        return TextBlock(shorten(s, limit) if limit else s, style or self.st.body)

    def markup(self, markup: str, style) -> Paragraph:
        return Paragraph(markup, style)

    def none(self, key: str = "not_specified") -> TextBlock:
        return TextBlock(self.t[key], self.st.muted)


REF_LIMIT = 240  # a name quoted in another place (tables, lists) is cut to this length


def proc_title(p: Process, limit: int | None = None) -> str:
    title = " ".join(x for x in (p.code.strip(), p.name.strip()) if x)
    return shorten(title, limit) if limit else title
