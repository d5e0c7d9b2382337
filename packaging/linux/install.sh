#!/bin/sh
# Install Briefing for the current user, from the unpacked folder this script sits in.
#
#   ./install.sh        copies the app to ~/.local/opt/briefing, puts `briefing` in ~/.local/bin,
#                       and adds the menu entry, the icon and the .briefing file type
#
# No root needed. Run it again to upgrade; run uninstall.sh to remove everything it added.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
app_dir=$HOME/.local/opt/briefing
bin_dir=$HOME/.local/bin

fail() { echo "install.sh: $*" >&2; exit 1; }

[ -x "$here/briefing" ] && [ -d "$here/share/applications" ] ||
    fail "run this script from the unpacked Briefing folder (it must hold 'briefing' and 'share/')"
# The app's id names every file it installs; the build took it from briefing/__init__.py.
entry=$(ls "$here"/share/applications/*.desktop)
APP_ID=$(basename "$entry" .desktop)
case $app_dir in
    *[\"\`\$\\]*) fail "your home folder's path has a character a desktop entry cannot hold: $app_dir" ;;
esac

# Copy beside the old install first, then swap, so a failed copy leaves the old app working.
if [ "$here" != "$app_dir" ]; then
    mkdir -p "$(dirname "$app_dir")"
    rm -rf "$app_dir.new"
    cp -R "$here" "$app_dir.new"
    rm -rf "$app_dir"
    mv "$app_dir.new" "$app_dir"
fi

mkdir -p "$bin_dir" "$data_home/applications" "$data_home/mime/packages"
ln -sfn "$app_dir/briefing" "$bin_dir/briefing"

# The menu entry starts the app by its full path: ~/.local/bin is not on every desktop's PATH.
desktop=$data_home/applications/$APP_ID.desktop
APP="$app_dir/briefing" awk '
    /^TryExec=/ { print "TryExec=" ENVIRON["APP"]; next }
    /^Exec=/    { sub(/^Exec=[^ ]*/, "Exec=\"" ENVIRON["APP"] "\""); print; next }
    { print }
' "$entry" >"$desktop.tmp"
mv "$desktop.tmp" "$desktop"
cp "$app_dir/share/mime/packages/$APP_ID.xml" "$data_home/mime/packages/"
(cd "$app_dir/share" && find icons -name "$APP_ID.png") | while read -r icon; do
    mkdir -p "$data_home/$(dirname "$icon")"
    cp "$app_dir/share/$icon" "$data_home/$icon"
done

# Refresh the desktop's caches where the tools exist; a desktop without them scans on its own.
command -v update-mime-database >/dev/null && update-mime-database "$data_home/mime" >/dev/null 2>&1 || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data_home/applications" 2>/dev/null || true
if command -v gtk-update-icon-cache >/dev/null && [ -f "$data_home/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$data_home/icons/hicolor" || true
fi
touch "$data_home/icons/hicolor" 2>/dev/null || true

echo "Installed Briefing in $app_dir."
echo "Start it from your applications menu, or run: $bin_dir/briefing"
case ":$PATH:" in *":$bin_dir:"*) ;; *) echo "(Add $bin_dir to your PATH to type just 'briefing'.)" ;; esac
