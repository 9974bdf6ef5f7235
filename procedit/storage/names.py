"""File names made from what the user named: the project, a map, a process code.

``file_stem("Процессы маркетинга", "Маркетинг — AS IS")`` → ``"Процессы маркетинга — Маркетинг — AS IS"``:
parts joined by a dash, characters no file system takes replaced, kept short; Cyrillic stays.
"""

from __future__ import annotations

import re

_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
MAX_STEM = 120


def file_stem(*parts: str, fallback: str = "procedit") -> str:
    """A file name without suffix from the non-empty ``parts`` (``fallback`` when none is left)."""
    cleaned = []
    for part in parts:
        text = " ".join(_FORBIDDEN.sub("_", part or "").split()).strip(" ._")
        if text and text not in cleaned:
            cleaned.append(text)
    stem = " — ".join(cleaned)[:MAX_STEM].rstrip(" .—") or fallback
    return stem
