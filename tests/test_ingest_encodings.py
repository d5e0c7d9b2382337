"""Encodings: byte-order marks, declared charsets (checked, not trusted), detection, and the user's override."""

from __future__ import annotations

import pytest

from briefing.ingest import IngestError, parse_article_bytes

RUSSIAN = (
    "Забастовка в порту закончилась в понедельник после девяти дней переговоров. "
    "Профсоюз докеров принял предложение о повышении зарплаты, которое его руководители дважды отвергали. "
    "Суда начали разгрузку уже через несколько часов после голосования."
)
FRENCH = (
    "La grève du port s'est achevée lundi après neuf jours de négociations. Le syndicat des dockers a accepté "
    "une offre salariale que ses dirigeants avaient rejetée à deux reprises. Les navires ont commencé à décharger "
    "quelques heures après le vote, a déclaré la capitainerie à Brême."
)
CHINESE = (
    "港口罢工在周一结束，码头工人工会接受了此前两次被领导层拒绝的加薪方案。投票后几个小时内，船只开始卸货。"
)


def html(body: str, charset: str | None) -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    paragraphs = "".join(f"<p>{body}</p>" for _ in range(3))
    return f"<html><head>{meta}<title>Port</title></head><body><article><h1>Port</h1>{paragraphs}</article></body></html>"


def test_a_page_declaring_gb2312_whose_bytes_are_utf8_reads_as_utf8() -> None:
    article = parse_article_bytes(html(CHINESE, "gb2312").encode("utf-8"), "page.html")
    assert CHINESE in article.paragraphs
    assert article.language == "zh"


def test_a_page_really_in_gb2312_reads_by_its_declaration() -> None:
    article = parse_article_bytes(html(CHINESE, "gb2312").encode("gb2312"), "page.html")
    assert CHINESE in article.paragraphs


def test_windows_1252_bytes_declared_as_latin_1_read_as_browsers_read_them() -> None:
    text = "Die Zahlen – so der Konzern – sind gut. " * 12
    article = parse_article_bytes(html(text, "iso-8859-1").encode("cp1252"), "page.html")
    assert "Die Zahlen – so der Konzern – sind gut." in article.text
    assert "\x96" not in article.text


def test_cp1251_russian_page_without_a_declaration_is_detected() -> None:
    article = parse_article_bytes(html(RUSSIAN, None).encode("cp1251"), "page.html")
    assert RUSSIAN in article.paragraphs
    assert article.language == "ru"


def test_latin_1_french_page_without_a_declaration_is_detected() -> None:
    article = parse_article_bytes(html(FRENCH, None).encode("latin-1"), "page.html")
    assert FRENCH in article.paragraphs


def test_utf16_page_with_a_byte_order_mark() -> None:
    article = parse_article_bytes(html(FRENCH, "utf-16").encode("utf-16"), "page.htm")
    assert article.source_format == "html"
    assert FRENCH in article.paragraphs


def test_the_users_encoding_choice_overrides_a_wrong_declaration() -> None:
    data = html(RUSSIAN, "iso-8859-1").encode("cp1251")
    assert RUSSIAN not in parse_article_bytes(data, "page.html").text
    assert RUSSIAN in parse_article_bytes(data, "page.html", encoding="cp1251").paragraphs


@pytest.mark.parametrize(("text", "encoding"), [(RUSSIAN, "koi8-r"), (FRENCH, "latin-1"), (FRENCH, "utf-16")])
def test_the_users_encoding_choice_for_plain_text(text: str, encoding: str) -> None:
    article = parse_article_bytes(text.encode(encoding), "note.txt", encoding=encoding)
    assert article.paragraphs == [text]


def test_an_unknown_encoding_choice_is_one_clear_error() -> None:
    with pytest.raises(IngestError, match="not a text encoding"):
        parse_article_bytes(b"Hello there.", "note.txt", encoding="klingon-8")


def test_every_encoding_offered_in_the_menu_is_one_python_knows() -> None:
    from briefing.ingest import ENCODING_CHOICES, encoding_name

    assert all(encoding_name(encoding) for encoding, _ in ENCODING_CHOICES)
    assert {"utf-8", "cp1251", "iso-8859-1", "utf-16"} <= {encoding for encoding, _ in ENCODING_CHOICES}
