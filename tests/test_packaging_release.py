"""The release workflow (.github/workflows/release.yml) and the smoke test it runs on each platform.

GitHub's Windows and macOS runners cannot be reached from here: what can be checked here is that the
workflow is valid (actionlint), covers the four platforms, skips signing without its secrets, and
that the cross-platform smoke script passes on this checkout's app.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
WORKFLOW = REPO / ".github" / "workflows" / "release.yml"
TEXT = WORKFLOW.read_text(encoding="utf-8")


def tool(name: str) -> str:
    """A command on PATH or beside this Python (the venv's bin/, where pip puts actionlint)."""
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip(f"{name} is not installed (the test extra installs it on Linux)")
    return found


def steps() -> list[str]:
    """The text of each step of the build job, from its "- name:" or "- uses:" line to the next."""
    build = TEXT.split("\n  release:")[0]
    return re.split(r"\n(?=      - )", build)[1:]


def test_release_workflow_passes_actionlint() -> None:
    # actionlint also runs shellcheck on the bash steps when shellcheck is on PATH (.ci/run installs it).
    result = subprocess.run(
        [tool("actionlint"), "-no-color", str(WORKFLOW)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_it_builds_on_linux_windows_and_both_macs() -> None:
    platforms = dict(re.findall(r"- \{ name: ([\w-]+), os: ([\w.-]+) \}", TEXT))
    assert platforms == {
        "linux-x86_64": "ubuntu-22.04",
        "windows-x64": "windows-2022",
        "macos-arm64": "macos-15",
        "macos-x86_64": "macos-15-intel",
    }


def test_it_tests_builds_smoke_tests_and_packages_with_the_projects_own_files() -> None:
    for needed in (
        "make test",
        "packaging/briefing.spec",
        "packaging/ci_smoke.sh",
        "smoke_built_app.py",
        "packaging\\generated\\windows\\Briefing.iss",
        "hdiutil create",
        "python packaging/identity.py --check",
    ):
        assert needed in TEXT, needed
    for path in re.findall(r"\bpackaging[/\\][\w/\\.]+\.(?:py|sh|spec|iss)\b", TEXT):
        assert (REPO / path.replace("\\", "/")).is_file(), path
    uploaded = TEXT.split("upload-artifact")[1]
    for artefact in ("*.tar.gz", "*.deb", "*-setup.exe", "*.dmg"):
        assert artefact in uploaded


def test_signing_and_notarisation_are_skipped_without_their_secrets() -> None:
    secrets = set(re.findall(r"^      (\w+): \$\{\{ secrets\.(\w+) \}\}$", TEXT, re.M))
    assert all(name == secret for name, secret in secrets)
    secret_names = {name for name, _ in secrets}
    signing = [step for step in steps() if re.search(r"name: (Sign|Notarise)", step)]
    assert len(signing) == 4  # Windows executables and installer, the macOS app and its disk image
    for step in signing:
        guard = re.search(r"if: (.+)", step)
        assert guard, step
        guarded = set(re.findall(r"env\.(\w+) != ''", guard[1]))
        assert guarded and guarded <= secret_names, step
        # Secrets reach the scripts through the environment only, never pasted into the command.
        assert "secrets." not in step


def test_the_smoke_script_passes_on_this_checkouts_app(tmp_path: Path) -> None:
    """packaging/smoke_built_app.py against an unfrozen stand-in for the built executable."""
    app = tmp_path / "briefing"
    app.write_text(
        f'#!/bin/sh\nPYTHONPATH="{REPO}" exec "{sys.executable}" -m briefing.launch "$@"\n', encoding="utf-8"
    )
    app.chmod(0o755)
    if sys.platform == "win32":
        pytest.skip("the stand-in is a shell script")
    done = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "smoke_built_app.py"), str(app)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().splitlines()[-1] == "smoke_built_app: 3 passed, 0 failed"
