"""Measure suggestions (quotes, people, places, bottom line) against the hand-labelled corpus.

    python benchmarks/suggest_eval.py CORPUS_DIR [--ingest] [--json] [--page NAME] [--verbose]
    python benchmarks/suggest_eval.py --list-held-out

Runs the suggester on every page of CORPUS_DIR (e.g. ``../shared/corpus/dev``) and prints each
figure per page, overall, per language (from ``index.json``), for the held-out pages and for the
rest, and the issue-10 targets beside the overall figures. The plain-text sample article with
entity labels (``CORPUS_DIR/../../articles/sample-seed-format.txt``, labels in
``sample-seed-entities.json``) is an extra row, read with the app's reader in both modes; it is
not part of the overall, language or group figures, which are over the corpus only. A page
without labels of a kind is skipped for that kind, not counted as zero.

The figures (counts are summed over pages before dividing):

* quotes precision: suggested quotation-mark spans that match a labelled quote of any type,
  over all suggested spans (matching a ``quotes_excluded`` span, or nothing, is wrong);
* quotes recall: labelled quotes of type ``full`` and ``continuation``, and ``fragment`` quotes
  of three words or more, that some suggested span matches;
* speaker: matched quotes whose labelled speaker is not null and whose suggested speaker is
  that name exactly (after normalisation), over those matched quotes;
* people precision: ``suggest().people`` entries (people and organisations) whose name is a
  labelled person or one of the page's allowed ``organisations``, each label taken once: a
  second entry for the same label is a duplicate and wrong;
* people recall: labelled people that some suggested entry matches;
* position: recalled people with a labelled ``position`` whose suggested position equals it or
  a ``position_acceptable`` entry, or contains one of them;
* places precision / recall: ``suggest().places`` against the labelled ``places``, one to one;
* bottom line: share of pages whose ``suggest().summary`` starts with a ``lead_acceptable``
  opening.

The targets block sets each overall figure beside its issue-10 target (set for ingest mode),
and the held-out pages' figure beside the rest's: "within 0.05" is read as an absolute
difference of at most 0.05, better or worse.

Quotes: a prediction matches a label when, after Unicode NFC, case folding, whitespace
collapsing and unifying quote characters, one's text starts with the other's. The corpus labels
one entry per quotation-mark span (a sentence interrupted by "he said" is two entries), so a
suggested quote that joins such parts is scored as its parts, each a prediction with the joined
quote's speaker. Names, positions and leads are matched as ``entity_match`` describes.

Body text, by mode:

* gold-body mode (default): paragraphs from ``body_gold.txt`` (aeb-*) or from
  ``expected_readability.html`` (rd-*, tags stripped with html.parser); an empty body where the
  truth says the page has none. This measures the suggester alone, on the body the labellers
  reviewed. Pages with only reference snippets (tf-*) have no gold body and are read as in
  ``--ingest`` mode, marked so in the output.
* ``--ingest``: the article from ``briefing.ingest.read_article`` reading ``source.html``, as the
  app opens a saved page; measures the whole pipeline. A page ingestion cannot read counts as
  every labelled quote, person and place missed and its bottom line wrong.
"""

from __future__ import annotations

import argparse
import html.parser
import json
import re
import sys
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.entity_match import Label, Outcome, assign, labels_from, lead_right, position_right
from briefing.model import Article, Span
from briefing.suggest import suggest
from briefing.suggest.quotes import QuoteFinding, find_quotes

# Kept aside while suggestion rules are developed: never look at these pages' misses to write a
# rule. Their figures are reported separately, to show how well the rules carry over.
HELD_OUT = (
    "aeb-aljazeera-helicopter",
    "aeb-cbsnews-impeachment",
    "aeb-deccanherald-tariff",
    "aeb-cnn-trump-health",
    "aeb-latimes-gannett",
    "aeb-space-landers",
    "aeb-detroitnews-teachers",
)
HELD_OUT_MARGIN = 0.05
"""The held-out pages should score within this of the rest (issue 10)."""
SAMPLE_NAME = "sample-seed"


# -- figures ---------------------------------------------------------------------------------


