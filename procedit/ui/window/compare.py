"""Comparing maps in the editor: Map ▸ Compare With…, Compare With Reference, the Changes dock,
the marks on the canvas, pairing, drafting a change-log entry, the reference library and the
merge conflicts a project brings along.

``CompareController(window)`` adds its actions to the window's File and Map menus and its dock
under the canvas. The window calls ``document_set()`` after a document is shown and
``map_switched()`` when another map is shown; the rest follows the document's changes.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFileDialog, QInputDialog, QMessageBox

from procedit.commands import AddMap, Change, SetMapFields, fresh_ids
from procedit.commands.maps import copied_from
from procedit.compare import MapDiff, diff_maps
from procedit.compare.changelog import draft_entry
from procedit.compare.library import new_from_reference, reference_models, save_to_library
from procedit.compare.names import Names
from procedit.compare.reference import ReferenceReport, compare_with_reference
from procedit.model import ChangeLogEntry, MapKind, Pairing, Project, own_document
from procedit.model.refs import Dropped, strip_refs
from procedit.storage import ProjectFileError, ProjectSaveError, load
from procedit.ui.canvas.compare_marks import CompareMarks
from procedit.ui.dialogs.conflicts_dialog import ConflictsDialog
from procedit.ui.docks.changes import ChangesPanel

if TYPE_CHECKING:
    from procedit.ui.window.main_window import MainWindow

REFRESH_MS = 250  # an edit's differences follow after the typing pauses


def tr(text: str) -> str:
    return QCoreApplication.translate("Compare", text)


class CompareController(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.other: Project | None = None  # the project holding the map compared with
        self.other_map_id: str | None = None
        self.other_label = ""
        self.in_project = False  # the other map is a map of this project (it follows edits)
        self.is_reference = False
        self.map_id: str | None = None  # the map being compared (the "new" side)
        self.diff: MapDiff | None = None
        self.report: ReferenceReport | None = None
        self.marks: CompareMarks | None = None
        self._other_findings: tuple | None = None  # (the other file's map, its findings)
        self._unsubscribe = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.panel = ChangesPanel(window.lang)
        self.dock = QDockWidget(tr("Changes"), window)
        self.dock.setObjectName("changes_dock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.problems_dock, self.dock)
        window.problems_dock.raise_()
        window.menus["panels"].addAction(self.dock.toggleViewAction())
        self.panel.elementActivated.connect(self.go_to)
        self.panel.otherActivated.connect(self.show_in_other_map)
        self.panel.draftRequested.connect(self.draft_change_log)
        self.panel.stopRequested.connect(self.stop)
        self.panel.pairRequested.connect(self.set_pair)
        self.panel.changePairRequested.connect(self.change_pair)
        self.panel.keepReferenceRequested.connect(self.add_reference_to_project)
        self._make_actions()

    def _make_actions(self) -> None:
        w = self.window

        def action(name: str, text: str, slot, tip: str = "") -> QAction:
            a = QAction(text, w)
            a.setObjectName(name)
            a.setStatusTip(tip)
            a.triggered.connect(lambda _checked=False: slot())
            setattr(self, f"{name}_action", a)
            return a

        new_ref = action(
            "new_from_reference",
            tr("New From &Reference Model…"),
            self.new_from_reference,
            tr("Start a project from a reference model of processes"),
        )
        w.menus["file"].insertAction(w.menus["recent"].menuAction(), new_ref)
        m = w.menus["map"]
        m.addSeparator()
        m.addAction(
            action(
                "compare_with",
                tr("&Compare With…"),
                self.choose_comparison,
                tr("Show what differs from another map of the project or of another file"),
            )
        )
        m.addAction(
            action(
                "compare_reference",
                tr("Compare With &Reference…"),
                self.choose_reference,
                tr("Which processes, criteria and hand-offs of a reference model the map lacks"),
            )
        )
        m.addAction(
            action("save_to_library", tr("Save Map to Reference &Library…"), self.save_map_to_library)
        )
        m.addAction(action("show_conflicts", tr("Merge &Conflicts…"), self.show_conflicts))

    # ------------------------------------------------------------ the window's hooks
    def document_set(self) -> None:
        """A document was shown (New, Open): forget the comparison, show its merge conflicts."""
        self.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
        doc = self.window.doc
        self._unsubscribe = doc.subscribe(self._on_change) if doc is not None else None
        self.marks = CompareMarks(self.window.scene) if self.window.scene is not None else None
        self._update_conflicts_action()
        if doc is not None and doc.header.conflicts and not self.window.quiet:
            QTimer.singleShot(0, self.show_conflicts)

    def map_switched(self) -> None:
        if self.diff is not None:
            self._mark()

    def _on_change(self, change: Change) -> None:
        self._update_conflicts_action()
        if self.diff is None:
            return
        doc = self.window.doc
        if self.map_id is not None and not doc.has_map(self.map_id):
            self.stop()
            return
        if self.in_project and self.other_map_id and not doc.has_map(self.other_map_id):
            self.stop()
            return
        self._timer.start()

    def _update_conflicts_action(self) -> None:
        doc = self.window.doc
        self.show_conflicts_action.setEnabled(doc is not None and bool(doc.header.conflicts))

    # ------------------------------------------------------------ starting and stopping
    def choose_comparison(self) -> None:
        """Map ▸ Compare With…: another map of this project, or a map of another file."""
        doc = self.window.doc
        here = self.window.map_id
        maps = [m for m in doc.map_ids() if m != here]
        labels = [doc.map_header(m).name or m for m in maps]
        another_file = tr("A map in another file…")
        choice, ok = QInputDialog.getItem(
            self.window,
            tr("Compare With"),
            tr("Compare the shown map with:"),
            [*labels, another_file],
            0,
            False,
        )
        if not ok:
            return
        if choice != another_file:
            self.compare_with_map(doc.project, maps[labels.index(choice)], f"«{choice}»", in_project=True)
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window, tr("Compare With a Map in Another File"), "", tr("procedit projects (*.procmap)")
        )
        if path:
            self._compare_with_file(path)

    def _compare_with_file(self, path: str, reference: bool = False) -> None:
        try:
            project = load(path)
        except ProjectFileError as e:
            QMessageBox.warning(self.window, tr("Compare With"), e.message(self.window.lang))
            return
        pmap = self._pick_map(project)
        if pmap is not None:
            name = project.map_by_id(pmap).name
            self.compare_with_map(project, pmap, f"«{name}» ({path})", reference=reference)

    def _pick_map(self, project: Project) -> str | None:
        if len(project.maps) == 1:
            return project.maps[0].id
        labels = [m.name or m.id for m in project.maps]
        choice, ok = QInputDialog.getItem(self.window, tr("Compare With"), tr("Which map?"), labels, 0, False)
        return project.maps[labels.index(choice)].id if ok else None

    def compare_with_map(
        self, project: Project, map_id: str, label: str, *, in_project: bool = False, reference: bool = False
    ) -> None:
        """Compare the shown map with ``map_id`` of ``project`` (the old side) and show the result."""
        self.other, self.other_map_id, self.other_label = project, map_id, label
        self.in_project, self.is_reference = in_project, reference
        self.map_id = self.window.map_id
        self.refresh()
        self.dock.show()
        self.dock.raise_()

    def stop(self) -> None:
        self._timer.stop()
        self.diff = self.report = None
        self.other = self.other_map_id = self.map_id = None
        if self.marks is not None:
            self.marks.clear()
        self.panel.show_diff(None)

    def refresh(self) -> None:
        doc = self.window.doc
        if self.other is None or self.map_id is None or doc is None:
            return
        project = doc.project
        other = project if self.in_project else self.other
        old, new = other.map_by_id(self.other_map_id), project.map_by_id(self.map_id)
        self.diff = diff_maps(other, old, project, new, known_findings=self._known_findings(other, old))
        self.report = compare_with_reference(other, old, project, new) if self.is_reference else None
        self.panel.show_diff(self.diff, self.other_label, self.report, self.in_project)
        self._mark()

    def _known_findings(self, other: Project, old) -> tuple[list | None, list | None]:
        """The findings at hand: the live validator's for maps of this document; a map of
        another file does not change, so its findings are computed once."""
        validator = getattr(self.window.panels, "validator", None)
        if validator is None:
            return None, None
        if self.in_project:
            before = validator.findings_for(self.other_map_id)
        else:
            if self._other_findings is None or self._other_findings[0] is not old:
                from procedit.compare.findings import findings_of

                self._other_findings = (old, findings_of(other, old))
            before = self._other_findings[1]
        return before, validator.findings_for(self.map_id)

    def _mark(self) -> None:
        if self.marks is None or self.diff is None:
            return
        self.marks.show(self.diff, reference=self.is_reference)

    # ------------------------------------------------------------ going to elements
    def go_to(self, side: str, elem_id: str) -> None:
        w = self.window
        if side == "this":
            if w.map_id != self.map_id and self.map_id is not None:
                w.switch_map(self.map_id)
            w.go_to(elem_id)
            return
        ghost = self.marks.ghosts.get(elem_id) if self.marks is not None else None
        if ghost is not None and w.map_id == self.map_id:
            w.scene.clearSelection()
            w.view.centerOn(ghost)
        elif self.in_project and w.map_id == self.other_map_id:
            w.go_to(elem_id)

    def show_in_other_map(self, elem_id: str) -> None:
        """Double-click: the element in the map compared with, when that map is in this project."""
        if self.in_project and self.other_map_id is not None:
            self.window.switch_map(self.other_map_id)
            self.window.go_to(elem_id)

    # ------------------------------------------------------------ editing
    def draft_change_log(self) -> None:
        """Add an entry summarising the differences to the change log of the map's document (the
        map's own; a map without one gets it, from the project's defaults): one undo step."""
        doc = self.window.doc
        map_id = self.window.map_id
        if self.diff is None or doc is None or not map_id or not doc.has_map(map_id):
            return
        own = own_document(doc.header, doc.map_header(map_id))
        log = own.change_log
        author = doc.header.person(own.passport.author_id)
        entry = ChangeLogEntry(
            number=max((c.number for c in log), default=0) + 1,
            date=dt.date.today(),
            description=draft_entry(
                self.diff, doc.header.language if doc.header.language in ("ru", "en") else "ru"
            ),
            author=author.name if author else "",
        )
        self.window.push(
            SetMapFields(
                map_id, {"document": own.with_(change_log=(*log, entry))}, label=tr("Draft change-log entry")
            )
        )
        self.window.scene.clearSelection()  # the properties dock shows the project and its change log
        self.window.statusBar().showMessage(
            tr("Change-log entry %1 drafted: edit it in the project's properties.").replace(
                "%1", str(entry.number)
            ),
            8000,
        )

    def set_pair(self, mine: str, theirs: str, paired: bool) -> None:
        """Confirm (``paired``) or break the pair of ``mine`` and ``theirs``: saved on the compared map."""
        doc = self.window.doc
        if self.map_id is None or doc is None:
            return
        kept = tuple(
            p
            for p in doc.map_header(self.map_id).pairings
            if p.mine != mine and (p.theirs != theirs or not paired)
        )
        label = tr("Confirm pair") if paired else tr("Break pair")
        new = (*kept, Pairing(mine=mine, theirs=theirs, paired=paired))
        self.window.push(SetMapFields(self.map_id, {"pairings": new}, label=label))
        self.refresh()

    def change_pair(self, mine: str) -> None:
        if self.diff is None:
            return
        candidates = list(self.diff.old.processes)
        labels = [Names.process(p) for p in candidates]
        choice, ok = QInputDialog.getItem(self.window, tr("Change Pair"), tr("Pair with:"), labels, 0, False)
        if ok:
            self.set_pair(mine, candidates[labels.index(choice)].id, True)

    # ------------------------------------------------------------ reference models
    def _choose_reference(self, title: str) -> Project | None:
        models = reference_models(self.window.lang)
        if not models:
            return None
        mine = tr("(my library)")
        labels = [m.name if m.builtin else f"{m.name} {mine}" for m in models]
        choice, ok = QInputDialog.getItem(self.window, title, tr("Reference model:"), labels, 0, False)
        if not ok:
            return None
        try:
            return load(models[labels.index(choice)].path)
        except ProjectFileError as e:
            QMessageBox.warning(self.window, title, e.message(self.window.lang))
            return None

    def new_from_reference(self) -> None:
        """File ▸ New From Reference Model: a new (unsaved) project whose map copies the model."""
        if not self.window.maybe_save():
            return
        reference = self._choose_reference(tr("New From Reference Model"))
        if reference is not None:
            self.window.set_document(new_from_reference(reference, self.window.lang), None)

    def choose_reference(self) -> None:
        reference = self._choose_reference(tr("Compare With Reference"))
        if reference is not None:
            self.compare_with_reference(reference)

    def compare_with_reference(self, reference: Project) -> None:
        pmap = reference.maps[0]
        self.compare_with_map(reference, pmap.id, f"«{pmap.name}»", reference=True)
        self.panel.tabs.setCurrentIndex(self.panel.tabs.indexOf(self.panel.reference_tab))

    def add_reference_to_project(self) -> None:
        """Keep the reference model compared with as a map of the project (kind ``reference``,
        one undo step); the comparison goes on with that map, the survey report uses it."""
        if not self.is_reference or self.in_project or self.other is None or self.map_id is None:
            return
        source = self.other.map_by_id(self.other_map_id)
        [copy], _ = fresh_ids([source], origin=copied_from)
        copy = copy.with_(kind=MapKind.REFERENCE, pairings=(), parent_process_id=None, source_map_id=None)
        known = {p.id for p in self.window.doc.header.people} | {
            d.id for d in self.window.doc.header.departments
        }
        try:
            copy = strip_refs(copy, _refs_outside(copy, known))
        except Dropped:  # pragma: no cover - a map holds no required reference to people
            return
        self.window.push(AddMap(copy, label=tr("Add reference map")))
        label = f"«{copy.name}»"
        self.compare_with_map(self.window.doc.project, copy.id, label, in_project=True, reference=True)

    def save_map_to_library(self) -> None:
        w = self.window
        name = w.doc.map_header(w.map_id).name
        name, ok = QInputDialog.getText(
            w, tr("Save Map to Reference Library"), tr("Name of the reference model:"), text=name
        )
        if not ok or not name.strip():
            return
        try:
            path = save_to_library(w.doc.project, w.map_id, name.strip())
        except (ProjectSaveError, OSError) as e:
            QMessageBox.warning(w, tr("Save Map to Reference Library"), str(e))
            return
        w.statusBar().showMessage(tr("Saved to the reference library: %1").replace("%1", str(path)), 8000)

    # ------------------------------------------------------------ merge conflicts
    def show_conflicts(self) -> None:
        doc = self.window.doc
        if doc is None or not doc.header.conflicts:
            return
        dialog = ConflictsDialog(doc, self.window.push, self.window)
        dialog.setModal(True)
        dialog.open()
        self.conflicts_dialog = dialog


def _refs_outside(pmap, known: set[str]) -> set[str]:
    """The people and departments a reference map names that this project does not have."""
    named = {p.owner_id for p in pmap.processes if p.owner_id}
    named |= {p.department_id for p in pmap.processes if p.department_id}
    named |= {c.responsible_id for p in pmap.processes for c in p.criteria if c.responsible_id}
    named |= {s.performer_id for p in pmap.processes for s in p.stages if s.performer_id}
    named |= {i for p in pmap.processes for i in p.participant_ids}
    named |= {lane.department_id for lane in pmap.lanes if lane.department_id}
    own = {e.id for e in (*pmap.processes, *pmap.parties)}
    named |= {i for p in pmap.processes for i in p.customer_ids if i not in own}
    return named - known
