"""The portal's pages: start page, map, process, person. Every text is escaped (``e``)."""

from __future__ import annotations

import datetime as dt

from procedit.document.texts import Texts
from procedit.model import Process, ProcessMap

from .documents import document_html
from .frame import Site, dl, e, para, table
from .org_pages import org_index
from .svg import map_svg
from .work import criterion_row, work_sections


def index_page(site: Site) -> str:
    t, project = site.t, site.project
    body = []
    maps = "".join(
        f'<li><a href="{site.map_page[m.id]}">{e(m.name or "—")}</a> '
        f"<small>({e(t['process_count'].format(n=len(m.processes)))})</small>"
        + (f"<br><small>{document_html(t, site.documents[m.id], '')}</small>" if m.id in site.documents else "")
        + "</li>"
        for m in project.maps
        if m.parent_process_id is None
    )
    subs = "".join(
        f'<li><a href="{site.map_page[m.id]}">{e(m.name or "—")}</a> — {site.link(m.parent_process_id, "")}</li>'
        for m in project.maps
        if m.parent_process_id is not None
    )
    body.append(f'<h2>{e(t["maps"])}</h2><ul class="plain">{maps or e(t["none"])}</ul>')
    if subs:
        body.append(f'<h2>{e(t["submap"])}</h2><ul class="plain">{subs}</ul>')
    st = project.strategy
    if st.mission or st.vision or st.goals:
        body.append(f"<h2>{e(t['strategy'])}</h2>")
        body.append(dl([(t["mission"], e(st.mission)), (t["vision"], e(st.vision))]))
        rows = []
        for goal in st.goals:
            serving = "<br>".join(  # by map: AS IS and TO BE may both have a process of one name
                f"{e(m.name)}: " + ", ".join(site.link(p.id, "") for p in ps)
                for m in project.maps
                if (ps := [p for p in m.processes if goal.id in p.goal_ids])
            )
            rows.append([f"<b>{e(goal.title)}</b>" + para(goal.description), serving or e(t["none"])])
        body.append(table([t["goals"], t["served_by"]], rows))
    labels = project.position_labels()
    people = "".join(
        f'<li><a href="{site.person_page[p.id]}">{e(p.name or "—")}</a>'
        + (f" <small>{e(labels[p.id])}</small>" if labels[p.id] else "")
        + "</li>"
        for p in project.people
    )
    body.append(org_index(site))
    if people:
        body.append(f'<h2>{e(t["people"])}</h2><ul class="plain">{people}</ul>')
    return site.page(project.name or t["portal"], "".join(body), "")


def map_page(site: Site, pmap: ProcessMap) -> str:
    t = site.t
    names = {p.id: p.name for p in site.project.people}
    svg = map_svg(
        pmap, site.project,
        lambda pid: "../" + site.process_page[pid] if site.process_map.get(pid) is pmap else None,
        lambda p: names.get(p.owner_id or "", ""),
    )  # fmt: skip
    body = [para(pmap.description)]
    if pmap.id in site.documents:
        body.append(f'<p class="doc">{e(t["map_document"])}: {document_html(t, site.documents[pmap.id], "../")}</p>')
    if pmap.parent_process_id:
        body.append(f"<p>{e(t['parent'])}: {site.link(pmap.parent_process_id, '../')}</p>")
    body.append(f'<div class="map-wrap">{svg}</div>')
    rows = [
        [site.link(p.id, "../"), site.link(p.owner_id, "../")]
        for p in sorted(pmap.processes, key=lambda p: (p.code, p.name))
    ]
    body.append(f"<h2>{e(t['processes'])}</h2>" + table([t["process"], t["owner"]], rows))
    return site.page(pmap.name or t["map"], "".join(body), "../", pmap)


