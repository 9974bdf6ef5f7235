"""Going through the tree of maps, and changing it: the window's map and decomposition verbs.

- Back / Forward (Alt+Left / Alt+Right) through the maps visited; Up to the parent map (Alt+Up),
  with the process the shown map details selected and in view; Open Sub-map (Ctrl+Enter on the
  map, the decomposed mark on a box, or the right-click menu).
- Map ▸ New Blank Map, Duplicate Map (with its sub-maps), Delete Map (with its sub-maps, after
  a question; one undo step brings all of it back).
- Map ▸ Decompose Process, Decompose as Cross-Functional Procedure, Stages to Sub-processes,
  Sub-processes to Stages: one command each (``procedit.commands.decompose``).
- After an undo or redo that changed another map than the shown one, that map is shown with the
  changed elements selected (``follow``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QStyle

from procedit.commands import Change, delete_map, duplicate_map, new_map
from procedit.commands.decompose import (
    decompose,
    stages_to_subprocesses,
    subprocesses_to_stages,
)
from procedit.commands.hierarchy import ancestry, descendants, parent_of
from procedit.model import MapKind, Process
from procedit.ui.window.breadcrumbs import BreadcrumbBar

if TYPE_CHECKING:
    from procedit.ui.window.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Navigator", text)


class Navigator(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self._past: list[str] = []
        self._future: list[str] = []
        self._current: str | None = None
        self._parent_of_current: str | None = None
        style = window.style()
        SP = QStyle.StandardPixmap

        def make(name, text, slot, shortcuts=(), icon=None, canvas=False, tip=""):
            action = QAction(text, window)
            action.setObjectName(name)
            if shortcuts:
                action.setShortcuts([QKeySequence(s) for s in shortcuts])
            if icon is not None:
                action.setIcon(style.standardIcon(icon))
            if tip:
                action.setStatusTip(tip)
                action.setToolTip(tip)
            action.triggered.connect(lambda _c=False: slot())
            if canvas:  # acts on the selection: only while the map has the focus
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                window.view.addAction(action)
            else:
                window.addAction(action)
            setattr(self, f"{name}_action", action)
            return action

        make("back", tr("&Back"), self.go_back, ["Alt+Left"], SP.SP_ArrowBack, tip=tr("The map shown before"))
        make(
            "forward",
            tr("&Forward"),
            self.go_forward,
            ["Alt+Right"],
            SP.SP_ArrowForward,
            tip=tr("The next map"),
        )
        make(
            "go_up",
            tr("&Up to Parent Map"),
            self.go_up,
            ["Alt+Up"],
            SP.SP_ArrowUp,
            tip=tr("The map of the process this map details"),
        )
        make(
            "open_submap",
            tr("&Open Sub-map"),
            self.open_submap,
            ["Ctrl+Return", "Ctrl+Enter"],
            canvas=True,
            tip=tr("Open the map the selected process is decomposed into"),
        )
        make(
            "decompose",
            tr("&Decompose Process"),
            lambda: self.decompose(),
            tip=tr(
                "Make a map of the selected process's sub-processes, starting with its suppliers and consumers"
            ),
        )
        make(
            "decompose_procedure",
            tr("Decompose as Cross-Functional &Procedure"),
            lambda: self.decompose(procedure=True),
            tip=tr("Make a sub-map with a lane per department and the process's stages as boxes"),
        )
        make("stages_to_sub", tr("S&tages to Sub-processes"), self.stages_to_subprocesses)
        make("sub_to_stages", tr("Sub-processes to Sta&ges"), self.subprocesses_to_stages)
        make("new_map", tr("New &Blank Map"), self.new_map)
        make("duplicate_map", tr("D&uplicate Map"), self.duplicate_map)
        make("delete_map", tr("Delete &Map…"), self.delete_map)
        self.breadcrumbs = BreadcrumbBar(self.back_action, self.forward_action)
        self.breadcrumbs.crumbClicked.connect(self._crumb)
        self._build_menus()
        self._update_actions()

    def _build_menus(self) -> None:
        menus = self.window.menus
        view = menus["view"]
        go = QMenu(tr("&Go"), view)
        go.setObjectName("go_menu")
        go.addActions([self.back_action, self.forward_action, self.go_up_action, self.open_submap_action])
        view.insertMenu(view.actions()[0], go)
        view.insertSeparator(view.actions()[1])
        m = menus["map"]
        after = menus["switch_map"].menuAction()
        actions = m.actions()
        anchor = actions[actions.index(after) + 1] if after in actions and actions[-1] is not after else None
        sub = QMenu(tr("Dec&omposition"), m)
        sub.setObjectName("decomposition_menu")
        sub.addActions([self.decompose_action, self.decompose_procedure_action, self.open_submap_action])
        sub.addSeparator()
        sub.addActions([self.stages_to_sub_action, self.sub_to_stages_action])
        for action in (self.new_map_action, self.duplicate_map_action, self.delete_map_action):
            m.insertAction(anchor, action)
        m.insertSeparator(anchor)
        m.insertMenu(anchor, sub)
        m.insertSeparator(anchor)
        self.decomposition_menu = sub

    # ------------------------------------------------------------ where we are
    def visited(self, map_id: str) -> None:
        """The window shows ``map_id`` now (any way it got there)."""
        if map_id != self._current:
            if self._current is not None:
                self._past.append(self._current)
                del self._past[:-100]
            self._future.clear()
            self._current = map_id
        self.refresh()

    def reset(self, map_id: str | None) -> None:
        """A new document: no history."""
        self._past.clear()
        self._future.clear()
        self._current = map_id
        self.refresh()

    def refresh(self) -> None:
        doc = self.window.doc
        if doc is None:
            return
        current = self._current if self._current and doc.has_map(self._current) else None
        self.breadcrumbs.show_path(doc, current)
        up = parent_of(doc, current) if current else None
        self._parent_of_current = up[0] if up else self._parent_of_current
        self._update_actions()

    def _update_actions(self) -> None:
        doc = self.window.doc
        alive = [m for m in self._past if doc is not None and doc.has_map(m)]
        self.back_action.setEnabled(bool(alive))
        self.forward_action.setEnabled(any(doc is not None and doc.has_map(m) for m in self._future))
        self.go_up_action.setEnabled(
            doc is not None
            and self._current is not None
            and doc.has_map(self._current)
            and parent_of(doc, self._current) is not None
        )

    def _go(self, map_id: str, select: str | None = None) -> None:
        self._current = map_id  # not a new visit: history stays as it is
        self.window.switch_map(map_id)
        if select:
            self.window.go_to(select)
        self.refresh()

    def go_back(self) -> None:
        self._step(self._past, self._future)

    def go_forward(self) -> None:
        self._step(self._future, self._past)

    def _step(self, source: list[str], other: list[str]) -> None:
        """To the last map of ``source`` still there (back: the past; forward: the future); the
        map shown now goes onto ``other``."""
        doc = self.window.doc
        while source:
            target = source.pop()
            if doc is not None and doc.has_map(target):
                if self._current is not None:
                    other.append(self._current)
                self._go(target)
                return

    def go_up(self) -> None:
        doc = self.window.doc
        if doc is None or self.window.scene is None:
            return
        up = parent_of(doc, self.window.map_id)
        if up is not None:
            self.window.switch_map(up[0])
            self.window.go_to(up[1])

    def _crumb(self, map_id: str, down: str) -> None:
        if self.window.doc is not None and self.window.doc.has_map(map_id) and map_id != self.window.map_id:
            self.window.switch_map(map_id)
            if down:
                self.window.go_to(down)

    # ------------------------------------------------------------ the selected process
    def _process(self) -> Process | None:
        """The one process selected on the map (None, with a word in the status bar, otherwise)."""
        w = self.window
        ids = w.scene.selected_ids() if w.scene is not None else []
        found = [e for e in map(w.doc.get, ids) if isinstance(e, Process)] if w.doc is not None else []
        if len(found) != 1:
            w.statusBar().showMessage(tr("Select one process first."), 5000)
            return None
        return found[0]

    def open_submap(self, process_id: str | None = None) -> None:
        w = self.window
        p = w.doc.get(process_id) if process_id and w.doc is not None else self._process()
        if not isinstance(p, Process):
            return
        if p.subprocess_map_id and w.doc.has_map(p.subprocess_map_id):
            w.switch_map(p.subprocess_map_id)
        else:
            w.statusBar().showMessage(
                tr("“%1” is not decomposed: Map ▸ Decomposition ▸ Decompose Process makes its map.").replace(
                    "%1", f"{p.code} {p.name}".strip()
                ),
                8000,
            )

    def decompose(self, procedure: bool = False) -> None:
        w = self.window
        p = self._process()
        if p is None:
            return
        if p.subprocess_map_id and w.doc.has_map(p.subprocess_map_id):
            w.switch_map(p.subprocess_map_id)
            return
        label = tr("Decompose as procedure") if procedure else tr("Decompose process")
        command = decompose(w.doc, p.id, procedure=procedure, label=label)
        w.push(command)
        w.switch_map(w.doc.get(p.id).subprocess_map_id)

    def stages_to_subprocesses(self) -> None:
        w = self.window
        p = self._process()
        if p is None:
            return
        if not p.stages:
            w.statusBar().showMessage(tr("The process has no stages."), 5000)
            return
        if not (p.subprocess_map_id and w.doc.has_map(p.subprocess_map_id)):
            w.push(decompose(w.doc, p.id, procedure=True, label=tr("Stages to sub-processes")))
        else:
            w.push(stages_to_subprocesses(w.doc, p.id, label=tr("Stages to sub-processes")))
        w.switch_map(w.doc.get(p.id).subprocess_map_id)

    def subprocesses_to_stages(self) -> None:
        w = self.window
        p = self._process()
        if p is None:
            return
        sub = p.subprocess_map_id
        if not (sub and w.doc.has_map(sub)) or next(w.doc.processes(sub), None) is None:
            w.statusBar().showMessage(tr("The process has no sub-map with processes."), 5000)
            return
        w.push(subprocesses_to_stages(w.doc, p.id, label=tr("Sub-processes to stages")))
        w.statusBar().showMessage(tr("The stages of the process follow its sub-map now."), 5000)

    # ------------------------------------------------------------ maps
    def new_map(self) -> None:
        w = self.window
        kind = w.doc.map_header(w.map_id).kind if w.scene is not None else MapKind.AS_IS
        command = new_map(w.doc, tr("New map"), kind, label=tr("New map"))
        w.push(command)
        w.switch_map(command.pmap.id)
        if w.maps_panel is not None:
            w.maps_panel.rename(command.pmap.id)

    def duplicate_map(self, map_id: str | None = None) -> None:
        w = self.window
        map_id = map_id or w.map_id
        name = tr("%1 (copy)").replace("%1", w.doc.map_header(map_id).name)
        command = duplicate_map(w.doc, map_id, name, label=tr("Duplicate map"))
        w.push(command)
        w.switch_map(command.pmap.id)

    def delete_map(self, map_id: str | None = None, confirm: bool = True) -> bool:
        w = self.window
        doc = w.doc
        map_id = map_id or w.map_id
        below = descendants(doc, map_id)
        if len(below) + 1 >= len(doc.map_ids()):
            QMessageBox.information(
                w, tr("Delete Map"), tr("A project keeps at least one map: add another map first.")
            )
            return False
        if confirm:
            name = doc.map_header(map_id).name or tr("(unnamed map)")
            text = tr("Delete the map “%1”?").replace("%1", name)
            if below:
                text += "\n" + tr("Its %n sub-map(s) will be deleted with it.").replace("%n", str(len(below)))
            text += "\n" + tr("Edit ▸ Undo brings it back.")
            answer = QMessageBox.question(w, tr("Delete Map"), text)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        up = parent_of(doc, map_id)
        w.push(delete_map(doc, map_id, label=tr("Delete map")))
        if up is not None and doc.has_map(up[0]):
            w.switch_map(up[0])
        return True

    # ------------------------------------------------------------ following the document
    def on_change(self, change: Change) -> None:
        self.follow(change)
        doc = self.window.doc
        if doc is None:
            return
        path = (
            {pid for _m, pid in ancestry(doc, self._current)}
            if self._current and doc.has_map(self._current)
            else set()
        )
        if change.maps or change.project or (path & change.ids) or self._current is None:
            self.refresh()

    def follow(self, change: Change) -> None:
        """After a change: when it touched elements of other maps only (an undo of an edit made
        there, say), show that map with the changed elements still there selected; when the
        shown map went away, show its parent (or the map of what the change touched)."""
        w = self.window
        doc = w.doc
        if doc is None or w.scene is None:
            return
        current = w.scene.map_id if w.scene.map_id is not None and doc.has_map(w.scene.map_id) else None
        touched = [m for m in change.element_maps if doc.has_map(m)]
        if current is not None and (not touched or current in change.element_maps):
            return
        if current is None:
            parent = self._parent_of_current
            target = parent if parent is not None and doc.has_map(parent) else None
            alive = [doc.map_of(i) for i in change.ids if doc.map_of(i) is not None]
            target = target or (alive[0] if alive else None)
        else:
            order = doc.map_ids()
            target = min(touched, key=order.index)
        if target is None:
            return
        w.switch_map(target)
        shown = [i for i in change.ids if doc.map_of(i) == target]
        if shown and w.scene is not None:
            w.scene.select_ids(shown)
            item = w.scene.item_for(shown[0])
            if item is not None:
                w.view.ensureVisible(item)

    def extend_canvas_menu(self, menu: QMenu, selected: list[str]) -> None:
        """The right-click menu on one process: open its sub-map, or decompose it."""
        doc = self.window.doc
        procs = [e for e in map(doc.get, selected) if isinstance(e, Process)] if doc is not None else []
        if len(procs) != 1 or len(selected) != 1:
            return
        p = procs[0]
        if p.subprocess_map_id and doc.has_map(p.subprocess_map_id):
            menu.addAction(self.open_submap_action)
            if p.stages:
                menu.addAction(self.stages_to_sub_action)
            menu.addAction(self.sub_to_stages_action)
        else:
            menu.addActions([self.decompose_action, self.decompose_procedure_action])
        menu.addSeparator()
