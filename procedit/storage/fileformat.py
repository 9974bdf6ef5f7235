"""Reading and writing ``.procmap`` files: JSON, UTF-8, pretty, stable order, versioned.

A file is the ``Project`` as JSON with a ``format`` number first. Writing is pydantic's
Rust serializer (indent 2, UTF-8, never ``\\u`` escapes), so an unchanged project saves
byte for byte as it was read. Reading takes a fast path (pydantic's JSON parser straight
into the model) when the file is well-formed and current; otherwise the slow path parses
with the standard library for line and column, migrates older formats and turns every
problem into a ``ProjectFileError``.
"""

from __future__ import annotations

import errno
import gc
import hashlib
import importlib.metadata
import json
import os
import re
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

from pydantic import ConfigDict, Field, ValidationError

from procedit.model import Project, check_integrity, count_measurements
from procedit.model.limits import MAX_MEASUREMENTS, MAX_OBJECTS

from .errors import ProjectFileError, from_validation_error, value_text
from .migrate import MIGRATIONS
from .serialize import project_chunks
from .stamp import FileStamp
from .strict import RepeatedKey, RepeatWatch, keys_may_repeat, objects_beyond, too_many_objects

FORMAT = 9  # the format this procedit writes
FIRST_FORMAT = 1  # the oldest format it still reads
MAX_BYTES = 256 * 1024 * 1024  # a file at every count limit at once, as procedit writes it: ~210 MB
_FORMAT_FIELD = b'{\n  "format": %d,\n' % FORMAT
_BOM = b"\xef\xbb\xbf"


class _CurrentFile(Project):
    """The current file layout: the project plus its ``format`` (only for the fast path)."""

    # pydantic's cache of parsed short strings: since format 9 a file repeats a few dozen
    # periods ("2026-10") hundreds of thousands of times, and references, units and notes repeat
    # too; with it they are one string each (N = 5,000 with 3 criteria x 24 months: 432 -> 379 MB
    # resident, ~15 % fewer pages to fault in, the parse ~13 ms less CPU; a file without
    # measurements: the same CPU, 297 -> 268 MB)
    model_config = ConfigDict(cache_strings="all")

    format: Annotated[int, Field(strict=True, ge=FORMAT, le=FORMAT)]  # 2.0 is refused as on the slow path


_PROJECT_FIELDS = tuple(Project.model_fields)


# objects allocated by a load (~300 processes) from which they go straight to the oldest generation
_PROMOTE_MIN = 20_000


