"""Measure quote suggestions against the hand-labelled corpus.

    python benchmarks/suggest_eval.py CORPUS_DIR [--ingest] [--verbose]

For every page whose ``truth.json`` has labelled ``quotes`` (``null`` means not
labelled), runs the suggester and prints, per page and overall:

* recall over labelled quotes of type ``full`` and ``continuation`` and over
  ``fragment`` quotes of three words or more;
* precision over all predicted quotes (right when it matches a labelled quote of
  any type; matching a ``quotes_excluded`` span, or nothing, is wrong);
* speaker accuracy over matched quotes whose labelled speaker is not null.

A prediction matches a label when, after Unicode NFC, case folding, whitespace
collapsing and unifying quote characters, one's text starts with the other's.
The corpus labels one entry per quotation-mark span (a sentence interrupted by
"he said" is two entries), so a suggested quote that joins such parts is scored
as its parts, each a prediction with the joined quote's speaker.

Body text, by mode:

* gold-body mode (default): paragraphs from ``body_gold.txt`` (aeb-*) or from
  ``expected_readability.html`` (rd-*, tags stripped with html.parser). This
  measures the suggester alone, on the body the labellers reviewed.
* ``--ingest``: paragraphs from ``briefing.ingest.read_article`` reading ``source.html``,
  as the app opens a saved page; measures the whole pipeline. A page ingestion cannot
  read counts as all of its labelled quotes missed.
"""

from __future__ import annotations

import argparse
import html.parser
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.model import Article
from briefing.suggest.quotes import QuoteFinding, find_quotes

# -- body text ---------------------------------------------------------------------------

_BLOCKS = {
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "tr",
    "figcaption",
    "br",
}
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


def gold_paragraphs(page: Path) -> list[str]:
    """Gold-body mode: the body the labellers reviewed, as paragraphs."""
    gold = page / "body_gold.txt"
    if gold.exists():
        blocks = re.split(r"\n\s*\n|\n", gold.read_text(encoding="utf-8"))
        return [re.sub(r"\s+", " ", block).strip() for block in blocks if block.strip()]
    readability = page / "expected_readability.html"
    if readability.exists():
        collector = _ParagraphCollector()
        collector.feed(readability.read_text(encoding="utf-8"))
        collector.close()
        return collector.paragraphs
    raise SystemExit(f"{page.name}: no gold body (body_gold.txt or expected_readability.html)")


def ingested_article(page: Path) -> Article:
    """``--ingest`` mode: the article as Briefing itself reads ``source.html``."""
    from briefing import ingest  # imported late: HTML ingestion may not exist yet

    reader = getattr(ingest, "read_article", None)
    if reader is None:
        raise SystemExit("--ingest needs briefing.ingest.read_article (HTML ingestion)")
    article: Article = reader(page / "source.html")
    return article


def load_article(page: Path, truth: dict, use_ingest: bool) -> Article:
    if use_ingest:
        return ingested_article(page)
    return Article(
        title=truth.get("title") or "", paragraphs=gold_paragraphs(page), language=truth.get("lang", "")
    )


# -- matching ----------------------------------------------------------------------------

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


# -- scoring -----------------------------------------------------------------------------


@dataclass
class PageScore:
    name: str
    recall_hits: int = 0
    recall_total: int = 0
    predicted: int = 0
    correct: int = 0
    speaker_right: int = 0
    speaker_total: int = 0

    def add(self, other: PageScore) -> None:
        for field in (
            "recall_hits",
            "recall_total",
            "predicted",
            "correct",
            "speaker_right",
            "speaker_total",
        ):
            setattr(self, field, getattr(self, field) + getattr(other, field))


def predicted_parts(findings: list[QuoteFinding], paragraphs: list[str]) -> list[tuple[str, str]]:
    """(text, speaker) for every quotation-mark span the suggester offers."""
    parts = []
    for finding in findings:
        for span in finding.parts:
            parts.append((paragraphs[span.paragraph][span.start : span.end], finding.speaker))
    return parts


def counts_for_recall(label: dict) -> bool:
    if label["type"] in ("full", "continuation"):
        return True
    return len(label["quote_start"].split()) >= 3


def score_page(page: Path, use_ingest: bool, verbose: bool) -> PageScore | None:
    truth = json.loads((page / "truth.json").read_text(encoding="utf-8"))
    labels = truth.get("quotes")
    if labels is None:
        return None
    excluded = [item["text_start"] for item in truth.get("quotes_excluded") or []]
    score = PageScore(page.name)
    try:
        article = load_article(page, truth, use_ingest)
    except Exception as error:  # an unreadable page scores as every labelled quote missed
        if type(error).__name__ != "IngestError":
            raise
        print(f"   could not read {page.name}: {error}")
        score.recall_total = sum(counts_for_recall(label) for label in labels)
        return score
    predictions = predicted_parts(find_quotes(article), article.paragraphs)
    for text, speaker in predictions:
        score.predicted += 1
        hit = next((i for i, label in enumerate(labels) if matches(text, label["quote_start"])), None)
        if hit is None or any(matches(text, start) for start in excluded):
            if verbose:
                print(f"   WRONG  {text[:70]!r} ({speaker})")
            continue
        score.correct += 1
        label = labels[hit]
        if label["speaker"] is not None:
            score.speaker_total += 1
            if same_speaker(speaker, label["speaker"]):
                score.speaker_right += 1
            elif verbose:
                print(f"   SPEAKER {text[:50]!r}: {speaker!r} != {label['speaker']!r}")
    for label in labels:
        if counts_for_recall(label):
            score.recall_total += 1
            hit = any(matches(text, label["quote_start"]) for text, _ in predictions)
            score.recall_hits += hit
            if verbose and not hit:
                print(f"   MISSED {label['quote_start']!r} ({label['type']}, {label['speaker']})")
    return score


def ratio(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:.2f}" if denominator else "  - "


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="a corpus folder, e.g. ../shared/corpus/dev")
    parser.add_argument("--ingest", action="store_true", help="read source.html with briefing.ingest")
    parser.add_argument("--verbose", action="store_true", help="list misses and wrong predictions")
    args = parser.parse_args(argv)
    pages = sorted(path for path in args.corpus.iterdir() if (path / "truth.json").exists())
    mode = "ingest (source.html)" if args.ingest else "gold-body (body_gold.txt / expected_readability.html)"
    print(f"Quote suggestions on {args.corpus} — body: {mode}")
    print(f"{'page':32} {'recall':>12} {'precision':>12} {'speaker':>12}")
    total = PageScore("overall")
    for page in pages:
        if args.verbose:
            print(page.name)
        score = score_page(page, args.ingest, args.verbose)
        if score is None:
            continue
        total.add(score)
        print(_row(score))
    print(_row(total))
    return 0


def _row(score: PageScore) -> str:
    recall = f"{ratio(score.recall_hits, score.recall_total)} {score.recall_hits:>2}/{score.recall_total:<2}"
    precision = f"{ratio(score.correct, score.predicted)} {score.correct:>2}/{score.predicted:<2}"
    speaker = (
        f"{ratio(score.speaker_right, score.speaker_total)} {score.speaker_right:>2}/{score.speaker_total:<2}"
    )
    return f"{score.name:32} {recall:>12} {precision:>12} {speaker:>12}"


if __name__ == "__main__":
    sys.exit(main())
