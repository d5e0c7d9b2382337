"""Every command of the app, declared once: stable id, label, shortcut, tip.

Menus, toolbars and context menus are built from these declarations, so a
command has one label and one shortcut wherever it appears (Picard's
``actions.py``). Standard commands use ``QKeySequence.StandardKey`` so they
follow the platform (Ctrl+Shift+Z or Ctrl+Y for redo, Cmd on macOS, ...).
"""

from __future__ import annotations

import sys
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QToolBar, QWidget

Key = QKeySequence.StandardKey


class ActionSpec(NamedTuple):  # (not a dataclass: importing dataclasses costs 2 ms before the window shows)
    id: str
    text: str
    tip: str
    standard_key: QKeySequence.StandardKey | None = None
    shortcut: str = ""
    toolbar_text: str = ""


PICK_KINDS = ("quote", "person", "place", "date", "position", "fact", "summary")

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("file.new", "&New Blank Briefing", "Start an empty card without an article", Key.New),
    ActionSpec("file.open", "&Open…", "Open an article or a saved briefing", Key.Open, toolbar_text="Open"),
    ActionSpec("file.open_url", "Open &URL…", "Download an article from the web", shortcut="Ctrl+L"),
    ActionSpec(
        "file.paste_article",
        "&Paste as New Article",
        "Make a new briefing from the article text you copied",
        shortcut="Ctrl+Shift+V",
    ),
    ActionSpec("file.save", "&Save", "Save the briefing", Key.Save, toolbar_text="Save"),
    ActionSpec("file.save_as", "Save &As…", "Save the briefing under a new name", Key.SaveAs),
    ActionSpec(
        "file.export_pdf",
        "&Export PDF…",
        "Write the card as a PDF",
        shortcut="Ctrl+E",
        toolbar_text="Export PDF",
    ),
    ActionSpec("file.print", "&Print…", "Print the card", Key.Print, toolbar_text="Print"),
    ActionSpec("file.print_preview", "Print Pre&view…", "See the printed page before printing"),
    ActionSpec("file.close", "&Close Briefing", "Close the briefing and return to the start page", Key.Close),
    ActionSpec("file.quit", "&Quit", "Quit Briefing", Key.Quit, shortcut="Ctrl+Q"),
    ActionSpec("edit.undo", "&Undo", "Undo the last edit", Key.Undo),
    # Qt's Redo on Linux desktops is Ctrl+Shift+Z only; Ctrl+Y is the other redo key people use
    # there (and Windows' own); macOS keeps Cmd+Shift+Z alone, where Cmd+Y means something else.
    ActionSpec(
        "edit.redo",
        "&Redo",
        "Redo the edit you undid",
        Key.Redo,
        shortcut="" if sys.platform == "darwin" else "Ctrl+Y",
    ),
    ActionSpec(
        "edit.preferences",
        "Pre&ferences…",
        "Your name, default page size, citation style…",
        Key.Preferences,
        shortcut="Ctrl+,",
    ),
    ActionSpec(
        "pick.quote",
        "Add as &Quote",
        "Add the selected text as a key quote",
        shortcut="Ctrl+1",
        toolbar_text="Quote",
    ),
    ActionSpec(
        "pick.person", "Add as &Who", "Add the selected name to Who", shortcut="Ctrl+2", toolbar_text="Who"
    ),
    ActionSpec(
        "pick.place",
        "Add as W&here",
        "Add the selected place to Where",
        shortcut="Ctrl+3",
        toolbar_text="Where",
    ),
    ActionSpec(
        "pick.date",
        "Add as Whe&n",
        "Add the selected date or time to When",
        shortcut="Ctrl+4",
        toolbar_text="When",
    ),
    ActionSpec(
        "pick.position",
        "Add as &Position",
        "Add the selected text as a party’s stated position",
        shortcut="Ctrl+5",
        toolbar_text="Position",
    ),
    ActionSpec(
        "pick.fact",
        "Add as &Fact",
        "Add the selected text as a key fact",
        shortcut="Ctrl+6",
        toolbar_text="Fact",
    ),
    ActionSpec(
        "pick.summary",
        "Use as &Summary",
        "Use the selected text as the summary",
        shortcut="Ctrl+7",
        toolbar_text="Summary",
    ),
    ActionSpec("view.next_pane", "&Next Pane", "Move the keyboard focus to the next pane", shortcut="F6"),
    ActionSpec(
        "view.previous_pane",
        "Pre&vious Pane",
        "Move the keyboard focus to the previous pane",
        shortcut="Shift+F6",
    ),
    ActionSpec("help.about", "&About Briefing", "Version and licence"),
)

MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "&File",
        (
            "file.new",
            "file.open",
            "file.open_url",
            "file.paste_article",
            "file.recent",
            "file.reopen_encoding",
            "-",
            "file.save",
            "file.save_as",
            "-",
            "file.export_pdf",
            "file.print",
            "file.print_preview",
            "-",
            "file.close",
            "file.quit",
        ),
    ),
    ("&Edit", ("edit.undo", "edit.redo", "-", "edit.preferences")),
    ("&Pick", tuple(f"pick.{kind}" for kind in PICK_KINDS)),
    ("&View", ("view.next_pane", "view.previous_pane")),
    ("&Help", ("help.about",)),
)

FILE_TOOLBAR = ("file.open", "file.save", "file.export_pdf", "file.print")
PICK_TOOLBAR = tuple(f"pick.{kind}" for kind in PICK_KINDS)


class ActionRegistry:
    """The window's ``QAction`` objects, looked up by their stable id."""

    def __init__(self, parent: QWidget) -> None:
        self._actions: dict[str, QAction] = {}
        for spec in ACTIONS:
            action = QAction(spec.text, parent)
            action.setObjectName(spec.id)
            action.setStatusTip(spec.tip)
            action.setToolTip(_tooltip(spec))
            keys: list[QKeySequence] = []
            if spec.standard_key is not None:
                keys += QKeySequence.keyBindings(spec.standard_key)
            if spec.shortcut and QKeySequence(spec.shortcut) not in keys:
                keys.append(QKeySequence(spec.shortcut))
            action.setShortcuts(keys)
            if spec.toolbar_text:
                action.setIconText(spec.toolbar_text)
            parent.addAction(action)  # shortcuts work even while the menu bar is hidden
            self._actions[spec.id] = action
        self.command_keys = CommandKeys(
            parent, [self._actions[spec.id] for spec in ACTIONS if spec.id not in FIELD_OWNED]
        )

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._actions.values())

    def pick_actions(self) -> list[QAction]:
        return [self._actions[f"pick.{kind}"] for kind in PICK_KINDS]

    def fill_menu(self, menu: QMenu, ids: tuple[str, ...], submenus: dict[str, QMenu]) -> None:
        for action_id in ids:
            if action_id == "-":
                menu.addSeparator()
            elif action_id in submenus:
                menu.addMenu(submenus[action_id])
            else:
                menu.addAction(self._actions[action_id])

    def fill_toolbar(self, toolbar: QToolBar, ids: tuple[str, ...]) -> None:
        for action_id in ids:
            if action_id == "-":
                toolbar.addSeparator()
            else:
                toolbar.addAction(self._actions[action_id])


FIELD_OWNED = ("edit.undo", "edit.redo")
"""Commands a text field does itself while it has the focus (undoing its own typing)."""


class CommandKeys(QObject):
    """Lets the window's commands win over a text field's own use of the same keys.

    A focused text field claims the keys it binds (on X11, Ctrl+E moves to the end of the
    line), and Qt then never triggers the window's shortcut. Here the field's claim (the
    ShortcutOverride event) is withheld for the window's command keys, so Ctrl+E exports
    from any field.
    """

    def __init__(self, window: QWidget, actions: list[QAction]) -> None:
        super().__init__(window)
        self._window = window
        self._keys = {key.toString() for action in actions for key in action.shortcuts()}
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self._window or not isinstance(event, QKeyEvent):
            return False
        pressed = QKeySequence(event.keyCombination()).toString()
        return pressed in self._keys  # True: the field never sees it, so the shortcut runs


def _tooltip(spec: ActionSpec) -> str:
    label = spec.text.replace("&", "").rstrip("…")
    keys = QKeySequence.keyBindings(spec.standard_key) if spec.standard_key is not None else []
    key = keys[0] if keys else QKeySequence(spec.shortcut)
    shown = key.toString(QKeySequence.SequenceFormat.NativeText)
    return f"{label} ({shown})" if shown else label
