"""The app as a whole: start-up, preferences, window state, keyboard use, accessibility, dark palette."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
)
from test_ui_support import dialog_log, open_sample, press, window

from briefing.settings import load_preferences
from briefing.ui.actions import ACTIONS
from briefing.ui.main_window import MainWindow, window_state
from briefing.ui.settings_dialog import SettingsDialog

__all__ = ["dialog_log", "window"]
ROOT = Path(__file__).resolve().parents[1]


def test_smoke_test_mode_renders_the_sample_and_exits_cleanly():
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from briefing.ui.app import run; sys.exit(run([], smoke_test=True))",
        ],
        capture_output=True,
        text=True,
        timeout=90,
        cwd=ROOT,
        env=environment,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    assert len(lines) == 1 and "smoke test OK" in lines[0] and "1 page" in lines[0]


def test_no_heavy_module_is_imported_before_the_window_is_shown():
    heavy = (
        "reportlab",
        "citeproc",
        "briefing.render",
        "briefing.ingest",
        "briefing.suggest",
        "dateutil",
        "briefing.model",
        "briefing.settings",
        "briefing.ui.file_ops",
        "briefing.ui.workspace",
    )
    probe = (
        "import sys; from briefing.ui.app import make_application; app = make_application();"
        "from briefing.ui.main_window import MainWindow; w = MainWindow(); w.show(); app.processEvents();"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules))"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=environment,
        check=True,
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_the_command_line_file_opens_once_the_window_has_painted(tmp_path):
    """``briefing FILE``: the window paints first, then the file commands load and FILE opens."""
    article = tmp_path / "story.txt"
    article.write_text("Command Line Story\n\nIt opened after the window painted.\n", encoding="utf-8")
    script = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QTimer
        from briefing.ui import app
        from briefing.ui.main_window import MainWindow
        application = app.make_application()

        def report():
            window = next(w for w in application.topLevelWidgets() if isinstance(w, MainWindow))
            briefing = window.document.briefing
            print("headline:", briefing.headline if briefing else None, flush=True)
            print("recent:", [p.name for p in window.files.recent.paths], flush=True)
            window.document.open(None)
            application.quit()

        QTimer.singleShot(4000, report)
        sys.exit(app.run(sys.argv[1:]))
    """)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script, str(article)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=environment,
        check=False,
    )
    assert "headline: Command Line Story" in done.stdout, done.stdout + done.stderr
    assert "recent: ['story.txt']" in done.stdout


def test_window_state_lives_beside_the_preferences(window):
    from briefing.settings import config_dir

    assert Path(window_state().fileName()) == config_dir() / "window-state.ini"


def test_preferences_are_used_for_new_briefings(qtbot, window, dialog_log):
    def choose(_parent, current):  # fill in the real dialog, as a user would, and press OK
        dialog = SettingsDialog(current)
        qtbot.addWidget(dialog)
        dialog.prepared_by.setText("Dana Whitfield")
        dialog.page_size.setCurrentIndex(dialog.page_size.findData("A5"))
        dialog.citation_style.setCurrentIndex(dialog.citation_style.findData("mla"))
        dialog.marking.setCurrentText("TLP:GREEN")
        dialog.qr.setChecked(False)
        return dialog.preferences()

    dialog_log.answer("ask_preferences", choose)
    window.actions_["edit.preferences"].trigger()
    stored = load_preferences()
    assert (stored.prepared_by, stored.page_size, stored.citation_style, stored.marking, stored.qr) == (
        "Dana Whitfield",
        "A5",
        "mla",
        "TLP:GREEN",
        False,
    )
    open_sample(qtbot, window)
    assert window.form.widget_for("card", "prepared_by").text() == "Dana Whitfield"
    assert window.form.widget_for("layout", "page_size").currentData() == "A5"
    assert window.form.widget_for("layout", "marking").currentText() == "TLP:GREEN"
    assert not window.form.widget_for("layout", "qr").isChecked()
    assert window.document.briefing.citation.style == "mla"


def test_window_state_is_kept_apart_and_restored(qtbot, dialog_log):
    first = MainWindow()
    first.resize(760, 560)  # within the offscreen screen (800 × 600), so nothing is clamped
    first.show()
    first.workspace.setSizes([300, 700, 300])
    sizes = first.workspace.sizes()
    first.close()
    assert Path(window_state().fileName()).name == "window-state.ini"
    assert window_state().fileName().startswith(os.environ["XDG_CONFIG_HOME"])
    second = MainWindow()
    second.show()
    try:
        assert second.workspace.sizes() == sizes
        assert (second.size().width(), second.size().height()) == (760, 560)
    finally:
        second.close()


def test_standard_shortcuts_follow_the_platform(window):
    for action_id, key in (
        ("file.open", QKeySequence.StandardKey.Open),
        ("file.save", QKeySequence.StandardKey.Save),
        ("file.print", QKeySequence.StandardKey.Print),
        ("edit.undo", QKeySequence.StandardKey.Undo),
        ("edit.redo", QKeySequence.StandardKey.Redo),
    ):
        assert QKeySequence.keyBindings(key)[0] in window.actions_[action_id].shortcuts()
    assert QKeySequence("Ctrl+E") in window.actions_["file.export_pdf"].shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in window.actions_["edit.redo"].shortcuts()
    ids = [spec.id for spec in ACTIONS]
    assert len(ids) == len(set(ids))
    shortcuts = [key.toString() for action in window.actions_ for key in action.shortcuts()]
    assert len(shortcuts) == len(set(shortcuts)), "two commands share a shortcut"


def test_f6_moves_between_the_three_panes(qtbot, window):
    open_sample(qtbot, window)
    window.article_view.setFocus()
    press(qtbot, window, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.form.widget_for("card", "headline")
    press(qtbot, window, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.preview.view
    press(qtbot, window, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.article_view
    press(qtbot, window, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.preview.view


def test_tab_reaches_every_form_field_from_the_keyboard(qtbot, window):
    open_sample(qtbot, window)
    headline = window.form.widget_for("card", "headline")
    headline.setFocus()
    reached = set()
    for _ in range(80):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget().objectName())
    for name in (
        "card.summary",
        "table.quotes",
        "table.people",
        "citation.url",
        "citation.style",
        "layout.page_size",
        "layout.qr",
    ):
        assert name in reached, name


def test_every_control_has_an_accessible_name(qtbot, window):
    open_sample(qtbot, window)
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QCheckBox, QTableView, QAbstractButton)
    unnamed = []
    for kind in kinds:
        for widget in window.findChildren(kind):
            if kind is QLineEdit and isinstance(widget.parent(), QComboBox):
                continue  # the combo box carries the name
            if not widget.isVisibleTo(window) or widget.objectName().startswith("qt_"):
                continue  # hidden, or Qt's own helper (a table's corner button)
            if not (widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text())):
                unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def test_dark_palette_gives_dark_highlights(qtbot, window):
    app = QApplication.instance()
    original = app.palette()
    dark = QPalette(original)
    for role, colour in (
        (QPalette.ColorRole.Window, "#1e1f22"),
        (QPalette.ColorRole.Base, "#15161a"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
    ):
        dark.setColor(role, QColor(colour))
    app.setPalette(dark)
    try:
        open_sample(qtbot, window)
        window.article_view.setPalette(dark)
        window._refresh_highlights()
        selections = window.article_view.extraSelections()
        highlight = QColor(selections[0].format.background().color())
        assert highlight.lightness() < 128  # a light tint would glare on a dark page
    finally:
        app.setPalette(original)
