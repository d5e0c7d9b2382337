"""Dates on the card read the same whatever the computer's locale (issue 11, item 15)."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.model.dates import day_and_month, long_date, weekday_name

PROGRAM = """
import json, locale, datetime as dt
locale.setlocale(locale.LC_ALL, "de_DE.UTF-8")  # what Qt does for the app under a German desktop
from briefing.ingest import read_article
from briefing.resources import sample_article
from briefing.suggest import draft_briefing
from briefing.model.dates import long_date
from briefing.ui.dates import long_date as shown_date
card = draft_briefing(read_article(sample_article()))
print(json.dumps({"dates": [d.text for d in card.dates], "card": long_date(dt.date(2026, 3, 4)),
                  "app": shown_date(dt.date(2026, 3, 4)), "german": dt.date(2026, 3, 4).strftime("%B")}))
"""


@pytest.fixture(scope="module")
def german_locale(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not shutil.which("localedef"):
        pytest.skip("localedef is not installed, so no German locale can be made")
    folder = tmp_path_factory.mktemp("locales")
    subprocess.run(
        ["localedef", "-i", "de_DE", "-f", "UTF-8", str(folder / "de_DE.UTF-8")],
        capture_output=True,
        check=False,
    )
    if not (folder / "de_DE.UTF-8").exists():
        pytest.skip("this system has no locale sources to build de_DE from")
    return folder


def test_a_drafted_card_writes_its_dates_in_english_under_a_german_locale(german_locale: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM],
        capture_output=True,
        text=True,
        env={**os.environ, "LOCPATH": str(german_locale)},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert printed["german"] == "März"  # the locale really is German
    assert printed["dates"][:2] == ["Tuesday, March 3", "Wednesday, March 4"]
    assert printed["card"] == printed["app"] == "4 March 2026"


def test_one_formatter_writes_every_date() -> None:
    day = dt.date(2026, 3, 4)
    assert (long_date(day), day_and_month(day), day_and_month(day, month_first=True), weekday_name(day)) == (
        "4 March 2026",
        "4 March",
        "March 4",
        "Wednesday",
    )
