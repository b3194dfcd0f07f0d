"""Repairing a damaged neighbourhood file: rebuilt beside it, checked, then swapped in with the
damaged file kept."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..errors import QT_TRANSLATE_NOOP
from .db import connect_file, open_db
from .file_copies import PART, create_private, fsync_file, integrity_ok
from .integrity import CheckReport, check
from .store_errors import StoreError, database_error


@dataclass(frozen=True)
class RepairResult:
    path: Path  # the repaired neighbourhood file (same name as before)
    kept: Path  # the damaged file, kept aside
    report: CheckReport  # the check of the repaired file


def repair_file(path: str | Path) -> RepairResult | None:
    """Rebuild a damaged neighbourhood file; None when it was in order.

    ``VACUUM INTO`` writes every table into a fresh file and ``REINDEX`` there builds each index
    anew from its table, so an index that no longer matches its table (what ``quick_check``
    misses) is rebuilt; a table that can no longer be read fails here and nothing changes. The
    fresh file is checked; only then is the damaged one moved aside
    (``NAME.beschadigd-STAMP.buurtdesk``, kept) and the fresh one takes its name. The file must
    not be open in another program.
    """
    path = Path(path)
    db = open_db(path, create=False)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    fresh = path.with_name(f"{path.name}.repair-{stamp}{PART}")
    try:
        if check(db).ok:
            return None
        fresh.unlink(missing_ok=True)
        create_private(fresh)
        db.execute("VACUUM INTO ?", [str(fresh)])
    except sqlite3.DatabaseError as exc:
        fresh.unlink(missing_ok=True)
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "{path}: herstel is niet gelukt ({exc}); het bestand is niet veranderd. Zet de "
                "laatste goede reservekopie terug (de map 'backups')",
            ),
            path=path,
            exc=database_error(exc),
        ) from exc
    finally:
        db.close()
    conn = connect_file(fresh)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("REINDEX")  # VACUUM copies an index page by page when it can: rebuild it
        if not integrity_ok(conn):
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Fout",
                    "{path}: herstel is niet gelukt (de nieuwe kopie is ook niet in orde); het "
                    "bestand is niet veranderd",
                ),
                path=path,
            )
    finally:
        conn.close()
    if any(path.with_name(path.name + s).exists() for s in ("-wal", "-journal")):
        fresh.unlink(missing_ok=True)
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "{path}: het bestand is nog open in een ander programma; sluit dat en probeer "
                "het opnieuw (het bestand is niet veranderd)",
            ),
            path=path,
        )
    fsync_file(fresh)
    kept = path.with_name(f"{path.stem}.beschadigd-{stamp}{path.suffix or '.sqlite'}")
    os.replace(path, kept)
    os.replace(fresh, path)
    after = open_db(path, create=False)
    try:
        report = check(after)
    finally:
        after.close()
    return RepairResult(path=path, kept=kept, report=report)
