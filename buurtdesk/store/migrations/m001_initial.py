"""Migration 1: the first schema (neighbourhood, streets, households, team, visits, plan)."""

SQL = """
-- BuurtDesk schema version 1.
-- Every row that travels between laptops has a uuid (TEXT, unique). Visits are append-only: an
-- undo marks a visit retracted, it never deletes it. Deletions of other rows are recorded in
-- `deletions` so that exchange files can carry them.

CREATE TABLE neighbourhood (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    place       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

CREATE TABLE streets (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL COLLATE NOCASE,          -- Dorpsstraat = DORPSSTRAAT
    place       TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    numbering   TEXT NOT NULL DEFAULT 'odd_even' CHECK (numbering IN ('odd_even', 'straight')),
    created_at  TEXT NOT NULL,
    UNIQUE (name, place)
);
-- The street list and every listing in walking order sort streets by name without case.
CREATE INDEX streets_by_name ON streets (name, place);

CREATE TABLE households (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    street_id       INTEGER NOT NULL REFERENCES streets(id) ON DELETE RESTRICT,
    number          INTEGER NOT NULL CHECK (number BETWEEN 1 AND 99999),
    letter          TEXT NOT NULL DEFAULT '' COLLATE NOCASE CHECK (length(letter) <= 1),
    addition        TEXT NOT NULL DEFAULT '' COLLATE NOCASE CHECK (length(addition) <= 4),
    postcode        TEXT NOT NULL DEFAULT '',
    place           TEXT NOT NULL DEFAULT '',
    rd_x            REAL,            -- RD New (EPSG:28992), metres
    rd_y            REAL,
    do_not_visit    INTEGER NOT NULL DEFAULT 0 CHECK (do_not_visit IN (0, 1)),
    do_not_visit_reason TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    walk_key        TEXT NOT NULL,   -- domain.address.walk_key: orders the street in walking order
    source          TEXT NOT NULL DEFAULT '',   -- 'demo', 'import:FILE', 'street', 'hand'
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (street_id, number, letter, addition)
);
CREATE INDEX households_postcode ON households (postcode);
CREATE INDEX households_walk ON households (street_id, walk_key);

CREATE TABLE projects (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    theme       TEXT NOT NULL,
    title       TEXT NOT NULL,
    start_date  TEXT NOT NULL,        -- ISO date
    weeks       INTEGER NOT NULL DEFAULT 10 CHECK (weeks BETWEEN 1 AND 104),
    goal_pct    INTEGER NOT NULL DEFAULT 50 CHECK (goal_pct BETWEEN 1 AND 100),
    message     TEXT NOT NULL DEFAULT '',
    contact     TEXT NOT NULL DEFAULT '',
    ended_at    TEXT,
    created_at  TEXT NOT NULL
);

CREATE TABLE members (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL CHECK (trim(name) <> ''),
    phone       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    consent_at  TEXT,                 -- date the member agreed to store phone/e-mail; NULL = none
    consent_names INTEGER NOT NULL DEFAULT 0,  -- may be named in printed reports
    created_at  TEXT NOT NULL,
    CHECK (consent_at IS NOT NULL OR (phone = '' AND email = ''))
);

CREATE TABLE member_roles (
    member_id   INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('expert', 'connector', 'entrepreneur')),
    PRIMARY KEY (member_id, role)
);

CREATE TABLE street_assignments (
    street_id   INTEGER NOT NULL REFERENCES streets(id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    PRIMARY KEY (street_id, member_id)
);

CREATE TABLE visits (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    project_id    INTEGER NOT NULL REFERENCES projects(id) ON DELETE RESTRICT,
    household_id  INTEGER NOT NULL REFERENCES households(id) ON DELETE RESTRICT,
    member_id     INTEGER REFERENCES members(id) ON DELETE SET NULL,
    visitor       TEXT NOT NULL DEFAULT '',   -- the name as given, kept when no member matches
    visit_date    TEXT NOT NULL,              -- ISO date
    outcome       TEXT NOT NULL CHECK (outcome IN ('not_home', 'spoke', 'interested',
                    'takes_part', 'not_interested', 'do_not_visit')),
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,              -- ISO timestamp, orders visits on the same date
    retracted_at  TEXT                         -- set by undo; the row stays
);
CREATE INDEX visits_household ON visits (household_id, project_id, visit_date, created_at);
CREATE INDEX visits_project_date ON visits (project_id, visit_date);

-- The status of a household in a project: its latest visit that was not undone. A cache kept
-- exact by the triggers below, so that listing and filtering 100,000 households needs no scan
-- of the visit history; whoever writes visits (check-off, import, merge) keeps it right.
CREATE TABLE household_status (
    project_id    INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    household_id  INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    visit_id      INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    outcome       TEXT NOT NULL,
    PRIMARY KEY (project_id, household_id)
) WITHOUT ROWID;
CREATE INDEX household_status_outcome ON household_status (project_id, outcome);

CREATE TRIGGER visits_status_insert AFTER INSERT ON visits BEGIN
    DELETE FROM household_status
     WHERE project_id = NEW.project_id AND household_id = NEW.household_id;
    INSERT INTO household_status (project_id, household_id, visit_id, outcome)
    SELECT project_id, household_id, id, outcome FROM visits
     WHERE project_id = NEW.project_id AND household_id = NEW.household_id
       AND retracted_at IS NULL
     ORDER BY visit_date DESC, created_at DESC, id DESC LIMIT 1;
END;

CREATE TRIGGER visits_status_retract AFTER UPDATE OF retracted_at ON visits BEGIN
    DELETE FROM household_status
     WHERE project_id = NEW.project_id AND household_id = NEW.household_id;
    INSERT INTO household_status (project_id, household_id, visit_id, outcome)
    SELECT project_id, household_id, id, outcome FROM visits
     WHERE project_id = NEW.project_id AND household_id = NEW.household_id
       AND retracted_at IS NULL
     ORDER BY visit_date DESC, created_at DESC, id DESC LIMIT 1;
END;

CREATE TRIGGER visits_append_only BEFORE UPDATE OF project_id, household_id, visit_date, outcome,
    note, created_at, uuid ON visits BEGIN
    SELECT RAISE(ABORT, 'visits are append-only');
END;

CREATE TRIGGER visits_no_delete BEFORE DELETE ON visits BEGIN
    SELECT RAISE(ABORT, 'visits are append-only');
END;

CREATE TABLE initiators (
    project_id    INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    household_id  INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    marked_at     TEXT NOT NULL,
    PRIMARY KEY (project_id, household_id)
);

CREATE TABLE plan_tasks (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    project_id  INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    week        INTEGER NOT NULL CHECK (week >= 1),
    role        TEXT NOT NULL CHECK (role IN ('expert', 'connector', 'entrepreneur')),
    title       TEXT NOT NULL CHECK (trim(title) <> ''),
    why         TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL DEFAULT 'task' CHECK (kind IN ('task', 'milestone', 'door_round')),
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'busy', 'done')),
    member_id   INTEGER REFERENCES members(id) ON DELETE SET NULL,
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL
);
CREATE INDEX plan_tasks_project ON plan_tasks (project_id, week, position);

CREATE TABLE activities (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    project_id  INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL DEFAULT 'meeting'
                CHECK (kind IN ('meeting', 'workshop', 'purchase', 'other')),
    title       TEXT NOT NULL CHECK (trim(title) <> ''),
    date        TEXT NOT NULL,
    time        TEXT NOT NULL DEFAULT '',
    place       TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

CREATE TABLE activity_signups (
    activity_id   INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    household_id  INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    signed_up_at  TEXT NOT NULL,
    attended      INTEGER NOT NULL DEFAULT 0 CHECK (attended IN (0, 1)),
    PRIMARY KEY (activity_id, household_id)
);

CREATE TABLE settings (
    key     TEXT PRIMARY KEY,
    value   TEXT NOT NULL
);

CREATE TABLE deletions (
    uuid        TEXT PRIMARY KEY,
    table_name  TEXT NOT NULL,
    deleted_at  TEXT NOT NULL
);

-- Progress week by week (first visit per household, visits per week) reads only this index: the
-- visits that were not undone, without touching the wide visit rows.
CREATE INDEX visits_live ON visits (project_id, household_id, visit_date)
    WHERE retracted_at IS NULL;
"""
