"""One figure, one meaning: the street list's summary says "doet mee" as the progress page and
`buurtdesk progress` count it, initiators included and each household once."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from buurtdesk.domain.outcomes import Outcome
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.store.db import open_db
from buurtdesk.store.progress import project_progress, set_initiator
from buurtdesk.store.projects import get_project
from buurtdesk.store.visits import record_visit

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def initiators(ids: dict[str, int], db_path: Path) -> dict[str, int]:
    """Three initiators: one never visited, one who said "doet mee" at the door as well, one
    who said "geïnteresseerd"; and one door-round participant."""
    db = open_db(db_path)
    project = ids["project"]
    for address in ("Kerkweg 1", "Kerkweg 3", "Dorpsstraat 2"):
        set_initiator(db, project, ids[f"h:{address}"], True)
    for address in ("Kerkweg 3", "Kerkweg 5"):
        record_visit(
            db,
            project_id=project,
            household_id=ids[f"h:{address}"],
            outcome=Outcome.TAKES_PART,
            visit_date=date(2026, 9, 4),
            visitor="Anna de Vries",
        )
    db.close()
    return ids


def test_street_list_and_progress_count_the_same(
    qtbot: Any, initiators: dict[str, int], window: MainWindow
) -> None:
    db = window.context.db
    progress = project_progress(db, get_project(db, initiators["project"]), date(2026, 9, 10))
    t = progress.total
    assert (t.participants, t.initiators) == (4, 3)  # Kerkweg 3 once, not twice
    page = window.street_page
    qtbot.waitUntil(lambda: "doen mee" in page.summary.text(), timeout=10000)
    text = page.summary.text()
    assert f"{t.visited} van {t.households} bezocht" in text
    assert f"{t.participants} doen mee" in text and f"incl. {t.initiators} initiatiefnemers" in text
    model = page.streets
    assert model.totals() == (t.households, t.visited, t.participants)
    for row in range(1, model.rowCount()):
        name = model.data(model.index(row, 0))
        street = progress.streets[name]
        tip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
        assert f"{street.participants} doen mee (incl. {street.initiators} initiatiefnemers)" in tip
