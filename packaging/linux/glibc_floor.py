"""Print the oldest glibc the built app runs on (e.g. ``2.35``): the newest GLIBC_2.x it asks for.

The bundle carries its own libraries but uses the host's glibc, so the app starts only
where glibc is at least this new: the glibc of the build machine, at most. The .deb's
``Depends: libc6 (>= ...)`` is this number. ``python glibc_floor.py dist/Briefing``
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
GLIBC_VERSION = re.compile(rb"GLIBC_2\.(\d+)(?:\.\d+)?\x00")


def glibc_floor(bundle: Path) -> tuple[int, Path | None]:
    """The highest ``GLIBC_2.N`` minor version named by any ELF file under ``bundle``, and that file."""
    highest, where = 0, None
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as file:
            if file.read(4) != ELF_MAGIC:
                continue
            data = file.read()
        for match in GLIBC_VERSION.finditer(data):
            minor = int(match.group(1))
            if minor > highest:
                highest, where = minor, path
    return highest, where


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: glibc_floor.py BUNDLE_DIR")
    minor, _path = glibc_floor(Path(sys.argv[1]))
    if not minor:
        sys.exit(f"glibc_floor: no Linux binary under {sys.argv[1]}")
    print(f"2.{minor}")
