"""How long a hand pick takes on a 2,000-word article, once the article has been analysed.

    python benchmarks/pick_speed.py

Uses the 2,000-word article of ``suggest_speed.py``. Times the first pick (which runs
the whole analysis, as ``suggest`` does) and then picks every sentence of every
paragraph as each kind of item: a sentence outside quotation marks is the slow case
of a quote, read as if it were quoted. Target (issue 10): under ~30 ms after the first.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from suggest_speed import long_article

from briefing.model import Span
from briefing.suggest import item_for
from briefing.suggest.text import sentences

TARGET_MS = 30.0
KINDS = ("quote", "person", "place", "date", "position")


def main() -> int:
    article = long_article()
    start = time.perf_counter()
    item_for("quote", article, Span(0, 0, 10))
    first_ms = (time.perf_counter() - start) * 1000
    timings: dict[str, list[float]] = {kind: [] for kind in KINDS}
    for index, paragraph in enumerate(article.paragraphs):
        for begin, end in sentences(paragraph):
            for kind in KINDS:
                start = time.perf_counter()
                item_for(kind, article, Span(index, begin, end))
                timings[kind].append((time.perf_counter() - start) * 1000)
    words = sum(len(p.split()) for p in article.paragraphs)
    print(f"article: {words} words; first pick (analysis): {first_ms:.1f} ms")
    worst = 0.0
    for kind, values in timings.items():
        worst = max(worst, max(values))
        print(
            f"{kind:9} {len(values):4} picks: median {statistics.median(values):6.2f} ms, max {max(values):6.2f} ms"
        )
    verdict = "meets" if worst <= TARGET_MS else "MISSES"
    print(f"slowest pick {worst:.1f} ms; target <= {TARGET_MS:.0f} ms: {verdict}")
    return 0 if worst <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
