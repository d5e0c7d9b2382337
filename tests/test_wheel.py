"""The wheel people install carries the assets: fonts, icons, the sample article, the gazetteer."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_an_installed_wheel_finds_every_asset_inside_itself(tmp_path: Path) -> None:
    # Built from a clean copy: setuptools reuses a checkout's build/ folder, which could hide a miss.
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE", "briefing", "assets"):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, source / name)
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--wheel-dir",
            str(tmp_path / "wheel"),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "wheel").glob("briefing-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        "briefing/assets/" + path.relative_to(ROOT / "assets").as_posix()
        for path in (ROOT / "assets").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert shipped and shipped <= names, sorted(shipped - names)

    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    probe = (
        "from briefing import resources; "
        "print(resources.assets_dir()); print(resources.sample_article().is_file())"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={"PYTHONPATH": str(target)},
    )
    assert found.returncode == 0, found.stderr
    folder, sample_exists = found.stdout.split()
    assert Path(folder) == target / "briefing" / "assets"
    assert sample_exists == "True"