@contextmanager
def _gc_paused(promote: bool = False) -> Iterator[None]:
    """Building or dumping thousands of small objects triggers needless GC passes (2x slower).

    With ``promote``, what was allocated meanwhile (a loaded project: immutable, long-lived,
    acyclic) is moved to the oldest generation instead of being scanned by the young
    collection that the first allocation after re-enabling would run over all of it
    (~0.1 s at 5,000 processes), and then once more by the middle one. It is only moved, not
    frozen: a full collection still sees it, so nothing is kept alive. Skipped when the
    process froze objects itself (``gc.unfreeze`` would release them), for small loads and
    when the load failed.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    done = False
    try:
        yield
        done = True
    finally:
        if was_enabled:
            if promote and done and gc.get_count()[0] >= _PROMOTE_MIN and gc.get_freeze_count() == 0:
                gc.freeze()  # every generation into the permanent one (a list splice, no scan) ...
                gc.unfreeze()  # ... and from there into the oldest one
            gc.enable()


gc_paused = _gc_paused  # for the other readers and writers of whole projects (interchange)


def dumps(project: Project) -> bytes:
    """The file contents for ``project`` (UTF-8 JSON, indent 2, ends with a newline)."""
    return b"".join(dump_chunks(project))


def dump_chunks(project: Project) -> list[bytes | memoryview]:
    """``dumps(project)`` as the pieces that make it up, in order (a large project's file is
    written from them without joining them first)."""
    with _gc_paused():
        # pydantic's Rust serializer straight to UTF-8 bytes, reusing the text of unchanged
        # elements; the format number goes first
        return project_chunks(project, first=_FORMAT_FIELD, last=b"\n")


def load(path: str | os.PathLike[str]) -> Project:
    """Read a project file; any problem is a ``ProjectFileError``."""
    path = os.fspath(path)
    return loads(_read(path)[0], path)


def load_stamped(path: str | os.PathLike[str]) -> tuple[Project, FileStamp]:
    """``load``, and the stamp of the bytes it read (what the window keeps to notice a change
    on disk) from that one read: the digest is computed in a thread while the model is built
    (hashlib lets go of the GIL), not by reading and hashing the file again after it (~0.1 s
    on the way to the first frame at 5,000 processes)."""
    path = os.fspath(path)
    data, st = _read(path)
    digest: list[str] = []
    worker = threading.Thread(target=lambda: digest.append(hashlib.sha256(data).hexdigest()), daemon=True)
    worker.start()
    try:
        project = loads(data, path)
    finally:
        worker.join()
    return project, FileStamp(st.st_mtime_ns, st.st_size, digest[0])


def _read(path: str) -> tuple[bytes, os.stat_result]:
    """The file's bytes and its status as it was opened; any problem is a ``ProjectFileError``."""
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise ProjectFileError(
                path, "", "this is a folder, not a project file", "это папка, а не файл проекта"
            )
        if not stat.S_ISREG(st.st_mode):  # a pipe or a device would block or never end
            raise ProjectFileError(path, "", "not a regular file", "это не обычный файл")
        if st.st_size > MAX_BYTES:
            raise ProjectFileError(path, "", *_too_large(st.st_size))
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            data = f.read(MAX_BYTES + 1)
    except ProjectFileError:
        raise
    except OSError as e:
        raise _os_error(path, e) from None
    if len(data) > MAX_BYTES:
        raise ProjectFileError(path, "", *_too_large(len(data)))
    return data, st


def loads(data: bytes | str, name: str | os.PathLike[str] = "<data>") -> Project:
    """Parse file contents; ``name`` is used in messages. Any problem is a ``ProjectFileError``."""
    try:
        with _gc_paused(promote=True):
            return _loads(data, name)
    except ProjectFileError:
        raise
    except RecursionError:
        raise ProjectFileError(
            name, "", "the data is nested too deeply", "слишком глубокая вложенность"
        ) from None
    except Exception as e:  # pragma: no cover - a last line of defence
        # the loader promises to raise nothing but ProjectFileError
        raise ProjectFileError(name, "", f"unreadable project ({type(e).__name__}: {e})") from None


def _loads(data: bytes | str, name: str | os.PathLike[str]) -> Project:
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    if not isinstance(data, bytes | bytearray | memoryview):
        raise ProjectFileError(name, "", "not file contents (bytes expected)")
    data = bytes(data)
    if len(data) > MAX_BYTES:
        raise ProjectFileError(name, "", *_too_large(len(data)))
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    if not data or data.isspace():  # (isspace stops at the first other byte: no copy)
        raise ProjectFileError(name, "", "the file is empty", "файл пуст")
    braces = data.count(b"{")
    over = too_many_objects(data, braces)  # refused before anything is built: memory stays small
    if over is not None:
        raise _too_many(name, *over)
    # fast path: a current, well-formed file goes straight into the model
    try:
        parsed = _CurrentFile.model_validate_json(data)
    except ValidationError:
        pass
    else:
        if keys_may_repeat(data, parsed):  # the slow path tells a repeated key from a spaced one
            del parsed
            return _slow_load(data, name, braces)
        project = Project.model_construct(
            _fields_set=parsed.model_fields_set - {"format"},
            **{k: getattr(parsed, k) for k in _PROJECT_FIELDS},
        )
        _check_integrity(project, name, data, braces, 0)
        return project
    return _slow_load(data, name, braces)


