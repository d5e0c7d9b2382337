"""Word documents: paragraphs in order, properties for the citation, clear errors for broken files."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
import pytest

from briefing.ingest import IngestError, parse_article_bytes, read_article


def word_file(title_style: bool = True, **properties: object) -> bytes:
    document = docx.Document()
    if title_style:
        document.add_heading("Harbour strike ends", level=0)
    paragraph = document.add_paragraph("The strike ended on Monday, said ")
    paragraph.add_run("Maria Lopez").bold = True
    paragraph.add_run(", the union's negotiator.")
    document.add_paragraph("")
    document.add_paragraph("Ships began unloading within hours.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Ships waiting"
    table.rows[0].cells[1].text = "40"
    document.add_paragraph("The backlog will take a week to clear.")
    for name, value in properties.items():
        setattr(document.core_properties, name, value)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_paragraphs_and_tables_in_document_order(tmp_path: Path) -> None:
    path = tmp_path / "story.docx"
    path.write_bytes(word_file())
    article = read_article(path)
    assert article.source_format == "docx"
    assert article.title == "Harbour strike ends"
    assert article.paragraphs == [
        "The strike ended on Monday, said Maria Lopez, the union's negotiator.",
        "Ships began unloading within hours.",
        "Ships waiting | 40",
        "The backlog will take a week to clear.",
    ]


def test_core_properties_give_title_author_date_and_language() -> None:
    data = word_file(
        title_style=False,
        title="Harbour strike ends after nine days",
        author="Jane Smith; John Doe",
        created=dt.datetime(2022, 2, 25, 9, 30),
        language="de-DE",
    )
    article = parse_article_bytes(data, "story.docx")
    assert article.title == "Harbour strike ends after nine days"
    assert article.authors == ["Jane Smith", "John Doe"]
    assert article.published == dt.date(2022, 2, 25)
    assert article.language == "de"


def test_a_docx_is_recognised_by_content_whatever_its_name() -> None:
    assert parse_article_bytes(word_file(), "attachment.bin").source_format == "docx"


def test_a_corrupt_docx_is_one_clear_error() -> None:
    data = bytearray(word_file())
    data[len(data) // 2 : len(data) // 2 + 400] = b"\x00" * 400
    with pytest.raises(IngestError, match="damaged"):
        parse_article_bytes(bytes(data), "broken.docx")


def test_a_truncated_docx_is_one_clear_error() -> None:
    with pytest.raises(IngestError, match="damaged"):
        parse_article_bytes(word_file()[:2000], "cut.docx")


def test_a_docx_without_its_main_part_is_one_clear_error() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(IngestError):
        parse_article_bytes(buffer.getvalue(), "empty.docx")


def test_an_old_binary_doc_asks_for_docx() -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    with pytest.raises(IngestError, match=r"save it as \.docx"):
        parse_article_bytes(data, "old.doc")


def test_a_zip_bomb_is_refused_before_unpacking() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b" " * (300 * 1024 * 1024))
    with pytest.raises(IngestError, match="unpacks to more than"):
        parse_article_bytes(buffer.getvalue(), "bomb.docx")
