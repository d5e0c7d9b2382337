"""What of PyInstaller's collection goes into the app: Qt filtered to what Briefing uses.

PyInstaller has no switch to leave Qt out, and its PySide6 hooks collect every plugin and
translation of each Qt module they see, along with every library those plugins link
(the GTK theme plugin alone brings GTK's whole stack). So the spec passes its lists
through :func:`keep`, then :func:`prune_unreachable` drops the libraries that only
the removed files needed. Keep the lists in step with what ``briefing/ui`` imports.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import PurePath

LINUX = sys.platform.startswith("linux")
Entry = tuple[str, str, str]  # (path inside the bundle, source path or link target, kind)

# QtNetwork for the single-instance hand-off (QLocalServer/QLocalSocket, briefing/ui/single_instance.py):
# its library ships anyway (QtPdf links it), so the binding adds only its own 1.3 MB.
QT_MODULES = ["QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtPdfWidgets", "QtNetwork"]

# Qt's own libraries we ship: the seven modules, what they link (QtPdf links Network, QtGui
# links DBus) and the xcb platform's library. ICU is not a Qt library and always stays.
QT_LIBRARIES = {"Core", "Gui", "Widgets", "PrintSupport", "Pdf", "PdfWidgets", "Network", "DBus", "XcbQpa"}

# Plugins by folder; any other folder (wayland, eglfs, sql, tls, qml tooling...) is dropped whole.
QT_PLUGINS = {
    # xcb for X11 and XWayland, offscreen for CI and --smoke-test, minimal as Qt's last resort;
    # windows and cocoa are those platforms' own.
    "platforms": {"qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa"},
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    # Compose and dead keys for typing accented names; ibus for CJK input.
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    # The light/dark preference and portal file dialogs on Linux desktops (GTK's plugin drags in GTK).
    "platformthemes": {"qxdgdesktopportal"},
    "printsupport": {"cupsprintersupport"},
    "imageformats": {"qjpeg", "qgif", "qico"},
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"},
}

# Libraries left to the host, which every desktop Linux with glibc 2.34+ has (the .deb depends
# on them), for reasons beyond size: the font stack must read the host's fontconfig files; a
# libstdc++ older than the host's breaks the host's GPU drivers when they load into the app;
# libcups, libdbus and Kerberos must speak to the host's print server, message bus and
# realm; OpenSSL should get the host's security updates; X11 and GLib are the host's
# desktop. What only these drag in (systemd, gcrypt, krb5, pcre2) is left out with them.
HOST_LIBRARIES = re.compile(
    r"^lib(fontconfig|freetype|stdc\+\+|gcc_s|cups|dbus-1|gssapi_krb5|ssl|crypto|X11|X11-xcb|glib-2\.0|gthread-2\.0)\.so"
)

# Time-zone databases that Linux hosts keep in /usr/share/zoneinfo: Python's zoneinfo reads the
# host's first, and packaging/rthook_host_tz.py points pytz there.
HOST_TIME_ZONES = {("tzdata", "zoneinfo"), ("pytz", "zoneinfo")}

# Python modules that are installed in the build venv but never run in the app.
UNUSED_PYTHON = [
    "tkinter", "_tkinter", "unittest", "pydoc", "pydoc_data", "lib2to3", "idlelib", "ensurepip",
    "venv", "distutils", "setuptools", "pkg_resources", "pip", "readline", "curses", "IPython",
    "numpy", "matplotlib", "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff",
    "importlinter", "grimp", "PyInstaller",
    "cryptography", "lxml.objectify", "lxml.isoschematron",
    # Image codecs no article or card uses; ReportLab needs Pillow itself (AVIF alone is 5 MB).
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin",
]  # fmt: skip

# Babel comes with trafilatura's URL filter, which reads locale data only to match a target
# language, and Briefing sets none: of its 32 MB of locales, keep the root and the languages
# Briefing reads articles in.
BABEL_LOCALES = {"root", "en", "fr", "de", "es", "pt", "ru"}


def _inside_qt(dest: str) -> tuple[str, ...]:
    """The parts of ``dest`` below PySide6/ (and its Qt/ folder); empty outside PySide6."""
    parts = PurePath(dest).parts
    if "PySide6" not in parts:
        return ()
    inner = parts[parts.index("PySide6") + 1 :]
    return inner[1:] if inner and inner[0] == "Qt" else inner


def qt_library(name: str) -> str | None:
    """``Core`` for libQt6Core.so.6, Qt6Core.dll or QtCore.framework; None for any other file."""
    match = re.match(r"^(?:lib)?Qt6([A-Za-z]+)\.(?:so|dll|dylib)|^Qt([A-Za-z]+)(?:\.framework)?$", name)
    return (match.group(1) or match.group(2)) if match else None


def keep(entry: Entry) -> bool:
    """Whether one collected file belongs in the bundle."""
    dest = entry[0]
    name = PurePath(dest).name
    if HOST_LIBRARIES.match(name):
        return False
    if LINUX and PurePath(dest).parts[:2] in HOST_TIME_ZONES:
        return False
    if PurePath(dest).parent.name == "locale-data" and name.endswith(".dat"):
        return PurePath(name).stem in BABEL_LOCALES
    parts = _inside_qt(dest)
    if "translations" in parts:  # Briefing is not translated, so Qt's dialogs stay English too
        return False
    if "plugins" in parts[:-1]:
        folder = parts[parts.index("plugins") + 1]
        stem = re.sub(r"^lib|\.(so|dll|dylib)$", "", name)
        return stem in QT_PLUGINS.get(folder, ())
    if {"qml", "libexec", "metatypes"} & set(parts) or name == "opengl32sw.dll":  # software OpenGL
        return False
    framework = next((p for p in PurePath(dest).parts if p.endswith(".framework")), None)
    library = qt_library(framework or name)
    return library is None or library in QT_LIBRARIES


def elf_needed(path: str) -> list[str]:
    """The libraries an ELF file links directly (its DT_NEEDED names), read with readelf."""
    if not shutil.which("readelf"):
        raise RuntimeError("readelf is missing: install binutils (it also brings the strip the build uses)")
    out = subprocess.run(["readelf", "-d", "-W", path], capture_output=True, text=True, check=False).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def prune_unreachable(
    collected: Iterable[Entry], kept: Iterable[Entry], needed: Callable[[str], list[str]] = elf_needed
) -> tuple[list[Entry], list[str]]:
    """From ``kept``, drop the libraries that only files left out of ``collected`` linked.

    The roots are what something outside the libraries loads: Python extension modules,
    Qt plugins, libpython, and any library no collected file links (it is loaded by name,
    like pypdfium2's libpdfium). A library stays if a root reaches it through link-time
    dependencies. Links (``SYMLINK`` entries) stay while their target does.
    Returns (entries that stay, names of those dropped).
    """
    collected, kept = list(collected), list(kept)
    files = {PurePath(dest).name: src for dest, src, kind in kept if kind != "SYMLINK"}
    links = {PurePath(dest).name: PurePath(src).name for dest, src, kind in kept if kind == "SYMLINK"}
    linked = {name for _dest, src, kind in collected if kind != "SYMLINK" for name in needed(src)}

    def is_root(dest: str, kind: str) -> bool:
        name = PurePath(dest).name
        return (
            kind == "EXTENSION"
            or "plugins" in _inside_qt(dest)
            or name.startswith("libpython")
            or name not in linked
        )

    reached: set[str] = set()
    queue = [PurePath(dest).name for dest, _src, kind in kept if kind != "SYMLINK" and is_root(dest, kind)]
    while queue:
        name = queue.pop()
        name = links.get(name, name)  # a link stands for the file it points to
        if name in reached or name not in files:  # not in files: a host library, or one left out
            continue
        reached.add(name)
        queue.extend(needed(files[name]))
    stay, dropped = [], []
    for entry in kept:
        dest, src, kind = entry
        target = PurePath(src).name if kind == "SYMLINK" else PurePath(dest).name
        (stay if target in reached else dropped).append(entry)
    return stay, sorted(PurePath(dest).name for dest, _src, _kind in dropped)
