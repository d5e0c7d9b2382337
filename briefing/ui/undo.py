"""Undoable edits of the open briefing: one ``QUndoCommand`` per kind of change.

Commands hold references to the model objects they change (a Person, the
Citation, ...), not row numbers, so an undo still hits the right item after
the list was reordered. They call the document's ``apply_*`` primitives, which
change the model and tell the views.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from .document import BriefingDocument

_SET_FIELD_ID = 1001


class SetFieldCommand(QUndoCommand):
    """Set ``target.attribute``; consecutive edits of the same field merge into one step."""

    def __init__(
        self, document: BriefingDocument, target: object, attribute: str, value: Any, label: str, merge: bool
    ) -> None:
        super().__init__(f"Edit {label}")
        self._document = document
        self._target = target
        self._attribute = attribute
        self._old = getattr(target, attribute)
        self._new = value
        self._merge = merge

    def id(self) -> int:
        return _SET_FIELD_ID if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldCommand) or not other._merge:
            return False
        if other._target is not self._target or other._attribute != self._attribute:
            return False
        self._new = other._new
        # Typing a field back to what it was leaves nothing to undo.
        self.setObsolete(self._new == self._old)
        return True

    def redo(self) -> None:
        self._document.apply_field(self._target, self._attribute, self._new)

    def undo(self) -> None:
        self._document.apply_field(self._target, self._attribute, self._old)


class StepsCommand(QUndoCommand):
    """Several commands as one undo step (kept here: Qt's own child commands lose their Python side)."""

    def __init__(self, label: str, steps: Sequence[QUndoCommand]) -> None:
        super().__init__(label)
        self._steps = list(steps)

    def redo(self) -> None:
        for step in self._steps:
            step.redo()

    def undo(self) -> None:
        for step in reversed(self._steps):
            step.undo()


class InsertItemCommand(QUndoCommand):
    """Insert ``item`` into one of the briefing's lists."""

    def __init__(
        self, document: BriefingDocument, list_name: str, row: int, item: object, label: str
    ) -> None:
        super().__init__(label)
        self._document = document
        self._list_name = list_name
        self._row = row
        self._item = item

    def redo(self) -> None:
        self._document.apply_insert(self._list_name, self._row, self._item)

    def undo(self) -> None:
        self._document.apply_remove(self._list_name, self._row)


class RemoveItemCommand(QUndoCommand):
    """Remove the item at ``row`` (kept here so undo puts the same object back)."""

    def __init__(self, document: BriefingDocument, list_name: str, row: int, label: str) -> None:
        super().__init__(label)
        self._document = document
        self._list_name = list_name
        self._row = row
        self._item = document.items(list_name)[row]

    def redo(self) -> None:
        self._document.apply_remove(self._list_name, self._row)

    def undo(self) -> None:
        self._document.apply_insert(self._list_name, self._row, self._item)


class MoveItemCommand(QUndoCommand):
    """Move the item at ``source`` so that it ends up at row ``target``."""

    def __init__(
        self, document: BriefingDocument, list_name: str, source: int, target: int, label: str
    ) -> None:
        super().__init__(label)
        self._document = document
        self._list_name = list_name
        self._source = source
        self._target = target

    def redo(self) -> None:
        self._document.apply_move(self._list_name, self._source, self._target)

    def undo(self) -> None:
        self._document.apply_move(self._list_name, self._target, self._source)
