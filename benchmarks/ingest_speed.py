"""How fast Briefing opens a large saved web page, a page at the size cap and a 20-page PDF (issues 4, 15).

    python benchmarks/ingest_speed.py [--runs N]

Both inputs are made here, so the script needs nothing outside the repository: a ~1 MB saved
news page (an article plus the navigation, related links and comments real pages carry) and a
20-page text PDF with a running head and page numbers. Each is timed through
``briefing.ingest.parse_article_bytes`` (median of N runs) beside the bare library call it
stands on, in the same run: ``trafilatura.extract`` (article only, no comments) on the page, pypdfium2's plain text of
every page on the PDF. Targets: page <= 300 ms, PDF <= 1 s. Third, a page of article paragraphs
at the size cap (``briefing.ingest.MAX_BYTES``; the kind that took 52 s at 30 MB) beside lxml's bare
parse of the same bytes (median of 3 runs): target <= 5 s.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing.ingest import MAX_BYTES, parse_article_bytes

SENTENCE = (
    "Negotiators from the three river states met again on Tuesday to discuss minimum summer flows, "
    "the release schedule of the upstream dams and an independent monitoring commission."
)


def saved_page(target_bytes: int = 1_000_000) -> bytes:
    """A saved news page of about ``target_bytes``: article, menus, related links, comments, scripts."""
    article = "".join(f"<p>Paragraph {n}. {SENTENCE} {SENTENCE}</p>\n" for n in range(40))
    menu = "".join(f'<li><a href="/section/{n}">Section {n}</a></li>' for n in range(60))
    related = "".join(
        f'<li><a href="/story/{n}">Related story number {n} about the region</a></li>' for n in range(80)
    )
    head = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>River talks run late | Example Ledger</title>'
        '<meta property="og:site_name" content="Example Ledger"><meta name="author" content="Ines Marlow">'
        '<meta property="article:published_time" content="2026-03-05T09:30:00Z"></head><body>'
        f"<nav><ul>{menu}</ul></nav><article><h1>River talks run late</h1><p class='byline'>By Ines Marlow</p>"
        f"{article}</article><aside><ul>{related}</ul></aside><section id='comments'>"
    )
    comment = (
        "<div class='comment'><p>Reader comment: "
        + "interesting, but what about the delta farmers? " * 4
        + "</p></div>\n"
    )
    script = "<script>window.dataLayer=window.dataLayer||[];" + "x=1;" * 500 + "</script>\n"
    body = head
    while len(body) < target_bytes:
        body += comment * 20 + script
    return (body + "</section></body></html>").encode("utf-8")


def page_at_cap(limit: int = MAX_BYTES) -> bytes:
    """A page of nothing but article paragraphs, just under ``limit`` bytes."""
    paragraph = f"<p>Paragraph {{}}. {SENTENCE} {SENTENCE}</p>\n"
    count = (limit - 1000) // len(paragraph.format(999_999))
    head = "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>River talks</title></head><body><article>"
    return (head + "".join(paragraph.format(n) for n in range(count)) + "</article></body></html>").encode()


def twenty_page_pdf() -> bytes:
    """A 20-page article PDF made with ReportLab: headline, paragraphs, running head, page numbers."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    buffer = io.BytesIO()

    def furniture(pdf: Canvas, document: SimpleDocTemplate) -> None:
        pdf.saveState()
        pdf.setFont("Helvetica", 8)
        pdf.drawString(72, 810, "Example Ledger — World — 5 March 2026")
        pdf.drawCentredString(297, 30, f"Page {document.page}")
        pdf.restoreState()

    story = [Paragraph("River talks run late", styles["Title"])]
    story += [Paragraph(f"Paragraph {n}. " + f"{SENTENCE} " * 3, styles["BodyText"]) for n in range(148)]
    document = SimpleDocTemplate(buffer, pagesize=A4)
    document.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return buffer.getvalue()


def median_ms(action: Callable[[], object], runs: int) -> float:
    action()  # warm: imports and first-use caches are not what a user waits for twice
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return 1000 * statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs

    import pypdfium2
    import trafilatura

    page = saved_page()
    pdf = twenty_page_pdf()
    pages = len(pypdfium2.PdfDocument(pdf))

    def bare_pdf_text() -> None:
        document = pypdfium2.PdfDocument(pdf)
        for page_number in range(len(document)):
            document[page_number].get_textpage().get_text_range()

    ours_page = median_ms(lambda: parse_article_bytes(page, "page.html"), runs)
    bare_page = median_ms(lambda: trafilatura.extract(page.decode("utf-8"), include_comments=False), runs)
    ours_pdf = median_ms(lambda: parse_article_bytes(pdf, "article.pdf"), runs)
    bare_pdf = median_ms(bare_pdf_text, runs)
    print(f"saved page, {len(page) / 1_000_000:.1f} MB, median of {runs}:")
    print(f"  trafilatura.extract alone:   {bare_page:6.0f} ms")
    print(
        f"  Briefing opens it:           {ours_page:6.0f} ms ({ours_page / bare_page:.2f} x; target <= 300 ms)"
    )
    print(f"text PDF, {pages} pages, median of {runs}:")
    print(f"  pypdfium2 text of each page: {bare_pdf:6.0f} ms")
    print(
        f"  Briefing opens it:           {ours_pdf:6.0f} ms ({ours_pdf / bare_pdf:.2f} x; target <= 1000 ms)"
    )
    import lxml.html

    capped = page_at_cap()
    bare_cap = median_ms(lambda: lxml.html.document_fromstring(capped), 3)
    ours_cap = median_ms(lambda: parse_article_bytes(capped, "page.html"), 3)
    print(f"page of paragraphs at the size cap, {len(capped) / 1_000_000:.1f} MB, median of 3:")
    print(f"  lxml.html parse alone:       {bare_cap:6.0f} ms")
    print(f"  Briefing opens it:           {ours_cap:6.0f} ms (target <= 5000 ms)")
    return 0 if ours_page <= 300 and ours_pdf <= 1000 and pages >= 20 and ours_cap <= 5000 else 1


if __name__ == "__main__":
    sys.exit(main())
