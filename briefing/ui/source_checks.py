"""Where each Source field's value came from, and an amber mark on those the user should confirm.

Every citation field's tooltip names its origin ("From the page's structured data
(JSON-LD)"). When the article's signals disagreed (two dates, two titles), the field
shows an amber mark inside it; clicking the mark (or Alt+Down in the field) offers the
current value and the alternatives, each with where it came from. Choosing one sets
the citation field and records the confirmation in the article's origins (source
``"user"``), as one undoable step. The mark is also gone once the user edits the field
themself: it shows only while the field still holds what the article said.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from PySide6.QtCore import QObject, QPoint, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QLineEdit, QMenu

from ..model import Article, Briefing, Citation, FieldOrigin
from .dates import format_date
from .document import BriefingDocument
from .theme import is_dark, warning_colour

SOURCE_WORDS = {
    "json-ld": "the page’s structured data (JSON-LD)",
    "opengraph": "the page’s sharing tags (OpenGraph)",
    "meta": "the page’s meta tags",
    "dublin-core": "the page’s Dublin Core tags",
    "byline": "the byline shown on the page",
    "time-element": "the date shown on the page",
    "url": "the address (URL)",
    "canonical-link": "the page’s canonical address",
    "heading": "the headline shown on the page",
    "title-tag": "the page’s title (browser tab)",
    "file-properties": "the file’s properties",
    "text": "the article’s text",
    "publisher-table": "Briefing’s list of publishers",
    "user": "you",
}
"""Each ``FieldOrigin.source`` in words, to follow "from"."""

FIELD_NOUNS = {
    "title": "title",
    "authors": "authors",
    "site_name": "publication",
    "published": "publication date",
    "url": "URL",
}
"""The citation fields that have an origin in the article (same names), as the user calls them."""

_WEB_FORMATS = ("html", "mhtml")


def source_in_words(source: str) -> str:
    return SOURCE_WORDS.get(source, source)


class SourceChecks(QObject):
    """Tooltips and confirm marks for the Source section's fields (``edits``: citation attribute -> field)."""

    def __init__(self, document: BriefingDocument, edits: dict[str, QLineEdit], parent: QObject) -> None:
        super().__init__(parent)
        self.document = document
        self.edits = edits
        self.marks: dict[str, QAction] = {}
        self.menu: QMenu | None = None
        """The open choice menu, if any (a popup: the field keeps the app responsive)."""
        for attribute, edit in edits.items():
            mark = QAction(_mark_icon(), f"Check the {FIELD_NOUNS[attribute]}", edit)
            mark.setObjectName(f"check.{attribute}")
            mark.setShortcut(QKeySequence(Qt.KeyboardModifier.AltModifier | Qt.Key.Key_Down))
            mark.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            mark.triggered.connect(lambda _checked=False, a=attribute: self.show_choices(a))
            edit.addAction(mark, QLineEdit.ActionPosition.TrailingPosition)
            self.marks[attribute] = mark
        document.reset.connect(self.refresh)
        document.field_changed.connect(self._on_field_changed)
        self.refresh()

    # -- what the fields show -------------------------------------------------------------

    def refresh(self) -> None:
        for attribute in self.edits:
            self._show(attribute)

    def _on_field_changed(self, target: object, attribute: str) -> None:
        briefing = self.document.briefing
        if briefing is None:
            return
        if target is briefing.article and attribute == "origins":
            self.refresh()
        elif target is briefing.citation and attribute in self.edits:
            self._show(attribute)

    def needs_check(self, attribute: str) -> bool:
        """Whether the field still holds what the article said, and the article's signals disagreed on it."""
        origin, article, citation = self._state(attribute)
        return bool(
            origin
            and origin.alternatives
            and article is not None
            and citation is not None
            and _unchanged(citation, article, attribute)
        )

    def _show(self, attribute: str) -> None:
        edit, mark = self.edits[attribute], self.marks[attribute]
        marked = self.needs_check(attribute)
        mark.setVisible(marked)
        edit.setToolTip(self.describe(attribute))
        mark.setToolTip(
            self._also_says(attribute) + "\nClick to choose one (or press Alt+Down in the field)."
        )
        edit.setAccessibleDescription(edit.toolTip())
        if edit.property("toConfirm") != marked:
            edit.setProperty("toConfirm", marked)
            edit.style().unpolish(edit)
            edit.style().polish(edit)

    def describe(self, attribute: str) -> str:
        """The field's tooltip: where its value came from, and what else the article said."""
        origin, article, citation = self._state(attribute)
        if citation is None:
            return ""
        value = getattr(citation, attribute)
        if article is None:
            return "Entered by you." if value else ""
        if not _unchanged(citation, article, attribute):
            return "Entered by you." if value else "Left empty by you."
        if not value:
            return f"The article gives no {FIELD_NOUNS[attribute]}."
        if origin is None:
            return "Copied from the article."
        if origin.source == "user":
            return "Confirmed by you."
        text = f"From {source_in_words(origin.source)}."
        if self.needs_check(attribute):
            text += "\n" + self._also_says(attribute) + "\nPlease check which is right."
        return text

    def _also_says(self, attribute: str) -> str:
        origin, article, _citation = self._state(attribute)
        if origin is None or not origin.alternatives:
            return ""
        where = "page" if article is not None and article.source_format in _WEB_FORMATS else "article"
        others = "\n".join(
            f"    {other.value} — from {source_in_words(other.source)}" for other in origin.alternatives
        )
        return f"The {where} also says:\n{others}"

    # -- choosing ------------------------------------------------------------------------

    def show_choices(self, attribute: str) -> QMenu | None:
        """Pop up the current value and the alternatives under the field; returns the menu."""
        origin, _article, citation = self._state(attribute)
        if origin is None or citation is None or not self.needs_check(attribute):
            return None
        edit = self.edits[attribute]
        menu = QMenu(edit)
        menu.setObjectName(f"choices.{attribute}")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        current = _as_text(getattr(citation, attribute))
        keep = menu.addAction(f"{current} — from {source_in_words(origin.source)}")
        keep.setCheckable(True)
        keep.setChecked(True)  # the value the field holds now
        keep.setToolTip("Keep this value")
        keep.triggered.connect(lambda: self.choose(attribute, None))
        menu.addSeparator()
        for other in origin.alternatives:
            value = _as_value(attribute, other.value)
            if value is None:
                continue
            action = menu.addAction(f"{_as_text(value)} — from {source_in_words(other.source)}")
            action.triggered.connect(lambda _checked=False, v=value: self.choose(attribute, v))
        menu.aboutToHide.connect(self._on_menu_hidden)
        self.menu = menu
        menu.popup(edit.mapToGlobal(QPoint(0, edit.height())))
        return menu

    def _on_menu_hidden(self) -> None:
        self.menu = None

    def choose(self, attribute: str, value: Any | None) -> None:
        """Confirm the field: set it to ``value`` (``None`` keeps what it holds), one undoable step."""
        if self.menu is not None:  # chosen without a click (an action triggered by code)
            self.menu.close()
        briefing = self.document.briefing
        if briefing is None or briefing.article is None:
            return
        article = briefing.article
        origins = [
            FieldOrigin(attribute, "user") if origin.name == attribute else origin
            for origin in article.origins
        ]
        noun = FIELD_NOUNS[attribute]
        label = f"Confirm {noun}" if value is None else f"Choose {noun}"
        self.document.confirm_field(briefing.citation, attribute, value, article, origins, label)

    def _state(self, attribute: str) -> tuple[FieldOrigin | None, Article | None, Citation | None]:
        briefing: Briefing | None = self.document.briefing
        if briefing is None:
            return None, None, None
        article = briefing.article
        origin = article.origin(attribute) if article is not None else None
        return origin, article, briefing.citation


def _unchanged(citation: Citation, article: Article, attribute: str) -> bool:
    return bool(getattr(citation, attribute) == getattr(article, attribute))


def _as_value(attribute: str, text: str) -> Any | None:
    """An alternative's text as the citation field's value (a date, a list of names), or None if unusable."""
    if attribute == "published":
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return None
    if attribute == "authors":
        return [name.strip() for name in text.split(";") if name.strip()]
    return text


def _as_text(value: Any) -> str:
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, list):
        return "; ".join(value)
    return str(value)


@functools.cache
def _mark_icon() -> QIcon:
    """A small amber disc with an exclamation mark, drawn at twice the size for sharp high-DPI screens."""
    size = 32
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(warning_colour()))
    painter.drawEllipse(QRectF(3, 3, size - 6, size - 6))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(20)
    painter.setFont(font)
    painter.setPen(QColor("#1a1a1a" if is_dark() else "white"))  # the dark scheme's amber is light
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "!")
    painter.end()
    return QIcon(pixmap)
