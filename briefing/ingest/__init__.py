"""Reading articles: from files, bytes, the web or the clipboard into :class:`briefing.model.Article`.

Each format is a reader (see :mod:`.registry`) registered when its module is imported
below; :func:`read_article` picks the first reader that recognises the content.
"""

from . import (  # noqa: F401  (importing registers the readers)
    html_page,
    markdown_text,
    mhtml,
    pdf_document,
    plain_text,
    sample_text,
    word_document,
)
from .clipboard import parse_clipboard
from .decoding import ENCODING_CHOICES, encoding_name
from .errors import IngestError
from .publishers import publisher_name
from .reading import MAX_BYTES, parse_article_bytes, read_article
from .registry import Reader, Source, readers, register, unregister
from .web import DEFAULT_TIMEOUT, MAX_DOWNLOAD_BYTES, USER_AGENT, FetchCancelled, fetch_article

OPEN_DIALOG_FILTERS = (
    ("Articles", ("*.html", "*.htm", "*.mhtml", "*.mht", "*.pdf", "*.docx", "*.md", "*.markdown", "*.txt")),
    ("Web pages", ("*.html", "*.htm", "*.mhtml", "*.mht")),
    ("PDF documents", ("*.pdf",)),
    ("Word documents", ("*.docx",)),
    ("Markdown and text", ("*.md", "*.markdown", "*.txt")),
    ("All files", ("*",)),
)
"""Name filters for an Open dialog: (label, patterns). Readers judge by content, so "All files" works too."""

__all__ = [
    "DEFAULT_TIMEOUT",
    "ENCODING_CHOICES",
    "MAX_BYTES",
    "MAX_DOWNLOAD_BYTES",
    "OPEN_DIALOG_FILTERS",
    "USER_AGENT",
    "FetchCancelled",
    "IngestError",
    "Reader",
    "Source",
    "encoding_name",
    "fetch_article",
    "parse_article_bytes",
    "parse_clipboard",
    "publisher_name",
    "read_article",
    "readers",
    "register",
    "unregister",
]
