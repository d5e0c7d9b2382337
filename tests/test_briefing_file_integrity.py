"""What a .briefing file must prove to load, and what Briefing refuses to read or write (issues 15, 11)."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from briefing import cli, model
from briefing.model import Article, Briefing, BriefingFileError, Quote, Span, file_format

ARTICLE = Article(title="Talks", paragraphs=["“We are ready,” said Ana Costa.", "Talks begin on Monday."])


def document() -> dict[str, Any]:
    briefing = Briefing.from_article(ARTICLE)
    briefing.quotes.append(Quote("We are ready,", "Ana Costa", "", Span(0, 1, 14)))
    return json.loads(model.dumps(briefing))


def write(path: Path, value: dict[str, Any] | str) -> Path:
    path.write_text(value if isinstance(value, str) else json.dumps(value), encoding="utf-8")
    return path


def render_fails(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """``briefing render PATH``: exits 1 with one line on stderr, which is returned."""
    output = path.with_suffix(".pdf")
    assert cli.main(["render", str(path), "-o", str(output)]) == 1
    error = capsys.readouterr().err.strip()
    assert len(error.splitlines()) == 1 and "internal error" not in error
    assert not output.exists()
    return error


# -- 15.1, 15.2: the fingerprint and duplicate keys -------------------------------------------


def test_a_file_whose_fingerprint_was_removed_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    changed = document()
    del changed["briefing"]["article"]["sha256"]
    changed["briefing"]["article"]["paragraphs"][1] = "Talks were cancelled."
    error = render_fails(write(tmp_path / "card.briefing", changed), capsys)
    assert "briefing.article has no fingerprint (sha256)" in error


def test_a_field_given_twice_is_refused_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = model.dumps(Briefing(headline="Talks")).replace(
        '"headline": "Talks"', '"headline": "Talks", "headline": "War"'
    )
    error = render_fails(write(tmp_path / "card.briefing", text), capsys)
    assert "the field 'headline' appears twice" in error


# -- 11.7, 11.19: every field checked at load, with its name in the message --------------------


def _set(path: str, value: Any) -> dict[str, Any]:
    changed = document()
    *parents, last = path.split(".")
    target = changed["briefing"]
    for name in parents:
        target = target[int(name)] if name.isdigit() else target[name]
    target[last] = value
    return changed


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("layout.page_size", "B5", "briefing.layout.page_size is 'B5', which Briefing does not know"),
        ("layout.page_size", "b5", "briefing.layout.page_size is 'b5'"),
        ("layout.page_size", "", "briefing.layout.page_size is ''"),
        ("citation.style", "harvard", "briefing.citation.style is 'harvard'"),
        ("citation.style", "ieee", "briefing.citation.style is 'ieee'"),
        (
            "quotes.0.source",
            {"paragraph": 99, "start": 0, "end": 5},
            "briefing.quotes[0].source (paragraph 99",
        ),
        (
            "quotes.0.source",
            {"paragraph": 0, "start": 0, "end": 500},
            "briefing.quotes[0].source (paragraph 0",
        ),
        (
            "article.origins",
            [{"name": "colour", "source": "meta"}],
            "briefing.article.origins[0].name is 'colour'",
        ),
        (
            "quotes.0.speaker",
            "Ana \ud800Costa",
            "briefing.quotes[0].speaker holds a character that is not valid",
        ),
        ("layout.qr", "yes", "briefing.layout.qr should be true or false"),
        ("citation.authors", "Ana Lima", "briefing.citation.authors should be a list"),
    ],
)
def test_a_damaged_field_is_refused_at_load_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], field: str, value: Any, message: str
) -> None:
    error = render_fails(write(tmp_path / "card.briefing", _set(field, value)), capsys)
    assert message in error


def test_a_span_in_a_file_without_an_article_is_refused() -> None:
    changed = _set("article", None)
    with pytest.raises(BriefingFileError, match=r"briefing\.quotes\[0\]\.source points into an article"):
        model.loads(json.dumps(changed))


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda text: text.replace('"version": 1', '"version": 1' + "0" * 5000),
            "version is a number of 5001 digits",
        ),
        (
            lambda text: text.replace('"paragraph": 0', '"paragraph": 1' + "0" * 5000),
            "briefing.quotes[0].source.paragraph is a number of 5001 digits",
        ),
        (lambda text: text.replace('"written_by": ""', '"written_by": 7'), "written_by should be text"),
    ],
)
def test_numbers_too_long_and_wrong_types_are_refused_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], edit: Any, message: str
) -> None:
    text = edit(json.dumps(document(), indent=1))
    assert message in render_fails(write(tmp_path / "card.briefing", text), capsys)


# -- 15.7, 11.19: only ordinary files are read ----------------------------------------------------


def _finishes(work: Any, seconds: float = 5.0) -> Any:
    """Run ``work`` on a thread; fails if it has not finished after ``seconds`` (a read that blocks)."""
    outcome: list[Any] = []
    thread = threading.Thread(target=lambda: outcome.append(_outcome(work)), daemon=True)
    thread.start()
    thread.join(seconds)
    assert outcome, "the read blocked"
    return outcome[0]


def _outcome(work: Any) -> Any:
    try:
        return work()
    except Exception as error:  # the test looks at what was raised
        return error


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_is_refused_at_once(tmp_path: Path) -> None:
    from briefing.ingest import IngestError, read_article

    pipe = tmp_path / "card.briefing"
    os.mkfifo(pipe)
    error = _finishes(lambda: model.load(pipe))
    assert isinstance(error, BriefingFileError)
    assert str(error) == "card.briefing is a named pipe, not a briefing file; Briefing did not read it."
    error = _finishes(lambda: read_article(pipe))
    assert isinstance(error, IngestError) and "not an ordinary file" in str(error)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_link_to_a_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    link = tmp_path / "card.briefing"
    link.symlink_to("/dev/zero")
    error = _finishes(lambda: model.load(link))
    assert isinstance(error, BriefingFileError)
    assert str(error) == "card.briefing is a device, not a briefing file; Briefing did not read it."


def test_preferences_in_a_named_pipe_do_not_stop_the_start(tmp_path: Path) -> None:
    from briefing.settings import PREFERENCES_FILE, Preferences, load_preferences

    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are a POSIX thing")
    os.mkfifo(tmp_path / PREFERENCES_FILE)
    assert _finishes(lambda: load_preferences(tmp_path)) == Preferences.defaults()


# -- 15.4, 11.21, 11.22: saving ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["x" * 235 + ".briefing", "é" * 117 + ".briefing"])
def test_any_name_the_file_system_accepts_can_be_saved(tmp_path: Path, name: str) -> None:
    assert len(os.fsencode(name)) in (243, 244)
    path = tmp_path / name
    model.save(Briefing.from_article(ARTICLE), path)
    assert model.load(path).headline == "Talks"
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_a_briefing_too_large_to_open_again_is_not_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "card.briefing"
    model.save(Briefing.from_article(ARTICLE), path)
    before = path.read_bytes()
    monkeypatch.setattr(file_format, "MAX_FILE_BYTES", 4096)
    large = Briefing.from_article(Article(title="Talks", paragraphs=["\x01" * 2000]))  # 6 bytes each in JSON
    with pytest.raises(BriefingFileError) as raised:
        model.save(large, path)
    assert str(raised.value) == (
        f"Could not save {path}: the briefing would be a 13 KB file, and Briefing opens briefing files of up "
        "to 4 KB; shorten the article or the card's texts."
    )
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["card.briefing"]


def test_a_card_that_would_not_open_again_is_not_saved(tmp_path: Path) -> None:
    card = Briefing.from_article(ARTICLE)
    card.layout.page_size = "B5"
    with pytest.raises(
        BriefingFileError, match=r"would not open again \(briefing\.layout\.page_size is 'B5'"
    ):
        model.save(card, tmp_path / "card.briefing")
    assert list(tmp_path.iterdir()) == []


def test_temporary_files_left_by_a_killed_save_are_removed_on_the_next_save(tmp_path: Path) -> None:
    stale = tmp_path / ".card.briefing.k3j_9x0a.tmp"
    recent = tmp_path / ".card.briefing.a1b2c3d4.tmp"  # perhaps another process saving right now
    other = tmp_path / ".card.briefing.notours.tmp"
    for path in (stale, recent, other):
        path.write_bytes(b"{")
    an_hour_ago = time.time() - 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    os.utime(other, (an_hour_ago, an_hour_ago))
    model.save(Briefing.from_article(ARTICLE), tmp_path / "card.briefing")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([recent.name, other.name, "card.briefing"])


def test_briefing_new_refuses_to_write_a_file_it_could_not_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    article = Path(__file__).parent / "fixtures" / "articles" / "harbour-strike.txt"
    monkeypatch.setattr(file_format, "MAX_FILE_BYTES", 2048)
    output = tmp_path / "card.briefing"
    assert cli.main(["new", str(article), "-o", str(output)]) == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith(f"briefing: error: Could not save {output}: the briefing would be a ")
    assert error.endswith(
        "and Briefing opens briefing files of up to 2 KB; shorten the article or the card's texts."
    )
    assert list(tmp_path.iterdir()) == []
