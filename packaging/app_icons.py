"""The app icon in every format a platform wants, made from the PNGs in ``assets/icons/``.

The designer's PNG sizes are the source. Windows wants one ``.ico`` and macOS one
``.icns`` holding several sizes; Linux wants one PNG per size in the hicolor theme.
Sizes the designer did not draw are scaled down from the next larger drawing.
Run as a script to write them into a folder: ``python packaging/app_icons.py OUT_DIR``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


class IconError(Exception):
    """The icon sources are missing or unusable; the message says which."""


def drawn_sizes(icons_dir: Path) -> dict[int, Path]:
    """The square PNGs in ``icons_dir`` by pixel size (the largest file wins a tie)."""
    found: dict[int, Path] = {}
    for path in sorted(icons_dir.glob("*.png")):
        with Image.open(path) as image:
            width, height = image.size
        if width == height:
            found[width] = path
    if not found:
        raise IconError(f"no square PNG icon in {icons_dir}; the app icon must be drawn first")
    return found


def icon_at(size: int, sources: dict[int, Path]) -> Image.Image:
    """The icon at ``size`` pixels: the drawing of that size, else the next larger one scaled down."""
    larger = sorted(s for s in sources if s >= size)
    source = sources[larger[0]] if larger else sources[max(sources)]
    with Image.open(source) as image:
        image = image.convert("RGBA")
        return image if image.size == (size, size) else image.resize((size, size), Image.Resampling.LANCZOS)


def write_ico(sources: dict[int, Path], target: Path) -> Path:
    images = [icon_at(size, sources) for size in ICO_SIZES]
    images[-1].save(target, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    return target


def write_icns(sources: dict[int, Path], target: Path) -> Path:
    images = [icon_at(size, sources) for size in ICNS_SIZES]
    images[-1].save(target, format="ICNS", append_images=images[:-1])
    return target


def write_hicolor(sources: dict[int, Path], share_dir: Path, icon_name: str) -> list[Path]:
    """PNGs under ``share_dir/icons/hicolor/NxN/apps/`` as a desktop icon theme expects them."""
    written = []
    for size in HICOLOR_SIZES:
        folder = share_dir / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{icon_name}.png"
        icon_at(size, sources).save(target, format="PNG", optimize=True)
        written.append(target)
    return written


def make_icons(icons_dir: Path, out_dir: Path) -> tuple[Path, Path]:
    """Write ``briefing.ico`` and ``briefing.icns`` into ``out_dir``; returns their paths."""
    sources = drawn_sizes(icons_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return write_ico(sources, out_dir / "briefing.ico"), write_icns(sources, out_dir / "briefing.icns")


if __name__ == "__main__":
    repo = Path(__file__).resolve().parent.parent
    try:
        for made in make_icons(repo / "assets" / "icons", Path(sys.argv[1])):
            print(f"Wrote {made}")
    except (IconError, IndexError) as error:
        sys.exit(f"app_icons: {error or 'usage: app_icons.py OUT_DIR'}")
