#!/usr/bin/env bash
# Builds the Linux bundle as installer/README.md describes, from the repository top:
#   installer/build.sh [--smoke]
# Installs the build's outside programs first when they are missing (Debian/Ubuntu:
# binutils for readelf and strip, gcc, icu-devtools for icupkg; with --smoke also Xvfb,
# xdotool and poppler-utils for installer/smoke_test.sh), then PyInstaller in a venv of
# its own (PYI_VENV), and writes the bundle to DIST ("$DIST/Partnership Workshop").
set -euo pipefail
cd "$(dirname "$0")/.."

PYI_VENV=${PYI_VENV:-/tmp/pyi-venv}
DIST=${DIST:-/tmp/pyi-dist}
WORK=${WORK:-/tmp/pyi-build}
SMOKE=0
[ "${1:-}" = "--smoke" ] && SMOKE=1

packages=(binutils gcc icu-devtools)
[ "$SMOKE" -eq 1 ] && packages+=(xvfb xdotool poppler-utils)
missing=()
for pkg in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2> /dev/null | grep -q "install ok installed" \
        || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
    command -v apt-get > /dev/null \
        || { echo "Install ${missing[*]} (the build needs readelf, strip, gcc and icupkg)" >&2; exit 1; }
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
fi

# The versions the build was verified with (installer/README.md): the spec replaces two of
# PyInstaller's run-time hooks by name.
[ -x "$PYI_VENV/bin/python" ] || python3 -m venv "$PYI_VENV"
"$PYI_VENV/bin/pip" install -q "pyinstaller==6.22.3" "pyinstaller-hooks-contrib==2026.9" -e .
"$PYI_VENV/bin/pyinstaller" --noconfirm --distpath "$DIST" --workpath "$WORK" \
    installer/workshop-app.spec
if [ "$SMOKE" -eq 1 ]; then
    PYTHON="$PYI_VENV/bin/python" installer/smoke_test.sh "$DIST/Partnership Workshop"
fi
