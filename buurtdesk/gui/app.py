"""Starting the GUI (filled in by the main-window issue)."""

from __future__ import annotations

import sys
from pathlib import Path


def run_gui(db_path: Path) -> int:
    print("buurtdesk: de grafische interface is nog niet gebouwd", file=sys.stderr)
    return 1
