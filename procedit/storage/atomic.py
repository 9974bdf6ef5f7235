"""Atomic save: write beside the target, flush, fsync, rename; keep the previous file as ``.bak``.

If anything fails, the previous file is left exactly as it was and no temporary file is
left behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Sequence

from procedit.model import Project

from .errors import ProjectSaveError
from .fileformat import dump_chunks
from .stamp import FileStamp, sha256_hex
from .target import TargetError, is_read_only, resolve_target

# the file contents: one bytes object, or the pieces that make it up in order (a large
# project's file is written from its pieces, never copied into one buffer)
Pieces = Sequence[bytes | memoryview]
Data = bytes | Pieces

BACKUP_SUFFIX = ".bak"
KEEP_BACKUPS = 3  # NAME.procmap.bak (the previous version), .bak.2, .bak.3 (older ones)


class ReadOnlyFileError(PermissionError):
    """The target exists and is not writable: saving over it is refused."""


class BackupError(OSError):
    """The backup beside the file cannot be kept (e.g. ``NAME.procmap.bak`` is a folder)."""


def backup_path(path: str | os.PathLike[str], n: int = 1) -> str:
    """``NAME.procmap`` → ``NAME.procmap.bak`` (``n`` = 1, the newest), ``NAME.procmap.bak.2``, ..."""
    bak = os.fspath(path) + BACKUP_SUFFIX
    return bak if n <= 1 else f"{bak}.{n}"


def save(
    project: Project,
    path: str | os.PathLike[str],
    *,
    backup: bool = True,
    keep: int = KEEP_BACKUPS,
    stamp: bool = False,
) -> FileStamp | None:
    """Write ``project`` to ``path`` atomically; raises ``ProjectSaveError`` on failure.

    A symbolic link is followed (the file it points at is replaced); a folder, a device, a
    FIFO or a read-only file is refused. When the file already holds exactly these bytes
    nothing is written, so the backups keep the previous *different* versions; otherwise
    the file being replaced becomes ``.bak`` and older backups move down (``keep`` of them).
    With ``stamp``, returns the ``FileStamp`` of the file as written (the sha256 of the data,
    computed in a thread while it is written: the file is not read back).
    """
    shown = os.fspath(path)
    try:
        data = dump_chunks(project)
    except Exception as e:  # pragma: no cover - the model's limits make every project serializable
        raise ProjectSaveError(shown, f"cannot serialize the project ({e})") from None
    digest: list[str] = []
    hashing = threading.Thread(target=lambda: digest.append(sha256_hex(data)), daemon=True)
    if stamp:
        hashing.start()
    try:
        target = resolve_target(shown)
        st = write_atomic(target, data, backup=backup, keep=keep)
    except TargetError as e:
        raise ProjectSaveError(shown, e.reason, e.reason_ru) from None
    except OSError as e:
        raise save_error(shown, e) from None
    finally:
        if stamp:
            hashing.join()
    return FileStamp.of_written(st, digest[0]) if stamp else None


def write_atomic(target: str, data: Data, *, backup: bool = True, keep: int = KEEP_BACKUPS) -> os.stat_result:
    """Replace ``target`` by ``data`` atomically (raises ``OSError``, a ``TargetError`` when
    the target may not be written: folder, device, FIFO, read-only); see ``save``. Returns
    the ``os.stat`` of the file that holds ``data`` now."""
    target = resolve_target(target)
    chunks = _chunks(data)
    try:
        st = os.stat(target)
        mode = st.st_mode & 0o7777
        existed = True
        if is_read_only(st, target):  # renaming over it would work, but the user said no
            raise ReadOnlyFileError(13, "the file is read-only", target)
        if (
            st.st_size == sum(map(len, chunks))
            and not _known_to_differ(st, chunks)
            and _holds(target, chunks)
        ):
            _remember(st, chunks)
            return st  # the same bytes: the file and its backups stay as they are
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
        existed = False
    keep_backup = None
    if existed and backup and keep > 0:

        def keep_backup(t: str) -> None:
            _keep_backup(t, keep)

    st = replace_atomic(target, chunks, mode=mode, before_replace=keep_backup)
    _remember(st, chunks)
    return st


def _chunks(data: Data) -> Pieces:
    return (data,) if isinstance(data, bytes | bytearray | memoryview) else data


# What this process wrote lately: (device, inode) -> (size, mtime, the pieces). A file that
# still has that inode, size and mtime holds those pieces, unless something rewrote it in place
# within one clock tick; so when new pieces differ from them (laid out alike, a piece of the
# same length with other bytes: an edit of an actual value) the file is known to differ without
# reading ~100 MB back. Only "differs" is taken from here: "the same" is still read and
# compared, so a wrong guess could only cost a write or one more backup, never a lost version.
_written: dict[tuple[int, int], tuple[int, int, Pieces]] = {}
_WRITTEN_KEEP = 4  # the file and its backup, for a couple of files: pieces mostly shared
_written_lock = threading.Lock()


def _remember(st: os.stat_result, chunks: Pieces) -> None:
    if len(chunks) < 2:
        return  # a small file: reading it back costs nothing
    with _written_lock:
        _written.pop((st.st_dev, st.st_ino), None)
        _written[st.st_dev, st.st_ino] = (st.st_size, st.st_mtime_ns, chunks)
        while len(_written) > _WRITTEN_KEEP:
            del _written[next(iter(_written))]


def _known(st: os.stat_result) -> Pieces | None:
    """The pieces of the file with this ``os.stat`` when this process wrote it and it has not
    been written since (by its size and mtime), else None."""
    with _written_lock:
        record = _written.get((st.st_dev, st.st_ino))
    if record is None or record[:2] != (st.st_size, st.st_mtime_ns):
        return None
    return record[2]


def _known_to_differ(st: os.stat_result, chunks: Pieces) -> bool:
    """True when the file with this ``os.stat`` surely does not hold ``chunks``: it holds what
    this process wrote, laid out in as many pieces of the same lengths, one with other bytes.
    False means "not known" (read the file to tell)."""
    old = _known(st)
    if old is None or len(old) != len(chunks):
        return False
    differs = False
    for a, b in zip(old, chunks, strict=True):
        if a is b:
            continue
        if len(a) != len(b):
            return False  # the pieces' borders moved: only the bytes can tell
        if not differs and a != b:
            differs = True
    return differs


def _holds(path: str, chunks: Pieces) -> bool:
    """Whether the file at ``path`` holds exactly ``chunks`` (read up to the first difference)."""
    try:
        with open(path, "rb", buffering=1 << 20) as f:
            for chunk in chunks:
                if f.read(len(chunk)) != chunk:
                    return False
            return f.read(1) == b""
    except OSError:
        return False


def _same_content(a: str, b: str) -> bool:
    try:
        sa, sb = os.stat(a), os.stat(b)
        if sa.st_size != sb.st_size:
            return False
        if (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino):
            return True  # one file under two names (a backup linked by a save that then failed)
        known = _known(sa)
        if known is not None and _known_to_differ(sb, known):
            return False
        with open(a, "rb") as fa, open(b, "rb") as fb:
            while True:
                x, y = fa.read(1 << 20), fb.read(1 << 20)
                if x != y:
                    return False
                if not x:
                    return True
    except OSError:
        return False


def replace_atomic(
    target: str,
    data: Data,
    *,
    mode: int | None = None,
    before_replace: Callable[[str], None] | None = None,
) -> os.stat_result:
    """Write ``data`` (bytes or its pieces) beside ``target``, flush and fsync it, then rename
    it over ``target``.

    A reader sees the old or the new content, never a part; on any failure the temporary
    file is removed and ``target`` is untouched. ``mode`` sets the new file's permissions
    (default: the temporary file's 0600); ``before_replace(target)`` runs just before the rename.
    Returns the written file's ``os.stat`` (taken before the rename, which leaves its mtime and
    size as they are: what a stamp of it must remember, whatever happens to the path after).
    """
    folder = os.path.dirname(target) or "."
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(target) + ".", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            _write_all(f, _chunks(data))
            f.flush()
            os.fsync(f.fileno())
            st = os.fstat(f.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        if before_replace is not None:
            before_replace(target)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_folder(folder)
    return st


try:
    _IOV_MAX = max(16, min(os.sysconf("SC_IOV_MAX"), 1024))
except (AttributeError, ValueError, OSError):  # pragma: no cover - Windows
    _IOV_MAX = 1024


def _write_all(f, chunks: Pieces) -> None:
    """Write every piece to the open file ``f``: straight from the pieces with ``os.writev``
    where there is one, else in joined groups of about a megabyte."""
    if len(chunks) == 1:
        f.write(chunks[0])
        return
    if not hasattr(os, "writev"):  # pragma: no cover - Windows
        for start in range(0, len(chunks), 64):
            f.write(b"".join(chunks[start : start + 64]))
        return
    f.flush()
    fd = f.fileno()
    pending, start = chunks, 0
    while start < len(pending):
        batch = pending[start : start + _IOV_MAX]
        start += len(batch)
        want = sum(map(len, batch))
        written = os.writev(fd, batch)
        if written == want:
            continue
        if written <= 0:
            raise OSError(errno.EIO, "the write stopped short", f.name)
        # a short write: the rest of this batch goes again, from where it stopped
        rest = []
        for chunk in batch:
            if written >= len(chunk):
                written -= len(chunk)
            else:
                rest.append(memoryview(chunk)[written:])
                written = 0
        pending, start = [*rest, *pending[start:]], 0


def _keep_backup(target: str, keep: int = KEEP_BACKUPS) -> None:
    """Make ``target.bak`` the current contents of ``target`` (hard link, else a copy); the
    backups before it move down one place (``.bak`` → ``.bak.2`` ...), the oldest beyond
    ``keep`` is dropped. When ``.bak`` already holds this version nothing moves."""
    bak = backup_path(target)
    for n in range(1, keep + 1):
        b = backup_path(target, n)
        if os.path.lexists(b) and not os.path.isfile(b):
            raise BackupError(21, "the backup is not a file", b)
    if os.path.exists(bak) and _same_content(target, bak):
        return
    for n in range(keep, 1, -1):
        older = backup_path(target, n - 1)
        if os.path.exists(older):
            os.replace(older, backup_path(target, n))
    fd, tmp = tempfile.mkstemp(
        prefix="." + os.path.basename(bak) + ".", suffix=".tmp", dir=os.path.dirname(bak)
    )
    os.close(fd)
    try:
        os.unlink(tmp)
        try:
            os.link(target, tmp)
        except OSError:
            shutil.copy2(target, tmp)
        os.replace(tmp, bak)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _fsync_folder(folder: str) -> None:
    """Make the rename durable where the platform allows it (best effort)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def save_error(path: str, e: OSError) -> ProjectSaveError:
    """What went wrong writing ``path``, in English and Russian (an export's writers say it too)."""
    if isinstance(e, TargetError):
        return ProjectSaveError(path, e.reason, e.reason_ru)
    if isinstance(e, BackupError):
        name = os.path.basename(e.filename or backup_path(path))
        return ProjectSaveError(
            path,
            f"the backup '{name}' beside it is not a file (a folder?): rename or remove it",
            f"резервная копия «{name}» рядом с ним — не файл (папка?): переименуйте или удалите её",
        )
    if isinstance(e, ReadOnlyFileError):
        return ProjectSaveError(path, "the file is read-only", "файл только для чтения")
    if isinstance(e, PermissionError):
        return ProjectSaveError(path, "permission denied", "нет прав на запись")
    if isinstance(e, FileNotFoundError):
        return ProjectSaveError(path, "the folder does not exist", "папка не существует")
    if isinstance(e, IsADirectoryError):
        return ProjectSaveError(path, "this is a folder", "это папка")
    if e.errno == 28:  # ENOSPC
        return ProjectSaveError(path, "the disk is full", "диск переполнен")
    return ProjectSaveError(path, e.strerror or str(e) or type(e).__name__)
