"""The headless `briefing` command, run as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from local_web import LocalWeb, send
from pypdf import PdfReader

from briefing import __version__
from briefing.model import load
from briefing.resources import sample_article

ARTICLE = """Harbour Deal Reached After Night of Talks

March 4, 2024

Photo: Port Authority

Negotiators from Valdora and Mereth agreed on Monday to share the [harbour](#) at Port Ansel.

"This is a fair deal for both our peoples," said Prime Minister Ilse Marrow.

Related article: [Earlier talks collapse](#)

The agreement takes effect on April 1.

Original url:

<https://www.reuters.com/world/harbour-deal-2024-03-04/>
"""


def run_briefing(
    *arguments: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefing", *arguments],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_version() -> None:
    result = run_briefing("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Briefing {__version__}"


def test_render_an_article_drafts_a_card_with_headline_summary_and_citation(
    article_file: Path, tmp_path: Path
) -> None:
    output = tmp_path / "card.pdf"
    result = run_briefing(
        "render", str(article_file), "-o", str(output), "--style", "mla", "--marking", "TLP:AMBER"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote {output}"
    pages, text = pdf_text(output)
    assert pages == 1
    assert "Harbour Deal Reached After Night of Talks" in text
    assert "Negotiators from Valdora and Mereth agreed" in text  # the lead as summary
    assert "https://www.reuters.com/world/harbour-deal-2024-03-04/" in text.replace("\n", "")
    assert "Reuters" in text  # publisher derived from the domain
    assert "TLP:AMBER" in text


def test_render_the_bundled_sample_never_imports_qt(tmp_path: Path) -> None:
    output = tmp_path / "sample.pdf"
    probe = (
        "import sys; from briefing.launch import main; "
        f"code = main(['render', {str(sample_article())!r}, '-o', {str(output)!r}, '-q']); "
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))], 'Qt was imported'; "
        "sys.exit(code)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""  # --quiet
    assert pdf_text(output)[0] == 1


def test_new_then_render_the_briefing_file(article_file: Path, tmp_path: Path) -> None:
    saved = tmp_path / "harbour.briefing"
    result = run_briefing(
        "new", str(article_file), "-o", str(saved), "--prepared-by", "Desk Officer", "--page-size", "A5"
    )
    assert result.returncode == 0, result.stderr
    briefing = load(saved)
    assert briefing.headline == "Harbour Deal Reached After Night of Talks"
    assert briefing.prepared_by == "Desk Officer"
    assert briefing.layout.page_size == "A5"
    assert briefing.article is not None and briefing.article.url.endswith("harbour-deal-2024-03-04/")

    again = run_briefing("new", str(article_file), "-o", str(saved))
    assert again.returncode == 1
    assert "exists already" in again.stderr

    pdf = tmp_path / "harbour.pdf"
    assert run_briefing("render", str(saved), "-o", str(pdf)).returncode == 0
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    assert reader.metadata is not None and reader.metadata.author == "Desk Officer"
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (420, 595)  # A5 in points


def test_extract_json_gives_the_article_fields(article_file: Path) -> None:
    result = run_briefing("extract", str(article_file), "--json")
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    assert article["title"] == "Harbour Deal Reached After Night of Talks"
    assert article["published"] == "2024-03-04"
    assert article["site_name"] == "Reuters"
    assert article["url"] == "https://www.reuters.com/world/harbour-deal-2024-03-04/"
    assert (
        article["paragraphs"][0]
        == "Negotiators from Valdora and Mereth agreed on Monday to share the harbour at Port Ansel."
    )
    assert not any("Related article" in paragraph for paragraph in article["paragraphs"])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "No such file"),
        (b"", "empty"),
        (b"\x00\x01\x02\x03binary\x00\xff" * 50, "not"),
    ],
)
def test_bad_input_gives_one_line_on_stderr_and_no_traceback(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    result = run_briefing("render", str(path), "-o", str(tmp_path / "out.pdf"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefing: error:")
    assert message.lower() in lines[0].lower()
    assert not (tmp_path / "out.pdf").exists()


def test_a_damaged_briefing_file_is_reported_clearly(tmp_path: Path) -> None:
    path = tmp_path / "damaged.briefing"
    path.write_text('{"format": "briefing", "version": 1, "briefing": {"head', encoding="utf-8")
    result = run_briefing("render", str(path), "-o", str(tmp_path / "out.pdf"))
    assert result.returncode == 1
    assert (
        result.stderr.strip()
        == "briefing: error: damaged.briefing: The file is incomplete (it ends too early); it may have been cut off."
    )


def test_an_unwritable_output_is_reported_and_nothing_is_left_behind(
    article_file: Path, tmp_path: Path
) -> None:
    result = run_briefing(
        "render", str(article_file), "-o", str(tmp_path / "no" / "such" / "folder" / "card.pdf")
    )
    assert result.returncode == 1
    assert result.stderr.startswith("briefing: error: could not write")
    assert "Traceback" not in result.stderr


def test_render_refuses_to_overwrite_its_own_input(tmp_path: Path) -> None:
    path = tmp_path / "card.pdf"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run_briefing("render", str(path), "-o", str(path))
    assert result.returncode == 1
    assert "is the input file" in result.stderr
    assert path.read_text(encoding="utf-8") == ARTICLE


def test_an_unknown_option_is_a_usage_error(article_file: Path) -> None:
    result = run_briefing("render", str(article_file), "--page-size", "B7")
    assert result.returncode == 2
    assert "invalid choice: 'B7'" in result.stderr


def test_without_a_display_the_app_renders_the_sample_and_says_so_in_one_line(tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    if not sys.platform.startswith("linux"):
        pytest.skip("every desktop platform but Linux always has a display")
    result = run_briefing("--sample", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout.strip()
        == "No display found, so the app cannot open here; rendered out/sample-article.pdf instead."
    )
    assert pdf_text(tmp_path / "out" / "sample-article.pdf")[0] == 1


@pytest.fixture
def article_server() -> Iterator[str]:
    """A local web server (127.0.0.1 only) serving one article page."""
    page = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Harbour deal reached | Example Times</title>"
        "<meta property='og:site_name' content='Example Times'></head><body><article>"
        "<h1>Harbour deal reached</h1><p class='byline'>By Ana Lima</p>"
        + "".join(
            f"<p>Paragraph {n}: negotiators from Valdora and Mereth met again to discuss the harbour at Port Ansel and its future.</p>"
            for n in range(1, 7)
        )
        + "</article></body></html>"
    )
    with LocalWeb() as web:
        web.routes["/harbour-deal.html"] = send(page.encode("utf-8"))
        yield web.base


def test_extract_and_render_read_an_article_from_a_url(article_server: str, tmp_path: Path) -> None:
    url = f"{article_server}/harbour-deal.html"
    # The test server is on 127.0.0.1, which downloads reach only when private hosts are allowed.
    extracted = run_briefing("extract", url, "--json", "--allow-private-hosts")
    assert extracted.returncode == 0, extracted.stderr
    assert json.loads(extracted.stdout)["title"] == "Harbour deal reached"

    rendered = run_briefing("render", url, "--allow-private-hosts", cwd=tmp_path)
    assert rendered.returncode == 0, rendered.stderr
    assert rendered.stdout.strip() == "Wrote harbour-deal.pdf"
    pages, text = pdf_text(tmp_path / "harbour-deal.pdf")
    assert pages == 1 and "Harbour deal reached" in text


def test_a_url_that_is_not_there_gives_one_clear_line(article_server: str) -> None:
    result = run_briefing("extract", f"{article_server}/missing.html", "--allow-private-hosts")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "404" in result.stderr


def test_a_card_drafted_from_an_article_follows_the_users_preferences(
    article_file: Path, tmp_path: Path
) -> None:
    from briefing.settings import PREFERENCES_FILE, config_dir

    preferences = config_dir() / PREFERENCES_FILE
    preferences.parent.mkdir(parents=True, exist_ok=True)
    preferences.write_text(
        json.dumps(
            {
                "prepared_by": "Policy Unit",
                "page_size": "Letter",
                "citation_style": "chicago",
                "marking": "OFFICIAL",
                "qr": False,
            }
        ),
        encoding="utf-8",
    )
    output = tmp_path / "card.pdf"
    result = run_briefing("render", str(article_file), "-o", str(output))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(output)
    assert reader.metadata is not None and reader.metadata.author == "Policy Unit"
    assert (round(float(reader.pages[0].mediabox.width)), round(float(reader.pages[0].mediabox.height))) == (
        612,
        792,
    )
    assert "OFFICIAL" in reader.pages[0].extract_text()

    overridden = run_briefing("render", str(article_file), "-o", str(output), "--page-size", "A4")
    assert overridden.returncode == 0
    assert round(float(PdfReader(output).pages[0].mediabox.height)) == 842
