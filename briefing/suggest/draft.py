"""An automatic first draft of a briefing card, made from an article alone.

"Accept the top suggestions" must give a card a minister can read in a minute: it
fits one page at full size, every line says one thing, nothing is said twice. So the
draft takes fewer items than the suggester offers and condenses them: quotes to their
first sentences, places to the clause that says what they are, dates to a timeline,
and one position per party before any party's second.

How many of each kind go on the card is found by fitting them on the card's own paper:
given ``fits`` (the renderer's "fits at full size?", passed in because suggestions never
import the renderer), items are added a round at a time, one more of each kind in order
of importance, for as long as the card still fits; a kind that no longer fits stops.
Without ``fits``, the fixed :data:`CARD_LIMITS` are used.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from ..model import Article, Briefing, DateItem, Person, Place, Quote, Span, Stance
from ..model.dates import day_and_month, weekday_name
from .lead import lead_summary as lead_summary  # moved to lead.py; still importable from here
from .lexicon import FUNCTION_WORDS

T = TypeVar("T")

# How many of each kind "accept the top suggestions" puts on a one-page card when it cannot measure.
CARD_LIMITS = {"quotes": 4, "people": 5, "places": 4, "dates": 5, "positions": 4}
# The most of each kind a fitted draft takes, however much room the paper has: past these a
# card stops being a summary. The order is the order in which each round adds them.
MOST_ON_A_CARD = {"quotes": 6, "people": 8, "positions": 6, "places": 6, "dates": 6}
EVENT_WORDS = 12
"""A date's event longer than this loses the relative clause in its subject."""
_SUBJECT_CLAUSE = re.compile(
    r"^((?:\S+\s+){0,3}?\S+)\s+(?:that|who|which)\s+\S+\s+.+?\s+(?=(?:\w+ed|was|were|is|are|has|had|will|would)\b)"
)
QUOTE_WORDS = 40
"""A quote longer than this keeps its first sentences and an ellipsis."""


def draft_briefing(
    article: Article,
    style: str = "apa",
    *,
    fits: Callable[[Briefing], bool] | None = None,
    card: Briefing | None = None,
) -> Briefing:
    """A card with the headline, citation, lead summary and the top suggestions of each kind, condensed.

    ``card`` is the empty card to fill (with the user's paper size and preferences already
    set); by default one made from the article. With ``fits``, as many suggestions as fit
    on its paper at full size (up to :data:`MOST_ON_A_CARD`); without, :data:`CARD_LIMITS`.
    """
    from .suggestions import suggest_in_detail  # here, not at the top: suggestions imports lead_summary

    briefing = card if card is not None else Briefing.from_article(article, style)
    found, place_contexts = suggest_in_detail(article)
    briefing.summary = found.summary
    offers = _Offers(
        quotes=[_shortened(quote) for quote in _distinct_speakers(found.quotes)],
        people=found.people,
        places=[
            Place(place.name, place_contexts.get(place.name, ""), place.source) for place in found.places
        ],
        dates=found.dates,
        positions=_one_per_party(found.positions),
    )
    if fits is not None:
        _fit_summary(briefing, offers, fits)
    counts = dict(CARD_LIMITS) if fits is None else _fitted_counts(briefing, offers, fits)
    offers.fill(briefing, counts)
    return briefing


def _fit_summary(briefing: Briefing, offers: _Offers, fits: Callable[[Briefing], bool]) -> None:
    """Whole sentences of the lead, as many as leave the card whole: a draft is never cut mid-text."""
    offers.fill(briefing, dict.fromkeys(MOST_ON_A_CARD, 0))
    sentences = re.split(r"(?<=[.!?…。！？])\s*", briefing.summary.strip())
    sentences = [sentence for sentence in sentences if sentence]
    while len(sentences) > 1 and not fits(briefing):
        sentences.pop()
        briefing.summary = " ".join(sentences)


@dataclass
class _Offers:
    """The condensed suggestions of each kind, best first."""

    quotes: list[Quote]
    people: list[Person]
    places: list[Place]
    dates: list[DateItem]
    positions: list[Stance]

    def available(self, kind: str) -> int:
        if kind == "dates":
            return len(_timeline(self.dates, MOST_ON_A_CARD["dates"]))
        return len(getattr(self, kind))

    def fill(self, briefing: Briefing, counts: dict[str, int]) -> None:
        briefing.quotes = self.quotes[: counts["quotes"]]
        briefing.people = self.people[: counts["people"]]
        briefing.places = self.places[: counts["places"]]
        briefing.dates = _timeline(self.dates, counts["dates"])
        briefing.positions = self.positions[: counts["positions"]]


