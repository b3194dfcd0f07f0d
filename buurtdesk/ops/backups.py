"""Automatic daily backups and putting a backup back (store/backups.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlite_utils import Database

from ..store import backups as store_backups
from ..store.backups import Backup, Restored
from ..store.file_copies import database_path
from ..store.privacy import checkpoint
from .base import operation


def daily_backup(db: Database, today: date | None = None) -> Path | None:
    """Today's automatic backup, once a day (the window calls it at open, on its worker)."""
    return store_backups.daily_backup(db, today or date.today())


def backups(db: Database) -> list[Backup]:
    return store_backups.list_backups(database_path(db))


def restore(db: Database, backup: Path) -> Restored:
    """Put a backup back; the current file is kept as a backup first, the clock continues and
    every erasure made since holds again. A file that is not a sound backup of this neighbourhood
    is refused and nothing changes."""
    before = store_backups.put_back(db, Path(backup))
    with operation(db, "restore"):
        erasures = store_backups.keep(db, before)
    checkpoint(db)
    return Restored(Path(backup), before.safety, erasures)