@dataclass
class Counts:
    """The numerators and denominators of every figure, for one page or summed over pages."""

    quotes_suggested: int = 0
    quotes_right: int = 0
    quotes_labelled: int = 0
    quotes_found: int = 0
    speaker_total: int = 0
    speaker_right: int = 0
    people_suggested: int = 0
    people_right: int = 0
    people_labelled: int = 0
    people_found: int = 0
    position_total: int = 0
    position_right: int = 0
    places_suggested: int = 0
    places_right: int = 0
    places_labelled: int = 0
    places_found: int = 0
    lead_pages: int = 0
    lead_right: int = 0

    def add(self, other: Counts) -> None:
        for item in fields(self):
            setattr(self, item.name, getattr(self, item.name) + getattr(other, item.name))


@dataclass(frozen=True)
class Figure:
    key: str
    heading: str
    numerator: str
    denominator: str
    target: float


FIGURES = (
    Figure("quotes_precision", "quote P", "quotes_right", "quotes_suggested", 0.95),
    Figure("quotes_recall", "quote R", "quotes_found", "quotes_labelled", 0.92),
    Figure("speaker", "speaker", "speaker_right", "speaker_total", 0.92),
    Figure("people_precision", "people P", "people_right", "people_suggested", 0.90),
    Figure("people_recall", "people R", "people_found", "people_labelled", 0.85),
    Figure("position", "position", "position_right", "position_total", 0.80),
    Figure("places_precision", "places P", "places_right", "places_suggested", 0.90),
    Figure("places_recall", "places R", "places_found", "places_labelled", 0.85),
    Figure("bottom_line", "lead", "lead_right", "lead_pages", 0.90),
)


def value(counts: Counts, figure: Figure) -> float | None:
    """The figure's ratio, or None when nothing was there to count."""
    denominator = getattr(counts, figure.denominator)
    return getattr(counts, figure.numerator) / denominator if denominator else None


def figures_of(counts: Counts) -> dict[str, float | None]:
    return {figure.key: value(counts, figure) for figure in FIGURES}


# -- pages and body text ---------------------------------------------------------------------


@dataclass
class Page:
    """One labelled article: a corpus page, or the plain-text sample (``folder`` None)."""

    name: str
    lang: str
    truth: dict[str, Any]
    source: Path
    folder: Path | None = None

    @property
    def held_out(self) -> bool:
        return self.name in HELD_OUT


def corpus_pages(corpus: Path) -> list[Page]:
    """Every page of the corpus that has a ``truth.json``, with its language from ``index.json``."""
    index_file = corpus / "index.json"
    index = json.loads(index_file.read_text(encoding="utf-8")) if index_file.exists() else {}
    languages = {entry["name"]: entry.get("lang", "") for entry in index.get("pages", [])}
    pages = []
    for folder in sorted(path for path in corpus.iterdir() if (path / "truth.json").exists()):
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        lang = languages.get(folder.name) or truth.get("lang") or "?"
        pages.append(Page(folder.name, lang, truth, folder / "source.html", folder))
    return pages


def sample_page(corpus: Path) -> Page | None:
    """The plain-text sample article with entity labels, if it sits beside the corpus."""
    articles = corpus.resolve().parent.parent / "articles"
    text, labels = articles / f"{SAMPLE_NAME}-format.txt", articles / f"{SAMPLE_NAME}-entities.json"
    if not (text.exists() and labels.exists()):
        return None
    truth = json.loads(labels.read_text(encoding="utf-8"))
    return Page(SAMPLE_NAME, truth.get("lang") or "en", truth, text)


_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr"}
_BLOCKS |= {"figcaption", "br"}
_SKIPPED = {"script", "style", "noscript"}


