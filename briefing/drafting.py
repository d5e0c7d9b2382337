"""A first card for an article: the suggester's picks, as many as fit the card's paper at full size.

The one place that joins suggestions and the renderer (which never import each other):
the suggester chooses and condenses, the renderer says whether a trial card still fits.
"""

from __future__ import annotations

from .model import Article, Briefing


def draft_to_fit(article: Article, card: Briefing) -> Briefing:
    """Fill ``card`` (an empty card for ``article``, preferences already applied) to fit its paper."""
    from .render import fits_on_page
    from .suggest import draft_briefing

    return draft_briefing(article, card.citation.style, fits=fits_on_page, card=card)
