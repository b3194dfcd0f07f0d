"""Migration 3: what exchange between laptops needs (docs/exchange.md).

- ``laptops``: this laptop (``is_self``), with an id made here, and the laptops it has heard from;
- ``sync_state``: per row and field, the hybrid-logical-clock stamp of its latest change (and of
  the value it replaced, to tell a real conflict from a later edit); a row's creation is the
  field ``*``;
- ``tombstones``: deleted rows, whose stamp beats every older change (they replace migration 1's
  ``deletions``, which only the three removals that remembered to call it filled);
- ``conflicts``: two laptops changed the same field without seeing each other's change;
- ``visit_events``: undo and redo of a visit, events with their own stamp, so the order of
  undo and redo is the same on every laptop; ``visits.retracted_at`` follows the latest;
- ``visits.stamp``: a visit's clock; a household's status is its latest visit by date, then
  stamp, the same on every laptop;
- every street and household gets an id derived from the neighbourhood and its address (UUID
  version 5), so two laptops that imported the same file agree; every file gets a neighbourhood
  row (before, only the demo made one);
- existing rows and visits get stamps from their creation time, on this laptop's clock.
"""

from __future__ import annotations

from sqlite_utils import Database

from ...domain.identity import household_uuid, street_uuid

SQL = """
CREATE TABLE laptops (
    id          TEXT PRIMARY KEY,            -- 16 hex digits, made on the laptop itself
    name        TEXT NOT NULL DEFAULT '',
    is_self     INTEGER NOT NULL DEFAULT 0 CHECK (is_self IN (0, 1)),
    last_stamp  TEXT NOT NULL DEFAULT '',    -- the latest stamp issued (self) or read (others)
    heard_at    TEXT                         -- when a file of this laptop was last read here
);
CREATE UNIQUE INDEX laptops_one_self ON laptops (is_self) WHERE is_self = 1;
INSERT INTO laptops (id, is_self) VALUES (lower(hex(randomblob(8))), 1);

CREATE TABLE sync_state (
    tbl     TEXT NOT NULL,
    row     TEXT NOT NULL,     -- a uuid, or for a link the uuids (and role) joined by '/'
    field   TEXT NOT NULL,     -- a column, or '*' for the row's creation
    stamp   TEXT NOT NULL,
    prev    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (tbl, row, field)
) WITHOUT ROWID;

CREATE TABLE tombstones (
    tbl     TEXT NOT NULL,
    row     TEXT NOT NULL,
    stamp   TEXT NOT NULL,
    PRIMARY KEY (tbl, row)
) WITHOUT ROWID;

CREATE TABLE conflicts (
    id            INTEGER PRIMARY KEY,
    tbl           TEXT NOT NULL,
    row           TEXT NOT NULL,
    field         TEXT NOT NULL,
    kept_value    TEXT,          -- JSON
    kept_stamp    TEXT NOT NULL,
    other_value   TEXT,          -- JSON
    other_stamp   TEXT NOT NULL,
    found_at      TEXT NOT NULL,
    resolved_at   TEXT,
    UNIQUE (tbl, row, field, kept_stamp, other_stamp)
);

CREATE TABLE visit_events (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    visit_uuid  TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('undo', 'redo')),
    stamp       TEXT NOT NULL
);
CREATE INDEX visit_events_visit ON visit_events (visit_uuid, stamp);

ALTER TABLE visits ADD COLUMN stamp TEXT NOT NULL DEFAULT '';

-- Migration 2's rule, with one more exception: a visit's stamp is set once, when it is recorded
-- (it comes from this laptop's clock, which SQL cannot read in the INSERT itself).
DROP TRIGGER visits_append_only;
CREATE TRIGGER visits_append_only BEFORE UPDATE ON visits
WHEN NEW.id IS NOT OLD.id
  OR NEW.uuid IS NOT OLD.uuid
  OR NEW.project_id IS NOT OLD.project_id
  OR NEW.household_id IS NOT OLD.household_id
  OR (NEW.member_id IS NOT OLD.member_id
      AND (NEW.member_id IS NOT NULL
           OR EXISTS (SELECT 1 FROM members WHERE id = OLD.member_id)))
  OR (NEW.visitor IS NOT OLD.visitor
      AND NOT (OLD.visitor = '' AND OLD.member_id IS NOT NULL
               AND NEW.visitor IS (SELECT name FROM members WHERE id = OLD.member_id)))
  OR NEW.visit_date IS NOT OLD.visit_date
  OR NEW.outcome IS NOT OLD.outcome
  OR NEW.note IS NOT OLD.note
  OR NEW.created_at IS NOT OLD.created_at
  OR (NEW.stamp IS NOT OLD.stamp AND OLD.stamp <> '')
BEGIN
    SELECT RAISE(ABORT, 'visits are append-only');
END;

-- retracted_at follows the latest undo or redo of the visit, by stamp: the same on every laptop
-- in whatever order the events arrived.
CREATE TRIGGER visit_events_retract AFTER INSERT ON visit_events BEGIN
    UPDATE visits
       SET retracted_at = (SELECT CASE kind WHEN 'undo' THEN stamp END FROM visit_events
                            WHERE visit_uuid = NEW.visit_uuid ORDER BY stamp DESC LIMIT 1)
     WHERE uuid = NEW.visit_uuid;
END;

-- A visit that arrives after its undo (an exchange file that could not place it at first).
CREATE TRIGGER visits_retract_on_arrival AFTER INSERT ON visits
WHEN EXISTS (SELECT 1 FROM visit_events WHERE visit_uuid = NEW.uuid) BEGIN
    UPDATE visits
       SET retracted_at = (SELECT CASE kind WHEN 'undo' THEN stamp END FROM visit_events
                            WHERE visit_uuid = NEW.uuid ORDER BY stamp DESC LIMIT 1)
     WHERE id = NEW.id;
END;

-- The status of a household: its latest live visit by date, then stamp (created_at and uuid
-- only order visits made before stamps existed, the same on every laptop too).
DROP TRIGGER visits_status_insert;
DROP TRIGGER visits_status_retract;
CREATE TRIGGER visits_status_insert AFTER INSERT ON visits BEGIN
    DELETE FROM household_status
     WHERE project_id = NEW.project_id AND household_id = NEW.household_id;
    INSERT INTO household_status (project_id, household_id, visit_id, outcome)
    SELECT project_id, household_id, id, outcome FROM visits
     WHERE project_id = NEW.project_id AND household_id = NEW.household_id
       AND retracted_at IS NULL
     ORDER BY visit_date DESC, stamp DESC, created_at DESC, uuid DESC LIMIT 1;
END;
CREATE TRIGGER visits_status_retract AFTER UPDATE OF retracted_at, stamp ON visits BEGIN
    DELETE FROM household_status
     WHERE project_id = NEW.project_id AND household_id = NEW.household_id;
    INSERT INTO household_status (project_id, household_id, visit_id, outcome)
    SELECT project_id, household_id, id, outcome FROM visits
     WHERE project_id = NEW.project_id AND household_id = NEW.household_id
       AND retracted_at IS NULL
     ORDER BY visit_date DESC, stamp DESC, created_at DESC, uuid DESC LIMIT 1;
END;

-- The deletions recorded before (migration 1) become tombstones, stamped when they happened.
INSERT INTO tombstones (tbl, row, stamp)
SELECT table_name, uuid,
       printf('%013d-0000-%s',
              CAST(round((julianday(deleted_at) - 2440587.5) * 86400000) AS INTEGER),
              (SELECT id FROM laptops WHERE is_self = 1))
  FROM deletions;
DROP TABLE deletions;

INSERT INTO neighbourhood (id, uuid, name, place, created_at)
SELECT 1, lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
          || substr(lower(hex(randomblob(2))), 2) || '-a' || substr(lower(hex(randomblob(2))), 2)
          || '-' || lower(hex(randomblob(6))),
       '', '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
 WHERE NOT EXISTS (SELECT 1 FROM neighbourhood);
"""

