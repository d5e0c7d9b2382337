"""The open briefing as the views see it: the model, its file, its undo history, change signals.

Views never change the model directly: they call :meth:`BriefingDocument.set_field`,
:meth:`insert_item`, :meth:`remove_item` or :meth:`move_item`, which push an undo
command; the command changes the model and the document emits a signal every
view listens to (napari's "one view per model object, subscribed to its events").
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from .undo import InsertItemCommand, MoveItemCommand, RemoveItemCommand, SetFieldCommand, StepsCommand

if TYPE_CHECKING:
    # Only named: the window is built before the model loads.
    from ..model import Article, Briefing, Citation, FieldOrigin

LIST_NAMES = ("people", "places", "dates", "positions", "quotes", "facts")
ITEM_NOUNS = {
    "people": "person",
    "places": "place",
    "dates": "date",
    "positions": "position",
    "quotes": "quote",
    "facts": "fact",
}


class BriefingDocument(QObject):
    """The briefing being edited (or none), where it is saved, and whether it has unsaved edits."""

    field_changed = Signal(object, str)
    """A field changed: (the object that holds it, the attribute name)."""
    # Item lists announce a change before and after it, as Qt's item models need.
    item_about_to_insert = Signal(str, int)
    item_inserted = Signal(str, int)
    item_about_to_remove = Signal(str, int)
    item_removed = Signal(str, int)
    item_about_to_move = Signal(str, int, int)
    item_moved = Signal(str, int, int)
    structure_changed = Signal()
    """Items were added, removed or reordered (autosave listens)."""
    changed = Signal()
    """Anything on the card changed (the preview listens)."""
    reset = Signal()
    """A different briefing (or none) is now open."""
    path_changed = Signal()
    modified_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.briefing: Briefing | None = None
        self.path: Path | None = None
        self.undo_stack = QUndoStack(self)
        self._unsaved_from_start = False
        # A bound method, not a lambda: Qt drops a QObject receiver's connections before deleting
        # its children, so the stack's last cleanChanged at shutdown never reaches a dead stack.
        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)

    def _on_undo_stack_clean_changed(self, _clean: bool) -> None:
        self.modified_changed.emit(self.is_modified)

    # -- whole documents ------------------------------------------------------------

    def open(self, briefing: Briefing | None, path: Path | None = None, modified: bool = False) -> None:
        """Show ``briefing`` (saved at ``path``, if any); the undo history starts afresh."""
        self.undo_stack.clear()
        self.briefing = briefing
        self.path = path
        # A recovered card is not on disk yet: it counts as unsaved until saved.
        self._unsaved_from_start = modified
        self.reset.emit()
        self.modified_changed.emit(self.is_modified)
        self.path_changed.emit()
        self.changed.emit()
        self.structure_changed.emit()

    def close(self) -> None:
        self.open(None)

    def mark_saved(self, path: Path) -> None:
        self.path = path
        self._unsaved_from_start = False
        self.undo_stack.setClean()
        self.path_changed.emit()
        self.modified_changed.emit(False)

    @property
    def is_modified(self) -> bool:
        if self.briefing is None:
            return False
        return self._unsaved_from_start or not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        if self.briefing is not None and self.briefing.headline.strip():
            return self.briefing.headline.strip()
        return "Untitled briefing"

    def items(self, list_name: str) -> list[Any]:
        if self.briefing is None or list_name not in LIST_NAMES:
            raise KeyError(list_name)
        items: list[Any] = getattr(self.briefing, list_name)
        return items

    # -- edits (undoable) -----------------------------------------------------------

    def set_field(
        self, target: object, attribute: str, value: Any, label: str = "", merge: bool = True
    ) -> None:
        """Set ``target.attribute`` to ``value`` as one undoable step (typing merges)."""
        if getattr(target, attribute) == value:
            return
        self.undo_stack.push(SetFieldCommand(self, target, attribute, value, label or attribute, merge))

    def confirm_field(
        self,
        citation: Citation,
        attribute: str,
        value: Any | None,
        article: Article,
        origins: list[FieldOrigin],
        label: str,
    ) -> None:
        """Set ``attribute`` of the citation and the article to ``value`` (``None``: keep it) and the
        article's ``origins``, as one step.

        How the user confirms a field whose sources disagreed: the new origins record it, and
        the article's value is the one the user chose (so its origin, "user", is true of it).
        """
        steps = [
            SetFieldCommand(self, target, attribute, value, label, False)
            for target in (citation, article)
            if value is not None and getattr(target, attribute) != value
        ]
        steps.append(SetFieldCommand(self, article, "origins", origins, label, False))
        self.undo_stack.push(StepsCommand(label, steps))

    def insert_item(self, list_name: str, item: object, row: int | None = None) -> int:
        """Add ``item`` to a list (at the end by default); returns its row."""
        items = self.items(list_name)
        row = len(items) if row is None else max(0, min(row, len(items)))
        label = f"Add {ITEM_NOUNS[list_name]}"
        self.undo_stack.push(InsertItemCommand(self, list_name, row, item, label))
        return row

    def remove_item(self, list_name: str, row: int) -> None:
        if 0 <= row < len(self.items(list_name)):
            label = f"Delete {ITEM_NOUNS[list_name]}"
            self.undo_stack.push(RemoveItemCommand(self, list_name, row, label))

    def move_item(self, list_name: str, source: int, target: int) -> None:
        """Move the item at row ``source`` to row ``target`` (both in the list as it is now)."""
        count = len(self.items(list_name))
        target = max(0, min(target, count - 1))
        if source == target or not 0 <= source < count:
            return
        label = f"Move {ITEM_NOUNS[list_name]}"
        self.undo_stack.push(MoveItemCommand(self, list_name, source, target, label))

    # -- primitives (called by the undo commands only) ------------------------------

    def apply_field(self, target: object, attribute: str, value: Any) -> None:
        setattr(target, attribute, value)
        self.field_changed.emit(target, attribute)
        self.changed.emit()

    def apply_insert(self, list_name: str, row: int, item: object) -> None:
        self.item_about_to_insert.emit(list_name, row)
        self.items(list_name).insert(row, item)
        self.item_inserted.emit(list_name, row)
        self._structure_changed()

    def apply_remove(self, list_name: str, row: int) -> None:
        self.item_about_to_remove.emit(list_name, row)
        del self.items(list_name)[row]
        self.item_removed.emit(list_name, row)
        self._structure_changed()

    def apply_move(self, list_name: str, source: int, target: int) -> None:
        self.item_about_to_move.emit(list_name, source, target)
        items = self.items(list_name)
        items.insert(target, items.pop(source))
        self.item_moved.emit(list_name, source, target)
        self._structure_changed()

    def _structure_changed(self) -> None:
        self.structure_changed.emit()
        self.changed.emit()
