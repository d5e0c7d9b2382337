"""PDFs: paragraphs rebuilt from lines, running heads and page numbers gone, clear errors for bad files."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from briefing.ingest import IngestError, parse_article_bytes, read_article

SENTENCE = "The dock workers returned to work on Monday after the union accepted the pay offer."


def article_pdf(paragraphs: int = 30, **info: object) -> bytes:
    """A multi-page article: a headline, numbered paragraphs, a running head and page numbers."""
    styles = getSampleStyleSheet()
    buffer = io.BytesIO()

    def furniture(pdf: canvas.Canvas, document: SimpleDocTemplate) -> None:
        pdf.saveState()
        pdf.setFont("Helvetica", 8)
        pdf.drawString(72, 810, "The Daily Example — World news — 25 February 2022")
        pdf.drawCentredString(297, 30, f"Page {document.page} of 9")
        pdf.restoreState()

    document = SimpleDocTemplate(buffer, pagesize=A4, **info)
    story = [Paragraph("Harbour strike ends after nine days", styles["Title"])]
    story += [
        Paragraph(f"Paragraph {n}. " + f"{SENTENCE} " * 5, styles["BodyText"]) for n in range(paragraphs)
    ]
    document.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return buffer.getvalue()


def test_paragraphs_are_rebuilt_across_lines_and_pages(tmp_path: Path) -> None:
    path = tmp_path / "story.pdf"
    path.write_bytes(
        article_pdf(30, title="Harbour strike ends after nine days", author="Jane Smith; John Doe")
    )
    article = read_article(path)
    assert article.source_format == "pdf"
    assert [paragraph.split(".")[0] for paragraph in article.paragraphs] == [
        f"Paragraph {n}" for n in range(30)
    ]
    assert all(
        paragraph.endswith(SENTENCE) and paragraph.count(SENTENCE) == 5 for paragraph in article.paragraphs
    )


def test_running_heads_and_page_numbers_are_removed() -> None:
    article = parse_article_bytes(article_pdf(30), "story.pdf")
    assert "World news" not in article.text
    assert "Page 2 of 9" not in article.text and "of 9" not in article.text


def test_metadata_comes_from_the_document_information(tmp_path: Path) -> None:
    data = article_pdf(3, title="Harbour strike ends after nine days", author="Jane Smith; John Doe")
    article = parse_article_bytes(data, "story.pdf")
    assert article.title == "Harbour strike ends after nine days"
    assert "Harbour strike" not in article.paragraphs[0]  # the headline is not also the first paragraph
    assert article.authors == ["Jane Smith", "John Doe"]
    assert article.published == dt.date.today()  # ReportLab stamps the creation date


def test_without_a_title_property_the_large_headline_is_the_title() -> None:
    article = parse_article_bytes(article_pdf(3, title=""), "story.pdf")
    assert article.title == "Harbour strike ends after nine days"


def test_a_pdf_is_recognised_by_content_whatever_its_name() -> None:
    assert parse_article_bytes(article_pdf(2), "download.bin").source_format == "pdf"


def test_a_scanned_pdf_without_text_says_so() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.rect(100, 400, 300, 200, fill=1)  # a picture of the page, no text layer
    pdf.showPage()
    pdf.save()
    with pytest.raises(IngestError, match=r"no text layer.*OCR"):
        parse_article_bytes(buffer.getvalue(), "scan.pdf")


def test_a_truncated_pdf_is_one_clear_error() -> None:
    data = article_pdf(10)
    with pytest.raises(IngestError, match="damaged or incomplete"):
        parse_article_bytes(data[: len(data) // 3], "cut.pdf")


def test_a_password_protected_pdf_is_one_clear_error() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, encrypt="secret")
    pdf.drawString(72, 700, SENTENCE)
    pdf.save()
    with pytest.raises(IngestError, match="password-protected"):
        parse_article_bytes(buffer.getvalue(), "locked.pdf")


def test_a_long_pdf_keeps_every_paragraph_and_drops_every_running_head() -> None:
    # Speed is measured by benchmarks/ingest_speed.py, not asserted here.
    article = parse_article_bytes(article_pdf(200), "long.pdf")
    assert len(article.paragraphs) == 200
    assert [p.split(".")[0] for p in article.paragraphs] == [f"Paragraph {n}" for n in range(200)]
    assert not any("World news" in p or "of 9" in p for p in article.paragraphs)