# Each released visit gets a stamp from its creation time on this laptop's clock (counter 0).
_STAMP_FROM = (
    "printf('%013d-0000-%s', CAST(round((julianday({col}) - 2440587.5) * 86400000) AS INTEGER), "
    "(SELECT id FROM laptops WHERE is_self = 1))"
)


def after(db: Database) -> None:
    """Derived ids for streets and households, and stamps for what already exists."""
    conn = db.conn
    hood = conn.execute("SELECT uuid FROM neighbourhood WHERE id = 1").fetchone()[0]
    streets = conn.execute("SELECT id, name, place FROM streets").fetchall()
    new_street = {sid: street_uuid(hood, name, place) for sid, name, place in streets}
    # two steps, so that no derived id collides with an old one on the way
    conn.execute("UPDATE streets SET uuid = 'tmp-' || uuid")
    conn.executemany("UPDATE streets SET uuid = ? WHERE id = ?",
                     [(u, sid) for sid, u in new_street.items()])  # fmt: skip
    rows = conn.execute("SELECT id, street_id, number, letter, addition FROM households")
    new_house = [
        (household_uuid(new_street[street], number, letter, addition), hid)
        for hid, street, number, letter, addition in rows.fetchall()
    ]
    conn.execute("UPDATE households SET uuid = 'tmp-' || uuid")
    conn.executemany("UPDATE households SET uuid = ? WHERE id = ?", new_house)
    conn.execute(f"UPDATE visits SET stamp = {_STAMP_FROM.format(col='created_at')}")
    for event_kind in ("undo",):
        conn.execute(
            "INSERT INTO visit_events (uuid, visit_uuid, kind, stamp) "
            f"SELECT lower(hex(randomblob(16))), uuid, '{event_kind}', "
            f"{_STAMP_FROM.format(col='retracted_at')} FROM visits WHERE retracted_at IS NOT NULL"
        )
