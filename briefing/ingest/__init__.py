"""Reading articles: from files or bytes into :class:`briefing.model.Article`.

Each format is a reader (see :mod:`.registry`) registered when its module is imported
below; :func:`read_article` picks the first reader that recognises the content.
"""

from . import html_page, markdown_text, pdf_document, plain_text, sample_text  # noqa: F401  (registers readers)
from .errors import IngestError
from .publishers import publisher_name
from .reading import MAX_BYTES, parse_article_bytes, read_article
from .registry import Reader, Source, readers, register, unregister

__all__ = [
    "MAX_BYTES",
    "IngestError",
    "Reader",
    "Source",
    "parse_article_bytes",
    "publisher_name",
    "read_article",
    "readers",
    "register",
    "unregister",
]
