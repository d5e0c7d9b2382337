"""The editor of one item list: a table edited in place, with add, delete and reorder."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .document import ITEM_NOUNS, BriefingDocument
from .item_models import SOURCE_COLUMN, ItemTableModel

MAX_TABLE_HEIGHT = 340


class ItemTable(QTableView):
    """A table that grows with its rows (up to a limit), so the form scrolls as one page."""

    def sizeHint(self):  # type: ignore[no-untyped-def]
        hint = super().sizeHint()
        hint.setHeight(self._content_height())
        return hint

    def minimumSizeHint(self):  # type: ignore[no-untyped-def]
        hint = super().minimumSizeHint()
        hint.setHeight(min(self._content_height(), 120))
        return hint

    def _content_height(self) -> int:
        rows = sum(self.rowHeight(row) for row in range(self.model().rowCount())) if self.model() else 0
        frame = 2 * self.frameWidth()
        scrollbar = (
            self.horizontalScrollBar().sizeHint().height() if self.horizontalScrollBar().isVisible() else 0
        )
        return min(MAX_TABLE_HEIGHT, self.horizontalHeader().sizeHint().height() + rows + frame + scrollbar)


class ItemListEditor(QWidget):
    """Title, buttons and table for one list (people, places, dates, positions, quotes, facts)."""

    item_activated = Signal(str, int)
    """The user clicked or moved to a row: (list name, row)."""
    status_message = Signal(str)

    def __init__(self, document: BriefingDocument, list_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.list_name = list_name
        self.model = ItemTableModel(document, list_name, self)
        self.setObjectName(f"list.{list_name}")
        noun = ITEM_NOUNS[list_name]

        self.title = QLabel(self.model.spec.title)
        self.title.setObjectName("sectionTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.add_button = self._tool_button(
            "add", "+", f"Add {noun}", f"Add an empty {noun} row", self.add_item
        )
        self.remove_button = self._tool_button(
            "delete", "−", f"Delete {noun}", f"Delete the selected {noun} (Delete)", self.remove_selected
        )
        self.up_button = self._tool_button(
            "up", "↑", f"Move {noun} up", "Move the selected row up (Alt+Up)", self.move_selected_up
        )
        self.down_button = self._tool_button(
            "down", "↓", f"Move {noun} down", "Move the selected row down (Alt+Down)", self.move_selected_down
        )

        self.table = ItemTable(self)
        self.table.setObjectName(f"table.{list_name}")
        self.table.setAccessibleName(self.model.spec.title)
        self.table.setModel(self.model)
        self._configure_table()

        self.hint = QLabel(self.model.spec.empty_hint)
        self.hint.setObjectName("emptyHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(2)
        header.addWidget(self.title)
        header.addStretch(1)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            header.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)

        self._add_shortcut(QKeySequence.StandardKey.Delete, self.remove_selected)
        self._add_shortcut("Alt+Up", self.move_selected_up)
        self._add_shortcut("Alt+Down", self.move_selected_down)
        for signal in (
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
            self.model.dataChanged,
        ):
            signal.connect(self._schedule_refit)
        # A new briefing: at once, so the lists are right before anything else happens (a deferred
        # refit could wait behind other events, leaving a full list drawn as empty meanwhile).
        self.model.modelReset.connect(lambda: self._refit())
        for signal in (
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.modelReset,
            self.model.rowsMoved,
        ):
            signal.connect(self._update_buttons)  # at once: a click may come before the deferred refit
        self.model.edit_rejected.connect(self.status_message)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.clicked.connect(lambda index: self.item_activated.emit(self.list_name, index.row()))
        self.table.horizontalHeader().sectionResized.connect(self._schedule_refit)
        self._refit_timer = QTimer(self, singleShot=True, interval=0)
        self._refit_timer.timeout.connect(self._refit)
        self._refit()

    # -- actions ----------------------------------------------------------------------

    def add_item(self) -> None:
        """Add an empty row at the end and start typing in its first cell."""
        if self.document.briefing is None:
            return
        row = self.document.insert_item(self.list_name, self.model.spec.item_type())
        self.select_row(row)
        self.table.edit(self.model.index(row, 0))

    def remove_selected(self) -> None:
        row = self.current_row()
        if row is not None:
            self.document.remove_item(self.list_name, row)
            if self.model.rowCount():
                self.select_row(min(row, self.model.rowCount() - 1))
            self._update_buttons()

    def move_selected_up(self) -> None:
        self._move_selected(-1)

    def move_selected_down(self) -> None:
        self._move_selected(+1)

    def _move_selected(self, step: int) -> None:
        row = self.current_row()
        if row is None or not 0 <= row + step < self.model.rowCount():
            return
        self.document.move_item(self.list_name, row, row + step)
        self.select_row(row + step)
        self._update_buttons()

    def current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    # -- set-up -----------------------------------------------------------------------

    def _configure_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else in the form
        table.setWordWrap(True)
        table.setAlternatingRowColors(True)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setDragEnabled(True)
        table.setAcceptDrops(True)
        table.setDropIndicatorShown(True)
        # DragDrop, not InternalMove: the model itself refuses anything but its own rows.
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setDragDropOverwriteMode(False)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        for column, spec in enumerate(self.model.columns):
            if spec.stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            elif spec.attribute == SOURCE_COLUMN:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, 130)

    def _tool_button(self, key: str, text: str, name: str, tip: str, slot) -> QToolButton:  # type: ignore[no-untyped-def]
        button = QToolButton(self)
        button.setText(text)
        button.setObjectName(f"{self.list_name}.{key}")
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def _add_shortcut(self, key: QKeySequence.StandardKey | str, slot) -> None:  # type: ignore[no-untyped-def]
        action = QAction(self.table)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)

    def _schedule_refit(self, *_args: object) -> None:
        self._refit_timer.start()

    def _refit(self) -> None:
        empty = self.model.rowCount() == 0
        self.table.setVisible(not empty)
        self.hint.setVisible(empty)
        self._update_buttons()
        count = self.model.rowCount()
        self.title.setText(f"{self.model.spec.title}  ({count})" if count else self.model.spec.title)
        self.table.resizeRowsToContents()
        self.table.setFixedHeight(self.table.sizeHint().height())

    def _update_buttons(self, *_args: object) -> None:
        has_row = self.current_row() is not None
        self.remove_button.setEnabled(has_row)
        self.up_button.setEnabled(has_row and (self.current_row() or 0) > 0)
        self.down_button.setEnabled(has_row and (self.current_row() or 0) < self.model.rowCount() - 1)
        self.add_button.setEnabled(self.document.briefing is not None)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        if current.isValid():
            self.item_activated.emit(self.list_name, current.row())
