"""Measure article metadata extraction against the hand-checked corpus, next to the anchors.

    python benchmarks/extraction_eval.py CORPUS_DIR [--verbose] [--body] [--timing]

For every ``<page>/source.html`` with a ``truth.json`` it runs, in the same process:

* ``briefing``: our ingestion (``briefing.ingest.read_article``);
* ``trafilatura``: ``trafilatura.extract_metadata`` on the raw bytes (its own decoding);
* ``readability``: readability-lxml's ``short_title()`` (title only; it extracts nothing else),
  when the ``bench`` extra is installed.

and prints per-field accuracy (title, byline, site_name, published, lang, url), then every
page where briefing is wrong. Matching follows the corpus README: Unicode NFC, white space
(incl. U+00A0) collapsed, case folded; the ``*_acceptable`` alternatives accepted;
``site_name`` ignores a leading "The"; dates compared as calendar dates. A byline also counts
when it names exactly the truth's ``authors`` (``"A; B"`` for ``"A and B"``), for every
extractor alike. ``--body`` adds a body check (share of gold paragraphs found, and
``must_contain``/``must_not_contain`` snippets); ``--timing`` the median time per page.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.ingest import read_article

FIELDS = ("title", "byline", "site_name", "published", "lang", "url")
_SPACE = re.compile(r"\s+")
_NAME_SEPARATOR = re.compile(r"\s*(?:;|,|\band\b|\bund\b|\bet\b|\by\b|&)\s*", re.IGNORECASE)

Fields = dict[str, str | None]


def normalise(value: str | None, field: str = "") -> str:
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", value).replace("\u00a0", " ")
    text = _SPACE.sub(" ", text).strip().casefold()
    if field == "site_name":
        text = re.sub(r"^the\s+", "", text)
    if field == "url":
        text = text.rstrip("/")
    return text


def _as_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def is_right(field: str, got: str | None, truth: dict[str, Any]) -> bool:
    expected = [truth.get(field), *list(truth.get(f"{field}_acceptable") or [])]
    if field == "published":
        got_date = _as_date(got)
        return any(_as_date(value) == got_date for value in expected)
    if field == "lang":
        return normalise(got).split("-")[0] == normalise(truth.get("lang"))
    wanted = {normalise(value, field) for value in expected}
    if normalise(got, field) in wanted:
        return True
    if field == "byline" and got and truth.get("authors"):
        names = {normalise(name) for name in _NAME_SEPARATOR.split(got) if name.strip()}
        return names == {normalise(name) for name in truth["authors"]}
    return False


# -- the extractors -------------------------------------------------------------------------


def ours(path: Path) -> Fields:
    article = read_article(path)
    return {
        "title": article.title,
        "byline": article.byline or "; ".join(article.authors),
        "site_name": article.site_name,
        "published": article.published.isoformat() if article.published else None,
        "lang": article.language,
        "url": article.url,
    }


def trafilatura_metadata(path: Path) -> Fields:
    from trafilatura import extract_metadata

    found = extract_metadata(path.read_bytes())
    return {
        "title": found.title,
        "byline": found.author,
        "site_name": found.sitename,
        "published": found.date,
        "url": found.url,
        # no "lang": trafilatura's metadata has no language (it only filters by one)
    }


def readability_metadata(path: Path) -> Fields:
    from readability import Document  # readability-lxml, the `bench` extra

    document = Document(path.read_bytes())
    return {"title": document.short_title()}


def available_extractors() -> dict[str, Callable[[Path], Fields]]:
    extractors: dict[str, Callable[[Path], Fields]] = {"briefing": ours, "trafilatura": trafilatura_metadata}
    try:
        import readability  # noqa: F401
    except ImportError:
        print("(readability-lxml not installed: pip install -e '.[bench]' to compare with it)")
    else:
        extractors["readability"] = readability_metadata
    return extractors


# -- body -------------------------------------------------------------------------------------


def _gold_paragraphs(page: Path) -> list[str] | None:
    gold = page / "body_gold.txt"
    if gold.exists():
        return [normalise(p) for p in gold.read_text(encoding="utf-8").split("\n") if len(p.strip()) > 40]
    reference = page / "expected_readability.html"
    if reference.exists():
        import lxml.html

        tree = lxml.html.fromstring(reference.read_text(encoding="utf-8"))
        texts = (
            normalise(element.text_content()) for element in tree.iter("p", "li", "blockquote", "h2", "h3")
        )
        return [text for text in texts if len(text) > 40]
    return None


def body_score(path: Path, truth: dict[str, Any]) -> str:
    """Recall: gold paragraphs whose start we have; precision: our long paragraphs found in the gold."""
    article = read_article(path)
    text = normalise(article.text)
    gold = _gold_paragraphs(path.parent)
    if gold is not None:
        gold_text = " ".join(gold)
        found = sum(1 for paragraph in gold if paragraph[:60] in text)
        ours_long = [normalise(p) for p in article.paragraphs if len(p) > 40]
        kept = sum(1 for paragraph in ours_long if paragraph[:60] in gold_text)
        return f"recall {found}/{len(gold)}, precision {kept}/{len(ours_long)}"
    reference = truth.get("body_reference") or {}
    must = reference.get("must_contain") or []
    must_not = reference.get("must_not_contain") or []
    hits = sum(1 for snippet in must if normalise(snippet) in text)
    leaks = sum(1 for snippet in must_not if normalise(snippet) in text)
    return f"must_contain {hits}/{len(must)}, must_not_contain leaked {leaks}/{len(must_not)}"


# -- report -----------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--verbose", action="store_true", help="show every extractor's value on failures")
    parser.add_argument("--body", action="store_true", help="also check the body text")
    parser.add_argument("--timing", action="store_true", help="print the median time per page")
    args = parser.parse_args()

    pages = sorted(
        path.parent for path in args.corpus.glob("*/truth.json") if (path.parent / "source.html").exists()
    )
    if not pages:
        print(f"No pages with source.html and truth.json under {args.corpus}.", file=sys.stderr)
        return 1
    extractors = available_extractors()
    right = {name: dict.fromkeys(FIELDS, 0) for name in extractors}
    asked = {name: dict.fromkeys(FIELDS, 0) for name in extractors}
    timings: dict[str, list[float]] = {name: [] for name in extractors}
    failures: list[str] = []
    for page in pages:
        truth = json.loads((page / "truth.json").read_text(encoding="utf-8"))
        results: dict[str, Fields] = {}
        for name, extract in extractors.items():
            started = time.perf_counter()
            try:
                results[name] = extract(page / "source.html")
            except Exception as error:  # a crash counts as every field wrong, and is shown
                failures.append(f"{page.name}: {name} failed: {type(error).__name__}: {error}")
                results[name] = {field: None for field in FIELDS}
            timings[name].append(time.perf_counter() - started)
            for field in FIELDS:
                if field in results[name]:
                    asked[name][field] += 1
                    right[name][field] += is_right(field, results[name][field], truth)
        for field in FIELDS:
            if not is_right(field, results["briefing"][field], truth):
                line = (
                    f"{page.name:28} {field:9} got {results['briefing'][field]!r}, want {truth.get(field)!r}"
                )
                if args.verbose:
                    others = {n: r.get(field) for n, r in results.items() if n != "briefing" and field in r}
                    line += f"  | {others}"
                failures.append(line)
        if args.body:
            failures.append(f"{page.name:28} body      {body_score(page / 'source.html', truth)}")

    print(f"Metadata accuracy on {len(pages)} pages ({args.corpus}):\n")
    print("| field | " + " | ".join(extractors) + " |")
    print("|---|" + "---:|" * len(extractors))
    for field in FIELDS:
        cells = []
        for name in extractors:
            if asked[name][field]:
                cells.append(
                    f"{100 * right[name][field] / asked[name][field]:.0f} % ({right[name][field]}/{asked[name][field]})"
                )
            else:
                cells.append("–")
        print(f"| {field} | " + " | ".join(cells) + " |")
    if args.timing:
        print(
            "\nMedian time per page: "
            + ", ".join(f"{n} {1000 * statistics.median(t):.0f} ms" for n, t in timings.items())
        )
        largest = max(pages, key=lambda page: (page / "source.html").stat().st_size)
        runs = []
        for _ in range(5):
            started = time.perf_counter()
            read_article(largest / "source.html")
            runs.append(time.perf_counter() - started)
        size = (largest / "source.html").stat().st_size / 1024 / 1024
        print(
            f"Largest page ({largest.name}, {size:.1f} MB): briefing {1000 * statistics.median(runs):.0f} ms median of 5"
        )
    print("\nWhere briefing is wrong:" if failures else "\nBriefing is right on every field of every page.")
    for line in failures:
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
