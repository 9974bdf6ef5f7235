"""What an import brings in stays inside the project's limits: the result always loads."""

from __future__ import annotations

import subprocess
import sys

from procedit.model import limits
from procedit.storage import load


def test_a_register_with_overlong_names_and_control_characters_imports_cleanly(tmp_path):
    csv = tmp_path / "reg.csv"
    csv.write_text(
        "Код;Название;Владелец;Цель\n"
        f"П-1;{'Я' * 1500};Иванов\x07;{'ц' * 10}\n"
        "П-2;Bad\x1b[31m name;Петров;ok\n",
        encoding="utf-8",
    )
    out = tmp_path / "reg.procmap"
    result = subprocess.run(
        [sys.executable, "-m", "procedit", "import", str(csv), "-o", str(out), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    project = load(out)
    names = [p.name for p in project.maps[0].processes]
    assert len(names[0]) == limits.MAX_LINE and names[1] == "Bad[31m name"
    assert all(limits.bad_character(p.name) is None for p in project.people)
