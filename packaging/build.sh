#!/usr/bin/env bash
# Build the Linux packages of Briefing: `make package` runs this.
#
#   dist/Briefing/                               the one-folder app (run dist/Briefing/briefing)
#   dist/Briefing-VERSION-linux-ARCH.tar.gz      that folder, with install.sh for a per-user install
#   dist/briefing_VERSION_ARCH.deb               installs to /opt/briefing, /usr/bin/briefing
#
# Uses the project venv ($VENV, default .venv) and installs PyInstaller into it (the `package` extra).
# Fails if the unpacked app grows past the size budget ($MAX_BUNDLE_MB, default 150).
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
PY=$VENV/bin/python
MAX_BUNDLE_MB=${MAX_BUNDLE_MB:-150}
started=$(date +%s)

if ! command -v readelf >/dev/null || ! command -v strip >/dev/null; then
    # binutils: PyInstaller strips the binaries with it; the Qt filter reads their links with it.
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends binutils >/dev/null
    else
        echo "build.sh: needs binutils (strip, readelf): sudo apt-get install binutils" >&2
        exit 1
    fi
fi
[ -x "$PY" ] || python3 -m venv "$VENV"
# The `package` extra brings PyInstaller; `make package` has installed the app's own dependencies.
if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
    "$PY" -m pip install --quiet --disable-pip-version-check --editable '.[package]'
fi

version=$("$PY" -c 'import runpy; print(runpy.run_path("briefing/__init__.py")["__version__"])')
arch=$(uname -m)

echo "Building Briefing $version with PyInstaller..."
"$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/briefing.spec

bundle=dist/Briefing
# Desktop integration travels inside the bundle, so the tarball installs itself.
"$PY" packaging/linux/desktop_files.py "$bundle/share"
install -m 755 packaging/linux/install.sh packaging/linux/uninstall.sh "$bundle/"

size_mb=$(( $(du -sb "$bundle" | cut -f1) / 1000000 ))
echo "Unpacked app: $size_mb MB (budget $MAX_BUNDLE_MB MB)"
if [ "$size_mb" -gt "$MAX_BUNDLE_MB" ]; then
    echo "build.sh: the app is over its size budget; see the Qt filters in packaging/briefing.spec" >&2
    exit 1
fi
glibc=$("$PY" packaging/linux/glibc_floor.py "$bundle")
echo "Runs on glibc $glibc or newer (the glibc of the machine that built it, or PySide6's 2.34)"

tarball=dist/Briefing-$version-linux-$arch.tar.gz
tar --sort=name --owner=0 --group=0 --numeric-owner -C dist -czf "$tarball" Briefing
echo "Wrote $tarball ($(( $(stat -c %s "$tarball") / 1000000 )) MB)"

packaging/linux/build_deb.sh "$bundle" "$version" "$glibc"
echo "Packages built in $(( $(date +%s) - started )) s"
