"""House style: template files, built-ins, the template recorded in the .briefing file, the card's labels."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from PIL import Image
from test_render_samples import assert_clean_layout, text_of, typical

from briefing import model
from briefing.model import (
    LANGUAGES,
    SECTION_KEYS,
    Briefing,
    BriefingFileError,
    Template,
    TemplateError,
    TemplateSection,
    builtin_templates,
    labels_for,
    language_of_locale,
    long_date,
    template_from_json,
    template_to_json,
)
from briefing.model.labels import LABEL_KEYS
from briefing.model.template import MIN_CONTRAST, contrast_with_white, darkened_for_print
from briefing.render import render_pdf
from briefing.templates import (
    export_template,
    find_template,
    import_template,
    library_templates,
    use_template,
    with_logo,
)


def logo_file(tmp_path: Path) -> Path:
    image = Image.new("RGBA", (600, 300), (0, 0, 0, 0))
    for x in range(40, 260):
        for y in range(40, 260):
            image.putpixel((x, y), (122, 31, 61, 255))
    path = tmp_path / "logo.png"
    image.save(path)
    return path


def house(tmp_path: Path) -> Template:
    template = Template(
        name="Ministry",
        organisation="Ministry of Examples",
        accent="#7A1F3D",
        language="de",
        sections=[
            TemplateSection("facts", "Das Wichtigste"),
            TemplateSection("quotes"),
            TemplateSection("people"),
        ],
        marking="OFFICIAL",
        page_size="A4",
        citation_style="mla",
    )
    return with_logo(template, logo_file(tmp_path))


# -- template files --------------------------------------------------------------------------------


def test_a_template_round_trips_through_export_and_import(tmp_path: Path) -> None:
    template = house(tmp_path)
    export_template(template, tmp_path / "shared.json")
    library = tmp_path / "colleague"
    imported = import_template(tmp_path / "shared.json", library)
    assert imported == template
    assert library_templates(library)["ministry"] == template
    assert find_template("Ministry", library) == template
    assert find_template(str(tmp_path / "shared.json")) == template


def test_builtin_templates_are_found_by_name_and_valid() -> None:
    builtins = builtin_templates()
    assert set(builtins) == {"standard", "compact", "mono"}
    assert builtins["compact"].page_size == "Card5x8"
    assert builtins["mono"].accent == "#000000"
    for name, template in builtins.items():
        assert template_from_json(template_to_json(template)) == template
        assert find_template(name) == template


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda t: t.update(accent="#FFD700"), "accent"),
        (lambda t: t.update(accent="gold"), "accent"),
        (lambda t: t.update(language="xx"), "language"),
        (lambda t: t.update(sections=[{"key": "rumours"}]), "sections"),
        (lambda t: t.update(sections=[{"key": "quotes"}, {"key": "quotes"}]), "sections"),
        (lambda t: t.update(sections="quotes"), "sections"),
        (lambda t: t.update(page_size="A3"), "page_size"),
        (lambda t: t.update(citation_style="harvard"), "citation_style"),
        (lambda t: t.update(logo="not base64!"), "logo"),
        (lambda t: t.update(logo=base64.b64encode(b"GIF89a....").decode()), "logo"),
        (lambda t: t.update(organisation=7), "organisation"),
        (lambda t: t.update(colour="red"), "colour"),
        (lambda t: t.update(name=""), "name"),
    ],
)
def test_a_bad_template_file_gives_one_message_naming_the_field(
    tmp_path: Path, change: object, field: str
) -> None:
    document = json.loads(template_to_json(Template(name="Bad")))
    change(document["template"])  # type: ignore[operator]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(TemplateError) as raised:
        import_template(path, tmp_path / "library")
    message = str(raised.value)
    assert message.startswith(f"bad.json: {field}") or f": {field}" in message
    assert "\n" not in message
    assert not (tmp_path / "library").exists(), "a refused template changes nothing"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not valid JSON"),
        (b"\xff\xfe", "not UTF-8"),
        (b'{"format": "briefing"}', "not a template"),
        (b'{"format": "briefing-template", "version": 9, "template": {}}', "version"),
    ],
)
def test_a_file_that_is_not_a_template_says_so(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(TemplateError, match=message):
        import_template(path, tmp_path)


def test_a_light_accent_is_refused_with_a_darker_shade_that_prints() -> None:
    with pytest.raises(TemplateError, match=r"accent: #FFD700 .* 1\.4:1 .* #[0-9A-F]{6} is the same hue"):
        Template(accent="#FFD700")
    darker = darkened_for_print("#FFD700")
    assert contrast_with_white(darker) >= MIN_CONTRAST
    assert Template(accent=darker).accent == darker
    assert contrast_with_white("#1F4E79") >= MIN_CONTRAST
    assert round(contrast_with_white("#777777"), 1) == 4.5  # WCAG's own example of the threshold


def test_an_unknown_template_name_lists_the_known_ones() -> None:
    with pytest.raises(TemplateError, match=r"no template named 'fancy'.*standard, compact, mono"):
        find_template("fancy")


# -- the .briefing file records the template by value --------------------------------------------


def test_a_briefing_without_a_template_saves_exactly_as_before() -> None:
    text = model.dumps(typical())
    assert '"template"' not in text
    assert model.loads(text).template is None


def test_the_briefing_file_records_the_template_and_loads_it_back(tmp_path: Path) -> None:
    card = typical()
    use_template(card, house(tmp_path))
    assert card.layout.marking == "OFFICIAL" and card.citation.style == "mla"
    loaded = model.loads(model.dumps(card))
    assert loaded == card
    assert loaded.template is not None and loaded.template.logo == card.template.logo  # type: ignore[union-attr]


def test_a_damaged_template_inside_a_briefing_file_is_reported_with_where_it_is() -> None:
    card = typical()
    builtin_templates()["mono"].apply_to(card)
    document = json.loads(model.dumps(card))
    document["briefing"]["template"]["accent"] = "#EEEEEE"
    with pytest.raises(BriefingFileError, match=r"briefing\.template: accent: #EEEEEE is too light"):
        model.loads(json.dumps(document))


def test_a_card_from_a_briefing_with_an_embedded_template_is_identical_on_another_computer(
    tmp_path: Path,
) -> None:
    template_file = tmp_path / "ministry.json"
    export_template(house(tmp_path), template_file)
    card = typical()
    use_template(card, find_template(str(template_file)))
    saved = tmp_path / "card.briefing"
    model.save(card, saved)
    here = render_pdf(card, invariant=True).pdf
    template_file.unlink()
    (tmp_path / "logo.png").unlink()
    # "Another computer": a fresh process, an empty config folder, another locale.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    environment = {**os.environ, "XDG_CONFIG_HOME": str(elsewhere), "LANG": "fr_FR.UTF-8", "LANGUAGE": "fr"}
    script = (
        "import sys; from briefing.model import load; from briefing.render import render_pdf; "
        "sys.stdout.buffer.write(render_pdf(load(sys.argv[1]), invariant=True).pdf)"
    )
    there = subprocess.run(
        [sys.executable, "-c", script, str(saved)],
        capture_output=True,
        env=environment,
        check=True,
        timeout=120,
    ).stdout
    assert there == here
    assert "ZITATE" in text_of(there)


# -- the card ---------------------------------------------------------------------------------------


def _label_positions(pdf: bytes, labels: list[str]) -> list[int]:
    text = text_of(pdf)
    return [text.index(label) for label in labels]


def test_the_card_shows_the_templates_sections_in_its_order_with_its_labels(tmp_path: Path) -> None:
    card = typical()
    use_template(card, house(tmp_path))
    result = render_pdf(card)
    text = text_of(result.pdf)
    assert "Ministry of Examples" in text
    for label in ("ZITATE", "WER", "DAS WICHTIGSTE", "FAZIT", "QUELLE", "Veröffentlicht am 4. März 2025"):
        assert label in text
    for hidden in ("POSITIONEN", "WO ", "WANN", "QUOTES"):
        assert hidden not in text
    # The sidebar keeps quotes and facts in the main column, in the template's order: facts first.
    assert result.arrangement == "sidebar"
    first, second = _label_positions(result.pdf, ["DAS WICHTIGSTE", "ZITATE"])
    assert first < second
    assert_clean_layout(result.pdf)
    images = [name for page in pypdf.PdfReader(io.BytesIO(result.pdf)).pages for name in page.images]
    assert len(images) == 1, "the logo is on the card"


@pytest.mark.parametrize("name", ["standard", "compact", "mono"])
def test_every_builtin_template_renders_a_clean_card(name: str) -> None:
    card = typical()
    use_template(card, builtin_templates()[name])
    result = render_pdf(card)
    assert_clean_layout(result.pdf)
    if name == "compact":
        assert "WHERE" not in text_of(result.pdf)
        assert pypdf.PdfReader(io.BytesIO(result.pdf)).pages[0].mediabox.width == 360


def test_the_standard_template_in_english_looks_exactly_like_no_template() -> None:
    plain = typical()
    styled = typical()
    builtin_templates()["standard"].apply_to(styled, "en")
    assert render_pdf(styled, invariant=True).pdf == render_pdf(plain, invariant=True).pdf


def test_a_template_without_a_language_follows_the_locale_once_when_applied(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANGUAGE", "es_ES")
    card = typical()
    use_template(card, builtin_templates()["standard"])
    assert card.template is not None and card.template.language == "es"
    monkeypatch.setenv("LANGUAGE", "ru_RU")  # later, elsewhere: the card keeps its language
    text = text_of(render_pdf(card).pdf)
    assert "CITAS" in text and "Publicado el 4 de marzo de 2025" in text


# -- labels in the reader's language ----------------------------------------------------------------


def test_every_shipped_label_set_covers_every_section_and_every_other_word() -> None:
    assert set(LANGUAGES) == {"en", "de", "fr", "es", "pt", "ru"}
    for language in LANGUAGES:
        words = labels_for(language)
        assert set(words) == set(LABEL_KEYS), language
        assert all(word.strip() for word in words.values()), language
        for key in SECTION_KEYS:
            assert words[key]
    assert labels_for("ru")["quotes"] == "Цитаты" and labels_for("pt")["quotes"] == "Citações"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "1 March 2026"),
        ("de", "1. März 2026"),
        ("fr", "1er mars 2026"),
        ("es", "1 de marzo de 2026"),
        ("pt", "1 de março de 2026"),
        ("ru", "1 марта 2026 г."),
        ("xx", "1 March 2026"),
    ],
)
def test_the_cards_dates_are_written_in_its_language(language: str, expected: str) -> None:
    assert long_date(dt.date(2026, 3, 1), language) == expected


def test_every_language_has_a_card_that_renders_in_it() -> None:
    for language in LANGUAGES:
        card = typical()
        dataclasses.replace(builtin_templates()["standard"], language=language).apply_to(card)
        text = text_of(render_pdf(card).pdf)
        assert labels_for(language)["quotes"].upper() in text, language
        assert long_date(dt.date(2025, 3, 4), language) in text, language


@pytest.mark.parametrize(
    ("locale_name", "language"),
    [
        ("de_AT.UTF-8", "de"),
        ("pt-BR", "pt"),
        ("ru_RU.KOI8-R", "ru"),
        ("C.UTF-8", "en"),
        ("ja_JP", "en"),
        ("", "en"),
    ],
)
def test_the_language_of_a_locale(locale_name: str, language: str) -> None:
    assert language_of_locale(locale_name) == language


def test_an_old_file_renders_in_english_whatever_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "de")
    card = model.loads(model.dumps(typical()))
    assert "QUOTES" in text_of(render_pdf(card).pdf)


def test_a_template_with_no_sections_still_renders_head_and_source() -> None:
    card = Briefing.from_article(typical().article)  # type: ignore[arg-type]
    Template(name="Bare", sections=[]).apply_to(card)
    assert_clean_layout(render_pdf(card).pdf)


# -- the command line --------------------------------------------------------------------------------


def _run(*arguments: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefing", *arguments], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def test_new_and_render_take_a_template_by_file_or_name(tmp_path: Path) -> None:
    from briefing.resources import sample_article

    export_template(house(tmp_path), tmp_path / "ministry.json")
    made = _run(
        "new", str(sample_article()), "-o", "card.briefing", "--template", "ministry.json", cwd=tmp_path
    )
    assert made.returncode == 0, made.stderr
    saved = model.load(tmp_path / "card.briefing")
    assert saved.template is not None and saved.template.organisation == "Ministry of Examples"
    assert saved.layout.marking == "OFFICIAL"
    (tmp_path / "ministry.json").unlink()
    rendered = _run("render", "card.briefing", "-o", "card.pdf", "-q", cwd=tmp_path)
    assert rendered.returncode == 0, rendered.stderr
    assert "ZITATE" in text_of((tmp_path / "card.pdf").read_bytes())
    # A built-in by name, with an explicit option overriding the template's paper.
    compact = _run(
        "render", "card.briefing", "-o", "a5.pdf", "--template", "compact", "--page-size", "A5", cwd=tmp_path
    )
    assert compact.returncode == 0, compact.stderr
    page = pypdf.PdfReader(tmp_path / "a5.pdf").pages[0]
    assert round(float(page.mediabox.width)) == 420


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("fancy", "no template named 'fancy'"),
        ("missing.json", "could not open missing.json"),
        ("bad.json", "bad.json: accent"),
    ],
)
def test_a_bad_template_option_is_one_line_on_stderr(tmp_path: Path, spec: str, message: str) -> None:
    from briefing.resources import sample_article

    document = json.loads(template_to_json(Template(name="Bad")))
    document["template"]["accent"] = "#FFFF00"
    (tmp_path / "bad.json").write_text(json.dumps(document), encoding="utf-8")
    result = _run("render", str(sample_article()), "-o", "x.pdf", "--template", spec, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_a_preferred_template_that_was_deleted_leaves_the_standard_look(tmp_path: Path) -> None:
    from briefing.settings import Preferences

    card = Briefing()
    Preferences.defaults().replace(template="gone-since").apply_to(card)
    assert card.template is None
    Preferences.defaults().replace(template="mono").apply_to(card)
    assert card.template is not None and card.template.accent == "#000000"


def test_a_damaged_logo_inside_a_briefing_file_leaves_the_logo_out_and_says_so() -> None:
    good = base64.b64decode(Template(logo=_tiny_png()).logo)
    damaged = good[:33] + b"\0\0\0\x10IDAT" + b"\xff" * 16 + b"\0\0\0\0" + good[-12:]
    card = typical()
    Template(name="Damaged", organisation="Ministry", logo=base64.b64encode(damaged).decode()).apply_to(card)
    result = render_pdf(model.loads(model.dumps(card)))
    assert "logo: the image in the template is damaged" in result.left_out
    assert "Ministry" in text_of(result.pdf)
    assert not [name for page in pypdf.PdfReader(io.BytesIO(result.pdf)).pages for name in page.images]


def _tiny_png() -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (30, 10), (120, 20, 50)).save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue()).decode()
