"""Migration 8: a deleted visit (an erasure, a closed project) takes its status along first.

The counters of migration 4 read a status row's visit to find the day its "takes part" was
counted on. When the status-giving visit itself was deleted, the foreign key removed the status
row only after the visit was gone, so that day's count was never taken back (the hypothesis test
of the counters found it). This trigger removes the status row while the visit still exists;
migration 6's ``visits_status_delete`` then gives the household the status of its latest visit
that is left.
"""

SQL = """
CREATE TRIGGER visits_status_before_delete BEFORE DELETE ON visits BEGIN
    DELETE FROM household_status WHERE visit_id = OLD.id;
END;
"""