def _slow_load(data: bytes, name: str | os.PathLike[str], braces: int) -> Project:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        if e.end >= len(data) and e.reason == "unexpected end of data":  # (a character begun, never ended)
            raise _cut_short(name, f"line {line}, byte {e.start}") from None
        raise ProjectFileError(
            name,
            f"line {line}, byte {e.start}",
            "the file is not UTF-8 text (save it as UTF-8)",
            "файл не в кодировке UTF-8 (сохраните его в UTF-8)",
        ) from None
    watch = RepeatWatch()
    try:
        tree = json.loads(text, parse_constant=_no_constant, object_pairs_hook=watch.hook)
        watch.check(tree)
    except RepeatedKey as e:
        raise ProjectFileError(
            name,
            e.path,
            f"the key {value_text(e.key)} appears twice in one object",
            f"ключ {value_text(e.key)} записан в одном объекте дважды",
        ) from None
    except json.JSONDecodeError as e:
        # the data stops where more was due (a string is unterminated only at the end of the text)
        if e.msg.startswith("Unterminated string") or (not text[e.pos :].strip() and text.strip()):
            raise _cut_short(name, f"line {e.lineno}, column {e.colno}") from None
        raise ProjectFileError(
            name,
            f"line {e.lineno}, column {e.colno}",
            f"not valid JSON: {e.msg}",
            f"ошибка синтаксиса JSON: {e.msg}",
        ) from None
    except ValueError as e:
        raise ProjectFileError(name, "", f"not valid JSON: {e}", f"ошибка синтаксиса JSON: {e}") from None
    if not isinstance(tree, dict):
        raise ProjectFileError(
            name, "$", "a project file must hold a JSON object", "файл проекта должен содержать объект JSON"
        )
    version = first = _format_of(tree, name)
    while version < FORMAT:
        tree = MIGRATIONS[version](tree, name)
        version = _format_of(tree, name)
    body = {k: v for k, v in tree.items() if k != "format"}
    try:
        project = Project.model_validate(body)
    except ValidationError as e:
        raise from_validation_error(name, e) from None
    # (measurements were objects in a file older than format 9, arrays since)
    _check_integrity(project, name, data, braces, count_measurements(project) if first < 9 else 0)
    return project


