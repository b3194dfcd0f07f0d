"""Migration 5: the undo history below the window, and printed walk lists that travel.

``undo_log``: one row per undoable operation a user made on this laptop (ops/undo.py): what it
was (``kind``, the operation that knows how to undo and redo it), a label for menus and the
command line, and what undoing needs (``payload``, JSON). ``undone`` rows can be redone until a
new operation is recorded. The history is this laptop's own: it never travels in an exchange
file (an undo that is made travels as the change it makes).

``printed_lists`` becomes an exchange event (store/sync_spec.py): the coordinator prints the
lists, the connectors type them back on their own laptops with the code on the paper. A list
names its rows by household uuid (``household_uuids``, what travels); ``household_ids`` is
this laptop's reading of them, kept for lists printed here. ``stamp`` is the event's clock.
"""

import json

from sqlite_utils import Database

SQL = """
CREATE TABLE undo_log (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    payload TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
    created_at TEXT NOT NULL
);

CREATE TABLE printed_lists_new (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    code            TEXT NOT NULL,
    ident           TEXT NOT NULL,
    project_id      INTEGER REFERENCES projects(id) ON DELETE SET NULL,
    member_id       INTEGER REFERENCES members(id) ON DELETE SET NULL,
    connector       TEXT NOT NULL DEFAULT '',
    streets         TEXT NOT NULL DEFAULT '',
    household_ids   TEXT NOT NULL DEFAULT '[]',
    household_uuids TEXT NOT NULL DEFAULT '[]',  -- JSON array of household uuids in row order
    printed_at      TEXT NOT NULL,
    stamp           TEXT NOT NULL DEFAULT ''
);
INSERT INTO printed_lists_new (id, uuid, code, ident, project_id, member_id, connector, streets,
                               household_ids, household_uuids, printed_at)
SELECT p.id, p.uuid, p.code, p.ident, p.project_id, p.member_id, p.connector, p.streets,
       p.household_ids, '[]', p.printed_at
  FROM printed_lists p;
DROP TABLE printed_lists;
ALTER TABLE printed_lists_new RENAME TO printed_lists;
CREATE INDEX printed_lists_code ON printed_lists (code, printed_at);
"""


def after(db: Database) -> None:
    """The uuids of the lists printed so far, in row order ('' for a household erased since)."""
    uuids = {int(r[0]): str(r[1]) for r in db.execute("SELECT id, uuid FROM households")}
    for list_id, ids in db.execute("SELECT id, household_ids FROM printed_lists").fetchall():
        row = [uuids.get(int(i), "") for i in json.loads(ids)]
        db.execute(
            "UPDATE printed_lists SET household_uuids = ? WHERE id = ?", [json.dumps(row), list_id]
        )
