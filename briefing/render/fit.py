"""Make a card fit one page: arrange the sections, then choose the scale, then (only at the floor) leave out.

Arrangements of the sections between the head and the source block:

- ``sidebar`` (two-column papers): quotes, positions and facts in a wide main column;
  who, where and when in a narrow sidebar;
- ``single``: every section in one full-width column, in order of importance;
- ``band`` (two-column papers): the quotes across the full width, the other sections
  flowing through two columns below;
- ``flow`` (two-column papers): every section in order of importance, down the first
  column and on into the second, split where the two come out most even (a long
  section continues under a "(continued)" label).

The first arrangement, in that order, that fits at full size is taken. Only when none
does is the type reduced: to the largest scale any arrangement fits at. Items are left
out only when none fits even at the floor, from the ends of the lists.

Measuring, not rebuilding: a card set at scale ``s`` in a ``W`` x ``H`` area is the same
card set at full size in ``W/s`` x ``H/s`` and shrunk, so each trial is one ``wrap()``
per flowable at a wider width; no document is built to find out.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import Flowable

from .card import Card, Section
from .styles import Geometry

_UNBOUNDED = 1e9
_MAIN_SHARE = 0.62  # of the width less the gutter, for the sidebar arrangement's main column
_MAIN = ("quotes", "positions", "facts")
_GUESS_MARGIN = 0.03  # how far the squared-scale estimate may be off, as a scale
BALANCED = 0.10
"""A column with more than this share of its height free is not filled."""


@dataclass
class Band:
    """Columns side by side, each a list of pieces drawn top to bottom; ``shares`` of the width."""

    columns: list[list[Flowable]]
    shares: list[float]


Arrangement = Callable[[list[Section], "_Measure", float], list[Band] | None]


@dataclass
class Layout:
    """The result: the scale, the arrangement and its bands, and what was left out."""

    scale: float
    arrangement: str
    bands: list[Band]
    omitted: list[str]
    measure: _Measure

    @property
    def width(self) -> float:
        """The content width in full-size units at this scale."""
        return self.measure.width / self.scale

    def column_widths(self, band: Band) -> list[float]:
        return self.measure.column_widths(band, self.scale)

    def wrap(self, flowable: Flowable, width: float) -> float:
        """Wrap ``flowable`` at ``width`` for drawing (unless the fitting left it so); its height."""
        return self.measure.ready(flowable, width)

    def free_shares(self) -> list[float]:
        """For each column, the share of the sections' height left empty below it."""
        room = self.measure.room(self.scale)
        shares: list[float] = []
        above = 0.0
        for number, band in enumerate(self.bands):
            heights = self.measure.column_heights(band, self.scale)
            band_height = max(heights, default=0.0)
            last = number == len(self.bands) - 1
            for height in heights:
                free = (room - above - height) if last else (band_height - height)
                shares.append(max(0.0, free) / room if room > 0 else 0.0)
            above += band_height
        return shares

    def empty_share(self) -> float:
        """The share of the sections' area (below the head, above the source) that holds nothing."""
        room = self.measure.room(self.scale)
        if room <= 0:
            return 0.0
        used = 0.0
        for band in self.bands:
            for share, height in zip(band.shares, self.measure.column_heights(band, self.scale), strict=True):
                used += share * height
        return max(0.0, 1.0 - used / room)


