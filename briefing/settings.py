"""User preferences and the recent-files list: Qt-free, typed, stored as JSON.

Two stores, kept apart on purpose (as MusicBrainz Picard keeps "settings" apart
from "persist"):

* **Preferences** (this module): what the user chose — prepared-by name, default
  page size, citation style, marking, QR default, and whether downloads may reach
  servers on the user's own network (off by default). Plain JSON in platformdirs'
  user config folder, so the headless commands (``briefing new``, ``render``) read
  the same prepared-by name as the app, without Qt.
* **Window state** (``briefing.ui``): geometry, splitter sizes, which pane was
  open. That is Qt's business and lives in a ``QSettings`` INI file next to the
  JSON; losing it costs nothing but a window position.

The recent-files list is its own small unit (capped, most recent first, paths
that no longer exist dropped on load), stored in a second JSON file.

Every loader here is forgiving: a damaged or hand-edited file yields defaults
for what it cannot read, never an exception, because a settings file must not
stop the app from starting.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import locale
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from . import APP_NAME
from .model import CITATION_STYLES, PAGE_SIZES, Briefing, atomic_write, read_regular_file

PREFERENCES_FILE = "preferences.json"
RECENT_FILES_FILE = "recent-files.json"
RECENT_FILES_CAP = 10
_MAX_TEXT = 200
_MAX_FILE_BYTES = 1024 * 1024  # far more than any settings file; a larger one is not ours

# Countries whose paper is US Letter (ISO 3166 codes); everywhere else uses A4.
LETTER_COUNTRIES = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "CR", "DO", "GT", "NI", "PA", "PR", "SV", "VE"}
)


def config_dir() -> Path:
    """Where preferences, recent files and window state live (follows XDG_CONFIG_HOME etc.)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """Where recovery (autosave) files live (follows XDG_DATA_HOME etc.)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def locale_page_size(locale_name: str | None = None) -> str:
    """``"Letter"`` where the locale's country uses US Letter, else ``"A4"``.

    ``locale_name`` is e.g. ``"en_US.UTF-8"``; by default the paper locale of the
    environment (LC_ALL, LC_PAPER, LANG, then the C library's locale).
    """
    if locale_name is None:
        locale_name = _environment_locale()
    country = locale_name.split(".")[0].split("@")[0].replace("-", "_").partition("_")[2]
    return "Letter" if country.upper() in LETTER_COUNTRIES else "A4"


def _environment_locale() -> str:
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            # "C" and "POSIX" name no country: A4. (Python's getlocale() would call C.UTF-8 en_US.)
            return "" if value in ("C", "POSIX") or value.startswith("C.") else value
    with contextlib.suppress(ValueError):  # Windows and macOS apps get no LANG: ask the C library
        return locale.getlocale()[0] or ""
    return ""


# -- preferences -----------------------------------------------------------------------


@dataclass(frozen=True)
class Option:
    """One preference: its name, label, default and how to clean a stored value."""

    name: str
    label: str
    default: Callable[[], Any]
    clean: Callable[[Any], Any]
    """Returns the value to use, or raises ValueError/TypeError if it cannot be used."""


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not text")
    return " ".join(value.split())[:_MAX_TEXT]


def _one_of(choices: Iterable[str]) -> Callable[[Any], str]:
    allowed = tuple(choices)

    def clean(value: Any) -> str:
        if value not in allowed:
            raise ValueError(f"not one of {allowed}")
        return str(value)

    return clean


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError("not true or false")
    return value


OPTIONS: tuple[Option, ...] = (
    Option("prepared_by", "Prepared by", lambda: "", _text),
    Option("page_size", "Default page size", locale_page_size, _one_of(PAGE_SIZES)),
    Option("citation_style", "Citation style", lambda: "apa", _one_of(CITATION_STYLES)),
    Option("marking", "Marking banner", lambda: "", _text),
    Option("qr", "QR code of the source URL", lambda: True, _flag),
    Option("allow_private_hosts", "Allow downloads from private network addresses", lambda: False, _flag),
    Option("template", "House style", lambda: "", _text),
)
"""The preferences, their labels and defaults, declared as data."""


@dataclass(frozen=True)
class Preferences:
    """The user's choices for new briefings. Immutable: use :meth:`replace` to change."""

    prepared_by: str
    page_size: str
    citation_style: str
    marking: str
    qr: bool
    allow_private_hosts: bool
    """Open URL may download from loopback, private and link-local addresses (an intranet)."""
    template: str = ""
    """The name of the house style new briefings take (see briefing.templates); empty for none."""

    @classmethod
    def defaults(cls) -> Preferences:
        return cls(**{option.name: option.default() for option in OPTIONS})

    @classmethod
    def from_dict(cls, stored: Any) -> Preferences:
        """Preferences from stored JSON; any value that cannot be used falls back to its default."""
        values: dict[str, Any] = {}
        for option in OPTIONS:
            value = option.default()
            if isinstance(stored, dict) and option.name in stored:
                with contextlib.suppress(ValueError, TypeError):
                    value = option.clean(stored[option.name])
            values[option.name] = value
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def replace(self, **changes: Any) -> Preferences:
        """A copy with ``changes`` applied (cleaned the same way as stored values)."""
        merged = self.to_dict()
        for name, value in changes.items():
            option = next((o for o in OPTIONS if o.name == name), None)
            if option is None:
                raise KeyError(f"no preference named {name!r}")
            merged[name] = option.clean(value)
        return Preferences(**merged)

    def apply_to(self, briefing: Briefing) -> None:
        """Fill a new briefing's prepared-by, citation style and layout from these preferences."""
        if not briefing.prepared_by:
            briefing.prepared_by = self.prepared_by
        briefing.citation.style = self.citation_style
        briefing.layout.page_size = self.page_size
        briefing.layout.marking = self.marking
        briefing.layout.qr = self.qr
        if self.template:
            from .templates import find_template, use_template  # deferred: it imports this module

            with contextlib.suppress(ValueError):  # a template since deleted: the standard look
                use_template(briefing, find_template(self.template))


def load_preferences(folder: Path | None = None) -> Preferences:
    """The stored preferences, or the defaults if there are none or the file is unreadable."""
    stored = _read_json((folder or config_dir()) / PREFERENCES_FILE)
    return Preferences.from_dict(stored)


def save_preferences(preferences: Preferences, folder: Path | None = None) -> None:
    """Store ``preferences`` atomically; raises OSError if the folder cannot be written."""
    _write_json((folder or config_dir()) / PREFERENCES_FILE, preferences.to_dict())


# -- recent files ----------------------------------------------------------------------


class RecentFiles:
    """The files opened lately: most recent first, no duplicates, at most ``cap``."""

    def __init__(self, paths: Iterable[str | os.PathLike[str]] = (), cap: int = RECENT_FILES_CAP) -> None:
        self.cap = cap
        self._paths: list[Path] = []
        for path in reversed(list(paths)):
            self.add(path)

    @property
    def paths(self) -> list[Path]:
        return list(self._paths)

    def add(self, path: str | os.PathLike[str]) -> None:
        """Put ``path`` first (moving it up if it is already listed), dropping the oldest past the cap."""
        resolved = _absolute(path)
        self._paths = [resolved] + [p for p in self._paths if p != resolved]
        del self._paths[self.cap :]

    def remove(self, path: str | os.PathLike[str]) -> None:
        resolved = _absolute(path)
        self._paths = [p for p in self._paths if p != resolved]

    def clear(self) -> None:
        self._paths = []

    @classmethod
    def load(cls, folder: Path | None = None, cap: int = RECENT_FILES_CAP) -> RecentFiles:
        """The stored list, without paths that no longer exist."""
        stored = _read_json((folder or config_dir()) / RECENT_FILES_FILE)
        entries = stored if isinstance(stored, list) else []
        existing = [entry for entry in entries if isinstance(entry, str) and entry and Path(entry).is_file()]
        return cls(existing, cap)

    def save(self, folder: Path | None = None) -> None:
        """Store the list atomically; raises OSError if the folder cannot be written."""
        _write_json((folder or config_dir()) / RECENT_FILES_FILE, [str(path) for path in self._paths])


def _absolute(path: str | os.PathLike[str]) -> Path:
    return Path(os.path.abspath(os.fspath(path)))


# -- JSON files --------------------------------------------------------------------------


def _read_json(path: Path) -> Any:
    try:
        return json.loads(read_regular_file(path, _MAX_FILE_BYTES).decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return None


def _write_json(path: Path, value: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
