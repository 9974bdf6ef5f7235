"""The distribution holds every package and the resources the app loads (importlib.resources)."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

from setuptools import find_namespace_packages, find_packages

ROOT = Path(__file__).resolve().parents[1]


def _config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_on_disk_is_listed_for_installation():
    on_disk = set(find_packages(str(ROOT), include=["procedit", "procedit.*"]))
    on_disk |= {"procedit_resources"} | {
        f"procedit_resources.{p}"
        for p in find_namespace_packages(str(ROOT / "resources"), exclude=["*__pycache__*"])
    }
    listed = set(_config()["packages"])
    assert listed == on_disk, f"add to / remove from [tool.setuptools] packages: {sorted(listed ^ on_disk)}"


def test_resources_the_app_loads_are_found_as_package_resources():
    assert _config()["package-dir"]["procedit_resources"] == "resources"
    base = resources.files("procedit_resources")
    assert base.joinpath("procmap.schema.json").read_text(encoding="utf-8").lstrip().startswith("{")
    assert base.joinpath("translations", "procedit_ru.qm").read_bytes()[:4] == bytes.fromhex("3cb86418")
