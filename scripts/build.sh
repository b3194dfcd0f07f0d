#!/usr/bin/env bash
# Builds the one-folder bundle (build.spec) in dist/buurtdesk/ and runs its smoke test
# (scripts/smoke_bundle.py): the bundle starts without Python, runs the main commands, writes
# every PDF with the font embedded, opens every page of the window in Dutch and in English, and
# stays within its size budget. Installs what it needs, like scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v pdffonts >/dev/null || need+=(poppler-utils)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v import >/dev/null || need+=(imagemagick)
# the libraries Qt's xcb platform plugin loads (a real window under Xvfb)
for lib in libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
           libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxcb-xinerama0 \
           libegl1 libgl1 libfontconfig1 libdbus-1-3; do
  dpkg -s "$lib" >/dev/null 2>&1 || need+=("$lib")
done
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ ! -x .venv/bin/pyinstaller ]; then
  python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[dev]'
fi
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
.venv/bin/python scripts/smoke_bundle.py dist/buurtdesk
