"""The smoke test of a built app on any platform: what packaging/ci_smoke.sh checks first, in Python,
so the release workflow runs the same checks on Windows and macOS as on Linux.

    python packaging/smoke_built_app.py dist/Briefing/briefing                   # Linux
    python packaging/smoke_built_app.py dist\\Briefing\\Briefing-cli.exe           # Windows (the console twin)
    python packaging/smoke_built_app.py dist/Briefing.app/Contents/MacOS/Briefing  # macOS

Each check runs the built executable from an empty folder, with no PYTHONPATH or venv, as a user
would: 1. ``--version`` names this version; 2. ``render`` makes the sample article a one-page PDF
with its headline as text; 3. ``--smoke-test`` (offscreen Qt) opens the window and renders the
preview once. Needs pypdf (the test extra) to read the PDF back.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TIMEOUT_S = 180


def version() -> str:
    about: dict[str, str] = {}
    exec((REPO / "briefing" / "__init__.py").read_text(encoding="utf-8"), about)
    return about["__version__"]


def user_environment(home: Path) -> dict[str, str]:
    """The caller's environment without what would let the checkout stand in for the bundle."""
    dropped = {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP"}
    environment = {key: value for key, value in os.environ.items() if key not in dropped}
    for key in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        environment.pop(key, None)
    environment["HOME"] = str(home)  # fresh settings; Windows and macOS keep theirs under the profile
    return environment


def run(command: list[str], work: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    environment = {**user_environment(work / "home"), **extra}
    return subprocess.run(
        command, cwd=work, env=environment, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
    )


def check_version(app: str, work: Path) -> str:
    done = run([app, "--version"], work)
    expected = f"Briefing {version()}"
    assert done.stdout.strip() == expected, (
        f"--version said {done.stdout.strip()!r} {done.stderr}, not {expected!r}"
    )
    return expected


def check_render(app: str, work: Path) -> str:
    from pypdf import PdfReader

    sample = REPO / "assets" / "sample" / "sample-article.txt"
    done = run([app, "render", str(sample), "-o", "card.pdf"], work)
    assert done.returncode == 0, f"render failed: {done.stdout} {done.stderr}"
    headline = next(line.strip() for line in sample.read_text(encoding="utf-8").splitlines() if line.strip())
    reader = PdfReader(work / "card.pdf")
    text = " ".join(re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages)
    assert len(reader.pages) == 1, f"{len(reader.pages)} pages, not 1"
    assert " ".join(headline.split()) in text, f"the headline {headline!r} is not in the card"
    return "one page, headline as text"


def check_smoke_test(app: str, work: Path) -> str:
    done = run([app, "--smoke-test"], work, QT_QPA_PLATFORM="offscreen")
    line = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr.strip()
    assert done.returncode == 0 and "smoke test OK" in line, f"--smoke-test: {line}"
    return line


CHECKS: list[tuple[str, Callable[[str, Path], str]]] = [
    ("--version", check_version),
    ("render the sample", check_render),
    ("--smoke-test (offscreen)", check_smoke_test),
]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    app = str(Path(argv[0]).resolve())
    failed = 0
    with tempfile.TemporaryDirectory(prefix="briefing-smoke-") as folder:
        work = Path(folder)
        (work / "home").mkdir()
        for number, (name, check) in enumerate(CHECKS, 1):
            try:
                print(f"{number}. {name}: {check(app, work)}", flush=True)
            except (AssertionError, OSError, subprocess.TimeoutExpired) as error:
                failed += 1
                print(f"{number}. {name}: FAILED: {error}", flush=True)
    print(f"smoke_built_app: {len(CHECKS) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
