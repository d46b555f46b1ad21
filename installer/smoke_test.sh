#!/usr/bin/env bash
# Runs a built Linux bundle the way a facilitator would: every command that loads resources
# or lazily imported code, then the desktop app under Xvfb for a few seconds.
#   installer/smoke_test.sh "dist/Partnership Workshop" [OUT_DIR]
# Needs Xvfb for the desktop check (skipped with a note when it is missing) and a Python with
# PySide6 (PYTHON, default python3) for the screenshot. Exits non-zero on the first failure.
set -euo pipefail

BUNDLE=$(cd "$1" && pwd)
OUT=${2:-$(mktemp -d)}
APP="$BUNDLE/workshop-app"
PYTHON=${PYTHON:-python3}
mkdir -p "$OUT"
# A clean environment, so nothing from a source checkout or a venv can stand in for the bundle.
run() { env -i PATH=/usr/bin:/bin HOME="$OUT" LANG=C.UTF-8 "$@"; }
step() { echo "== $*"; }

step demo;  run "$APP" demo "$OUT/d.workshop" --force
step check; run "$APP" check "$OUT/d.workshop"
step info;  run "$APP" info --json "$OUT/d.workshop" > "$OUT/info.json"
step export
run "$APP" export "$OUT/d.workshop" --xlsx "$OUT/term-sheet.xlsx" --pdf "$OUT/summary.pdf"
step "forms list"; run "$APP" forms list
step "prework export"
run "$APP" prework export "$OUT/d.workshop" --partner Nordwerk "$OUT/prework.xlsx"
if command -v pdffonts > /dev/null; then
    # The PDF must embed the bundled fonts, including the CJK one.
    pdffonts "$OUT/summary.pdf" | grep -q WenQuanYi || { echo "CJK font not embedded"; exit 1; }
fi

if ! command -v Xvfb > /dev/null; then
    echo "== Xvfb not installed: desktop app not checked"
    exit 0
fi
step "desktop app under Xvfb (10 s)"
DISPLAY_NO=:$((90 + RANDOM % 9))
Xvfb "$DISPLAY_NO" -screen 0 1280x720x24 > "$OUT/xvfb.log" 2>&1 &
XVFB=$!
trap 'kill "$XVFB" 2> /dev/null || true' EXIT
sleep 2
# env execs the app, so $! is the app itself and SIGTERM reaches it.
env -i PATH=/usr/bin:/bin HOME="$OUT" LANG=C.UTF-8 DISPLAY="$DISPLAY_NO" QT_QPA_PLATFORM=xcb \
    WORKSHOP_APP_DATA_DIR="$OUT/data" "$APP" > "$OUT/gui.out" 2> "$OUT/gui.err" &
GUI=$!
sleep 10
kill -0 "$GUI" || { echo "the desktop app exited early:"; cat "$OUT/gui.err"; exit 1; }
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
