"""What a window needs once it is on screen: preferences, file commands, recovery, autosave, workers.

The main window builds these on first use, and ``app.run`` asks for them as soon
as the window has painted: the data model, the settings store and the file
commands then load while the user looks at the welcome page, not before it
appears (about a fifth of the start-up time).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QWidget

from ..settings import Preferences, load_preferences
from .article_sources import ArticleSources
from .document import BriefingDocument
from .file_ops import FileController
from .recovery import Autosaver, RecoveryStore
from .workers import BackgroundWork


class WindowServices:
    """The window's non-visual parts, created together and shut down together."""

    def __init__(
        self,
        window: QWidget,
        document: BriefingDocument,
        encoding_menu: QMenu,
        preferences: Preferences | None = None,
        recovery: RecoveryStore | None = None,
    ) -> None:
        self.preferences = preferences or load_preferences()
        self.work = BackgroundWork(window, name="briefing-render")
        self.suggest_work = BackgroundWork(window, name="briefing-suggest")  # never queued behind a render
        self.recovery = recovery or RecoveryStore()
        self.files = FileController(window, document, self.recovery, lambda: self.preferences)
        self.sources = ArticleSources(window, self.files, document, encoding_menu)
        self.autosaver = Autosaver(document, self.recovery, window)

    def shutdown(self) -> None:
        """The window is closing: no more autosaves, downloads or background results."""
        self.recovery.close()
        self.sources.shutdown()
        self.work.shutdown()
        self.suggest_work.shutdown()
