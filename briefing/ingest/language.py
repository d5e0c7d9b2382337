"""A rough guess at an article's language when the source does not declare it.

Recorded as the article's metadata (``briefing extract`` shows it); the citation styles
and the card's layout do not depend on it.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
# The commonest short words of each language; English wins ties and unclear cases.
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to in is that for with was on said he she it by".split()),  # noqa: SIM905
    "fr": frozenset("le la les des est et une dans que qui pour sur au aux du pas".split()),  # noqa: SIM905
    "de": frozenset("der die das und ist nicht mit den sich auf dem ein eine für von".split()),  # noqa: SIM905
    "es": frozenset("el los las del que y en por con una para es se como pero".split()),  # noqa: SIM905
    "it": frozenset("il lo gli della che di è per con una non sono anche nel alla".split()),  # noqa: SIM905
    "pt": frozenset("o os das dos que em com uma para não são pelo pela mais foi".split()),  # noqa: SIM905
}
_SAMPLE_WORDS = 2000


def guess_language(text: str) -> str:
    """An ISO 639-1 code for ``text``'s language: ``"en"`` unless another is clearly more likely."""
    cjk = _east_asian(text[:20000])
    if cjk:
        return cjk
    words = [word.lower() for word in _WORD.findall(text)[:_SAMPLE_WORDS]]
    if not words:
        return "en"
    cyrillic = sum(1 for word in words if "\u0400" <= word[0] <= "\u04ff")
    greek = sum(1 for word in words if "\u0370" <= word[0] <= "\u03ff")
    if cyrillic > len(words) / 2:
        # Letters Ukrainian has and Russian does not.
        return "uk" if re.search("[іїєґ]", text[:20000], re.IGNORECASE) else "ru"
    if greek > len(words) / 2:
        return "el"
    scores = {code: sum(1 for word in words if word in stopwords) for code, stopwords in _STOPWORDS.items()}
    best = max(scores, key=lambda code: scores[code])
    return best if scores[best] > scores["en"] * 1.5 else "en"


def _east_asian(text: str) -> str:
    """ "ja", "zh" or "ko" when most letters are kana, Han characters or Hangul; else ``""``."""
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return ""
    kana = sum(1 for char in letters if "\u3040" <= char <= "\u30ff")
    han = sum(1 for char in letters if "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf")
    hangul = sum(1 for char in letters if "\uac00" <= char <= "\ud7af")
    if kana + han + hangul < len(letters) / 3:
        return ""
    if hangul > han:
        return "ko"
    # Japanese mixes kana into nearly every sentence; Chinese has none.
    return "ja" if kana > (kana + han) / 10 else "zh"
