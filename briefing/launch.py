"""The ``briefing`` command: headless subcommands go to :mod:`briefing.cli`, the rest opens the app.

``briefing`` alone or ``briefing FILE...`` starts the desktop app (this is what a
double-click on a ``.briefing`` file runs). On a machine with no display it says so
in one line and renders the card to a PDF instead of failing inside Qt.

This is the composition root, not part of the core: the one module outside ``briefing.ui`` that
names it, and only inside the function that starts the app, so headless commands never load Qt
(the import-linter contracts in pyproject.toml hold every core package to that).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

HEADLESS_COMMANDS = {"render", "new", "extract", "suggest", "--version", "-h", "--help"}
FALLBACK_FOLDER = Path("out")


QT_OPTIONS_WITH_VALUE = {
    "-style",
    "-stylesheet",
    "-platform",
    "-platformpluginpath",
    "-platformtheme",
    "-plugin",
    "-qwindowgeometry",
    "-qwindowicon",
    "-qwindowtitle",
    "-session",
    "-display",
    "-geometry",
}
"""The options QApplication and QGuiApplication document that take a value (next, or after ``=``)."""
QT_FLAGS = {"-reverse", "-widgetcount"}
QT_OPTIONS_WITH_EQUALS = {"-qmljsdebugger"}
APP_OPTIONS = {"--sample", "--smoke-test"}
USAGE = (
    "usage: briefing [--sample] [FILE ...]  or  briefing {render,new,extract,suggest} ...  (briefing --help)"
)


class UsageError(Exception):
    """The command line asks for something Briefing does not have; the message says what."""


class AppArguments:
    """What the app was asked to open, its own switches, and the options that go to Qt."""

    def __init__(self) -> None:
        self.files: list[str] = []
        self.sample = False
        self.smoke_test = False
        self.qt: list[str] = []


def parse_app_arguments(arguments: Sequence[str]) -> AppArguments:
    """Split the app's command line; an unknown option or command raises :class:`UsageError`.

    Qt gets only the options its documentation lists, so a mistyped option is reported
    instead of being ignored (or, worse, taken as a file to open).
    """
    parsed = AppArguments()
    pending = list(arguments)
    only_files = False
    while pending:
        argument = pending.pop(0)
        name = argument.split("=", 1)[0]
        if only_files or not argument.startswith("-") or argument == "-":
            parsed.files.append(_file_or_command(argument))
        elif argument == "--":
            only_files = True
        elif argument.startswith("-psn_"):  # the process serial number an older macOS Finder adds
            continue
        elif argument in APP_OPTIONS:
            setattr(parsed, argument[2:].replace("-", "_"), True)
        elif argument in QT_FLAGS or (
            name in QT_OPTIONS_WITH_VALUE | QT_OPTIONS_WITH_EQUALS and "=" in argument
        ):
            parsed.qt.append(argument)
        elif argument in QT_OPTIONS_WITH_VALUE:
            if not pending:
                raise UsageError(f"the option {argument} needs a value")
            parsed.qt += [argument, pending.pop(0)]
        else:
            raise UsageError(f"unknown option {argument}")
    return parsed


def _file_or_command(argument: str) -> str:
    """A file to open; a bare word that names no file is a mistyped command, not a missing file."""
    looks_like_a_command = argument.isidentifier() and argument.isascii()
    if looks_like_a_command and not os.path.lexists(argument):
        commands = ", ".join(sorted(HEADLESS_COMMANDS - {"--version", "-h", "--help"}))
        raise UsageError(f"unknown command {argument!r} (commands: {commands}; or give a file to open)")
    return argument


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in HEADLESS_COMMANDS:
        from . import cli

        return cli.main(arguments)
    try:
        options = parse_app_arguments(arguments)
    except UsageError as error:
        print(f"{USAGE}\nbriefing: error: {error}", file=sys.stderr)
        return 2
    if not options.smoke_test and not display_available():
        return render_instead(options.files, options.sample)
    from .ui.app import run

    return run(
        options.files, open_sample=options.sample, smoke_test=options.smoke_test, qt_arguments=options.qt
    )


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
