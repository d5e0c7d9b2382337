"""The .briefing file: lossless round-trip, atomic saves, and clear errors for bad files."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing import model
from briefing.model import (
    METADATA_FIELDS,
    Alternative,
    Article,
    Briefing,
    BriefingFileError,
    Citation,
    DateItem,
    Fact,
    FieldOrigin,
    Layout,
    Person,
    Place,
    Quote,
    Span,
    Stance,
)

text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
dates = st.none() | st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
articles = st.builds(
    Article,
    title=text,
    authors=st.lists(text, max_size=3),
    byline=text,
    published=dates,
    updated=dates,
    site_name=text,
    url=text,
    language=text,
    photo_credit=text,
    paragraphs=st.lists(text, max_size=5),
    source=text,
    source_format=text,
    accessed=dates,
    origins=st.lists(
        st.builds(
            FieldOrigin,
            st.sampled_from(METADATA_FIELDS),
            text,
            st.lists(st.builds(Alternative, text, text), max_size=2),
        ),
        max_size=3,
    ),
)


def spans_in(article: Article | None) -> st.SearchStrategy[Span | None]:
    """No span, or one that lies inside ``article`` (a file with any other span is refused)."""
    if article is None or not article.paragraphs:
        return st.none()
    return st.none() | st.integers(0, len(article.paragraphs) - 1).flatmap(
        lambda n: st.integers(0, len(article.paragraphs[n])).flatmap(
            lambda end: st.integers(0, end).map(lambda start: Span(n, start, end))
        )
    )


@st.composite
def briefings(draw: st.DrawFn) -> Briefing:
    article = draw(st.none() | articles)
    spans = spans_in(article)
    return Briefing(
        headline=draw(text),
        prepared_for=draw(text),
        prepared_by=draw(text),
        date=draw(dates),
        summary=draw(text),
        people=draw(st.lists(st.builds(Person, text, text, text, spans), max_size=3)),
        places=draw(st.lists(st.builds(Place, text, text, spans), max_size=3)),
        dates=draw(st.lists(st.builds(DateItem, text, dates, text, spans), max_size=3)),
        positions=draw(st.lists(st.builds(Stance, text, text, spans), max_size=3)),
        quotes=draw(st.lists(st.builds(Quote, text, text, text, spans), max_size=3)),
        facts=draw(st.lists(st.builds(Fact, text, spans), max_size=3)),
        citation=draw(
            st.builds(
                Citation,
                text,
                st.lists(text, max_size=3),
                text,
                dates,
                text,
                dates,
                st.sampled_from(sorted(model.CITATION_STYLES)),
            )
        ),
        layout=draw(
            st.builds(Layout, st.sampled_from(sorted(model.PAGE_SIZES)), text, st.booleans(), st.booleans())
        ),
        article=article,
    )


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(briefings())
def test_every_briefing_survives_a_save_and_load_unchanged(briefing: Briefing) -> None:
    assert model.loads(model.dumps(briefing)) == briefing


def sample_briefing() -> Briefing:
    article = Article(
        title="Ministers agree to talks",
        authors=["Ana Lima"],
        published=dt.date(2024, 3, 1),
        site_name="Example News",
        url="https://example.org/talks",
        paragraphs=["“We are ready,” said Foreign Minister Ana Costa.", "Talks begin on Monday in Lisbon."],
        accessed=dt.date(2024, 3, 2),
    )
    briefing = Briefing.from_article(article)
    briefing.quotes.append(Quote("We are ready,", "Ana Costa", "Foreign Minister", Span(0, 1, 14)))
    briefing.places.append(Place("Lisbon", "Talks begin on Monday in Lisbon.", Span(1, 25, 31)))
    return briefing


def test_saved_file_is_readable_json_with_format_version_and_the_article(tmp_path: Path) -> None:
    path = tmp_path / "card.briefing"
    model.save(sample_briefing(), path, written_by="Briefing test")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "briefing"
    assert document["version"] == model.FORMAT_VERSION
    assert document["briefing"]["article"]["paragraphs"][1] == "Talks begin on Monday in Lisbon."
    assert document["briefing"]["article"]["sha256"] == sample_briefing().article.sha256  # type: ignore[union-attr]
    assert "“We are ready,”" in path.read_text(encoding="utf-8")  # UTF-8, not \u escapes


def test_a_failed_save_keeps_the_previous_file_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "card.briefing"
    model.save(sample_briefing(), path)
    before = path.read_bytes()

    def crash(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    changed = sample_briefing()
    changed.headline = "Changed"
    with pytest.raises(BriefingFileError, match="No space left on device"):
        model.save(changed, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["card.briefing"]


def test_saving_into_a_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(BriefingFileError, match="Could not save"):
        model.save(sample_briefing(), tmp_path / "missing" / "card.briefing")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b'{"format": "briefing", "version": 1, "briefing": {"headl', "incomplete"),
        (b"{not json at all}", "invalid JSON at line 1"),
        (b'{"format": "docx", "version": 1}', "not a briefing"),
        (b"[1, 2, 3]", "not a briefing"),
        (b'{"format": "briefing", "version": "one", "briefing": {}}', "no valid format version"),
        (b'{"format": "briefing", "version": 99, "briefing": {}}', "newer version of Briefing"),
        (
            b'{"format": "briefing", "version": 1, "briefing": {"headline": 5}}',
            "briefing.headline should be text",
        ),
        (b'{"format": "briefing", "version": 1, "briefing": {"quotes": [{"txt": "x"}]}}', "'txt'"),
        (b'{"format": "briefing", "version": 1, "briefing": {"date": "25/02/2022"}}', "not a date"),
        (
            b'{"format": "briefing", "version": 1, "briefing": {"facts": [{"text": "x", '
            b'"source": {"paragraph": 0, "start": 9, "end": 2}}]}}',
            "not a valid span",
        ),
        (b"[" * 100_000, "nested too deeply"),
    ],
)
def test_a_bad_file_gives_one_clear_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.briefing"
    path.write_bytes(content)
    with pytest.raises(BriefingFileError, match=message) as raised:
        model.load(path)
    assert str(raised.value).startswith("bad.briefing: ")


def test_an_article_whose_text_was_altered_is_refused() -> None:
    document = json.loads(model.dumps(sample_briefing()))
    document["briefing"]["article"]["paragraphs"][0] = "“We are not ready,” said Ana Costa."
    with pytest.raises(BriefingFileError, match="fingerprint"):
        model.loads(json.dumps(document))


def test_a_missing_file_gives_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BriefingFileError, match=r"Could not open .*No such file"):
        model.load(tmp_path / "nowhere.briefing")


def test_a_file_with_only_some_fields_loads_with_defaults() -> None:
    briefing = model.loads('{"format": "briefing", "version": 1, "briefing": {"headline": "Only this"}}')
    assert briefing.headline == "Only this"
    assert briefing.quotes == [] and briefing.layout.page_size == "A4" and briefing.article is None


@pytest.mark.parametrize(
    ("quote", "verbatim"),
    [
        ("We are ready to talk to anyone, anywhere.", True),
        ("We are ready ... anywhere.", True),
        ("We are ready … anywhere.", True),
        ("[The minister is] ready to talk to anyone", True),
        ("We are ready to talk to everyone", False),
        ("anywhere. We are ready", False),  # pieces out of order
        ('We are   ready to talk to "anyone"', False),
    ],
)
def test_quote_edits_are_verbatim_only_with_ellipses_and_brackets(quote: str, verbatim: bool) -> None:
    source = "We are ready to talk to anyone, anywhere."
    assert model.is_verbatim(quote, source) is verbatim


def test_typographic_and_straight_quote_marks_count_as_the_same() -> None:
    assert model.is_verbatim('the "help" of Europe', "the “help” of Europe")


def test_fingerprint_changes_when_one_character_of_the_text_changes() -> None:
    one = Article(paragraphs=["Talks begin on Monday."])
    other = Article(paragraphs=["Talks begin on Monday!"])
    assert one.sha256 != other.sha256
    assert len(one.fingerprint.replace(" ", "")) == 12