def process_page(site: Site, p: Process, doc_texts: Texts, today: dt.date) -> str:
    t, project = site.t, site.project
    pmap = site.process_map[p.id]
    r = "../"
    goals = {g.id: g.title for g in project.strategy.goals}
    card = dl([
        (t["map"], f'<a href="{r}{site.map_page[pmap.id]}">{e(pmap.name or "—")}</a>'),
        (t["kind"], e(doc_texts.enum(p.kind))),
        (t["owner"], site.link(p.owner_id, r)),
        (t["department"], site.link(p.department_id, r)),
        (t["customers"], ", ".join(site.link(c, r) for c in p.customer_ids)),
        (t["participants"], ", ".join(site.link(c, r) for c in p.participant_ids)),
        (t["goal"], e(p.goal)),
        (t["results"], e(p.results)),
        (t["strategic_goals"], ", ".join(e(goals[g]) for g in p.goal_ids if g in goals)),
        (t["description"], para(p.description)),
        (t["map_document"], document_html(t, site.documents[pmap.id], r, p.id) if pmap.id in site.documents else ""),
    ])  # fmt: skip
    body = [card]
    sipoc = [[site.link(f.party_id, r), e(f.what), "", ""] for f in p.inputs]
    sipoc += [["", "", e(f.what), site.link(f.party_id, r)] for f in p.outputs]
    if sipoc:
        body.append(f"<h2>{e(t['sipoc'])}</h2>")
        body.append(table([t["supplier"], t["input"], t["output"], t["consumer"]], sipoc))
    if p.stages:
        body.append(f"<h2>{e(t['stages'])}</h2>")
        rows = [[str(i), e(s.name), site.link(s.performer_id, r) or e(site.name(s.performer_id)), e(s.result)]
                for i, s in enumerate(p.stages, 1)]  # fmt: skip
        body.append(table(["№", t["stage"], t["performer"], t["result"]], rows))
    if p.criteria:
        body.append(f"<h2>{e(t['criteria'])}</h2>")
        head = [t["criterion"], t["target"], t["period"], t["responsible"], t["latest"], t["status"]]
        body.append(table(head, [criterion_row(site, c, today) for c in p.criteria]))
    if p.documents:
        body.append(f"<h2>{e(t['documents'])}</h2>")
        for d in p.documents:
            body.append(f"<h3>{e(d.title or '—')} <small>({e(doc_texts.enum(d.kind))})</small></h3>")
            if d.location:
                body.append(f"<p>{e(t['location'])}: <code>{e(d.location)}</code></p>")
            if d.text:
                body.append(f'<pre class="template">{e(d.text)}</pre>')
    incoming = [[site.link(lk.source_id, r), e(lk.label)] for lk in site.incoming.get(p.id, ())]
    outgoing = [[site.link(lk.target_id, r), e(lk.label)] for lk in site.outgoing.get(p.id, ())]
    if incoming or outgoing:
        body.append(f"<h2>{e(t['neighbours'])}</h2>")
        if incoming:
            body.append(f"<h3>{e(t['incoming'])}</h3>" + table([t["process"], t["what"]], incoming))
        if outgoing:
            body.append(f"<h3>{e(t['outgoing'])}</h3>" + table([t["process"], t["what"]], outgoing))
    if p.subprocess_map_id and p.subprocess_map_id in site.map_page:
        sub = site.project.map_by_id(p.subprocess_map_id)
        body.append(
            f"<h2>{e(t['submap'])}</h2>"
            f'<p><a class="submap" href="{r}{site.map_page[sub.id]}">{e(sub.name or t["open_map"])}</a></p>'
        )
    title = " ".join(x for x in (p.code, p.name) if x) or "—"
    return site.page(title, "".join(body), r, pmap)


def person_page(site: Site, person_id: str, today: dt.date) -> str:
    t, project = site.t, site.project
    person = project.person(person_id)
    assert person is not None
    r = "../"
    held = person.position_id if person.position_id in site.position_page else None
    position = site.link(held, r) if held else e(project.position_label(person))
    body = [dl([
        (t["position"], position),
        (t["department"], site.link(person.department_id, r)),
        (t["job_instruction"], site.instruction_link(held, r)),
    ])]  # fmt: skip
    performers = [person.id, *([held] if held else []), *([person.department_id] if person.department_id else [])]
    body += work_sections(site, [person.id], performers, today)
    return site.page(person.name or "—", "".join(body), r)
