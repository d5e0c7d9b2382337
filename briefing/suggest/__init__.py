"""Suggestions: find quotes, people, places, dates and stated positions in an article.

Pure Python, deterministic and offline: no Qt, no network, no model weights. The
app calls :func:`suggest` when an article opens (off the UI thread) and shows each
kind for accept/reject; when the user picks a span by hand it calls :func:`item_for`,
which answers by the same rules (:mod:`.spans`).
"""

from .draft import draft_briefing, lead_summary
from .quote_spans import quotation_span
from .spans import date_for, item_for, person_for, place_for, quote_for, speaker_for, stance_for
from .suggestions import Suggestions, suggest

__all__ = [
    "Suggestions",
    "date_for",
    "draft_briefing",
    "item_for",
    "lead_summary",
    "person_for",
    "place_for",
    "quotation_span",
    "quote_for",
    "speaker_for",
    "stance_for",
    "suggest",
]
