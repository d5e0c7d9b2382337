"""Preferences and recent files: typed, forgiving when damaged, stored under the user's config folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefing.model import Briefing
from briefing.settings import (
    PREFERENCES_FILE,
    RECENT_FILES_FILE,
    Preferences,
    RecentFiles,
    config_dir,
    load_preferences,
    locale_page_size,
    save_preferences,
)


@pytest.mark.parametrize(
    ("locale_name", "paper"),
    [
        ("en_US.UTF-8", "Letter"),
        ("fr_CA.UTF-8", "Letter"),
        ("es_MX", "Letter"),
        ("en_PH.UTF-8", "Letter"),
        ("de_DE.UTF-8", "A4"),
        ("en_GB.UTF-8", "A4"),
        ("ja_JP.eucJP", "A4"),
        ("C", "A4"),
        ("", "A4"),
        ("sr_RS@latin", "A4"),
        ("en-US", "Letter"),
    ],
)
def test_default_paper_follows_the_locale(locale_name, paper):
    assert locale_page_size(locale_name) == paper


def test_environment_paper_locale_wins(monkeypatch):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LC_PAPER", "en_US.UTF-8")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert Preferences.defaults().page_size == "Letter"


def test_c_locale_means_a4_not_us_letter(monkeypatch):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_PAPER", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert Preferences.defaults().page_size == "A4"


def test_preferences_round_trip_in_the_user_config_folder():
    chosen = Preferences.defaults().replace(
        prepared_by="Dana Whitfield", page_size="A5", citation_style="mla", marking="TLP:AMBER", qr=False
    )
    save_preferences(chosen)
    stored = config_dir() / PREFERENCES_FILE
    assert str(stored).startswith(os.environ["XDG_CONFIG_HOME"])
    assert json.loads(stored.read_text(encoding="utf-8"))["prepared_by"] == "Dana Whitfield"
    assert load_preferences() == chosen


def test_no_file_gives_the_defaults():
    assert load_preferences() == Preferences.defaults()
    assert Preferences.defaults().citation_style == "apa" and Preferences.defaults().qr is True


@pytest.mark.parametrize("content", ["", "{", "[1, 2]", "null", '"text"', "\x00\xff"])
def test_a_damaged_file_gives_the_defaults(content):
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / PREFERENCES_FILE).write_text(content, encoding="utf-8", errors="surrogateescape")
    assert load_preferences() == Preferences.defaults()


def test_each_bad_value_falls_back_alone():
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stored = {
        "prepared_by": "  Dana   Whitfield ",
        "page_size": "Tabloid",
        "citation_style": 7,
        "marking": ["x"],
        "qr": "yes",
        "unknown": True,
    }
    (folder / PREFERENCES_FILE).write_text(json.dumps(stored), encoding="utf-8")
    loaded = load_preferences()
    defaults = Preferences.defaults()
    assert loaded.prepared_by == "Dana Whitfield"
    assert (loaded.page_size, loaded.citation_style, loaded.marking, loaded.qr) == (
        defaults.page_size,
        defaults.citation_style,
        defaults.marking,
        defaults.qr,
    )


def test_replace_refuses_bad_values():
    with pytest.raises(ValueError):
        Preferences.defaults().replace(page_size="Tabloid")
    with pytest.raises(KeyError):
        Preferences.defaults().replace(colour="red")


def test_preferences_fill_a_new_briefing():
    briefing = Briefing()
    Preferences.defaults().replace(
        prepared_by="Dana", page_size="Letter", citation_style="chicago", marking="OFFICIAL", qr=False
    ).apply_to(briefing)
    assert briefing.prepared_by == "Dana"
    assert (briefing.layout.page_size, briefing.layout.marking, briefing.layout.qr) == (
        "Letter",
        "OFFICIAL",
        False,
    )
    assert briefing.citation.style == "chicago"


def test_recent_files_most_recent_first_without_duplicates_and_capped(tmp_path: Path):
    files = [tmp_path / f"{n}.txt" for n in range(5)]
    for path in files:
        path.write_text("x", encoding="utf-8")
    recent = RecentFiles(cap=3)
    for path in files:
        recent.add(path)
    recent.add(files[3])
    assert recent.paths == [files[3], files[4], files[2]]


def test_recent_files_drop_missing_paths_on_load(tmp_path: Path):
    kept, gone = tmp_path / "kept.briefing", tmp_path / "gone.briefing"
    kept.write_text("x", encoding="utf-8")
    gone.write_text("x", encoding="utf-8")
    recent = RecentFiles()
    recent.add(kept)
    recent.add(gone)
    recent.save()
    gone.unlink()
    assert RecentFiles.load().paths == [kept]
    assert (config_dir() / RECENT_FILES_FILE).is_file()


def test_recent_files_store_is_forgiving():
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / RECENT_FILES_FILE).write_text('{"not": "a list"}', encoding="utf-8")
    assert RecentFiles.load().paths == []
    (folder / RECENT_FILES_FILE).write_text('[3, null, ""]', encoding="utf-8")
    assert RecentFiles.load().paths == []


def test_relative_paths_are_stored_absolute(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("here.txt").write_text("x", encoding="utf-8")
    recent = RecentFiles()
    recent.add("here.txt")
    assert recent.paths == [tmp_path / "here.txt"]
