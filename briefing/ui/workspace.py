"""The editing workspace: article | briefing form | preview, side by side in a splitter.

Built on first use (when a briefing opens), not at start-up: the welcome page
shows sooner, and QtPdf and the form's hundred widgets load while the user
chooses a file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from .article_view import ArticleView
from .briefing_form import BriefingForm
from .document import BriefingDocument
from .preview import PreviewPane
from .workers import BackgroundWork

DEFAULT_SIZES = [450, 560, 430]


class Workspace(QSplitter):
    """The three resizable panes of an open briefing."""

    def __init__(self, document: BriefingDocument, work: BackgroundWork, pick_actions: list[QAction],
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("workspace")
        self.setChildrenCollapsible(False)
        self.article_view = ArticleView(self)
        self.article_view.set_pick_actions(pick_actions)
        self.form = BriefingForm(document, self)
        self.preview = PreviewPane(document, work, self)
        for title, pane in (("Article", self.article_view), ("Briefing", self.form), ("Preview", self.preview)):
            self.addWidget(_titled(title, pane))
        for index, stretch in enumerate((5, 5, 4)):
            self.setStretchFactor(index, stretch)
        self.setSizes(DEFAULT_SIZES)

    def panes(self) -> list[QWidget]:
        """Where F6 puts the keyboard focus, in order."""
        return [self.article_view, self.form.widget_for("card", "headline"), self.preview.view]


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
