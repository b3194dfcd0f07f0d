"""The linear chain of schema migrations.

``MIGRATIONS[i]`` brings a database from version ``i`` to ``i + 1``. A migration is SQL run inside
one transaction; ``PRAGMA user_version`` is set in the same transaction. Never edit a released
migration: add the next one, and add a fixture database of the released version to
``tests/fixtures/schema/`` (``scripts/make_schema_fixture.py``).
"""

from __future__ import annotations

from . import m001_initial, m002_trust

MIGRATIONS: tuple[str, ...] = (m001_initial.SQL, m002_trust.SQL)

LATEST_VERSION = len(MIGRATIONS)
