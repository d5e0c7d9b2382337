"""Write a file so that a crash or a full disk never leaves it half-written."""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from pathlib import Path

NAME_MAX = 255
"""The longest file name (in bytes) the common file systems accept."""
STALE_SECONDS = 60.0
"""A temporary file of ours older than this was left by a save that was killed: no save takes so long."""
_RANDOM = 8  # the characters tempfile.mkstemp puts between prefix and suffix
_SUFFIX = ".tmp"


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step.

    The bytes go to a temporary file ``.NAME.XXXXXXXX.tmp`` in the same folder (NAME
    shortened so that any name the file system accepts works), are flushed and synced
    to disk, and only then renamed over ``path``: readers see the old file or the new
    one, never a mixture, and a failure leaves the old file untouched. Temporary files
    of ours that a killed save left behind are removed first.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    prefix = temporary_prefix(target.name)
    remove_stale_temporaries(folder, prefix)
    handle, temp_name = tempfile.mkstemp(prefix=prefix, suffix=_SUFFIX, dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temp_name, _mode_for(target))
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _sync_folder(folder)


def temporary_prefix(name: str) -> str:
    """``.NAME.``, with NAME cut (at a character) so the whole temporary name fits in :data:`NAME_MAX` bytes."""
    budget = NAME_MAX - len(".") - len(".") - _RANDOM - len(_SUFFIX)
    while len(os.fsencode(name)) > budget:
        name = name[:-1]
    return f".{name}."


def remove_stale_temporaries(folder: Path, prefix: str, now: float | None = None) -> list[Path]:
    """Delete ``prefix``XXXXXXXX.tmp files in ``folder`` older than :data:`STALE_SECONDS`; returns them.

    Only names of exactly our making are touched, only ordinary files, and never one
    young enough to belong to a save still running in another process.
    """
    pattern = re.compile(re.escape(prefix) + f"[a-z0-9_]{{{_RANDOM}}}" + re.escape(_SUFFIX))
    now = time.time() if now is None else now
    removed: list[Path] = []
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if not pattern.fullmatch(entry.name):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(info.st_mode) and now - info.st_mtime > STALE_SECONDS:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; new files get the usual umask default."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
