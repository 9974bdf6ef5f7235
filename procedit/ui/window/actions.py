"""The main window's actions, menus and toolbar (texts translated, standard shortcuts)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QComboBox, QMenu, QStyle, QToolBar, QToolButton

from procedit.ui import icons
from procedit.ui.window import keys

if TYPE_CHECKING:
    from procedit.ui.window.main_window import MainWindow

SK = QKeySequence.StandardKey


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def auto_layout_in_view(window: MainWindow) -> None:
    """Map ▸ Auto-Layout, then the laid-out map in view: fitted when it no longer fits where it is."""
    scene = window.scene
    if scene is None:
        return
    scene.auto_layout()
    bounds = scene.model_bounds()
    view = window.view
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    if bounds is not None and not shown.contains(bounds):
        view.fit_map()


def _help(window: MainWindow, kind: str) -> None:
    from procedit.ui.dialogs.help import show

    show(window, kind)


class Actions(QObject):
    """Every action of the main window, by attribute name (``actions.save``, ...)."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        w = window
        style = w.style()
        SP = QStyle.StandardPixmap
        # every action's keys as declared: explicit sequences and Qt standard keys (see keys.py)
        self.key_specs: dict[str, list[SK | str]] = {}

        def make(
            name: str,
            text: str,
            slot: Callable[..., object] | None = None,
            shortcut: object = None,
            icon: QIcon | None = None,
            tip: str = "",
            checkable: bool = False,
            canvas: bool = False,
        ) -> QAction:
            action = QAction(text, w)
            action.setObjectName(name)
            if shortcut is not None:  # set by apply_keys once every action has declared its keys
                self.key_specs[name] = shortcut if isinstance(shortcut, list) else [shortcut]
            if icon is not None:
                action.setIcon(icon)
            if tip:
                action.setStatusTip(tip)
            action.setCheckable(checkable)
            if slot is not None:
                action.triggered.connect(lambda checked=False: slot(checked) if checkable else slot())
            if canvas:  # keys act on the map only while it has the focus (not in a panel's table)
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                w.view.addAction(action)
            else:
                w.addAction(action)  # shortcuts work even when a toolbar or menu is hidden
            setattr(self, name, action)
            return action

        # File
        make(
            "new",
            QCoreApplication.translate("Actions", "&New"),
            w.new_file,
            SK.New,
            style.standardIcon(SP.SP_FileIcon),
            QCoreApplication.translate("Actions", "Start a new project"),
        )
        make(
            "open",
            QCoreApplication.translate("Actions", "&Open…"),
            w.open_file,
            SK.Open,
            style.standardIcon(SP.SP_DialogOpenButton),
            QCoreApplication.translate("Actions", "Open a project file"),
        )
        make(
            "save",
            QCoreApplication.translate("Actions", "&Save"),
            w.save,
            SK.Save,
            style.standardIcon(SP.SP_DialogSaveButton),
            QCoreApplication.translate("Actions", "Save the project"),
        )
        make("save_as", QCoreApplication.translate("Actions", "Save &As…"), w.save_as, SK.SaveAs)
        make(
            "export_image",
            QCoreApplication.translate("Actions", "&Export Image (PNG, SVG)…"),
            w.export_image,
            "Ctrl+Shift+E",
        )
        make(
            "import_data",
            QCoreApplication.translate("Actions", "&Maps and Processes (BPMN, Excel, CSV)…"),
            w.import_data,
            tip=QCoreApplication.translate(
                "Actions",
                "Add the maps of a BPMN 2.0 model to this project or open it as a new one, or add "
                "processes from a register in Excel or CSV to this map",
            ),
        )
        make(
            "export_data",
            QCoreApplication.translate("Actions", "Export &Data (BPMN, Excel)…"),
            w.export_data,
            tip=QCoreApplication.translate(
                "Actions", "Write the maps as BPMN 2.0, or the register, criteria, RACI and findings as Excel"
            ),
        )
        make(
            "publish_portal",
            QCoreApplication.translate("Actions", "P&ublish Portal…"),
            w.publish_portal,
            tip=QCoreApplication.translate(
                "Actions", "Publish the project as a static site staff open in a browser from a file share"
            ),
        )
        make(
            "export_regulation",
            QCoreApplication.translate("Actions", "Export &Regulation (PDF, Word)…"),
            w.export_regulation,
            "Ctrl+E",
            tip=QCoreApplication.translate(
                "Actions", "Write the process regulation of this map as a PDF or a Word document"
            ),
        )
        make(
            "export_process_regulation",
            QCoreApplication.translate("Actions", "Export Regulation of the Selected &Process (PDF, Word)…"),
            w.export_process_regulation,
        )
        make(
            "export_documents",
            QCoreApplication.translate(
                "Actions", "Export Job Instruction or Department Regulation (PDF, Word)…"
            ),
            w.export_documents,
            tip=QCoreApplication.translate(
                "Actions", "Write the job instruction of a position or the regulation of a department"
            ),
        )
        make(
            "export_job_instructions",
            QCoreApplication.translate("Actions", "Export All &Job Instructions to a Folder…"),
            w.export_job_instructions,
            tip=QCoreApplication.translate(
                "Actions", "Write the job instruction of every position into a folder"
            ),
        )
        make(
            "print",
            QCoreApplication.translate("Actions", "&Print…"),
            w.print_map,
            SK.Print,
            tip=QCoreApplication.translate("Actions", "Print the map, on one page or tiled over several"),
        )
        make("quit", QCoreApplication.translate("Actions", "&Quit"), w.close, SK.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        # Edit (undo/redo come from the undo group: they carry the command's label)
        group = w.undo_group
        self.undo = group.createUndoAction(w, QCoreApplication.translate("Actions", "Undo"))
        self.undo.setObjectName("undo")
        self.key_specs["undo"] = [SK.Undo]
        self.undo.setIcon(icons.undo())
        self.redo = group.createRedoAction(w, QCoreApplication.translate("Actions", "Redo"))
        self.redo.setObjectName("redo")
        self.key_specs["redo"] = [SK.Redo]
        self.redo.setIcon(icons.redo())
        w.addAction(self.undo)
        w.addAction(self.redo)
        make(
            "cut",
            QCoreApplication.translate("Actions", "Cu&t"),
            lambda: w.scene_call("cut_selection"),
            SK.Cut,
            canvas=True,
        )
        make(
            "copy",
            QCoreApplication.translate("Actions", "&Copy"),
            lambda: w.scene_call("copy_selection"),
            SK.Copy,
            canvas=True,
        )
        make(
            "paste",
            QCoreApplication.translate("Actions", "&Paste"),
            w.paste,
            SK.Paste,
            canvas=True,
        )
        make(
            "duplicate",
            QCoreApplication.translate("Actions", "D&uplicate"),
            lambda: w.scene_call("duplicate_selection"),
            "Ctrl+D",
            canvas=True,
        )
        make(
            "delete",
            QCoreApplication.translate("Actions", "&Delete"),
            lambda: w.scene_call("delete_selection"),
            [SK.Delete, "Backspace"],  # X11's Delete is also Ctrl+D: that one stays Duplicate's
            canvas=True,
        )
        make(
            "select_all",
            QCoreApplication.translate("Actions", "Select &All"),
            lambda: w.scene_call("select_all"),
            SK.SelectAll,
            canvas=True,
        )
        make("find", QCoreApplication.translate("Actions", "&Find…"), w.show_find, SK.Find)
        make("find_next", QCoreApplication.translate("Actions", "Find &Next"), w.find_next, SK.FindNext)

        # View
        make(
            "zoom_in",
            QCoreApplication.translate("Actions", "Zoom &In"),
            lambda: w.view_call("zoom_in"),
            SK.ZoomIn,
            icons.zoom_in(),
        )
        make(
            "zoom_out",
            QCoreApplication.translate("Actions", "Zoom &Out"),
            lambda: w.view_call("zoom_out"),
            SK.ZoomOut,
            icons.zoom_out(),
        )
        make(
            "actual_size",
            QCoreApplication.translate("Actions", "&Actual Size"),
            lambda: w.view_call("actual_size"),
            "Ctrl+0",
        )
        make(
            "fit_map",
            QCoreApplication.translate("Actions", "&Fit Map"),
            lambda: w.view_call("fit_map"),
            "Ctrl+9",
            icons.fit_map(),
        )
        make(
            "grid",
            QCoreApplication.translate("Actions", "&Grid"),
            w.set_grid_visible,
            "Ctrl+'",
            checkable=True,
        )
        make(
            "full_screen",
            QCoreApplication.translate("Actions", "F&ull Screen"),
            w.set_full_screen,
            [SK.FullScreen, "F11"],  # F11 everywhere, once (the standard key is empty on plain X11)
            checkable=True,
        )

        make(
            "presentation",
            QCoreApplication.translate("Actions", "&Presentation Mode"),
            w.set_presentation,
            "F5",
            checkable=True,
            tip=QCoreApplication.translate(
                "Actions", "The map alone on the full screen, readable on a projector (Esc leaves)"
            ),
        )
        make(
            "legend",
            QCoreApplication.translate("Actions", "&Legend"),
            w.set_legend_visible,
            checkable=True,
            tip=QCoreApplication.translate("Actions", "Show what the box colours and line styles mean"),
        )

        # Map
        make(
            "add_process",
            QCoreApplication.translate("Actions", "Add &Process"),
            w.add_process,
            ["Ins", "P"],
            icons.add_process(),
            QCoreApplication.translate("Actions", "Add a process in the middle of the view"),
            canvas=True,
        )
        make(
            "add_party",
            QCoreApplication.translate("Actions", "Add External Pa&rty"),
            w.add_party,
            ["E"],
            icons.add_party(),
            QCoreApplication.translate("Actions", "Add a customer, supplier or other external party"),
            canvas=True,
        )
        make(
            "add_note",
            QCoreApplication.translate("Actions", "Add &Note"),
            w.add_note,
            ["N"],
            tip=QCoreApplication.translate(
                "Actions", "Drop a note on the map: free text for the workshop, left out of the regulation"
            ),
            canvas=True,
        )
        make(
            "add_lane",
            QCoreApplication.translate("Actions", "Add &Lane"),
            w.add_lane,
            tip=QCoreApplication.translate("Actions", "Add a department lane below the others"),
        )
        make(
            "auto_layout",
            QCoreApplication.translate("Actions", "Auto-&Layout"),
            lambda: auto_layout_in_view(w),
            "Ctrl+L",
            icons.auto_layout(),
            QCoreApplication.translate("Actions", "Arrange the processes of the map automatically"),
        )
        make(
            "new_to_be",
            QCoreApplication.translate("Actions", "New &TO BE Map from This Map"),
            w.new_to_be_map,
        )
        make(
            "fit_names",
            QCoreApplication.translate("Actions", "Fit Boxes to &Names"),
            w.fit_boxes_to_names,
            tip=QCoreApplication.translate("Actions", "Make every box of the map big enough for its name"),
        )
        make("rename_map", QCoreApplication.translate("Actions", "Re&name Map…"), w.rename_map, "Ctrl+R")
        make(
            "rule_settings",
            QCoreApplication.translate("Actions", "&Validation Rules…"),
            w.edit_rule_settings,
            tip=QCoreApplication.translate(
                "Actions", "Turn checks off or change their severity for this project"
            ),
        )
        make(
            "badges",
            QCoreApplication.translate("Actions", "Problem &Badges"),
            w.set_badges_visible,
            checkable=True,
            tip=QCoreApplication.translate("Actions", "Mark processes that have problems on the map"),
        )
        self.badges.setChecked(True)

        # Help
        make(
            "user_guide",
            QCoreApplication.translate("Actions", "&User Guide"),
            lambda: _help(w, "guide"),
            SK.HelpContents,
            tip=QCoreApplication.translate("Actions", "A short guide to procedit (works offline)"),
        )
        make(
            "shortcuts_help",
            QCoreApplication.translate("Actions", "&Keyboard Shortcuts"),
            lambda: _help(w, "shortcuts"),
            "Ctrl+/",
            tip=QCoreApplication.translate("Actions", "Every key of procedit, as it is on this computer"),
        )
        make("about", QCoreApplication.translate("Actions", "&About procedit"), lambda: _help(w, "about"))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.align_actions = []
        for edge, text in (
            ("left", QCoreApplication.translate("Actions", "Left Edges")),
            ("hcenter", QCoreApplication.translate("Actions", "Centres on a Vertical Line")),
            ("right", QCoreApplication.translate("Actions", "Right Edges")),
            ("top", QCoreApplication.translate("Actions", "Top Edges")),
            ("vcenter", QCoreApplication.translate("Actions", "Centres on a Horizontal Line")),
            ("bottom", QCoreApplication.translate("Actions", "Bottom Edges")),
        ):
            action = QAction(text, w)
            action.setObjectName(f"align_{edge}")
            action.triggered.connect(lambda _c=False, e=edge: w.scene_call("align", e))
            self.align_actions.append(action)
        self.distribute_actions = []
        for axis, text in (
            ("horizontal", QCoreApplication.translate("Actions", "Horizontally")),
            ("vertical", QCoreApplication.translate("Actions", "Vertically")),
        ):
            action = QAction(text, w)
            action.setObjectName(f"distribute_{axis}")
            action.triggered.connect(lambda _c=False, a=axis: w.scene_call("distribute", a))
            self.distribute_actions.append(action)
        self.map_group = QActionGroup(w)
        self.map_group.setExclusive(True)

        # Language (applies after a restart)
        self.language_group = QActionGroup(w)
        for code, label in (
            ("system", QCoreApplication.translate("Actions", "System Language")),
            ("ru", "Русский"),
            ("en", "English"),
        ):
            action = QAction(label, w)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: w.set_language(c))
            self.language_group.addAction(action)

        self.apply_keys()

    def apply_keys(self, bindings: keys.Bindings = keys.live_bindings) -> None:
        """Give every action its sequences on this platform (no sequence twice, see keys.expand)."""
        for name, sequences in keys.expand(self.key_specs, bindings).items():
            getattr(self, name).setShortcuts(keys.sequences(sequences))

    def language_actions(self) -> list[QAction]:
        return self.language_group.actions()


