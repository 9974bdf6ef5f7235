"""A lock file beside an open project, so a second person (or a second procedit) is warned.

``Отчёт.procmap`` is locked by ``.~Отчёт.procmap.lock``: a small JSON with user, host, pid
and since. The lock is advisory: it tells who has the file open, it does not forbid
opening. A lock left by a crashed procedit on this computer (same host, pid no longer
running) is recognised as stale and taken over silently.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from .recovery import host_name, pid_alive, process_start, user_name


def lock_path(path: str | os.PathLike) -> Path:
    p = Path(path)
    return p.with_name(f".~{p.name}.lock")


@dataclass(frozen=True)
class LockOwner:
    user: str
    host: str
    pid: int
    since: dt.datetime
    process_start: str | None = None

    @property
    def is_this_process(self) -> bool:
        return self.host == host_name() and self.pid == os.getpid()

    @property
    def is_stale(self) -> bool:
        """Left behind on this computer by a process that is no longer running."""
        return self.host == host_name() and not pid_alive(self.pid, self.process_start)

    def describe(self, lang: str = "ru") -> str:
        since = self.since.astimezone().strftime("%d.%m.%Y %H:%M")
        if lang == "ru":
            return f"{self.user} на компьютере {self.host}, с {since}"
        return f"{self.user} on {self.host}, since {since}"

    def to_json(self) -> bytes:
        return json.dumps(
            {
                "app": "procedit",
                "user": self.user,
                "host": self.host,
                "pid": self.pid,
                "process_start": self.process_start,
                "since": self.since.isoformat(),
            },
            ensure_ascii=False,
        ).encode("utf-8")


def read_lock(path: str | os.PathLike) -> LockOwner | None:
    """Who holds the lock of project ``path``; None if nobody (or the lock is unreadable)."""
    try:
        raw = json.loads(lock_path(path).read_bytes().decode("utf-8"))
        return LockOwner(
            user=str(raw["user"]),
            host=str(raw["host"]),
            pid=int(raw["pid"]),
            since=dt.datetime.fromisoformat(raw["since"]),
            process_start=raw.get("process_start"),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        return None


class ProjectLock:
    """The lock of one open project in this process.

    ``acquire()`` returns None when the lock is ours (also when no lock can be written or
    an old one cannot be removed: ``held`` is then False and ``error`` says why), or the
    ``LockOwner`` of someone else who has the file open; ``acquire(force=True)`` takes it
    over anyway (the user chose "open anyway").
    """

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.file = lock_path(path)
        self.held = False
        self.error: OSError | None = None
        self._mine: LockOwner | None = None

    def acquire(self, force: bool = False) -> LockOwner | None:
        if self.held:
            return None
        me = LockOwner(
            user=user_name(),
            host=host_name(),
            pid=os.getpid(),
            since=dt.datetime.now(dt.UTC),
            process_start=process_start(os.getpid()),
        )
        for _ in range(3):
            try:
                fd = os.open(self.file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                other = read_lock(self.path)
                if other is not None and not other.is_stale and not force:
                    return other
                # stale, unreadable (a half-written lock of a crash) or taken over on purpose
                try:
                    self.file.unlink()
                except FileNotFoundError:
                    pass
                except OSError as e:
                    # someone else's lock in a shared (sticky) folder, a read-only folder, a
                    # folder where the lock should be: the lock is advisory, the file opens
                    # anyway without one and ``error`` says why
                    self.error = e
                    return None
                continue
            except OSError as e:  # read-only folder, network share without rights...
                self.error = e
                return None
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(me.to_json())
                    f.flush()
                    os.fsync(f.fileno())
            except OSError as e:
                self.error = e
                with contextlib.suppress(OSError):
                    self.file.unlink()
                return None
            self._hide()
            self.held = True
            self._mine = me
            return None
        return read_lock(self.path)  # pragma: no cover - lost three races in a row

    def release(self) -> None:
        """Remove the lock if it is still ours (someone may have taken it over)."""
        if not self.held:
            return
        self.held = False
        current = read_lock(self.path)
        if current is not None and current == self._mine:
            with contextlib.suppress(OSError):
                self.file.unlink()
        self._mine = None

    def move_to(self, new_path: str | os.PathLike) -> LockOwner | None:
        """After Save As: lock the new file, release the old one."""
        new = ProjectLock(new_path)
        other = new.acquire(force=True)
        self.release()
        self.path, self.file, self.held, self.error, self._mine = (
            new.path,
            new.file,
            new.held,
            new.error,
            new._mine,
        )
        return other

    def _hide(self) -> None:
        if os.name == "nt":  # pragma: no cover - Windows only
            import ctypes

            with contextlib.suppress(Exception):
                ctypes.windll.kernel32.SetFileAttributesW(str(self.file), 0x02)  # type: ignore[attr-defined]
