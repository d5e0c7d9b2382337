#!/usr/bin/env bash
# Screenshot of the PACKAGED app on a desktop, for docs/screenshots/packaged-app.png:
# the window with its icon in the title bar (openbox) and in the task bar (tint2), under Xvfb.
#
#   make package && packaging/screenshot.sh [OUT.png]
#
# Needs xvfb, openbox, tint2, xdotool and imagemagick (Debian packages of those names).
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-docs/screenshots/packaged-app.png}
app=$PWD/dist/Briefing/briefing
[ -x "$app" ] || { echo "screenshot.sh: no $app; run make package first" >&2; exit 1; }
for tool in Xvfb openbox tint2 xdotool import; do
    command -v $tool >/dev/null || { echo "screenshot.sh: needs $tool" >&2; exit 1; }
done

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# Its own X server on a free display (-displayfd), kept up between clients (-noreset).
exec {fd}>"$work/display"
Xvfb -displayfd "$fd" -screen 0 1440x900x24 -nolisten tcp -noreset 2>/dev/null &
pids+=($!)
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=:$(head -1 "$work/display")

cat >"$work/tint2rc" <<'EOF'
panel_items = T
panel_size = 100% 52
panel_position = bottom center horizontal
panel_padding = 6 6 6
panel_background_id = 1
rounded = 0
border_width = 0
background_color = #2b2f36 100
rounded = 4
border_width = 0
background_color = #4a5361 100
taskbar_mode = single_desktop
task_icon = 1
task_text = 1
task_maximum_size = 420 40
task_padding = 8 4 8
task_font = DejaVu Sans 11
task_font_color = #ffffff 100
task_active_background_id = 2
task_background_id = 2
EOF
HOME=$work openbox >/dev/null 2>&1 &
pids+=($!)
HOME=$work tint2 -c "$work/tint2rc" >/dev/null 2>&1 &
pids+=($!)

mkdir -p "$work/home"
(cd "$work/home" && HOME=$work/home exec "$app" --sample >/dev/null 2>&1) &
pids+=($!)
window=
for _ in $(seq 100); do
    window=$(xdotool search --onlyvisible --class Briefing 2>/dev/null | tail -1) && [ -n "$window" ] && break
    sleep 0.1
done
[ -n "$window" ] || { echo "screenshot.sh: the app showed no window" >&2; exit 1; }
xdotool windowsize "$window" 1300 780 windowmove "$window" 70 30
sleep 3  # the preview renders in the background after the window shows
mkdir -p "$(dirname "$out")"
import -window root "$out"
echo "Wrote $out"
