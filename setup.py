"""Which packages and data files the distribution holds; everything else is in pyproject.toml.

``resources/`` (translations, the JSON Schema, ...) is installed as the package
``procedit_resources`` (its subfolders as its subpackages) so that the app finds the files
with ``importlib.resources`` however procedit is installed. pyproject.toml alone cannot
combine finding packages with installing a folder under another package name, hence this file.
"""

from setuptools import find_namespace_packages, find_packages, setup

RESOURCE_FILES = ["*.json", "*.qm", "*.ts", "*.svg", "*.png", "*.ttf", "*.otf"]
resource_packages = [
    "procedit_resources",
    *(f"procedit_resources.{p}" for p in find_namespace_packages("resources", exclude=["*__pycache__*"])),
]

setup(
    packages=[*find_packages(include=["procedit", "procedit.*"]), *resource_packages],
    package_dir={"procedit_resources": "resources"},
    package_data={"procedit": ["py.typed"], **{p: RESOURCE_FILES for p in resource_packages}},
)
