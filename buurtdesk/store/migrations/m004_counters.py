"""Migration 4: the counts behind the progress figures, kept by triggers (docs/performance.md).

The progress figures used to group every household with its status and initiator mark at every
look. These tables hold the counts themselves, exact under every writer (check-off, undo and redo,
import, exchange, removing a household or a member): the triggers below see every row written,
whoever writes it.

- ``progress_households``: households per street and "do not visit" mark;
- ``progress_counts``: per project, street, "do not visit", status and initiator mark, the
  households that have a status (a live visit) or are initiators; the households with neither
  are the rest of ``progress_households``;
- ``progress_first_visits``: per project and household, the date of its first live visit;
- ``progress_days``: per project and day, the live visits, the households first visited that
  day, and the door-round participants (status "takes part", not initiators) whose deciding
  visit was that day. Days rather than weeks, so a moved project start needs no recount.

The connectors are not in the counts: a street's connectors are looked up when the figures are
read (a few hundred rows), so assigning a street changes no counter.
"""

from __future__ import annotations

# The status of household ``h`` in project ``p``, 'unvisited' without one.
_STATUS = (
    "coalesce((SELECT outcome FROM household_status WHERE project_id = {p} "
    "AND household_id = {h}), 'unvisited')"
)
_IS_INITIATOR = "EXISTS (SELECT 1 FROM initiators WHERE project_id = {p} AND household_id = {h})"
_ADD_COUNT = "ON CONFLICT DO UPDATE SET n = n + excluded.n"
_ADD_DAY = (
    "ON CONFLICT DO UPDATE SET visits = visits + excluded.visits, "
    "first_visits = first_visits + excluded.first_visits, "
    "takes_part = takes_part + excluded.takes_part"
)


def _count(sign: str, p: str, h: str, status: str, initiator: str) -> str:
    """Add ``sign`` to the cell of household ``h`` in project ``p`` with this status and initiator
    mark (the households that are neither visited nor initiator are not stored)."""
    return f"""
    INSERT INTO progress_counts (project_id, street_id, do_not_visit, outcome, initiator, n)
    SELECT {p}, h.street_id, h.do_not_visit, {status}, {initiator}, {sign}
      FROM households h
     WHERE h.id = {h} AND ({status} <> 'unvisited' OR {initiator})
       AND EXISTS (SELECT 1 FROM projects WHERE id = {p}) {_ADD_COUNT};"""


def _takes_part_day(sign: str, p: str, visit_id: str, when: str) -> str:
    """Add ``sign`` door-round participants on the day of visit ``visit_id`` when ``when``."""
    return f"""
    INSERT INTO progress_days (project_id, day, visits, first_visits, takes_part)
    SELECT {p}, v.visit_date, 0, 0, {sign} FROM visits v
     WHERE v.id = {visit_id} AND ({when})
       AND EXISTS (SELECT 1 FROM projects WHERE id = {p}) {_ADD_DAY};"""


def _first_visit(p: str, h: str) -> str:
    """Recompute the first live visit of household ``h`` in project ``p``."""
    return f"""
    DELETE FROM progress_first_visits WHERE project_id = {p} AND household_id = {h};
    INSERT INTO progress_first_visits (project_id, household_id, visit_date)
    SELECT {p}, {h}, min(visit_date) FROM visits
     WHERE project_id = {p} AND household_id = {h} AND retracted_at IS NULL
    HAVING min(visit_date) IS NOT NULL;"""


def _status_change(sign: str, row: str) -> str:
    """A status row ``row`` (NEW or OLD) appears (sign 1) or goes (sign -1)."""
    p, h = f"{row}.project_id", f"{row}.household_id"
    init = _IS_INITIATOR.format(p=p, h=h)
    back = "-1" if sign == "1" else "1"
    return (
        _count(back, p, h, "'unvisited'", init)
        + _count(sign, p, h, f"{row}.outcome", init)
        + _takes_part_day(
            sign, p, f"{row}.visit_id", f"{row}.outcome = 'takes_part' AND NOT {init}"
        )
    )


