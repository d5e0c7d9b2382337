"""How fast the card renders: in process (the live preview) and as a cold CLI process.

Run from the repository root:  .venv/bin/python benchmarks/render_speed.py [--runs N]

Prints the median of several in-process renders of a typical card (headline,
summary, 5 quotes, 6 people, 4 places, 4 dates, 4 positions, 4 facts, citation,
QR) and of a grossly overfull one (60 quotes of 80 words), then the cold time of
``python -m briefing.cli render`` beside a bare ReportLab script measured in the
same run, with their ratio. Targets: typical <= 80 ms, overfull <= 300 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing.model import (
    Article,
    Briefing,
    Citation,
    DateItem,
    Fact,
    Layout,
    Person,
    Place,
    Quote,
    Stance,
    save,
)
from briefing.render import render_pdf

ROOT = Path(__file__).resolve().parent.parent
TYPICAL_MS, OVERFULL_MS = 80, 300

BARE_REPORTLAB = """
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate
SimpleDocTemplate(sys.argv[1], pagesize=A4).build([Paragraph("Hello", getSampleStyleSheet()["Normal"])])
"""


def typical() -> Briefing:
    article = Article(
        title="Ceasefire talks open in Riyadh without Ukraine at the table",
        authors=["Jane Doe", "Ivan Petrov"],
        published=dt.date(2025, 3, 4),
        site_name="Example News",
        url="https://news.example.org/world/2025/03/04/ceasefire-talks-riyadh",
        paragraphs=["First paragraph.", "Second paragraph."],
        accessed=dt.date(2025, 3, 5),
    )
    sentence = "Officials said the talks would continue next week, with a written proposal expected soon."
    return Briefing(
        headline="Ceasefire talks open in Riyadh without Ukraine",
        prepared_for="Minister of State for Europe",
        prepared_by="Eastern Europe Desk",
        date=dt.date(2025, 3, 5),
        summary=" ".join([sentence] * 3),
        quotes=[Quote(sentence, f"Speaker {n}", "Spokesperson") for n in range(5)],
        people=[Person(f"Person {n}", "Minister", "Government") for n in range(6)],
        places=[Place(f"Place {n}", "Where the talks were held.") for n in range(4)],
        dates=[DateItem(f"{n + 4} March 2025", dt.date(2025, 3, n + 4), "Next round.") for n in range(4)],
        positions=[Stance(f"Party {n}", sentence) for n in range(4)],
        facts=[Fact(sentence) for _ in range(4)],
        citation=Citation.from_article(article),
        layout=Layout(page_size="A4", marking="TLP:AMBER", qr=True),
        article=article,
    )


def overfull() -> Briefing:
    briefing = typical()
    briefing.quotes = [
        Quote(" ".join(f"word{n}x{w}" for w in range(80)), f"Speaker {n}", "Role") for n in range(60)
    ]
    return briefing


def median_ms(make: type[Briefing] | object, runs: int) -> float:
    times = []
    for _ in range(runs):
        briefing = make()  # type: ignore[operator]
        start = time.perf_counter()
        render_pdf(briefing)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def cold_ms(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, timeout=120, cwd=ROOT)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="renders per measurement (default 15)")
    runs = parser.parse_args().runs
    render_pdf(typical())  # warm up: fonts registered, QR cached, as in the running app
    typical_ms, overfull_ms = median_ms(typical, runs), median_ms(overfull, max(3, runs // 3))
    print(f"in process, typical card:  {typical_ms:6.1f} ms median (target <= {TYPICAL_MS})")
    print(f"in process, overfull card: {overfull_ms:6.1f} ms median (target <= {OVERFULL_MS})")
    with tempfile.TemporaryDirectory() as folder:
        sample = Path(folder) / "sample.briefing"
        save(typical(), sample)
        bare = Path(folder) / "bare.py"
        bare.write_text(BARE_REPORTLAB, encoding="utf-8")
        cold_runs = max(3, runs // 3)
        bare_ms = cold_ms([sys.executable, str(bare), str(Path(folder) / "bare.pdf")], cold_runs)
        print(f"cold process, bare ReportLab one-paragraph PDF: {bare_ms:6.0f} ms median")
        if not (ROOT / "briefing" / "cli.py").exists():
            print("cold process, briefing CLI: skipped (briefing/cli.py is not there yet)")
        else:
            cli = [
                sys.executable,
                "-m",
                "briefing.cli",
                "render",
                str(sample),
                "-o",
                str(Path(folder) / "out.pdf"),
            ]
            cli_ms = cold_ms(cli, cold_runs)
            print(f"cold process, briefing CLI render:              {cli_ms:6.0f} ms median "
                  f"({cli_ms / bare_ms:.2f} x bare ReportLab)")  # fmt: skip
    failed = typical_ms > TYPICAL_MS or overfull_ms > OVERFULL_MS
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
