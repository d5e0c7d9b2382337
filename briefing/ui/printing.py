"""Print the exact PDF that Export writes.

Where it can, the PDF itself is printed, as vectors: written as it is when the user
chose Print to File, handed to the system's print service (CUPS ``lp``) for a printer.
Otherwise (Windows, a system without ``lp``) each page is rendered by QtPdf (pdfium)
in horizontal bands at up to ``MAX_DPI`` and painted onto the QPrinter, so a 600 dpi
A4 page never needs one 140 MB image in memory.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 600
MIN_DPI = 150
BAND_PIXELS = 1024
BAND_OVERLAP = 16
"""Rows each band repeats of the next: a scaled band's soft edge (Print Preview zoomed to
84 %) falls on identical pixels instead of leaving a hairline gap between bands."""
PRINT_SERVICE_TIMEOUT_S = 60


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
    page_size = QPageSize(
        QSizeF(size.width(), size.height()), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
    )
    printer.setPageLayout(QPageLayout(page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)


def print_card(pdf: bytes, printer: QPrinter) -> str:
    """Print ``pdf`` as the user set up ``printer``; returns how: "file", "service" or "raster"."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        _write_file(pdf, printer.outputFileName())
        return "file"
    if send_to_print_service(pdf, printer.printerName(), printer.copyCount(), printer.docName()):
        return "service"
    print_pdf(pdf, printer)
    return "raster"


def _write_file(pdf: bytes, name: str) -> None:
    """Print to File: the card's own PDF, not a picture of it."""
    from ..model import atomic_write

    if not name:
        raise PrintError("No file was chosen to print to.")
    try:
        atomic_write(name, pdf)
    except OSError as error:
        raise PrintError(f"The card could not be printed to “{name}”: {error.strerror or error}.") from error


def send_to_print_service(pdf: bytes, printer_name: str, copies: int = 1, title: str = "") -> bool:
    """Hand ``pdf`` to CUPS ``lp`` for ``printer_name``; ``False`` where there is no such service."""
    lp = shutil.which("lp")
    if lp is None or sys.platform == "win32" or not printer_name:
        return False
    command = [lp, "-d", printer_name, "-n", str(max(1, copies))]
    if title:
        command += ["-t", title]
    try:
        result = subprocess.run(command, input=pdf, capture_output=True, timeout=PRINT_SERVICE_TIMEOUT_S)
    except subprocess.TimeoutExpired as error:
        raise PrintError(f"The print service did not answer within {PRINT_SERVICE_TIMEOUT_S} s.") from error
    except OSError as error:
        raise PrintError(f"The print service could not be started: {error.strerror or error}.") from error
    if result.returncode != 0:
        reason = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise PrintError(
            f"The print service refused the card: {reason[-1] if reason else 'no reason given'}."
        )
    return True


def print_pdf(pdf: bytes, printer: QPrinter, dpi: int | None = None) -> None:
    """Paint every page of ``pdf`` onto ``printer``, scaled to fit the paper and centred.

    ``dpi`` is the resolution of the pictures painted (default: the printer's, within
    ``MIN_DPI``–``MAX_DPI``); Print Preview asks for the screen's resolution at its zoom.
    """
    document, _buffer = open_pdf(pdf)
    printer.setFullPage(True)
    dpi = dpi or max(MIN_DPI, min(MAX_DPI, printer.resolution()))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("The printer could not be started. Check that it is connected and switched on.")
    # Print Preview replays these images scaled to the screen: without smoothing it samples every
    # n-th pixel and drops hairlines (rules, underlines) at zooms such as 84 % and 102 %.
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
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
        band_height = min(BAND_PIXELS + BAND_OVERLAP, height - band_top)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(QSize(width, height))
        options.setScaledClipRect(QRect(0, band_top, width, band_height))
        image = document.render(page, QSize(width, band_height), options)
        target = QRectF(left, top + band_top * scale, width * scale, band_height * scale)
        painter.drawImage(target, image)
