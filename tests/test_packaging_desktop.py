"""Linux desktop integration: the menu entry, the .briefing file type and the per-user installer.

The installer is run for real into a temporary HOME, on a stand-in app folder laid out like
the built one (a PyInstaller build takes a minute; packaging/ci_smoke.sh runs the real one).
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from briefing import APP_ID, APP_NAME
from briefing.model import FILE_SUFFIX, Article, Briefing, dumps

REPO = Path(__file__).resolve().parent.parent
LINUX = REPO / "packaging" / "linux"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktop integration")


def _load(name: str, path: Path):  # the packaging folder is no package (its name is taken on PyPI)
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


desktop_files = _load("desktop_files", LINUX / "desktop_files.py")


def read_entry(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read_string(text)
    return parser["Desktop Entry"]


def validate(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_desktop_entry_opens_a_file_from_the_office_menu(tmp_path: Path) -> None:
    entry = read_entry(desktop_files.desktop_entry("briefing"))
    assert entry["Name"] == APP_NAME
    assert entry["Exec"] == "briefing %f"  # %f: a double-clicked file arrives as the argument
    assert entry["Icon"] == APP_ID
    assert "Office" in entry["Categories"].split(";")
    assert entry["MimeType"].split(";")[0] == desktop_files.MIME_TYPE
    # The task switcher groups the window with this entry by its X11 class, which Qt sets to APP_NAME.
    assert entry["StartupWMClass"] == APP_NAME
    path = tmp_path / f"{APP_ID}.desktop"
    path.write_text(desktop_files.desktop_entry("briefing"), encoding="utf-8")
    validate(path)


def test_mime_type_claims_the_suffix_and_recognises_a_saved_file_by_content() -> None:
    root = ET.fromstring(desktop_files.mime_package())
    mime_type = root.find(f"{MIME_NS}mime-type")
    assert mime_type is not None and mime_type.get("type") == "application/x-briefing"
    assert [g.get("pattern") for g in mime_type.iter(f"{MIME_NS}glob")] == [f"*{FILE_SUFFIX}"]
    (match,) = mime_type.iter(f"{MIME_NS}match")
    start, end = (int(n) for n in match.get("offset", "").split(":"))
    saved = dumps(Briefing(headline="Magic", article=Article(title="T", paragraphs=["p"])), written_by="test")
    found = saved.encode("utf-8").find(match.get("value", "").encode("utf-8"))
    assert start <= found <= end, "the magic string must sit where the app writes it"


def test_update_mime_database_maps_the_suffix_to_the_type(tmp_path: Path) -> None:
    tool = shutil.which("update-mime-database")
    if tool is None:
        pytest.skip("update-mime-database is not installed (Debian: shared-mime-info)")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    (packages / f"{APP_ID}.xml").write_text(desktop_files.mime_package(), encoding="utf-8")
    subprocess.run([tool, str(tmp_path / "mime")], check=True, capture_output=True)
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"application/x-briefing:*{FILE_SUFFIX}" in globs


# -- the per-user installer --------------------------------------------------------------


@pytest.fixture
def app_folder(tmp_path: Path) -> Path:
    """An unpacked app folder as packaging/build.sh lays it out, with a stand-in executable."""
    folder = tmp_path / "unpacked" / "Briefing"
    folder.mkdir(parents=True)
    executable = folder / "briefing"
    # It says what it was asked to open, on stdout and in a file (a launcher keeps no stdout).
    executable.write_text(
        '#!/bin/sh\necho "Briefing stand-in: $*" | tee -a "$HOME/opened.txt"\n', encoding="utf-8"
    )
    executable.chmod(0o755)
    desktop_files.write_share(folder / "share")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(LINUX / script, folder / script)
    return folder


def run_script(script: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    return subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True, check=False)


def test_install_puts_the_app_in_the_menu_and_on_the_path(app_folder: Path, tmp_path: Path) -> None:
    home = tmp_path / "home with space"
    home.mkdir()
    result = run_script(app_folder / "install.sh", home)
    assert result.returncode == 0, result.stderr

    installed = home / ".local" / "opt" / "briefing" / "briefing"
    command = home / ".local" / "bin" / "briefing"
    ran = subprocess.run([str(command), "card.briefing"], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "Briefing stand-in: card.briefing"

    entry_path = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    entry = read_entry(entry_path.read_text(encoding="utf-8"))
    assert entry["Exec"] == f'"{installed}" %f'  # quoted: the home folder has a space
    assert entry["TryExec"] == str(installed)
    validate(entry_path)
    assert (home / ".local" / "share" / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    icon = home / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png"
    assert icon.is_file()
    if shutil.which("update-mime-database"):
        globs = (home / ".local" / "share" / "mime" / "globs2").read_text(encoding="utf-8")
        assert f"application/x-briefing:*{FILE_SUFFIX}" in globs


def test_double_clicking_a_card_opens_it_in_the_installed_app(app_folder: Path, tmp_path: Path) -> None:
    """What a file manager does on a double-click, done by GIO (GNOME's and Xfce's file managers)."""
    gio = shutil.which("gio")
    if gio is None or not shutil.which("update-mime-database"):
        pytest.skip("needs gio (Debian: libglib2.0-bin) and update-mime-database (shared-mime-info)")
    home = tmp_path / "home"
    home.mkdir()
    assert run_script(app_folder / "install.sh", home).returncode == 0
    card = tmp_path / "Downloads" / f"Arlen talks{FILE_SUFFIX}"
    card.parent.mkdir()
    card.write_text(dumps(Briefing(headline="Arlen talks")), encoding="utf-8")
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "XDG_DATA_DIRS": "/usr/share"}

    kind = subprocess.run(
        [gio, "info", "-a", "standard::content-type", str(card)], env=env, capture_output=True, text=True
    )
    assert "application/x-briefing" in kind.stdout
    subprocess.run([gio, "open", str(card)], env=env, check=True, capture_output=True, timeout=30)
    opened = home / "opened.txt"
    deadline = time.monotonic() + 10
    while not opened.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert opened.read_text(encoding="utf-8").strip() == f"Briefing stand-in: {card}"


def test_installing_again_upgrades_in_place(app_folder: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    assert run_script(app_folder / "install.sh", home).returncode == 0
    (app_folder / "briefing").write_text('#!/bin/sh\necho "version two"\n', encoding="utf-8")
    assert run_script(app_folder / "install.sh", home).returncode == 0
    ran = subprocess.run(
        [str(home / ".local" / "bin" / "briefing")], capture_output=True, text=True, check=True
    )
    assert ran.stdout.strip() == "version two"
    assert not (home / ".local" / "opt" / "briefing.new").exists()


def test_uninstall_removes_what_install_added_and_nothing_else(app_folder: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    assert run_script(app_folder / "install.sh", home).returncode == 0
    card = home / "Documents" / f"mine{FILE_SUFFIX}"
    card.parent.mkdir()
    card.write_text("{}", encoding="utf-8")

    result = run_script(home / ".local" / "opt" / "briefing" / "uninstall.sh", home)
    assert result.returncode == 0, result.stderr
    share = home / ".local" / "share"
    assert not (home / ".local" / "opt" / "briefing").exists()
    assert not (home / ".local" / "bin" / "briefing").exists()
    assert not (share / "applications" / f"{APP_ID}.desktop").exists()
    assert not (share / "mime" / "packages" / f"{APP_ID}.xml").exists()
    assert not list((share / "icons").rglob(f"{APP_ID}.png"))
    assert card.read_text(encoding="utf-8") == "{}"


def test_uninstall_leaves_another_briefing_command_alone(app_folder: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    assert run_script(app_folder / "install.sh", home).returncode == 0
    command = home / ".local" / "bin" / "briefing"
    command.unlink()
    command.write_text("#!/bin/sh\necho pip-installed\n", encoding="utf-8")  # e.g. from `pip install --user`
    assert run_script(home / ".local" / "opt" / "briefing" / "uninstall.sh", home).returncode == 0
    assert command.read_text(encoding="utf-8") == "#!/bin/sh\necho pip-installed\n"


def test_install_from_the_wrong_folder_says_so(tmp_path: Path) -> None:
    stray = tmp_path / "Downloads"
    stray.mkdir()
    shutil.copy2(LINUX / "install.sh", stray / "install.sh")
    home = tmp_path / "home"
    home.mkdir()
    result = run_script(stray / "install.sh", home)
    assert result.returncode != 0
    assert "unpacked Briefing folder" in result.stderr
    assert not (home / ".local" / "opt").exists()
