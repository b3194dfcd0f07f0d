"""Test configuration shared by every test.

The offscreen Qt platform is set here, once, before anything can import Qt (qutebrowser's rule:
never halfway through a module).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# Tests must never touch a user's real data folder or settings: a fresh home for this run.
_HOME = tempfile.mkdtemp(prefix="buurtdesk-test-home-")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["HOME"] = _HOME

import pytest  # noqa: E402
from sqlite_utils import Database  # noqa: E402

from buurtdesk.store.db import open_db  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "buurt.buurtdesk"


@pytest.fixture
def db(db_path: Path) -> Database:
    database = open_db(db_path)
    yield database
    database.close()


def run_cli(
    *args: str, db: Path | None = None, cwd: Path | None = None, input: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real ``buurtdesk`` command in a child process."""
    argv = [sys.executable, "-m", "buurtdesk"]
    if db is not None:
        argv += ["--db", str(db)]
    argv += list(args)
    return subprocess.run(
        argv, capture_output=True, text=True, cwd=cwd, input=input, timeout=600, encoding="utf-8"
    )


@pytest.fixture
def cli():
    return run_cli


DOCS = Path(__file__).resolve().parent.parent / "docs"


def shot_path(name: str, tmp_path: Path) -> Path:
    """Where a test saves a screenshot: a temporary folder, or ``docs/`` (for the README) when
    ``BUURTDESK_UPDATE_DOCS=1`` is set, so that an ordinary test run leaves the checkout alone."""
    if os.environ.get("BUURTDESK_UPDATE_DOCS") == "1":
        return DOCS / name
    return tmp_path / name
