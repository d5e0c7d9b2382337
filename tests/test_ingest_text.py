"""Plain text articles and text in legacy or UTF-16 encodings."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from briefing.ingest import parse_article_bytes, read_article

FIXTURES = Path(__file__).parent / "fixtures" / "articles"

RUSSIAN = (
    "Переговоры о воде продолжатся в апреле\n\n"
    "Министр иностранных дел заявил, что делегация готова продолжить переговоры о распределении воды. "
    "«Мы пришли не за перемирием», — сказал он журналистам после встречи.\n\n"
    "По его словам, следующий раунд пройдёт в середине апреля в Женеве.\n"
)
FRENCH = (
    "Sommet de Genève : les négociations se prolongent\n\n"
    "Le ministre a déclaré que la délégation était prête à négocier un accord sur le partage de l'eau. "
    "« Nous ne sommes pas venus pour signer un cessez-le-feu », a-t-il dit aux journalistes.\n\n"
    "Les délégués se retrouveront à Genève à la mi-avril, selon un communiqué diffusé jeudi.\n"
)


def test_plain_text_with_a_title_line() -> None:
    article = read_article(FIXTURES / "plain-paragraphs.txt")
    assert article.source_format == "text"
    assert article.title == "A Quiet Week at the Central Bank"
    assert article.paragraphs == [
        "The central bank left its main interest rate unchanged on Thursday, as expected.",
        "Officials said inflation was falling more slowly than hoped, and that they would watch wage growth closely.",
        "Markets barely moved.",
    ]
    assert article.published is None and article.url == "" and article.photo_credit == ""


def test_plain_text_with_one_paragraph_per_line() -> None:
    article = read_article(FIXTURES / "one-paragraph-per-line.txt")
    assert article.title == "Rail Freight Volumes Recover"
    assert article.paragraphs == [
        "Freight volumes on the northern rail corridor returned to pre-strike levels in May.",
        "Operators said new timetables would follow in the autumn.",
    ]


def test_plain_text_that_opens_with_a_sentence_has_no_title() -> None:
    article = read_article(FIXTURES / "no-title.txt")
    assert article.title == ""
    assert article.paragraphs == [
        "The committee met on Tuesday and heard evidence from three witnesses.",
        "None of them was able to say when the report would be published.",
    ]


def test_a_single_line_is_a_paragraph_not_a_title() -> None:
    article = parse_article_bytes(b"Only one line here", "one.txt")
    assert article.title == ""
    assert article.paragraphs == ["Only one line here"]


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_russian_in_a_legacy_encoding(encoding: str) -> None:
    article = parse_article_bytes(
        RUSSIAN.replace("«", '"').replace("»", '"').replace("—", "-").encode(encoding)
    )
    assert article.title == "Переговоры о воде продолжатся в апреле"
    assert article.paragraphs[1] == "По его словам, следующий раунд пройдёт в середине апреля в Женеве."
    assert article.language == "ru"


def test_french_in_latin_1(tmp_path: Path) -> None:
    path = tmp_path / "sommet.txt"
    path.write_bytes(FRENCH.encode("latin-1"))
    article = read_article(path)
    assert article.title == "Sommet de Genève : les négociations se prolongent"
    assert article.paragraphs[0].startswith("Le ministre a déclaré que la délégation était prête")
    assert "« Nous ne sommes pas venus pour signer un cessez-le-feu »" in article.paragraphs[0]
    assert article.language == "fr"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark(encoding: str) -> None:
    data = FRENCH.encode(encoding)
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE)):
        data = codecs.BOM_UTF16_BE + data
    article = parse_article_bytes(data, "sommet.txt")
    assert article.title == "Sommet de Genève : les négociations se prolongent"
    assert (
        article.paragraphs[1]
        == "Les délégués se retrouveront à Genève à la mi-avril, selon un communiqué diffusé jeudi."
    )


def test_a_sample_format_article_in_utf16_with_crlf() -> None:
    text = (
        "Zoë Wins the Vote\r\n\r\nJune 2, 2025\r\n\r\nkremlin.ru\r\n\r\n"
        "Zoë Müller [won](#) the vote.\r\n\r\nOriginal url:\r\n\r\n<https://www.dw.com/en/a-1>\r\n"
    )
    article = parse_article_bytes(text.encode("utf-16"), "vote.txt")
    assert (article.title, article.photo_credit, article.site_name) == (
        "Zoë Wins the Vote",
        "kremlin.ru",
        "DW",
    )
    assert article.paragraphs == ["Zoë Müller won the vote."]


def test_utf8_bom_is_not_part_of_the_title() -> None:
    article = parse_article_bytes("Title Line\n\nBody of the text.".encode("utf-8-sig"), "t.txt")
    assert article.title == "Title Line"


def test_the_article_text_is_exactly_the_paragraphs_read() -> None:
    article = read_article(FIXTURES / "plain-paragraphs.txt")
    assert article.text == "\n\n".join(article.paragraphs)
    assert "\r" not in article.text and "\t" not in article.text