def fit(card: Card, geometry: Geometry) -> Layout:
    """The first arrangement that fits at full size; else the largest scale; else leave out at the floor."""
    measure = _Measure(card, geometry)
    over: list[
        tuple[float, str, Arrangement]
    ] = []  # (share of the page used at full size, name, arrangement)
    for name, arrange in _candidates(card):
        bands = arrange(card.sections, measure, 1.0)
        if bands is None:
            continue
        used = measure.usage(bands, 1.0)
        if used <= 1.0:
            return Layout(1.0, name, bands, [], measure)
        if not (card.two_columns and name == "single"):  # lines across A4 are too long at a reduced size
            over.append((used, name, arrange))
    over.sort(key=lambda item: item[0])  # the least overfull first: it usually fits the largest type
    best: Layout | None = None
    for used, name, arrange in over:
        # Type is reduced only with both columns filled: an arrangement that leaves a column
        # emptier than BALANCED is beaten by any filled one that fits at the same scale.
        floor = geometry.floor_scale
        if 1.0 / math.sqrt(used) < floor + _GUESS_MARGIN and not _fits(
            card.sections, arrange, measure, floor
        ):
            continue  # far too full for any reduction: one trial at the floor says so, not a search
        if best is not None:
            filled = max(best.free_shares()) <= BALANCED
            if filled and 1.0 / math.sqrt(used) + _GUESS_MARGIN < best.scale:
                continue  # the share used falls about as the scale squared: this one cannot win
            floor = min(1.0, best.scale + (0.01 if filled else 0.0))
            if not _fits(card.sections, arrange, measure, floor):
                continue  # cheaper than a search: most arrangements lose at the first probe
        scale = _largest_scale(card.sections, arrange, measure, floor)
        if scale is not None:
            bands = arrange(card.sections, measure, scale)
            assert bands is not None
            layout = Layout(scale, name, bands, [], measure)
            if best is None or _better(layout, best):
                best = layout
    if best is not None:
        return best
    # At the floor, the arrangements that fill every column by construction.
    filled_arrangements = [(name, arrange) for _used, name, arrange in over if name != "sidebar"]
    return _leave_out(
        card, measure, geometry.floor_scale, filled_arrangements or [(n, a) for _, n, a in over]
    )


def _candidates(card: Card) -> list[tuple[str, Arrangement]]:
    if not card.two_columns:
        return ARRANGEMENTS_ONE_COLUMN
    # One column across a wide page only when the sections cannot be split into main and side.
    splittable = len({section.key in _MAIN for section in card.sections}) == 2
    return [
        (name, arrange) for name, arrange in ARRANGEMENTS_TWO_COLUMNS if not (splittable and name == "single")
    ]


def _better(layout: Layout, than: Layout) -> bool:
    def key(candidate: Layout) -> tuple[bool, float]:
        return (max(candidate.free_shares(), default=0.0) <= BALANCED, candidate.scale)

    return key(layout) > key(than)


def _fits(sections: list[Section], arrange: Arrangement, measure: _Measure, scale: float) -> bool:
    bands = arrange(sections, measure, scale)
    return bands is not None and measure.usage(bands, scale) <= 1.0


def fits_at_full_size(card: Card, geometry: Geometry) -> bool:
    """Whether some arrangement holds the whole card at full size (what a draft is filled to)."""
    measure = _Measure(card, geometry)
    return any(_fits(card.sections, arrange, measure, 1.0) for _name, arrange in _candidates(card))


def _largest_scale(
    sections: list[Section], arrange: Arrangement, measure: _Measure, floor: float
) -> float | None:
    """The largest whole percentage (or the floor itself) at which ``arrange`` fits; None if none does.

    Each trial guesses where the card would just fit from the trials before it, so a
    card a few lines too long is measured twice or three times, not ten.
    """

    def usage(scale: float) -> float:
        bands = arrange(sections, measure, scale)
        return measure.usage(bands, scale) if bands is not None else math.inf

    trials = [(1.0, usage(1.0))]
    candidates = [floor] + [percent / 100 for percent in range(math.floor(floor * 100) + 1, 100)]
    fitting, failing = -1, len(candidates)  # indices known to fit / not to fit; 1.0 does not
    while failing - fitting > 1:
        probe = bisect.bisect_right(candidates, _guess(trials)) - 1
        if not fitting < probe < failing:  # the guess says nothing new: halve the interval
            probe = 0 if fitting < 0 and probe < 0 else (fitting + failing) // 2
        trials.append((candidates[probe], usage(candidates[probe])))
        if trials[-1][1] <= 1.0:
            fitting = probe
        else:
            failing = probe
    return candidates[fitting] if fitting >= 0 else None


