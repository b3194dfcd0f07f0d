"""Printed walk lists are remembered (schema 2), so re-entry follows exactly the paper; and a
file of schema 1 migrates to it with its visits intact and guarded."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from buurtdesk.domain.walklist import list_code, parse_list_code
from buurtdesk.io.pdf.exports import export_walklist
from buurtdesk.store.db import open_db, schema_version
from buurtdesk.store.printing import walk_entries
from buurtdesk.store.walklists import find_list, printed_lists, recomputed_list
from tests.unit.pdf_seed import TODAY, seed

SCHEMA_FIXTURES = Path(__file__).parent.parent / "fixtures" / "schema"


def _printed_ident(pdf: Path) -> str:
    text = PdfReader(pdf).pages[1].extract_text()
    match = re.search(r"LL-\d{4}-[0-9A-F]{4}", text)
    assert match, text
    return match.group(0)


def test_an_exported_walk_list_is_remembered_with_its_connector(tmp_path: Path) -> None:
    db, project = seed(tmp_path / "buurt.buurtdesk")
    out = tmp_path / "ann.pdf"
    export_walklist(db, project, out, connector="ann de vries", today=TODAY)
    ident = _printed_ident(out)  # the code as a person reads it off the paper
    found = find_list(db, parse_list_code(ident) or "")
    assert found is not None
    assert (found.ident, found.connector, found.for_connector) == (ident, "Ann de Vries", True)
    rows = [e.household_id for e in walk_entries(db, project.id, None) if e.street in
            ("Hofje", "Lindelaan")]  # fmt: skip
    assert list(found.household_ids) == rows  # the rows in the order printed
    assert found.printed_at


def test_a_street_list_has_no_connector(tmp_path: Path) -> None:
    db, project = seed(tmp_path / "buurt.buurtdesk")
    out = tmp_path / "hofje.pdf"
    export_walklist(db, project, out, streets=["Hofje"], today=TODAY)
    found = find_list(db, parse_list_code(_printed_ident(out)) or "")
    assert found is not None
    assert (found.connector, found.for_connector, found.streets) == ("", False, "Hofje")


def test_rows_stay_those_of_the_paper_when_the_street_grows(tmp_path: Path) -> None:
    from buurtdesk.domain.address import AddressRecord, HouseNumber
    from buurtdesk.store.address_upsert import upsert_households

    db, project = seed(tmp_path / "buurt.buurtdesk")
    export_walklist(db, project, tmp_path / "h.pdf", streets=["Hofje"], today=TODAY)
    code = parse_list_code(_printed_ident(tmp_path / "h.pdf")) or ""
    before = find_list(db, code)
    upsert_households(db, [AddressRecord("Hofje", HouseNumber(2, "A"))])
    after = find_list(db, code)
    assert before is not None and after == before
    assert recomputed_list(db, code) is None  # today's selection would number differently


def test_a_list_printed_before_lists_were_kept_is_recomputed(tmp_path: Path) -> None:
    db, project = seed(tmp_path / "buurt.buurtdesk")
    ids = [e.household_id for e in walk_entries(db, project.id, None) if e.street in
           ("Kastanjeplein", "Ŝtraat van Őrs")]  # fmt: skip
    assert printed_lists(db, list_code(ids)) == []
    found = find_list(db, list_code(ids))
    assert found is not None and found.connector == "Bob Ŝmit 🚲"
    assert list(found.household_ids) == ids
    assert find_list(db, "0000") is None or list_code(found.household_ids) == "0000"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("LL-1128-293A", "293A"),
        ("ll-1128-293a", "293A"),
        (" LL 1128 293A ", "293A"),
        ("1128-293A", "293A"),
        ("293a", "293A"),
        ("LL-1128", None),
        ("12 3", None),
        ("", None),
        ("LL-1128-293G", None),
    ],
)
def test_typed_list_codes(typed: str, code: str | None) -> None:
    assert parse_list_code(typed) == code


def test_schema_1_migrates_to_2_and_guards_its_old_visits(tmp_path: Path) -> None:
    copy = tmp_path / "v1.buurtdesk"
    copy.write_bytes((SCHEMA_FIXTURES / "v1.buurtdesk").read_bytes())
    db = open_db(copy)
    assert schema_version(db) >= 2
    assert db.execute("SELECT count(*) FROM printed_lists").fetchone()[0] == 0
    visits = [tuple(r) for r in db.execute("SELECT id, visitor, member_id FROM visits")]
    assert visits, "the fixture has visits"
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE visits SET visitor = 'iemand anders' WHERE id = ?", [visits[0][0]])
    assert [tuple(r) for r in db.execute("SELECT id, visitor, member_id FROM visits")] == visits


def test_a_list_printed_by_the_coordinator_is_typed_back_on_the_connectors_laptop(
    tmp_path: Path,
) -> None:
    """The lists travel (schema 5): by household uuid, so the connector's own laptop, whose local
    ids differ, reads the same rows; a connector's package carries that connector's lists only."""
    from buurtdesk.store.exchange import collect, for_connector, join
    from buurtdesk.store.team import find_member

    from .test_exchange_merge import wire

    db, project = seed(tmp_path / "buurt.buurtdesk")
    export_walklist(db, project, tmp_path / "ann.pdf", connector="ann de vries", today=TODAY)
    export_walklist(db, project, tmp_path / "hofje.pdf", streets=["Kastanjeplein"], today=TODAY)
    ann_code = parse_list_code(_printed_ident(tmp_path / "ann.pdf")) or ""
    other_code = parse_list_code(_printed_ident(tmp_path / "hofje.pdf")) or ""
    printed = find_list(db, ann_code)
    assert printed is not None
    member = find_member(db, "Ann de Vries")
    assert member is not None
    laptop = open_db(tmp_path / "ann.buurtdesk")
    join(laptop, wire(for_connector(collect(db), member.uuid)))
    there = printed_lists(laptop, ann_code)
    assert len(there) == 1 and there[0].connector == "Ann de Vries"

    def street_number(d: object, hid: int) -> tuple[str, int]:
        row = d.execute(  # type: ignore[attr-defined]
            "SELECT s.name, h.number FROM households h JOIN streets s ON s.id = h.street_id "
            "WHERE h.id = ?",
            [hid],
        ).fetchone()
        return (row[0], row[1])

    assert [street_number(laptop, h) for h in there[0].household_ids] == [
        street_number(db, h) for h in printed.household_ids
    ]
    assert printed_lists(laptop, other_code) == []  # another street's list stays home
    laptop.close()