def _format_of(tree: dict[str, Any], name: str | os.PathLike[str]) -> int:
    if "format" not in tree:
        raise ProjectFileError(
            name,
            "$.format",
            "no 'format' number: this is not a procedit project file",
            "нет поля «format»: это не файл проекта procedit",
        )
    version = tree["format"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise ProjectFileError(
            name,
            "$.format",
            f"the format must be a whole number, found {value_text(version)}",
            f"номер формата должен быть целым числом, а записано {value_text(version)}",
        )
    if version > FORMAT:
        __version__ = procedit_version()
        raise ProjectFileError(
            name,
            "$.format",
            f"the file has format {version}, written by a newer procedit; procedit {__version__} "
            f"reads formats {FIRST_FORMAT} to {FORMAT}: please update procedit",
            f"файл в формате {version} записан более новой версией procedit; procedit {__version__} "
            f"читает форматы с {FIRST_FORMAT} по {FORMAT}: обновите procedit",
        )
    if version < FIRST_FORMAT:
        raise ProjectFileError(name, "$.format", f"unknown format {version}", f"неизвестный формат {version}")
    return version


def procedit_version() -> str:
    try:
        return importlib.metadata.version("procedit")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "(this version)"


def _too_many(name: str | os.PathLike[str], what: str, n: int) -> ProjectFileError:
    limit = MAX_MEASUREMENTS if what == "measurements" else MAX_OBJECTS
    n_ru, limit_ru = f"{n:,}".replace(",", " "), f"{limit:,}".replace(",", " ")
    if what == "measurements":
        en = f"the project holds too many measured values ({n:,}; the limit is {limit:,})"
        ru = f"в проекте слишком много фактических значений ({n_ru}; предел {limit_ru})"
    else:
        en = f"the project holds too many elements ({n:,}; the limit is {limit:,}, measured values apart)"
        ru = f"в проекте слишком много элементов ({n_ru}; предел {limit_ru}, не считая фактических значений)"
    return ProjectFileError(name, "", en, ru)


def _check_integrity(
    project: Project, name: str | os.PathLike[str], data: bytes, braces: int, object_measurements: int
) -> None:
    """``object_measurements``: how many measurements the file held as objects (in a format
    before 9: all of them, counted built)."""
    objects = objects_beyond(data, object_measurements, braces)
    if objects is not None:  # (a file whose measurements were not where procedit writes them)
        raise _too_many(name, "objects", objects)
    problems = check_integrity(project)
    if problems:
        first = problems[0]
        more = len(problems) - 1
        reason = first.message + (f" (and {more} more problem{'s' if more > 1 else ''})" if more else "")
        reason_ru = _integrity_ru(first.message) + (f" (и ещё проблем: {more})" if more else "")
        raise ProjectFileError(name, first.path, reason, reason_ru)


_INTEGRITY_RU = (
    (re.compile(r"refers to (.+), which does not exist$"), r"ссылка на несуществующий элемент \1"),
    (re.compile(r"duplicate id (.+) \(first used at (.+)\)$"), r"идентификатор \1 повторяется (впервые: \2)"),
    (re.compile(r"refers to (.+), a (\w+), where a (.+) is expected$"), r"ссылка \1 ведёт на \2, а нужен \3"),
    (re.compile(r"refers to (.+) in another map$"), r"ссылка \1 ведёт на другую карту"),
    (re.compile(r"empty id$"), "пустой идентификатор"),
    (
        re.compile(r"too many processes and external parties \((\d+); the limit is (\d+)\)$"),
        r"слишком много процессов и внешних сторон (\1; предел \2)",
    ),
    (
        re.compile(r"too many measured values \((\d+); the limit is (\d+)\)$"),
        r"слишком много фактических значений (\1; предел \2)",
    ),
    (re.compile(r"a project needs at least one map$"), "в проекте должна быть хотя бы одна карта"),
)


def _integrity_ru(message: str) -> str:
    for pattern, ru in _INTEGRITY_RU:
        if pattern.match(message):
            return pattern.sub(ru, message)
    return message


def _cut_short(name: str | os.PathLike[str], where: str) -> ProjectFileError:
    """A file that stops before its data does: copied or downloaded in part, or written by a
    program that stopped (procedit itself saves through a temporary file and never leaves one)."""
    return ProjectFileError(
        name,
        where,
        "the file is cut short: its data stops in the middle (an incomplete copy or download?)",
        "файл обрывается: данные в нём не закончены (файл скопирован или скачан не полностью?)",
    )


def _no_constant(token: str) -> Any:
    raise ValueError(f"{token} is not allowed in a project file")


def _too_large(size: int) -> tuple[str, str]:
    mb = size / (1024 * 1024)
    limit = MAX_BYTES // (1024 * 1024)
    return (
        f"the file is too large ({mb:.1f} MB; the limit is {limit} MB)",
        f"файл слишком велик ({mb:.1f} МБ; предел {limit} МБ)",
    )


def _os_error(path: str, e: OSError) -> ProjectFileError:
    if isinstance(e, FileNotFoundError):
        return ProjectFileError(path, "", "no such file", "файл не найден")
    if isinstance(e, PermissionError):
        return ProjectFileError(path, "", "permission denied", "нет прав на чтение")
    if isinstance(e, IsADirectoryError) or e.errno == errno.EISDIR:
        return ProjectFileError(
            path, "", "this is a folder, not a project file", "это папка, а не файл проекта"
        )
    return ProjectFileError(path, "", e.strerror or str(e), None)
