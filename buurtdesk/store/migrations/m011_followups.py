"""Migration 11: the follow-up list's done ticks (issue 12).

The follow-up list itself is computed (who said "interested" and may be called, who was not at
home twice, who asked for an expert visit); what is kept is only that a follow-up was done: per
project, household and kind, with the day. It travels between laptops as a link (store/sync_spec):
there or not, last writer wins. It goes with the household's other per-project data when the
household is erased or the project closed.
"""

SQL = """
CREATE TABLE followups_done (
    project_id    INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    household_id  INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('call_back', 'door_card', 'expert_visit')),
    done_on       TEXT NOT NULL,
    PRIMARY KEY (project_id, household_id, kind)
);
"""
