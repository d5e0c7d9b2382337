"""Make a card fit one page: shrink type down to the floor, then leave out items from the ends of lists.

Measuring, not rebuilding: a card set at scale ``s`` in a ``W`` x ``H`` area is
the same card set at full size in ``W/s`` x ``H/s`` and shrunk, so each trial is
one ``wrap()`` per flowable at a wider width; no document is built to find out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.platypus import Flowable

from .card import Card, Column, Entry, Section
from .styles import Geometry

_UNBOUNDED = 1e9
_STEPS = 8  # binary-search steps on the scale: the answer is exact to about 0.1 %


@dataclass
class Layout:
    """The result: the scale, each column's sections with the entries kept, and what was left out."""

    scale: float
    columns: list[list[Section]]
    omitted: list[str]


def fit(card: Card, geometry: Geometry) -> Layout:
    """Choose the largest scale at which the card fits, leaving items out only at the floor."""
    measure = _Measure(card, geometry)
    floor = geometry.floor_scale
    if measure.fits(1.0):
        return Layout(1.0, [list(column.sections) for column in card.columns], [])
    if measure.fits(floor):
        low, high = floor, 1.0
        for _ in range(_STEPS):
            middle = (low + high) / 2
            low, high = (middle, high) if measure.fits(middle) else (low, middle)
        scale = max(floor, math.floor(low * 100) / 100)  # smaller scales fit too: widths only grow
        return Layout(scale, [list(column.sections) for column in card.columns], [])
    return _leave_out(card, measure, floor)


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
    return Layout(scale, columns, omitted)


class _Measure:
    """Heights of the card's pieces at a given scale (in full-size units), memoised by width."""

    def __init__(self, card: Card, geometry: Geometry) -> None:
        self.card = card
        self.width = geometry.content_width
        self.height_available = geometry.content_height
        self._cache: dict[tuple[int, float], float] = {}

    def height(self, flowable: Flowable, width: float) -> float:
        key = (id(flowable), width)
        if key not in self._cache:
            self._cache[key] = float(flowable.wrap(width, _UNBOUNDED)[1])
        return self._cache[key]

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

    def fits(self, scale: float) -> bool:
        room = self.room_for_columns(scale)
        if room < 0:
            return False
        widths = self.column_widths(scale)
        columns: list[Column] = self.card.columns
        return all(
            self.column_height(column.sections, width) <= room
            for column, width in zip(columns, widths, strict=True)
        )
