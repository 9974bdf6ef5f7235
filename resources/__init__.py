"""The files procedit ships (translations, the ``.procmap`` JSON Schema, ...).

This folder is installed as the package ``procedit_resources`` (``setup.py`` maps it), so
its files are found with ``importlib.resources`` from a source checkout installed with
``pip install -e .``, from a regular ``pip install`` and from a wheel alike.
``PROCEDIT_RESOURCES`` names another folder with the same layout (a frozen or relocated build).
"""

from __future__ import annotations

import os
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


def root() -> Traversable:
    """The folder of the shipped files: ``$PROCEDIT_RESOURCES`` if set, else this package."""
    override = os.environ.get("PROCEDIT_RESOURCES")
    if override:
        return Path(override)
    return files(__name__)


def resource(name: str) -> Traversable:
    """A shipped file by its path inside the folder, e.g. ``"translations/procedit_ru.qm"``."""
    node = root()
    for part in name.split("/"):
        node = node / part
    return node
