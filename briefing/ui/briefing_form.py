"""The briefing form: header fields, summary, the six item lists, citation and page options.

Each field is bound to one attribute of the model (``Binding``); typing pushes an
undoable edit through the document, and the document's ``field_changed`` signal
brings undo/redo back into the widget.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..model import CITATION_STYLES, MARKING_PRESETS, PAGE_SIZES, Briefing
from .dates import format_date, parse_date
from .document import LIST_NAMES, BriefingDocument
from .house_style import TemplateChoice, pick_template
from .item_list import ItemListEditor
from .source_checks import SourceChecks

Target = Callable[[Briefing], object]
CARD: Target = lambda briefing: briefing  # noqa: E731
CITATION: Target = lambda briefing: briefing.citation  # noqa: E731
LAYOUT: Target = lambda briefing: briefing.layout  # noqa: E731


@dataclass
class Binding:
    """One form widget shown for, and editing, ``target(briefing).attribute``."""

    widget: QWidget
    target: Target
    attribute: str
    show: Callable[[Any], None]
    """Put a model value into the widget (signals blocked by the caller)."""


class UndoKeysToWindow(QObject):
    """Lets Ctrl+Z reach the window's undo stack instead of a text field's private one.

    A QLineEdit claims the undo keys for its own history; the app keeps one
    history for every edit, so the field must decline them (ShortcutOverride).
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo))
        ):
            event.ignore()
            return True
        return False


