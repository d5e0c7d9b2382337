"""The Linux desktop-integration files: the .desktop entry, the MIME type and the hicolor icons.

Their text comes from the app's identity (``packaging/identity.py``: name, id and file suffix
from the code, the rest from ``packaging/identity.toml``), so the menu entry and the file
association never drift from the code or from the other platforms' files.
``python packaging/linux/desktop_files.py SHARE_DIR [EXEC]`` writes them under
``SHARE_DIR/applications``, ``SHARE_DIR/mime/packages`` and ``SHARE_DIR/icons``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE.parent))

import identity  # noqa: E402
from app_icons import IconError, drawn_sizes, write_hicolor  # noqa: E402

IDENTITY = identity.load()
APP_ID = IDENTITY.app_id
MIME_TYPE = IDENTITY.mime_type


def desktop_entry(exec_path: str = "briefing") -> str:
    """The text of the ``.desktop`` file that starts ``exec_path`` with the file to open."""
    return identity.desktop_entry(IDENTITY, exec_path)


def mime_package() -> str:
    """The shared-mime-info XML that maps ``*.briefing`` to the app's MIME type."""
    return identity.mime_package(IDENTITY)


def write_share(share_dir: Path, exec_path: str = "briefing") -> list[Path]:
    """Write the desktop entry, MIME package and icons under ``share_dir``; returns what was written."""
    entry = share_dir / "applications" / f"{APP_ID}.desktop"
    mime = share_dir / "mime" / "packages" / f"{APP_ID}.xml"
    for path, text in ((entry, desktop_entry(exec_path)), (mime, mime_package())):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    icons = write_hicolor(drawn_sizes(IDENTITY.icon_folder), share_dir, APP_ID)
    return [entry, mime, *icons]


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: desktop_files.py SHARE_DIR [EXEC]")
    try:
        written = write_share(Path(sys.argv[1]), *sys.argv[2:])
    except IconError as error:
        sys.exit(f"desktop_files: {error}")
    print(f"Wrote {len(written)} desktop-integration files under {sys.argv[1]}")
