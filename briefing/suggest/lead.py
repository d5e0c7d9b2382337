"""The bottom line: the article's first substantive sentences, never the page furniture above them.

Saved pages put lines before the lead that say nothing about the story: a dateline or
timestamp ("24 July 2015", "Stand: 12.03.2021 09:00 Uhr", "Updated 3:15 PM ET"), a
byline ("By Ana Lima", "Von Jonas Weber"), a section or comment count ("From the section
Europe", "941 comments"), a photo credit. A lead is a sentence: enough words, most of
them lower case, ending as a sentence ends.
"""

from __future__ import annotations

import re

from ..model import Article
from .text import sentences as split_sentences

_MIN_WORDS = 8
"""A sentence shorter than this is a heading, a caption or a line of page furniture."""

_MONTH_NAMES = (
    r"jan(?:uary|vier|uar|eiro)?|feb(?:ruary|ruar)?|févr?(?:ier)?|fevereiro|m[aä]r(?:ch|s|z|ço)?|"
    r"apr(?:il)?|avr(?:il)?|abr(?:il)?|may|mai(?:o)?|mayo|june?|juni?|juin|junho|junio|july?|juli|juillet|"
    r"julho|julio|aug(?:ust)?|août|agosto|sep(?:t|tember)?|septembre|setembro|septiembre|oct(?:ober)?|"
    r"okt(?:ober)?|octobre|outubro|octubre|nov(?:ember)?|novembre|novembro|noviembre|dec(?:ember)?|"
    r"dez(?:ember|embro)?|décembre|diciembre|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
)
_DATE_OR_TIME = re.compile(
    rf"\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b\d{{1,2}}[:.h]\d{{2}}\b"
    rf"|\b(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\.?\s+(?:de\s+)?(?:{_MONTH_NAMES})\b",
    re.IGNORECASE,
)
_FURNITURE = re.compile(
    r"^(?:stand|updated?|published|posted|last updated|aktualisiert|"
    r"veröffentlicht|mis à jour|publié|atualizado|publicado|actualizado|обновлено|опубликовано|"
    r"from the section|photo|foto|image|picture|credit|source|quelle|read more|advertisement|"
    r"anzeige|share|teilen|comments?|kommentare|file photo|file|listen to|sign up|subscribe|follow us|"
    r"this article is more than|last modified|getty images|ap photo|copyright|©|editor['’]s note|"
    r"related|watch|click here|breaking news|topics|tags|filed under|reporting by|additional reporting|"
    r"this (?:story|article|post|report) (?:has been|was|is)|sign up|get the latest|want more)\b",
    re.IGNORECASE,
)
_COUNT_LINE = re.compile(r"^\d[\d,.]*\s+\w+$")
""""941 comments", "3 Kommentare", "12 min read"... a number and a word."""
_LEADING_STAMP = re.compile(
    r"^(?:(?:stand|updated?|published|posted|aktualisiert|veröffentlicht|mis à jour|publié|atualizado|"
    r"publicado|actualizado)\s*:?\s*)?(?:[^.!?]|(?<=\d)\.(?=\d)){0,40}?\b\d{1,2}[:.h]\d{2}\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.)?"
    r"(?:\s*(?-i:[A-Z]{2,4}\b))?\s*[|·•—–-]?\s+",
    re.IGNORECASE,
)
"""A timestamp glued to the first sentence: "Stand: 12.03.2021 09:00 Uhr Die Regierung ..."."""


_CAPTION = re.compile(
    r"\((?:AP|AFP|Reuters|Getty|EPA|dpa)[^)]*(?:Photo|Images|Foto)[^)]*\)\s*$|Getty Images|"
    r"\b(?:Photo(?:graph)?|Image|Credit|Foto|Bild)\s*:\s*\S|\bPhoto(?:graph)? by\b|\bfile photo\b",
    re.IGNORECASE,
)


def lead_summary(article: Article, max_words: int = 60) -> str:
    """The lead: the first substantive sentences of the body, up to ``max_words`` words."""
    headline = _folded(article.title)
    for paragraph in article.paragraphs:
        if headline and _folded(paragraph) == headline:
            continue  # the headline repeated above the body
        text = _without_dateline(_without_stamp(paragraph.strip()))
        sentences = [
            part
            for start, end in split_sentences(text)
            for part in _cjk_sentences(text[start:end])
            if part.strip()
        ]
        while sentences and not is_substantive(sentences[0]):
            sentences = sentences[1:]
        if not sentences:
            continue
        summary: list[str] = []
        words = 0
        for sentence in sentences:
            count = _word_count(sentence)
            if summary and (words + count > max_words or not is_substantive(sentence)):
                break
            summary.append(sentence)
            words += count
        return ("" if _CJK.search(summary[0]) else " ").join(summary)
    # No sentence says anything (a page's script shell, a list of links): the first paragraph,
    # unless it is a template's code, which no reader should get as a bottom line.
    first = article.paragraphs[0].strip() if article.paragraphs else ""
    return "" if "{{" in first or "===" in first else first


