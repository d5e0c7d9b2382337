"""What goes into the packaged app: the Qt filter, the pruning of orphaned libraries, the icons.

These decide the bundle's size and whether it starts; the real build is checked end to end
by packaging/ci_smoke.sh.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from PIL import Image

REPO = Path(__file__).resolve().parent.parent


def _load(name: str, path: Path):  # the packaging folder is no package (its name is taken on PyPI)
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_filter = _load("bundle_filter", REPO / "packaging" / "bundle_filter.py")
app_icons = _load("app_icons", REPO / "packaging" / "app_icons.py")
glibc_floor = _load("glibc_floor", REPO / "packaging" / "linux" / "glibc_floor.py")


def kept(dest: str) -> bool:
    return bundle_filter.keep((dest, "/src/" + dest, "BINARY"))


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6PdfWidgets.so.6",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/lib/libicudata.so.73",
        "PySide6/QtPrintSupport.abi3.so",
        "PySide6/QtNetwork.abi3.so",  # the single-instance hand-off
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt6Widgets.dll",  # Windows
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui",  # macOS
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "libpython3.11.so.1.0",
        "libxkbcommon-x11.so.0",
    ],
)
def test_what_the_app_uses_stays(dest: str) -> None:
    assert kept(dest)


def test_every_qt_module_the_app_imports_is_bundled() -> None:
    """A Qt binding the spec excludes fails only in the built app, at the moment it is imported."""
    imported = set()
    for path in (REPO / "briefing").rglob("*.py"):
        imported |= set(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert imported and imported <= set(bundle_filter.QT_MODULES), sorted(
        imported - set(bundle_filter.QT_MODULES)
    )


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6OpenGL.so.6",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "libQt6Svg.so.6",  # PyInstaller's top-level link to a Qt library counts too
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt6Quick.dll",
        "PySide6/opengl32sw.dll",
        "PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml",
        "libfontconfig.so.1",
        "libstdc++.so.6",
        "libssl.so.3",
        "babel/locale-data/en_GB.dat",
    ],
)
def test_what_it_does_not_use_or_the_host_provides_goes(dest: str) -> None:
    assert not kept(dest)


def test_babel_keeps_the_languages_briefing_reads() -> None:
    assert kept("babel/locale-data/root.dat") and kept("babel/locale-data/fr.dat")


# A small link graph: the GTK theme plugin (left out) drags in GTK; pypdfium2's library is
# loaded by name, so nothing links it; the xcb plugin links the xcb library and xkbcommon.
LINKS = {
    "/src/libqgtk3.so": ["libgtk-3.so.0", "libQt6Gui.so.6"],
    "/src/libgtk-3.so.0": ["libcairo.so.2"],
    "/src/libcairo.so.2": [],
    "/src/libqxcb.so": ["libQt6XcbQpa.so.6", "libQt6Gui.so.6"],
    "/src/libQt6XcbQpa.so.6": ["libxkbcommon.so.0", "libQt6Gui.so.6", "libfontconfig.so.1"],
    "/src/libQt6Gui.so.6": ["libQt6Core.so.6"],
    "/src/libQt6Core.so.6": ["libicuuc.so.73"],
    "/src/libicuuc.so.73": [],
    "/src/libxkbcommon.so.0": [],
    "/src/libpdfium.so": [],
    "/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
}


def entry(dest: str, kind: str = "BINARY") -> tuple[str, str, str]:
    return (dest, "/src/" + Path(dest).name, kind)


COLLECTED = [
    entry("PySide6/Qt/plugins/platformthemes/libqgtk3.so"),
    entry("libgtk-3.so.0"),
    entry("libcairo.so.2"),
    entry("PySide6/Qt/plugins/platforms/libqxcb.so"),
    entry("PySide6/Qt/lib/libQt6XcbQpa.so.6"),
    entry("PySide6/Qt/lib/libQt6Gui.so.6"),
    entry("PySide6/Qt/lib/libQt6Core.so.6"),
    entry("PySide6/Qt/lib/libicuuc.so.73"),
    entry("libxkbcommon.so.0"),
    entry("pypdfium2_raw/libpdfium.so"),
    entry("PySide6/QtGui.abi3.so", "EXTENSION"),
    ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
    ("libcairo.so.2.1", "libcairo.so.2", "SYMLINK"),
]


def test_pruning_drops_what_only_the_left_out_plugin_needed() -> None:
    kept_entries = [e for e in COLLECTED if "qgtk3" not in e[0]]
    stay, dropped = bundle_filter.prune_unreachable(COLLECTED, kept_entries, needed=lambda src: LINKS[src])
    names = {Path(dest).name for dest, _src, _kind in stay}
    assert dropped == ["libcairo.so.2", "libcairo.so.2.1", "libgtk-3.so.0"]
    assert {
        "libqxcb.so",
        "libQt6XcbQpa.so.6",
        "libQt6Core.so.6",
        "libicuuc.so.73",
        "libxkbcommon.so.0",
    } <= names
    assert "libpdfium.so" in names  # loaded by name at run time: nothing links it, it must stay
    assert ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK") in stay


def test_pruning_keeps_everything_when_nothing_was_left_out() -> None:
    stay, dropped = bundle_filter.prune_unreachable(COLLECTED, COLLECTED, needed=lambda src: LINKS[src])
    assert dropped == [] and stay == COLLECTED


# -- icons -----------------------------------------------------------------------------------


def draw(folder: Path, *sizes: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for size in sizes:
        Image.new("RGBA", (size, size), (20, 60, 140, 255)).save(folder / f"icon-{size}.png")


def test_icons_for_windows_and_macos_hold_every_size(tmp_path: Path) -> None:
    draw(tmp_path / "drawn", 16, 32, 48, 256, 512)
    ico, icns = app_icons.make_icons(tmp_path / "drawn", tmp_path / "out")
    with Image.open(ico) as image:
        assert image.format == "ICO"
        assert {(s, s) for s in app_icons.ICO_SIZES} <= set(image.info["sizes"])
    with Image.open(icns) as image:
        assert image.format == "ICNS"
        assert {(512, 512, 2), (256, 256, 1), (128, 128, 1), (16, 16, 2)} <= set(image.info["sizes"])


def test_the_repository_icon_set_is_complete() -> None:
    sizes = app_icons.drawn_sizes(REPO / "assets" / "icons")
    assert {16, 32, 48, 256} <= set(sizes), "the title bar, task switcher and menus need these sizes"


def test_no_icon_drawn_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    Image.new("RGBA", (64, 32)).save(tmp_path / "empty" / "wide.png")  # not square: no app icon
    with pytest.raises(app_icons.IconError, match="no square PNG icon"):
        app_icons.drawn_sizes(tmp_path / "empty")


# -- glibc floor -----------------------------------------------------------------------------


def test_glibc_floor_is_the_newest_version_any_library_asks_for(tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "old.so").write_bytes(b"\x7fELF....GLIBC_2.17\x00GLIBC_2.2.5\x00")
    (tmp_path / "lib" / "new.so").write_bytes(b"\x7fELF....GLIBC_2.34\x00GLIBC_2.28\x00")
    (tmp_path / "notes.txt").write_bytes(b"GLIBC_2.99\x00 is only text here")
    minor, path = glibc_floor.glibc_floor(tmp_path)
    assert minor == 34 and path is not None and path.name == "new.so"
