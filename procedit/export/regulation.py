"""``export_regulation``: the process regulation of a map (or of one process) as a PDF
that a quality department can print, sign and archive."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable

from reportlab.platypus import NextPageTemplate, PageBreak

from procedit.model import Process, ProcessMap, Project, Severity
from procedit.model.codes import code_key

from . import sections
from .cards import process_card
from .fonts import clean, forget_texts, shorten
from .kit import Kit, proc_title
from .layout import Cancelled, PageInfo, RegulationDoc
from .mapdraw import map_pages
from .mapscene import MapScene, neighbourhood
from .styles import make_styles
from .texts import Texts, pick_lang


class ExportError(Exception):
    """The regulation could not be produced (unknown map or process, unwritable file);
    ``str()`` is one clear line."""


class ExportCancelled(Exception):
    """The caller's ``cancel()`` returned True; no file was written."""


Progress = Callable[[int, int], None]

# progress is reported as (done, 100): building the story, laying out, saving
_BUILD, _LAYOUT = 25, 72


def export_regulation(
    project: Project,
    out_path: str | os.PathLike,
    *,
    map_id: str | None = None,
    process_code: str | None = None,
    lang: str | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> int:
    """Writes the regulation to ``out_path`` atomically and returns its number of pages.

    ``map_id`` None: the first map holding ``process_code`` (or the first map).
    Raises ``ExportError`` (clear message) or ``ExportCancelled`` (no file left behind).
    """
    t = Texts(pick_lang(lang, project.language))
    pmap, proc = _scope(project, map_id, process_code, t)

    def report(done: int) -> None:
        if progress is not None:
            progress(min(100, max(0, done)), 100)

    def check_cancel() -> None:
        if cancel is not None and cancel():
            raise ExportCancelled(t["cancelled"])

    report(0)
    check_cancel()
    out_path = os.fspath(out_path)
    found = _findings(project, pmap, proc)
    errors = any(f.severity == Severity.ERROR for f in found)
    draft = errors and project.export.draft_mark_while_errors
    styles = make_styles()
    kit = Kit(project, pmap, t, styles)

    pp = project.passport
    code = clean(pp.code).strip()
    if proc is not None and proc.code.strip():
        code = f"{code} / {clean(proc.code).strip()}" if code else clean(proc.code).strip()
    version = shorten(clean(pp.version), 40)
    doc_title = pp.title.strip() or (t["process_regulation"] if proc is not None else t["map_regulation"])
    if proc is not None:
        title = proc_title(proc, 400) or t["no_name"]
        subtitle = f"«{title}»" if t.lang == "ru" else f"“{title}”"
    elif pmap is not None:
        subtitle = pmap.name.strip() or project.name.strip()
    else:
        subtitle = project.name.strip()
    header_left = " · ".join(x for x in (code, clean(doc_title).strip(), clean(subtitle).strip()) if x)
    header_right = f"{t['version']} {version}" if version else ""
    info = PageInfo(header_left, header_right, t["page"], t["draft"] if draft else None)

    directory = os.path.dirname(os.path.abspath(out_path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".procedit-", suffix=".pdf.tmp", dir=directory)
    except OSError as e:
        raise ExportError(t["err_write"].format(path=out_path, reason=e.strerror or e)) from e
    try:
        with os.fdopen(fd, "wb") as fh:
            doc = RegulationDoc(
                fh,
                info,
                title=clean(f"{doc_title} {subtitle}").strip()[:300],
                author=clean(kit.person_line(pp.author_id))[:200],
                on_progress=lambda f: report(_BUILD + int(f * _LAYOUT)),
                cancel=cancel,
            )
            story = _story(kit, doc, pmap, proc, found, code, doc_title, subtitle, report, check_cancel)
            report(_BUILD)
            try:
                doc.build_story(story)
            except Cancelled:
                raise ExportCancelled(t["cancelled"]) from None
            check_cancel()
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _file_mode(out_path))  # mkstemp made it private (0600)
        os.replace(tmp, out_path)
    except OSError as e:
        _remove(tmp)
        raise ExportError(t["err_write"].format(path=out_path, reason=e.strerror or e)) from e
    except BaseException:
        _remove(tmp)
        raise
    finally:
        forget_texts()
    report(100)
    return doc.page_count


def _file_mode(path: str) -> int:
    """The mode of the file being replaced, else a new file's mode under the umask."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        mask = os.umask(0o22)
        os.umask(mask)
        return 0o666 & ~mask


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _scope(
    project: Project, map_id: str | None, code: str | None, t: Texts
) -> tuple[ProcessMap | None, Process | None]:
    maps = list(project.maps)
    if map_id is not None:
        maps = [m for m in project.maps if m.id == map_id]
        if not maps:
            raise ExportError(t["err_no_map"].format(map=map_id))
    if code is None:
        return (maps[0] if maps else None), None
    wanted = code_key(code)  # "M-07" typed with a Latin M finds "М-07"
    for m in maps:
        for p in m.processes:
            if p.code.strip() and code_key(p.code) == wanted:
                return m, p
    codes = ", ".join(dict.fromkeys(p.code.strip() for m in maps for p in m.processes if p.code.strip()))
    raise ExportError(t["err_no_process"].format(code=code, codes=codes or "—"))


def _findings(project: Project, pmap: ProcessMap | None, proc: Process | None) -> list:
    """Open findings in the scope of the document (the map, or the process and its links)."""
    from procedit.model import CheckLevel
    from procedit.validation import validate

    if pmap is None:
        return []
    # a regulation is checked against every rule, whatever level the map is drawn at
    found = [f for f in validate(project, pmap.id, CheckLevel.REGULATION) if f.map_id in (pmap.id, "", None)]
    if proc is None:
        return found
    ids = {proc.id}
    for field in (proc.inputs, proc.outputs, proc.stages, proc.criteria, proc.documents):
        ids.update(x.id for x in field)
    ids.update(lk.id for lk in pmap.links if proc.id in (lk.source_id, lk.target_id))
    return [f for f in found if f.element_id in ids]


def _decompositions(kit, pmap, procs: list[Process]) -> list[tuple[Process, ProcessMap]]:
    """(process, the map it is decomposed into) for each process with a decomposition map that
    has something on it; each map once, the shown map itself never."""
    seen = {pmap.id} if pmap is not None else set()
    found = []
    for p in procs:
        sub = kit.maps.get(p.subprocess_map_id) if p.subprocess_map_id else None
        if sub is not None and sub.id not in seen and (sub.processes or sub.parties):
            seen.add(sub.id)
            found.append((p, sub))
    return found


def _story(kit, doc, pmap, proc, found, code, doc_title, subtitle, report, check_cancel) -> list:
    t = kit.t
    pw, _ = doc.portrait_size
    lw, lh = doc.landscape_size
    story: list = [*sections.title_page(kit, doc_title, subtitle, code, pw), PageBreak()]
    story += sections.approval_sheet(kit, pw)
    procs: list[Process] = [proc] if proc is not None else list(pmap.processes if pmap else ())
    entries = [
        (f"1. {t['purpose_scope']}", "purpose", 0),
        (f"2. {t['terms']}", "terms", 0),
        (f"3. {t['map']}", "map", 0),
        (f"4. {t['cards']}", "cards", 0),
    ]
    entries += [
        (f"4.{i} {proc_title(p, 300) or t['no_name']}", f"proc-{p.id}", 1) for i, p in enumerate(procs, 1)
    ]
    entries += [
        (f"5. {t['matrix']}", "matrix", 0),
        (t["findings"], "findings", 0),
        (t["change_log"], "changes", 0),
        (t["acquaintance"], "acquaintance", 0),
    ]
    doc.toc_keys = [key for _, key, _ in entries]
    if proc is None:
        story += [PageBreak(), *sections.toc(kit, [(clean(a), b, c) for a, b, c in entries])]
    story.append(PageBreak())
    story += sections.purpose_scope(kit, "1")
    story += sections.terms(kit, "2", pw)
    # the map on landscape pages
    story += [NextPageTemplate("landscape"), PageBreak()]
    story.append(sections.heading(kit, f"3. {t['map']}", "map"))
    if pmap is None:
        story.append(kit.none("map_none"))
    else:
        shown = neighbourhood(pmap, proc) if proc is not None else pmap
        caption = t["map_of"].format(name=clean(pmap.name).strip() or t["no_name"])
        if proc is not None:
            caption += " — " + t["map_neighbourhood"]
        if not shown.processes and not shown.parties:
            story.append(kit.none("map_empty"))
        else:
            pages = map_pages(MapScene(shown, kit.project, t), lw, lh - 34, caption)
            for i, page in enumerate(pages):
                if i:
                    story.append(PageBreak())
                story.append(page)
        # the maps the processes are decomposed into, after the map they belong to
        for p, sub in _decompositions(kit, pmap, procs):
            check_cancel()
            caption = t["map_decomposition"].format(
                proc=proc_title(p, 200) or t["no_name"], name=clean(sub.name).strip() or t["no_name"]
            )
            for page in map_pages(MapScene(sub, kit.project, t), lw, lh - 34, caption):
                story += [PageBreak(), page]
    story += [NextPageTemplate("portrait"), PageBreak()]
    story.append(sections.heading(kit, f"4. {t['cards']}", "cards"))
    if not procs:
        story.append(kit.none("no_processes"))
    n = len(procs)
    for i, p in enumerate(procs, 1):
        story += process_card(kit, p, pmap, f"4.{i}", pw)
        if i % 20 == 0:
            check_cancel()
            report(int(_BUILD * i / n))
    story += [NextPageTemplate("landscape"), PageBreak()]
    story += sections.matrix(kit, "5", procs, lw)
    story += [NextPageTemplate("portrait"), PageBreak()]
    story += sections.findings(kit, found, pw)
    compared = sections.comparison(kit, pmap if proc is None else None, pw)  # issue 15: AS IS ↔ TO BE
    if compared:
        story += [PageBreak(), *compared]
    story.append(PageBreak())
    story += sections.change_log(kit, pw)
    story.append(PageBreak())
    story += sections.acquaintance(kit, pw)
    return story
