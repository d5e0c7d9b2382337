"""The main window: composes the article, the form and the preview, and wires the commands.

It decides nothing itself: file commands live in :mod:`.file_ops`, edits in
:mod:`.document`, picking in :mod:`.picking`, the preview in :mod:`.preview`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStackedWidget

from .. import APP_NAME
from .actions import FILE_TOOLBAR, MENUS, PICK_TOOLBAR, ActionRegistry
from .document import LIST_NAMES, BriefingDocument
from .file_drops import FileDrops
from .theme import app_icon
from .welcome import WelcomeView

if TYPE_CHECKING:  # (names only: each module and Qt class loaded before the window shows costs start-up time)
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QToolBar

    from ..model import Span
    from ..settings import Preferences
    from .article_sources import ArticleSources
    from .article_view import ArticleView
    from .briefing_form import BriefingForm
    from .file_ops import FileController
    from .preview import PreviewPane
    from .recovery import Autosaver, RecoveryStore
    from .services import WindowServices
    from .workers import BackgroundWork
    from .workspace import Workspace

WINDOW_STATE_FILE = "window-state.ini"


def window_state() -> QSettings:
    """Window geometry and splitter sizes: Qt's store, in an INI file beside the preferences.

    The folder is ``briefing.settings.config_dir()``, worked out here with platformdirs
    directly: this runs before the window shows, and briefing.settings loads the data model.
    """
    import platformdirs

    folder = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    return QSettings(str(folder / WINDOW_STATE_FILE), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    """One briefing at a time: welcome page, or article | form | preview side by side.

    Only what the welcome page shows is built before the window appears; the rest
    (:class:`~.services.WindowServices`: file commands, preferences, recovery,
    workers) on first use, which ``app.run`` makes right after the first paint.
    """

    def __init__(self, preferences: Preferences | None = None, recovery: RecoveryStore | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.document = BriefingDocument(self)
        self.actions_ = ActionRegistry(self)
        self._services: WindowServices | None = None
        self._service_options = (preferences, recovery)

        self.welcome = WelcomeView(app_icon(), self)
        self._workspace: Workspace | None = None
        self._splitter_state: object = b""  # restored when the workspace is built
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)

        self.pick_toolbar: QToolBar | None = None
        self.file_toolbar: QToolBar | None = None
        self._build_menus()
        self._connect()
        self.drops = FileDrops(self, lambda path: self.files.open_path(path))
        self._on_document_reset()
        self._restore_window_state()

    # -- services, built when first needed ------------------------------------------------

    @property
    def services(self) -> WindowServices:
        if self._services is None:
            from .services import WindowServices

            preferences, recovery = self._service_options
            self._services = WindowServices(self, self.document, self.encoding_menu, preferences, recovery)
            self._services.files.status_message.connect(self.show_status)
            self._services.autosaver.failed.connect(self.show_status)
            self._services.files.typed_input_problems = self._typed_input_problems
            self._services.files.recent_changed.connect(self._on_recent_changed)
            self._on_recent_changed()
        return self._services

    @property
    def files(self) -> FileController:
        return self.services.files

    @property
    def sources(self) -> ArticleSources:
        return self.services.sources

    @property
    def recovery(self) -> RecoveryStore:
        return self.services.recovery

    @property
    def autosaver(self) -> Autosaver:
        return self.services.autosaver

    @property
    def preferences(self) -> Preferences:
        return self.services.preferences

    @property
    def work(self) -> BackgroundWork:
        return self.services.work

    # -- the workspace, built when first needed -------------------------------------------

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            from .workspace import Workspace  # QtPdf, the form and the article view load here

            self._workspace = Workspace(
                self.document, self.work, self.services.suggest_work, self.actions_.pick_actions(), self
            )
            self._build_toolbars()
            self.drops.watch_all_widgets()  # the workspace has text fields that would take the path as text
            self._workspace.restoreState(_as_bytes(self._splitter_state))
            self.stack.addWidget(self._workspace)
            self._workspace.article_view.selection_available.connect(self._refresh_pick_actions)
            self._workspace.form.item_activated.connect(self._on_item_activated)
            self._workspace.form.status_message.connect(self.show_status)
        return self._workspace

    @property
    def article_view(self) -> ArticleView:
        return self.workspace.article_view

    @property
    def form(self) -> BriefingForm:
        return self.workspace.form

    @property
    def preview(self) -> PreviewPane:
        return self.workspace.preview

    # -- set-up ---------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.recent_menu = QMenu("Open &Recent", self)
        self.recent_menu.setObjectName("file.recent")
        self.recent_menu.setEnabled(False)  # until the recent files are read
        self.encoding_menu = QMenu("Reopen with &Encoding", self)  # filled by ArticleSources
        self.encoding_menu.setObjectName("file.reopen_encoding")
        self.encoding_menu.setToolTipsVisible(True)
        self.encoding_menu.setEnabled(False)
        for title, ids in MENUS:
            self.actions_.fill_menu(
                self.menuBar().addMenu(title),
                ids,
                {"file.recent": self.recent_menu, "file.reopen_encoding": self.encoding_menu},
            )
        self.statusBar().setObjectName("statusBar")

    def _build_toolbars(self) -> None:
        """With the workspace: the welcome page shows no toolbars, so they are not built before it shows."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLabel, QToolBar

        files = QToolBar("File", self)
        files.setObjectName("toolbar.file")
        self.actions_.fill_toolbar(files, FILE_TOOLBAR)
        picks = QToolBar("Pick", self)
        picks.setObjectName("toolbar.pick")
        picks.addWidget(QLabel("Add selection as:"))
        self.actions_.fill_toolbar(picks, PICK_TOOLBAR)
        for toolbar in (files, picks):
            toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            toolbar.setMovable(False)
            self.addToolBar(toolbar)
        self.pick_toolbar = picks
        self.file_toolbar = files

    def _connect(self) -> None:
        a, document, stack = self.actions_, self.document, self.document.undo_stack
        # Looked up when triggered: the file commands are built after the window shows.
        file_commands = {
            "file.new": lambda: self.files.new_blank(),
            "file.open": lambda: self.files.open_dialog(),
            "file.open_url": lambda: self.sources.open_url(),
            "file.paste_article": lambda: self.sources.paste_article(),
            "file.save": lambda: self.files.save(),
            "file.save_as": lambda: self.files.save_as(),
            "file.export_pdf": lambda: self.files.export_pdf(),
            "file.print": lambda: self.files.print_card(),
            "file.print_preview": lambda: self.files.print_preview(),
            "file.close": lambda: self.files.close_briefing(),
        }
        for action_id, slot in (
            *file_commands.items(),
            ("file.quit", self.close),
            ("edit.undo", stack.undo),
            ("edit.redo", stack.redo),
            ("edit.preferences", self.edit_preferences),
            ("help.about", self._show_about),
            ("view.next_pane", lambda: self._cycle_focus(+1)),
            ("view.previous_pane", lambda: self._cycle_focus(-1)),
        ):
            a[action_id].triggered.connect(lambda _checked=False, s=slot: s())
        for kind_action in a.pick_actions():
            kind = kind_action.objectName().split(".", 1)[1]
            kind_action.triggered.connect(lambda _checked=False, k=kind: self.pick(k))
        stack.canUndoChanged.connect(a["edit.undo"].setEnabled)
        stack.canRedoChanged.connect(a["edit.redo"].setEnabled)
        stack.undoTextChanged.connect(lambda text: a["edit.undo"].setText(f"&Undo {text}".strip()))
        stack.redoTextChanged.connect(lambda text: a["edit.redo"].setText(f"&Redo {text}".strip()))
        a["edit.undo"].setEnabled(False)
        a["edit.redo"].setEnabled(False)
        document.reset.connect(self._on_document_reset)
        document.structure_changed.connect(self._refresh_highlights)
        document.changed.connect(self._refresh_title)
        document.modified_changed.connect(self.setWindowModified)
        document.path_changed.connect(self._refresh_title)
        welcome = self.welcome
        for signal, command in (
            (welcome.open_requested, "file.open"),
            (welcome.url_requested, "file.open_url"),
            (welcome.paste_requested, "file.paste_article"),
            (welcome.new_requested, "file.new"),
        ):
            signal.connect(file_commands[command])
        welcome.sample_requested.connect(lambda: self.files.open_sample())
        welcome.recent_requested.connect(self._open_recent)

    # -- commands ---------------------------------------------------------------------------

    def pick(self, kind: str) -> None:
        """Add the article selection as a ``kind`` ("quote", "person", ..., "summary")."""
        briefing = self.document.briefing
        span = self.article_view.selected_span()
        if briefing is None or briefing.article is None or span is None:
            selected = self.article_view.textCursor().hasSelection()
            self.show_status(
                "Pick from the article’s paragraphs; its title and byline are not part of the text."
                if selected
                else "Select some text in the article first."
            )
            return
        from .picking import already_on_card, make_pick

        picked = make_pick(kind, briefing.article, span)
        if picked.list_name == "summary":
            self.document.set_field(briefing, "summary", picked.text, label="summary", merge=False)
            self.show_status("Summary replaced with the selected text.")
            return
        existing = already_on_card(briefing, picked)
        if existing is not None:
            self._offer_existing(kind, picked.list_name, existing)
            return
        bar = self.article_view.verticalScrollBar()
        kept = bar.value()  # showing the new row flashes its source: the reader stays where they were
        row = self.document.insert_item(picked.list_name, picked.item)
        self.form.show_item(picked.list_name, row)
        self.article_view.setFocus()
        bar.setValue(kept)
        speaker = getattr(picked.item, "speaker", "")
        self.show_status(f"Added {kind}" + (f" by {speaker}" if speaker else "") + ".")

    def _offer_existing(self, kind: str, list_name: str, row: int) -> None:
        from . import dialogs

        if dialogs.confirm(
            self,
            f"{kind.capitalize()} Already on the Card",
            f"This {kind} is already on the card (number {row + 1} in its list).",
            "Adding it again would print it twice.",
            yes="Select It",
        ):
            self.form.show_item(list_name, row)

    def edit_preferences(self) -> None:
        from ..settings import save_preferences
        from . import dialogs

        chosen = dialogs.ask_preferences(self, self.preferences)
        if chosen is None:
            return
        self.services.preferences = chosen
        try:
            save_preferences(chosen)
        except OSError as error:
            dialogs.show_error(
                self,
                "Could Not Save Preferences",
                "Your preferences could not be stored.",
                f"{error.strerror or error}. They apply until you quit.",
            )

    def _show_about(self) -> None:
        from . import dialogs

        dialogs.show_about(self)

    def open_paths(self, paths: list[str]) -> None:
        """Open files given on the command line (one window, one briefing: the first)."""
        if paths:
            self.files.open_path(paths[0])
        if len(paths) > 1:
            self.show_status(f"Opened {Path(paths[0]).name}; Briefing opens one file per window.")

    def _typed_input_problems(self) -> str:
        return self._workspace.form.commit_typed_dates() if self._workspace is not None else ""

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # -- reacting to the document ---------------------------------------------------------

    def _on_document_reset(self) -> None:
        briefing = self.document.briefing
        if briefing is not None or self._workspace is not None:
            self.article_view.show_article(briefing.article if briefing else None)
        self.stack.setCurrentWidget(self.workspace if briefing is not None else self.welcome)
        for toolbar in (self.pick_toolbar, self.file_toolbar):
            if toolbar is not None:
                toolbar.setVisible(briefing is not None)  # the welcome page has its own buttons
        for action_id in (
            "file.save",
            "file.save_as",
            "file.export_pdf",
            "file.print",
            "file.print_preview",
            "file.close",
        ):
            self.actions_[action_id].setEnabled(briefing is not None)
        self._refresh_highlights()
        self._refresh_pick_actions(False)
        self._refresh_title()
        self.setWindowModified(self.document.is_modified)

    def _refresh_title(self) -> None:
        name = self.document.display_name if self.document.briefing is not None else ""
        self.setWindowTitle(f"{name}[*] — {APP_NAME}" if name else APP_NAME)

    def _refresh_pick_actions(self, has_selection: bool) -> None:
        article = self.document.briefing.article if self.document.briefing else None
        for action in self.actions_.pick_actions():
            action.setEnabled(article is not None and has_selection)

    def _refresh_highlights(self) -> None:
        briefing = self.document.briefing
        if self._workspace is None:
            return
        spans: list[tuple[str, Span]] = []
        if briefing is not None:
            for list_name in LIST_NAMES:
                spans += [(list_name, item.source) for item in getattr(briefing, list_name) if item.source]
        self.article_view.set_highlights(spans)

    def _on_item_activated(self, list_name: str, row: int) -> None:  # (only while the workspace exists)
        items = self.document.items(list_name) if self.document.briefing else []
        if 0 <= row < len(items) and items[row].source is not None:
            self.article_view.flash(items[row].source)

    def _on_recent_changed(self) -> None:
        paths = self.files.recent.paths
        self.welcome.set_recent(paths)
        self.recent_menu.clear()
        for number, path in enumerate(paths, 1):
            action = self.recent_menu.addAction(f"&{number % 10}  {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self._open_recent(p))
        self.recent_menu.setEnabled(bool(paths))

    def _open_recent(self, path: Path) -> None:
        from . import dialogs

        if not path.exists():
            dialogs.show_error(
                self,
                "File Not Found",
                f"“{path.name}” is no longer there.",
                f"It was in {path.parent}. It has been removed from the recent files.",
            )
            self.files.recent.remove(path)
            self._on_recent_changed()
            return
        self.files.open_path(path)

    def _cycle_focus(self, step: int) -> None:
        if self._workspace is None or self.stack.currentWidget() is not self._workspace:
            return
        panes = self._workspace.panes()
        focused = QApplication.focusWidget()
        current = -1
        if focused is not None:
            areas = [self.article_view, self._workspace.tabs, self.preview]
            current = next(
                (i for i, area in enumerate(areas) if area is focused or area.isAncestorOf(focused)), -1
            )
        from PySide6.QtCore import Qt

        panes[(current + step) % len(panes)].setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- drag and drop (see file_drops.py) ----------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.drops.take(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.drops.take(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.drops.take(event)

    # -- window state and closing ------------------------------------------------------------

    def _restore_window_state(self) -> None:
        state = window_state()
        if not self.restoreGeometry(_as_bytes(state.value("geometry", b""))):
            self.resize(*default_window_size(self.screen().availableGeometry() if self.screen() else None))
        self._splitter_state = state.value("splitter", b"")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._services is not None and not self._services.files.maybe_save_changes():
            event.ignore()
            return
        state = window_state()
        state.setValue("geometry", self.saveGeometry())
        if self._workspace is not None:
            state.setValue("splitter", self._workspace.saveState())
        state.sync()
        self.drops.stop()
        if self._services is not None:
            self._services.shutdown()
        event.accept()


def _as_bytes(value: object) -> QByteArray | bytes:
    """A QSettings value as the bytes restoreGeometry/restoreState take (empty if it is not bytes)."""
    return value if isinstance(value, (QByteArray, bytes)) else b""


def default_window_size(available: QRect | None) -> tuple[int, int]:
    """1440×900 on a roomy screen; on a smaller one, the room the screen has (a laptop's 1366×768)."""
    width, height = 1440, 900
    if available is not None and not available.isEmpty():
        width, height = min(width, available.width()), min(height, available.height())
    return width, height
