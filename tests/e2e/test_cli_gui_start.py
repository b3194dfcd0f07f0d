"""Starting the window where there is no screen gives a Dutch hint, not Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_no_screen_is_explained(db_path: Path, cli) -> None:
    cli("street", "add", "Zandhoek", "1-3", db=db_path)
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "buurtdesk", "--db", str(db_path)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert "geen scherm" in result.stderr and "households" in result.stderr


def test_a_lone_file_opens_it_in_the_window(db_path: Path, cli) -> None:
    """What a desktop runs for a double-clicked file: `buurtdesk FILE`, the same as --db FILE."""
    cli("street", "add", "Zandhoek", "1-3", db=db_path)
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "buurtdesk", str(db_path)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert "geen scherm" in result.stderr  # it went for the window, not "ongeldige keuze"
    # a command name alone is still the command
    listed = subprocess.run(
        [sys.executable, "-m", "buurtdesk", "themes"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert listed.returncode == 0, listed.stderr
