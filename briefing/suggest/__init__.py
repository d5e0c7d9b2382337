"""Suggestions: find quotes, people, places, dates and stated positions in an article.

Pure Python, deterministic and offline: no Qt, no network, no model weights.
"""

from .draft import draft_briefing

__all__ = ["draft_briefing"]
