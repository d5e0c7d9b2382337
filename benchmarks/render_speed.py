"""How fast the card renders: in process (the live preview) and as a cold CLI process.

Run from the repository root:  .venv/bin/python benchmarks/render_speed.py [--runs N]

Prints the median of several in-process renders of a typical card (headline,
summary, 5 quotes, 6 people, 4 places, 4 dates, 4 positions, 4 facts, citation,
QR) and of a grossly overfull one (60 quotes of 80 words), then the cold time of
``python -m briefing.cli render`` on the typical card saved as a .briefing file,
beside a bare ReportLab script that builds a one-paragraph PDF, measured in the
same run, alternately, after one untimed run of each, with their ratio.
Targets: typical <= 80 ms, overfull <= 300 ms, cold CLI <= 2 x bare ReportLab.

The cold pair is measured twice: as this environment runs Python (with
PYTHONDONTWRITEBYTECODE set, our modules are compiled from source on every run,
while the installed ReportLab has its bytecode), and with bytecode cached for
both (a private PYTHONPYCACHEPREFIX), as an installed Briefing runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
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
TYPICAL_MS, OVERFULL_MS, COLD_RATIO = 80, 300, 2.0

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


def cold_pair(bare: list[str], cli: list[str], runs: int, env: dict[str, str]) -> tuple[float, float]:
    """Median wall time (ms) of the bare script and of the CLI, run alternately after a warm-up."""
    times: dict[int, list[float]] = {0: [], 1: []}
    for number in range(runs + 1):
        for which, command in enumerate((bare, cli)):
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, timeout=120, cwd=ROOT, env=env)
            if number:  # the first round only warms the disk cache (and the bytecode cache)
                times[which].append((time.perf_counter() - start) * 1000)
    return statistics.median(times[0]), statistics.median(times[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="renders per measurement (default 15)")
    runs = parser.parse_args().runs
    render_pdf(typical())  # warm up: fonts registered, QR cached, as in the running app
    typical_ms, overfull_ms = median_ms(typical, runs), median_ms(overfull, max(3, runs // 3))
    print(f"in process, typical card:  {typical_ms:6.1f} ms median (target <= {TYPICAL_MS})")
    print(f"in process, overfull card: {overfull_ms:6.1f} ms median (target <= {OVERFULL_MS})")
    ratios = []
    with tempfile.TemporaryDirectory() as folder:
        sample = Path(folder) / "sample.briefing"
        save(typical(), sample)
        bare_script = Path(folder) / "bare.py"
        bare_script.write_text(BARE_REPORTLAB, encoding="utf-8")
        bare = [sys.executable, str(bare_script), str(Path(folder) / "bare.pdf")]
        cli = [
            sys.executable,
            "-m",
            "briefing.cli",
            "render",
            str(sample),
            "-o",
            str(Path(folder) / "out.pdf"),
        ]
        cached = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        cached["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        settings = [("as this environment runs Python", dict(os.environ)), ("with bytecode cached", cached)]
        if sys.dont_write_bytecode:
            settings[0] = ("no bytecode written (PYTHONDONTWRITEBYTECODE)", settings[0][1])
        cold_runs = max(5, runs // 2)
        for label, env in settings:
            bare_ms, cli_ms = cold_pair(bare, cli, cold_runs, env)
            ratios.append(cli_ms / bare_ms)
            print(f"cold process, {label}, median of {cold_runs}:")
            print(f"  bare ReportLab one-paragraph PDF: {bare_ms:6.0f} ms")
            print(f"  briefing CLI render:              {cli_ms:6.0f} ms "
                  f"({cli_ms / bare_ms:.2f} x bare ReportLab, target <= {COLD_RATIO})")  # fmt: skip
    failed = typical_ms > TYPICAL_MS or overfull_ms > OVERFULL_MS or max(ratios) > COLD_RATIO
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
