"""A small fictional neighbourhood for the printable tests and the docs figures."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlite_utils import Database

from buurtdesk.domain.address import AddressRecord, HouseNumber, Numbering
from buurtdesk.domain.outcomes import Outcome
from buurtdesk.domain.team import Role
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.db import new_uuid, now_iso, open_db
from buurtdesk.store.households import (
    list_households,
    set_do_not_visit,
    set_note,
)
from buurtdesk.store.projects import Project, create_project
from buurtdesk.store.team import add_member, assign_streets
from buurtdesk.store.visits import record_visit

START = date(2026, 10, 5)
TODAY = date(2026, 11, 16)  # week 7 of 10

STREETS = {
    # street: (numbers, postcode, numbering)
    "Lindelaan": (list(range(1, 27)), "3581AB", Numbering.ODD_EVEN),
    "Kastanjeplein": (list(range(1, 13)), "3581AC", Numbering.STRAIGHT),
    "Ŝtraat van Őrs": (list(range(2, 12, 2)), "3581AD", Numbering.ODD_EVEN),
    "Hofje": ([1, 2, 3], "3581AE", Numbering.ODD_EVEN),  # fewer than five: "overige straten"
}

PLAN = [
    (1, "entrepreneur", "milestone", "done", "Team gevormd"),
    (1, "expert", "task", "done", "Kernboodschap vaststellen"),
    (2, "connector", "task", "done", "Straten verdelen, looplijsten printen"),
    (2, "entrepreneur", "task", "done", "Zaal reserveren"),
    (3, "connector", "milestone", "done", "Eerste deurronde gestart"),
    (3, "expert", "task", "done", "Energieadviseur vragen"),
    (4, "connector", "door_round", "done", "Deurronde 1 afronden"),
    (5, "expert", "milestone", "done", "Buurtbijeenkomst"),
    (5, "entrepreneur", "task", "done", "Offertes opvragen"),
    (6, "connector", "door_round", "busy", "Tweede ronde: niet-thuis"),
    (7, "expert", "task", "busy", "Warmtescans plannen"),
    (7, "entrepreneur", "milestone", "open", "Collectieve offerte rond"),
    (8, "connector", "task", "open", "Deurkaarten en brieven"),
    (8, "expert", "task", "open", "Vragen beantwoorden"),
    (9, "entrepreneur", "milestone", "open", "Besluit: wie doet mee"),
    (10, "connector", "milestone", "open", "Buurtfeest"),
    (10, "entrepreneur", "task", "open", "Verslag aan de gemeente"),
]


def seed(path: Path, *, plan: bool = True) -> tuple[Database, Project]:
    db = open_db(path)
    records = []
    for street, (numbers, postcode, _numbering) in STREETS.items():
        for n in numbers:
            records.append(AddressRecord(street, HouseNumber(n), postcode, "Utrecht"))
    # an apartment door: Lindelaan 14-1 .. 14-3 and 14 H
    for addition in ("H", "1", "2", "3"):
        records.append(
            AddressRecord("Lindelaan", HouseNumber(14, "", addition), "3581AB", "Utrecht")
        )
    upsert_households(db, records, numbering={s: v[2] for s, v in STREETS.items()})
    project = create_project(
        db,
        theme="energy",
        title="Energiek Lindekwartier",
        start=START,
        message="Wij zijn buren die samen energie gaan besparen. Doe mee: een gratis warmtescan "
        "en samen inkopen is goedkoper dan alleen.",
        contact="Team Lindekwartier · 06 1234 5678 · lindekwartier@example.org",
    )
    ann = add_member(
        db, "Ann de Vries", [Role.CONNECTOR], phone="0612345678", consent_at="2026-10-01"
    )
    bob = add_member(db, "Bob Ŝmit 🚲", [Role.CONNECTOR, Role.ENTREPRENEUR])
    add_member(db, "Chris Őz", [Role.EXPERT])
    db.execute("UPDATE members SET consent_names = 1 WHERE id = ?", [ann.id])
    streets = {r[1]: r[0] for r in db.execute("SELECT id, name FROM streets")}
    assign_streets(db, ann.id, [streets["Lindelaan"], streets["Hofje"]])
    assign_streets(db, bob.id, [streets["Kastanjeplein"], streets["Ŝtraat van Őrs"]])
    homes = {h["address"]: h["id"] for h in list_households(db)}
    set_do_not_visit(db, homes["Lindelaan 7"], True, "nee-nee sticker")
    set_do_not_visit(db, homes["Kastanjeplein 4"], True, "wil geen bezoek")
    set_note(db, homes["Lindelaan 3"], "Hond 🐕 achter het hek; bel aan bij de zijdeur. שלום")
    set_note(db, homes["Lindelaan 9"], "Mevrouw Ŝ. werkt thuis op dinsdag, " * 9)
    visits = [
        ("Lindelaan 1", Outcome.TAKES_PART, 1),
        ("Lindelaan 3", Outcome.NOT_HOME, 1),
        ("Lindelaan 3", Outcome.NOT_HOME, 2),
        ("Lindelaan 5", Outcome.INTERESTED, 2),
        ("Lindelaan 11", Outcome.SPOKE, 3),
        ("Lindelaan 2", Outcome.TAKES_PART, 3),
        ("Lindelaan 4", Outcome.NOT_INTERESTED, 4),
        ("Lindelaan 6", Outcome.NOT_HOME, 4),
        ("Lindelaan 6", Outcome.NOT_HOME, 5),
        ("Lindelaan 8", Outcome.TAKES_PART, 5),
        ("Lindelaan 10", Outcome.TAKES_PART, 6),
        ("Kastanjeplein 1", Outcome.TAKES_PART, 4),
        ("Kastanjeplein 2", Outcome.INTERESTED, 5),
        ("Kastanjeplein 3", Outcome.TAKES_PART, 6),
        ("Hofje 1", Outcome.TAKES_PART, 6),
    ]
    for address, outcome, week in visits:
        record_visit(
            db,
            project_id=project.id,
            household_id=homes[address],
            outcome=outcome,
            visit_date=START + timedelta(weeks=week - 1, days=2),
            visitor="Ann de Vries",
        )
    if plan:
        for pos, (week, role, kind, status, title) in enumerate(PLAN):
            db.table("plan_tasks").insert(
                {
                    "uuid": new_uuid(),
                    "project_id": project.id,
                    "week": week,
                    "role": role,
                    "title": title,
                    "kind": kind,
                    "status": status,
                    "position": pos,
                    "created_at": now_iso(),
                }
            )
    for day, title, kind, place in [
        (START + timedelta(weeks=4, days=3), "Buurtbijeenkomst", "meeting", "Buurthuis De Linde"),
        (TODAY + timedelta(days=10), "Warmtescan-avond", "workshop", "Buurthuis De Linde"),
    ]:
        db.table("activities").insert(
            {
                "uuid": new_uuid(),
                "project_id": project.id,
                "kind": kind,
                "title": title,
                "date": day.isoformat(),
                "time": "19:30",
                "place": place,
                "created_at": now_iso(),
            }
        )
    return db, project


def pdf_pages(path: Path) -> list[str]:
    """The text of every page of a PDF, read back with pypdf."""
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def in_order(text: str, parts: list[str]) -> bool:
    """True when every part occurs in ``text``, each after the previous one."""
    at = 0
    for part in parts:
        found = text.find(part, at)
        if found < 0:
            return False
        at = found + len(part)
    return True


def render(pdf: Path, png: Path, page: int = 1, dpi: int = 110) -> Path:
    """Render one page of a PDF to PNG with poppler's pdftoppm."""
    import subprocess

    stem = png.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
         str(pdf), str(stem)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return png


def make_figures(folder: Path, work: Path) -> list[Path]:
    """Every kind of printable from the fictional neighbourhood, one PNG each (docs/*.png)."""
    from buurtdesk.io.pdf.exports import (
        export_doorcards,
        export_letter,
        export_plan,
        export_report,
        export_walklist,
    )

    db, project = seed(work / "buurt.buurtdesk")
    made = [
        (export_walklist(db, project, work / "w.pdf", connector="Ann de Vries", today=TODAY), 2),
        (
            export_doorcards(
                db, project, work / "d.pdf", link="lindekwartier.example.org", today=TODAY
            ),
            1,
        ),
        (export_letter(db, project, work / "l.pdf", streets=["Lindelaan"], today=TODAY), 1),
        (export_report(db, project, work / "r.pdf", today=TODAY), 1),
        (export_plan(db, project, work / "p.pdf", today=TODAY), 1),
    ]
    db.close()
    names = ["walklist", "doorcards", "letter", "report", "plan"]
    return [
        render(result.path, folder / f"{name}.png", page)
        for name, (result, page) in zip(names, made, strict=True)
    ]


if __name__ == "__main__":  # python -m tests.unit.pdf_seed docs
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for made in make_figures(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"), Path(tmp)):
            print(made)
