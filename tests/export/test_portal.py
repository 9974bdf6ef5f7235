"""The process portal as files: every page there, every local link resolves, nothing loads from
outside DIR, hostile names are escaped, the search index is a script, re-publishing swaps."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from procedit.cli import main
from procedit.export.portal import MARKER, PortalError, publish_portal
from procedit.export.portal.frame import Site
from procedit.model import Measurement, Person, Process

EVIL = '<script>alert("x")</script>&"\'<img src=x onerror=alert(1)>'


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[tuple[str, str]] = []
        self.tags: list[str] = []
        self.inline_scripts = 0
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        a = dict(attrs)
        for key in ("href", "src"):
            if a.get(key) is not None:
                self.refs.append((tag, a[key]))
        if tag == "script":
            self._in_script = True

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.inline_scripts += 1


def _parse(path: Path) -> _Refs:
    p = _Refs()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def test_every_page_written_and_every_link_stays_inside(marketing_ru, tmp_path):
    out = tmp_path / "portal"
    result = publish_portal(marketing_ru, out)
    processes = [p for m in marketing_ru.maps for p in m.processes]
    assert len(list((out / "p").glob("*.html"))) == len(processes)
    assert len(list((out / "maps").glob("*.html"))) == len(marketing_ru.maps)
    assert len(list((out / "people").glob("*.html"))) == len(marketing_ru.people)
    assert len(list((out / "positions").glob("*.html"))) == len(marketing_ru.positions)
    assert len(list((out / "departments").glob("*.html"))) == len(marketing_ru.departments)
    org = len(marketing_ru.people) + len(marketing_ru.positions) + len(marketing_ru.departments)
    assert result.pages == 1 + len(marketing_ru.maps) + len(processes) + org
    pages = list(out.rglob("*.html"))
    for page in pages:
        refs = _parse(page)
        for _tag, ref in refs.refs:
            parts = urlsplit(ref)
            assert not parts.scheme and not parts.netloc, f"{page}: external reference {ref}"
            target = (page.parent / parts.path).resolve()
            assert target.is_file(), f"{page.relative_to(out)}: broken link {ref}"
            assert out.resolve() in target.parents, f"{page}: link leaves the portal: {ref}"
        assert refs.inline_scripts == 0  # scripts are files in DIR, data never inlined into HTML
    css = (out / "assets" / "portal.css").read_text(encoding="utf-8")
    assert "url(" not in css and "@import" not in css
    assert "@media (max-width" in css  # a phone layout


def test_start_page_has_maps_and_strategy(marketing_ru, tmp_path):
    publish_portal(marketing_ru, tmp_path / "s")
    html = (tmp_path / "s" / "index.html").read_text(encoding="utf-8")
    assert 'lang="ru"' in html and "Карты процессов" in html and "Стратегия" in html
    for m in marketing_ru.maps:
        assert m.name in html
    goal = marketing_ru.strategy.goals[0]
    serving = [p for m in marketing_ru.maps for p in m.processes if goal.id in p.goal_ids]
    assert serving, "the example gives the first goal processes"
    row = html.split(goal.title, 1)[1].split("</tr>", 1)[0]
    for p in serving:
        assert p.name in row


def test_process_page_card_and_map_svg_links(marketing_ru, tmp_path):
    out = tmp_path / "s"
    publish_portal(marketing_ru, out)
    pmap = marketing_ru.maps[0]
    svg_page = (out / "maps" / "m1.html").read_text(encoding="utf-8")
    assert "<svg" in svg_page
    hrefs = re.findall(r'<a class="proc" href="([^"]+)"', svg_page)
    assert len(hrefs) == len(pmap.processes)
    proc = next(p for p in pmap.processes if p.stages and p.owner_id)
    page = next(
        (out / "maps" / h).resolve() for h in hrefs
        if proc.name in (out / "maps" / h).read_text(encoding="utf-8").split("</h1>")[0]
    )  # fmt: skip
    text = page.read_text(encoding="utf-8")
    assert marketing_ru.person(proc.owner_id).name in text
    for stage in proc.stages:
        assert stage.name in text
    for crit in proc.criteria:
        assert crit.name in text


def test_sub_map_and_latest_actual(marketing_ru, tmp_path):
    pmap = marketing_ru.maps[0]
    parent = next(p for m in marketing_ru.maps for p in m.processes if p.subprocess_map_id)
    proc = next(p for p in pmap.processes if p.criteria)
    crit = proc.criteria[0].model_copy(update={"actuals": (Measurement(period="2026-10", value=7.0),)})
    proc2 = proc.model_copy(update={"criteria": (crit, *proc.criteria[1:])})
    pmap2 = pmap.model_copy(
        update={"processes": tuple(proc2 if p.id == proc.id else p for p in pmap.processes)}
    )
    project = marketing_ru.model_copy(update={"maps": (pmap2, *marketing_ru.maps[1:])})
    out = tmp_path / "s"
    publish_portal(project, out)
    page_of = Site(project, "ru").process_page
    sub = project.map_by_id(parent.subprocess_map_id)
    text = (out / page_of[parent.id]).read_text(encoding="utf-8")
    link = re.search(r'<a class="submap" href="([^"]+)">([^<]*)</a>', text)
    assert link and link.group(2) == sub.name
    assert f"<h1>{sub.name}</h1>" in (out / "p" / link.group(1)).read_text(encoding="utf-8")
    text = (out / page_of[proc.id]).read_text(encoding="utf-8")
    assert "(2026-10)" in text  # the latest actual with its period


def test_hostile_names_are_escaped_everywhere(marketing_ru, tmp_path):
    pmap = marketing_ru.maps[0]
    evil_person = Person(name=EVIL, position=EVIL)
    evil = Process(code=EVIL, name=EVIL, description=EVIL, goal=EVIL, owner_id=evil_person.id, x=0, y=900)
    pmap2 = pmap.model_copy(update={"processes": (*pmap.processes, evil), "name": EVIL})
    project = marketing_ru.model_copy(
        update={"maps": (pmap2, *marketing_ru.maps[1:]), "people": (*marketing_ru.people, evil_person),
                "name": EVIL}
    )  # fmt: skip
    out = tmp_path / "s"
    publish_portal(project, out)
    for page in out.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html and "<img src=x" not in html, page
        refs = _parse(page)
        assert "img" not in refs.tags
        assert refs.inline_scripts == 0
    index = (out / "assets" / "search-index.js").read_text(encoding="utf-8")
    assert "</script" not in index.lower() and "<" not in index
    data = json.loads(index.split("=", 1)[1].rstrip().rstrip(";"))
    assert any(row[2] == EVIL for row in data)  # the name survives, as data


def test_search_index_holds_codes_owners_and_texts(marketing_ru, tmp_path):
    out = tmp_path / "s"
    publish_portal(marketing_ru, out)
    data = json.loads((out / "assets" / "search-index.js").read_text(encoding="utf-8").split("=", 1)[1][:-2])
    proc = next(p for m in marketing_ru.maps for p in m.processes if p.documents and p.owner_id)
    row = next(r for r in data if r[1] == proc.code)
    assert (out / row[0]).is_file()
    owner = marketing_ru.person(proc.owner_id).name
    assert row[4] == owner and owner.lower().replace("ё", "е") in row[5]
    assert proc.documents[0].title.lower().replace("ё", "е") in row[5]


def test_english_project_gets_english_interface(marketing_ru, tmp_path):
    publish_portal(marketing_ru, tmp_path / "s", lang="en")
    html = (tmp_path / "s" / "index.html").read_text(encoding="utf-8")
    assert 'lang="en"' in html and "Process maps" in html and "Карты процессов" not in html


def test_republishing_replaces_the_site_and_leaves_no_temporaries(marketing_ru, tmp_path):
    out = tmp_path / "s"
    publish_portal(marketing_ru, out)
    (out / "p" / "stale.html").write_text("old", encoding="utf-8")
    publish_portal(marketing_ru, out)
    assert not (out / "p" / "stale.html").exists()
    assert (out / MARKER).is_file()
    assert sorted(x.name for x in tmp_path.iterdir()) == ["s"]


def test_a_folder_that_is_not_a_portal_is_never_replaced(marketing_ru, tmp_path):
    mine = tmp_path / "documents"
    mine.mkdir()
    (mine / "thesis.docx").write_text("precious", encoding="utf-8")
    with pytest.raises(PortalError, match="не портал"):
        publish_portal(marketing_ru, mine)
    assert (mine / "thesis.docx").read_text(encoding="utf-8") == "precious"
    assert sorted(x.name for x in tmp_path.iterdir()) == ["documents"]


def test_cli_portal(tmp_path, capsys):
    example = Path(__file__).parents[2] / "examples" / "marketing_ru.procmap"
    assert main(["portal", str(example), "-o", str(tmp_path / "site")]) == 0
    assert (tmp_path / "site" / "index.html").is_file()
    assert "портал" in capsys.readouterr().out
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "x").write_text("x", encoding="utf-8")
    assert main(["portal", str(example), "-o", str(tmp_path / "busy"), "--lang", "en"]) == 2
    assert "not a procedit portal" in capsys.readouterr().err
