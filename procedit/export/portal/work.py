"""What someone does in the model, as portal sections: the processes owned, the stages
performed, the criteria answered for, the processes taken part in and the documents used.
One function serves the person, the position and the department pages, so the three read
the model alike ("my processes, my stages, my criteria, my instructions")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from procedit.control import format_target, format_value, judge, status_title
from procedit.model import Criterion, Process

from .frame import Site, e, table


def criterion_row(site: Site, c: Criterion, today: dt.date) -> list[str]:
    """A criterion's cells (computed once: several pages show it)."""
    cached = site.criterion_rows.get(c.id)
    if cached is None:
        cached = site.criterion_rows[c.id] = _criterion_cells(site, c, today)
    return cached


def _criterion_cells(site: Site, c: Criterion, today: dt.date) -> list[str]:
    lang = site.lang
    latest = ""
    status = ""
    if c.actuals:
        j = judge(c, today)
        last = j.last
        if last is not None:
            latest = e(f"{format_value(last.value, c.target, c.unit, lang)} ({last.period})")
        status = f'<span class="status-{e(j.status)}">{e(status_title(j.status, lang))}</span>'
    return [
        e(c.name), e(format_target(c.target, c.unit, lang)), e(c.period),
        site.link(c.responsible_id, "../"), latest, status,
    ]  # fmt: skip


def proc_ref(site: Site, p: Process) -> str:
    """A process link (from a page one folder down) with its map's name: AS IS and TO BE may
    both hold a process of one name."""
    html = site.proc_refs.get(p.id)
    if html is None:
        where = site.process_map.get(p.id)
        small = f' <small class="where">{e(where.name)}</small>' if where and where.name else ""
        html = site.proc_refs[p.id] = site.link(p.id, "../") + small
    return html


def ul(items: list[str]) -> str:
    return f'<ul class="plain">{"".join(f"<li>{x}</li>" for x in items)}</ul>' if items else ""


def _unique(items: Iterable[Process]) -> list[Process]:
    """Each process once (by id: hashing a whole process value is slow)."""
    return list({p.id: p for p in items}.values())


def _stage_cells(site: Site, p: Process, s) -> list[str]:
    """Process, stage, performer, result (escaped once: several pages list a stage)."""
    key = ("stage", p.id, s.id)
    cells = site.cells.get(key)
    if cells is None:
        cells = site.cells[key] = [proc_ref(site, p), e(s.name), site.link(s.performer_id, "../"), e(s.result)]
    return cells


def _doc_rows(site: Site, p: Process) -> list[list[str]]:
    key = ("docs", p.id)
    rows = site.cells.get(key)
    if rows is None:
        rows = site.cells[key] = [[proc_ref(site, p), e(d.title), e(d.location)] for d in p.documents]
    return rows


def work_sections(
    site: Site,
    people: list[str],
    performers: list[str],
    today: dt.date,
    *,
    headings: tuple[str, str, str, str, str] = ("my_processes", "my_stages", "my_criteria",
                                                "my_participation", "my_instructions"),
    owned_extra: Iterable[Process] = (),
    show_performer: bool = False,
) -> list[str]:  # fmt: skip
    """The sections of what ``people`` own, answer for and take part in and what
    ``performers`` (people, positions, departments) perform; empty ones say "None"."""
    t = site.t
    h_proc, h_stages, h_crit, h_part, h_docs = (t[h] for h in headings)
    by_map = site.order.__getitem__
    owned = sorted(_unique([*(p for who in people for p in site.owned.get(who, ())), *owned_extra]),
                   key=lambda p: by_map(p.id))  # fmt: skip
    mine = {p.id for p in owned}
    part = sorted(_unique(p for who in people for p in site.takes_part.get(who, ()) if p.id not in mine),
                  key=lambda p: by_map(p.id))  # fmt: skip
    performed = list({(p.id, s.id): (p, s) for ref in performers for p, s in site.performs.get(ref, ())}.values())
    performed.sort(key=lambda ps: (by_map(ps[0].id), [x.id for x in ps[0].stages].index(ps[1].id)))
    stages = [_stage_cells(site, p, s) for p, s in performed]
    if not show_performer:
        stages = [[a, b, d] for a, b, _c, d in stages]
    crit = []
    for who in people:
        for p, c in site.answers.get(who, ()):
            row = criterion_row(site, c, today)
            crit.append([proc_ref(site, p), row[0], row[1], row[4], row[5]])
    used = _unique([*owned, *part, *(p for p, _s in performed)])
    docs = [row for p in used for row in _doc_rows(site, p)]
    none = f"<p>{e(t['none'])}</p>"
    stage_head = [t["process"], t["stage"], *([t["performer"]] if show_performer else []), t["result"]]
    body = [
        f"<h2>{e(h_proc)}</h2>" + (ul([proc_ref(site, p) for p in owned]) or none),
        f"<h2>{e(h_stages)}</h2>" + (table(stage_head, stages) or none),
        f"<h2>{e(h_crit)}</h2>"
        + (table([t["process"], t["criterion"], t["target"], t["latest"], t["status"]], crit) or none),
    ]
    if part:
        body.append(f"<h2>{e(h_part)}</h2>" + ul([proc_ref(site, p) for p in part]))
    body.append(f"<h2>{e(h_docs)}</h2>" + (table([t["process"], t["document"], t["location"]], docs) or none))
    return body