class _ParagraphCollector(html.parser.HTMLParser):
    """Text of an HTML fragment, one paragraph per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._current.append(data)

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self._current)).strip()
        if text:
            self.paragraphs.append(text)
        self._current = []

    def close(self) -> None:
        super().close()
        self._flush()


def gold_paragraphs(folder: Path, truth: dict[str, Any]) -> list[str] | None:
    """Gold-body mode: the body the labellers reviewed, as paragraphs; None if there is none."""
    gold = folder / "body_gold.txt"
    if gold.exists():
        blocks = re.split(r"\n\s*\n|\n", gold.read_text(encoding="utf-8"))
        return [re.sub(r"\s+", " ", block).strip() for block in blocks if block.strip()]
    readability = folder / "expected_readability.html"
    if readability.exists():
        collector = _ParagraphCollector()
        collector.feed(readability.read_text(encoding="utf-8"))
        collector.close()
        return collector.paragraphs
    if (truth.get("body_reference") or {}).get("kind") == "none":
        return []  # the truth says the page has no article text
    return None


def ingested_article(source: Path) -> Article:
    """The article as Briefing itself reads ``source``."""
    from briefing.ingest import read_article

    return read_article(source)


def load_article(page: Page, use_ingest: bool) -> tuple[Article | None, str]:
    """The page's article and a word on where its body came from (None: ingestion failed)."""
    if not use_ingest and page.folder is not None:
        paragraphs = gold_paragraphs(page.folder, page.truth)
        if paragraphs is not None:
            title = page.truth.get("title") or ""
            return Article(title=title, paragraphs=paragraphs, language=page.truth.get("lang", "")), "gold"
    body = "ingest" if use_ingest or page.folder is None else "ingest (no gold body)"
    try:
        return ingested_article(page.source), body
    except Exception as error:  # an unreadable page scores as every label missed
        if type(error).__name__ != "IngestError":
            raise
        return None, f"unreadable: {error}"


# -- scoring ---------------------------------------------------------------------------------


@dataclass
class PageResult:
    """One page's counts, and its misses and false positives in words, by kind."""

    page: Page
    body: str
    counts: Counts = field(default_factory=Counts)
    notes: dict[str, list[str]] = field(default_factory=dict)

    def note(self, kind: str, text: str) -> None:
        self.notes.setdefault(kind, []).append(text)


def evaluate(page: Page, use_ingest: bool) -> PageResult:
    """Run the suggester on one page and score every labelled kind."""
    article, body = load_article(page, use_ingest)
    result = PageResult(page, body)
    if article is None:
        _score_unreadable(result)
        return result
    truth = page.truth
    if truth.get("quotes") is not None:
        _score_quotes(result, find_quotes(article), article.paragraphs)
    if truth.get("people") is None and truth.get("places") is None and not truth.get("lead_acceptable"):
        return result
    found = suggest(article)
    if truth.get("people") is not None:
        _score_people(result, [(p.name, p.position) for p in found.people])
    if truth.get("places") is not None:
        _score_places(result, [(place.name, _written(place.source, article)) for place in found.places])
    if truth.get("lead_acceptable"):
        _score_lead(result, found.summary)
    return result


def _written(span: Span | None, article: Article) -> str:
    """The article's text at ``span``, or "" if there is none."""
    return (span.text_in(article.paragraphs) or "") if span is not None else ""


def _score_unreadable(result: PageResult) -> None:
    truth, counts = result.page.truth, result.counts
    counts.quotes_labelled = sum(_counts_for_recall(label) for label in truth.get("quotes") or [])
    counts.people_labelled = len(truth.get("people") or [])
    counts.places_labelled = len(truth.get("places") or [])
    counts.lead_pages = 1 if truth.get("lead_acceptable") else 0
    result.note("page", result.body)


# Quotes: the matching of the quote-only version of this script, unchanged so figures compare.

_QUOTE_CHARS = str.maketrans({c: '"' for c in "“”„«»‟″"} | {c: "'" for c in "‘’‚‹›′`"})


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_QUOTE_CHARS).casefold()
    return re.sub(r"\s+", " ", text).strip()


def matches(predicted: str, label_start: str) -> bool:
    a, b = normalise(predicted), normalise(label_start)
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


def same_speaker(predicted: str, labelled: str) -> bool:
    """Right only when the suggester names the speaker as fully as the label does."""
    return bool(predicted) and normalise(predicted) == normalise(labelled)


def predicted_parts(findings: list[QuoteFinding], paragraphs: list[str]) -> list[tuple[str, str]]:
    """(text, speaker) for every quotation-mark span the suggester offers."""
    parts = []
    for finding in findings:
        for span in finding.parts:
            parts.append((paragraphs[span.paragraph][span.start : span.end], finding.speaker))
    return parts


def _counts_for_recall(label: dict[str, Any]) -> bool:
    if label["type"] in ("full", "continuation"):
        return True
    return len(label["quote_start"].split()) >= 3


