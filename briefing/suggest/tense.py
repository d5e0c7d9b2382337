"""Does a clause look back or ahead? Decides which way a bare weekday points.

News prose dates events by weekday alone ("talks ended on Wednesday", "they will meet
on Monday"). The verb that governs the weekday says whether it is the last such day
or the next one; we read the nearest tense cue before the weekday in its sentence,
and if there is none, the nearest one after it within the clause.
"""

from __future__ import annotations

import re

from .lexicon import word_set

_FUTURE = word_set(
    "will would shall 'll going upcoming next coming tomorrow "
    "vai vão irá irão será serão va vont sera seront wird werden va van irá será"
)
_PAST = word_set(
    "was were had did ago last earlier previous previously yesterday "
    "said told met began begun went came left took made gave held spoke ran saw won lost fell rose sent "
    "struck broke flew wrote thought brought bought fought caught taught stood sat shot hit cut put set "
    "foi foram era eram fue fueron était étaient war waren hatte hatten"
)
_PRESENT = word_set("is are am 's")
_PLANNED = word_set("due scheduled expected set planned slated poised")
"""Words whose tense is that of the verb before them: "is due to" ahead, "was due to" back."""
_NOT_PAST = word_set("need indeed speed hundred seed feed breed bleed proceed exceed succeed red bed shed")
_BREAK = re.compile(r"[;:—–()\"“”«»]|[.!?]\s")
_WORD = re.compile(r"[\w']+")


def looks_ahead(before: str, after: str) -> bool | None:
    """True for a future clause, False for a past one, None when the words do not say.

    ``before`` is the text of the sentence up to the date, ``after`` the text after it.
    """
    breaks = list(_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    left = [w.lower() for w in _WORD.findall(before)][-10:]
    verdict = _nearest_cue(list(reversed(left)))
    if verdict is not None:
        return verdict
    stop = _BREAK.search(after)
    right = [w.lower() for w in _WORD.findall(after[: stop.start()] if stop else after)][:8]
    return _nearest_cue(right, reading_forward=True)


def _nearest_cue(words: list[str], reading_forward: bool = False) -> bool | None:
    """The tense of the first cue in ``words`` (nearest the date first)."""
    for position, word in enumerate(words):
        if word in _PLANNED:
            # the auxiliary decides: "was due to" looks back, "is due to" and a bare "due" ahead
            at = position - 1 if reading_forward else position + 1
            auxiliary = words[at] if 0 <= at < len(words) else ""
            return auxiliary not in ("was", "were", "had")
        if word in _FUTURE:
            return True
        if word in _PAST or _is_past_participle(word):
            return False
        if word in _PRESENT:
            return True
    return None


def _is_past_participle(word: str) -> bool:
    return len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST
