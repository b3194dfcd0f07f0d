"""What every screen shares: the open neighbourhood file, the current project, the worker, and
signals that tell the screens what changed.

Screens read through the store on ``context.db`` (quick, lazy queries on the GUI thread), send
long work to ``context.worker``, and reads that can take longer than a frame at city scale (a
filter over 100,000 households) to ``context.reader``, which never waits behind long work. After
a screen writes, it emits the matching ``*Changed`` signal so that the other screens refresh;
nobody reaches into another screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlite_utils import Database

from ..store.db import open_db
from ..store.projects import Project, current_project
from ..store.street_list import use_large_cache
from .worker import DbWorker


class GuiContext(QObject):
    householdsChanged = Signal()  # households or streets added, changed or assigned
    visitsChanged = Signal()  # a visit recorded, undone or redone
    teamChanged = Signal()
    planChanged = Signal()  # tasks or activities
    projectChanged = Signal()  # another project chosen, or its settings changed

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.db: Database = open_db(self.db_path, guarded=True)
        self.worker = DbWorker(self.db_path, self)
        # A second thread for quick read-only queries (which households a filter shows, street
        # counts), so that they never wait behind long work on the worker (an import, the map of
        # a city): SQLite in WAL mode lets both read at once.
        self.reader = DbWorker(self.db_path, self)
        self.reader.submit(lambda db, _progress: use_large_cache(db), "cache")
        self.undo_stack = QUndoStack(self)
        self._project: Project | None = current_project(self.db)
        self.closed = False  # after close(): results still queued from the worker are dropped

    @property
    def project(self) -> Project | None:
        return self._project

    @property
    def project_id(self) -> int | None:
        return self._project.id if self._project else None

    def reload_project(self) -> None:
        self._project = current_project(self.db)
        self.projectChanged.emit()

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.reader.stop()
        self.worker.stop()
        self.db.close()