def _initiator_change(sign: str, row: str) -> str:
    """An initiator mark ``row`` (NEW or OLD) appears (sign 1) or goes (sign -1)."""
    p, h = f"{row}.project_id", f"{row}.household_id"
    status = _STATUS.format(p=p, h=h)
    back = "-1" if sign == "1" else "1"
    was, now = ("0", "1") if sign == "1" else ("1", "0")
    visit = f"(SELECT visit_id FROM household_status WHERE project_id = {p} AND household_id = {h})"
    return (
        _count("-1", p, h, status, was)
        + _count("1", p, h, status, now)
        + _takes_part_day(back, p, visit, f"{status} = 'takes_part'")
    )


def _household_cells(sign: str, row: str) -> str:
    """Every project's cell of household ``row`` (NEW or OLD), with its street and mark then."""
    return f"""
    INSERT INTO progress_counts (project_id, street_id, do_not_visit, outcome, initiator, n)
    SELECT p.id, {row}.street_id, {row}.do_not_visit, coalesce(hs.outcome, 'unvisited'),
           i.household_id IS NOT NULL, {sign}
      FROM projects p
      LEFT JOIN household_status hs ON hs.project_id = p.id AND hs.household_id = {row}.id
      LEFT JOIN initiators i ON i.project_id = p.id AND i.household_id = {row}.id
     WHERE hs.outcome IS NOT NULL OR i.household_id IS NOT NULL {_ADD_COUNT};
    INSERT INTO progress_households (street_id, do_not_visit, n)
    SELECT {row}.street_id, {row}.do_not_visit, {sign} WHERE true {_ADD_COUNT};"""


