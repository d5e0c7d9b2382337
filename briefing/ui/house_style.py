"""House style in the app: choosing a template (Preferences, the form), importing and exporting one.

The templates themselves live in ``briefing.templates`` (Qt-free); this module only
shows them. Picking one for a briefing is one undoable step that sets the template
and the paper, citation style and marking it asks for.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..model import Briefing, Template, TemplateError, builtin_templates
from ..templates import (
    export_template,
    import_template,
    library_templates,
    save_to_library,
    user_language,
    with_logo,
)
from .document import BriefingDocument
from .undo import SetFieldCommand, StepsCommand

_NO_TEMPLATE = "Standard look (no template)"


class TemplateChoice(QComboBox):
    """The built-in and imported templates; the first entry is none (the standard look)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.templates: dict[str, Template] = {}
        self._own: Template | None = None  # a briefing's template that is not in the library
        self.reload()

    def reload(self, select: str | None = None) -> None:
        current = self.current_key() if select is None else select
        self.blockSignals(True)
        try:
            self.clear()
            self.templates = library_templates()
            self.addItem(_NO_TEMPLATE, "")
            for key, template in self.templates.items():
                self.addItem(template.name, key)
            if self._own is not None:
                self.addItem(f"{self._own.name} (this briefing’s own)", "#own")
            self.setCurrentIndex(max(0, self.findData(current)))
        finally:
            self.blockSignals(False)

    def current_key(self) -> str:
        return str(self.currentData() or "")

    def current_template(self) -> Template | None:
        key = self.current_key()
        if key == "#own":
            return self._own
        return self.templates.get(key)

    def show_template(self, template: Template | None) -> None:
        """Select the entry of ``template`` (a briefing's copy matches its library entry by name)."""
        key = ""
        self._own = None
        if template is not None:
            key = next((k for k, t in self.templates.items() if _same_style(t, template)), "#own")
            if key == "#own":
                self._own = template
        self.reload(select=key)


def _same_style(library: Template, used: Template) -> bool:
    """Whether ``used`` (copied into a briefing, its language fixed) came from ``library``."""
    return dataclasses.replace(library, language=used.language) == used


def pick_template(document: BriefingDocument, template: Template | None) -> None:
    """Make the open briefing use ``template`` (None: the standard look), as one undoable step."""
    briefing = document.briefing
    if briefing is None:
        return
    scratch = Briefing(
        layout=dataclasses.replace(briefing.layout), citation=dataclasses.replace(briefing.citation)
    )
    if template is not None:
        template.apply_to(scratch, user_language())
    changes: list[tuple[object, str, Any, str]] = [(briefing, "template", scratch.template, "house style")]
    changes += [
        (briefing.layout, name, getattr(scratch.layout, name), name.replace("_", " "))
        for name in ("page_size", "marking")
    ]
    changes.append((briefing.citation, "style", scratch.citation.style, "citation style"))
    steps = [
        SetFieldCommand(document, target, name, value, label, False)
        for target, name, value, label in changes
        if getattr(target, name) != value
    ]
    if steps:
        document.undo_stack.push(StepsCommand("Change house style", steps))


class TemplateLibrary(QWidget):
    """Preferences' row: the template new briefings take, and Import…, Export…, Logo… for the library."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = TemplateChoice(self)
        self.choice.setObjectName("preferences.template")
        self.choice.setAccessibleName("House style")
        self.choice.reload(select=current)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.choice)
        layout = QHBoxLayout()
        column.addLayout(layout)
        for text, tip, action in (
            ("Import…", "Add a template file a colleague shared", self.import_file),
            ("Export…", "Save the chosen template as a file to share", self.export_file),
            ("Logo…", "Put an organisation’s logo on the chosen template", self.choose_logo),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"preferences.template.{text.rstrip('…').lower()}")
            button.setToolTip(tip)
            button.clicked.connect(action)
            layout.addWidget(button)
        layout.addStretch(1)

    def current_name(self) -> str:
        return self.choice.current_key()

    def import_file(self, path: str = "") -> bool:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, "Import Template", "", "Briefing templates (*.json)")
        if not path:
            return False
        try:
            template = import_template(path)
        except TemplateError as error:
            QMessageBox.warning(self, "Template Not Imported", f"The template could not be used: {error}.")
            return False
        self.choice.reload()
        self.choice.setCurrentIndex(max(0, self.choice.findText(template.name)))
        return True

    def export_file(self, path: str = "") -> bool:
        template = self.choice.current_template() or Template(name="Standard")
        if not path:
            suggested = f"{template.name}.json"
            path, _ = QFileDialog.getSaveFileName(
                self, "Export Template", suggested, "Briefing templates (*.json)"
            )
        if not path:
            return False
        try:
            export_template(template, path)
        except TemplateError as error:
            QMessageBox.warning(self, "Template Not Exported", f"{error}.")
            return False
        return True

    def choose_logo(self, path: str = "") -> bool:
        """Add a logo to the chosen template; it is saved into the library under the same name."""
        template = self.choice.current_template() or Template(name="Standard")
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, "Choose Logo", "", "Images (*.png *.jpg *.jpeg *.tif *.tiff *.gif *.webp *.bmp)"
            )
        if not path:
            return False
        from ..logo import LogoError  # Pillow only when a logo is chosen

        try:
            styled = with_logo(template, path)
        except LogoError as error:
            QMessageBox.warning(self, "Logo Not Used", str(error))
            return False
        if self.choice.current_key() in builtin_templates() or not self.choice.current_key():
            styled = dataclasses.replace(
                styled, name=f"{template.name} with logo"
            )  # built-ins stay as shipped
        try:
            key = save_to_library(styled)
        except TemplateError as error:
            QMessageBox.warning(self, "Logo Not Saved", f"{error}.")
            return False
        self.choice.reload(select=key)
        return True
