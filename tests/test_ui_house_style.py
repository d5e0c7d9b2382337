"""House style in the app: Preferences lists, imports, exports and logos templates; a briefing picks one."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtWidgets import QComboBox
from test_render_samples import text_of
from test_ui_support import RENDER_TIMEOUT_MS, dialog_log, open_sample, window

from briefing.model import Briefing, Template, builtin_templates
from briefing.settings import load_preferences
from briefing.templates import export_template, read_template
from briefing.ui.settings_dialog import SettingsDialog

__all__ = ["dialog_log", "window"]  # fixtures used below


def test_preferences_import_export_and_a_logo_for_templates(qtbot, tmp_path: Path) -> None:
    export_template(
        Template(name="Press Office", organisation="Ministry of Examples"), tmp_path / "shared.json"
    )
    dialog = SettingsDialog(load_preferences())
    qtbot.addWidget(dialog)
    library = dialog.template
    names = [library.choice.itemText(i) for i in range(library.choice.count())]
    assert names == ["Standard look (no template)", "Standard", "Compact 5×8", "Black and white"]

    assert library.import_file(str(tmp_path / "shared.json"))
    assert library.choice.currentText() == "Press Office"
    assert dialog.preferences().template == "press-office"

    Image.new("RGB", (300, 100), (122, 31, 61)).save(tmp_path / "logo.jpg")
    assert library.choose_logo(str(tmp_path / "logo.jpg"))
    assert library.export_file(str(tmp_path / "out.json"))
    exported = read_template(tmp_path / "out.json")
    assert exported.organisation == "Ministry of Examples" and exported.logo

    # A new briefing takes the chosen template, as the preferences say.
    card = Briefing()
    dialog.preferences().apply_to(card)
    assert card.template is not None and card.template.logo == exported.logo


def test_a_bad_template_file_is_refused_with_a_message(qtbot, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "briefing.ui.house_style.QMessageBox.warning", lambda _parent, _title, text: shown.append(text)
    )
    (tmp_path / "bad.json").write_text(
        '{"format": "briefing-template", "version": 1, "template": {"accent": "#FFFF00"}}'
    )
    dialog = SettingsDialog(load_preferences())
    qtbot.addWidget(dialog)
    count = dialog.template.choice.count()
    assert not dialog.template.import_file(str(tmp_path / "bad.json"))
    assert len(shown) == 1 and "bad.json: accent: #FFFF00 is too light" in shown[0]
    assert dialog.template.choice.count() == count
    (tmp_path / "notes.png").write_text("not a picture")
    assert not dialog.template.choose_logo(str(tmp_path / "notes.png"))
    assert "not an image" in shown[1]


def test_a_briefing_picks_a_template_in_one_undoable_step(qtbot, window) -> None:
    open_sample(qtbot, window)
    briefing = window.document.briefing
    assert briefing.template is None and briefing.layout.page_size == "A4"
    choice = window.findChild(QComboBox, "card.template")
    shown: list[bytes] = []
    window.preview.rendered.connect(lambda result: shown.append(result.pdf))
    choice.setCurrentIndex(choice.findData("compact"))
    assert briefing.template is not None and briefing.template.name == builtin_templates()["compact"].name
    assert briefing.layout.page_size == "Card5x8"
    assert window.findChild(QComboBox, "layout.page_size").currentData() == "Card5x8"
    # The preview shows the compact card: no places section.
    qtbot.waitUntil(lambda: bool(shown) and "WHERE" not in text_of(shown[-1]), timeout=RENDER_TIMEOUT_MS)
    window.document.undo_stack.undo()
    assert briefing.template is None and briefing.layout.page_size == "A4"
    assert choice.currentIndex() == 0
