"""The Linux desktop-integration files: the .desktop entry, the MIME type and the hicolor icons.

Name, id and file suffix come from the app itself (``briefing/__init__.py`` and the
file format), so the menu entry and the file association never drift from the code.
``python packaging/linux/desktop_files.py SHARE_DIR [EXEC]`` writes them under
``SHARE_DIR/applications``, ``SHARE_DIR/mime/packages`` and ``SHARE_DIR/icons``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from string import Template

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE.parent))

from app_icons import IconError, drawn_sizes, write_hicolor  # noqa: E402

from briefing import APP_ID, APP_NAME  # noqa: E402
from briefing.model.file_format import FILE_SUFFIX, FORMAT_NAME  # noqa: E402

MIME_TYPE = "application/x-briefing"


def fields(exec_path: str) -> dict[str, str]:
    return {
        "APP_NAME": APP_NAME,
        "APP_ID": APP_ID,
        "EXEC": exec_path,
        "MIME_TYPE": MIME_TYPE,
        "SUFFIX": FILE_SUFFIX,
        "FORMAT_NAME": FORMAT_NAME,
    }


def desktop_entry(exec_path: str = "briefing") -> str:
    """The text of the ``.desktop`` file that starts ``exec_path`` with the file to open."""
    return Template((HERE / "briefing.desktop.in").read_text(encoding="utf-8")).substitute(fields(exec_path))


def mime_package() -> str:
    """The shared-mime-info XML that maps ``*.briefing`` to the app's MIME type."""
    return Template((HERE / "briefing-mime.xml.in").read_text(encoding="utf-8")).substitute(fields(""))


def write_share(share_dir: Path, exec_path: str = "briefing") -> list[Path]:
    """Write the desktop entry, MIME package and icons under ``share_dir``; returns what was written."""
    entry = share_dir / "applications" / f"{APP_ID}.desktop"
    mime = share_dir / "mime" / "packages" / f"{APP_ID}.xml"
    for path, text in ((entry, desktop_entry(exec_path)), (mime, mime_package())):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    icons = write_hicolor(drawn_sizes(REPO / "assets" / "icons"), share_dir, APP_ID)
    return [entry, mime, *icons]


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: desktop_files.py SHARE_DIR [EXEC]")
    try:
        written = write_share(Path(sys.argv[1]), *sys.argv[2:])
    except IconError as error:
        sys.exit(f"desktop_files: {error}")
    print(f"Wrote {len(written)} desktop-integration files under {sys.argv[1]}")
