"""Helpers shared by the text readers: line endings, white space, paragraphs, link markup."""

from __future__ import annotations

import re

_LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c|\x85")
_SPACE_RUN = re.compile(r"[ \t]+")
# [text](target) or [text](target "title"); the target may hold one level of parentheses
# (Wikipedia URLs). An image, ![alt](src), is dropped along with its alt text.
_LINK = re.compile(
    r"(?P<image>!?)\[(?P<text>[^\[\]]*)\]\((?P<target>(?:[^()\s]|\([^()\s]*\))*)(?:\s+\"[^\"]*\")?\)"
)
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]+)>")


def lines_of(text: str) -> list[str]:
    """The text's lines: any line ending, tabs and repeated spaces made one space, ends trimmed."""
    text = text.removeprefix("\ufeff")
    return [_SPACE_RUN.sub(" ", line).strip() for line in _LINE_BREAK.split(text)]


def blocks_of(lines: list[str]) -> list[list[str]]:
    """Runs of non-blank lines, as separated by one or more blank lines."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def paragraphs_of(lines: list[str]) -> list[str]:
    """Paragraphs: blank-line separated blocks with their lines joined.

    A text with no blank lines at all is taken to hold one paragraph per line.
    """
    blocks = blocks_of(lines)
    if len(blocks) == 1:
        return blocks[0]
    return [" ".join(block) for block in blocks]


def without_link_markup(text: str) -> str:
    """Markdown links reduced to their text: ``[said](#)`` -> ``said``; images dropped."""
    text = _LINK.sub(lambda match: "" if match["image"] else match["text"], text)
    text = _AUTOLINK.sub(r"\1", text)
    return _SPACE_RUN.sub(" ", text).strip()
