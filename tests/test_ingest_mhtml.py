"""Web pages saved as a single file (MHTML): the page part is read like a saved HTML page."""

from __future__ import annotations

import quopri

from briefing.ingest import parse_article_bytes

PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="windows-1252">
<meta property="og:site_name" content="Le Quotidien"><title>La grève du port est terminée</title></head>
<body><article><h1>La grève du port est terminée</h1>
<p>La grève du port s'est achevée lundi après neuf jours de négociations – enfin.</p>
<p>Le syndicat des dockers a accepté une offre salariale rejetée deux fois auparavant.</p>
<p>Les navires ont commencé à décharger quelques heures après le vote des dockers.</p>
</article></body></html>"""


def mhtml(page: str = PAGE) -> bytes:
    encoded = quopri.encodestring(page.encode("cp1252")).decode("ascii")
    return (
        "From: <Saved by Blink>\r\n"
        "Snapshot-Content-Location: https://quotidien.example.fr/2022/02/25/greve\r\n"
        "Subject: =?utf-8?Q?La_gr=C3=A8ve_du_port_est_termin=C3=A9e?=\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--abc"\r\n'
        "\r\n"
        "------MultipartBoundary--abc\r\n"
        "Content-Type: text/html\r\n"
        "Content-ID: <frame-1@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://quotidien.example.fr/2022/02/25/greve\r\n"
        "\r\n"
        f"{encoded}\r\n"
        "------MultipartBoundary--abc\r\n"
        "Content-Type: image/png\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "Content-Location: https://quotidien.example.fr/logo.png\r\n"
        "\r\n"
        "iVBORw0KGgo=\r\n"
        "------MultipartBoundary--abc--\r\n"
    ).encode("ascii")


def test_the_page_part_is_read_with_its_charset_and_address() -> None:
    article = parse_article_bytes(mhtml(), "greve.mhtml")
    assert article.source_format == "mhtml"
    assert article.title == "La grève du port est terminée"
    assert (
        article.paragraphs[0]
        == "La grève du port s'est achevée lundi après neuf jours de négociations – enfin."
    )
    assert (article.url, article.site_name, article.language) == (
        "https://quotidien.example.fr/2022/02/25/greve",
        "Le Quotidien",
        "fr",
    )


def test_mhtml_is_recognised_by_content_whatever_its_name() -> None:
    assert parse_article_bytes(mhtml(), "saved page").source_format == "mhtml"
