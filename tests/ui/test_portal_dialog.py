"""File ▸ Publish Portal: the folder is chosen (and remembered per project), the site and its
regulation PDFs are written in a worker thread behind a progress dialog that can cancel, a
folder of other files is never replaced, failures are one message, and the start page can be
opened in the browser."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from procedit.export.portal import MARKER
from procedit.ui.dialogs import portal_dialog
from procedit.ui.dialogs.background import run_job
from procedit.ui.dialogs.portal_dialog import PublishPortalDialog


def _when_modal(kind, act, tries: int = 300) -> None:
    """Calls ``act(widget)`` once a modal widget of ``kind`` is up (the dialogs run modally)."""

    def poke(left: int = tries) -> None:
        w = QApplication.activeModalWidget()
        if isinstance(w, kind) and w.isVisible():
            act(w)
        elif left:
            QTimer.singleShot(20, lambda: poke(left - 1))

    QTimer.singleShot(0, poke)


def _publish_to(folder: Path, documents: bool | None = None, seen: dict | None = None):
    def act(d: PublishPortalDialog) -> None:
        if seen is not None:
            seen["folder"], seen["documents"] = d.folder.text(), d.documents.isChecked()
        d.folder.setText(str(folder))
        if documents is not None:
            d.documents.setChecked(documents)
        d.publish_button.click()

    _when_modal(PublishPortalDialog, act)


def _answers(monkeypatch, answer=QMessageBox.StandardButton.Open):
    said: dict[str, list[str]] = {"question": [], "warning": [], "information": []}
    for kind in said:
        reply = answer if kind == "question" else QMessageBox.StandardButton.Ok
        monkeypatch.setattr(
            QMessageBox, kind, staticmethod(lambda *a, _k=kind, _r=reply, **kw: said[_k].append(a[2]) or _r)
        )
    opened: list = []
    monkeypatch.setattr(portal_dialog.QDesktopServices, "openUrl", staticmethod(lambda u: opened.append(u) or True))
    return said, opened


def test_the_file_menu_offers_publish_portal(open_window):
    w = open_window()
    names = [a.objectName() for a in w.menus["file"].actions()]
    assert "publish_portal" in names
    assert names.index("export_data") < names.index("publish_portal")


def test_publish_writes_the_site_with_pdfs_offers_the_start_page_and_remembers(open_window, monkeypatch, tmp_path):
    from window_helpers import sample_project

    from procedit.model import Position

    project = sample_project()
    analyst = Position(name="Аналитик")  # held by the owner of П1: the portal publishes its job instruction
    people = (project.people[0].with_(position="", position_id=analyst.id), *project.people[1:])
    w = open_window(project.with_(positions=(analyst,), people=people))
    said, opened = _answers(monkeypatch)
    site = tmp_path / "портал"
    first: dict = {}
    _publish_to(site, seen=first)
    w.actions.publish_portal.trigger()

    assert Path(first["folder"]).parent == Path(w.path).parent  # suggested beside the project file
    assert first["documents"] is True  # regulation PDFs are on by default
    assert (site / "index.html").is_file() and (site / MARKER).is_file()
    pdfs = sorted((site / "docs").glob("*.pdf"))
    assert [p.name for p in pdfs if p.name.startswith("ji")] == ["ji1.pdf"]  # the job instruction too
    assert 'href="../docs/ji1.pdf"' in (site / "positions" / "q1.html").read_text(encoding="utf-8")
    assert len(pdfs) == len(w.doc.project.maps) + 1
    assert said["question"] and str(len(pdfs)) in said["question"][0] and str(site) in said["question"][0]
    assert [u.toLocalFile() for u in opened] == [str(site / "index.html")]

    again: dict = {}
    _publish_to(site, documents=False, seen=again)  # the second time: the folder is remembered
    w.actions.publish_portal.trigger()
    assert again == {"folder": str(site), "documents": True}
    assert not (site / "docs").exists()  # re-published without documents: the site was replaced
    seen: dict = {}
    _publish_to(site, seen=seen)
    w.actions.publish_portal.trigger()
    assert seen["documents"] is False  # the choice is remembered too


def test_a_folder_of_other_files_is_never_replaced(open_window, monkeypatch, tmp_path):
    w = open_window()
    said, _opened = _answers(monkeypatch, QMessageBox.StandardButton.Close)
    mine = tmp_path / "Документы"
    mine.mkdir()
    (mine / "диплом.docx").write_text("precious", encoding="utf-8")
    texts: list[str] = []

    def choose_another(box: QMessageBox) -> None:
        texts.append(box.text())
        other = next(b for b in box.buttons() if b.text() != box.buttons()[0].text())
        _when_modal(PublishPortalDialog, lambda d: d.reject())  # then give up in the dialog
        other.click()

    _publish_to(mine)
    _when_modal(QMessageBox, choose_another)
    assert w.publish_portal() is None
    assert "procedit" in texts[0] and str(mine) in texts[0]
    assert sorted(p.name for p in mine.iterdir()) == ["диплом.docx"]

    def publish_inside(box: QMessageBox) -> None:
        box.buttons()[0].click()  # "Publish into “… — portal”"

    _publish_to(mine)
    _when_modal(QMessageBox, publish_inside)
    result = w.publish_portal()
    assert result is not None and result.directory.parent == mine
    assert (mine / "диплом.docx").read_text(encoding="utf-8") == "precious"
    assert (result.directory / "index.html").is_file()
    assert len(said["question"]) == 1 and str(result.directory) in said["question"][0]


def test_cancel_keeps_the_earlier_portal_whole(open_window, monkeypatch, tmp_path):
    w = open_window()
    said, _opened = _answers(monkeypatch, QMessageBox.StandardButton.Close)
    site = tmp_path / "site"
    _publish_to(site, documents=False)
    w.publish_portal()
    before = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}

    real_writer = portal_dialog.regulation_pdf

    def slow_writer(project, map_id, path, lang, progress, cancel):
        deadline = time.monotonic() + 20
        while not cancel() and time.monotonic() < deadline:
            time.sleep(0.01)
        return real_writer(project, map_id, path, lang, progress, cancel)

    monkeypatch.setattr(portal_dialog, "regulation_pdf", slow_writer)
    _publish_to(site, documents=True)
    shown = []

    def cancel_when_shown(left: int = 500) -> None:
        bars = [p for p in w.findChildren(QProgressDialog) if p.isVisible()]
        if bars:
            shown.append(bars[0].labelText())
            bars[0].findChild(QPushButton).click()  # its Cancel button
        elif left:
            QTimer.singleShot(20, lambda: cancel_when_shown(left - 1))

    QTimer.singleShot(0, cancel_when_shown)
    assert w.publish_portal() is None
    assert shown, "the progress dialog was shown"
    assert len(said["information"]) == 1
    assert any(word in said["information"][0].lower() for word in ("cancelled", "отменена"))
    after = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site")) == []


def test_a_failure_is_one_message_and_no_traceback(open_window, monkeypatch, tmp_path):
    w = open_window()
    said, opened = _answers(monkeypatch)
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    _publish_to(blocker / "portal", documents=False)
    assert w.publish_portal() is None
    assert len(said["warning"]) == 1 and str(blocker) in said["warning"][0]
    assert "Traceback" not in said["warning"][0] and not opened


def test_run_job_reports_an_unexpected_error_by_type_and_text(qtbot):
    def job(progress, cancel):
        progress(50, 100)
        raise ValueError("bad value")

    outcome = run_job(None, "t", "l", job)
    assert not outcome.ok and outcome.error == "ValueError: bad value"
