"""A Briefing as flowables: the fixed head and foot, and the sections whose items may be left out.

Everything is built once, at scale 1.0 of the paper's body size; the fitter
measures the same flowables at other widths to find the scale (see fit.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from reportlab.platypus import Flowable, Paragraph, Spacer

from briefing.model import SECTION_KEYS, Briefing, DateItem, Fact, Person, Place, Quote, Stance

from . import fonts, source
from .flowables import Adaptive, Bulleted, HRule, SectionLabel, Stack, TermRow
from .look import look_of
from .markup import Markup
from .masthead import masthead
from .shorten import Cut, fit_text
from .styles import HAIRLINE, INK, Geometry, Styles

# Share of the content height (at the smallest scale) one piece may take before it is cut.
_BUDGET = {"headline": 0.2, "summary": 0.30, "item": 0.30}
# The column width (share of the width less the gutter) at which a piece too tall for a third of
# the page is cut, once, at build time; in the flowing arrangements' narrower columns such a piece
# still takes well under half a column.
_NARROWEST = {"main": 0.62, "side": 0.36}
_WIDE_ROW = 22.0  # bodies of width from which a name and its detail sit side by side
# The sections in order of importance: how a single column or a flow of two columns reads
# (the model's standard order; a template's own order and choice of sections replaces it: look.py).
SECTION_ORDER = SECTION_KEYS
_T = TypeVar("_T")
_HEAD_START = {"quote": 2, "person": 1, "position": 1, "place": 0, "date": 0, "fact": 0}
_META_LIMIT = 160  # characters of one "prepared for/by" value; more is a paste accident


@dataclass(eq=False)
class Entry:
    """One item of a list on the card, and how readily it is left out when the page is full.

    Items go from the ends of the lists: the item with the highest ``rank - head_start`` first,
    the lowest ``weight`` first among equals. ``head_start`` lets quotes (2) and people and
    positions (1) keep more items than places, dates and facts (0).
    """

    flowable: Flowable
    description: str
    rank: int
    weight: int
    head_start: int = 0

    @property
    def drop_order(self) -> tuple[int, int]:
        # The first item of every list goes last: a section should not vanish for one more quote.
        level = self.rank - self.head_start if self.rank else -1000
        return (-level, self.weight)


@dataclass
class Section:
    """One list of the card under its label; ``continued`` heads its rest at the top of another column."""

    key: str
    label: Flowable
    continued: Flowable
    entries: list[Entry]


@dataclass
class Card:
    """The pieces of the page; the fitter decides how the sections are arranged (fit.py)."""

    top: list[Flowable]
    sections: list[Section]
    foot: list[Flowable]
    gutter: float
    two_columns: bool
    shortened: list[str] = field(default_factory=list)
    missing: set[str] = field(default_factory=set)


def snippet(text: str, words: int = 6, characters: int = 60) -> str:
    """The first few words of ``text`` (at most ``characters`` long), for naming an item in a report."""
    head = text[: 4 * (characters + 1)]  # enough for the snippet: a 60 MB quote is never split whole
    parts = head.split()
    kept = " ".join(parts[:words])
    if len(kept) > characters:
        return kept[:characters] + "…"
    more = len(parts) > words or (len(text) > len(head) and not text[len(head) :].isspace())
    return kept + ("…" if more else "")


class CardBuilder:
    """Builds a :class:`Card`; cuts single pieces that could never fit, and notes what it cut."""

    def __init__(self, briefing: Briefing, geometry: Geometry, styles: Styles) -> None:
        self.briefing = briefing
        self.look = look_of(briefing)
        self.styles = styles
        self.geometry = geometry
        floor = geometry.floor_scale
        self.full_width = geometry.content_width / floor
        self.full_height = geometry.content_height / floor
        self.two_columns = geometry.two_columns
        self.gutter = styles.body * 2.0
        self.card = Card(top=[], sections=[], foot=[], gutter=self.gutter, two_columns=self.two_columns)

    # -- helpers ---------------------------------------------------------------------------------

    def paragraph(self, markup: Markup, style_name: str) -> Paragraph:
        self.card.missing |= markup.missing
        return Paragraph(str(markup), getattr(self.styles, style_name))

    def text(self, text: str, style_name: str, *, line_breaks: bool = False) -> Paragraph:
        markup = Markup()
        markup.add_text(text, getattr(self.styles, style_name).fontName, line_breaks=line_breaks)
        return self.paragraph(markup, style_name)

    def cut_to_fit(
        self,
        what: str,
        build: Callable[[str], Flowable],
        text: str,
        *,
        width: float,
        budget: str,
        style_name: str,
        share: float | None = None,
    ) -> Flowable:
        flowable, cut = fit_text(
            build,
            text,
            width=width,
            max_height=(share if share is not None else _BUDGET[budget]) * self.full_height,
            font_size=getattr(self.styles, style_name).fontSize,
        )
        if cut is not None:
            self.card.shortened.append(_describe_cut(what, cut))
        return flowable

    # -- the card ----------------------------------------------------------------------------------

    def build(self) -> Card:
        # The source block first: the summary's share of the page is what the head and foot leave.
        self.card.foot = source.source_block(
            self.briefing, self.styles, self.geometry, self.card.missing, self.card.shortened, self.look
        )
        self.build_top()
        self.build_sections()
        return self.card

    def share_of_page(self, flowables: list[Flowable]) -> float:
        """The share of the content height ``flowables`` take at the smallest scale."""
        return sum(f.wrap(self.full_width, self.full_height)[1] for f in flowables) / self.full_height

    def build_top(self) -> None:
        briefing, styles, top = self.briefing, self.styles, self.card.top
        head = masthead(self.look, styles, self.card.missing, self.card.shortened)
        if head is not None:
            top.append(head)
        headline = briefing.headline.strip() or self.look.words["untitled"]
        top.append(
            self.cut_to_fit(
                "headline",
                lambda text: self.text(text, "headline"),
                headline,
                width=self.full_width,
                budget="headline",
                style_name="headline",
            )
        )
        meta = self.meta_lines()
        if meta:
            top.append(Spacer(1, styles.body * 0.5))
            top.extend(meta)
        top.append(HRule(self.look.accent, 1.2, above=styles.body * 0.7, below=styles.body * 1.0))
        summary = briefing.summary.strip()
        if summary:
            # However long the headline and source, the sections keep a fifth of the page.
            left = 0.8 - self.share_of_page([*top, *self.card.foot])
            top.append(
                self.cut_to_fit(
                    "summary",
                    self.summary_box,
                    summary,
                    width=self.full_width,
                    budget="summary",
                    style_name="summary",
                    share=max(0.06, min(_BUDGET["summary"], left)),
                )
            )

    def meta_lines(self) -> list[Paragraph]:
        """What each date is: the news (outlet, publication date) and the card (prepared when, by, for)."""
        briefing, look, words = self.briefing, self.look, self.look.words
        citation = briefing.citation
        news: list[tuple[str, str]] = []
        if citation.site_name.strip():
            news.append(("", self.capped("outlet", citation.site_name)))
        if citation.published is not None:
            news.append((f"{words['published']} ", look.date(citation.published)))
        prepared: list[tuple[str, str]] = []
        if briefing.prepared_for.strip():
            prepared.append((f"{words['prepared_for']} ", self.capped("prepared for", briefing.prepared_for)))
        by = self.capped("prepared by", briefing.prepared_by) if briefing.prepared_by.strip() else ""
        if briefing.date is not None:
            prepared.append((f"{words['prepared']} ", look.date(briefing.date)))
            if by:
                prepared.append((f" {words['by']} ", by))
        elif by:
            prepared.append((f"{words['prepared_by']} ", by))
        return [self.labelled_line(parts) for parts in (news, prepared) if parts]

    def labelled_line(self, parts: list[tuple[str, str]]) -> Paragraph:
        """Labels in the muted colour, values in ink; parts after the first joined by a dot
        unless their label joins them ("Prepared 4 December 2026 by …")."""
        markup = Markup()
        for number, (label, value) in enumerate(parts):
            if number and not label.startswith(" "):
                markup.add_tag("\u2002·\u2002")
            markup.add_text(label, fonts.SANS)
            markup.add_tag(f'<font color="#{INK.hexval()[2:]}">')
            markup.add_text(value, fonts.SANS)
            markup.add_tag("</font>")
        return self.paragraph(markup, "meta")

    def capped(self, what: str, text: str) -> str:
        """``text`` cut at a word boundary to a length that always fits its line."""
        text = " ".join(text.split())
        if len(text) <= _META_LIMIT:
            return text
        if " " in text[:_META_LIMIT]:
            kept = text[:_META_LIMIT].rsplit(" ", 1)[0]
            cut = Cut(len(kept.split()), len(text.split()))
        else:
            kept = text[:_META_LIMIT]
            cut = Cut(len(kept), len(text), "characters")
        self.card.shortened.append(_describe_cut(what, cut))
        return kept + "…"

    def summary_box(self, text: str) -> Flowable:
        styles = self.styles
        markup = Markup()
        accent = self.look.accent
        markup.add_tag(f'<font name="{fonts.SANS_BOLD}" color="#{accent.hexval()[2:]}">')
        markup.add_text(self.look.words["bottom_line"].upper(), fonts.SANS_BOLD)
        markup.add_tag("</font>\u2002")
        markup.add_text(text, fonts.SERIF, line_breaks=True)
        return Stack(
            [self.paragraph(markup, "summary")],
            ground=self.look.tint,
            rule=(accent, 2.4),
            padding=styles.body * 0.8,
            indent=styles.body * 0.3,
            after=0,
        )

    # -- the lists ---------------------------------------------------------------------------------

    def build_sections(self) -> None:
        b = self.briefing
        lists: dict[str, Callable[[], list[Entry]]] = {
            "quotes": lambda: self.entries(b.quotes, self.quote, "quote", weight=5, main=True),
            "people": lambda: self.entries(b.people, self.person, "person", weight=4, main=False),
            "places": lambda: self.entries(b.places, self.place, "place", weight=1, main=False),
            "dates": lambda: self.entries(b.dates, self.date, "date", weight=2, main=False),
            "positions": lambda: self.entries(b.positions, self.stance, "position", weight=3, main=True),
            "facts": lambda: self.entries(b.facts, self.fact, "fact", weight=0, main=True),
        }
        styles, accent = self.styles, self.look.accent
        continued = self.look.words["continued"]
        # Built in this order (which orders the notes of what was shortened), placed in the
        # template's (the standard look: SECTION_ORDER, English labels).
        shown = dict(self.look.sections)
        built = {key: make() for key, make in lists.items() if key in shown}
        for key, label in self.look.sections:
            entries = built[key]
            if entries:
                self.card.sections.append(
                    Section(
                        key,
                        SectionLabel(label, styles.label_size, accent, HAIRLINE, space_above=styles.gap),
                        SectionLabel(
                            f"{label} ({continued})",
                            styles.label_size,
                            accent,
                            HAIRLINE,
                            space_above=styles.gap,
                        ),
                        entries,
                    )
                )

    def entries(
        self,
        items: list[_T],
        make: Callable[[_T, float], tuple[Flowable, str] | None],
        kind: str,
        *,
        weight: int,
        main: bool,
    ) -> list[Entry]:
        if self.two_columns:
            width = (self.full_width - self.gutter) * _NARROWEST["main" if main else "side"]
        else:
            width = self.full_width
        entries: list[Entry] = []
        for item in items:
            made = make(item, width)
            if made is not None:
                flowable, name = made
                entries.append(Entry(flowable, f"{kind}: {name}", len(entries), weight, _HEAD_START[kind]))
        return entries

    def row_or_stack(
        self, term: Flowable, detail: Flowable | None, *, term_share: float, after: float
    ) -> Flowable:
        """``term`` beside ``detail`` where the column is wide, above it where it is narrow."""
        if detail is None:
            return Stack([term], after=after)
        styles = self.styles
        return Adaptive(
            TermRow(term, detail, term_share=term_share, gutter=styles.body, after=after),
            Stack([term, detail], after=after, gaps=0.5),
            min_wide_width=styles.body * _WIDE_ROW,
        )

    def term_item(self, kind: str, term: str, detail: str, width: float) -> Flowable:
        styles = self.styles
        after = styles.body * 0.55

        def build(text: str) -> Flowable:
            detail_para = self.text(text, "detail") if text else None
            return self.row_or_stack(self.text(term, "term"), detail_para, term_share=0.3, after=after)

        return self.cut_to_fit(kind, build, detail, width=width, budget="item", style_name="detail")

    def quote(self, quote: Quote, width: float) -> tuple[Flowable, str] | None:
        text = quote.text.strip()
        if not text:
            return None
        styles = self.styles
        what = f"quote ({snippet(quote.speaker) or 'unattributed'})"
        speaker, role = self.capped(what, quote.speaker), self.capped(what, quote.role)

        def build(cut_text: str) -> Flowable:
            body = Markup()
            quoted = cut_text[:1] in "“\"«„‘'" and cut_text[-1:] in "”\"»“’'…"
            body.add_text(cut_text if quoted else f"“{cut_text}”", fonts.SERIF)
            children: list[Flowable] = [self.paragraph(body, "quote")]
            if speaker or role:
                who = Markup()
                who.add_tag("—\u2009")
                if speaker:
                    who.add_tag(f'<font name="{fonts.SANS_BOLD}" color="#{INK.hexval()[2:]}">')
                    who.add_text(speaker, fonts.SANS_BOLD)
                    who.add_tag("</font>")
                if role:
                    who.add_text(f", {role}" if speaker else role, fonts.SANS)
                children.append(self.paragraph(who, "attribution"))
            return Stack(
                children,
                rule=(self.look.accent, 1.5),
                indent=styles.body * 0.95,
                gaps=styles.body * 0.25,
                after=styles.body * 0.8,
            )

        flowable = self.cut_to_fit(
            what,
            build,
            text,
            width=width,
            budget="item",
            style_name="quote",
        )
        name = f"“{snippet(text)}”" + (f" ({snippet(speaker)})" if speaker else "")
        return flowable, name

    def person(self, person: Person, width: float) -> tuple[Flowable, str] | None:
        name = person.name.strip()
        detail = ", ".join(part for part in (person.position.strip(), person.affiliation.strip()) if part)
        if not (name or detail):
            return None
        what = f"person ({snippet(name)})"
        return self.term_item(what, self.capped(what, name) or "—", detail, width), snippet(name or detail)

    def place(self, place: Place, width: float) -> tuple[Flowable, str] | None:
        name, context = place.name.strip(), place.context.strip()
        if not (name or context):
            return None
        what = f"place ({snippet(name)})"
        return self.term_item(what, self.capped(what, name) or "—", context, width), snippet(name or context)

    def date(self, item: DateItem, width: float) -> tuple[Flowable, str] | None:
        when = item.text.strip() or (self.look.date(item.date) if item.date else "")
        event = item.event.strip()
        if not (when or event):
            return None
        what = f"date ({snippet(when)})"
        return self.term_item(what, self.capped(what, when) or "—", event, width), snippet(when or event)

    def stance(self, stance: Stance, width: float) -> tuple[Flowable, str] | None:
        party, text = stance.party.strip(), stance.stance.strip()
        if not (party or text):
            return None
        styles = self.styles
        what = f"position ({snippet(party)})"
        term = self.capped(what, party) or "—"

        def build(cut_text: str) -> Flowable:
            detail = self.text(cut_text, "text") if cut_text else None
            return self.row_or_stack(
                self.text(term, "term"), detail, term_share=0.27, after=styles.body * 0.6
            )

        flowable = self.cut_to_fit(what, build, text, width=width, budget="item", style_name="text")
        return flowable, snippet(party or text)

    def fact(self, fact: Fact, width: float) -> tuple[Flowable, str] | None:
        text = fact.text.strip()
        if not text:
            return None
        styles = self.styles

        def build(cut_text: str) -> Flowable:
            return Bulleted(
                self.text(cut_text, "text"),
                font_size=styles.text.fontSize,
                color=self.look.accent,
                after=styles.body * 0.45,
            )

        flowable = self.cut_to_fit("fact", build, text, width=width, budget="item", style_name="text")
        return flowable, f"“{snippet(text)}”"


def _describe_cut(what: str, cut: Cut) -> str:
    return f"{what}: shortened to {cut.kept:,} of {cut.total:,} {cut.unit}"