def _guess(trials: list[tuple[float, float]]) -> float:
    """The scale at which the page would be just full, from (scale, share of the page used) trials."""
    scale, used = trials[-1]
    if not math.isfinite(used):
        return scale - 0.05
    if len(trials) > 1 and trials[-2][1] != used and math.isfinite(trials[-2][1]):
        before, used_before = trials[-2]  # the line through the last two trials
        return scale + (1.0 - used) * (scale - before) / (used - used_before)
    # Text that reflows 1/t times as wide is about t times as tall while the room grows
    # as 1/t, so the share used falls about as t squared.
    return scale / math.sqrt(used)


def _leave_out(
    card: Card, measure: _Measure, scale: float, arrangements: list[tuple[str, Arrangement]]
) -> Layout:
    """At the floor, the arrangement that keeps the most items, leaving out from the ends of the lists."""
    best: Layout | None = None
    for name, arrange in arrangements:
        layout = _leave_out_with(card, measure, scale, name, arrange)
        if best is None or len(layout.omitted) < len(best.omitted):
            best = layout
    if best is None:  # no sections at all: the head and foot alone overflow
        return Layout(scale, "single", [], [], measure)
    return best


def _leave_out_with(card: Card, measure: _Measure, scale: float, name: str, arrange: Arrangement) -> Layout:
    kept = {id(section): list(section.entries) for section in card.sections}

    def current() -> list[Section]:
        return [Section(s.key, s.label, s.continued, kept[id(s)]) for s in card.sections if kept[id(s)]]

    def fits() -> bool:
        bands = arrange(current(), measure, scale)
        if bands is None:
            bands = single(current(), measure, scale)
        return measure.usage(bands, scale) <= 1.0

    candidates = [(entry, section) for section in card.sections for entry in section.entries]
    candidates.sort(key=lambda pair: pair[0].drop_order)

    def drop_first(count: int) -> None:
        for section in card.sections:
            kept[id(section)] = list(section.entries)
        for entry, section in candidates[:count]:
            kept[id(section)].remove(entry)

    # The fewest drops (in drop order) that fit, found by halving: leaving more out never makes
    # the card taller, so this is the count a one-by-one search would reach, in ~log2(n) trials.
    low, high = 0, len(candidates)
    while low < high:
        middle = (low + high) // 2
        drop_first(middle)
        if fits():
            high = middle
        else:
            low = middle + 1
    drop_first(low)
    dropped = candidates[:low]
    # Dropping a long item can leave room for shorter ones dropped before it: put them back,
    # most important first, as long as every list stays a run from its start and nothing less
    # important returns in place of something more important that did not fit.
    refused: tuple[int, int] | None = None
    for entry, section in reversed(dropped[:-1]):
        entries = kept[id(section)]
        if entry.rank != len(entries) or (refused is not None and entry.drop_order[0] > refused[0]):
            continue
        entries.append(entry)
        if not fits():
            entries.pop()
            refused = refused or entry.drop_order
    left_out = {id(entry) for entry, section in dropped if entry not in kept[id(section)]}
    # Report in the card's own order, not in the order they were dropped.
    omitted = [e.description for s in card.sections for e in s.entries if id(e) in left_out]
    sections = current()
    bands = arrange(sections, measure, scale) or single(sections, measure, scale)
    return Layout(scale, name, bands, omitted, measure)


# -- the arrangements ----------------------------------------------------------------------------


def _pieces(sections: list[Section]) -> list[Flowable]:
    return [
        piece for section in sections for piece in (section.label, *(e.flowable for e in section.entries))
    ]


def single(sections: list[Section], measure: _Measure, scale: float) -> list[Band]:
    return [Band([_pieces(sections)], [1.0])]


def sidebar(sections: list[Section], measure: _Measure, scale: float) -> list[Band] | None:
    main = [section for section in sections if section.key in _MAIN]
    side = [section for section in sections if section.key not in _MAIN]
    if not main or not side:
        return None
    return [Band([_pieces(main), _pieces(side)], [_MAIN_SHARE, 1.0 - _MAIN_SHARE])]


