"""How well drafted cards use their paper (issue 9).

Drafts a card from every page of a corpus (``CORPUS/*/source.html``) and from the
sample articles, on each paper size, as ``briefing new`` does, renders it in process
and prints per paper size:

- the share of cards set at 100 % type (target: all);
- the median and worst empty share of the sections' area (below the head, above the source);
- cards whose type was reduced while a column had more than 10 % of its height free (target: none);
- items left out and texts shortened (target: none on a draft);
- the median time to draft and to render one card, beside rendering the sample's typical
  hand-built card (the baseline of ``render_speed.py``) in the same run.

Usage: python benchmarks/layout_quality.py [CORPUS_DIR] [--runs N] [--verbose]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing.drafting import draft_to_fit
from briefing.ingest import read_article
from briefing.model import PAGE_SIZES, Article, Briefing
from briefing.render import render_pdf
from briefing.render.fit import BALANCED
from briefing.resources import asset
from briefing.suggest import draft_briefing

_SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def articles(corpus: Path | None) -> list[tuple[str, Article]]:
    """(name, article) for the corpus pages that read, and the sample articles."""
    found: list[tuple[str, Article]] = []
    if corpus is not None:
        for page in sorted(corpus.glob("*/source.html")):
            try:
                article = read_article(page)
            except Exception as error:  # an unreadable page is reported, not drafted
                print(f"  skipped {page.parent.name}: {error}", file=sys.stderr)
                continue
            if article.paragraphs:
                found.append((page.parent.name, article))
    samples = [_SHARED / "articles" / "sample-seed-format.txt", asset("sample", "sample-article.txt")]
    for path in samples:
        if Path(path).is_file():
            found.append((f"sample:{Path(path).stem}", read_article(path)))
    return found


def draft(article: Article, page_size: str) -> Briefing:
    card = Briefing.from_article(article)
    card.layout.page_size = page_size
    return draft_to_fit(article, card)


def item_counts(card: Briefing) -> tuple[int, ...]:
    return tuple(len(getattr(card, kind)) for kind in ("quotes", "people", "places", "dates", "positions"))


def room_limited(article: Article, card: Briefing) -> bool:
    """Whether the paper, not the article, set the draft's length: with unlimited room it would hold more."""
    unlimited = draft_briefing(article, fits=lambda _card: True)
    return item_counts(unlimited) != item_counts(card)


def timed(call, runs: int) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, result


def measure_paper(named: list[tuple[str, Article]], page_size: str, runs: int, verbose: bool) -> None:
    full, empties, unbalanced, left_out, shortened = 0, [], [], 0, 0
    limited_empties: list[float] = []
    draft_ms, render_ms = [], []
    for name, article in named:
        ms, card = timed(lambda article=article: draft(article, page_size), 1)
        draft_ms.append(ms)
        ms, result = timed(lambda card=card: render_pdf(card), runs)  # type: ignore[arg-type]
        render_ms.append(ms)
        full += result.scale >= 1.0
        if any(item_counts(card)):  # type: ignore[arg-type]
            empties.append(result.empty_share)
        if room_limited(article, card):  # type: ignore[arg-type]
            limited_empties.append(result.empty_share)
        if result.scale < 1.0 and max(result.free_shares, default=0.0) > BALANCED:
            unbalanced.append(name)
        left_out += len(result.left_out)
        shortened += len(result.shortened)
        if verbose:
            items = sum(item_counts(card))  # type: ignore[arg-type]
            print(
                f"    {name:34} {result.scale:5.0%} {result.arrangement:8} empty {result.empty_share:5.1%}"
                f"  items {items:2}  {'; '.join(result.fit_lines)}"
            )
    count = len(named)
    print(f"{page_size:8} {full}/{count} at 100 % ({full / count:.0%})")
    print(
        f"         empty share of the sections' area, cards with items ({len(empties)}):"
        f" median {statistics.median(empties):.1%}, worst {max(empties):.1%}"
    )
    if limited_empties:
        print(
            f"         ... cards the paper limited ({len(limited_empties)}; the rest used every suggestion):"
            f" median {statistics.median(limited_empties):.1%}, worst {max(limited_empties):.1%}"
        )
    print(
        f"         reduced with a column > {BALANCED:.0%} free: {len(unbalanced)} {unbalanced if unbalanced else ''}"
    )
    print(f"         items left out: {left_out}; texts shortened: {shortened}")
    print(
        f"         draft {statistics.median(draft_ms):.0f} ms median (worst {max(draft_ms):.0f});"
        f" render {statistics.median(render_ms):.1f} ms median (worst {max(render_ms):.1f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=_SHARED / "corpus" / "dev")
    parser.add_argument("--runs", type=int, default=3, help="renders per card for the median time")
    parser.add_argument("--verbose", action="store_true", help="one line per card")
    arguments = parser.parse_args()
    corpus = arguments.corpus if arguments.corpus.is_dir() else None
    named = articles(corpus)
    print(f"Drafted cards from {len(named)} articles ({corpus or 'no corpus'} and the samples)")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from test_render_samples import typical  # the baseline card of render_speed.py

    baseline, _ = timed(lambda: render_pdf(typical()), max(arguments.runs, 9))
    print(f"baseline: the typical hand-built card renders in {baseline:.1f} ms median (target <= 30)")
    for page_size in PAGE_SIZES:
        measure_paper(named, page_size, arguments.runs, arguments.verbose)


if __name__ == "__main__":
    main()
