"""The article, read-only, for reading and picking: plain text only, never markup.

The document is built block by block with ``QTextCursor.insertText``, which
takes text literally: an article containing ``<img src="file://...">`` shows
those characters and loads nothing. Each paragraph is one block, so a selection
maps straight back to a :class:`~briefing.model.Span` (paragraph, start, end).
"""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt, QVariantAnimation, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontDatabase,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from ..model import Article, Span
from ..resources import MissingAssetError, asset
from .dates import long_date

MAX_MEASURE_EM = 36  # a comfortable line length, about 70 characters
HIGHLIGHT_HUES = {"quotes": 45, "people": 210, "places": 130, "dates": 280, "positions": 180, "facts": 20}
# Characters insertText would turn into block breaks; swapped one-for-one so offsets hold.
_BREAKS = str.maketrans({"\n": "\u2028", "\r": "\u2028", "\u2029": "\u2028"})


@functools.cache
def reading_family() -> str:
    """The serif family for reading: the bundled DejaVu Serif, else the system serif."""
    for name in ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"):
        try:
            QFontDatabase.addApplicationFont(str(asset("fonts", name)))
        except MissingAssetError:
            return "serif"
    return "DejaVu Serif"


class ArticleView(QTextEdit):
    """Shows one article and tells which paragraph and characters the user selected."""

    selection_available = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setAccessibleName("Article")
        self.setAccessibleDescription("The article text. Select text and add it to the briefing.")
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setAcceptDrops(False)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setPlaceholderText("No article. Open one with File ▸ Open… to pick quotes and facts from it.")
        self.article: Article | None = None
        self._paragraph_blocks: list[int] = []
        self._highlights: list[QTextEdit.ExtraSelection] = []
        self._flash: QTextEdit.ExtraSelection | None = None
        self._pick_actions: list[QAction] = []
        self._flash_animation = QVariantAnimation(self)
        self._flash_animation.setDuration(1200)
        self._flash_animation.setStartValue(1.0)
        self._flash_animation.setEndValue(0.0)
        self._flash_animation.valueChanged.connect(self._on_flash_step)
        self.copyAvailable.connect(self.selection_available)

    # -- content ------------------------------------------------------------------------

    def show_article(self, article: Article | None) -> None:
        """Replace the text with ``article`` (or nothing): title, byline line, paragraphs."""
        self.article = article
        self._paragraph_blocks = []
        self._highlights = []
        self._flash = None
        document = QTextDocument(self)
        document.setDocumentMargin(24)
        if article is not None:
            self._fill(document, article)
        self.setDocument(document)
        self._apply_measure()
        self._refresh_extra_selections()
        self.selection_available.emit(False)

    def _fill(self, document: QTextDocument, article: Article) -> None:
        family = reading_family()
        base = max(11.0, self.font().pointSizeF() * 1.2)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        cursor = QTextCursor(document)

        def block(size: float, bold: bool = False, colour: QColor | None = None, after: float = 0.8) -> None:
            block_format = QTextBlockFormat()
            block_format.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            block_format.setBottomMargin(size * after * 1.33)
            char_format = QTextCharFormat()
            char_format.setFont(QFont(family))
            char_format.setFontPointSize(size)
            char_format.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
            if colour is not None:
                char_format.setForeground(colour)
            if cursor.position() == 0 and document.characterCount() <= 1:
                cursor.setBlockFormat(block_format)
                cursor.setBlockCharFormat(char_format)
            else:
                cursor.insertBlock(block_format, char_format)
            cursor.setCharFormat(char_format)

        if article.title:
            block(base * 1.5, bold=True, after=0.35)
            cursor.insertText(article.title.translate(_BREAKS))
            cursor.block().setUserState(-1)
        meta = " · ".join(
            part for part in (article.author_text, article.site_name, long_date(article.published)) if part
        )
        if meta:
            block(base * 0.9, colour=muted, after=1.4)
            cursor.insertText(meta.translate(_BREAKS))
            cursor.block().setUserState(-1)
        for number, paragraph in enumerate(article.paragraphs):
            block(base)
            cursor.insertText(paragraph.translate(_BREAKS))
            cursor.block().setUserState(number)
            self._paragraph_blocks.append(cursor.block().blockNumber())

    def _apply_measure(self) -> None:
        """Keep lines to a readable length by widening the side margins on wide panes."""
        measure = self.fontMetrics().averageCharWidth() * 1.2 * MAX_MEASURE_EM * 2
        side = max(self.document().documentMargin(), (self.viewport().width() - measure) / 2)
        frame = self.document().rootFrame()
        frame_format = frame.frameFormat()
        if abs(frame_format.leftMargin() - side) > 1:
            frame_format.setLeftMargin(side)
            frame_format.setRightMargin(side)
            frame.setFrameFormat(frame_format)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_measure()

    # -- selection <-> spans ------------------------------------------------------------

    def selected_span(self) -> Span | None:
        """The selected text as a span of one paragraph, trimmed of surrounding white space.

        A selection running over several paragraphs is cut at the end of the first.
        """
        cursor = self.textCursor()
        if self.article is None or not cursor.hasSelection():
            return None
        document = self.document()
        start_block = document.findBlock(cursor.selectionStart())
        paragraph = start_block.userState()
        if paragraph < 0:  # started in the title: move to the first paragraph after it
            end_block = document.findBlock(cursor.selectionEnd())
            paragraph = end_block.userState()
            if paragraph < 0:
                return None
            start_block = end_block
            start = 0
        else:
            start = cursor.selectionStart() - start_block.position()
        end = min(cursor.selectionEnd() - start_block.position(), start_block.length() - 1)
        text = self.article.paragraphs[paragraph]
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return Span(paragraph, start, end) if end > start else None

    def _cursor_for(self, span: Span) -> QTextCursor | None:
        if span.paragraph >= len(self._paragraph_blocks):
            return None
        block = self.document().findBlockByNumber(self._paragraph_blocks[span.paragraph])
        length = block.length() - 1
        if span.end > length:
            return None
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + span.start)
        cursor.setPosition(block.position() + span.end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    # -- highlights -----------------------------------------------------------------------

    def set_highlights(self, spans: list[tuple[str, Span]]) -> None:
        """Tint every picked item's source: (list name, span) pairs."""
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        self._highlights = []
        for list_name, span in spans:
            cursor = self._cursor_for(span)
            if cursor is None:
                continue
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            colour = QColor.fromHsl(
                HIGHLIGHT_HUES.get(list_name, 45),
                200 if not dark else 140,
                200 if not dark else 90,
                110 if not dark else 160,
            )
            selection.format.setBackground(colour)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, False)
            self._highlights.append(selection)
        self._refresh_extra_selections()

    def flash(self, span: Span) -> None:
        """Scroll ``span`` to the middle of the view and flash it briefly."""
        cursor = self._cursor_for(span)
        if cursor is None:
            return
        rect = self.cursorRect(QTextCursor(cursor.document().findBlock(cursor.selectionStart())))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.center().y() - self.viewport().height() // 2)
        self._flash = QTextEdit.ExtraSelection()
        self._flash.cursor = cursor
        self._flash_animation.stop()
        self._flash_animation.start()

    def _on_flash_step(self, value: float) -> None:
        if self._flash is None:
            return
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlphaF(0.65 * value)
        self._flash.format.setBackground(colour)
        self._refresh_extra_selections()

    def _refresh_extra_selections(self) -> None:
        flash = [self._flash] if self._flash is not None and self._flash_animation.currentValue() else []
        self.setExtraSelections(self._highlights + flash)

    # -- picking --------------------------------------------------------------------------

    def set_pick_actions(self, actions: list[QAction]) -> None:
        """The "Add as …" commands offered in the context menu."""
        self._pick_actions = actions

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self._pick_actions:
            menu.addSeparator()
            for action in self._pick_actions:
                menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()