def _score_quotes(result: PageResult, findings: list[QuoteFinding], paragraphs: list[str]) -> None:
    labels = result.page.truth["quotes"]
    excluded = [item["text_start"] for item in result.page.truth.get("quotes_excluded") or []]
    counts, predictions = result.counts, predicted_parts(findings, paragraphs)
    for text, speaker in predictions:
        counts.quotes_suggested += 1
        hit = next((label for label in labels if matches(text, label["quote_start"])), None)
        if hit is None or any(matches(text, start) for start in excluded):
            why = "no such quote" if hit is None else "an excluded span"
            result.note("quotes", f"wrong      {text[:70]!r} ({speaker or 'no speaker'}): {why}")
            continue
        counts.quotes_right += 1
        if hit["speaker"] is not None:
            counts.speaker_total += 1
            if same_speaker(speaker, hit["speaker"]):
                counts.speaker_right += 1
            else:
                result.note("quotes", f"speaker    {text[:50]!r}: {speaker!r}, labelled {hit['speaker']!r}")
    for label in filter(_counts_for_recall, labels):
        counts.quotes_labelled += 1
        if any(matches(text, label["quote_start"]) for text, _ in predictions):
            counts.quotes_found += 1
        else:
            result.note(
                "quotes", f"missed     {label['quote_start']!r} ({label['type']}, {label['speaker']})"
            )


def _score_people(result: PageResult, people: list[tuple[str, str]]) -> None:
    truth, counts = result.page.truth, result.counts
    persons = labels_from(truth["people"], "person")
    allowed = persons + labels_from(truth.get("organisations") or [], "organisation")
    outcomes = assign([name for name, _ in people], allowed)
    counts.people_suggested, counts.people_labelled = len(people), len(persons)
    positions = {}
    for (name, position), outcome in zip(people, outcomes, strict=True):
        _note_outcome(result, "people", outcome, f"{name!r} ({position or 'no position'})")
        if outcome.status == "right":
            counts.people_right += 1
            positions[id(outcome.label)] = position
    for label in persons:
        if id(label) not in positions:
            result.note("people", f"missed     {label.name!r} ({label.position or 'no position'})")
            continue
        counts.people_found += 1
        if label.position is not None:
            counts.position_total += 1
            if position_right(positions[id(label)], label):
                counts.position_right += 1
            else:
                _note_position(result, label, positions[id(label)])


def _note_outcome(result: PageResult, kind: str, outcome: Outcome, shown: str) -> None:
    if outcome.status == "wrong":
        result.note(kind, f"wrong      {shown}: not a labelled {'name' if kind == 'people' else 'place'}")
    elif outcome.status == "duplicate" and outcome.label is not None:
        result.note(kind, f"duplicate  {shown}: {outcome.label.name!r} was already suggested")


def _note_position(result: PageResult, label: Label, given: str) -> None:
    accepted = "; ".join(repr(item) for item in label.acceptable) or "nothing shorter"
    result.note(
        "people", f"position   {label.name!r}: {given!r}, labelled {label.position!r} (or {accepted})"
    )


def _score_places(result: PageResult, places: list[tuple[str, str]]) -> None:
    """``places``: each suggested place's name, and the article's text where it points."""
    labels = labels_from(result.page.truth["places"], "place")
    outcomes = assign([name for name, _ in places], labels, [written for _, written in places])
    counts = result.counts
    counts.places_suggested, counts.places_labelled = len(places), len(labels)
    for outcome in outcomes:
        shown = repr(outcome.suggestion)
        if outcome.written and outcome.written != outcome.suggestion:
            shown += f" (written {outcome.written!r})"
        _note_outcome(result, "places", outcome, shown)
        counts.places_right += outcome.status == "right"
    matched = {id(outcome.label) for outcome in outcomes if outcome.status == "right"}
    for label in labels:
        if id(label) in matched:
            counts.places_found += 1
        else:
            result.note("places", f"missed     {label.name!r}")


def _score_lead(result: PageResult, summary: str) -> None:
    acceptable = result.page.truth["lead_acceptable"]
    result.counts.lead_pages = 1
    if lead_right(summary, acceptable):
        result.counts.lead_right = 1
        return
    result.note("lead", f"wrong      {summary[:120]!r}")
    for lead in acceptable:
        result.note("lead", f"acceptable {lead!r}")


# -- groups ----------------------------------------------------------------------------------


