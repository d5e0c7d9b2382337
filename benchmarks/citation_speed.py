"""How long a citation takes to format: the live preview re-formats it on every edit.

    python benchmarks/citation_speed.py [--runs N]

Prints the median time per call of ``format_citation`` for each style, for an article with three
authors, beside a baseline in the same run: joining the same fields with an f-string (the least
any formatter must do).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing.citation import format_citation
from briefing.model import Citation

CALLS = 2_000


def per_call_us(action: Callable[[], object], runs: int) -> float:
    action()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        for _ in range(CALLS):
            action()
        samples.append((time.perf_counter() - started) / CALLS)
    return 1e6 * statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    citation = Citation(
        title="Upstream and Downstream Nations Edge Toward Arlen River Deal",
        authors=["Marta Lindqvist", "Kofi Mensah", "Ana Lima"],
        site_name="Example News",
        published=dt.date(2026, 3, 5),
        url="https://www.example-news.org/world/2026/03/05/arlen-river-water-summit-geneva",
        accessed=dt.date(2026, 3, 6),
    )

    def baseline() -> str:
        return f"{', '.join(citation.authors)}. ({citation.published}). {citation.title}. {citation.site_name}. {citation.url}"

    base = per_call_us(baseline, runs)
    print(f"median per call, {runs} runs of {CALLS:,} calls")
    print(f"  f-string of the same fields (baseline): {base:7.2f} µs")
    for style in ("apa", "mla", "chicago"):
        styled = Citation(**{**citation.__dict__, "style": style})
        took = per_call_us(lambda styled=styled: format_citation(styled), runs)
        print(f"  format_citation, {style:8}               {took:7.2f} µs ({took / base:.0f} x baseline)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
