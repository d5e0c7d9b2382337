"""Platform conventions a user notices: the system's shortcuts and print dialog.

Qt supplies both per platform at run time (QKeySequence.StandardKey: Ctrl+Y and Ctrl+Shift+Z for
redo on Windows, ⌘ on macOS; QPrintDialog: the system's own dialog on Windows and macOS), so what
is checked here is that the app asks Qt for them rather than naming keys or dialogs of its own.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from briefing.ui import dialogs
from briefing.ui.actions import ACTIONS

Key = QKeySequence.StandardKey
STANDARD = {
    "file.new": Key.New, "file.open": Key.Open, "file.save": Key.Save, "file.save_as": Key.SaveAs,
    "file.print": Key.Print, "file.close": Key.Close, "file.quit": Key.Quit, "edit.undo": Key.Undo,
    "edit.redo": Key.Redo, "edit.preferences": Key.Preferences,
}  # fmt: skip


def test_standard_commands_take_the_platforms_own_keys() -> None:
    declared = {spec.id: spec.standard_key for spec in ACTIONS}
    assert {action_id: declared.get(action_id) for action_id in STANDARD} == STANDARD


def test_no_shortcut_names_a_mac_key() -> None:
    """Qt reads Ctrl as ⌘ on macOS; a shortcut written with Meta would be the Control key there."""
    for spec in ACTIONS:
        assert not any(word in spec.shortcut for word in ("Meta", "Cmd", "⌘")), spec


def test_printing_asks_in_the_systems_print_dialog(qapp, monkeypatch) -> None:
    shown: list[QPrintDialog] = []
    monkeypatch.setattr(
        QPrintDialog, "exec", lambda self: shown.append(self) or QPrintDialog.DialogCode.Rejected
    )
    printer = QPrinter()
    assert dialogs.ask_print(None, printer) is False  # cancelled
    (dialog,) = shown
    assert type(dialog) is QPrintDialog and dialog.printer() is printer