def summed(results: Iterable[PageResult]) -> Counts:
    total = Counts()
    for result in results:
        total.add(result.counts)
    return total


def groups(results: list[PageResult]) -> dict[str, Counts]:
    """Summed counts: overall, per language ("lang:xx"), held-out pages and the rest."""
    grouped = {"overall": summed(results)}
    for lang in sorted({result.page.lang for result in results}):
        grouped[f"lang:{lang}"] = summed(result for result in results if result.page.lang == lang)
    grouped["held-out"] = summed(result for result in results if result.page.held_out)
    grouped["rest"] = summed(result for result in results if not result.page.held_out)
    return grouped


def target_rows(grouped: dict[str, Counts]) -> list[dict[str, Any]]:
    """Each figure's target beside the overall value, and held-out beside the rest."""
    rows = []
    for figure in FIGURES:
        overall = value(grouped["overall"], figure)
        held, rest = value(grouped["held-out"], figure), value(grouped["rest"], figure)
        difference = None if held is None or rest is None else held - rest
        rows.append(
            {
                "figure": figure.key,
                "target": figure.target,
                "measured": overall,
                "met": overall is not None and overall >= figure.target,
                "held_out": held,
                "rest": rest,
                "difference": difference,
                "held_out_met": difference is not None and abs(difference) <= HELD_OUT_MARGIN,
            }
        )
    return rows


# -- output ----------------------------------------------------------------------------------


def ratio(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:.2f}" if denominator else "  - "


def _cell(counts: Counts, figure: Figure, with_counts: bool) -> str:
    numerator, denominator = getattr(counts, figure.numerator), getattr(counts, figure.denominator)
    shown = ratio(numerator, denominator)
    return f"{shown} {numerator:>3}/{denominator:<3}" if with_counts else shown


def _table(rows: list[tuple[str, Counts]], chosen: tuple[Figure, ...], with_counts: bool) -> None:
    """A heading line, then one line per (name, counts) row: each figure, with its counts if asked."""
    width = 14 if with_counts else 9
    print(f"{'':32}" + "".join(f"{figure.heading:>{width}}" for figure in chosen))
    for name, counts in rows:
        print(f"{name:32}" + "".join(f"{_cell(counts, figure, with_counts):>{width}}" for figure in chosen))


def _row_name(result: PageResult) -> str:
    """The page's name, then "h" if held out, "*" if its body is not from a gold file."""
    flags = ("h" if result.page.held_out else "") + ("" if result.body in ("gold", "ingest") else "*")
    return f"{result.page.name[:29]:29} {flags}"


def print_report(results: list[PageResult], sample: PageResult | None, mode: str) -> None:
    """Per-page tables (quotes, then entities), then languages and groups, then the targets."""
    grouped = groups(results)
    overall = [("overall", grouped["overall"])]
    print(f"Suggestions on the corpus — body: {mode}")
    print("h: held-out page; *: body read by ingest (no gold body) or unreadable, see --page")
    print("\nQuotes (pages with quote labels)")
    quoted = [result for result in results if result.page.truth.get("quotes") is not None]
    _table([(_row_name(result), result.counts) for result in quoted] + overall, FIGURES[:3], True)
    print("\nPeople, places, bottom line (pages with entity labels; the sample is an extra row)")
    labelled = [result for result in results if result.page.truth.get("people") is not None]
    rows = [(_row_name(result), result.counts) for result in labelled] + overall
    if sample is not None:
        rows.append((f"({sample.page.name})", sample.counts))
    _table(rows, FIGURES[3:], True)
    print("\nBy language and group (pages of the corpus only)")
    shown = [(name, counts) for name, counts in grouped.items() if any(vars(counts).values())]
    _table(shown, FIGURES, False)
    _print_targets(target_rows(grouped), mode)


def _shown(number: float | None) -> str:
    return "  - " if number is None else f"{number:.2f}"


def _print_targets(rows: list[dict[str, Any]], mode: str) -> None:
    print(f"\nTargets of issue 10 (set for ingest mode; this run: {mode.split()[0]})")
    print(
        f"{'figure':18}{'target':>8}{'overall':>9}{'':>9}{'held-out':>10}{'rest':>7}{'diff':>7}  |diff| ≤ 0.05"
    )
    for row in rows:
        met = "met" if row["met"] else "NOT met"
        diff = "  - " if row["difference"] is None else f"{row['difference']:+.2f}"
        within = "met" if row["held_out_met"] else "NOT met"
        print(
            f"{row['figure']:18}{'≥' + format(row['target'], '.2f'):>8}{_shown(row['measured']):>9}"
            f"{met:>9}{_shown(row['held_out']):>10}{_shown(row['rest']):>7}{diff:>7}  {within}"
        )


