"""The start page: open an article, reopen a recent file, or try the sample."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..model import FILE_SUFFIX


class WelcomeView(QWidget):
    """What the window shows while no briefing is open."""

    open_requested = Signal()
    sample_requested = Signal()
    new_requested = Signal()
    recent_requested = Signal(Path)

    def __init__(self, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeView")

        logo = QLabel()
        logo.setPixmap(icon.pixmap(QSize(88, 88)))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        logo.setAccessibleName("Briefing logo")
        title = QLabel("Briefing")
        title.setObjectName("welcomeTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tagline = QLabel("Turn a news article into a one-page briefing card: who, where, when,\n"
                         "each party’s position, the key quotes and a proper citation.")
        tagline.setObjectName("welcomeTagline")
        tagline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tagline.setTextFormat(Qt.TextFormat.PlainText)

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
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("welcome.recent")
        self.recent_list.setAccessibleName("Recent files")
        self.recent_list.setUniformItemSizes(True)
        self.recent_list.itemActivated.connect(self._on_item_activated)
        self.recent_empty = QLabel("Files you open or save appear here.")
        self.recent_empty.setObjectName("emptyHint")
        hint = QLabel("You can also drop an article or a .briefing file anywhere on this window.")
        hint.setObjectName("emptyHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addStretch(2)
        column.addWidget(logo)
        column.addWidget(title)
        column.addWidget(tagline)
        column.addSpacing(14)
        column.addLayout(buttons)
        column.addSpacing(24)
        column.addWidget(recent_title)
        column.addWidget(self.recent_list)
        column.addWidget(self.recent_empty)
        column.addSpacing(6)
        column.addWidget(hint)
        column.addStretch(3)
        holder = QWidget()
        holder.setMaximumWidth(640)
        holder.setLayout(column)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(holder, 4)
        outer.addStretch(1)

    def set_recent(self, paths: list[Path]) -> None:
        self.recent_list.clear()
        for path in paths:
            kind = "briefing" if path.suffix.lower() == FILE_SUFFIX else "article"
            item = QListWidgetItem(f"{path.name}\n{kind} in {_folder_label(path.parent)}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            item.setSizeHint(QSize(0, self.recent_list.fontMetrics().lineSpacing() * 2 + 14))
            self.recent_list.addItem(item)
        rows = max(1, min(len(paths), 6))
        row_height = self.recent_list.sizeHintForRow(0) if paths else 0
        self.recent_list.setFixedHeight(row_height * rows + 2 * self.recent_list.frameWidth() + 2)
        self.recent_list.setVisible(bool(paths))
        self.recent_empty.setVisible(not paths)
        if paths:
            self.recent_list.setCurrentRow(0)

    def _on_item_activated(self, item: QListWidgetItem) -> None:  # Enter or double-click
        self.recent_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))


def _folder_label(folder: Path) -> str:
    """The folder as people read it: ``~/Documents`` rather than ``/home/dana/Documents``."""
    try:
        return "~/" + str(folder.relative_to(Path.home())) if folder != Path.home() else "~"
    except ValueError:
        return str(folder)
