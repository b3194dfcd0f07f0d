"""Looking after the file itself: repair (the command line's ``repair``, the window's offer
after the check at start). Check and backup only read.

Repair is a file-level job, not an operation, and that is decided here on purpose: it runs
with the file closed (no connection, so no transaction and no operation to run inside), and it
changes no data. ``VACUUM INTO`` copies every row of every table — the synchronised tables with
their change stamps (``sync_state``, ``tombstones``), this laptop's clock, the undo history — and
``REINDEX`` rebuilds only the indexes; no row is inserted, updated or deleted, so there is
nothing to record for exchange and no rule an operation would check. A table that can no longer
be read makes the copy fail and the file stays as it was; it never drops rows quietly (that
would be a change no other laptop hears of). tests/ops/test_maintenance.py holds it to that:
after a repair the synchronised tables, their stamps and the clock are exactly as before.
"""

from __future__ import annotations

from pathlib import Path

from ..store.repair import RepairResult, repair_file


def repair(path: str | Path) -> RepairResult | None:
    """Rebuild a damaged neighbourhood file beside it and swap it in, the damaged file kept;
    None when the file was in order. Raises :class:`~buurtdesk.store.store_errors.StoreError`
    (the file unchanged) when it cannot be repaired whole."""
    return repair_file(path)
