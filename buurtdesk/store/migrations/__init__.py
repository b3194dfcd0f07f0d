"""The linear chain of schema migrations.

``MIGRATIONS[i]`` brings a database from version ``i`` to ``i + 1``. A migration is SQL (and, where
SQL cannot compute something, a Python step after it) run inside one transaction;
``PRAGMA user_version`` is set in the same transaction. Never edit a released migration: add the
next one, and add a fixture database of the released version to ``tests/fixtures/schema/``
(``scripts/make_schema_fixture.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database

from . import (
    m001_initial,
    m002_trust,
    m003_exchange,
    m004_counters,
    m005_undo,
    m006_erasure,
    m007_ideas,
    m008_status_before_delete,
    m009_note_corrections,
    m010_questions,
    m011_followups,
)


@dataclass(frozen=True)
class Migration:
    sql: str
    # Python run after the SQL, in the same transaction, for what SQL cannot compute
    after: Callable[[Database], None] | None = None


MIGRATIONS: tuple[Migration, ...] = (
    Migration(m001_initial.SQL),
    Migration(m002_trust.SQL),
    Migration(m003_exchange.SQL, m003_exchange.after),
    Migration(m004_counters.SQL),
    Migration(m005_undo.SQL, m005_undo.after),
    Migration(m006_erasure.SQL),
    Migration(m007_ideas.SQL),
    Migration(m008_status_before_delete.SQL),
    Migration(m009_note_corrections.SQL),
    Migration(m010_questions.SQL, m010_questions.after),
    Migration(m011_followups.SQL),
)

LATEST_VERSION = len(MIGRATIONS)
