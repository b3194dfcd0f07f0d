"""Migration 10: door questions and their answers (issue 12).

- ``questions``: a project's questions (a short key, the text, the choices as a JSON list, empty
  for a yes/no question, the order). A question removed while it has answers stays, hidden
  (``removed_at``), so its answers keep counting in the figures; one without answers is deleted.
  A record for exchange (store/sync_spec.py). The short key is unique among a project's live
  questions by rule (ops/questions.py), not by index: two laptops that each add the same key
  merge without failing, and both show.
- ``answers``: per visit, the answer to a question (``ja``, ``nee`` or a choice). An event for
  exchange, like its visit: never changed (a different answer is a later visit), deleted with its
  visit (an erasure, a closed project: ON DELETE CASCADE), and its stamps leave the change log
  with it.

Projects that exist get their theme's default questions (with an id derived from the project and
the key: two laptops that migrate copies of one project make the same rows).
"""

from __future__ import annotations

from sqlite_utils import Database

SQL = """
CREATE TABLE questions (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    project_id  INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    short       TEXT NOT NULL CHECK (short <> ''),
    text        TEXT NOT NULL CHECK (trim(text) <> ''),
    choices     TEXT NOT NULL DEFAULT '[]',   -- JSON list; empty: yes/no
    position    INTEGER NOT NULL DEFAULT 0,
    removed_at  TEXT,                          -- hidden, its answers kept
    created_at  TEXT NOT NULL
);
CREATE INDEX questions_project ON questions (project_id, position);

CREATE TABLE answers (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    visit_id     INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    question_id  INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
    value        TEXT NOT NULL CHECK (value <> ''),
    stamp        TEXT NOT NULL DEFAULT '',
    UNIQUE (visit_id, question_id)
);
CREATE INDEX answers_question ON answers (question_id);

-- an answer that goes (with its visit) leaves nothing in the change log, also when the
-- recording is paused (an exchange file that brings an erasure)
CREATE TRIGGER answers_forget AFTER DELETE ON answers BEGIN
    DELETE FROM sync_state WHERE tbl = 'answers' AND row = OLD.uuid;
END;
"""


def after(db: Database) -> None:
    """Existing projects get their theme's default questions."""
    from ...domain.plan import PlanError, find_theme
    from ..plan import plans_dir
    from ..questions import add_defaults

    for project_id, theme in db.execute("SELECT id, theme FROM projects").fetchall():
        try:
            plan = find_theme(plans_dir(), str(theme))
        except PlanError:
            continue  # a theme whose plan is gone: the team adds questions itself
        add_defaults(db, int(project_id), plan.questions)
