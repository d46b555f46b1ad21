#!/usr/bin/env bash
# Runs a built Linux bundle the way a facilitator would: every command that loads resources
# or lazily imported code, then the desktop app under Xvfb for a few seconds.
#   installer/smoke_test.sh "dist/Partnership Workshop" [OUT_DIR]
# Needs Xvfb for the desktop check (skipped with a note when it is missing) and a Python with
# PySide6 (PYTHON, default python3) for the screenshot. Exits non-zero on the first failure.
set -euo pipefail

MAX_BYTES=${MAX_BYTES:-100000000}  # 100 MB unpacked (issue 15); installer/README.md says what was left out
BUNDLE=$(cd "$1" && pwd)
OUT=${2:-$(mktemp -d)}
APP="$BUNDLE/workshop-app"
PYTHON=${PYTHON:-python3}
mkdir -p "$OUT"
# A clean environment, so nothing from a source checkout or a venv can stand in for the bundle.
run() { env -i PATH=/usr/bin:/bin HOME="$OUT" LANG=C.UTF-8 "$@"; }
step() { echo "== $*"; }

step "size"
size=$(du -sb "$BUNDLE" | cut -f1)
echo "$size bytes in $(find "$BUNDLE" -type f | wc -l) files"
[ "$size" -le "$MAX_BYTES" ] || { echo "the bundle is larger than $MAX_BYTES bytes"; exit 1; }

step "licences"
# The licence texts of everything shipped (installer/bundle_licences.py): the list, every
# file it names, Qt's LGPL and the GPL it builds on, Python's licence; no empty file.
LICENCES="$BUNDLE/_internal/licences"
[ -s "$LICENCES/README.txt" ] || { echo "the bundle has no licences/README.txt"; exit 1; }
for named in $(grep -o -E '(python-packages|system-libraries|Qt/third-party)/[^ ]+' "$LICENCES/README.txt") \
    Qt/LGPL-3.0.txt Qt/GPL-3.0.txt Qt/NOTICE.txt ICU.copyright; do
    [ -s "$LICENCES/$named" ] || { echo "licences/$named is missing or empty"; exit 1; }
done
# The third-party code compiled into Qt's libraries (installer/licences/qt-third-party):
# every Qt library shipped that has such code has its components listed with their texts
# (PCRE2 in QtCore, HarfBuzz in QtGui, the Wayland protocols in QtWaylandClient, ...), and
# no text is in the folder without its line in README.txt.
for pair in libQt6Core:pcre2.txt libQt6Gui:harfbuzz.txt libQt6WaylandClient:wayland-protocols.txt \
    libQt6XcbQpa:xcb-xinput.txt libQt6Svg:xsvg.txt; do
    if compgen -G "$BUNDLE/_internal/PySide6/Qt/lib/${pair%%:*}.so*" > /dev/null; then
        grep -q "Qt/third-party/${pair#*:}" "$LICENCES/README.txt" \
            || { echo "${pair%%:*} is shipped but README.txt names no Qt/third-party/${pair#*:}"; exit 1; }
    fi
