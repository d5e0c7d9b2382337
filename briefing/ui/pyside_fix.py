"""Keep PySide6 6.12.0 from crashing the interpreter on Python 3.11.

That build returns ``None`` from every void method, and ``True`` from
``Signal.emit()``, without taking a reference to it. Each call then releases a
reference Python never had; after some thousands of calls (a few seconds of
use) the count reaches zero and CPython aborts with "deallocating None".
Python 3.12 made these singletons immortal, which hides the bug there. Here we
do the same by hand: if a probe shows the leak, the three singletons get a
reference count so large that no session can use it up. They are never freed
anyway, so nothing else changes. No-op on fixed PySide builds and Python 3.12+.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

_HEADROOM = 1 << 48


def _void_call_leaks_none() -> bool:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(4):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def apply() -> bool:
    """Protect None, True and False if this PySide build needs it; returns whether it did."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or not _void_call_leaks_none():
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object, at the object's address.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    return True
