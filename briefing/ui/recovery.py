"""Never lose work: autosave the open briefing to a recovery file, and find files a crash left.

Each running window owns a session id. Its recovery file is
``<data dir>/recovery/<id>.briefing`` (with ``<id>.json`` saying where the
briefing was saved, if anywhere), guarded by ``<id>.lock``, a ``QLockFile``
that Qt knows to be stale once the process is gone. On start, recovery files
whose lock is stale belong to a session that crashed: the app offers them.
A clean close or a save deletes the session's file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import secrets
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from .. import APP_NAME, __version__
from ..model import Briefing, BriefingFileError, atomic_write, load, save
from ..settings import data_dir
from .document import BriefingDocument

AUTOSAVE_INTERVAL_MS = 30_000
STRUCTURE_AUTOSAVE_DELAY_MS = 300


@dataclass(frozen=True)
class RecoveryEntry:
    """A briefing left behind by a session that did not close cleanly."""

    briefing_path: Path
    original: Path | None
    saved_at: dt.datetime
    title: str


class RecoveryStore:
    """This session's recovery file, and those of crashed sessions."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or data_dir() / "recovery"
        self.session_id = secrets.token_hex(8)
        self._lock: QLockFile | None = None

    @property
    def path(self) -> Path:
        return self.folder / f"{self.session_id}.briefing"

    def _ensure_lock(self) -> None:
        if self._lock is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._lock = QLockFile(str(self.folder / f"{self.session_id}.lock"))
            self._lock.setStaleLockTime(0)  # stale only when the process is gone, never by age
            self._lock.tryLock(0)

    def autosave(self, briefing: Briefing, original: Path | None) -> None:
        """Write ``briefing`` to this session's recovery file; raises OSError/BriefingFileError."""
        self._ensure_lock()
        save(briefing, self.path, written_by=f"{APP_NAME} {__version__} (recovery)")
        meta = {"original": str(original) if original else None, "title": briefing.headline}
        atomic_write(self.path.with_suffix(".json"), json.dumps(meta, ensure_ascii=False).encode("utf-8"))

    def discard(self) -> None:
        """Delete this session's recovery file (the briefing was saved or closed)."""
        for path in (self.path, self.path.with_suffix(".json")):
            with contextlib.suppress(OSError):
                path.unlink()

    def close(self) -> None:
        self.discard()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def orphans(self) -> list[RecoveryEntry]:
        """Recovery files of sessions that ended without closing cleanly, newest first."""
        entries = []
        for path in self.folder.glob("*.briefing") if self.folder.is_dir() else []:
            if path.stem == self.session_id or not _owner_is_gone(path):
                continue
            meta = _read_meta(path.with_suffix(".json"))
            original = meta.get("original")
            entries.append(
                RecoveryEntry(
                    briefing_path=path,
                    original=Path(original) if isinstance(original, str) else None,
                    saved_at=dt.datetime.fromtimestamp(path.stat().st_mtime),
                    title=str(meta.get("title") or ""),
                )
            )
        return sorted(entries, key=lambda entry: entry.saved_at, reverse=True)

    def take(self, entry: RecoveryEntry) -> Briefing:
        """Read a crashed session's briefing and remove its files; raises BriefingFileError."""
        briefing = load(entry.briefing_path)
        self.drop(entry)
        return briefing

    def set_aside(self, entry: RecoveryEntry) -> None:
        """Rename an unreadable recovery file to ``.damaged`` so it is kept but not offered again."""
        with contextlib.suppress(OSError):
            entry.briefing_path.rename(entry.briefing_path.with_suffix(".damaged"))
        self.drop(entry)

    def drop(self, entry: RecoveryEntry) -> None:
        for path in (
            entry.briefing_path,
            entry.briefing_path.with_suffix(".json"),
            entry.briefing_path.with_suffix(".lock"),
        ):
            with contextlib.suppress(OSError):
                path.unlink()


def _owner_is_gone(path: Path) -> bool:
    """Whether the session that wrote ``path`` has ended (its lock is free or stale)."""
    lock = QLockFile(str(path.with_suffix(".lock")))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        lock.unlock()
        return True
    return False


def _read_meta(path: Path) -> dict[str, object]:
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


class Autosaver(QObject):
    """Saves the open briefing to the recovery store every 30 s and soon after structural edits.

    ``failed`` carries a one-line message when autosaving starts to fail (the window shows
    it in the status bar), once per kind of failure, not at every attempt.
    """

    failed = Signal(str)

    def __init__(
        self, document: BriefingDocument, store: RecoveryStore, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.store = store
        self.last_error = ""
        self._dirty = False
        self._interval = QTimer(self, interval=AUTOSAVE_INTERVAL_MS)
        self._interval.timeout.connect(self._on_interval)
        self._interval.start()
        self._soon = QTimer(self, singleShot=True, interval=STRUCTURE_AUTOSAVE_DELAY_MS)
        self._soon.timeout.connect(self.save_now)
        document.changed.connect(self._on_changed)
        document.structure_changed.connect(self._soon.start)
        document.modified_changed.connect(self._on_modified_changed)

    def _on_changed(self) -> None:
        self._dirty = True

    def _on_interval(self) -> None:
        if self._dirty:
            self.save_now()

    def _on_modified_changed(self, modified: bool) -> None:
        if not modified:
            self._dirty = False
            self.store.discard()

    def save_now(self) -> None:
        """Write the recovery file now if there is anything unsaved; drop it if there is not."""
        self._dirty = False
        if self.document.briefing is None or not self.document.is_modified:
            self.store.discard()
            return
        try:
            self.store.autosave(self.document.briefing, self.document.path)
            self.last_error = ""
        except (OSError, BriefingFileError) as error:
            # Autosave is a safety net: report it once in the status bar, never interrupt typing.
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            message = f"Autosave failed ({reason}); save (File › Save) to keep your work safe."
            if message != self.last_error:
                self.last_error = message
                self.failed.emit(message)