SQL = f"""
CREATE TABLE progress_households (
    street_id     INTEGER NOT NULL,
    do_not_visit  INTEGER NOT NULL,
    n             INTEGER NOT NULL,
    PRIMARY KEY (street_id, do_not_visit)
) WITHOUT ROWID;

CREATE TABLE progress_counts (
    project_id    INTEGER NOT NULL,
    street_id     INTEGER NOT NULL,
    do_not_visit  INTEGER NOT NULL,
    outcome       TEXT NOT NULL,     -- the status; 'unvisited' only for initiators
    initiator     INTEGER NOT NULL,
    n             INTEGER NOT NULL,
    PRIMARY KEY (project_id, street_id, do_not_visit, outcome, initiator)
) WITHOUT ROWID;

CREATE TABLE progress_first_visits (
    project_id    INTEGER NOT NULL,
    household_id  INTEGER NOT NULL,
    visit_date    TEXT NOT NULL,
    PRIMARY KEY (project_id, household_id)
) WITHOUT ROWID;

CREATE TABLE progress_days (
    project_id    INTEGER NOT NULL,
    day           TEXT NOT NULL,
    visits        INTEGER NOT NULL,
    first_visits  INTEGER NOT NULL,
    takes_part    INTEGER NOT NULL,
    PRIMARY KEY (project_id, day)
) WITHOUT ROWID;

-- The counts of the file as it is.
INSERT INTO progress_households (street_id, do_not_visit, n)
SELECT street_id, do_not_visit, count(*) FROM households GROUP BY 1, 2;

INSERT INTO progress_counts (project_id, street_id, do_not_visit, outcome, initiator, n)
SELECT k.project_id, h.street_id, h.do_not_visit,
       coalesce((SELECT outcome FROM household_status hs
                  WHERE hs.project_id = k.project_id AND hs.household_id = k.household_id),
                'unvisited'),
       EXISTS (SELECT 1 FROM initiators i
                WHERE i.project_id = k.project_id AND i.household_id = k.household_id),
       count(*)
  FROM (SELECT project_id, household_id FROM household_status
        UNION SELECT project_id, household_id FROM initiators) k
  JOIN households h ON h.id = k.household_id
 GROUP BY 1, 2, 3, 4, 5;

INSERT INTO progress_first_visits (project_id, household_id, visit_date)
SELECT project_id, household_id, min(visit_date) FROM visits
 WHERE retracted_at IS NULL GROUP BY 1, 2;

INSERT INTO progress_days (project_id, day, visits, first_visits, takes_part)
SELECT project_id, day, sum(visits), sum(first_visits), sum(takes_part) FROM (
    SELECT project_id, visit_date AS day, count(*) AS visits, 0 AS first_visits, 0 AS takes_part
      FROM visits WHERE retracted_at IS NULL GROUP BY 1, 2
    UNION ALL
    SELECT project_id, visit_date, 0, count(*), 0 FROM progress_first_visits GROUP BY 1, 2
    UNION ALL
    SELECT hs.project_id, v.visit_date, 0, 0, count(*)
      FROM household_status hs JOIN visits v ON v.id = hs.visit_id
     WHERE hs.outcome = 'takes_part'
       AND NOT EXISTS (SELECT 1 FROM initiators i
                        WHERE i.project_id = hs.project_id AND i.household_id = hs.household_id)
     GROUP BY 1, 2)
 GROUP BY 1, 2;

-- Households: added, removed, moved to another street or marked "do not visit".
CREATE TRIGGER progress_household_insert AFTER INSERT ON households BEGIN
    {_household_cells("1", "NEW")}
END;
-- Before the row goes, its initiator marks go (their trigger still sees the household; the
-- foreign key's cascade would run when it is gone). A household with visits cannot be removed.
CREATE TRIGGER progress_household_delete BEFORE DELETE ON households BEGIN
    DELETE FROM initiators WHERE household_id = OLD.id;
END;
CREATE TRIGGER progress_household_deleted AFTER DELETE ON households BEGIN
    {_household_cells("-1", "OLD")}
END;
CREATE TRIGGER progress_household_update AFTER UPDATE OF street_id, do_not_visit ON households
WHEN NEW.street_id IS NOT OLD.street_id OR NEW.do_not_visit IS NOT OLD.do_not_visit BEGIN
    {_household_cells("-1", "OLD")}
    {_household_cells("1", "NEW")}
END;

-- Statuses (kept by the triggers on visits: every change is a delete and an insert).
CREATE TRIGGER progress_status_insert AFTER INSERT ON household_status BEGIN
    {_status_change("1", "NEW")}
END;
CREATE TRIGGER progress_status_delete AFTER DELETE ON household_status BEGIN
    {_status_change("-1", "OLD")}
END;
CREATE TRIGGER progress_status_update AFTER UPDATE ON household_status BEGIN
    {_status_change("-1", "OLD")}
    {_status_change("1", "NEW")}
END;

-- Initiator marks.
CREATE TRIGGER progress_initiator_insert AFTER INSERT ON initiators BEGIN
    {_initiator_change("1", "NEW")}
END;
CREATE TRIGGER progress_initiator_delete AFTER DELETE ON initiators BEGIN
    {_initiator_change("-1", "OLD")}
END;

-- Visits: recorded (live, or undone already when an exchange brings its undo first), undone,
-- redone.
CREATE TRIGGER progress_visit_insert AFTER INSERT ON visits WHEN NEW.retracted_at IS NULL BEGIN
    INSERT INTO progress_days (project_id, day, visits, first_visits, takes_part)
    VALUES (NEW.project_id, NEW.visit_date, 1, 0, 0) {_ADD_DAY};
    {_first_visit("NEW.project_id", "NEW.household_id")}
END;
CREATE TRIGGER progress_visit_retract AFTER UPDATE OF retracted_at ON visits
WHEN (OLD.retracted_at IS NULL) <> (NEW.retracted_at IS NULL) BEGIN
    INSERT INTO progress_days (project_id, day, visits, first_visits, takes_part)
    VALUES (NEW.project_id, NEW.visit_date, CASE WHEN NEW.retracted_at IS NULL THEN 1 ELSE -1 END,
            0, 0) {_ADD_DAY};
    {_first_visit("NEW.project_id", "NEW.household_id")}
END;

CREATE TRIGGER progress_first_insert AFTER INSERT ON progress_first_visits BEGIN
    INSERT INTO progress_days (project_id, day, visits, first_visits, takes_part)
    VALUES (NEW.project_id, NEW.visit_date, 0, 1, 0) {_ADD_DAY};
END;
CREATE TRIGGER progress_first_delete AFTER DELETE ON progress_first_visits BEGIN
    INSERT INTO progress_days (project_id, day, visits, first_visits, takes_part)
    VALUES (OLD.project_id, OLD.visit_date, 0, -1, 0) {_ADD_DAY};
END;

-- A removed project or street takes its counters along.
CREATE TRIGGER progress_project_delete AFTER DELETE ON projects BEGIN
    DELETE FROM progress_counts WHERE project_id = OLD.id;
    DELETE FROM progress_first_visits WHERE project_id = OLD.id;
    DELETE FROM progress_days WHERE project_id = OLD.id;
END;
CREATE TRIGGER progress_street_delete AFTER DELETE ON streets BEGIN
    DELETE FROM progress_households WHERE street_id = OLD.id;
END;
"""