class BriefingForm(QScrollArea):
    """Everything on the card that the user edits, in the order it is printed."""

    item_activated = Signal(str, int)
    status_message = Signal(str)

    def __init__(self, document: BriefingDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefingForm")
        self.setAccessibleName("Briefing form")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document = document
        self._bindings: list[Binding] = []
        self._date_commits: list[Callable[[], str]] = []
        self._forms: dict[int, QFormLayout] = {}
        self._undo_keys = UndoKeysToWindow(self)
        self.list_editors: dict[str, ItemListEditor] = {}

        content = QWidget()
        content.setObjectName("formContent")
        self._column = QVBoxLayout(content)
        self._column.setContentsMargins(14, 10, 14, 18)
        self._column.setSpacing(8)
        self._build_card_section()
        for list_name in LIST_NAMES:
            editor = ItemListEditor(document, list_name, content)
            editor.item_activated.connect(self.item_activated)
            editor.item_activated.connect(self._on_item_activated)
            editor.status_message.connect(self.status_message)
            self.list_editors[list_name] = editor
            self._column.addSpacing(6)
            self._column.addWidget(editor)
        self._build_source_section()
        self._build_page_section()
        self._align_labels()
        self._column.addStretch(1)
        self.setWidget(content)

        document.reset.connect(self._on_document_reset)
        document.field_changed.connect(self._on_field_changed)
        self._on_document_reset()

    # -- sections -----------------------------------------------------------------------

    def _build_card_section(self) -> None:
        form = self._section("Card")
        self._line(form, "headline", "Headline", CARD, "The card’s title")
        self._line(form, "prepared_for", "Prepared for", CARD, "Person or meeting")
        self._line(form, "prepared_by", "Prepared by", CARD, "Your name (set a default in Preferences)")
        self._date(form, "date", "Date", CARD)
        summary = QPlainTextEdit()
        summary.setPlaceholderText(
            "The bottom line up front: what the reader must know, in two or three sentences."
        )
        summary.setTabChangesFocus(True)
        summary.setFixedHeight(summary.fontMetrics().lineSpacing() * 5 + 12)
        self._register(
            form,
            "summary",
            "Summary",
            CARD,
            summary,
            lambda v: summary.setPlainText(v) if summary.toPlainText() != v else None,
        )
        summary.textChanged.connect(
            lambda: self._edit(CARD, "summary", summary.toPlainText(), "summary", True)
        )

    def _build_source_section(self) -> None:
        form = self._section("Source")
        title = self._line(form, "title", "Title", CITATION, "Title of the article", label="citation title")
        authors = QLineEdit()
        authors.setPlaceholderText("Separate several authors with ;")
        self._register(
            form,
            "authors",
            "Authors",
            CITATION,
            authors,
            lambda v: authors.setText("; ".join(v)) if _split(authors.text()) != v else None,
        )
        authors.textEdited.connect(
            lambda text: self._edit(CITATION, "authors", _split(text), "authors", True)
        )
        site_name = self._line(form, "site_name", "Publication", CITATION, "Newspaper or website")
        published = self._date(form, "published", "Published", CITATION)
        url = self._line(form, "url", "URL", CITATION, "https://…")
        accessed = self._date(form, "accessed", "Accessed", CITATION)
        accessed.setToolTip("The day the article was opened, for the citation.")
        self._combo(form, "style", "Citation style", CITATION, CITATION_STYLES)
        edits = {
            "title": title,
            "authors": authors,
            "site_name": site_name,
            "published": published,
            "url": url,
        }
        self.source_checks = SourceChecks(self.document, edits, self)

    def _build_page_section(self) -> None:
        form = self._section("Page")
        self._combo(form, "page_size", "Page size", LAYOUT, PAGE_SIZES)
        marking = QComboBox()
        marking.setEditable(True)
        marking.addItems(["", *MARKING_PRESETS])
        marking_text = marking.lineEdit()
        if marking_text is not None:
            marking_text.setPlaceholderText("None")
        marking.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._register(
            form,
            "marking",
            "Marking banner",
            LAYOUT,
            marking,
            lambda v: marking.setCurrentText(v) if marking.currentText().strip() != v else None,
        )
        marking.currentTextChanged.connect(
            lambda text: self._edit(LAYOUT, "marking", text.strip(), "marking", True)
        )
        for attribute, text in (("qr", "QR code of the source URL"), ("draft", "DRAFT watermark")):
            box = QCheckBox(text)
            self._register(form, attribute, "", LAYOUT, box, box.setChecked)
            box.toggled.connect(lambda on, a=attribute, t=text: self._edit(LAYOUT, a, on, t, False))
        style = TemplateChoice()
        self._register(form, "template", "House style", CARD, style, style.show_template)
        style.currentIndexChanged.connect(
            lambda _i: None if self._showing else pick_template(self.document, style.current_template())
        )

    def _align_labels(self) -> None:
        """One label column width for every section, so all fields start on the same line."""
        labels = [
            form.labelForField(binding.widget)
            for binding in self._bindings
            if (form := self._forms.get(id(binding.widget))) is not None
        ]
        labels = [label for label in labels if label is not None]
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)
            if isinstance(label, QLabel):
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _section(self, title: str) -> QFormLayout:
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        self._column.addSpacing(6)
        self._column.addWidget(heading)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        self._column.addLayout(form)
        return form

    # -- field kinds --------------------------------------------------------------------

    def _line(
        self, form: QFormLayout, attribute: str, title: str, target: Target, placeholder: str, label: str = ""
    ) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(False)
        self._register(form, attribute, title, target, edit, lambda v: _show_text(edit, v))
        edit.textEdited.connect(
            lambda text: self._edit(target, attribute, text, label or title.lower(), True)
        )
        return edit

    def _date(self, form: QFormLayout, attribute: str, title: str, target: Target) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText("YYYY-MM-DD or 25 February 2022")

        def commit() -> str:
            """Put the typed date into the card; the reason if it is not a date."""
            try:
                value = parse_date(edit.text())
            except ValueError as error:
                _mark_invalid(edit, True)
                self.status_message.emit(str(error))
                return f"{title}: {error}"
            _mark_invalid(edit, False)
            self._edit(target, attribute, value, title.lower(), False)
            edit.setText(format_date(value))
            return ""

        self._register(form, attribute, title, target, edit, lambda v: edit.setText(format_date(v)))
        edit.editingFinished.connect(commit)
        self._date_commits.append(commit)
        return edit

    def commit_typed_dates(self) -> str:
        """Before saving: take every typed date into the card (Ctrl+S does not end the editing
        of the field it is pressed in); the reasons, one a line, for those that are not dates."""
        if self.document.briefing is None:
            return ""
        return "\n".join(problem for problem in (commit() for commit in self._date_commits) if problem)

    def _combo(
        self, form: QFormLayout, attribute: str, title: str, target: Target, choices: dict[str, str]
    ) -> None:
        combo = QComboBox()
        for key, text in choices.items():
            combo.addItem(text, key)
        self._register(
            form, attribute, title, target, combo, lambda v: combo.setCurrentIndex(max(0, combo.findData(v)))
        )
        combo.currentIndexChanged.connect(
            lambda _i: self._edit(target, attribute, combo.currentData(), title.lower(), False)
        )

    def _register(
        self,
        form: QFormLayout,
        attribute: str,
        title: str,
        target: Target,
        widget: QWidget,
        show: Callable[[Any], None],
    ) -> None:
        owner = {id(CARD): "card", id(CITATION): "citation", id(LAYOUT): "layout"}[id(target)]
        widget.setObjectName(f"{owner}.{attribute}")
        widget.setAccessibleName(title or getattr(widget, "text", lambda: attribute)())
        widget.installEventFilter(self._undo_keys)
        form.addRow(f"{title}:" if title else "", widget)
        self._forms[id(widget)] = form
        self._bindings.append(Binding(widget, target, attribute, show))

    # -- model <-> widgets ----------------------------------------------------------------

    def _edit(self, target: Target, attribute: str, value: Any, label: str, merge: bool) -> None:
        briefing = self.document.briefing
        if briefing is None or self._showing:
            return
        self.document.set_field(target(briefing), attribute, value, label=label, merge=merge)

    _showing = False

    def _show(self, binding: Binding) -> None:
        briefing = self.document.briefing
        if briefing is None:
            return
        self._showing = True
        try:
            binding.show(getattr(binding.target(briefing), binding.attribute))
        finally:
            self._showing = False

    def _on_document_reset(self) -> None:
        content = self.widget()
        if content is not None:
            content.setEnabled(self.document.briefing is not None)
        for binding in self._bindings:
            self._show(binding)

    def _on_field_changed(self, target: object, attribute: str) -> None:
        briefing = self.document.briefing
        if briefing is None:
            return
        for binding in self._bindings:
            if binding.attribute == attribute and binding.target(briefing) is target:
                self._show(binding)

    def _on_item_activated(self, list_name: str, _row: int) -> None:
        """One selected row in the whole form: the one whose source the article is showing."""
        for name, editor in self.list_editors.items():
            if name != list_name:
                editor.table.clearSelection()

    def widget_for(self, owner: str, attribute: str) -> QWidget:
        """The field that edits ``owner.attribute`` (owner: "card", "citation" or "layout")."""
        found = self.findChild(QWidget, f"{owner}.{attribute}")
        if found is None:
            raise KeyError(f"{owner}.{attribute}")
        return found

    def show_item(self, list_name: str, row: int) -> None:
        """Select a row and scroll the form so it is in view."""
        editor = self.list_editors[list_name]
        editor.select_row(row)
        self.ensureWidgetVisible(editor, 0, 40)


def _split(text: str) -> list[str]:
    return [name.strip() for name in text.split(";") if name.strip()]


def _show_text(edit: QLineEdit, value: str) -> None:
    """Show a model value; a long one from its beginning, unless the user is typing in it."""
    if edit.text() == value:
        return
    edit.setText(value)
    if not edit.hasFocus():
        edit.setCursorPosition(0)


def _mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Flag a field whose text cannot be used (the app style sheet draws it red)."""
    if widget.property("invalid") == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
