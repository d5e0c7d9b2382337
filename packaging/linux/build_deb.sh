#!/usr/bin/env bash
# Wrap the built app folder in a .deb for Debian and Ubuntu: build_deb.sh BUNDLE_DIR VERSION GLIBC
#
# Installs the app to /opt/briefing, the command to /usr/bin/briefing, and the menu entry, icons
# and MIME type under /usr/share. No maintainer scripts: the desktop-file-utils,
# shared-mime-info and hicolor-icon-theme packages refresh their caches through dpkg triggers.
set -euo pipefail
cd "$(dirname "$0")/../.."

usage="usage: build_deb.sh BUNDLE_DIR VERSION GLIBC (GLIBC: the oldest glibc it runs on, e.g. 2.35)"
bundle=${1:?$usage}
version=${2:?$usage}
glibc=${3:?$usage}
arch=$(dpkg --print-architecture)
root=build/deb/briefing_${version}_${arch}
deb=dist/briefing_${version}_${arch}.deb

rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/doc/briefing"
cp -R "$bundle" "$root/opt/briefing"
# The per-user installer has no place in a system package; its desktop files move to /usr/share.
rm -f "$root/opt/briefing/install.sh" "$root/opt/briefing/uninstall.sh"
mv "$root/opt/briefing/share/"* "$root/usr/share/"
rmdir "$root/opt/briefing/share"
ln -s /opt/briefing/briefing "$root/usr/bin/briefing"
# Libraries are loaded, not run (PyInstaller leaves them executable).
find "$root/opt/briefing/_internal" -type f -name "*.so*" -exec chmod 644 {} +
{
    echo "Briefing is under the $(head -1 LICENSE), whose text follows."
    echo "It bundles Python (PSF licence), Qt and PySide6 (LGPL-3, /usr/share/common-licenses/LGPL-3), ReportLab (BSD), Pillow"
    echo "(MIT-CMU) and the DejaVu fonts (/opt/briefing/_internal/assets/fonts/LICENSE-DejaVu.txt)."
    echo
    cat LICENSE
} >"$root/usr/share/doc/briefing/copyright"

printf 'briefing (%s) stable; urgency=medium\n\n  * Release %s; see the project README for changes.\n\n -- The Briefing developers <briefing@example.org>  %s\n' \
    "$version" "$version" "$(date -R)" | gzip -9n >"$root/usr/share/doc/briefing/changelog.gz"

# What the bundle leaves to the host (HOST_LIBRARIES in packaging/bundle_filter.py), by the
# package names Debian 12 and Ubuntu 22.04 use and the names Ubuntu 24.04 gave them since.
cat >"$root/DEBIAN/control" <<EOF
Package: briefing
Version: $version
Architecture: $arch
Maintainer: The Briefing developers <briefing@example.org>
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: libc6 (>= $glibc), libstdc++6 (>= 11), libgcc-s1, libgl1, libegl1, libx11-6, libx11-xcb1, libxcb1, libfontconfig1, libfreetype6, libdbus-1-3, libgssapi-krb5-2, libglib2.0-0t64 | libglib2.0-0, libssl3t64 | libssl3, tzdata
Recommends: libcups2t64 | libcups2
Section: misc
Priority: optional
Description: turn a news article into a one-page briefing card
 Briefing reads a news article and drafts a one-page card of its quotes,
 people, places, dates and positions with a proper citation, which you edit
 and print or save as PDF. Double-click a .briefing file to reopen a card.
EOF

mkdir -p dist
# gzip: every dpkg reads it, and it packs 100+ MB in seconds where xz takes minutes on two cores.
dpkg-deb --root-owner-group -Zgzip --build "$root" "$deb" >/dev/null
echo "Wrote $deb ($(( $(stat -c %s "$deb") / 1000000 )) MB)"