def _labelled(page: Page) -> bool:
    truth = page.truth
    return any(truth.get(kind) is not None for kind in ("quotes", "people", "places", "lead_acceptable"))


def print_details(result: PageResult) -> None:
    """One page's misses and false positives, kind by kind."""
    page = result.page
    print(f"{page.name} ({page.lang}{', held-out' if page.held_out else ''}; body: {result.body})")
    if not _labelled(page):
        print("  no quote or entity labels: nothing to measure")
        return
    if page.truth.get("quotes") is not None:
        _table([("", result.counts)], FIGURES[:3], True)
    if page.truth.get("people") is not None:
        _table([("", result.counts)], FIGURES[3:], True)
    for kind in ("page", "quotes", "people", "places", "lead"):
        for line in result.notes.get(kind, []):
            print(f"  {kind:7} {line}")
    if not result.notes:
        print("  no misses and no false positives")


def as_json(results: list[PageResult], sample: PageResult | None, mode: str, seconds: float) -> str:
    """Every figure (with its counts) per page, overall, per language and per group."""

    def rounded(items: dict[str, Any]) -> dict[str, Any]:  # four places: runs diff on real changes
        return {key: round(item, 4) if isinstance(item, float) else item for key, item in items.items()}

    def entry(counts: Counts) -> dict[str, Any]:
        return {"figures": rounded(figures_of(counts)), "counts": vars(counts).copy()}

    def page_entry(result: PageResult) -> dict[str, Any]:
        page = result.page
        return {"lang": page.lang, "held_out": page.held_out, "body": result.body} | entry(result.counts)

    grouped = groups(results)
    report = {
        "mode": mode,
        "seconds": round(seconds, 2),
        "held_out_pages": list(HELD_OUT),
        "pages": {result.page.name: page_entry(result) for result in results},
        "sample": page_entry(sample) if sample is not None else None,
        "groups": {name: entry(counts) for name, counts in grouped.items()},
        "targets": [rounded(row) for row in target_rows(grouped)],
    }
    return json.dumps(report, indent=1, ensure_ascii=False)


# -- command line ----------------------------------------------------------------------------


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, nargs="?", help="a corpus folder, e.g. ../shared/corpus/dev")
    parser.add_argument("--ingest", action="store_true", help="read source.html with briefing.ingest")
    parser.add_argument("--json", action="store_true", help="print every figure as JSON")
    parser.add_argument("--page", metavar="NAME", help="one page's misses and false positives")
    parser.add_argument("--verbose", action="store_true", help="the --page listing for every page")
    parser.add_argument("--list-held-out", action="store_true", help="print the held-out pages")
    args = parser.parse_args(argv)
    if args.corpus is None and not args.list_held_out:
        parser.error("a corpus folder is needed")
    return args


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    if args.list_held_out:
        print("\n".join(HELD_OUT))
        return 0
    started = time.perf_counter()
    pages, sample = corpus_pages(args.corpus), sample_page(args.corpus)
    mode = "ingest (source.html)" if args.ingest else "gold-body (body_gold.txt / expected_readability.html)"
    if args.page:
        chosen = [page for page in [*pages, sample] if page is not None and page.name == args.page]
        if not chosen:
            raise SystemExit(f"no page {args.page!r} in {args.corpus}")
        print_details(evaluate(chosen[0], args.ingest))
        return 0
    results = [evaluate(page, args.ingest) for page in pages]
    sample_result = evaluate(sample, args.ingest) if sample is not None else None
    seconds = time.perf_counter() - started
    if args.json:
        print(as_json(results, sample_result, "ingest" if args.ingest else "gold-body", seconds))
        return 0
    print_report(results, sample_result, mode)
    if args.verbose:
        for result in [*results, *([sample_result] if sample_result else [])]:
            if _labelled(result.page):
                print()
                print_details(result)
    print(f"\n{len(results)} pages{' and the sample' if sample else ''} in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
