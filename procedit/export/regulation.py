"""``export_regulation``: the process regulation of a map (or of one process) as a PDF
that a quality department can print, sign and archive."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable

from procedit.document import Document, ScopeError, build_document
from procedit.document.texts import Texts, pick_lang
from procedit.model import Project
from procedit.storage.target import TargetError, resolve_target

from .fonts import MARK, REPLACED, clean, forget_texts, replaced_report
from .layout import Cancelled, PageInfo, RegulationDoc
from .pdfstory import StoryBuilder
from .styles import make_styles


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
    warnings: list[str] | None = None,
    protect: Iterable[str | os.PathLike] = (),
    headings: dict[str, int] | None = None,
    tree: Document | None = None,
) -> int:
    """Writes the regulation to ``out_path`` atomically and returns its number of pages.

    ``headings`` (when given) gets the page of every heading by its key (``proc-<id>``: a
    process's card), for links into the PDF (``#page=N``).

    ``warnings`` (when given) gets a line naming the characters no embedded font could draw
    (they are printed as a visible mark, never dropped silently). ``tree``: a document
    already built (a job instruction, a department regulation) is rendered instead.

    ``map_id`` None: the first map holding ``process_code`` (or the first map). ``out_path``
    must be a regular, writable file (or new) and none of ``protect`` (the project file).
    Raises ``ExportError`` (clear message) or ``ExportCancelled`` (no file left behind).
    """
    t = Texts(pick_lang(lang, project.language))

    def report(done: int) -> None:
        if progress is not None:
            progress(min(100, max(0, done)), 100)

    def check_cancel() -> None:
        if cancel is not None and cancel():
            raise ExportCancelled(t["cancelled"])

    report(0)
    check_cancel()
    out_path = os.fspath(out_path)
    if tree is None:
        tree = make_tree(project, map_id, process_code, t.lang)
    styles = make_styles()
    f = tree.furniture
    info = PageInfo(f.header_left, f.header_right, f.page_word, f.draft_mark)

    result: dict = {}

    def write(fh) -> None:
        doc = RegulationDoc(
            fh,
            info,
            title=clean(tree.meta.title).strip()[:300],
            author=clean(tree.meta.author)[:200],
            subject=clean(tree.meta.subject)[:300],
            lang=tree.meta.language,
            on_progress=lambda f: report(_BUILD + int(f * _LAYOUT)),
            cancel=cancel,
        )
        doc.toc_keys = [sec.key for sec in tree.toc_entries()]
        story = StoryBuilder(tree, project, styles, (doc.portrait_size, doc.landscape_size), check_cancel)
        story = story.story()
        report(_BUILD)
        try:
            doc.build_story(story)
        except Cancelled:
            raise ExportCancelled(t["cancelled"]) from None
        check_cancel()
        result["doc"] = doc

    forget_texts()
    try:
        write_atomically(out_path, ".pdf", write, t, protect)
        if REPLACED and warnings is not None:
            warnings.append(t["replaced_glyphs"].format(mark=MARK, chars=replaced_report()))
    finally:
        forget_texts()
    doc = result["doc"]
    if headings is not None:
        headings.update(doc.heading_pages)
    report(100)
    return doc.page_count


def write_atomically(
    out_path: str, suffix: str, write: Callable, t: Texts, protect: Iterable[str | os.PathLike] = ()
) -> None:
    """``write(binary_file)`` into a temporary file beside ``out_path``, then renamed over it:
    a failed or cancelled export leaves the old file as it was and nothing else behind.

    The target is checked first (symlinks resolved): never a folder, a device, a FIFO, a
    system file, a read-only file or one of ``protect`` (the project the export reads)."""
    shown = out_path
    try:
        out_path = resolve_target(out_path, protect=protect)
    except TargetError as e:
        raise ExportError(t["err_write"].format(path=shown, reason=e.message(t.lang))) from None
    directory = os.path.dirname(out_path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".procedit-", suffix=suffix + ".tmp", dir=directory)
    except OSError as e:
        raise ExportError(t["err_write"].format(path=out_path, reason=e.strerror or e)) from e
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
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


def make_tree(project: Project, map_id: str | None, process_code: str | None, lang: str) -> Document:
    """The document tree, or ``ExportError`` for an unknown map or process code."""
    try:
        return build_document(project, map_id=map_id, process_code=process_code, lang=lang)
    except ScopeError as e:
        raise ExportError(str(e)) from None
