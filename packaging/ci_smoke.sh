#!/usr/bin/env bash
# CI step 2: build the packaged app, then prove the BUILT app works as a user would run it.
#
#   packaging/ci_smoke.sh              build with `make package`, then check
#   packaging/ci_smoke.sh --no-build   check what is already in dist/
#
# Checks, each on the frozen executable, run with an empty environment from an empty folder
# (so nothing from the checkout or the venv can stand in for a missing piece of the bundle):
#   1. `briefing --version` names this version;
#   2. `briefing render` turns the sample article into a one-page PDF with its headline as text,
#      in the bundled fonts; and an HTML page and that PDF into cards too (the other readers);
#   3. `briefing --smoke-test` (offscreen Qt) opens the main window and the sample, renders the
#      preview once and exits 0;
#   4. the tarball's install.sh installs into a fresh HOME and the installed command runs,
#      and uninstall.sh removes it again;
#   5. the .deb holds /opt/briefing, /usr/bin/briefing and the desktop files, and the app
#      unpacked from it runs.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != --no-build ]; then
    started=$(date +%s)
    make --no-print-directory package
    echo "ci_smoke: build took $(( $(date +%s) - started )) s"
fi

PY=$PWD/${VENV:-.venv}/bin/python
version=$("$PY" -c 'import runpy; print(runpy.run_path("briefing/__init__.py")["__version__"])')
app=$PWD/dist/Briefing/briefing
sample=$PWD/assets/sample/sample-article.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# As a user starts it: no venv, no PYTHONPATH, no checkout in the current folder.
clean() { env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }
mkdir -p home
fail() { echo "ci_smoke: FAILED: $*" >&2; exit 1; }

echo "1. --version"
got=$(clean "$app" --version)
[ "$got" = "Briefing $version" ] || fail "--version said '$got', not 'Briefing $version'"
# ReportLab imports its C accelerator inside exec(); without it the app is slower, not broken.
compgen -G "$(dirname "$app")/_internal/_rl_accel*" >/dev/null || fail "ReportLab's accelerator (_rl_accel) is not in the bundle"

echo "2. render the sample to a PDF"
clean "$app" render "$sample" -o card.pdf >/dev/null
"$PY" - "$sample" card.pdf <<'EOF' || fail "the rendered card is wrong"
import re, sys
from pypdf import PdfReader

sample, pdf = sys.argv[1], sys.argv[2]
headline = next(line.strip() for line in open(sample, encoding="utf-8") if line.strip())
reader = PdfReader(pdf)
text = " ".join(re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages)
fonts = {str(f.get_object()["/BaseFont"]) for page in reader.pages for f in page["/Resources"]["/Font"].values()}
problems = []
if len(reader.pages) != 1:
    problems.append(f"{len(reader.pages)} pages, not 1")
if " ".join(headline.split()) not in text:
    problems.append(f"the headline {headline!r} is not in the text")
if not any("Briefing" in name or "DejaVu" in name for name in fonts):  # core subsets or full faces
    problems.append(f"the bundled fonts are not used (fonts: {sorted(fonts)})")
for problem in problems:
    print("   ", problem, file=sys.stderr)
sys.exit(1 if problems else 0)
EOF

# The other readers carry data files and native libraries of their own (trafilatura's settings,
# jusText's stop lists, pypdfium2's libpdfium) that only a run of the frozen app proves are there.
cat >page.html <<'EOF'
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour Pilots Vote to End Week-Long Strike | Coastal Ledger</title>
<meta property="og:site_name" content="Coastal Ledger"><meta name="author" content="Ines Marlow">
<meta property="article:published_time" content="2026-02-14T09:30:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav><article>
<h1>Harbour Pilots Vote to End Week-Long Strike</h1><p class="byline">By Ines Marlow</p>
<p>Harbour pilots in Port Avel voted on Friday to end a strike that had kept container ships waiting
offshore for a week, their union said.</p>
<p>"We did not want to hold the port hostage, but the night shifts were not safe," said Tomas Reyes,
the union's secretary, after the vote in the pilots' hall.</p>
<p>The port authority agreed to hire six more pilots by June and to cap night shifts at ten hours.</p>
</article><footer>Share this story</footer></body></html>
EOF
for input in page.html card.pdf; do
    clean "$app" render "$input" -o "from-${input%.*}.pdf" >/dev/null 2>&1 || fail "could not render $input"
done
"$PY" - <<'EOF' || fail "a card from an HTML page or a PDF is wrong"
import sys
from pypdf import PdfReader

for pdf, words in (("from-page.pdf", "Harbour Pilots Vote"), ("from-card.pdf", "Arlen River")):
    text = " ".join((PdfReader(pdf).pages[0].extract_text() or "").split())
    if words not in text:
        sys.exit(f"    {pdf} lacks {words!r}")
EOF

echo "3. --smoke-test (offscreen)"
line=$(clean QT_QPA_PLATFORM=offscreen "$app" --smoke-test 2>smoke.err) ||
    fail "--smoke-test exited non-zero: $line $(cat smoke.err)"
echo "   $line"
case $line in *"smoke test OK"*) ;; *) fail "--smoke-test did not report OK: $line" ;; esac

echo "4. install.sh / uninstall.sh from the tarball into a fresh HOME"
mkdir unpacked
tar -C unpacked -xzf "$OLDPWD/dist/Briefing-$version-linux-$(uname -m).tar.gz"
clean unpacked/Briefing/install.sh >/dev/null
[ "$(clean home/.local/bin/briefing --version)" = "Briefing $version" ] || fail "the installed app does not run"
grep -q "^Exec=\"$work/home/.local/opt/briefing/briefing\" %f" home/.local/share/applications/*.desktop ||
    fail "the installed desktop entry does not start the installed app"
clean home/.local/opt/briefing/uninstall.sh >/dev/null
[ ! -e home/.local/opt/briefing ] && [ ! -e home/.local/bin/briefing ] || fail "uninstall.sh left the app behind"

echo "5. the .deb"
deb=$OLDPWD/dist/briefing_${version}_$(dpkg --print-architecture).deb
contents=$(dpkg-deb --contents "$deb")
for path in ./opt/briefing/briefing ./usr/bin/briefing ./usr/share/applications/ ./usr/share/mime/packages/ \
    ./usr/share/icons/hicolor/256x256/apps/; do
    grep -q " $path" <<<"$contents" || fail "the .deb has no $path"
done
dpkg-deb -x "$deb" deb-root
[ "$(clean deb-root/opt/briefing/briefing --version)" = "Briefing $version" ] || fail "the app in the .deb does not run"

echo "The packaged app passed: version, render, smoke test, install, .deb."
echo "ci_smoke: 5 passed, 0 failed"
