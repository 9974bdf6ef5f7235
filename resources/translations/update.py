"""Refresh resources/translations/procedit_<lang>.ts from the code and compile the .qm.

Run it with the project's Python: ``.venv/bin/python resources/translations/update.py [LANG...]``
(default ``ru``); translate new entries in Qt Linguist
(``.venv/bin/pyside6-linguist resources/translations/procedit_ru.ts``), run it again, and commit
both the .ts and the .qm. Steps:

1. remember the translations already in the .ts;
2. ``pyside6-lupdate`` collects every ``self.tr(...)`` / ``QCoreApplication.translate(...)``
   string of ``procedit/ui``;
3. strings passed to a module's own ``tr(text)`` helper (which calls
   ``QCoreApplication.translate(CONTEXT, text)``) reach lupdate without a context; they are
   moved to the helper's context, found by reading the module (or the module it imports
   ``tr`` from), so that the translation is found at run time;
4. translations remembered in step 1 are put back (lupdate would drop them after the move);
5. ``pyside6-lrelease`` compiles the .qm.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "procedit" / "ui"
OUT = ROOT / "resources" / "translations"


def _helper_context(path: Path, seen: set[Path] | None = None) -> str | None:
    """The context of the ``tr`` helper a module uses, or None."""
    seen = seen or set()
    if path in seen or not path.exists():
        return None
    seen.add(path)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = {
        t.id: n.value.value
        for n in tree.body
        if isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)
        for t in n.targets
        if isinstance(t, ast.Name)
    }
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and getattr(call.func, "attr", "") == "translate" and call.args:
                    first = call.args[0]
                    if isinstance(first, ast.Constant):
                        return first.value
                    if isinstance(first, ast.Name):
                        return constants.get(first.id)
        if isinstance(node, ast.ImportFrom) and any(a.name == "tr" for a in node.names) and node.level:
            base = path.parent
            for _ in range(node.level - 1):
                base = base.parent
            target = base.joinpath(*(node.module or "").split("."))
            for candidate in (target.with_suffix(".py"), target / "__init__.py"):
                ctx = _helper_context(candidate, seen)
                if ctx:
                    return ctx
    return None


def _translations(ts: Path) -> dict[tuple[str, str], ET.Element]:
    if not ts.exists():
        return {}
    known = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete"):
                known[(name, msg.findtext("source") or "")] = tr
    return known


def _context(root: ET.Element, name: str) -> ET.Element:
    for ctx in root.iter("context"):
        if (ctx.findtext("name") or "") == name:
            return ctx
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = name
    return ctx


def update(lang: str, bin_dir: Path, out_dir: Path = OUT) -> Path:
    """Refresh ``out_dir/procedit_<lang>.ts`` and compile its .qm; returns the .ts path."""
    ts = out_dir / f"procedit_{lang}.ts"
    qm = out_dir / f"procedit_{lang}.qm"
    out_dir.mkdir(parents=True, exist_ok=True)
    known = _translations(ts)
    sources = sorted(str(p.relative_to(ROOT)) for p in UI.rglob("*.py"))
    subprocess.run(
        [
            str(bin_dir / "pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "absolute",
            "-target-language",
            lang,
            *sources,
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
    )
    tree = ET.parse(ts)
    root = tree.getroot()
    for ctx in list(root.iter("context")):
        if ctx.findtext("name"):
            continue
        root.remove(ctx)
        for msg in ctx.findall("message"):
            for loc in msg.findall("location"):
                file = (ts.parent / loc.get("filename", "")).resolve()
                name = _helper_context(file)
                if not name:
                    print(f"warning: no tr() context for {file}", file=sys.stderr)
                    continue
                target = _context(root, name)
                source = msg.findtext("source")
                if any(m.findtext("source") == source for m in target.findall("message")):
                    continue
                copy = ET.fromstring(ET.tostring(msg))
                for other in copy.findall("location"):
                    if (ts.parent / other.get("filename", "")).resolve() != file:
                        copy.remove(other)
                target.append(copy)
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            old = known.get((name, msg.findtext("source") or ""))
            tr = msg.find("translation")
            if old is not None and tr is not None and tr.get("type") == "unfinished":
                msg.remove(tr)
                msg.append(old)
    ET.indent(tree, space="    ")
    with open(ts, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    subprocess.run([str(bin_dir / "pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True)
    return ts


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message of ``ts`` that has no finished translation."""
    missing = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        for msg in ctx.findall("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") == "unfinished":
                missing.append((ctx.findtext("name") or "", msg.findtext("source") or ""))
    return missing


def compile_qt_gaps(lang: str, bin_dir: Path, out_dir: Path = OUT) -> Path | None:
    """Compile ``qt_gaps_<lang>.ts``: Qt's own strings that Qt's ``qtbase_<lang>.qm`` lacks (the
    file dialog's "&Look in:", for one), kept by hand; the app loads it after qtbase."""
    ts = out_dir / f"qt_gaps_{lang}.ts"
    if not ts.exists():
        return None
    qm = ts.with_suffix(".qm")
    subprocess.run([str(bin_dir / "pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True)
    return qm


def main(argv: list[str]) -> int:
    bin_dir = Path(sys.executable).parent  # pyside6-lupdate / lrelease of this environment
    for lang in argv or ["ru"]:
        update(lang, bin_dir)
        compile_qt_gaps(lang, bin_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
