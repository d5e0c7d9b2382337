"""Print the exact PDF that Export writes: its pages rasterised onto a QPrinter.

Each page is rendered by QtPdf (pdfium) in horizontal bands at up to
``MAX_DPI``, so a 600 dpi A4 page never needs one 140 MB image in memory.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 600
MIN_DPI = 150
BAND_PIXELS = 1024


class PrintError(Exception):
    """Printing failed; the message says so in words a person can act on."""


def open_pdf(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A QtPdf document over ``pdf`` (keep the buffer alive as long as the document)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise PrintError("The card could not be prepared for printing (the PDF did not load).")
    return document, buffer


def match_page_size(printer: QPrinter, pdf: bytes) -> None:
    """Set the printer's paper to the card's page size, so the dialog proposes the right paper."""
    document, _buffer = open_pdf(pdf)
    size = document.pagePointSize(0)
    page_size = QPageSize(QSizeF(size.width(), size.height()), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageLayout(QPageLayout(page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)


def print_pdf(pdf: bytes, printer: QPrinter) -> None:
    """Paint every page of ``pdf`` onto ``printer``, scaled to fit the paper and centred."""
    document, _buffer = open_pdf(pdf)
    printer.setFullPage(True)
    dpi = max(MIN_DPI, min(MAX_DPI, printer.resolution()))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("The printer could not be started. Check that it is connected and switched on.")
    try:
        for page in range(document.pageCount()):
            if page and not printer.newPage():
                raise PrintError("The printer stopped accepting pages.")
            _paint_page(painter, document, page, dpi, printer)
    finally:
        painter.end()
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintError("The printer reported an error; the card may not have printed.")


def _paint_page(painter: QPainter, document: QPdfDocument, page: int, dpi: int, printer: QPrinter) -> None:
    points = document.pagePointSize(page)
    width, height = round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)
    paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
    scale = min(paper.width() / width, paper.height() / height)
    left = paper.left() + (paper.width() - width * scale) / 2
    top = paper.top() + (paper.height() - height * scale) / 2
    for band_top in range(0, height, BAND_PIXELS):
        band_height = min(BAND_PIXELS, height - band_top)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(QSize(width, height))
        options.setScaledClipRect(QRect(0, band_top, width, band_height))
        image = document.render(page, QSize(width, band_height), options)
        target = QRectF(left, top + band_top * scale, width * scale, band_height * scale)
        painter.drawImage(target, image)
