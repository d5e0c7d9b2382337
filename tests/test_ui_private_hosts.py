"""The preference that lets Open URL reach private network addresses (issue 15.5): off unless chosen."""

from __future__ import annotations

from local_web import LocalWeb, send
from PySide6.QtWidgets import QCheckBox
from test_ui_support import dialog_log, window

from briefing.settings import Preferences, load_preferences, save_preferences
from briefing.ui.settings_dialog import SettingsDialog

__all__ = ["dialog_log", "window"]


def test_the_preference_is_a_checkbox_off_by_default_and_kept(qtbot, tmp_path):
    assert Preferences.defaults().allow_private_hosts is False
    dialog = SettingsDialog(Preferences.defaults())
    qtbot.addWidget(dialog)
    box = dialog.findChild(QCheckBox, "preferences.allow_private_hosts")
    assert box is not None and box.isChecked() is False
    assert box.accessibleName() == "Allow downloads from private network addresses"
    box.setChecked(True)
    chosen = dialog.preferences()
    assert chosen.allow_private_hosts is True
    save_preferences(chosen, tmp_path)
    assert load_preferences(tmp_path).allow_private_hosts is True


def test_open_url_on_a_private_address_says_why_and_where_to_allow_it(qtbot, window, dialog_log):
    with LocalWeb() as web:
        web.routes["/story"] = send(b"<html><body><p>Never served.</p></body></html>")
        dialog_log.answer("ask_url", f"{web.base}/story")
        dialog_log.answer("show_error", None)
        window.actions_["file.open_url"].trigger()
        qtbot.waitUntil(lambda: bool(dialog_log.asked("show_error")), timeout=15_000)
        (_parent, title, text, _detail) = dialog_log.asked("show_error")[0]
        assert title == "Could Not Open URL"
        assert text.startswith("Briefing did not connect to 127.0.0.1: it is a loopback address")
        assert "“Allow downloads from private network addresses” in Preferences" in text
        assert web.seen == []
    assert window.document.briefing is None
