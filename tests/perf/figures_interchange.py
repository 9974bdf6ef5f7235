"""Figures of interchange: BPMN export and import of the N project against lxml serialising and
parsing the same XML bare, and a process register of 2 N rows (10,000 at N = 5,000) read from
CSV against the csv module reading the same file."""

from __future__ import annotations

import csv
import io
import json

from harness import Ctx, Row, _import, timed_pair


def fig_bpmn(ctx: Ctx, export_row: Row, import_row: Row) -> None:
    """BPMN export and import against the issue's bare stack: lxml serialising (parsing) the same
    XML alone. Beside it, as a note, the ratio to lxml *and* the stdlib's ``json`` writing
    (reading) procedit's data the XML carries (each element's JSON in the extension, ~2/3 of the
    file, which lxml alone takes for opaque text)."""
    interchange = _import("procedit.interchange", "export_bpmn", "import_bpmn_bytes", "MAX_XML_BYTES")
    from lxml import etree

    from procedit.interchange.bpmn_ns import PE

    data = interchange.export_bpmn(ctx.project)
    tree = etree.fromstring(data)
    payload = [(el, json.loads(el.text)) for el in tree.iter(f"{{{PE}}}*")]

    def write_bare() -> bytes:
        for el, value in payload:
            el.text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)

    def lxml_write() -> bytes:
        return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

    def read_bare() -> list:
        root = etree.fromstring(data, parser)
        return [json.loads(el.text) for el in root.iter(f"{{{PE}}}*")]

    export_row.value, export_row.best, export_row.baseline = timed_pair(
        lambda: interchange.export_bpmn(ctx.project), lxml_write, ctx.heavy
    )
    export_row.extra["mb"] = len(data) / 1e6
    # procedit reads back what it writes: the file is within the reader's one size limit
    export_row.extra["within_read_limit"] = len(data) <= interchange.MAX_XML_BYTES
    import_row.value, import_row.best, import_row.baseline = timed_pair(
        lambda: interchange.import_bpmn_bytes(data), lambda: etree.fromstring(data, parser), ctx.heavy
    )
    for row, fn, with_json in (
        (export_row, lambda: interchange.export_bpmn(ctx.project), write_bare),
        (import_row, lambda: interchange.import_bpmn_bytes(data), read_bare),
    ):
        value, _best, bare = timed_pair(fn, with_json, ctx.heavy)
        row.extra["vs_lxml_and_json"] = value / bare
        row.note = f"{value / bare:.1f}× lxml + json"
    _floors(ctx, export_row, import_row, data, lxml_write, lambda: etree.fromstring(data, parser))
    fits = "≤" if len(data) <= interchange.MAX_XML_BYTES else "> (UNREADABLE)"
    mib, limit = len(data) / 2**20, interchange.MAX_XML_BYTES / 2**20
    export_row.note += f", {mib:.0f} MiB {fits} {limit:.0f} MiB read limit"


def _floors(ctx: Ctx, export_row: Row, import_row: Row, data: bytes, lxml_write, lxml_parse) -> None:
    """What no BPMN export or import of procedit's data can skip, against the same bare lxml,
    as a note: the floor under the 3x target.

    Import: the safe parse, each extension element's text taken, each element's JSON validated
    into the model (pydantic, the model's limits: untrusted input, one element at a time so that
    a broken one is reported and the rest kept) and the integrity check of the project (timed
    apart on the imported project and added). Nothing of names, diagram shapes, flows, lanes or
    maps is read, nothing assembled. Export: each process's and link's JSON (pydantic) and each
    activity's documentation text; not a tag, coordinate or byte of XML written."""
    from procedit.interchange import bpmn_read, extension, import_bpmn_bytes
    from procedit.interchange.bpmn_import import _building
    from procedit.interchange.safexml import parse_xml
    from procedit.interchange.texts import documentation, names
    from procedit.model import check_integrity
    from procedit.storage import gc_paused

    def read_floor() -> list:
        with _building():  # (the import's own way of keeping the collector off what it makes)
            out = []
            for (ident, tag), (version, text) in bpmn_read._extensions(parse_xml(data, "<bpmn>")).items():
                if tag == "process":
                    out.append(extension.read_process(version, text, ident))
                elif tag == "link":
                    out.append(extension.read_link(version, text, ident, "s", "t", ""))
            return out

    imported = import_bpmn_bytes(data).project
    read, _best, parse = timed_pair(read_floor, lxml_parse, ctx.heavy)
    integrity, _best, parse2 = timed_pair(lambda: check_integrity(imported), lxml_parse, ctx.heavy)
    floor = read / parse + integrity / parse2
    import_row.extra["floor"] = floor
    import_row.note += f", floor {floor:.1f}× (parse, extension JSON validated, integrity)"

    project = ctx.project
    lang, by_id = project.language, names(project)

    def write_floor() -> list:
        with gc_paused():
            out = []
            for m in project.maps:
                for p in m.processes:
                    doc = documentation(p, by_id, lang)
                    out += (doc, extension.process_json(p, doc))
                out += [extension.link_json(lk) for lk in m.links]
            return out

    write, _best, tostring = timed_pair(write_floor, lxml_write, ctx.heavy)
    export_row.extra["floor"] = write / tostring
    export_row.note += f", floor {write / tostring:.1f}× (extension JSON and documentation, no XML)"


