"""Code rules the suite enforces: the layering contracts (import-linter) and ruff.

DESIGN.md: PySide6 only under procedit/ui, model imports nothing of ours, imports flow downward.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_layering_contracts_are_kept():
    result = _run(str(BIN / "lint-imports"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_ruff_finds_nothing():
    result = _run(sys.executable, "-m", "ruff", "check", "procedit", "tests", "examples", "resources")
    assert result.returncode == 0, result.stdout + result.stderr
