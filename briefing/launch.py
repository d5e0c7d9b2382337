"""The ``briefing`` command: headless subcommands go to :mod:`briefing.cli`, the rest opens the app.

``briefing`` alone or ``briefing FILE...`` starts the desktop app (this is what a
double-click on a ``.briefing`` file runs). On a machine with no display it says so
in one line and renders the card to a PDF instead of failing inside Qt.

This is the composition root, not part of the core: the one module outside ``briefing.ui`` that
names it, and only inside the function that starts the app, so headless commands never load Qt
(the import-linter contracts in pyproject.toml hold every core package to that).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

HEADLESS_COMMANDS = {"render", "new", "extract", "suggest", "--version", "-h", "--help"}
FALLBACK_FOLDER = Path("out")


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in HEADLESS_COMMANDS:
        from . import cli

        return cli.main(arguments)
    parser = argparse.ArgumentParser(prog="briefing", add_help=False)
    parser.add_argument("files", nargs="*")
    parser.add_argument("--sample", action="store_true", help="open the bundled sample article")
    parser.add_argument("--smoke-test", action="store_true", help="start, render the preview once, exit")
    options, _qt_arguments = parser.parse_known_args(arguments)
    if not options.smoke_test and not display_available():
        return render_instead(options.files, options.sample)
    from .ui.app import run

    return run(options.files, open_sample=options.sample, smoke_test=options.smoke_test)


def display_available() -> bool:
    """Whether Qt can open a window here (always on Windows and macOS)."""
    if not sys.platform.startswith("linux"):
        return True
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def render_instead(files: list[str], open_sample: bool) -> int:
    """No display: render the cards the app would have shown, and say where they are."""
    from . import cli
    from .resources import sample_article

    inputs = [str(sample_article())] if open_sample or not files else files
    status = cli.EXIT_OK
    written = []
    for path in inputs:
        output = FALLBACK_FOLDER / (Path(path).stem + ".pdf")
        FALLBACK_FOLDER.mkdir(exist_ok=True)
        code = cli.main(["render", path, "-o", str(output), "--quiet"])
        if code == cli.EXIT_OK:
            written.append(str(output))
        status = status or code
    if written:
        print(f"No display found, so the app cannot open here; rendered {', '.join(written)} instead.")
    return status


if __name__ == "__main__":
    sys.exit(main())
