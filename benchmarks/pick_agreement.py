"""Do hand picks agree with the Suggestions panel? Picks every suggestion's own span by hand.

    python benchmarks/pick_agreement.py CORPUS_DIR [--verbose]

For every ``*/source.html`` under CORPUS_DIR, read as the app opens a saved page
(``briefing.ingest.read_article``), runs ``suggest`` and, for every suggestion of every
kind, picks its source span by hand as the app does (``briefing.suggest.item_for``).
Counts the picks that give the same fields as accepting the suggestion: a quote's
text, speaker and role; a person's name, position and affiliation; a place's name and
context; a date's text, calendar date and event; a position's party and stance text;
and the same source span.
Also times a hand pick on each page after the first (the analysis is cached per article).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.ingest import IngestError, read_article
from briefing.suggest import item_for, suggest

KINDS = {"quotes": "quote", "people": "person", "places": "place", "dates": "date", "positions": "position"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--verbose", action="store_true", help="print every disagreement")
    args = parser.parse_args(argv)
    totals = {kind: [0, 0] for kind in KINDS}
    timings: list[float] = []
    for source in sorted(args.corpus.glob("*/source.html")):
        try:
            article = read_article(source)
        except IngestError as error:
            print(f"{source.parent.name}: not read ({error})")
            continue
        found = suggest(article)
        for list_name, kind in KINDS.items():
            for suggestion in getattr(found, list_name):
                picked = item_for(kind, article, suggestion.source)
                same = picked == suggestion
                totals[list_name][0] += same
                totals[list_name][1] += 1
                if not same and args.verbose:
                    print(f"{source.parent.name} {kind}:\n  suggested {suggestion}\n  picked    {picked}")
        spans = [item.source for name in KINDS for item in getattr(found, name)][:20]
        for span in spans:
            start = time.perf_counter()
            item_for("quote", article, span)
            item_for("position", article, span)
            timings.append((time.perf_counter() - start) * 1000 / 2)
    agreed = sum(same for same, _ in totals.values())
    picked = sum(count for _, count in totals.values())
    for list_name, (same, count) in totals.items():
        print(f"{list_name:10} {same:4}/{count:<4} agree ({same / count if count else 1:.3f})")
    print(f"{'all':10} {agreed:4}/{picked:<4} agree ({agreed / picked if picked else 1:.3f})")
    if timings:
        print(
            f"hand pick (analysis cached): median {statistics.median(timings):.2f} ms, max {max(timings):.2f} ms"
        )
    return 0 if agreed == picked else 1


if __name__ == "__main__":
    sys.exit(main())
