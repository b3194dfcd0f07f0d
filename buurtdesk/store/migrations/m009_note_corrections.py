"""Migration 9: correcting a visit's note (AVG: a typo, or something that should not have been
written), with the old text gone from the file's bytes.

A correction is an event (``note_corrections``: the visit's uuid, the household, the new text and
the correction's clock stamp) that travels between laptops like an erasure: on every laptop the
visit's note is the text of its latest correction by stamp, also after an older exchange file or
a restored backup brought the old text back (store/privacy.py). Only the latest correction of a
visit is kept: older ones are deleted with a tombstone, so no earlier wording lingers either.

Visits stay append-only: every column but ``retracted_at`` is guarded as before (migration 3's
rule), and ``note`` may now change only into the text of the visit's latest correction, so a
note cannot be rewritten without a recorded correction. Deleting a visit (an erasure, a closed
project) takes its corrections along.

And an index that was missing: deleting a visit looks up its status row by ``visit_id`` (the
foreign key's cascade, and migration 8's trigger). Without an index each deleted visit scanned the
whole ``household_status`` table, so closing a project of 100,000 households (200,000 visits)
took tens of minutes; the benchmark at that size found it (benchmarks/bench_privacy.py).
"""

SQL = """
CREATE TABLE note_corrections (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    visit_uuid    TEXT NOT NULL,
    household_id  INTEGER REFERENCES households(id) ON DELETE CASCADE,
    note          TEXT NOT NULL,
    stamp         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX note_corrections_visit ON note_corrections (visit_uuid, stamp);
CREATE INDEX note_corrections_household ON note_corrections (household_id);

CREATE INDEX household_status_visit ON household_status (visit_id);

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
  OR (NEW.note IS NOT OLD.note
      AND NEW.note IS NOT (SELECT note FROM note_corrections WHERE visit_uuid = OLD.uuid
                            ORDER BY stamp DESC LIMIT 1))
  OR NEW.created_at IS NOT OLD.created_at
  OR (NEW.stamp IS NOT OLD.stamp AND OLD.stamp <> '')
BEGIN
    SELECT RAISE(ABORT, 'visits are append-only');
END;

CREATE TRIGGER visits_corrections_delete AFTER DELETE ON visits BEGIN
    DELETE FROM note_corrections WHERE visit_uuid = OLD.uuid;
END;
"""
