"""Take the README's app screenshots under Xvfb: the welcome page and a briefing in progress.

    xvfb-run -s "-screen 0 1600x1000x24" .venv/bin/python docs/screenshots/take_screenshots.py [OUT_DIR]

(or with DISPLAY pointing at a running Xvfb; ``--size 1366x768`` checks a small laptop screen).
Needs ImageMagick's ``import``. Settings, recent files and recovery files go to a
temporary folder, so the pictures never show the user's own files.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--size", default="1600x1000", help="window size, WIDTHxHEIGHT (the screen's)")
    parser.add_argument("--only", choices=("welcome", "briefing"), help="take one of the two")
    options = parser.parse_args()
    width, height = (int(part) for part in options.size.split("x"))
    home = Path(tempfile.mkdtemp(prefix="briefing-shots-"))
    for variable, folder in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("HOME", "")):
        (home / folder).mkdir(exist_ok=True)
        os.environ[variable] = str(home / folder)
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from briefing.settings import Preferences, save_preferences
    from briefing.ui.app import make_application
    from briefing.ui.main_window import MainWindow

    save_preferences(dataclasses.replace(Preferences.defaults(), prepared_by="Dana Whitfield"))
    app = make_application()
    window = MainWindow()
    window.setGeometry(0, 0, width, height)
    window.show()
    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)

    def grab(name: str) -> None:
        QApplication.processEvents()
        subprocess.run(
            ["import", "-window", "root", "-crop", f"{width}x{height}+0+0", str(out / name)], check=True
        )
        print(out / name)

    def welcome() -> None:
        grab("welcome.png")
        if options.only == "welcome":
            app.quit()
        else:
            window.files.open_sample()
            QTimer.singleShot(2500, in_progress)

    def in_progress() -> None:
        workspace = window.workspace
        workspace.show_suggestions()
        window.article_view.setFocus()
        panel = workspace.suggestions
        pending = next(
            (row for kind in ("quotes", "positions") for row in panel.rows(kind) if not row.accepted), None
        )
        if pending is not None:
            window.activateWindow()  # (no window manager under Xvfb gives it the focus)
            pending.setFocus()  # flashes its source in the article, as a click would
            window.article_view.flash(pending.offer.source)
        QTimer.singleShot(300, lambda: (grab("briefing-in-progress.png"), app.quit()))

    window.services  # noqa: B018  (what app.run starts after the first paint: the recent files get listed)
    QTimer.singleShot(
        1500,
        welcome
        if options.only != "briefing"
        else lambda: (window.files.open_sample(), QTimer.singleShot(2500, in_progress)),
    )
    app.exec()
    window.document.open(None)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
