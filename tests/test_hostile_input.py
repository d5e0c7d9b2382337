"""Pathological but legal input ends in bounded time and memory, and says what was cut (issue 11, item 20)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.ingest import parse_article_bytes
from briefing.ingest.limits import MAX_PARAGRAPHS
from briefing.model import Article
from briefing.suggest import suggest

START = "Title Here\n\nA first paragraph of the article with several words.\n\n"
END = "\n\nThe last paragraph has words too.\n"
N = 100_000


def timed(function, *arguments):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = function(*arguments)
    return result, time.perf_counter() - started


@pytest.mark.timeout(60)
def test_a_page_with_100000_attributes_on_one_element_is_read_in_seconds() -> None:
    attributes = " ".join(f'data-a{i}="x"' for i in range(N))
    story = "<p>The harbour talks went on through the night while the ministers waited outside.</p>"
    page = (
        f"<html><body><article><h1>Attrs</h1><div {attributes}>{story}</div>{story}</article></body></html>"
    )
    article, seconds = timed(parse_article_bytes, page.encode(), "attrs.html")
    assert seconds < 10
    assert "The harbour talks went on through the night" in article.text


MARKDOWN_STRESS = {
    "brackets": "[" * N + "x" + "](" * (N // 2),
    "emphasis": "*" * N + "a" + "_" * N,
    "stars": "*a " * N,
    "underscores": "_a " * N,
    "strikethrough": "~~a " * N,
    "comments": "<!--" * (N // 2),
    "heading hashes": "# " + "#" * N + "x",
    "links": "[a](" * (N // 2),
    "reference links": "[a] " * N + "][",
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("body", MARKDOWN_STRESS.values(), ids=MARKDOWN_STRESS.keys())
def test_markdown_built_to_stress_regular_expressions_is_read_in_linear_time(body: str) -> None:
    article, seconds = timed(parse_article_bytes, (START + body + END).encode(), "stress.md")
    assert seconds < 5
    assert article.paragraphs[-1] == "The last paragraph has words too."


@pytest.mark.timeout(60)
def test_an_article_of_50000_paragraphs_is_cut_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(
        "Many Paragraphs\n\n"
        + "\n\n".join(f"Paragraph {i} says the minister met the envoy." for i in range(50_000)),
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "render", str(path), "-q", "-o", str(tmp_path / "long.pdf")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == (
        "briefing: warning: The article is too long to read whole (50,000 paragraphs, 2,388,890 characters); "
        f"Briefing read its first {MAX_PARAGRAPHS:,} paragraphs (92,890 characters) and left out the rest."
    )


@pytest.mark.timeout(60)
def test_a_quote_that_is_one_megabyte_word_is_suggested_in_seconds() -> None:
    article = Article(
        title="One Word",
        paragraphs=["The minister met the envoy on Monday.", '"' + "a" * 1_000_000 + '" said the minister.'],
    )
    _found, seconds = timed(suggest, article)
    assert seconds < 10


@pytest.mark.timeout(60)
def test_a_flood_of_combining_marks_and_bidi_controls_is_drafted_and_rendered(tmp_path: Path) -> None:
    flood = ("e" + "\u0301" * 1000 + " ") * 500 + "\n\n" + "\u202e\u202d\u2066\u2069" * 50_000
    path = tmp_path / "flood.txt"
    path.write_text("Combining\n\nThe minister met the envoy on Monday.\n\n" + flood + "\n", encoding="utf-8")
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "render", str(path), "-q", "-o", str(tmp_path / "flood.pdf")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert time.perf_counter() - started < 20


RENDER_AND_MEASURE = """
import resource, sys, time
started = time.perf_counter()
from briefing.cli import main
code = main(["render", sys.argv[1], "-o", sys.argv[2]])
print(code, round(time.perf_counter() - started, 1), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


@pytest.mark.timeout(120)
def test_a_60_megabyte_quote_in_a_briefing_file_is_cut_in_bounded_time_and_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.briefing"
    document = {
        "format": "briefing",
        "version": 1,
        "written_by": "a test",
        "briefing": {"headline": "Big quote", "quotes": [{"text": "word " * 12_000_000, "speaker": "Ana"}]},
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", RENDER_AND_MEASURE, str(path), str(tmp_path / "big.pdf")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    code, seconds, megabytes = result.stdout.splitlines()[-1].split()
    assert code == "0", result.stderr
    assert float(seconds) < 20 and int(megabytes) < 600, result.stdout
    assert "shortened quote (Ana) to" in result.stderr and "of 12,000,000 words" in result.stderr
