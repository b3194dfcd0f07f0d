"""Migration 5: the undo history, below the window (ops/undo.py).

One row per undoable operation a user made on this laptop: what it was (``kind``, the operation
that knows how to undo and redo it), a label for menus and the command line, and what undoing
needs (``payload``, JSON). ``undone`` rows can be redone until a new operation is recorded.
The history is this laptop's own: it never travels in an exchange file (an undo that is made
travels as the change it makes).
"""

SQL = """
CREATE TABLE undo_log (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    payload TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
    created_at TEXT NOT NULL
);
"""
