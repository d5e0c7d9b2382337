"""Word documents (.docx): paragraphs in order, title/author/date from the document properties.

Old binary ``.doc`` files are recognised only to say clearly that they need converting.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import TYPE_CHECKING, Any

from lxml import etree

from briefing.model import Alternative, Article

from .errors import IngestError
from .language import guess_language
from .origins import note, note_filled, same_title
from .registry import PRIORITY_BINARY, Reader, Source, register

if TYPE_CHECKING:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

FORMAT = "docx"

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc, .xls, also encrypted .docx
_MAX_UNPACKED = 200 * 1024 * 1024  # a zip bomb unpacks to far more; a long report to a few MB
_TITLE_STYLES = ("title",)
_HEADING_STYLE = re.compile(r"^heading\s*1$", re.IGNORECASE)
_NAME_SEPARATOR = re.compile(r"\s*[;,&]\s*|\s+and\s+")


def sniff(source: Source) -> bool:
    if source.data.startswith(_OLE_MAGIC):
        return source.suffix in (".doc", ".docx", ".dot", ".rtf", "")
    if not source.data.startswith(_ZIP_MAGIC):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(source.data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return source.suffix == ".docx"


def parse(source: Source) -> Article:
    label = f"“{source.name}”" if source.name else "The Word document"
    if source.data.startswith(_OLE_MAGIC):
        raise IngestError(
            f"{label} is an old-style Word file (.doc) or a password-protected one; "
            "save it as .docx (Word Document) and open that."
        )
    from docx.text.paragraph import Paragraph  # python-docx loads only when a Word file is opened

    document = _open(source.data, label)
    properties = document.core_properties
    paragraphs: list[str] = []
    title = ""
    for block in _blocks(document):
        if isinstance(block, Paragraph):
            text = " ".join(block.text.split())
            style = (block.style.name if block.style is not None else "") or ""
            if not text:
                continue
            if (
                not title
                and not paragraphs
                and (style.lower() in _TITLE_STYLES or _HEADING_STYLE.match(style))
            ):
                title = text
                continue
            paragraphs.append(text)
        else:
            for row in block.rows:
                cells = list(dict.fromkeys(" ".join(cell.text.split()) for cell in row.cells))
                line = " | ".join(cell for cell in cells if cell)
                if line:
                    paragraphs.append(line)
    stated_title = (properties.title or "").strip()
    title_source, title_alternatives = "text", []
    if title and stated_title and not same_title(title, stated_title):
        title_alternatives = [Alternative(stated_title, "file-properties")]
    if not title:
        title, title_source = stated_title, "file-properties"
    author = (properties.author or "").strip()
    language = (properties.language or "").split("-")[0].lower()
    article = Article(
        title=title,
        authors=[name for name in _NAME_SEPARATOR.split(author) if name],
        byline=author,
        published=properties.created.date() if properties.created else None,
        updated=properties.modified.date() if properties.modified else None,
        paragraphs=paragraphs,
        language=language or guess_language(" ".join(paragraphs)),
        source_format=FORMAT,
    )
    if title:
        note(article, "title", title_source, title_alternatives)
    note_filled(article, "file-properties", ("authors", "byline", "published", "updated"))
    if language:
        note(article, "language", "file-properties")
    note_filled(article, "text", ("language",))
    return article


def _open(data: bytes, label: str) -> Any:
    import docx
    from docx.opc.exceptions import OpcError

    damaged = f"{label} is damaged and cannot be read as a Word document."
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > _MAX_UNPACKED:
                raise IngestError(
                    f"{label} unpacks to more than {_MAX_UNPACKED // 1024 // 1024} MB; it is not an ordinary document."
                )
            if archive.testzip() is not None:
                raise IngestError(damaged)
        return docx.Document(io.BytesIO(data))
    except IngestError:
        raise
    except (zipfile.BadZipFile, OpcError, KeyError, ValueError, etree.LxmlError, OSError, EOFError):
        raise IngestError(damaged) from None


def _blocks(document: Any) -> list[Paragraph | Table]:
    """Paragraphs and tables in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = document.element.body
    blocks: list[Paragraph | Table] = []
    for child in body.iterchildren():
        tag = etree.QName(child).localname
        if tag == "p":
            blocks.append(Paragraph(child, document))
        elif tag == "tbl":
            blocks.append(Table(child, document))
    return blocks


register(Reader(format=FORMAT, sniff=sniff, parse=parse, priority=PRIORITY_BINARY + 20))
