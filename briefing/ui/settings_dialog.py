"""The Preferences dialog: the defaults new briefings start with."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..model import CITATION_STYLES, MARKING_PRESETS, PAGE_SIZES
from ..settings import OPTIONS, Preferences
from .house_style import TemplateLibrary

LABELS = {option.name: option.label for option in OPTIONS}


class SettingsDialog(QDialog):
    """Edit :class:`~briefing.settings.Preferences`; :meth:`preferences` reads the result."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle("Preferences")
        self.setMinimumWidth(460)

        intro = QLabel("New briefings start with these choices. Each card can still be changed on its own.")
        intro.setWordWrap(True)
        self.prepared_by = QLineEdit(preferences.prepared_by)
        self.prepared_by.setPlaceholderText("Your name, as printed under “Prepared by”")
        self.page_size = self._combo(PAGE_SIZES, preferences.page_size)
        self.citation_style = self._combo(CITATION_STYLES, preferences.citation_style)
        self.marking = QComboBox()
        self.marking.setEditable(True)
        self.marking.addItems(["", *MARKING_PRESETS])
        marking_text = self.marking.lineEdit()
        if marking_text is not None:
            marking_text.setPlaceholderText("None")
        self.marking.setCurrentText(preferences.marking)
        self.qr = QCheckBox("Print a QR code of the source URL")
        self.qr.setChecked(preferences.qr)
        self.allow_private_hosts = QCheckBox("Allow downloads from private network addresses (an intranet)")
        self.allow_private_hosts.setChecked(preferences.allow_private_hosts)
        self.allow_private_hosts.setToolTip(
            "Open URL refuses servers on this computer and on private or link-local networks, "
            "so a page cannot send Briefing to them. Turn this on to read articles on your intranet."
        )
        self.template = TemplateLibrary(preferences.template, self)

        form = QFormLayout()
        for name, widget in (
            ("prepared_by", self.prepared_by),
            ("page_size", self.page_size),
            ("citation_style", self.citation_style),
            ("marking", self.marking),
        ):
            widget.setObjectName(f"preferences.{name}")
            widget.setAccessibleName(LABELS[name])
            form.addRow(f"{LABELS[name]}:", widget)
        self.qr.setObjectName("preferences.qr")
        self.qr.setAccessibleName(LABELS["qr"])
        form.addRow("", self.qr)
        self.allow_private_hosts.setObjectName("preferences.allow_private_hosts")
        self.allow_private_hosts.setAccessibleName(LABELS["allow_private_hosts"])
        form.addRow("", self.allow_private_hosts)
        form.addRow(f"{LABELS['template']}:", self.template)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _combo(choices: dict[str, str], current: str) -> QComboBox:
        combo = QComboBox()
        for key, text in choices.items():
            combo.addItem(text, key)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def preferences(self) -> Preferences:
        return Preferences.from_dict(
            {
                "prepared_by": self.prepared_by.text(),
                "page_size": self.page_size.currentData(),
                "citation_style": self.citation_style.currentData(),
                "marking": self.marking.currentText().strip(),
                "qr": self.qr.isChecked(),
                "allow_private_hosts": self.allow_private_hosts.isChecked(),
                "template": self.template.current_name(),
            }
        )
