"""Make a card fit one page: shrink type down to the floor, then leave out items from the ends of lists.

Measuring, not rebuilding: a card set at scale ``s`` in a ``W`` x ``H`` area is
the same card set at full size in ``W/s`` x ``H/s`` and shrunk, so each trial is
one ``wrap()`` per flowable at a wider width; no document is built to find out.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

from reportlab.platypus import Flowable

from .card import Card, Entry, Section
from .styles import Geometry

_UNBOUNDED = 1e9
_STEPS = 8  # binary-search steps on the scale: the answer is exact to about 0.1 %


@dataclass
class Layout:
    """The result: the scale, each column's sections with the entries kept, and what was left out."""

    scale: float
    columns: list[list[Section]]
    omitted: list[str]
    measure: _Measure

    @property
    def width(self) -> float:
        """The content width in full-size units at this scale."""
        return self.measure.width / self.scale

    @property
    def column_widths(self) -> list[float]:
        return self.measure.column_widths(self.scale)

    def wrap(self, flowable: Flowable, width: float) -> float:
        """Wrap ``flowable`` at ``width`` for drawing (unless the fitting left it so); its height."""
        return self.measure.ready(flowable, width)


def fit(card: Card, geometry: Geometry) -> Layout:
    """Choose the largest scale at which the card fits, leaving items out only at the floor.

    The scale is a whole percentage (or the floor itself). Each trial guesses where the
    card would just fit from the trials before it, so a card a few lines too long is
    measured twice or three times, not ten.
    """
    measure = _Measure(card, geometry)
    trials = [(1.0, measure.usage(1.0))]
    if trials[0][1] <= 1.0:
        return Layout(1.0, [list(column.sections) for column in card.columns], [], measure)
    floor = geometry.floor_scale
    candidates = [floor] + [percent / 100 for percent in range(math.floor(floor * 100) + 1, 100)]
    fitting, failing = -1, len(candidates)  # indices known to fit / not to fit; 1.0 does not
    while failing - fitting > 1:
        probe = bisect.bisect_right(candidates, _guess(trials)) - 1
        if not fitting < probe < failing:  # the guess says nothing new: halve the interval
            probe = 0 if fitting < 0 and probe < 0 else (fitting + failing) // 2
        trials.append((candidates[probe], measure.usage(candidates[probe])))
        if trials[-1][1] <= 1.0:
            fitting = probe
        else:
            failing = probe
    if fitting < 0:
        return _leave_out(card, measure, floor)
    return Layout(candidates[fitting], [list(column.sections) for column in card.columns], [], measure)


def _guess(trials: list[tuple[float, float]]) -> float:
    """The scale at which the page would be just full, from (scale, share of the page used) trials."""
    scale, used = trials[-1]
    if len(trials) > 1 and trials[-2][1] != used:  # the line through the last two trials
        before, used_before = trials[-2]
        return scale + (1.0 - used) * (scale - before) / (used - used_before)
    # Text that reflows 1/t times as wide is about t times as tall while the room grows
    # as 1/t, so the share used falls about as t squared.
    return scale / math.sqrt(used)


def _leave_out(card: Card, measure: _Measure, scale: float) -> Layout:
    """At the floor scale, drop the latest items of the lowest-priority lists until every column fits."""
    room = measure.room_for_columns(scale)
    columns: list[list[Section]] = []
    omitted: list[str] = []
    for column, width in zip(card.columns, measure.column_widths(scale), strict=True):
        kept = {id(section): list(section.entries) for section in column.sections}
        total = measure.column_height(column.sections, width)
        candidates = [(entry, section) for section in column.sections for entry in section.entries]
        candidates.sort(key=lambda pair: pair[0].drop_order)
        dropped: list[tuple[Entry, Section]] = []
        for entry, section in candidates:
            if total <= room:
                break
            total -= measure.height(entry.flowable, width)
            kept[id(section)].remove(entry)
            if not kept[id(section)]:
                total -= measure.height(section.label, width)
            dropped.append((entry, section))
        # Dropping a long item can leave room for shorter ones dropped before it: put them back,
        # most important first, as long as every list stays a run from its start.
        for entry, section in reversed(dropped[:-1]):
            entries = kept[id(section)]
            if entry.rank != len(entries):
                continue
            extra = measure.height(entry.flowable, width) + (
                0 if entries else measure.height(section.label, width)
            )
            if total + extra <= room:
                entries.append(entry)
                total += extra
        left_out = [entry for entry, section in dropped if entry not in kept[id(section)]]
        # Report in the card's own order, not in the order they were dropped.
        order = {id(e): number for number, e in enumerate(e for s in column.sections for e in s.entries)}
        omitted += [entry.description for entry in sorted(left_out, key=lambda e: order[id(e)])]
        columns.append([Section(s.label, kept[id(s)]) for s in column.sections if kept[id(s)]])
    return Layout(scale, columns, omitted, measure)


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

    def column_widths(self, scale: float) -> list[float]:
        columns = self.card.columns
        usable = self.width / scale - self.card.gutter * max(0, len(columns) - 1)
        return [usable * column.share for column in columns]

    def column_height(self, sections: list[Section], width: float) -> float:
        return sum(
            self.height(section.label, width) + sum(self.height(e.flowable, width) for e in section.entries)
            for section in sections
        )

    def room_for_columns(self, scale: float) -> float:
        width = self.width / scale
        fixed = sum(self.height(f, width) for f in (*self.card.top, *self.card.foot))
        return self.height_available / scale - fixed

    def usage(self, scale: float) -> float:
        """The share of the content area the card takes at ``scale`` (it fits if <= 1)."""
        width = self.width / scale
        fixed = sum(self.height(f, width) for f in (*self.card.top, *self.card.foot))
        columns = max(
            (
                self.column_height(column.sections, w)
                for column, w in zip(self.card.columns, self.column_widths(scale), strict=True)
            ),
            default=0.0,
        )
        return (fixed + columns) / (self.height_available / scale)
