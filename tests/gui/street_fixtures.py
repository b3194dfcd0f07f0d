"""A small real neighbourhood file for the main-window tests, built with the store functions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from buurtdesk.domain.address import AddressRecord, HouseNumber
from buurtdesk.domain.outcomes import Outcome
from buurtdesk.domain.team import Role
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.db import open_db
from buurtdesk.store.projects import create_project
from buurtdesk.store.team import add_member, assign_streets
from buurtdesk.store.visits import record_visit

# Kerkweg 1-9 odd and 2-8 even, plus an apartment door 11 H, 11-1, 11-2; Dorpsstraat 1-6.
KERKWEG = [1, 3, 5, 7, 9, 2, 4, 6, 8]


def make_neighbourhood(path: Path) -> dict[str, int]:
    db = open_db(path)
    records = [AddressRecord("Kerkweg", HouseNumber(n), "1234AB", "Buurtdorp") for n in KERKWEG]
    records += [
        AddressRecord("Kerkweg", HouseNumber(11, "", add), "1234AB", "Buurtdorp")
        for add in ("H", "1", "2")
    ]
    records += [
        AddressRecord("Dorpsstraat", HouseNumber(n), "1235CD", "Buurtdorp") for n in range(1, 7)
    ]
    upsert_households(db, records, source="test")
    project = create_project(db, theme="energie", title="Samen isoleren", start=date(2026, 9, 1))
    anna = add_member(db, "Anna de Vries", [Role.CONNECTOR])
    bram = add_member(db, "Bram Jansen", [Role.CONNECTOR])
    streets = {r[1]: r[0] for r in db.execute("SELECT id, name FROM streets")}
    assign_streets(db, anna.id, [streets["Kerkweg"]])
    ids = {
        f"{r[1]} {r[2]}{'-' + r[3] if r[3] else ''}": r[0]
        for r in db.execute(
            "SELECT h.id, s.name, h.number, h.addition FROM households h "
            "JOIN streets s ON s.id = h.street_id"
        )
    }
    record_visit(
        db,
        project_id=project.id,
        household_id=ids["Dorpsstraat 2"],
        outcome=Outcome.INTERESTED,
        visit_date=date(2026, 9, 3),
        visitor="Bram Jansen",
    )
    db.close()
    return {
        "project": project.id,
        "anna": anna.id,
        "bram": bram.id,
        "kerkweg": streets["Kerkweg"],
        "dorpsstraat": streets["Dorpsstraat"],
        **{f"h:{k}": v for k, v in ids.items()},
    }
