"""The portal's pages per position and per department, read from the position register of the
Russian example: a position's processes and stages are exactly what its holders own and what
the position or its holders perform; a department's interactions are exactly the links that
cross its boundary; people link to their position; everything is found by the search."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from procedit.export.portal import publish_portal
from procedit.export.portal.frame import Site
from procedit.model import Position, Stage

EVIL = '<script>alert("x")</script>&"\'<img src=x onerror=alert(1)>'


@pytest.fixture
def portal(marketing_ru, tmp_path):
    out = tmp_path / "s"
    publish_portal(marketing_ru, out)
    return marketing_ru, out, Site(marketing_ru, "ru")


def _section(html: str, heading: str) -> str:
    return html.split(f"<h2>{heading}</h2>", 1)[1].split("<h2>", 1)[0]


def _linked_pages(fragment: str) -> list[str]:
    return [h.removeprefix("../") for h in re.findall(r'href="([^"#]+)', fragment)]


def _processes(project):
    return [p for m in project.maps for p in m.processes]


def test_every_position_and_department_has_a_page(portal):
    project, out, site = portal
    assert len(list((out / "positions").glob("*.html"))) == len(project.positions)
    assert len(list((out / "departments").glob("*.html"))) == len(project.departments)
    index = (out / "index.html").read_text(encoding="utf-8")
    for q in project.positions:
        assert f'href="{site.position_page[q.id]}"' in index
    for d in project.departments:
        assert f'href="{site.department_page[d.id]}"' in index


def test_a_positions_duties_are_exactly_what_the_model_gives_it(portal):
    project, out, site = portal
    q = next(q for q in project.positions if q.name == "Маркетолог")
    holders = [p for p in project.people if p.position_id == q.id]
    assert holders
    html = (out / site.position_page[q.id]).read_text(encoding="utf-8")
    for p in holders:
        assert f'href="../{site.person_page[p.id]}"' in html
    who = {p.id for p in holders}
    owned = [p for p in _processes(project) if p.owner_id in who]
    assert owned
    assert _linked_pages(_section(html, "Мои процессы (владелец)")) == [site.process_page[p.id] for p in owned]
    stages = [(p, s) for p in _processes(project) for s in p.stages if s.performer_id in who | {q.id}]
    rows = _section(html, "Мои этапы").split("<tbody>", 1)[1].split("</tr>")[:-1]
    assert [(r.count(s.name) > 0) for (_p, s), r in zip(stages, rows, strict=True)] == [True] * len(stages)
    assert f"<h2>Права</h2><p>{q.rights.splitlines()[0]}" in html
    boss = next(x for x in project.positions if x.id == q.reports_to_id)
    assert f'href="../{site.position_page[boss.id]}">{boss.name}</a>' in html


def test_a_stage_performed_by_the_position_itself_is_on_its_page(marketing_ru, tmp_path):
    q = marketing_ru.positions[0]
    pmap = marketing_ru.maps[1]
    proc = pmap.processes[0]
    stage = Stage(name="Утвердить бюджет на квартал", performer_id=q.id)
    proc2 = proc.model_copy(update={"stages": (*proc.stages, stage)})
    pmap2 = pmap.model_copy(update={"processes": (proc2, *pmap.processes[1:])})
    project = marketing_ru.model_copy(update={"maps": (marketing_ru.maps[0], pmap2, *marketing_ru.maps[2:])})
    publish_portal(project, tmp_path / "s")
    site = Site(project, "ru")
    html = (tmp_path / "s" / site.position_page[q.id]).read_text(encoding="utf-8")
    assert stage.name in _section(html, "Мои этапы")
    process_html = (tmp_path / "s" / site.process_page[proc.id]).read_text(encoding="utf-8")
    assert f'href="../{site.position_page[q.id]}">{q.name}</a>' in process_html  # the performer is a link


def test_a_departments_interactions_are_exactly_its_crossing_links(portal):
    project, out, site = portal
    owner_dept = {p.id: p.department_id for p in project.people}

    def dept(p):
        return p.department_id or owner_dept.get(p.owner_id or "")

    by_id = {p.id: p for p in _processes(project)}
    for d in project.departments:
        expected = set()
        for m in project.maps:
            for lk in m.links:
                a, b = by_id.get(lk.source_id), by_id.get(lk.target_id)
                if a is None or b is None or None in (dept(a), dept(b)) or dept(a) == dept(b):
                    continue
                if dept(a) == d.id:
                    expected.add((site.process_page[a.id], site.process_page[b.id]))
                if dept(b) == d.id:
                    expected.add((site.process_page[b.id], site.process_page[a.id]))
        html = (out / site.department_page[d.id]).read_text(encoding="utf-8")
        rows = _section(html, "Взаимодействие с другими подразделениями").split("</tr>")
        found = set()
        for row in rows:
            pages = [x for x in _linked_pages(row) if x.startswith("p/")]
            if len(pages) == 2:
                found.add((pages[0], pages[1]))
        assert found == expected, d.name
    assert any((out / site.department_page[d.id]).read_text(encoding="utf-8").count("Передаёт") for d in
               project.departments)  # fmt: skip


def test_department_page_names_head_positions_and_its_processes(portal):
    project, out, site = portal
    d = next(d for d in project.departments if d.name == "Отдел продаж")
    html = (out / site.department_page[d.id]).read_text(encoding="utf-8")
    head = project.person(d.head_id)
    assert f'href="../{site.person_page[head.id]}">{head.name}</a>' in html
    for q in project.positions:
        assert (f'href="../{site.position_page[q.id]}"' in html) == (q.department_id == d.id)
    own = [p for p in _processes(project) if p.department_id == d.id]
    assert own and set(_linked_pages(_section(html, "Процессы подразделения"))) >= {
        site.process_page[p.id] for p in own
    }


def test_person_page_links_to_the_position_and_search_finds_positions(portal):
    project, out, site = portal
    person = next(p for p in project.people if p.position_id)
    html = (out / site.person_page[person.id]).read_text(encoding="utf-8")
    assert f'href="../{site.position_page[person.position_id]}"' in html
    data = json.loads((out / "assets" / "search-index.js").read_text(encoding="utf-8").split("=", 1)[1][:-2])
    pages = {row[0] for row in data}
    assert set(site.position_page.values()) <= pages and set(site.department_page.values()) <= pages


def test_hostile_position_and_department_names_are_escaped(marketing_ru, tmp_path):
    evil = Position(name=EVIL, rights=EVIL, department_id=marketing_ru.departments[0].id)
    dept = marketing_ru.departments[0].model_copy(update={"name": EVIL})
    project = marketing_ru.model_copy(
        update={"positions": (*marketing_ru.positions, evil), "departments": (dept, *marketing_ru.departments[1:])}
    )
    out = tmp_path / "s"
    publish_portal(project, out)
    for page in [*Path(out).rglob("*.html")]:
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html and "<img src=x" not in html, page
