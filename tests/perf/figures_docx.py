"""The DOCX figure: procedit's Word regulation of the whole project beside a bare python-docx
baseline that writes the same text and tables (headings, paragraphs, tables of plain cells)
with python-docx's plainest calls, and no map figure, fields, styles or page furniture."""

from __future__ import annotations

from harness import Ctx, Row, _import, timed_pair


def fig_docx(ctx: Ctx, row: Row) -> None:
    export_docx = _import("procedit.export.docx", "export_docx")
    build_document = _import("procedit.document", "build_document")
    out, bare_out = ctx.tmp / f"reg{ctx.n}.docx", ctx.tmp / f"bare{ctx.n}.docx"
    tree = build_document(ctx.project)
    cards = sum(1 for s in tree.all_sections() if s.key.startswith("proc-"))

    def run() -> None:
        export_docx(ctx.project, out)

    def bare() -> None:
        _bare_docx(tree, bare_out)

    reps = 1 if ctx.n >= 1000 else min(ctx.heavy, 2)
    row.value, row.best, row.baseline = timed_pair(run, bare, reps)
    row.extra["cards"] = cards
    row.extra["cards_per_s"] = cards / row.value if row.value else 0.0


def _bare_docx(tree, out) -> None:
    import docx

    from procedit.document import Paragraph, SubHeading, Table

    doc = docx.Document()
    for sec in tree.all_sections():
        doc.add_heading(sec.heading, level=min(sec.level + 1, 9))
        for b in sec.blocks:
            if isinstance(b, Paragraph):
                doc.add_paragraph(b.text)
            elif isinstance(b, SubHeading):
                doc.add_heading(b.text, level=3)
            elif isinstance(b, Table):
                t = doc.add_table(rows=len(b.rows), cols=len(b.widths))
                for r, values in zip(t.rows, b.rows, strict=True):
                    for cell, value in zip(r.cells, values, strict=True):
                        if str(value).strip():
                            cell.text = str(value)
    doc.save(out)


__all__ = ["fig_docx"]