def _fitted_counts(briefing: Briefing, offers: _Offers, fits: Callable[[Briefing], bool]) -> dict[str, int]:
    """How many of each kind fit the card's paper at full size, filled a round at a time."""
    most = {kind: min(limit, offers.available(kind)) for kind, limit in MOST_ON_A_CARD.items()}
    counts = dict.fromkeys(MOST_ON_A_CARD, 0)
    open_kinds = [kind for kind in MOST_ON_A_CARD if most[kind] > 0]

    def fits_with(trial: dict[str, int]) -> bool:
        offers.fill(briefing, trial)
        return fits(briefing)

    while open_kinds:
        whole_round = {**counts, **{kind: counts[kind] + 1 for kind in open_kinds}}
        if fits_with(whole_round):  # usual until the page is nearly full: one measurement a round
            counts = whole_round
        else:
            for kind in list(open_kinds):
                trial = {**counts, kind: counts[kind] + 1}
                if fits_with(trial):
                    counts = trial
                else:
                    open_kinds.remove(kind)  # the next of a kind is never longer-ranked than this one
        open_kinds = [kind for kind in open_kinds if counts[kind] < most[kind]]
    return counts


def _distinct_speakers(quotes: list[Quote]) -> list[Quote]:
    """Named speakers' quotes, one per speaker first: four voices say more than one voice four times."""
    return _firsts_first([quote for quote in quotes if quote.speaker], lambda quote: quote.speaker)


def _firsts_first(items: list[T], key: Callable[[T], str]) -> list[T]:
    """``items`` with the first of each ``key`` ahead of the repeats, order otherwise kept."""
    firsts: list[T] = []
    rest: list[T] = []
    seen: set[str] = set()
    for item in items:
        (rest if key(item) in seen else firsts).append(item)
        seen.add(key(item))
    return firsts + rest


def _shortened(quote: Quote) -> Quote:
    """The quote's first sentences up to :data:`QUOTE_WORDS` words, then "…" (still verbatim)."""
    if len(quote.text.split()) <= QUOTE_WORDS:
        return quote
    kept: list[str] = []
    for sentence in re.split(r"(?<=[.!?…])\s+", quote.text):
        if kept and len(" ".join([*kept, sentence]).split()) > QUOTE_WORDS:
            break
        kept.append(sentence)
    text = " ".join(kept)
    if text == quote.text:
        return quote
    return Quote(text=text.rstrip(" …") + " …", speaker=quote.speaker, role=quote.role, source=quote.source)


def _timeline(dates: list[DateItem], most: int) -> list[DateItem]:
    """Up to ``most`` events, one per calendar date, in date order; undated years only if room is left."""
    chosen: list[DateItem] = []
    seen: set[object] = set()
    for item in dates:
        if item.date is not None and item.date not in seen:
            seen.add(item.date)
            chosen.append(item)
    chosen = sorted(chosen[:most], key=lambda item: (item.date, _order(item.source)))
    undated = [item for item in dates if item.date is None]
    picked = chosen + undated[: max(0, most - len(chosen))]
    # Write added days the way the article writes its dates: "March 3" or "3 March".
    month_first = any(re.search(r"[A-Za-z]\.? \d", item.text) for item in dates)
    return [
        DateItem(_when(item, month_first), item.date, _without_date(item.event, item.text), item.source)
        for item in picked
    ]


def _when(item: DateItem, month_first: bool) -> str:
    """The date as the card shows it: "Wednesday" alone means nothing a week later, so add the day."""
    if item.date is None or any(c.isdigit() for c in item.text):
        return item.text
    day = day_and_month(item.date, month_first)
    if re.search(r"\bweek\b", item.text, re.IGNORECASE):
        return f"{item.text[:1].upper()}{item.text[1:]} (from {day})"
    if item.text.lower() in ("today", "yesterday", "tomorrow", "tonight", "last night"):
        return f"{weekday_name(item.date)}, {day}"
    return f"{item.text}, {day}"


def _without_date(event: str, text: str) -> str:
    """The event without the date the card already shows as its term: "Talks were due to end"."""
    when = (
        rf"(?:\s+(?:on|in|by|from|since|until|of))?\s+{re.escape(text)}"
        r"(?:\s+(?:evening|morning|afternoon|night))?(?![\w’'])"  # not "Thursday’s debate"
    )
    if re.search(rf"\b(?:from|between)\s+{re.escape(text)}\s+(?:to|and|until|through|[-–])\s", event):
        return event  # one end of a range: "from 2011 to 2020"
    shorter = re.sub(when, "", event, count=1).rstrip(" ,")
    if len(shorter.split()) < 3 or len(shorter.rsplit(",", 1)[-1].split()) < 2:
        return event  # "The offer, made": the date was the point of its clause
    if _dangles(shorter):
        return event  # "sentencing is scheduled for": the date holds the phrase together
    if len(shorter.split()) > EVENT_WORDS:
        # "The three countries that share the Arlen River moved closer": the subject's
        # relative clause goes, up to the main verb (the first past or auxiliary verb after it).
        shorter = _SUBJECT_CLAUSE.sub(r"\1 ", shorter, count=1)
    return shorter


def _dangles(text: str) -> bool:
    """Whether ``text`` stops on a word that needs what follows (a preposition, an article)."""
    last = re.findall(r"[\w’']+", text)[-1:]
    return bool(last) and last[0].casefold() in FUNCTION_WORDS


def _order(span: Span | None) -> tuple[int, int]:
    return (span.paragraph, span.start) if span is not None else (0, 0)


def _one_per_party(stances: list[Stance]) -> list[Stance]:
    return _firsts_first(stances, lambda stance: stance.party)