def flow(sections: list[Section], measure: _Measure, scale: float) -> list[Band] | None:
    if not sections:
        return None
    width = measure.column_width(0.5, 2, scale)
    units = [(section, number) for section in sections for number in range(len(section.entries))]
    heights = [
        measure.height(section.entries[number].flowable, width)
        + (measure.height(section.label, width) if number == 0 else 0.0)
        for section, number in units
    ]
    total = sum(heights)
    best_key, best_split, above = (math.inf, math.inf), len(units), 0.0
    for split in range(len(units) + 1):
        below = total - above
        if 0 < split < len(units) and units[split][1] > 0:  # the right column opens mid-section
            below += measure.height(units[split][0].continued, width)
        key = (max(above, below), below)  # most even; then the left column the fuller
        if key < best_key:
            best_key, best_split = key, split
        if split < len(units):
            above += heights[split]
    columns: list[list[Flowable]] = [[], []]
    for index, (section, number) in enumerate(units):
        column = columns[0 if index < best_split else 1]
        if number == 0:
            column.append(section.label)
        elif index == best_split:
            column.append(section.continued)
        column.append(section.entries[number].flowable)
    return [Band(columns, [0.5, 0.5])]


def band(sections: list[Section], measure: _Measure, scale: float) -> list[Band] | None:
    quotes = [section for section in sections if section.key == "quotes"]
    rest = [section for section in sections if section.key != "quotes"]
    if not quotes or not rest:
        return None
    below = flow(rest, measure, scale)
    assert below is not None
    return [Band([_pieces(quotes)], [1.0]), *below]


ARRANGEMENTS_TWO_COLUMNS: list[tuple[str, Arrangement]] = [
    ("sidebar", sidebar),
    ("single", single),
    ("band", band),
    ("flow", flow),
]
ARRANGEMENTS_ONE_COLUMN: list[tuple[str, Arrangement]] = [("single", single)]


class _Measure:
    """Heights of the card's pieces at a given scale (in full-size units), memoised by width."""

    def __init__(self, card: Card, geometry: Geometry) -> None:
        self.card = card
        self.width = geometry.content_width
        self.height_available = geometry.content_height
        self._cache: dict[tuple[int, float], float] = {}
        self._wrapped_at: dict[int, float] = {}  # the width each flowable was last wrapped at

    def height(self, flowable: Flowable, width: float) -> float:
        key = (id(flowable), width)
        if key not in self._cache:
            self._cache[key] = float(flowable.wrap(width, _UNBOUNDED)[1])
            self._wrapped_at[id(flowable)] = width
        return self._cache[key]

    def ready(self, flowable: Flowable, width: float) -> float:
        """``height``, leaving ``flowable`` wrapped at ``width``, as drawing needs it.

        The last trial is usually at the chosen scale, so most flowables already are.
        """
        if self._wrapped_at.get(id(flowable)) != width:
            self._cache.pop((id(flowable), width), None)
        return self.height(flowable, width)

    def column_width(self, share: float, columns: int, scale: float) -> float:
        return (self.width / scale - self.card.gutter * (columns - 1)) * share

    def column_widths(self, band: Band, scale: float) -> list[float]:
        return [self.column_width(share, len(band.shares), scale) for share in band.shares]

    def column_heights(self, band: Band, scale: float) -> list[float]:
        return [
            sum(self.height(piece, width) for piece in pieces)
            for pieces, width in zip(band.columns, self.column_widths(band, scale), strict=True)
        ]

    def fixed_height(self, scale: float) -> float:
        width = self.width / scale
        return sum(self.height(f, width) for f in (*self.card.top, *self.card.foot))

    def room(self, scale: float) -> float:
        """The height left for the sections at ``scale``, in full-size units."""
        return self.height_available / scale - self.fixed_height(scale)

    def usage(self, bands: list[Band], scale: float) -> float:
        """The share of the content area the card takes at ``scale`` (it fits if <= 1)."""
        sections = sum(max(self.column_heights(band, scale), default=0.0) for band in bands)
        return (self.fixed_height(scale) + sections) / (self.height_available / scale)