def build_menus(window: MainWindow, a: Actions) -> dict[str, QMenu]:
    bar = window.menuBar()
    menus: dict[str, QMenu] = {}

    m = menus["file"] = bar.addMenu(QCoreApplication.translate("Actions", "&File"))
    m.setObjectName("file_menu")
    m.addActions([a.new, a.open])
    recent = menus["recent"] = m.addMenu(QCoreApplication.translate("Actions", "Open &Recent"))
    recent.setObjectName("recent_menu")
    m.addSeparator()
    m.addActions([a.save, a.save_as])
    m.addSeparator()
    imports = menus["import"] = m.addMenu(QCoreApplication.translate("Actions", "&Import"))
    imports.setObjectName("import_menu")  # (File ▸ Import ▸ Criteria Actuals… is added by ControlUi)
    imports.menuAction().setObjectName("import_menu")
    imports.addAction(a.import_data)
    m.addSeparator()
    m.addActions(
        [a.export_regulation, a.export_process_regulation, a.export_documents, a.export_job_instructions]
    )
    m.addActions([a.export_image, a.export_data])
    m.addAction(a.publish_portal)
    m.addSeparator()
    m.addAction(a.print)
    m.addSeparator()
    m.addAction(a.quit)

    m = menus["edit"] = bar.addMenu(QCoreApplication.translate("Actions", "&Edit"))
    m.setObjectName("edit_menu")
    m.addActions([a.undo, a.redo])
    m.addSeparator()
    m.addActions([a.cut, a.copy, a.paste, a.duplicate, a.delete])
    m.addSeparator()
    m.addAction(a.select_all)
    m.addSeparator()
    m.addActions([a.find, a.find_next])

    m = menus["view"] = bar.addMenu(QCoreApplication.translate("Actions", "&View"))
    m.setObjectName("view_menu")
    m.addActions([a.zoom_in, a.zoom_out, a.actual_size, a.fit_map])
    m.addSeparator()
    m.addActions([a.grid, a.badges, a.legend])
    m.addSeparator()
    m.addActions([a.full_screen, a.presentation])
    m.addSeparator()
    menus["panels"] = m.addMenu(QCoreApplication.translate("Actions", "&Panels"))
    menus["panels"].setObjectName("panels_menu")
    lang = menus["language"] = m.addMenu(QCoreApplication.translate("Actions", "&Language"))
    lang.setObjectName("language_menu")
    lang.addActions(a.language_actions())

    m = menus["map"] = bar.addMenu(QCoreApplication.translate("Actions", "&Map"))
    m.setObjectName("map_menu")
    m.addActions([a.add_process, a.add_party, a.add_note, a.add_lane])
    m.addSeparator()
    m.addActions([a.auto_layout, a.fit_names])
    align = m.addMenu(QCoreApplication.translate("Actions", "Ali&gn"))
    align.setObjectName("align_menu")
    align.addActions(a.align_actions[:3])
    align.addSeparator()
    align.addActions(a.align_actions[3:])
    distribute = m.addMenu(QCoreApplication.translate("Actions", "&Distribute"))
    distribute.setObjectName("distribute_menu")
    distribute.addActions(a.distribute_actions)
    m.addSeparator()
    switch = menus["switch_map"] = m.addMenu(QCoreApplication.translate("Actions", "&Switch Map"))
    switch.setObjectName("switch_map_menu")
    m.addActions([a.new_to_be, a.rename_map])
    m.addSeparator()
    m.addAction(a.rule_settings)

    m = menus["help"] = bar.addMenu(QCoreApplication.translate("Actions", "&Help"))
    m.setObjectName("help_menu")
    m.addActions([a.user_guide, a.shortcuts_help])
    m.addSeparator()
    m.addAction(a.about)
    return menus


def build_toolbar(window: MainWindow, a: Actions) -> tuple[QToolBar, QComboBox]:
    bar = QToolBar(QCoreApplication.translate("Actions", "Main Toolbar"), window)
    bar.setObjectName("main_toolbar")
    bar.addActions([a.new, a.open, a.save])
    bar.addSeparator()
    bar.addActions([a.undo, a.redo])
    bar.addSeparator()
    bar.addActions([a.add_process, a.add_party])
    bar.addSeparator()
    bar.addActions([a.zoom_in, a.zoom_out, a.fit_map])
    bar.addSeparator()
    bar.addAction(a.auto_layout)
    for action in (a.add_process, a.add_party, a.auto_layout):  # the map's verbs, with words
        button = bar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.addSeparator()
    combo = QComboBox(bar)
    combo.setObjectName("map_combo")
    combo.setToolTip(QCoreApplication.translate("Actions", "Map shown on the canvas"))
    combo.setMinimumContentsLength(28)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    bar.addWidget(combo)
    window.addToolBar(bar)
    return bar, combo
