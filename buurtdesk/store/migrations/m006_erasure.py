"""Migration 6: a resident's data — erasing it on request (AVG art. 17), the register of
erasures, and contact details kept only with consent.

``erasures`` is the register: per erasure the household's uuid, the date and the erasure's clock
stamp, nothing personal. It travels between laptops as an event (store/sync_spec.py), so every
laptop erases the same data, and an exchange file or a backup from before the erasure never
brings it back: each laptop deletes every visit of that household stamped before the erasure,
wherever it was recorded (store/privacy.py), and restoring a backup re-applies the register.

Visits stay append-only, with two exceptions: the visits of an erased household may be deleted,
and those of a closed project (``closed_projects``: storage limitation; the project keeps its
figures as counts, store/closing.py).
Deleting a visit keeps the household's status and the progress counters exact (the triggers
below mirror those of undo).

A resident who wants to be called back (an expert visit, a heat scan) may leave a phone number
or e-mail address: only together with the date of consent and its purpose (the same rule the team
members follow; a trigger refuses anything else, whoever writes).
"""

from .m004_counters import _ADD_DAY, _first_visit

SQL = f"""
CREATE TABLE erasures (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    household_uuid  TEXT NOT NULL,
    erased_on       TEXT NOT NULL,          -- ISO date
    may_visit_again INTEGER NOT NULL DEFAULT 0 CHECK (may_visit_again IN (0, 1)),
    stamp           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX erasures_household ON erasures (household_uuid, stamp);

CREATE TABLE closed_projects (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    project_id  INTEGER NOT NULL UNIQUE REFERENCES projects(id) ON DELETE CASCADE,
    closed_on   TEXT NOT NULL,                  -- ISO date
    figures     TEXT NOT NULL,                  -- JSON: the counts the figures come from
    stamp       TEXT NOT NULL DEFAULT ''
);

DROP TRIGGER visits_no_delete;
CREATE TRIGGER visits_no_delete BEFORE DELETE ON visits
WHEN NOT EXISTS (SELECT 1 FROM erasures e JOIN households h ON h.uuid = e.household_uuid
                  WHERE h.id = OLD.household_id)
 AND NOT EXISTS (SELECT 1 FROM closed_projects c WHERE c.project_id = OLD.project_id) BEGIN
    SELECT RAISE(ABORT, 'visits are append-only');
END;

CREATE TRIGGER visits_status_delete AFTER DELETE ON visits BEGIN
    DELETE FROM household_status
     WHERE project_id = OLD.project_id AND household_id = OLD.household_id;
    INSERT INTO household_status (project_id, household_id, visit_id, outcome)
    SELECT project_id, household_id, id, outcome FROM visits
     WHERE project_id = OLD.project_id AND household_id = OLD.household_id
       AND retracted_at IS NULL
     ORDER BY visit_date DESC, stamp DESC, created_at DESC, uuid DESC LIMIT 1;
END;

ALTER TABLE households ADD COLUMN contact_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE households ADD COLUMN contact_email TEXT NOT NULL DEFAULT '';
ALTER TABLE households ADD COLUMN contact_consent_at TEXT;      -- ISO date; NULL = no consent
ALTER TABLE households ADD COLUMN contact_purpose TEXT NOT NULL DEFAULT '';
CREATE TRIGGER households_contact_consent_insert BEFORE INSERT ON households
WHEN (NEW.contact_phone <> '' OR NEW.contact_email <> '')
 AND (NEW.contact_consent_at IS NULL OR NEW.contact_purpose = '') BEGIN
    SELECT RAISE(ABORT, 'contact details need consent: date and purpose');
END;
CREATE TRIGGER households_contact_consent_update BEFORE UPDATE OF contact_phone, contact_email,
    contact_consent_at, contact_purpose ON households
WHEN (NEW.contact_phone <> '' OR NEW.contact_email <> '')
 AND (NEW.contact_consent_at IS NULL OR NEW.contact_purpose = '') BEGIN
    SELECT RAISE(ABORT, 'contact details need consent: date and purpose');
END;

CREATE TRIGGER progress_visit_delete AFTER DELETE ON visits WHEN OLD.retracted_at IS NULL BEGIN
    INSERT INTO progress_days (project_id, day, visits, first_visits, takes_part)
    VALUES (OLD.project_id, OLD.visit_date, -1, 0, 0) {_ADD_DAY};
    {_first_visit("OLD.project_id", "OLD.household_id")}
END;
"""
