"""The app's identity and every platform file generated from it (packaging/identity.py).

Windows and macOS cannot run here, so their files are checked as far as they can be read here:
the Info.plist by plistlib, the version resource by evaluating it as PyInstaller does, the Inno
Setup script by parsing it. The Linux files go through desktop-file-validate and xmllint, and
the release workflow through actionlint.
"""

from __future__ import annotations

import configparser
import importlib.util
import plistlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path, PureWindowsPath

import pytest

import briefing
from briefing.model import FILE_SUFFIX

REPO = Path(__file__).resolve().parent.parent
GENERATED = REPO / "packaging" / "generated"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
WORKFLOW = REPO / ".github" / "workflows" / "release.yml"


def _load(name: str, path: Path):  # the packaging folder is no package (its name is taken on PyPI)
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # (a dataclass looks its module up there)
    spec.loader.exec_module(module)
    return module


identity = _load("identity", REPO / "packaging" / "identity.py")
IDENTITY = identity.load()
ISS = GENERATED / "windows" / f"{IDENTITY.name}.iss"


def tool(name: str) -> str:
    """A command on PATH or beside this Python (the venv's bin/, where pip puts actionlint)."""
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it)")
    return found


# -- one identity, in the code and in every file ------------------------------------------------


def test_the_identity_takes_name_id_version_and_suffix_from_the_code() -> None:
    assert (IDENTITY.name, IDENTITY.app_id, IDENTITY.version) == (
        briefing.APP_NAME,
        briefing.APP_ID,
        briefing.__version__,
    )
    assert IDENTITY.suffix == FILE_SUFFIX
    assert IDENTITY.uti == f"{briefing.APP_ID}.card"
    assert (IDENTITY.icon_folder / "briefing-256.png").is_file()


def test_no_committed_generated_file_drifts_from_the_identity() -> None:
    assert identity.stale() == [], "run: python packaging/identity.py"
    committed = {str(p.relative_to(GENERATED)) for p in GENERATED.rglob("*") if p.is_file()}
    assert committed == set(identity.generated_files(IDENTITY)), "a file in packaging/generated/ nobody makes"


def test_a_changed_identity_shows_up_as_drift(tmp_path: Path) -> None:
    identity.write(tmp_path)
    assert identity.stale(tmp_path) == []
    plist = tmp_path / "macos" / "Info.plist"
    plist.write_bytes(plist.read_bytes().replace(b"11.0", b"10.13"))
    (tmp_path / "windows" / "version_info.txt").unlink()
    assert identity.stale(tmp_path) == ["macos/Info.plist", "windows/version_info.txt"]


def test_the_check_command_passes_on_the_committed_files() -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "identity.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_the_spec_builds_with_the_generated_files() -> None:
    spec = (REPO / "packaging" / "briefing.spec").read_text(encoding="utf-8")
    assert "identity.stale()" in spec  # a stale file stops the build
    assert re.search(r"version=VERSION_FILE if on_windows", spec)
    assert re.search(r"info_plist=INFO_PLIST", spec)
    assert '"version_info.txt"' in spec and '"Info.plist"' in spec


# -- Linux --------------------------------------------------------------------------------------