done
for text in "$LICENCES"/Qt/third-party/*; do
    grep -q "Qt/third-party/$(basename "$text")" "$LICENCES/README.txt" \
        || { echo "licences/Qt/third-party/$(basename "$text") is not listed in README.txt"; exit 1; }
done
compgen -G "$LICENCES/Python-*.LICENSE.txt" > /dev/null || { echo "no Python licence"; exit 1; }
empty=$(find "$LICENCES" -type f -empty)
[ -z "$empty" ] || { echo "empty licence files: $empty"; exit 1; }
echo "$(find "$LICENCES" -type f | wc -l) files, $(grep -c . "$LICENCES/README.txt") parts listed"

step "every shared library loads (ldd)"
# Stripped copies must still be libraries the dynamic linker maps ("not found" lines for
# the desktop's own libraries are expected; a damaged file fails ldd).
find "$BUNDLE" -type f -name '*.so*' -print0 | while IFS= read -r -d '' lib; do
    ldd "$lib" > /dev/null 2> "$OUT/ldd.err" || { echo "ldd failed on $lib:"; cat "$OUT/ldd.err"; exit 1; }
done

# The command line never loads Qt: the dynamic linker lists every library it opens.
no_qt() {
    run env LD_DEBUG=files LD_DEBUG_OUTPUT="$OUT/ld" "$APP" "$@" > /dev/null
    if cat "$OUT"/ld.* | grep -q "file=.*libQt6"; then
        echo "'workshop-app $*' loaded Qt"; exit 1
    fi
    rm -f "$OUT"/ld.*
}

step demo;  run "$APP" demo "$OUT/d.workshop" --force
step "no Qt for --help, info and export"
no_qt --help
no_qt info --json "$OUT/d.workshop"
no_qt export "$OUT/d.workshop" --xlsx "$OUT/noqt.xlsx" --pdf "$OUT/noqt.pdf" --lang ko
step check; run "$APP" check "$OUT/d.workshop"
step info;  run "$APP" info --json "$OUT/d.workshop" > "$OUT/info.json"
step export
run "$APP" export "$OUT/d.workshop" --xlsx "$OUT/term-sheet.xlsx" --pdf "$OUT/summary.pdf"
step "forms list"; run "$APP" forms list
step "prework export"
run "$APP" prework export "$OUT/d.workshop" --partner Nordwerk "$OUT/prework.xlsx"
step "serve (live answering)"
PORT=$((20000 + RANDOM % 20000))
# env execs the app, so $! is the app itself and SIGINT (Ctrl+C) reaches it.
env -i PATH=/usr/bin:/bin HOME="$OUT" LANG=C.UTF-8 "$APP" serve "$OUT/d.workshop" \
    --host 127.0.0.1 --port "$PORT" --links "$OUT/links.csv" > "$OUT/serve.out" 2>&1 &
SERVE=$!
for _ in 1 2 3 4 5 6 7 8 9 10; do
    [ -s "$OUT/links.csv" ] && break
    sleep 1
done
# A participant's page answers (the first link in the list).
"$PYTHON" -c 'import sys, urllib.request
sys.exit(urllib.request.urlopen(sys.argv[1], timeout=10).status != 200)' \
    "$(sed -n 2p "$OUT/links.csv" | grep -o 'http[^,]*')" \
    || { echo "serve did not answer:"; cat "$OUT/serve.out"; exit 1; }
kill -INT "$SERVE"
status=0
wait "$SERVE" || status=$?
[ "$status" -eq 0 ] || { echo "serve: exit code $status after Ctrl+C"; cat "$OUT/serve.out"; exit 1; }

if command -v pdffonts > /dev/null; then
    # The PDF must embed the bundled fonts, including the CJK one.
    pdffonts "$OUT/summary.pdf" | grep -q WenQuanYi || { echo "CJK font not embedded"; exit 1; }
fi

if ! command -v Xvfb > /dev/null; then
    echo "== Xvfb not installed: desktop app not checked"
    exit 0
fi
step "desktop app under Xvfb: German, every page, presentation mode, a PDF export"
DISPLAY_NO=:$((90 + RANDOM % 9))
Xvfb "$DISPLAY_NO" -screen 0 1280x720x24 > "$OUT/xvfb.log" 2>&1 &
XVFB=$!
trap 'kill "$XVFB" 2> /dev/null || true' EXIT
sleep 2
# Started in German, so the app's and Qt's own German translations load.
mkdir -p "$OUT/data"
printf '[interface]\nlanguage=de\n' > "$OUT/data/settings.ini"
# env execs the app, so $! is the app itself and SIGTERM reaches it.
env -i PATH=/usr/bin:/bin HOME="$OUT" LANG=C.UTF-8 DISPLAY="$DISPLAY_NO" QT_QPA_PLATFORM=xcb \
    QT_DEBUG_PLUGINS=1 WORKSHOP_APP_DATA_DIR="$OUT/data" "$APP" > "$OUT/gui.out" 2> "$OUT/gui.err" &
GUI=$!
sleep 6
kill -0 "$GUI" || { echo "the desktop app exited early:"; cat "$OUT/gui.err"; exit 1; }
if command -v xdotool > /dev/null; then
    # Every page (Ctrl+1..9), then presentation mode (F5) and back (Escape).
    WIN=$(DISPLAY="$DISPLAY_NO" xdotool search --pid "$GUI" --onlyvisible --name . | head -1)
    DISPLAY="$DISPLAY_NO" xdotool windowfocus --sync "$WIN"
    for page in 1 2 3 4 5 6 7 8 9; do
        DISPLAY="$DISPLAY_NO" xdotool key "ctrl+$page"
        sleep 0.3
    done
    windows() { DISPLAY="$DISPLAY_NO" xdotool search --pid "$GUI" --onlyvisible --name . || true; }
    DISPLAY="$DISPLAY_NO" xdotool key F5
    sleep 1.5
    SHOW=$(windows | grep -v -x "$WIN" | head -1)
    [ -n "$SHOW" ] || { echo "presentation mode did not open"; exit 1; }
    # No window manager under Xvfb: give each window the keyboard before its keys.
    DISPLAY="$DISPLAY_NO" xdotool windowfocus --sync "$SHOW" key Escape
    sleep 0.5
    [ "$(windows | wc -l)" -eq 1 ] || { echo "Escape did not end presentation mode"; exit 1; }
    DISPLAY="$DISPLAY_NO" xdotool windowfocus --sync "$WIN"
    # An export from the app: Review and export, the PDF summary (Alt+P), the file
    # dialog's suggested name beside the workshop (Return).
    DISPLAY="$DISPLAY_NO" xdotool key ctrl+9
    sleep 0.5
    DISPLAY="$DISPLAY_NO" xdotool key alt+p
    sleep 1.5
    DISPLAY="$DISPLAY_NO" xdotool key Return
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        PDF=$(find "$OUT/data" -maxdepth 1 -name '*.pdf' | head -1)
        [ -n "$PDF" ] && break
        sleep 1
    done
    [ -n "$PDF" ] && [ "$(head -c 4 "$PDF")" = "%PDF" ] \
        || { echo "the desktop app wrote no PDF summary"; cat "$OUT/gui.err"; exit 1; }
    kill -0 "$GUI" || { echo "the desktop app exited:"; cat "$OUT/gui.err"; exit 1; }
else
    echo "(xdotool not installed: pages, presentation mode and export not visited)"
fi
# What the running app has loaded: nothing from outside the bundle but the system's own
# libraries, and the plugins and translations the spec keeps.
awk '$6 { $1 = $2 = $3 = $4 = $5 = ""; sub(/^ +/, ""); print }' "/proc/$GUI/maps" | sort -u \
    > "$OUT/gui-maps.txt"
for needed in platforms/libqxcb.so imageformats/libqsvg.so iconengines/libqsvgicon.so \
    translations/workshop_de.qm translations/qtbase_de.qm; do
    grep -q "$needed" "$OUT/gui-maps.txt" || { echo "the app did not load $needed"; exit 1; }
done
if grep -v -e "^$BUNDLE/" -e '^/usr/' -e '^/lib' -e '^/etc/' -e '^/var/cache/fontconfig' \
    -e '^/dev/' -e '^/memfd:' -e '^/SYSV' -e '^/\[' "$OUT/gui-maps.txt" | grep '\.so'; then
    echo "the app loaded libraries from outside the bundle and the system (above)"; exit 1
fi
DISPLAY="$DISPLAY_NO" QT_QPA_PLATFORM=xcb "$PYTHON" -c '
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)
' "$OUT/desktop.png"
kill -TERM "$GUI"
status=0
wait "$GUI" || status=$?
[ "$status" -eq 0 ] || { echo "exit code $status after SIGTERM"; cat "$OUT/gui.err"; exit 1; }
echo "== all passed; files and the screenshot desktop.png are in $OUT"
