"""The editing workspace: article | briefing form and suggestions | preview, side by side in a splitter.

Built on first use (when a briefing opens), not at start-up: the welcome page
shows sooner, and QtPdf and the form's hundred widgets load while the user
chooses a file. The suggestions are a tab beside the form rather than a fourth
pane: at 1366 pixels three panes are as many as stay readable, and the article
(where a clicked suggestion flashes) and the preview (where an accepted one
appears) stay in view either way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from .article_view import ArticleView
from .briefing_form import BriefingForm
from .document import BriefingDocument
from .preview import PreviewPane
from .suggestions_panel import SuggestionsPanel
from .workers import BackgroundWork

DEFAULT_SIZES = [450, 560, 430]


class Workspace(QSplitter):
    """The three resizable panes of an open briefing."""

    def __init__(
        self,
        document: BriefingDocument,
        work: BackgroundWork,
        suggest_work: BackgroundWork,
        pick_actions: list[QAction],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("workspace")
        self.setChildrenCollapsible(False)
        self.article_view = ArticleView(self)
        self.article_view.set_pick_actions(pick_actions)
        self.form = BriefingForm(document, self)
        self.suggestions = SuggestionsPanel(document, suggest_work, self)
        self.preview = PreviewPane(document, work, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("briefingTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.form, "Briefing")
        self.tabs.addTab(self.suggestions, "Suggestions")
        self.suggestions.pending_changed.connect(self._on_pending_changed)
        self.suggestions.source_requested.connect(self.article_view.flash)
        self.suggestions.refresh()  # the count, if suggestions arrived while the panel was being built
        self.addWidget(_titled("Article", self.article_view))
        self.addWidget(self.tabs)
        self.addWidget(_titled("Preview", self.preview))
        for index, stretch in enumerate((5, 5, 4)):
            self.setStretchFactor(index, stretch)
        self.setSizes(DEFAULT_SIZES)

    def show_suggestions(self) -> None:
        self.tabs.setCurrentWidget(self.suggestions)

    def panes(self) -> list[QWidget]:
        """Where F6 puts the keyboard focus, in order."""
        middle = (
            self.form.widget_for("card", "headline")
            if self.tabs.currentWidget() is self.form
            else self.suggestions.focus_target()
        )
        return [self.article_view, middle, self.preview.view]

    def _on_pending_changed(self, count: int) -> None:
        self.tabs.setTabText(1, f"Suggestions ({count})" if count else "Suggestions")
        self.tabs.setTabToolTip(
            1,
            f"{count} suggestions from the article to accept or reject"
            if count
            else "Suggestions from the article",
        )


def _titled(title: str, pane: QWidget) -> QWidget:
    holder = QWidget()
    label = QLabel(title)
    label.setObjectName("paneTitle")
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(label)
    layout.addWidget(pane, 1)
    return holder
