"""The job instructions figure: a job instruction for every position of the N project written
as PDF files into a folder (``export.knowledge.export_all``), judged in pages per second |
plain reportlab platypus writing the same text and tables (a paragraph per paragraph, a
table per table, one file per position), without styles, page furniture or fonts' fallback."""

from __future__ import annotations

from harness import Ctx, Row, _import, timed_pair


def fig_job_instructions(ctx: Ctx, row: Row) -> None:
    export_all = _import("procedit.export.knowledge", "export_all")
    make_basis = _import("procedit.document.derived", "make_basis")
    job_instruction = _import("procedit.document.job_instruction", "job_instruction")
    out, bare_out = ctx.tmp / "ji", ctx.tmp / "ji-bare"
    bare_out.mkdir(exist_ok=True)
    basis = make_basis(ctx.project)
    trees = [job_instruction(basis, q) for q in ctx.project.positions]
    pages: list[int] = []

    def run() -> None:
        pages.append(export_all(ctx.project, out, "job-instruction").pages)

    def bare() -> None:
        for i, tree in enumerate(trees):
            _bare_pdf(tree, bare_out / f"{i}.pdf")

    reps = 1 if ctx.n >= 1000 else min(ctx.heavy, 2)
    row.value, row.best, row.baseline = timed_pair(run, bare, reps)
    row.extra["documents"] = len(trees)
    row.extra["pages"] = pages[-1]
    row.extra["pages_per_s"] = pages[-1] / row.value if row.value else 0.0


def _bare_pdf(tree, out) -> None:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from procedit.document import Paragraph as P
    from procedit.document import SubHeading
    from procedit.document import Table as T

    font = _bare_font()
    body = ParagraphStyle("b", fontName=font, fontSize=9, leading=11)
    head = ParagraphStyle("h", fontName=font, fontSize=13, leading=16)
    story = []
    for sec in tree.all_sections():
        story.append(Paragraph(escape(sec.heading), head))
        for b in sec.blocks:
            if isinstance(b, (P, SubHeading)):
                story.append(Paragraph(escape(b.text), body))
            elif isinstance(b, T):
                cells = [[Paragraph(escape(str(c)), body) for c in r] for r in b.rows]
                story.append(Table(cells, colWidths=[w * 480 for w in b.widths]))
    SimpleDocTemplate(str(out), pagesize=A4).build(story)


def _bare_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "BenchSans" not in pdfmetrics.getRegisteredFontNames():
        import font_source_sans_pro as fonts

        pdfmetrics.registerFont(TTFont("BenchSans", fonts.font_files_ttf["SourceSansPro"]))
    return "BenchSans"


__all__ = ["fig_job_instructions"]
