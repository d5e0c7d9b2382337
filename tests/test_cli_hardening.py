"""The command line as a new user meets it: pipes, bad paths, typos, odd URLs, both-way switches."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.launch import UsageError, parse_app_arguments
from briefing.model import dumps, load

ARTICLE = """Harbour Deal Reached After Night of Talks

March 4, 2024

Negotiators from Valdora and Mereth agreed on Monday to share the harbour at Port Ansel.

"This is a fair deal for both our peoples," said Prime Minister Ilse Marrow.

Original url:

<https://www.reuters.com/world/harbour-deal-2024-03-04/>
"""


def run_briefing(*arguments: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefing", *arguments], capture_output=True, text=True, cwd=cwd, timeout=120
    )


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    long_article = tmp_path / "long.txt"  # more text than a pipe holds, so the write meets the closed end
    paragraph = "The harbour talks went on through the night while the ministers waited outside. " * 4
    long_article.write_text("Long Talks\n\n" + "\n\n".join([paragraph] * 800), encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "briefing", "extract", str(long_article)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()  # what `| head -1` does
    process.stdout.close()
    stderr = process.stderr.read().decode()
    code = process.wait(timeout=120)
    assert stderr == ""
    assert code in (0, 141)


def test_writing_into_a_folder_names_the_users_path_not_a_temporary_file(
    article_file: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "cards"
    folder.mkdir()
    result = run_briefing("render", str(article_file), "-o", str(folder))
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"briefing: error: could not write {folder}: it is a folder; give a file name, e.g. {folder / 'card.pdf'}"
    )
    assert ".tmp" not in result.stderr


def test_writing_into_a_missing_folder_says_the_folder_does_not_exist(
    article_file: Path, tmp_path: Path
) -> None:
    output = tmp_path / "no" / "x.pdf"
    result = run_briefing("render", str(article_file), "-o", str(output))
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"briefing: error: could not write {output}: the folder {output.parent} does not exist"
    )


def test_an_unknown_command_is_a_usage_error(tmp_path: Path) -> None:
    result = run_briefing("frobnicate", cwd=tmp_path)
    assert result.returncode == 2
    assert "unknown command 'frobnicate'" in result.stderr
    assert "no such file" not in result.stderr.lower()


def test_an_unknown_option_of_the_app_is_a_usage_error_and_renders_nothing(tmp_path: Path) -> None:
    result = run_briefing("--bogus", cwd=tmp_path)
    assert result.returncode == 2
    assert "unknown option --bogus" in result.stderr
    assert not (tmp_path / "out").exists()


def test_qt_gets_only_the_options_it_documents() -> None:
    parsed = parse_app_arguments(
        ["-style", "fusion", "-reverse", "a.briefing", "-platform=offscreen", "--sample"]
    )
    assert parsed.qt == ["-style", "fusion", "-reverse", "-platform=offscreen"]
    assert parsed.files == ["a.briefing"]
    assert parsed.sample
    assert parse_app_arguments(["-psn_0_12345", "--", "-odd name.briefing"]).files == ["-odd name.briefing"]
    with pytest.raises(UsageError, match="unknown option -nograb"):
        parse_app_arguments(["-nograb"])


def test_an_unsupported_url_scheme_says_which_are_supported() -> None:
    result = run_briefing("extract", "ftp://example.com/x")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "briefing: error: Briefing cannot read ftp:// addresses; give an http:// or https:// address, or a file."
    )


def test_every_preference_an_option_overrides_can_be_overridden_both_ways(
    article_file: Path, tmp_path: Path
) -> None:
    from briefing.settings import PREFERENCES_FILE, config_dir

    preferences = config_dir() / PREFERENCES_FILE
    preferences.parent.mkdir(parents=True, exist_ok=True)
    preferences.write_text(
        json.dumps({"prepared_by": "Ana", "marking": "TLP:RED", "qr": False}), encoding="utf-8"
    )
    output = tmp_path / "on.briefing"
    result = run_briefing(
        "new", str(article_file), "-o", str(output), "--qr", "--no-marking", "--no-prepared-by"
    )
    assert result.returncode == 0, result.stderr
    drafted = load(output)
    assert drafted.layout.qr and drafted.layout.marking == "" and drafted.prepared_by == ""

    on_card = tmp_path / "card.briefing"
    drafted.layout.draft = True
    drafted.prepared_for = "Cabinet"
    on_card.write_text(dumps(drafted), encoding="utf-8")
    result = run_briefing(
        "render", str(on_card), "-o", str(tmp_path / "c.pdf"), "--no-draft", "--no-prepared-for", "--no-qr"
    )
    assert result.returncode == 0, result.stderr
    text = PdfReader(tmp_path / "c.pdf").pages[0].extract_text()
    assert "DRAFT" not in text and "Cabinet" not in text
    result = run_briefing("new", str(article_file), "-o", str(output), "--force", "--no-qr", "--draft")
    assert result.returncode == 0, result.stderr
    drafted = load(output)
    assert not drafted.layout.qr and drafted.layout.draft


def test_extract_json_uses_the_field_names_of_the_briefing_file(article_file: Path, tmp_path: Path) -> None:
    result = run_briefing("extract", str(article_file), "--json")
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    saved = tmp_path / "h.briefing"
    assert run_briefing("new", str(article_file), "-o", str(saved)).returncode == 0
    in_file = json.loads(saved.read_text(encoding="utf-8"))["briefing"]["article"]
    assert set(in_file) <= set(printed)
    assert printed["language"] == in_file["language"] and "lang" not in printed
    assert printed["source_format"] == "sample-text" and "format" not in printed
    assert isinstance(printed["origins"], list) and printed["origins"][0].keys() == {
        "name",
        "source",
        "alternatives",
    }
