"""The start page: open an article, reopen a recent file, or try the sample.

It is on screen at start-up, so it never names anything in Qt's ``Qt`` namespace:
the first use of that namespace builds all of its ~100 enum types in Python
(12 ms, an eighth of the window's start-up). Labels are centred by the style
sheet (``qproperty-alignment``) instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

MAX_RECENT_ROWS = 6
PATH_ROLE = 256
"""Qt.ItemDataRole.UserRole, where a recent-file item keeps its path (see the module docstring)."""


class WelcomeView(QWidget):
    """What the window shows while no briefing is open."""

    open_requested = Signal()
    url_requested = Signal()
    paste_requested = Signal()
    sample_requested = Signal()
    new_requested = Signal()
    recent_requested = Signal(Path)

    def __init__(self, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeView")

        logo = QLabel()
        logo.setPixmap(icon.pixmap(QSize(88, 88)))
        logo.setObjectName("welcomeLogo")
        logo.setAccessibleName("Briefing logo")
        title = QLabel("Briefing")
        title.setObjectName("welcomeTitle")
        tagline = QLabel(
            "Turn a news article into a one-page briefing card: who, where, when,\n"
            "each party’s position, the key quotes and a proper citation."
        )
        tagline.setObjectName("welcomeTagline")

        self.open_button = QPushButton("Open Article…")
        self.open_button.setObjectName("welcome.open")
        self.open_button.setDefault(True)
        self.sample_button = QPushButton("Try the Sample Article")
        self.sample_button.setObjectName("welcome.sample")
        self.new_button = QPushButton("New Blank Briefing")
        self.new_button.setObjectName("welcome.new")
        for button in (self.open_button, self.sample_button, self.new_button):
            button.setMinimumHeight(34)
            button.setMinimumWidth(170)
        self.open_button.clicked.connect(self.open_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        self.new_button.clicked.connect(self.new_requested)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addStretch(1)
        for button in (self.open_button, self.sample_button, self.new_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        recent_title = QLabel("Recent files")
        recent_title.setObjectName("sectionTitle")
        self.recent_list: QListWidget | None = None  # made by set_recent, after the window shows
        self.recent_empty = QLabel("Files you open or save appear here.")
        self.recent_empty.setObjectName("emptyHint")
        self.url_button = QPushButton("Open URL…")
        self.url_button.setObjectName("welcome.url")
        self.url_button.setToolTip("Download an article from the web (Ctrl+L)")
        self.paste_button = QPushButton("Paste as New Article")
        self.paste_button.setObjectName("welcome.paste")
        self.paste_button.setToolTip("Make a briefing from the article text you copied (Ctrl+Shift+V)")
        others = QHBoxLayout()
        others.addStretch(1)
        for button in (self.url_button, self.paste_button):
            button.setFlat(True)
            others.addWidget(button)
        others.addStretch(1)
        self.url_button.clicked.connect(self.url_requested)
        self.paste_button.clicked.connect(self.paste_requested)
        hint = QLabel("You can also drop an article or a .briefing file anywhere on this window.")
        hint.setObjectName("welcomeHint")

        # The recent files are listed once the window is on screen (reading them loads the settings
        # store): their area keeps the height of a full list, so nothing above it moves when they come.
        recent_area = _ReservedArea()
        recent = QVBoxLayout(recent_area)
        recent.setContentsMargins(0, 0, 0, 0)
        recent.setSpacing(10)
        recent.addWidget(recent_title)
        recent.addWidget(self.recent_empty)
        recent.addStretch(1)
        self._recent_layout = recent
        rows = MAX_RECENT_ROWS * (self.fontMetrics().lineSpacing() * 2 + 14) + 8
        recent_area.reserved_height = recent_title.sizeHint().height() + recent.spacing() + rows
        self.recent_empty.hide()

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addStretch(2)
        column.addWidget(logo)
        column.addWidget(title)
        column.addWidget(tagline)
        column.addSpacing(14)
        column.addLayout(buttons)
        column.addLayout(others)
        column.addWidget(hint)
        column.addSpacing(16)
        column.addWidget(recent_area)
        column.addStretch(3)
        holder = QWidget()
        holder.setMaximumWidth(640)
        holder.setLayout(column)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(holder, 4)
        outer.addStretch(1)

    def set_recent(self, paths: list[Path]) -> None:
        # Imported here: the list is made after the window shows (the item views' types take 2 ms to load).
        from PySide6.QtWidgets import QListWidget, QListWidgetItem

        from ..model import FILE_SUFFIX

        if self.recent_list is None:
            self.recent_list = QListWidget()
            self.recent_list.setObjectName("welcome.recent")
            self.recent_list.setAccessibleName("Recent files")
            self.recent_list.setUniformItemSizes(True)
            self.recent_list.itemActivated.connect(self._on_item_activated)
            self._recent_layout.insertWidget(1, self.recent_list)
        self.recent_list.clear()
        for path in paths:
            kind = "briefing" if path.suffix.lower() == FILE_SUFFIX else "article"
            item = QListWidgetItem(f"{path.name}\n{kind} in {_folder_label(path.parent)}")
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            item.setSizeHint(QSize(0, self.recent_list.fontMetrics().lineSpacing() * 2 + 14))
            self.recent_list.addItem(item)
        rows = max(1, min(len(paths), MAX_RECENT_ROWS))
        row_height = self.recent_list.sizeHintForRow(0) if paths else 0
        self.recent_list.setFixedHeight(row_height * rows + 2 * self.recent_list.frameWidth() + 2)
        self.recent_list.setVisible(bool(paths))
        self.recent_empty.setVisible(not paths)
        if paths:
            self.recent_list.setCurrentRow(0)

    def _on_item_activated(self, item: QListWidgetItem) -> None:  # Enter or double-click
        self.recent_requested.emit(Path(item.data(PATH_ROLE)))


class _ReservedArea(QWidget):
    """Asks for a fixed height (but shrinks on a small screen) whatever it holds."""

    reserved_height = 0

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.reserved_height))


def _folder_label(folder: Path) -> str:
    """The folder as people read it: ``~/Documents`` rather than ``/home/dana/Documents``."""
    try:
        return "~/" + str(folder.relative_to(Path.home())) if folder != Path.home() else "~"
    except ValueError:
        return str(folder)
