#!/bin/sh
# Remove what install.sh added for the current user. Your .briefing files and settings stay.
set -eu

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
app_dir=$HOME/.local/opt/briefing
# The app's id names every file install.sh added; read it from the installed copy.
APP_ID=org.briefing.Briefing
for entry in "$app_dir"/share/applications/*.desktop; do
    if [ -f "$entry" ]; then APP_ID=$(basename "$entry" .desktop); fi
done
bin_link=$HOME/.local/bin/briefing

# Only remove the command if it is ours: another `briefing` (e.g. from pip) stays.
if [ -L "$bin_link" ] && [ "$(readlink "$bin_link")" = "$app_dir/briefing" ]; then
    rm -f "$bin_link"
fi
rm -f "$data_home/applications/$APP_ID.desktop" "$data_home/mime/packages/$APP_ID.xml"
find "$data_home/icons/hicolor" -path "*/apps/$APP_ID.png" -delete 2>/dev/null || true
rm -rf "$app_dir"

command -v update-mime-database >/dev/null && [ -d "$data_home/mime/packages" ] &&
    update-mime-database "$data_home/mime" >/dev/null 2>&1 || true
command -v update-desktop-database >/dev/null && [ -d "$data_home/applications" ] &&
    update-desktop-database "$data_home/applications" 2>/dev/null || true

echo "Removed Briefing from $app_dir and your applications menu."
