"""One Qt table model over any of the briefing's item lists (people, places, quotes, ...).

The columns of each list are declared as data in :data:`LIST_SPECS`. Edits go
through the document (so they are undoable); the model follows the document's
signals, so an undo updates every view.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ..model import Article, DateItem, Fact, Person, Place, Quote, Span, Stance, is_verbatim
from .dates import format_date, parse_date
from .document import BriefingDocument

ROW_MIME_TYPE = "application/x-briefing-item-row"
SOURCE_COLUMN = "source"
Index = QModelIndex | QPersistentModelIndex

SHOWN_CHARS = 2_000
"""A table cell shows at most this much of a text (a 60 MB quote in a file took minutes and
gigabytes to lay out); editing the cell still gets the whole text."""
TOOLTIP_CHARS = 4_000


def _shown(value: Any, limit: int) -> Any:
    if isinstance(value, str) and len(value) > limit:
        return value[: limit - 1] + "…"
    return value


@dataclass(frozen=True)
class Column:
    attribute: str
    title: str
    stretch: bool = False


@dataclass(frozen=True)
class ListSpec:
    name: str
    title: str
    item_type: type
    columns: tuple[Column, ...]
    empty_hint: str


LIST_SPECS: dict[str, ListSpec] = {
    spec.name: spec
    for spec in (
        ListSpec(
            "people",
            "Who",
            Person,
            (
                Column("name", "Name"),
                Column("position", "Position / title", True),
                Column("affiliation", "Affiliation"),
            ),
            "Select a name in the article and press Ctrl+2.",
        ),
        ListSpec(
            "places",
            "Where",
            Place,
            (Column("name", "Place"), Column("context", "What happens there", True)),
            "Select a place in the article and press Ctrl+3.",
        ),
        ListSpec(
            "dates",
            "When",
            DateItem,
            (Column("text", "When"), Column("date", "Date"), Column("event", "What happens", True)),
            "Select a date or time in the article and press Ctrl+4.",
        ),
        ListSpec(
            "positions",
            "Positions",
            Stance,
            (Column("party", "Party"), Column("stance", "Stated position", True)),
            "Select what a party wants, offers or rejects and press Ctrl+5.",
        ),
        ListSpec(
            "quotes",
            "Key quotes",
            Quote,
            (Column("text", "Quote (verbatim)", True), Column("speaker", "Speaker"), Column("role", "Role")),
            "Select a quotation in the article and press Ctrl+1.",
        ),
        ListSpec(
            "facts",
            "Key facts",
            Fact,
            (Column("text", "Fact", True),),
            "Select a sentence in the article and press Ctrl+6.",
        ),
    )
}


def source_status(item: Any, article: Article | None) -> tuple[str, str, bool]:
    """What the Source column says about ``item``: (label, explanation, is_a_warning).

    A quote that no longer reproduces its source word for word is flagged as
    modified; ellipses and [bracketed] insertions are allowed.
    """
    span: Span | None = getattr(item, "source", None)
    paragraphs = article.paragraphs if article else []
    source_text = span.text_in(paragraphs) if span is not None else None
    number = span.paragraph + 1 if span is not None else 0
    if isinstance(item, Quote) and item.text.strip():
        if source_text is not None:
            if is_verbatim(item.text, source_text):
                return f"¶ {number}", f"Verbatim from paragraph {number}", False
            return (
                f"¶ {number} · modified",
                "Edited: this no longer matches the article word for word "
                "(… for left-out words and [brackets] for insertions are fine).",
                True,
            )
        if article is not None and is_verbatim(item.text, article.text):
            return "in article", "Found word for word in the article", False
        if article is not None:
            return "not in article", "This quote does not appear word for word in the article.", True
    if source_text is not None:
        return f"¶ {number}", f"Picked from paragraph {number}", False
    return "typed", "Typed in, not picked from the article", False


class ItemTableModel(QAbstractTableModel):
    """The rows of one list of the open briefing, editable in place and reorderable by drag."""

    edit_rejected = Signal(str)
    """An edit could not be used (e.g. a date that is not a date); the text says why."""

    def __init__(self, document: BriefingDocument, list_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.spec = LIST_SPECS[list_name]
        self.columns = (*self.spec.columns, Column(SOURCE_COLUMN, "Source"))
        document.reset.connect(self._on_document_reset)
        document.item_about_to_insert.connect(self._on_about_to_insert)
        document.item_inserted.connect(self._on_inserted)
        document.item_about_to_remove.connect(self._on_about_to_remove)
        document.item_removed.connect(self._on_removed)
        document.item_about_to_move.connect(self._on_about_to_move)
        document.item_moved.connect(self._on_moved)
        document.field_changed.connect(self._on_field_changed)

    # -- reading --------------------------------------------------------------------

    def items(self) -> list[Any]:
        return self.document.items(self.spec.name) if self.document.briefing is not None else []

    def item(self, row: int) -> Any:
        return self.items()[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items()):
            return None
        item = self.item(index.row())
        column = self.columns[index.column()]
        if column.attribute == SOURCE_COLUMN:
            return self._source_data(item, role)
        value = getattr(item, column.attribute)
        if role == Qt.ItemDataRole.EditRole:
            return format_date(value) if column.attribute == "date" else value
        if role == Qt.ItemDataRole.DisplayRole:
            return format_date(value) if column.attribute == "date" else _shown(value, SHOWN_CHARS)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and len(value) > 40:
            return _shown(value, TOOLTIP_CHARS)
        return None

    def _source_data(self, item: Any, role: int) -> Any:
        briefing = self.document.briefing
        label, explanation, warning = source_status(item, briefing.article if briefing else None)
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return explanation
        if role == Qt.ItemDataRole.ForegroundRole:
            if warning:
                return QColor("#c0392b") if _is_light() else QColor("#ff8a80")
            return QApplication.palette().color(
                QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        base |= Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if self.columns[index.column()].attribute != SOURCE_COLUMN:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    # -- editing --------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        if column.attribute == SOURCE_COLUMN:
            return False
        item = self.item(index.row())
        text = " ".join(str(value).split())
        if column.attribute == "date":
            try:
                new_value: Any = parse_date(text)
            except ValueError as error:
                self.edit_rejected.emit(str(error))
                return False
        else:
            new_value = text
        label = f"{self.spec.title.lower()} {column.title.lower()}"
        self.document.set_field(item, column.attribute, new_value, label=label, merge=False)
        return True

    # -- drag to reorder ------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            data.setData(ROW_MIME_TYPE, QByteArray(f"{self.spec.name}:{rows[0]}".encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(ROW_MIME_TYPE):
            return False
        list_name, _, number = bytes(data.data(ROW_MIME_TYPE).data()).decode().partition(":")
        if list_name != self.spec.name or not number.isdigit():
            return False  # a row of another list (quotes dragged onto people) is no reorder
        source = int(number)
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        target = row - 1 if row > source else row  # ``row`` counts the dragged item itself
        self.document.move_item(self.spec.name, source, target)
        # False tells the view not to delete the dragged row: the move already happened.
        return False

    # -- following the document -------------------------------------------------------

    def _on_document_reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _on_about_to_insert(self, list_name: str, row: int) -> None:
        if list_name == self.spec.name:
            self.beginInsertRows(QModelIndex(), row, row)

    def _on_inserted(self, list_name: str, _row: int) -> None:
        if list_name == self.spec.name:
            self.endInsertRows()

    def _on_about_to_remove(self, list_name: str, row: int) -> None:
        if list_name == self.spec.name:
            self.beginRemoveRows(QModelIndex(), row, row)

    def _on_removed(self, list_name: str, _row: int) -> None:
        if list_name == self.spec.name:
            self.endRemoveRows()

    def _on_about_to_move(self, list_name: str, source: int, target: int) -> None:
        if list_name == self.spec.name:
            destination = target + 1 if target > source else target
            self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)

    def _on_moved(self, list_name: str, _source: int, _target: int) -> None:
        if list_name == self.spec.name:
            self.endMoveRows()

    def _on_field_changed(self, target: object, _attribute: str) -> None:
        if self.document.briefing is None:
            return
        for row, item in enumerate(self.items()):
            if item is target:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
                return


def _is_light() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Base).lightness() >= 128
