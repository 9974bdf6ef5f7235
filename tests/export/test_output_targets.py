"""`export -o` writes a new regular file or replaces one; it never replaces the project it
reads, a device, a FIFO, a folder, a symlink's target in /proc, or a read-only file, and
leaves no temporary file behind when it refuses or fails."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _export(project: Path, out: Path | str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "procedit", "export", str(project), "-o", str(out), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def project(tmp_path) -> Path:
    p = tmp_path / "plan.procmap"
    shutil.copy(EXAMPLES / "small_en.procmap", p)
    return p


def refused(result: subprocess.CompletedProcess, folder: Path, *words: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1 and "Traceback" not in line
    for w in words:
        assert w in line, line
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_export_onto_the_project_itself_is_refused(project, tmp_path):
    before = project.read_bytes()
    refused(_export(project, project), tmp_path)
    assert project.read_bytes() == before
    # a project whose name ends like a PDF is still the project
    odd = tmp_path / "plan.pdf"
    project.rename(odd)
    refused(_export(odd, odd), tmp_path, "project being read")
    assert odd.read_bytes() == before


@pytest.mark.parametrize("suffix", [".bpmn", ".xlsx"])
def test_other_formats_respect_the_target_too(project, tmp_path, suffix):
    fifo = tmp_path / f"pipe{suffix}"
    os.mkfifo(fifo)
    refused(_export(project, fifo), tmp_path, "not a regular file")
    ro = tmp_path / f"old{suffix}"
    ro.write_bytes(b"old")
    ro.chmod(0o444)
    refused(_export(project, ro), tmp_path, "read-only")
    assert ro.read_bytes() == b"old"


def test_export_onto_a_link_to_the_project_is_refused(project, tmp_path):
    link = tmp_path / "out.pdf"
    link.symlink_to(project)
    before = project.read_bytes()
    refused(_export(project, link), tmp_path, "project being read")
    assert project.read_bytes() == before and link.is_symlink()


def private_null(folder: Path) -> Path:
    """A character device node of our own (the null device's numbers) in ``folder``: a test
    that failed must never replace the machine's /dev/null."""
    node = folder / "null-device.pdf"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, OSError) as e:
        pytest.skip(f"cannot make a device node here: {e}")
    return node


def test_export_onto_a_character_device_is_refused(project, tmp_path):
    node = private_null(tmp_path)
    refused(_export(project, node), tmp_path, "not a regular file")
    link = tmp_path / "null.pdf"
    link.symlink_to(node)
    refused(_export(project, link), tmp_path, "not a regular file")
    assert link.is_symlink() and node.is_char_device()


def test_export_onto_a_fifo_is_refused(project, tmp_path):
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    refused(_export(project, fifo), tmp_path, "not a regular file")
    assert fifo.is_fifo()


def test_export_onto_a_symlink_into_proc_is_refused(project, tmp_path):
    link = tmp_path / "status.pdf"
    link.symlink_to("/proc/self/status")
    refused(_export(project, link), tmp_path, "system file")
    assert link.is_symlink()


def test_export_onto_a_folder_is_refused(project, tmp_path):
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    refused(_export(project, folder), tmp_path, "folder")
    assert folder.is_dir()


def test_export_onto_a_read_only_pdf_is_refused(project, tmp_path):
    """Also for root, who could write it: the cleared write bits are the user's word."""
    pdf = tmp_path / "old.pdf"
    pdf.write_bytes(b"%PDF-1.4 old")
    pdf.chmod(0o444)
    refused(_export(project, pdf), tmp_path, "read-only")
    assert pdf.read_bytes() == b"%PDF-1.4 old"


def test_export_through_a_symlink_replaces_the_file_it_points_at(project, tmp_path):
    real = tmp_path / "real.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    result = _export(project, link)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and real.read_bytes().startswith(b"%PDF")
