"""The live preview: the real PDF card, re-rendered off the UI thread shortly after each edit.

Edits restart a short timer (debounce); when it fires, a snapshot of the
briefing is rendered on the worker. At most one render runs at a time; edits
made meanwhile are coalesced into one follow-up render. A result for a briefing
that is no longer open is dropped.
"""

from __future__ import annotations

import copy
import time
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..model import Briefing
from .document import BriefingDocument
from .workers import BackgroundWork

DEBOUNCE_MS = 50
"""Wait this long after a keystroke before rendering; a render takes ~20-60 ms, so a preview lands within ~120 ms."""


def render_card(briefing: Briefing) -> Any:
    """Runs on the worker thread: the render module (ReportLab) is imported on first use."""
    from ..render import render_pdf

    return render_pdf(briefing)


class PreviewPane(QWidget):
    """The card as it will print, with a line saying whether everything fits."""

    rendered = Signal(object)
    """A new preview is on screen (the RenderResult)."""
    failed = Signal(str)

    def __init__(
        self, document: BriefingDocument, work: BackgroundWork, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("previewPane")
        self.document = document
        self._work = work
        self.result: Any = None
        self.last_latency_ms: float | None = None
        self._busy = False
        self._pending = False
        self._epoch = 0
        self._first_edit_at: float | None = None
        self._buffer: QBuffer | None = None

        self.indicator = QLabel("No briefing open")
        self.indicator.setObjectName("fitIndicator")
        self.indicator.setAccessibleName("Fit on one page")
        self.indicator.setTextFormat(Qt.TextFormat.PlainText)
        self.indicator.setWordWrap(True)
        self.indicator.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("previewView")
        self.view.setAccessibleName("Card preview")
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setDocument(self.pdf)
        self.view.setDocumentMargins(self.view.documentMargins().__class__(12, 12, 12, 12))
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setBackgroundRole(QPalette.ColorRole.Mid)

        top = QHBoxLayout()
        top.setContentsMargins(10, 6, 10, 6)
        top.addWidget(self.indicator, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._start_render)
        document.changed.connect(self.schedule)
        document.reset.connect(self._on_document_reset)
        if document.briefing is not None:  # built while a briefing was opening: draw it now
            self._on_document_reset()

    # -- scheduling -------------------------------------------------------------------

    def schedule(self) -> None:
        """Render soon (after a short pause in typing)."""
        if self.document.briefing is None:
            return
        if self._first_edit_at is None:
            self._first_edit_at = time.perf_counter()
        self._timer.start()

    def render_now(self) -> None:
        self._timer.stop()
        self._start_render()

    def _start_render(self) -> None:
        briefing = self.document.briefing
        if briefing is None:
            return
        if self._busy:
            self._pending = True
            return
        self._busy = True
        edit_at, self._first_edit_at = self._first_edit_at, None
        snapshot = copy.deepcopy(briefing)  # the worker must never see the model change under it
        epoch = self._epoch
        self._work.run(
            lambda: render_card(snapshot),
            lambda result: self._on_rendered(result, epoch, edit_at),
            lambda error: self._on_failed(error, epoch),
        )

    def _finish(self) -> None:
        self._busy = False
        if self._pending:
            self._pending = False
            self._start_render()

    # -- results ----------------------------------------------------------------------

    def _on_rendered(self, result: Any, epoch: int, edit_at: float | None) -> None:
        self._finish()
        if epoch != self._epoch:
            return  # rendered for a briefing that has since been closed
        buffer = QBuffer(self)
        buffer.setData(QByteArray(result.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.result = result
        if edit_at is not None:
            self.last_latency_ms = (time.perf_counter() - edit_at) * 1000
        self._show_fit(result)
        self.rendered.emit(result)

    def _on_failed(self, error: BaseException, epoch: int) -> None:
        self._finish()
        if epoch != self._epoch:
            return
        message = f"The preview could not be drawn: {error}"
        self._set_indicator(message, "error")
        self.failed.emit(message)

    def _on_document_reset(self) -> None:
        self._epoch += 1
        self._timer.stop()
        self._pending = False
        self.result = None
        if self.document.briefing is None:
            self.pdf.close()
            self._set_indicator("No briefing open", "idle")
        else:
            self._set_indicator("Drawing the card…", "idle")
            self.render_now()

    def _show_fit(self, result: Any) -> None:
        message = result.fit_message
        level = "ok" if message == "fits" else ("warning" if not result.omitted else "error")
        text = "Fits on one page" if message == "fits" else message[:1].upper() + message[1:]
        if result.missing_glyphs:
            text += f". Some characters cannot be printed: {result.missing_glyphs}"
            level = "error" if level == "error" else "warning"
        # The line says how many; the tooltip names every item left out and every shortening.
        details = "\n".join(line[:1].upper() + line[1:] for line in result.fit_lines)
        self._set_indicator(text, level, details)

    def _set_indicator(self, text: str, level: str, details: str = "") -> None:
        symbol = {"ok": "✓ ", "warning": "▲ ", "error": "✕ "}.get(level, "")
        self.indicator.setText(symbol + text)
        self.indicator.setToolTip(details or text)
        self.indicator.setProperty("level", level)
        self.indicator.style().unpolish(self.indicator)
        self.indicator.style().polish(self.indicator)
