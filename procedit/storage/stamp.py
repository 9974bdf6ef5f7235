"""Did the file change behind our back? Remember (mtime_ns, size, sha256) at load and save."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FileStamp:
    mtime_ns: int
    size: int
    sha256: str

    @classmethod
    def of(cls, path: str | os.PathLike) -> FileStamp | None:
        """The file's stamp now; None when it does not exist or cannot be read.

        A stamp ``remember``-ed for ``path`` by the load that just read it is taken while the
        file's time and size are still those it had then (the test ``differs`` makes): the
        file is not read and hashed a second time."""
        try:
            with open(path, "rb") as f:
                st = os.fstat(f.fileno())
                known = _read.pop(os.path.realpath(path), None)
                if known is not None and (known.mtime_ns, known.size) == (st.st_mtime_ns, st.st_size):
                    return known
                digest = hashlib.file_digest(f, "sha256").hexdigest()
        except OSError:
            return None
        return cls(st.st_mtime_ns, st.st_size, digest)

    @classmethod
    def of_bytes(cls, data: bytes, path: str | os.PathLike) -> FileStamp | None:
        """The stamp of ``path`` known to hold ``data`` (just loaded or saved): no second read."""
        try:
            st = Path(path).stat()
        except OSError:
            return None
        return cls(st.st_mtime_ns, st.st_size, hashlib.sha256(data).hexdigest())

    @classmethod
    def of_written(cls, st: os.stat_result, digest: str) -> FileStamp:
        """The stamp of a file just written: its ``os.stat`` and the sha256 of what was written."""
        return cls(st.st_mtime_ns, st.st_size, digest)

    def differs(self, path: str | os.PathLike) -> bool:
        """True when the content of ``path`` is no longer what this stamp remembers (or it is gone).

        A touched file with the same bytes (new mtime, same content) does not count as changed.
        """
        try:
            st = Path(path).stat()
        except OSError:
            return True
        if st.st_mtime_ns == self.mtime_ns and st.st_size == self.size:
            return False
        if st.st_size != self.size:
            return True
        now = FileStamp.of(path)
        return now is None or now.sha256 != self.sha256


# the stamps of files a load has just read (real path -> stamp); each is taken once
_read: dict[str, FileStamp] = {}


def remember(path: str | os.PathLike, stamp: FileStamp) -> None:
    """``stamp`` is that of ``path`` as a load has just read it (the next ``FileStamp.of`` takes it)."""
    _read[os.path.realpath(path)] = stamp


def changed_on_disk(stamp: FileStamp | None, path: str | os.PathLike) -> bool:
    """Changed since ``stamp`` was taken; with no stamp, a file that now exists counts as changed."""
    if stamp is None:
        return Path(path).exists()
    return stamp.differs(path)


def sha256_hex(chunks: Iterable[bytes]) -> str:
    """The sha256 of the pieces as one text (hashlib lets other threads run on pieces over 2 KB)."""
    digest = hashlib.sha256()
    for chunk in chunks:
        digest.update(chunk)
    return digest.hexdigest()
