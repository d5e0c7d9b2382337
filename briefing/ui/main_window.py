"""The main window: composes the article, the form and the preview, and wires the commands.

It decides nothing itself: file commands live in :mod:`.file_ops`, edits in
:mod:`.document`, picking in :mod:`.picking`, the preview in :mod:`.preview`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from .. import APP_NAME
from ..model import Span
from ..settings import Preferences, config_dir, load_preferences, save_preferences
from . import dialogs
from .actions import FILE_TOOLBAR, MENUS, PICK_TOOLBAR, ActionRegistry
from .article_sources import ArticleSources
from .document import LIST_NAMES, BriefingDocument
from .file_ops import OPENABLE_SUFFIXES, FileController
from .recovery import Autosaver, RecoveryStore
from .theme import app_icon
from .welcome import WelcomeView
from .workers import BackgroundWork

if TYPE_CHECKING:
    from .article_view import ArticleView
    from .briefing_form import BriefingForm
    from .preview import PreviewPane
    from .workspace import Workspace

WINDOW_STATE_FILE = "window-state.ini"


def window_state() -> QSettings:
    """Window geometry and splitter sizes: Qt's store, in an INI file beside the preferences."""
    return QSettings(str(config_dir() / WINDOW_STATE_FILE), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    """One briefing at a time: welcome page, or article | form | preview side by side."""

    def __init__(self, preferences: Preferences | None = None, recovery: RecoveryStore | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.preferences = preferences or load_preferences()
        self.document = BriefingDocument(self)
        self.work = BackgroundWork(self, name="briefing-render")
        self.suggest_work = BackgroundWork(self, name="briefing-suggest")  # never queued behind a render
        self.recovery = recovery or RecoveryStore()
        self.actions_ = ActionRegistry(self)
        self.files = FileController(self, self.document, self.recovery, lambda: self.preferences)
        self.sources = ArticleSources(self, self.files, self.document)
        self.autosaver = Autosaver(self.document, self.recovery, self)

        self.welcome = WelcomeView(app_icon(), self)
        self._workspace: Workspace | None = None
        self._splitter_state: object = b""  # restored when the workspace is built
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)

        self._build_menus_and_toolbars()
        self._connect()
        self.setAcceptDrops(True)
        _application().installEventFilter(self)
        self._on_document_reset()
        self._on_recent_changed()
        self._restore_window_state()

    # -- the workspace, built when first needed -------------------------------------------

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            from .workspace import Workspace  # QtPdf, the form and the article view load here

            self._workspace = Workspace(self.document, self.work, self.suggest_work, self.actions_.pick_actions(),
                                        self)
            self._workspace.restoreState(_as_bytes(self._splitter_state))
            self.stack.addWidget(self._workspace)
            self._workspace.article_view.selection_available.connect(self._refresh_pick_actions)
            self._workspace.form.item_activated.connect(self._on_item_activated)
            self._workspace.form.status_message.connect(self.show_status)
        return self._workspace

    @property
    def splitter(self) -> Workspace:
        return self.workspace

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

    def _build_menus_and_toolbars(self) -> None:
        self.recent_menu = QMenu("Open &Recent", self)
        self.recent_menu.setObjectName("file.recent")
        for title, ids in MENUS:
            self.actions_.fill_menu(self.menuBar().addMenu(title), ids,
                                    {"file.recent": self.recent_menu, "file.reopen_encoding": self.sources.encoding_menu})
        files = QToolBar("File", self)
        files.setObjectName("toolbar.file")
        files.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_.fill_toolbar(files, FILE_TOOLBAR)
        picks = QToolBar("Pick", self)
        picks.setObjectName("toolbar.pick")
        picks.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        picks.addWidget(QLabel("Add selection as:"))
        self.actions_.fill_toolbar(picks, PICK_TOOLBAR)
        for toolbar in (files, picks):
            toolbar.setMovable(False)
            self.addToolBar(toolbar)
        self.pick_toolbar = picks
        self.file_toolbar = files
        self.statusBar().setObjectName("statusBar")

    def _connect(self) -> None:
        a, files, document, stack = self.actions_, self.files, self.document, self.document.undo_stack
        for action_id, slot in (
            ("file.new", files.new_blank), ("file.open", files.open_dialog), ("file.save", files.save),
            ("file.open_url", self.sources.open_url), ("file.paste_article", self.sources.paste_article),
            ("file.save_as", files.save_as), ("file.export_pdf", files.export_pdf),
            ("file.print", files.print_card), ("file.print_preview", files.print_preview),
            ("file.close", files.close_briefing), ("file.quit", self.close),
            ("edit.undo", stack.undo), ("edit.redo", stack.redo),
            ("edit.preferences", self.edit_preferences), ("help.about", lambda: dialogs.show_about(self)),
            ("view.next_pane", lambda: self._cycle_focus(+1)), ("view.previous_pane", lambda: self._cycle_focus(-1)),
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
        files.status_message.connect(self.show_status)
        files.recent_changed.connect(self._on_recent_changed)
        self.welcome.open_requested.connect(files.open_dialog)
        self.welcome.sample_requested.connect(files.open_sample)
        self.welcome.new_requested.connect(files.new_blank)
        self.welcome.recent_requested.connect(self._open_recent)

    # -- commands ---------------------------------------------------------------------------

    def pick(self, kind: str) -> None:
        """Add the article selection as a ``kind`` ("quote", "person", ..., "summary")."""
        briefing = self.document.briefing
        span = self.article_view.selected_span()
        if briefing is None or briefing.article is None or span is None:
            selected = self.article_view.textCursor().hasSelection()
            self.show_status("Pick from the article’s paragraphs; its title and byline are not part of the text."
                             if selected else "Select some text in the article first.")
            return
        from .picking import make_pick

        picked = make_pick(kind, briefing.article, span)
        if picked.list_name == "summary":
            self.document.set_field(briefing, "summary", picked.text, label="summary", merge=False)
            self.show_status("Summary replaced with the selected text.")
            return
        row = self.document.insert_item(picked.list_name, picked.item)
        self.form.show_item(picked.list_name, row)
        self.article_view.setFocus()
        speaker = getattr(picked.item, "speaker", "")
        self.show_status(f"Added {kind}" + (f" by {speaker}" if speaker else "") + ".")

    def edit_preferences(self) -> None:
        chosen = dialogs.ask_preferences(self, self.preferences)
        if chosen is None:
            return
        self.preferences = chosen
        try:
            save_preferences(chosen)
        except OSError as error:
            dialogs.show_error(self, "Could Not Save Preferences", "Your preferences could not be stored.",
                               f"{error.strerror or error}. They apply until you quit.")

    def open_paths(self, paths: list[str]) -> None:
        """Open files given on the command line (one window, one briefing: the first)."""
        if paths:
            self.files.open_path(paths[0])
        if len(paths) > 1:
            self.show_status(f"Opened {Path(paths[0]).name}; Briefing opens one file per window.")

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # -- reacting to the document ---------------------------------------------------------

    def _on_document_reset(self) -> None:
        briefing = self.document.briefing
        if briefing is not None or self._workspace is not None:
            self.article_view.show_article(briefing.article if briefing else None)
        self.stack.setCurrentWidget(self.workspace if briefing is not None else self.welcome)
        self.pick_toolbar.setVisible(briefing is not None)
        self.file_toolbar.setVisible(briefing is not None)  # the welcome page has its own buttons
        for action_id in ("file.save", "file.save_as", "file.export_pdf", "file.print",
                          "file.print_preview", "file.close"):
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
        if not path.exists():
            dialogs.show_error(self, "File Not Found", f"“{path.name}” is no longer there.",
                               f"It was in {path.parent}. It has been removed from the recent files.")
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
            current = next((i for i, area in enumerate(areas) if area is focused or area.isAncestorOf(focused)), -1)
        panes[(current + step) % len(panes)].setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- drag and drop ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take file drops anywhere in the window (text fields would paste the path instead)."""
        if (event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
                and isinstance(watched, QWidget) and watched.window() is self):
            dropped = self._dropped_file(event)
            if dropped is not None:
                if event.type() == QEvent.Type.Drop:
                    self.files.open_path(dropped)
                if isinstance(event, QDropEvent):  # drag enter and move events are drop events too
                    event.acceptProposedAction()
                return True
        return False

    @staticmethod
    def _dropped_file(event: QEvent) -> Path | None:
        mime = event.mimeData() if isinstance(event, QDropEvent) else None
        if mime is None or not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in OPENABLE_SUFFIXES:
                return Path(url.toLocalFile())
        return None

    # -- window state and closing ------------------------------------------------------------

    def _restore_window_state(self) -> None:
        state = window_state()
        if not self.restoreGeometry(_as_bytes(state.value("geometry", b""))):
            self.resize(1440, 900)
        self._splitter_state = state.value("splitter", b"")

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save_changes():
            event.ignore()
            return
        state = window_state()
        state.setValue("geometry", self.saveGeometry())
        if self._workspace is not None:
            state.setValue("splitter", self._workspace.saveState())
        state.sync()
        _application().removeEventFilter(self)
        self.recovery.close()
        self.sources.shutdown()
        self.work.shutdown()
        self.suggest_work.shutdown()
        event.accept()


def _application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the window needs a QApplication"
    return app


def _as_bytes(value: object) -> QByteArray | bytes:
    """A QSettings value as the bytes restoreGeometry/restoreState take (empty if it is not bytes)."""
    return value if isinstance(value, (QByteArray, bytes)) else b""
