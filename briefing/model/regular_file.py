"""Reading a file that must be an ordinary file of bounded size.

A named pipe would block the reader forever and a link to ``/dev/zero`` would
fill the memory, so every path Briefing reads goes through :func:`read_regular_file`:
it opens without blocking, looks at what it opened (not at what the name pointed
to a moment earlier) and reads at most ``limit`` bytes.
"""

from __future__ import annotations

import errno
import os
import stat


class NotARegularFile(OSError):
    """The path names a pipe, a device, a socket: nothing with an article or a card in it."""

    def __init__(self, path: str, kind: str) -> None:
        super().__init__(errno.EINVAL, f"it is {kind}, not an ordinary file", path)
        self.kind = kind


class FileTooLarge(OSError):
    """The file holds more than the caller's limit; ``size`` is its size in bytes."""

    def __init__(self, path: str, size: int, limit: int) -> None:
        super().__init__(errno.EFBIG, "file too large", path)
        self.size = size
        self.limit = limit


def read_regular_file(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the ordinary file at ``path``; raises :class:`OSError` (or a subclass above)."""
    name = os.fspath(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(name, flags)
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), name)
        if not stat.S_ISREG(info.st_mode):
            raise NotARegularFile(name, _kind(info.st_mode))
        if info.st_size > limit:
            raise FileTooLarge(name, info.st_size, limit)
        chunks: list[bytes] = []
        size = 0
        while size <= limit:  # the file may grow while we read it
            chunk = os.read(descriptor, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise FileTooLarge(name, size, limit)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "something other than a file"