def _cjk_sentences(text: str) -> list[str]:
    """``text`` cut after each full-width 。！？ outside quotation marks (Chinese and Japanese
    put no space after a sentence, so the general splitter sees one long sentence)."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += (char in "“「『") - (char in "”」』")
        if char in "。！？" and depth <= 0:
            parts.append(text[start : index + 1])
            start = index + 1
    return [*parts, text[start:]]


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _word_count(sentence: str) -> int:
    """Words in ``sentence``, taking two CJK characters for a word (they have no spaces to count)."""
    characters = len(_CJK.findall(sentence))
    return len(_CJK.sub("", sentence).split()) + (characters + 1) // 2


_DATELINE = re.compile(
    r"^(?:(?P<place>[A-Z][A-Z.'’\- ]*[A-Z.](?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?)\s*)?"
    r"(?P<agency>\([A-Za-z .&]{2,25}\))?\s*(?P<dash>[—–-]{1,2})?\s*"
)


_PLACE_DATE_DATELINE = re.compile(
    r"^[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}"
    r"(?:\s*[—–]\s+|,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?"
    r"\s*(?:\([A-Za-z]{2,12}\))?\s*[:—–-]?\s*)"
)


def _without_dateline(text: str) -> str:
    """The lead without its dateline: "SEOUL, South Korea — A plan ..." -> "A plan ...";
    "(CNN)President ..." -> "President ..."."""
    plain = _PLACE_DATE_DATELINE.match(text)
    if plain is not None and text[plain.end() : plain.end() + 1].isupper():
        return text[plain.end() :]  # "Lansing — ...", "New Delhi, Nov 20 (PTI) ..."
    match = _DATELINE.match(text)
    if match is None or not (match.group("agency") or (match.group("place") and match.group("dash"))):
        return text
    if (
        match.group("place")
        and not match.group("place").split(",")[0].replace(" ", "").replace(".", "").isupper()
    ):
        return text
    rest = text[match.end() :]
    return rest if rest[:1].isupper() or rest[:1] in "“\"'‘«„" else text


def _folded(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


def _unspaced(text: str) -> bool:
    return len(text) >= 10 and text.count(" ") < len(text) / 25


def _without_stamp(text: str) -> str:
    match = _LEADING_STAMP.match(text)
    if match is None or not _DATE_OR_TIME.search(match.group()):
        return text
    rest = text[match.end() :]
    return rest if rest[:1].isupper() or rest[:1] in '“"«„' else text


_CREDIT = re.compile(
    r"\b(?:contributed(?: reporting)? to this (?:report|story|article)|contributed reporting|reported from|"
    r"additional reporting by|reporting by|editing by|writing by|mitarbeit:|avec l['’]AFP)\b",
    re.IGNORECASE,
)


def is_page_furniture(paragraph: str) -> bool:
    """A line of the page, not of the story: a short credit ("Ana Lima reported from Oslo."), a
    section or share line ("From the section Europe")."""
    text = paragraph.strip()
    tokens = re.findall(r"[^\W\d_][\w'’\-]*", text)
    return len(tokens) < 20 and (_CREDIT.search(text) is not None or _FURNITURE.match(text) is not None)


def is_substantive(sentence: str) -> bool:
    """Whether ``sentence`` says something: a sentence of words, not a dateline, byline or label."""
    text = sentence.strip()
    if _unspaced(text):  # Chinese, Japanese: no spaces between words
        return len(text) >= 15 and text[-1] in "。！？!?」”" and not _DATE_OR_TIME.match(text)
    if "{{" in text or "===" in text:
        return False  # a page's unfilled template, not prose
    if _CAPTION.search(text):
        return False  # a photo caption: "... (AP Photo/Ana Lima)", "Photograph: Ana Lima/Reuters"
    tokens = re.findall(r"[^\W\d_][\w'’\-]*", text)
    if len(tokens) < _MIN_WORDS or _COUNT_LINE.match(text):
        return False
    if _FURNITURE.match(text) and (len(tokens) < 15 or _DATE_OR_TIME.search(text[:60])):
        return False
    lower = sum(1 for token in tokens if token[0].islower())
    if lower < len(tokens) / 3:
        return False  # "Ana Lima And Jonas Weber, Associated Press", a shouted heading
    digits = len(re.findall(r"\d", text))
    if digits > len(text) / 5:
        return False
    return text[-1] in '.!?…"”’»)' or len(tokens) >= 15
