"""Fixtures and helpers for the app tests (imported by the test_ui_* modules; holds no tests).

Every modal dialog goes through ``briefing.ui.dialogs``; the ``no_dialogs``
fixture makes each one fail the test unless the test installed an answer, so a
stray dialog can never hang a run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QPushButton, QToolBar, QToolButton, QWidget

from briefing.ui import dialogs
from briefing.ui.main_window import MainWindow

RENDER_TIMEOUT_MS = 15_000
MODAL_FUNCTIONS = (
    "ask_open_path",
    "ask_save_path",
    "ask_save_changes",
    "confirm",
    "show_error",
    "ask_print",
    "show_print_preview",
    "ask_recover",
    "ask_preferences",
    "show_about",
    "ask_url",
)


class DialogLog:
    """What the app asked; answers are installed per test with :meth:`answer`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self._monkeypatch = monkeypatch
        for name in MODAL_FUNCTIONS:
            monkeypatch.setattr(dialogs, name, self._unexpected(name))

    def _unexpected(self, name: str) -> Callable[..., Any]:
        def fail(*args: Any, **_kwargs: Any) -> Any:
            self.calls.append((name, args))
            raise AssertionError(f"unexpected dialog {name}{args[1:]}")

        return fail

    def answer(self, name: str, reply: Any) -> None:
        """Make ``dialogs.<name>`` return ``reply`` (or call it, if it is callable) and log the call."""

        def respond(*args: Any, **_kwargs: Any) -> Any:
            self.calls.append((name, args))
            return reply(*args) if callable(reply) else reply

        self._monkeypatch.setattr(dialogs, name, respond)

    def asked(self, name: str) -> list[tuple[Any, ...]]:
        return [args for called, args in self.calls if called == name]


@pytest.fixture
def dialog_log(monkeypatch: pytest.MonkeyPatch) -> DialogLog:
    return DialogLog(monkeypatch)


@pytest.fixture
def window(qtbot: Any, dialog_log: DialogLog) -> Iterator[MainWindow]:
    """A shown, active main window with no briefing open."""
    main = MainWindow()  # not qtbot.addWidget: pytest-qt would close it before we discard the test's edits
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    yield main
    main.document.open(None)  # nothing unsaved: closing must not ask
    main.close()
    main.deleteLater()
    QApplication.processEvents()


def wait_for_render(qtbot: Any, main: MainWindow) -> Any:
    """Wait until the preview shows a render of the current briefing; returns the RenderResult."""
    with qtbot.waitSignal(main.preview.rendered, timeout=RENDER_TIMEOUT_MS) as blocker:
        pass
    return blocker.args[0]


def open_sample(qtbot: Any, main: MainWindow) -> Any:
    """Click "Try the Sample Article" on the welcome page and wait for the first preview."""
    with qtbot.waitSignal(main.preview.rendered, timeout=RENDER_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(main.findChild(QPushButton, "welcome.sample"), Qt.MouseButton.LeftButton)
    return blocker.args[0]


def select_in_article(main: MainWindow, text: str) -> None:
    """Select ``text`` in the article view, as a user dragging over it would."""
    view = main.article_view
    cursor = view.document().find(text, 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not cursor.isNull(), f"{text!r} is not in the article"
    view.setTextCursor(cursor)
    view.setFocus()
    QApplication.processEvents()


def toolbar_button(main: MainWindow, action_id: str) -> QToolButton:
    """The toolbar button a user clicks for the action ``action_id``."""
    action = main.actions_[action_id]
    for toolbar in main.findChildren(QToolBar):
        button = toolbar.widgetForAction(action)
        if button is not None:
            assert isinstance(button, QToolButton)
            return button
    raise AssertionError(f"{action_id} is on no toolbar")


def press(
    qtbot: Any, main: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press a key in whatever widget has the focus (shortcuts resolve as for a user)."""
    target = QApplication.focusWidget() or main
    qtbot.keyClick(target, key, modifiers)


def drop(
    target: QWidget, mime: QMimeData, position: QPoint, action: Qt.DropAction = Qt.DropAction.MoveAction
) -> bool:
    """Drag ``mime`` onto ``target`` at ``position`` and release it there; returns whether the drop was taken.

    Qt delivers a drop only to the widget that accepted the drag's enter event, so both are sent.
    """
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    at = QPointF(position)
    enter = QDragEnterEvent(at, action, mime, buttons, keys)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(target, QDragMoveEvent(at, action, mime, buttons, keys))
    release = QDropEvent(at, action, mime, buttons, keys)
    QApplication.sendEvent(target, release)
    return release.isAccepted()


def article_file(folder: Path, name: str, title: str, paragraphs: list[str]) -> Path:
    """A plain-text article the app can open."""
    path = folder / name
    path.write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path
