"""The one place that finds Briefing's asset files (fonts, icons, styles, the sample).

The assets live in the top-level ``assets/`` folder of a checkout, in
``briefing/assets/`` inside an installed wheel, and in ``assets/`` inside a
PyInstaller bundle; callers never need to know which.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


class MissingAssetError(FileNotFoundError):
    """An asset the installation should contain is not there: the install is broken."""


@functools.cache
def assets_dir() -> Path:
    """The folder that holds the assets in this installation."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "assets")
    candidates += [_PACKAGE / "assets", _PACKAGE.parent / "assets"]
    for folder in candidates:
        if (folder / "fonts").is_dir():
            return folder
    searched = ", ".join(str(folder) for folder in candidates)
    raise MissingAssetError(f"Briefing's asset folder is missing (looked in {searched}); reinstall Briefing.")


def asset(*parts: str) -> Path:
    """The path of one asset, e.g. ``asset("fonts", "DejaVuSans.ttf")``."""
    path = assets_dir().joinpath(*parts)
    if not path.exists():
        raise MissingAssetError(f"Briefing's asset {'/'.join(parts)} is missing; reinstall Briefing.")
    return path


def sample_article() -> Path:
    """The sample article shipped for demos, the welcome screen and tests."""
    return asset("sample", "sample-article.txt")
