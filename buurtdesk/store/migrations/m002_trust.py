"""Migration 2: printed walk lists are remembered, and a visit cannot be changed in any column.

``printed_lists`` records every walk list when it is exported (the command line and the window
both go through :func:`buurtdesk.store.walklists.record_printed_list`): its code as printed at the
top right (``LL-1128-293A``), the connector it was printed for (or the streets, when it was printed
for streets), the household ids in row order and when. Re-entry takes a typed code and restores
exactly those rows and that connector, so 50 visits typed from Mehmet's list are Mehmet's.

``visits_append_only`` of migration 1 named the columns it guarded and forgot ``visitor`` and
``member_id``: a visit could be credited to someone else afterwards. The new trigger guards every
column except ``retracted_at`` (undo and redo), with two narrow exceptions that removing a team
member needs (``store.team.remove_member``):

- ``member_id`` may become NULL only once that member no longer exists (the ``ON DELETE SET
  NULL`` of the foreign key); it can never point to another member;
- ``visitor`` may only be filled in when it was empty, with the name of the visit's own member
  (the name is kept when the member leaves).
"""

SQL = """
CREATE TABLE printed_lists (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    code           TEXT NOT NULL,             -- domain.walklist.list_code: 4 characters, e.g. 293A
    ident          TEXT NOT NULL,             -- as printed on every page: LL-1128-293A
    project_id     INTEGER REFERENCES projects(id) ON DELETE SET NULL,
    member_id      INTEGER REFERENCES members(id) ON DELETE SET NULL,
    connector      TEXT NOT NULL DEFAULT '',  -- printed for this connector; '' = for streets
    streets        TEXT NOT NULL DEFAULT '',  -- the streets on the list, for people to read
    household_ids  TEXT NOT NULL,             -- JSON array of household ids in row order
    printed_at     TEXT NOT NULL              -- ISO timestamp
);
CREATE INDEX printed_lists_code ON printed_lists (code, printed_at);

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
BEGIN
    SELECT RAISE(ABORT, 'visits are append-only');
END;
"""
