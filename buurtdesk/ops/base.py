"""What every operation stands on: one transaction, marked as an operation.

The command line and the window open the neighbourhood file with :func:`open_neighbourhood`:
on that connection the synchronised tables take writes only inside :func:`operation`
(store/sync.py's guard triggers), so a write that bypasses this layer fails at once instead of
reaching another laptop unrecorded or with a rule skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from ..store.db import open_db, transaction
from ..store.sync import operation_scope


def open_neighbourhood(path: str | Path, *, create: bool = False) -> Database:
    """The file as the command line and the window use it: guarded (see the module)."""
    return open_db(path, create=create, guarded=True)


@contextmanager
def operation(db: Database, name: str) -> Iterator[Database]:
    """One user operation: a write transaction (``BEGIN IMMEDIATE``, or a savepoint inside
    another operation) in which the synchronised tables may be written. All of it or nothing."""
    with transaction(db), operation_scope(db, name):
        yield db
