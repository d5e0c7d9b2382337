"""Small flowables the card is built from.

Each one includes its own white space in the height ``wrap`` returns, and none
uses ``spaceBefore``/``spaceAfter``: the fitter adds heights up, so the sum of
what ``wrap`` says must be exactly what the page receives.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import Color, black
from reportlab.platypus import Flowable

from . import fonts


class SectionLabel(Flowable):
    """A letter-spaced capital label with a hairline running to the right edge."""

    def __init__(self, text: str, size: float, color: Color, rule_color: Color, space_above: float) -> None:
        super().__init__()
        self.text = text.upper()
        self.size = size
        self.color = color
        self.rule_color = rule_color
        self.space_above = space_above
        self.tracking = size * 0.14

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.space_above + self.size * 1.75
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        baseline = self.size * 0.55
        text = canvas.beginText(0, baseline)
        text.setFont(fonts.SANS_BOLD, self.size)
        text.setCharSpace(self.tracking)
        text.setFillColor(self.color)
        text.textOut(self.text)
        canvas.drawText(text)
        label_width = canvas.stringWidth(self.text, fonts.SANS_BOLD, self.size) + self.tracking * len(
            self.text
        )
        canvas.setStrokeColor(self.rule_color)
        canvas.setLineWidth(0.5)
        rule_y = baseline + self.size * 0.33
        canvas.line(label_width + self.size * 0.6, rule_y, self.width, rule_y)


class Stack(Flowable):
    """Flowables one above the other, with optional left rule, tinted ground and padding."""

    def __init__(
        self,
        children: Sequence[Flowable],
        *,
        after: float = 0.0,
        indent: float = 0.0,
        padding: float = 0.0,
        rule: tuple[Color, float] | None = None,
        ground: Color | None = None,
        gaps: float = 0.0,
    ) -> None:
        super().__init__()
        self.children = list(children)
        self.after = after
        self.indent = indent
        self.padding = padding
        self.rule = rule
        self.ground = ground
        self.gaps = gaps
        self._heights: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        inner = max(1.0, availWidth - self.indent - 2 * self.padding)
        self._heights = [child.wrap(inner, availHeight)[1] for child in self.children]
        body = sum(self._heights) + self.gaps * max(0, len(self.children) - 1)
        self.width = availWidth
        self.height = body + 2 * self.padding + self.after
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        box_height = self.height - self.after
        if self.ground is not None:
            canvas.setFillColor(self.ground)
            canvas.rect(0, self.after, self.width, box_height, stroke=0, fill=1)
        if self.rule is not None:
            color, width = self.rule
            canvas.setFillColor(color)
            canvas.rect(0, self.after, width, box_height, stroke=0, fill=1)
        y = self.height - self.padding
        for child, height in zip(self.children, self._heights, strict=True):
            y -= height
            child.drawOn(canvas, self.indent + self.padding, y)
            y -= self.gaps


class TermRow(Flowable):
    """A term and its description side by side, the terms of all rows in one column."""

    def __init__(
        self, term: Flowable, detail: Flowable, *, term_share: float, gutter: float, after: float
    ) -> None:
        super().__init__()
        self.term = term
        self.detail = detail
        self.term_share = term_share
        self.gutter = gutter
        self.after = after
        self._term_height = self._detail_height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._term_width = availWidth * self.term_share
        detail_width = max(1.0, availWidth - self._term_width - self.gutter)
        self._term_height = self.term.wrap(self._term_width, availHeight)[1]
        self._detail_height = self.detail.wrap(detail_width, availHeight)[1]
        drop = abs(_font_size(self.detail) - _font_size(self.term))
        self.width = availWidth
        self.height = max(self._term_height, self._detail_height) + drop + self.after
        return self.width, self.height

    def draw(self) -> None:
        top = self.height - self.after
        # Paragraphs set their first baseline one font size below the top: share one baseline.
        term_drop = max(0.0, _font_size(self.detail) - _font_size(self.term))
        detail_drop = max(0.0, _font_size(self.term) - _font_size(self.detail))
        self.term.drawOn(self.canv, 0, top - term_drop - self._term_height)
        self.detail.drawOn(self.canv, self._term_width + self.gutter, top - detail_drop - self._detail_height)


def _font_size(flowable: Flowable) -> float:
    style = getattr(flowable, "style", None)
    return float(style.fontSize) if style is not None else 0.0


class Bulleted(Flowable):
    """A paragraph after a small square bullet set on its first line."""

    def __init__(self, child: Flowable, *, font_size: float, color: Color, after: float) -> None:
        super().__init__()
        self.child = child
        self.font_size = font_size
        self.color = color
        self.after = after
        self.indent = font_size * 1.1
        self._child_height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._child_height = self.child.wrap(max(1.0, availWidth - self.indent), availHeight)[1]
        self.width = availWidth
        self.height = self._child_height + self.after
        return self.width, self.height

    def draw(self) -> None:
        side = self.font_size * 0.3
        first_baseline = self.height - self.after - self.font_size  # where Paragraph sets line one
        self.canv.setFillColor(self.color)
        self.canv.rect(0, first_baseline + self.font_size * 0.12, side, side, stroke=0, fill=1)
        self.child.drawOn(self.canv, self.indent, self.height - self.after - self._child_height)


class WithGraphic(Flowable):
    """Text beside a square graphic (the QR code, as dark squares) at the right edge."""

    def __init__(
        self,
        text: Flowable,
        squares: Sequence[tuple[float, float, float, float]] | None,
        *,
        size: float,
        gutter: float,
    ) -> None:
        super().__init__()
        self.text = text
        self.squares = squares
        self.size = size if squares is not None else 0.0
        self.gutter = gutter if squares is not None else 0.0
        self._text_height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        text_width = max(1.0, availWidth - self.size - self.gutter)
        self._text_height = self.text.wrap(text_width, availHeight)[1]
        self.width = availWidth
        self.height = max(self._text_height, self.size)
        return self.width, self.height

    def draw(self) -> None:
        self.text.drawOn(self.canv, 0, self.height - self._text_height)
        if self.squares is not None:
            canvas = self.canv
            canvas.setFillColor(black)
            left, bottom = self.width - self.size, self.height - self.size
            for x, y, width, height in self.squares:
                canvas.rect(left + x, bottom + y, width, height, stroke=0, fill=1)


class HRule(Flowable):
    """A horizontal rule with white space above and below."""

    def __init__(self, color: Color, thickness: float, *, above: float, below: float) -> None:
        super().__init__()
        self.color = color
        self.thickness = thickness
        self.above = above
        self.below = below

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.above + self.thickness + self.below
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setFillColor(self.color)
        self.canv.rect(0, self.below, self.width, self.thickness, stroke=0, fill=1)


class Adaptive(Flowable):
    """One of two renderings of an item, by the width it gets: side by side when wide, stacked when narrow.

    A name and its position read best as a row across a full-width column and as
    name-over-detail in a narrow one; the fitter tries the same item in both.
    """

    def __init__(self, wide: Flowable, narrow: Flowable, *, min_wide_width: float) -> None:
        super().__init__()
        self.wide = wide
        self.narrow = narrow
        self.min_wide_width = min_wide_width
        self.chosen: Flowable = narrow

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.chosen = self.wide if availWidth >= self.min_wide_width else self.narrow
        self.width, self.height = self.chosen.wrap(availWidth, availHeight)
        return self.width, self.height

    def draw(self) -> None:
        self.chosen.drawOn(self.canv, 0, 0)