def register_csv(n: int) -> bytes:
    """``n`` rows of a register as Russian Excel writes CSV: cp1251, ';'."""
    out = io.StringIO()
    w = csv.writer(out, delimiter=";")
    w.writerow(["Код", "Наименование", "Вид", "Подразделение", "Владелец", "Цель", "Выходы", "Критерии"])
    for i in range(n):
        w.writerow(
            [
                f"П-{i}",
                f"Процесс {i}",
                "основной",
                f"Отдел {i % 40}",
                f"Сотрудник {i % 300}",
                "Цель процесса",
                f"Результат {i} (П-{i + 1})" if i + 1 < n else "Итог (Клиент)",
                "Доля в срок: ≥ 95 %".replace("≥", ">="),
            ]
        )
    return out.getvalue().encode("cp1251")


def fig_register_xlsx(ctx: Ctx, row: Row) -> None:
    """The same register as a workbook written by openpyxl | openpyxl reading it (read-only)."""
    interchange = _import("procedit.interchange", "read_table", "read_register", "plan_register")
    import openpyxl

    from procedit.model import Project

    path = ctx.tmp / "register.xlsx"
    wb = openpyxl.Workbook()
    for r in csv.reader(io.StringIO(register_csv(2 * ctx.n).decode("cp1251")), delimiter=";"):
        wb.active.append(r)
    wb.save(path)

    def run():
        interchange.plan_register(interchange.read_register(interchange.read_table(path)), Project())

    def bare():
        book = openpyxl.load_workbook(path, read_only=True)
        list(book.worksheets[0].iter_rows(values_only=True))
        book.close()

    row.value, row.best, row.baseline = timed_pair(run, bare, ctx.heavy)


def fig_register(ctx: Ctx, row: Row) -> None:
    interchange = _import("procedit.interchange", "read_register", "plan_register")
    from procedit.interchange.sheets import _csv
    from procedit.model import Project

    rows = 2 * ctx.n
    data = register_csv(rows)

    def run():
        interchange.plan_register(interchange.read_register(_csv(data, "register.csv")), Project())

    row.value, row.best, row.baseline = timed_pair(
        run, lambda: list(csv.reader(io.StringIO(data.decode("cp1251")), delimiter=";")), ctx.heavy
    )
    row.extra["rows"] = rows


def fig_portal(ctx: Ctx, row: Row) -> None:
    """The process portal of the N project written as ``procedit portal`` writes it by default
    (a page per process, map SVG, search index, the regulation PDF of maps of at most 300
    processes and the job instruction of positions working on such maps), re-published over
    itself | copying the written site (the bare cost of its files)."""
    import shutil

    portal = _import("procedit.export.portal", "publish_portal", "DEFAULT_LIMIT")
    writers = _import("procedit.export.portal_documents", "regulation_pdf", "__name__")
    extra = {"instructions": writers.instruction_pdf} if hasattr(writers, "instruction_pdf") else {}

    def publish(project, out):
        return portal.publish_portal(
            project, out, documents=writers.regulation_pdf, documents_limit=portal.DEFAULT_LIMIT, **extra
        )

    out = ctx.tmp / "portal"
    copy = ctx.tmp / "portal-copy"
    result = publish(ctx.project, out)

    def bare():
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(out, copy)

    row.value, row.best, row.baseline = timed_pair(lambda: publish(ctx.project, out), bare, ctx.heavy)
    row.extra["pages"] = result.pages
    row.extra["pdfs"] = sum(1 for d in result.documents if d.file)
    row.extra["instructions"] = sum(1 for x in getattr(result, "instructions", ()) if x.file)
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(copy, ignore_errors=True)


def fig_portal_docs(ctx: Ctx, row: Row) -> None:
    """The portal with the regulation PDF of every map (no size limit) | ``export_regulation``
    of every map alone (what the documents cost without the portal)."""
    import shutil

    portal = _import("procedit.export.portal", "publish_portal", "DEFAULT_LIMIT")
    writer = _import("procedit.export.portal_documents", "regulation_pdf")
    export = _import("procedit.export", "export_regulation")
    out = ctx.tmp / "portal-docs"
    pdf = ctx.tmp / "map.pdf"

    def documents_alone():
        for m in ctx.project.maps:
            export(ctx.project, pdf, map_id=m.id)

    row.value, row.best, row.baseline = timed_pair(
        lambda: portal.publish_portal(ctx.project, out, documents=writer, documents_limit=None),
        documents_alone,
        ctx.heavy,
    )
    shutil.rmtree(out, ignore_errors=True)
