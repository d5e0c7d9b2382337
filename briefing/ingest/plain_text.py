"""Any other text: paragraphs, with the first line taken as the title when it looks like one."""

from __future__ import annotations

from briefing.model import Article

from .language import guess_language
from .origins import note_filled
from .registry import PRIORITY_PLAIN_TEXT, Reader, Source, register
from .text_blocks import blocks_of, lines_of, paragraphs_of

FORMAT = "text"

_MAX_TITLE_CHARS = 150
_SENTENCE_ENDS = (".", ",", ";", ":")


def sniff(source: Source) -> bool:
    return source.text is not None


def parse(source: Source) -> Article:
    lines = lines_of(source.text or "")
    blocks = blocks_of(lines)
    title = ""
    if blocks and _is_title(blocks):
        title = blocks[0][0]
        first = lines.index(title)
        lines = lines[first + 1 :]
    paragraphs = paragraphs_of(lines)
    article = Article(
        title=title,
        paragraphs=paragraphs,
        language=guess_language(" ".join(paragraphs)),
        source_format=FORMAT,
    )
    note_filled(article, "text", ("title", "language"))
    return article


def _is_title(blocks: list[list[str]]) -> bool:
    """A short first line, not ending like a sentence, standing alone above more text.

    "Alone" means its own block, or, in a text with one paragraph per line, its own line.
    """
    first = blocks[0][0]
    own_block = len(blocks[0]) == 1 and len(blocks) > 1
    own_line_in_one_block = len(blocks) == 1 and len(blocks[0]) > 1
    stands_alone = own_block or own_line_in_one_block
    return stands_alone and len(first) <= _MAX_TITLE_CHARS and not first.endswith(_SENTENCE_ENDS)


register(Reader(format=FORMAT, sniff=sniff, parse=parse, priority=PRIORITY_PLAIN_TEXT))
