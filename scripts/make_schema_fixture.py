"""Write tests/fixtures/schema/vN.buurtdesk: a small file of the current schema version.

Run once for every released schema version, right after adding its migration, and commit the
file: the migration tests open every fixture and migrate it to the latest version.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from buurtdesk.domain.address import AddressRecord, HouseNumber
from buurtdesk.domain.outcomes import Outcome
from buurtdesk.domain.team import Role
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.db import open_db, schema_version
from buurtdesk.store.ideas import insert_idea
from buurtdesk.store.projects import create_project
from buurtdesk.store.team import add_member
from buurtdesk.store.visits import record_visit


def main() -> None:
    out_dir = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "schema"
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = out_dir / "tmp.buurtdesk"
    tmp.unlink(missing_ok=True)
    db = open_db(tmp)
    upsert_households(
        db,
        [AddressRecord("Fixtureweg", HouseNumber(n), "1234AB", "Testdorp") for n in range(1, 11)],
    )
    project = create_project(db, theme="energy", title="Fixture", start=date(2026, 1, 5))
    add_member(db, "Fien Fixture", [Role.CONNECTOR])
    record_visit(
        db,
        project_id=project.id,
        household_id=1,
        outcome=Outcome.SPOKE,
        visit_date=date(2026, 1, 10),
        visitor="Fien Fixture",
    )
    insert_idea(db, "Een buurtbus naar de markt", "mobility", 1)  # schema 7
    version = schema_version(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    target = out_dir / f"v{version}.buurtdesk"
    tmp.replace(target)
    print(target)


if __name__ == "__main__":
    main()
