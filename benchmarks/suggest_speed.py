"""How long suggestions take for a 2,000-word article.

    python benchmarks/suggest_speed.py [--runs N]

Builds a 2,000-word article from the shipped sample (its paragraphs repeated, so
names, quotes, dates and places recur as in a long report), then times
``briefing.suggest.suggest`` and, as a baseline in the same run, merely splitting the
same text into words and sentences with regular expressions. Prints the medians and
their ratio. Target (issue 5): median <= 200 ms.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.ingest import read_article
from briefing.model import Article
from briefing.resources import sample_article
from briefing.suggest import suggest

TARGET_WORDS = 2000
TARGET_MS = 200.0


def long_article() -> Article:
    sample = read_article(sample_article())
    paragraphs: list[str] = []
    while sum(len(p.split()) for p in paragraphs) < TARGET_WORDS:
        paragraphs.extend(sample.paragraphs)
    while sum(len(p.split()) for p in paragraphs) > TARGET_WORDS + 60:
        paragraphs.pop()
    return Article(title=sample.title, paragraphs=paragraphs, published=sample.published)


def tokenise(article: Article) -> int:
    """Baseline: split the text into words and sentences, nothing more."""
    count = 0
    for paragraph in article.paragraphs:
        count += len(re.findall(r"\w+", paragraph)) + len(re.split(r"(?<=[.!?])\s+", paragraph))
    return count


def median_ms(action: object, article: Article, runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action(article)  # type: ignore[operator]
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    article = long_article()
    words = sum(len(p.split()) for p in article.paragraphs)
    suggest(article)  # warm-up: loads the gazetteer once, as the app does at the first article
    suggest_ms = median_ms(suggest, article, args.runs)
    baseline_ms = median_ms(tokenise, article, args.runs)
    verdict = "meets" if suggest_ms <= TARGET_MS else "MISSES"
    print(f"article: {words} words in {len(article.paragraphs)} paragraphs; {args.runs} runs each")
    print(f"baseline (regex word/sentence split): {baseline_ms:8.2f} ms median")
    print(f"suggest():                            {suggest_ms:8.2f} ms median")
    print(f"ratio suggest/baseline: {suggest_ms / baseline_ms:.0f}x; target <= {TARGET_MS:.0f} ms: {verdict}")
    return 0 if suggest_ms <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
