"""What a logo costs: processing it once, and rendering a card with it (the live preview's share).

Run from the repository root:  .venv/bin/python benchmarks/logo_cost.py [--runs N]

A 4000 × 3000 photo-like JPEG (gradients and sensor noise) is made card-ready once
(decode, downscale to 300 dpi of the logo box, PNG) and once more from the cache;
then the typical card is rendered in process with the organisation's name and no
logo, and with the name and that logo, alternately, after one untimed render of
each. Targets (issue 13): the logo adds at most 100 KB to the PDF; the preview keeps
its 150 ms budget (see "Live preview": rendering is ~14 ms of it).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from PIL import Image
from test_render_samples import typical

from briefing.logo import process_logo
from briefing.model import Template
from briefing.render import render_pdf
from briefing.templates import use_template, with_logo_bytes


def photo(width: int = 4000, height: int = 3000) -> bytes:
    red = Image.linear_gradient("L").resize((width, height))
    green = Image.effect_noise((width, height), 40)
    blue = Image.radial_gradient("L").resize((width, height))
    buffer = io.BytesIO()
    Image.merge("RGB", (red, green, blue)).save(buffer, format="JPEG", quality=92)
    return buffer.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    runs = parser.parse_args().runs
    data = photo()
    start = time.perf_counter()
    png = process_logo(data)
    first = time.perf_counter() - start
    start = time.perf_counter()
    process_logo(data)
    cached = time.perf_counter() - start
    plain, styled = typical(), typical()
    use_template(plain, Template(name="Name only", organisation="Ministry of Examples"))
    use_template(styled, with_logo_bytes(Template(name="Logo", organisation="Ministry of Examples"), data))
    timings: dict[str, list[float]] = {"name only": [], "name and logo": []}
    for card in (plain, styled):
        render_pdf(card)
    for _ in range(runs):
        for label, card in (("name only", plain), ("name and logo", styled)):
            start = time.perf_counter()
            render_pdf(card)
            timings[label].append(time.perf_counter() - start)
    added = len(render_pdf(styled, invariant=True).pdf) - len(render_pdf(plain, invariant=True).pdf)
    print(
        f"photo JPEG: {len(data) / 1024:,.0f} KB; card-ready PNG {Image.open(io.BytesIO(png)).size}: "
        f"{len(png) / 1024:.1f} KB"
    )
    print(f"processing: first {first * 1000:.0f} ms, cached {cached * 1000:.2f} ms")
    for label, values in timings.items():
        print(
            f"render in process, {label + ':':15} {statistics.median(values) * 1000:5.1f} ms median of {runs}"
        )
    print(f"added to the PDF by the logo: {added / 1024:.1f} KB (target <= 100 KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
