#!/usr/bin/env bash
# Installs everything the tests need (system packages, a virtual environment with BuurtDesk and
# its development tools) and runs the whole suite: lint, format, types, tests.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v pdftoppm >/dev/null || need+=(poppler-utils)
command -v sqlite3 >/dev/null || need+=(sqlite3)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fontconfig)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  fi
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[dev]'
export PATH="$PWD/.venv/bin:$PATH"

ruff check .
ruff format --check .
mypy
python -m pytest "$@"
