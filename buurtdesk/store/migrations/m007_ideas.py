"""Migration 7: residents' ideas (issue 12).

What residents raise at the door or at a meeting, tagged by theme (a step plan's id, or ``''``)
and street (or none), as evidence for choosing the next project. Ideas belong to the
neighbourhood, not to a project, and travel between laptops like any record
(store/sync_spec.py): a uuid, fields that merge last writer wins, a tombstone when removed.
Removing a street keeps its ideas, without the street.
"""

SQL = """
CREATE TABLE ideas (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    text        TEXT NOT NULL CHECK (trim(text) <> ''),
    theme       TEXT NOT NULL DEFAULT '',
    street_id   INTEGER REFERENCES streets(id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX ideas_street ON ideas (street_id);
CREATE INDEX ideas_theme ON ideas (theme);
"""