def test_desktop_entry_passes_desktop_file_validate() -> None:
    path = GENERATED / "linux" / f"{IDENTITY.app_id}.desktop"
    result = subprocess.run([tool("desktop-file-validate"), str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    entry = parser["Desktop Entry"]
    assert (entry["Name"], entry["Icon"], entry["MimeType"]) == (
        IDENTITY.name,
        IDENTITY.app_id,
        f"{IDENTITY.mime_type};",
    )


def test_the_bundle_gets_the_same_linux_files() -> None:
    """packaging/linux/desktop_files.py writes these into the build, with the install's own Exec."""
    desktop_files = _load("desktop_files", REPO / "packaging" / "linux" / "desktop_files.py")
    linux = GENERATED / "linux"
    assert desktop_files.desktop_entry("briefing") == (linux / f"{IDENTITY.app_id}.desktop").read_text(
        "utf-8"
    )
    assert desktop_files.mime_package() == (linux / f"{IDENTITY.app_id}.xml").read_text("utf-8")


def test_mime_package_is_well_formed_xml_and_names_the_suffix() -> None:
    path = GENERATED / "linux" / f"{IDENTITY.app_id}.xml"
    result = subprocess.run([tool("xmllint"), "--noout", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    mime_type = ET.parse(path).getroot().find(f"{MIME_NS}mime-type")
    assert mime_type is not None and mime_type.get("type") == IDENTITY.mime_type
    assert [g.get("pattern") for g in mime_type.iter(f"{MIME_NS}glob")] == [f"*{FILE_SUFFIX}"]


# -- macOS --------------------------------------------------------------------------------------


def test_info_plist_declares_and_owns_the_briefing_document_type() -> None:
    with (GENERATED / "macos" / "Info.plist").open("rb") as file:
        plist = plistlib.load(file)
    assert plist["CFBundleIdentifier"] == IDENTITY.app_id
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == briefing.__version__
    assert plist["CFBundleExecutable"] == IDENTITY.name  # what PyInstaller names the executable on macOS
    assert plist["NSHighResolutionCapable"] is True
    assert re.fullmatch(r"\d+\.\d+", plist["LSMinimumSystemVersion"])

    (document,) = plist["CFBundleDocumentTypes"]
    (declared,) = plist["UTExportedTypeDeclarations"]
    assert document["LSItemContentTypes"] == [declared["UTTypeIdentifier"]] == [IDENTITY.uti]
    assert document["CFBundleTypeExtensions"] == ["briefing"]
    assert (document["CFBundleTypeRole"], document["LSHandlerRank"]) == ("Editor", "Owner")
    tags = declared["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["briefing"]  # without the dot, as macOS wants it
    assert tags["public.mime-type"] == [IDENTITY.mime_type]
    assert "public.json" in declared["UTTypeConformsTo"]
    assert (
        document["CFBundleTypeIconFile"]
        == declared["UTTypeIconFile"]
        == plist["CFBundleIconFile"]
        == "briefing.icns"
    )


# -- Windows: the version resource ----------------------------------------------------------------


def _read_version_resource(text: str) -> dict[str, object]:
    """Evaluate the VSVersionInfo text the way PyInstaller does, with stand-ins that record it."""

    def record(kind: str):
        return lambda *args, **kwargs: {"kind": kind, "args": args, **kwargs}

    names = [
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    ]
    return eval(text, {"__builtins__": {}}, {name: record(name) for name in names})


def test_version_resource_names_the_app_and_its_version() -> None:
    text = (GENERATED / "windows" / "version_info.txt").read_text(encoding="utf-8")
    info = _read_version_resource(text)
    numbers = tuple(int(n) for n in briefing.__version__.split("."))
    assert info["ffi"]["filevers"][:3] == info["ffi"]["prodvers"][:3] == numbers  # type: ignore[index]
    string_file_info, _var_file_info = info["kids"]  # type: ignore[misc]
    (table,) = string_file_info["args"][0]
    strings = dict(struct["args"] for struct in table["args"][1])
    assert strings["ProductName"] == IDENTITY.name
    assert strings["ProductVersion"] == strings["FileVersion"] == briefing.__version__
    assert strings["CompanyName"] == IDENTITY.publisher
    assert strings["OriginalFilename"] == f"{IDENTITY.name}.exe"


def test_pyinstaller_reads_the_version_resource(monkeypatch: pytest.MonkeyPatch) -> None:
    """PyInstaller's own reader, and its encoding into the resource the .exe carries."""
    compat = pytest.importorskip("PyInstaller.compat", reason="PyInstaller comes with the `package` extra")
    if not hasattr(compat, "win32api"):  # off Windows; the reader only needs it to write into an .exe
        monkeypatch.setattr(compat, "win32api", None, raising=False)
    pytest.importorskip("pefile", reason="PyInstaller needs pefile for this only on Windows")
    from PyInstaller.utils.win32 import versioninfo

    info = versioninfo.load_version_info_from_text_file(str(GENERATED / "windows" / "version_info.txt"))
    major, minor, patch, build = IDENTITY.version_numbers
    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == (major << 16 | minor, patch << 16 | build)
    assert f"ProductVersion', '{briefing.__version__}'" in str(info)
    assert len(info.toRaw()) > 500  # encodes


# -- Windows: the Inno Setup installer --------------------------------------------------------------


def parse_inno_parameters(line: str) -> dict[str, str]:
    """One entry line of Inno Setup: ``Name: "quoted, "" doubled"; Flags: a b`` -> a dict by name."""
    parameters: dict[str, str] = {}
    position = 0
    while position < len(line):
        match = re.compile(r"\s*(\w+):\s*").match(line, position)
        assert match, f"no parameter at {line[position:]!r}"
        name, position = match[1], match.end()
        if line.startswith('"', position):
            value, position = "", position + 1
            while True:
                quote = line.index('"', position)
                value += line[position:quote]
                if line.startswith('""', quote):  # a doubled quote is a quote
                    value, position = value + '"', quote + 2
                else:
                    position = quote + 1
                    break
        else:
            end = line.find(";", position)
            end = len(line) if end < 0 else end
            value, position = line[position:end].strip(), end
        parameters[name] = value
        rest = line[position:].lstrip()
        assert not rest or rest.startswith(";"), f"junk after {name}: {rest!r}"
        position = len(line) - len(rest) + 1 if rest else len(line)
    return parameters


def parse_inno_script(text: str) -> dict[str, list[str]]:
    """The script's sections with their lines, comments and blank lines left out."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in text.lstrip("\ufeff").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = sections.setdefault(header[1], [])
        else:
            assert current is not None, f"a line before the first section: {line!r}"
            current.append(line)
    return sections


@pytest.fixture(scope="module")
def inno() -> dict[str, object]:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads the script as UTF-8 only with a byte-order mark"
    sections = parse_inno_script(raw.decode("utf-8"))
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    entries = {
        name: [parse_inno_parameters(line) for line in lines]
        for name, lines in sections.items()
        if name != "Setup"
    }
    return {"setup": setup, **entries}


def test_parameter_parser_reads_doubled_quotes() -> None:
    assert parse_inno_parameters('ValueData: """{app}\\a.exe"" ""%1"""; Flags: x y') == {
        "ValueData": '"{app}\\a.exe" "%1"',
        "Flags": "x y",
    }


def test_installer_installs_per_user_without_admin_rights(inno) -> None:
    setup = inno["setup"]
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # no way to ask for admin rights
    assert setup["DefaultDirName"] == f"{{autopf}}\\{IDENTITY.name}"  # %LOCALAPPDATA%\Programs for a user
    assert setup["AppId"] == "{{" + IDENTITY.installer_app_id + "}"
    assert (setup["AppName"], setup["AppVersion"], setup["AppPublisher"]) == (
        IDENTITY.name,
        briefing.__version__,
        IDENTITY.publisher,
    )
    assert setup["ChangesAssociations"] == "yes"  # Explorer learns the new icon at once
    assert setup["OutputBaseFilename"] == f"{IDENTITY.name}-{briefing.__version__}-windows-x64-setup"
    # Paths are relative to SourceDir, which is relative to the script: the repository's root.
    source_dir = (ISS.parent / PureWindowsPath(setup["SourceDir"]).as_posix()).resolve()
    assert source_dir == REPO
    (files,) = inno["Files"]
    assert files["Source"] == f"dist\\{IDENTITY.name}\\*" and files["DestDir"] == "{app}"
    assert "recursesubdirs" in files["Flags"].split()


def test_installer_adds_a_start_menu_entry(inno) -> None:
    (icon,) = inno["Icons"]
    assert icon["Name"] == f"{{autoprograms}}\\{IDENTITY.name}"  # the user's Start menu, per-user
    assert icon["Filename"] == f"{{app}}\\{IDENTITY.name}.exe"


def test_installer_associates_briefing_files_under_hkcu(inno) -> None:
    registry = inno["Registry"]
    assert {entry["Root"] for entry in registry} == {"HKCU"}  # never HKLM: no admin rights
    assert all(entry["Subkey"].startswith("Software\\Classes\\") for entry in registry)
    values = {
        (entry["Subkey"].removeprefix("Software\\Classes\\"), entry["ValueName"]): entry["ValueData"]
        for entry in registry
    }
    prog_id = values[(FILE_SUFFIX, "")]
    assert prog_id == IDENTITY.uti
    assert values[(FILE_SUFFIX, "Content Type")] == IDENTITY.mime_type
    assert (f"{FILE_SUFFIX}\\OpenWithProgids", prog_id) in values
    exe = f"{{app}}\\{IDENTITY.name}.exe"
    assert values[(f"{prog_id}\\shell\\open\\command", "")] == f'"{exe}" "%1"'
    assert values[(f"{prog_id}\\DefaultIcon", "")] == f"{exe},0"
    assert values[(prog_id, "")] == IDENTITY.document_name


def test_uninstall_removes_every_registry_entry_it_made(inno) -> None:
    registry = inno["Registry"]
    deleted_keys = [e["Subkey"] for e in registry if "uninsdeletekey" in e.get("Flags", "").split()]
    for entry in registry:
        flags = entry.get("Flags", "").split()
        removed = (
            "uninsdeletekey" in flags
            or "uninsdeletevalue" in flags
            or any(entry["Subkey"].startswith(key + "\\") for key in deleted_keys)
        )
        assert removed, f"uninstall leaves {entry['Subkey']} {entry['ValueName']!r} behind"
    # The suffix's key may hold another app's values by then: only our values go, the key if empty.
    suffix_entries = [e for e in registry if e["Subkey"].endswith(FILE_SUFFIX)]
    assert all("uninsdeletekey" not in e["Flags"].split() for e in suffix_entries)
    (leftovers,) = inno["UninstallDelete"]
    assert leftovers == {"Type": "filesandordirs", "Name": "{app}"}
