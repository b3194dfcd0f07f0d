#!/usr/bin/env bash
# Installs BuurtDesk in a virtual environment and starts it. With no neighbourhood file yet the
# window offers the demo neighbourhood. Extra arguments go to buurtdesk (e.g. --db PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q .
exec .venv/bin/buurtdesk "$@"
