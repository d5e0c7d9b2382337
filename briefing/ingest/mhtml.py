"""Web pages saved as a single file (``.mhtml``/``.mht``, "Webpage, Single File"): a MIME message.

The first ``text/html`` part is the page; its ``Content-Location`` (or Chrome's
``Snapshot-Content-Location`` header) is the address it was saved from. Pictures and
styles in the other parts are never looked at.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import Message

from briefing.model import Article

from .errors import IngestError
from .html_page import parse_html_text
from .html_source import decode_html
from .registry import PRIORITY_MARKUP, Reader, Source, register

FORMAT = "mhtml"

_HEADER_WINDOW = 4096
_MULTIPART = re.compile(rb"^content-type:\s*multipart/related", re.IGNORECASE | re.MULTILINE)
_MIME_VERSION = re.compile(rb"^mime-version:\s*1\.0", re.IGNORECASE | re.MULTILINE)


def sniff(source: Source) -> bool:
    head = source.data[:_HEADER_WINDOW]
    headers = head.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    return bool(_MULTIPART.search(headers)) and (
        bool(_MIME_VERSION.search(headers)) or source.suffix in (".mht", ".mhtml")
    )


def parse(source: Source) -> Article:
    label = f"“{source.name}”" if source.name else "The saved page"
    message = email.message_from_bytes(source.data, policy=email.policy.compat32)
    page = next(
        (
            part
            for part in message.walk()
            if part.get_content_type() in ("text/html", "application/xhtml+xml")
        ),
        None,
    )
    if page is None:
        raise IngestError(f"{label} is a saved web archive without a web page in it.")
    payload = page.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise IngestError(f"{label} is a saved web archive whose page is empty.")
    address = _address(message, page)
    text = decode_html(payload, source.encoding, header_charset=page.get_content_charset())
    article = parse_html_text(text, page_url=address)
    article.source_format = FORMAT
    return article


def _address(message: Message, page: Message) -> str:
    for value in (
        message.get("Snapshot-Content-Location"),
        page.get("Content-Location"),
        message.get("Content-Location"),
    ):
        if value and str(value).strip().startswith(("http://", "https://")):
            return str(value).strip()
    return ""


register(Reader(format=FORMAT, sniff=sniff, parse=parse, priority=PRIORITY_MARKUP - 10))
