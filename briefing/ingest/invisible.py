"""Characters a reader cannot see, taken out of the article on the way in.

A soft hyphen (U+00AD) in a saved page is a hint where a line may break; left in, it
splits "Vladi\u00admir" into two words for the suggestion rules and makes a quote picked
from the article differ from the same quote typed. Zero-width spaces, word joiners and
byte-order marks inside the text are the same kind of noise. The text is also put in
NFC, so a letter and its accent typed as one character or as two compare (and hash) the
same: the article's fingerprint is defined on what is shown.

Kept: the zero-width joiner and non-joiner (they change how Arabic, Persian, Indic
scripts and emoji are drawn) and the bidirectional marks (they change reading order).
"""

from __future__ import annotations

import re
import unicodedata

from briefing.model import Article

INVISIBLE = re.compile("[\u00ad\u180e\u200b\u2060-\u2064\ufeff\ufff9-\ufffb\x00-\x08\x0e-\x1f\x7f]")
"""Soft hyphen, Mongolian vowel separator, zero-width space, word joiner and invisible
operators, byte-order mark, interlinear annotation marks, C0 controls (not tab or line breaks)."""
_SPACES = re.compile(r"  +")


def visible(text: str) -> str:
    """``text`` without invisible characters, in NFC, with the double spaces that leaves made single."""
    text = INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return _SPACES.sub(" ", text).strip() if "  " in text else text.strip()


def normalise_article(article: Article) -> Article:
    """``article`` with its text and metadata as shown: see the module's description."""
    article.paragraphs = [
        shown for shown in (visible(paragraph) for paragraph in article.paragraphs) if shown
    ]
    article.title = visible(article.title)
    article.byline = visible(article.byline)
    article.authors = [shown for shown in (visible(author) for author in article.authors) if shown]
    article.site_name = visible(article.site_name)
    article.photo_credit = visible(article.photo_credit)
    return article
