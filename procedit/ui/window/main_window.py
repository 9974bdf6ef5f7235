"""The main window: canvas in the centre, docks, menus, toolbar, status bar, files."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from procedit.commands import AddElements, Change, Document, History, SetFields, SetMapFields, copy_map
from procedit.model import Lane, MapKind, Process, Project
from procedit.ui import icons, settings
from procedit.ui.canvas import notes
from procedit.ui.canvas.fit import fit_all, fit_boxes
from procedit.ui.canvas.scene import MapScene
from procedit.ui.canvas.style import snap
from procedit.ui.canvas.view import MapView
from procedit.ui.dialogs.rule_settings import edit_rule_settings
from procedit.ui.docks.document_panels import DocumentPanels
from procedit.ui.docks.maps_dock import MapsPanel
from procedit.ui.undo import UndoAdapter
from procedit.ui.window.actions import Actions, build_menus, build_toolbar
from procedit.ui.window.compare import CompareController
from procedit.ui.window.control import ControlUi
from procedit.ui.window.files import FilesMixin, new_project
from procedit.ui.window.find import FindBar
from procedit.ui.window.levels import LevelControl
from procedit.ui.window.maps import MapSwitcher
from procedit.ui.window.navigation import Navigator
from procedit.ui.window.presentation import Presentation
from procedit.ui.window.printing import print_with_preview
from procedit.ui.window.safety import DocumentSafety


class MainWindow(FilesMixin, QMainWindow):
    def __init__(
        self, path: str | None = None, *, persist: bool = True, lang: str = "ru", quiet: bool = False
    ):
        super().__init__()
        self.setObjectName("main_window")
        self.persist = persist  # remember geometry and recent files (off for --screenshot)
        self.quiet = quiet  # errors go to stderr instead of a message box (--screenshot)
        self.last_error = ""
        self.last_import_summary = ""  # what the last BPMN import made and left out
        self.register_dialog = None  # the register import's preview while it is open
        self.import_question = None  # File ▸ Import's "add to this project or open as new" while asked
        self.lang = lang
        self.path: str | None = None
        self.doc: Document | None = None
        self.undo_stack: UndoAdapter | None = None
        self.scene: MapScene | None = None
        self.panels: DocumentPanels | None = None
        self.maps_panel: MapsPanel | None = None
        self.safety: DocumentSafety | None = None
        self._unsubscribe_doc = None
        self.undo_group = QUndoGroup(self)

        self.view = MapView()
        self.view.setObjectName("map_view")
        self.find_bar = FindBar()
        self.find_bar.setObjectName("find_bar")
        self.find_bar.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.find_bar)
        self.setCentralWidget(central)

        self.actions = Actions(self)
        self.presentation = Presentation(self)
        self.menus = build_menus(self, self.actions)
        self.toolbar, self.map_combo = build_toolbar(self, self.actions)
        self.maps = MapSwitcher(self, self.map_combo, self.menus["switch_map"], self.actions.map_group)
        self.levels = LevelControl(self, self.menus["map"])
        self.nav = Navigator(self)
        layout.insertWidget(0, self.nav.breadcrumbs)
        self.maps_dock = self._dock("maps_dock", self.tr("Maps"), Qt.DockWidgetArea.LeftDockWidgetArea)
        self.properties_dock = self._dock(
            "properties_dock", self.tr("Properties"), Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.problems_dock = self._dock(
            "problems_dock", self.tr("Problems"), Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.menus["panels"].addActions(
            [
                self.properties_dock.toggleViewAction(),
                self.problems_dock.toggleViewAction(),
                self.maps_dock.toggleViewAction(),
                self.toolbar.toggleViewAction(),
            ]
        )
        self.control = ControlUi(self)  # the Criteria dock, criteria marks, importing actuals
        self.menus["recent"].aboutToShow.connect(self._fill_recent_menu)
        self.compare = CompareController(self)  # Map ▸ Compare With…, the Changes dock, conflicts
        # the properties form runs the full height; problems sit under the canvas only
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setCorner(Qt.Corner.TopRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)

        self.problems_label = QLabel()
        self.zoom_label = QLabel()
        self.counts_label = QLabel()
        self.state_label = QLabel()
        for label in (self.problems_label, self.counts_label, self.zoom_label, self.state_label):
            self.statusBar().addPermanentWidget(label)
        self.view.zoomChanged.connect(self._show_zoom)
        self.view.contextRequested.connect(self._show_canvas_menu)
        self.canvas_menu: QMenu | None = None
        self.empty_hint = QLabel(
            self.tr("This map is empty.\nDouble-click the canvas or press Insert to add a process."),
            self.view.viewport(),
        )
        self.empty_hint.setObjectName("empty_hint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("QLabel { color: #607d8b; font-size: 16px; background: transparent; }")
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_hint.hide()
        self.view.viewport().installEventFilter(self)
        self.find_bar.hitChosen.connect(self.go_to)

        grid = settings.grid_visible() if persist else True
        self.actions.grid.setChecked(grid)
        self.view.set_grid_visible(grid)
        pref = settings.language_preference()
        for action in self.actions.language_actions():
            action.setChecked(action.data() == pref)
        self._default_size()
        self._default_docks()
        if persist:
            geometry, state = settings.window_state()
            if geometry is not None:
                self.restoreGeometry(geometry)
            if state is not None:
                self.restoreState(state)

        if path is None or not self.load(path):
            self.set_document(new_project(lang), None)

    def _default_size(self) -> None:
        """1400×900, or the screen's free area where that is smaller (a 1280×720 projector):
        a window bigger than its screen has its panels and status bar off the edge."""
        width, height = 1400, 900
        screen = self.screen()
        if screen is not None:
            free = screen.availableGeometry()
            if free.width() < width or free.height() < height:
                width, height = min(width, free.width()), min(height, free.height())
                self.move(free.topLeft())
        self.resize(width, height)

    def _default_docks(self) -> None:
        """The panels' first sizes. The properties form keeps the width its tables need (430)
        on any screen that allows it; the maps tree and the problems list give way on a small
        one: on a 1280×720 projector their fixed sizes (300 wide, 200 high) left the map a
        520×370 corner."""
        width, height = self.width(), self.height()
        maps = int(min(300, max(180, width * 0.17)))
        properties = 430 if width >= 1200 else int(min(430, max(280, width * 0.36)))
        problems = int(min(200, max(160, height * 0.25)))
        self.resizeDocks([self.properties_dock], [properties], Qt.Orientation.Horizontal)
        self.resizeDocks([self.problems_dock], [problems], Qt.Orientation.Vertical)
        self.resizeDocks([self.maps_dock], [maps], Qt.Orientation.Horizontal)

    def _dock(self, name: str, title: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
        self.addDockWidget(area, dock)
        return dock

    # ------------------------------------------------------------ document
    def set_document(self, project: Project, path: str | None, recovered_slot=None) -> None:
        """Show ``project`` (read from ``path``, or new when None) with a fresh undo history."""
        if not project.maps:
            project = project.with_(maps=new_project(project.language).maps)
        old_stack, old_scene, old_panels, old_maps = self.undo_stack, self.scene, self.panels, self.maps_panel
        if self._unsubscribe_doc is not None:
            self._unsubscribe_doc()
        if old_panels is not None:
            old_panels.detach()
        if old_maps is not None:
            old_maps.detach()
        self.doc = Document(project)
        self.undo_stack = UndoAdapter(History(self.doc), self)
        doc = self.doc
        self.undo_stack.prepare = lambda command: fit_boxes(doc, command)  # boxes grow to their names
        self.undo_group.addStack(self.undo_stack)
        self.undo_group.setActiveStack(self.undo_stack)
        self.undo_stack.modifiedChanged.connect(self._on_modified)
        self.undo_stack.refused.connect(self._on_refused)
        self.path = path
        self._attach_safety(recovered_slot)
        map_id = project.maps[0].id
        self.scene = MapScene(self.doc, self.undo_stack.push, map_id, self)
        self._unsubscribe_doc = self.doc.subscribe(self._on_change)
        self.scene.selectedIdsChanged.connect(self._on_selection)
        self.scene.subMapRequested.connect(self.nav.open_submap)
        self.view.setScene(self.scene)
        self.scene.set_badges_visible(self.actions.badges.isChecked())
        self.presentation.map_changed()
        self.panels = DocumentPanels(self, self.scene, self.doc, self.undo_stack.push, self.lang)
        self.panels.set_project_path(path)
        self.panels.countsChanged.connect(self._show_problem_counts)
        self.properties_dock.setWidget(self.panels.properties)
        self.problems_dock.setWidget(self.panels.problems)
        self.maps_panel = MapsPanel(self.doc, self.undo_stack.push, self.panels.validator)
        self.maps_panel.mapActivated.connect(self.switch_map)
        self.maps_panel.processActivated.connect(self.show_element)
        self.maps_panel.set_menu_actions(
            [
                self.nav.new_map_action,
                self.nav.duplicate_map_action,
                self.actions.rename_map,
                self.nav.delete_map_action,
            ]
        )
        self.maps_dock.setWidget(self.maps_panel)
        self.control.attach(self.panels)
        if old_stack is not None:
            self.undo_group.removeStack(old_stack)
            old_stack.detach()
            old_stack.deleteLater()
        if old_scene is not None:
            old_scene.deleteLater()
        if old_panels is not None:
            old_panels.properties.deleteLater()
            old_panels.problems.deleteLater()
            old_panels.deleteLater()
        if old_maps is not None:
            old_maps.deleteLater()
        self.maps.rebuild(self.doc, map_id)
        self.maps_panel.select(map_id)
        self.nav.reset(map_id)
        self.find_bar.set_target(self.doc, map_id)
        # the counts arrive with the deferred first validation (countsChanged): asking for them
        # here would validate the whole map before the first frame (~0.3-0.9 s at 5,000 processes)
        self._update_title()
        self._update_status()
        self.view.fit_map()
        self._show_zoom(self.view.zoom)
        self.view.setFocus()  # keys (Insert, arrows, Delete) act on the map from the start
        self.compare.document_set()

    @property
    def map_id(self) -> str:
        assert self.scene is not None
        return self.scene.map_id

    def push(self, command) -> None:
        assert self.undo_stack is not None
        self.undo_stack.push(command)

    def is_modified(self) -> bool:
        return self.undo_stack is not None and self.undo_stack.is_modified()

    def _on_refused(self, error) -> None:
        """An edit beyond the project's limits was refused (nothing changed): say why."""
        QApplication.beep()
        text = self.tr("Not changed: %1").replace("%1", error.message(self.lang))
        self.statusBar().showMessage(text, 10000)

    def _on_change(self, change: Change) -> None:
        if self.doc is None:
            return
        self.nav.on_change(change)
        if change.maps:
            current = self.map_id if self.doc.has_map(self.map_id) else None
            if current is None:
                current = self.doc.map_ids()[0] if self.doc.map_ids() else None
                if current is not None:
                    self.switch_map(current)
            self.maps.rebuild(self.doc, current)
        if not self.find_bar.isHidden():  # hidden: it searches again when opened
            self.find_bar.refresh()
        self._update_status()

    def _on_modified(self, _modified: bool) -> None:
        self._update_title()
        self._update_status()

    def _on_selection(self, ids: list) -> None:
        if self.panels is not None:
            self.panels.show_selection(self.map_id, list(ids))

    # ------------------------------------------------------------ maps
    def switch_map(self, map_id: str) -> None:
        if self.scene is None or self.doc is None or not self.doc.has_map(map_id):
            return
        if map_id != self.scene.map_id:
            self.scene.set_map(map_id)
            self.view.fit_map()
        self.maps.select(map_id)
        self.compare.map_switched()
        self.find_bar.set_target(self.doc, map_id)
        if self.panels is not None:
            self.panels.set_map(map_id)
        if self.maps_panel is not None:
            self.maps_panel.select(map_id)
        self.nav.visited(map_id)
        self._update_status()

    def show_element(self, map_id: str, elem_id: str) -> None:
        """Go to an element named by a panel (a problem, the owner's view)."""
        if self.doc is not None and self.doc.has_map(map_id):
            self.switch_map(map_id)
            self.go_to(elem_id)

    def new_to_be_map(self) -> None:
        assert self.doc is not None
        command = copy_map(self.doc, self.map_id, kind=MapKind.TO_BE, name=self._to_be_name())
        command.label = self.tr("New TO BE map")
        self.push(command)
        self.switch_map(command.pmap.id)

    def _to_be_name(self) -> str:
        """ "Маркетинг — AS IS" → "Маркетинг — TO BE"; else "NAME (TO BE)"; never a name in use."""
        name = self.doc.map_header(self.map_id).name.strip()
        base = name.replace("AS IS", "TO BE") if "AS IS" in name else f"{name} (TO BE)".lstrip()
        taken = {self.doc.map_header(m).name for m in self.doc.map_ids()}
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base} {n}", n + 1
        return candidate

    def edit_rule_settings(self) -> None:
        """Map ▸ Validation Rules: one undoable change of the project's rule settings."""
        if self.doc is not None:
            edit_rule_settings(self, self.doc, self.push, lang=self.lang)

    def rename_map(self) -> None:
        assert self.doc is not None
        old = self.doc.map_header(self.map_id).name
        name, ok = QInputDialog.getText(self, self.tr("Rename Map"), self.tr("Map name:"), text=old)
        name = name.strip()
        if ok and name and name != old:
            self.push(SetMapFields(self.map_id, {"name": name}, label=self.tr("Rename map")))

    # ------------------------------------------------------------ canvas
    def scene_call(self, method: str, *args) -> None:
        if self.scene is not None:
            getattr(self.scene, method)(*args)

    def set_badges_visible(self, visible: bool) -> None:
        if self.scene is not None:
            self.scene.set_badges_visible(visible)

    def view_call(self, method: str) -> None:
        getattr(self.view, method)()

    def _insert_point(self):
        """Where a new box goes: under the mouse when it is over the map, else the view's centre."""
        at = self.view.pointer_scene_pos()
        return at if at is not None else self.view.mapToScene(self.view.viewport().rect().center())

    def paste(self) -> None:
        """Paste under the mouse when it is over the map, else beside the copied boxes."""
        if self.scene is not None:
            self.scene.paste(self.view.pointer_scene_pos())

    def _show_canvas_menu(self, global_pos, scene_pos) -> None:
        """The canvas's right-click menu: what can be done to the selection, or right there."""
        if self.scene is None:
            return
        scene, a = self.scene, self.actions
        if self.canvas_menu is not None and shiboken6.isValid(self.canvas_menu):
            self.canvas_menu.close()  # one menu at a time
        menu = QMenu(self)
        menu.setObjectName("canvas_menu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        selected = scene.selected_ids()
        if selected:
            if len(selected) == 1:
                rename = menu.addAction(self.tr("Rename"), scene.rename_selection)
                rename.setShortcut("F2")
                rename.setObjectName("rename_here")
            menu.addActions([a.cut, a.copy, a.duplicate, a.delete])
            menu.addSeparator()
            self.nav.extend_canvas_menu(menu, selected)  # open the sub-map, or decompose
            notes.extend_menu(menu, scene, selected)  # a note's colour
        paste = menu.addAction(self.tr("Paste Here"), lambda: scene.paste(scene_pos))
        paste.setObjectName("paste_here")
        if not selected:
            menu.addSeparator()
            add = menu.addAction(
                icons.add_process(), self.tr("Add Process Here"), lambda: self._add_at(scene_pos)
            )
            add.setObjectName("add_process_here")
            party = menu.addAction(
                icons.add_party(),
                self.tr("Add External Party Here"),
                lambda: self._add_at(scene_pos, party=True),
            )
            party.setObjectName("add_party_here")
            note = menu.addAction(self.tr("Add Note Here"), lambda: self._add_at(scene_pos, note=True))
            note.setObjectName("add_note_here")
        menu.addSeparator()
        menu.addActions([a.select_all, a.fit_map])
        self.canvas_menu = menu
        menu.popup(global_pos)

    def _add_at(self, scene_pos, party: bool = False, note: bool = False) -> None:
        """A new process (or external party, or note) centred on ``scene_pos``, named in place."""
        if self.scene is not None:
            self.view.setFocus()
            if note:
                self.scene.add_note_at(scene_pos)
            else:
                (self.scene.add_party_at if party else self.scene.add_process_at)(scene_pos)

    def add_process(self) -> None:
        """A new process at the mouse (or the view's centre), named in place (Enter adds it)."""
        self._add_at(self._insert_point())

    def add_party(self) -> None:
        self._add_at(self._insert_point(), party=True)

    def add_note(self) -> None:
        """A note at the mouse (or the view's centre), its text typed in place (Enter adds it)."""
        self._add_at(self._insert_point(), note=True)

    def add_lane(self) -> None:
        """A department lane under the last one (the first one across the top of the boxes)."""
        if self.scene is None or self.scene.map_id is None:
            return
        map_id = self.scene.map_id
        lanes = list(self.doc.elements(map_id, "lanes"))
        if lanes:
            top = max(lane.y + lane.height for lane in lanes)
        else:
            boxes = self.scene.model_bounds()
            top = snap((boxes.top() if boxes is not None else 0.0) - 40)
        name = self.tr("Lane %1").replace("%1", str(len(lanes) + 1))
        lane = Lane(name=name, y=top, height=200.0)
        self.push(AddElements(map_id, [lane], label=self.tr("Add lane")))
        self.scene.select_ids([lane.id])
        self.view.ensureVisible(self.scene.lane_span()[0], top, 400, 200)

    def go_to(self, elem_id: str) -> None:
        """Select ``elem_id`` and centre the view on it."""
        if self.scene is None:
            return
        self.scene.select_ids([elem_id])
        item = self.scene.item_for(elem_id)
        if item is not None:
            self.view.centerOn(item)

    def show_find(self) -> None:
        self.find_bar.open_bar()

    def find_next(self) -> None:
        if self.find_bar.isHidden():
            self.find_bar.open_bar()
        self.find_bar.find_next()

    def set_grid_visible(self, visible: bool) -> None:
        self.view.set_grid_visible(visible)
        if self.persist:
            settings.set_grid_visible(visible)

    def set_full_screen(self, on: bool) -> None:
        if not on and self.presentation.active:
            self.presentation.set_active(False)  # (leaving full screen leaves the presentation)
        self.showFullScreen() if on else self.showNormal()

    def set_presentation(self, on: bool) -> None:
        self.presentation.set_active(on)

    def set_legend_visible(self, on: bool) -> None:
        self.view.legend.set_shown(on)

    def print_map(self) -> None:
        print_with_preview(self, self.scene, self.doc.map(self.map_id).name)

    def fit_boxes_to_names(self) -> None:
        changes = fit_all(self.doc, self.map_id)
        if changes:
            self.push(SetFields(changes, self.tr("Fit boxes to names")))
        else:
            self.statusBar().showMessage(self.tr("Every name already fits its box."), 4000)

    def set_language(self, code: str) -> None:
        settings.set_language_preference(code)
        self.statusBar().showMessage(self.tr("The language changes when procedit is started again."), 8000)

    def export_regulation(self, process_code: str | None = None) -> str | None:
        """File ▸ Export Regulation: the PDF of this map (or of one process)."""
        from procedit.ui.dialogs.regulation_dialog import export_regulation_interactive

        if self.doc is None:
            return None
        folder = str(Path(self.path).parent) if self.path else None
        return export_regulation_interactive(
            self, self.doc.project, self.map_id, process_code, folder=folder, source=self.path
        )

    def export_documents(self) -> str | None:
        """File ▸ Export Job Instruction or Department Regulation: the chooser of the three kinds."""
        from procedit.ui.dialogs.documents_dialog import export_documents_interactive

        if self.doc is None:
            return None
        folder = str(Path(self.path).parent) if self.path else None
        return export_documents_interactive(
            self, self.doc.project, self.map_id, folder=folder, source=self.path, kind="job-instruction"
        )

    def export_job_instructions(self) -> str | None:
        """File ▸ Export All Job Instructions to a Folder: one file per position."""
        from procedit.ui.dialogs.documents_dialog import export_all_interactive

        if self.doc is None:
            return None
        folder = str(Path(self.path).parent) if self.path else None
        return export_all_interactive(self, self.doc.project, folder=folder, source=self.path)

    def export_process_regulation(self) -> str | None:
        ids = self.scene.selected_ids() if self.scene is not None else []
        processes = [e for e in map(self.doc.get, ids) if isinstance(e, Process)] if self.doc else []
        if len(processes) != 1 or not processes[0].code.strip():
            QMessageBox.information(
                self,
                self.tr("Export Process Regulation"),
                self.tr("Select one process that has a code (for example P1) to export its regulation."),
            )
            return None
        return self.export_regulation(processes[0].code.strip())

    def export_image(self) -> None:
        from procedit.ui.dialogs.export_dialog import export_image_dialog

        export_image_dialog(self)

    def import_data(self, path: str | None = None) -> bool:
        """File ▸ Import: a BPMN model (a new project) or a process register (into this map)."""
        from procedit.ui.dialogs.interchange_dialog import import_dialog

        return import_dialog(self, path)

    def export_data(self, path: str | None = None) -> str | None:
        """File ▸ Export Data: BPMN 2.0 or an Excel workbook."""
        from procedit.ui.dialogs.interchange_dialog import export_dialog

        return export_dialog(self, path)

    def publish_portal(self):
        """File ▸ Publish Portal: the project as a static site for staff (see portal_dialog)."""
        from procedit.ui.dialogs.portal_dialog import publish_portal_interactive

        return publish_portal_interactive(self, self.doc.project, self.path) if self.doc else None

    # ------------------------------------------------------------ title and status
    def _display_name(self) -> str:
        return Path(self.path).name if self.path else self.tr("Untitled")

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self._display_name()}[*] — procedit")
        self.setWindowModified(self.is_modified())

    def _update_status(self) -> None:
        if self.doc is None or self.scene is None or not self.doc.has_map(self.map_id):
            return
        n_proc = sum(1 for _ in self.doc.processes(self.map_id))
        n_links = sum(1 for _ in self.doc.links(self.map_id))
        self.counts_label.setText(
            self.tr("Processes: %1   Links: %2").replace("%1", str(n_proc)).replace("%2", str(n_links))
        )
        if self.is_modified():
            state = self.tr("Modified")
        elif self.path is None:
            state = self.tr("New file")
        else:
            state = self.tr("Saved")
        self.state_label.setText(state)
        self.levels.refresh()
        empty = not n_proc and next(iter(self.doc.parties(self.map_id)), None) is None
        self.empty_hint.setVisible(empty)
        if empty:
            self._place_hint()

    def _place_hint(self) -> None:
        self.empty_hint.resize(self.view.viewport().size())
        self.empty_hint.move(0, 0)

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.view.viewport()
            and event.type() == QEvent.Type.Resize
            and not self.empty_hint.isHidden()
        ):
            self._place_hint()
        return super().eventFilter(watched, event)

    def _show_problem_counts(self, errors: int, warnings: int, infos: int) -> None:
        self.problems_label.setText(
            self.tr("Errors: %1   Warnings: %2").replace("%1", str(errors)).replace("%2", str(warnings))
        )

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)} %")

    # ------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        if self.persist:
            settings.save_window_state(*self.presentation.window_layout())
        self._close_safety()
        event.accept()
