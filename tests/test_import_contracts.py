"""The import contracts hold the whole package, not a list of module names (issue 11, item 23)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_with_extra_module(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    shutil.copytree(ROOT / "briefing", tmp_path / "briefing", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "briefing" / "exporter.py").write_text(source, encoding="utf-8")
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        timeout=120,
    )


@pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter is not installed")
def test_a_new_module_that_imports_qt_and_reportlab_breaks_the_contracts(tmp_path: Path) -> None:
    result = lint_with_extra_module(tmp_path, "import PySide6.QtCore\nimport reportlab.pdfgen\n")
    assert result.returncode != 0
    assert "briefing.exporter -> PySide6" in result.stdout
    assert "briefing.exporter -> reportlab" in result.stdout
