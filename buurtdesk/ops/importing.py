"""Importing addresses as one operation (see ops/__init__.py): the command line (``import``,
also ``--dry-run``) and the window (Bestand > Adressen inlezen…, the column dialog) call these.

The file is read and checked whole first (:func:`~buurtdesk.io.address_import.read_addresses`:
no database involved, so a bad file never opens, let alone changes, the neighbourhood); what it
holds is then written in ONE operation, all of it or nothing. A dry run runs the same operation
and writes nothing.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from ..io.address_import import (
    ImportCancelled,
    ImportOptions,
    ImportReport,
    Progress,
    ReadResult,
    read_addresses,
    store_addresses,
)
from .base import operation


def read(
    path: str | Path, options: ImportOptions | None = None, progress: Progress | None = None
) -> ReadResult:
    """Read and check a whole address file (raises the file's problems, with file and line);
    nothing in the neighbourhood is read or written."""
    return read_addresses(path, options, progress)


def store_read(db: Database, result: ReadResult, *, dry_run: bool = False) -> ImportReport:
    """Write the addresses of a file read by :func:`read`, in one operation (a dry run writes
    nothing and says what would change)."""
    with operation(db, "import_addresses"):
        return store_addresses(db, result, dry_run=dry_run)


def import_addresses(
    db: Database,
    path: str | Path,
    options: ImportOptions | None = None,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Read, check and store one address file: :func:`read`, then :func:`store_read`.

    ``progress(done, total)`` is called while reading; returning False cancels before anything
    is written (:class:`ImportCancelled`)."""
    path = Path(path)
    result = read(path, options, progress)
    if progress is not None and not progress(1, 1):
        raise ImportCancelled(path)
    return store_read(db, result, dry_run=dry_run)
