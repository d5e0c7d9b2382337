"""Suggestions: find quotes, people, places, dates and stated positions in an article.

Pure Python, deterministic and offline: no Qt, no network, no model weights. The
app calls :func:`suggest` when an article opens (off the UI thread), shows each kind
for accept/reject, and calls :func:`speaker_for` when the user marks a quote by hand.
"""

from .draft import draft_briefing, lead_summary
from .suggestions import Suggestions, speaker_for, suggest

__all__ = ["Suggestions", "draft_briefing", "lead_summary", "speaker_for", "suggest"]
