"""PyInstaller runtime hook: on Linux, pytz reads the host's time-zone database.

The bundle leaves pytz's own 2.6 MB copy out there (packaging/bundle_filter.py), as every
Linux desktop keeps the same IANA files in /usr/share/zoneinfo, updated with the system.
"""

import os
import sys

if sys.platform.startswith("linux") and os.path.isdir("/usr/share/zoneinfo"):
    os.environ.setdefault("PYTZ_TZDATADIR", "/usr/share/zoneinfo")
