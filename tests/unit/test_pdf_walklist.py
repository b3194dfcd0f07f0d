"""Walk lists read back: pages, rows in walking order, header and footer, struck-through rows."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from buurtdesk.domain.address import AddressRecord, HouseNumber
from buurtdesk.errors import UserError
from buurtdesk.io.pdf.exports import export_walklist
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.households import list_households, set_note
from buurtdesk.store.printing import walk_entries

from .pdf_seed import TODAY, in_order, pdf_pages, seed


@pytest.fixture
def seeded(tmp_path: Path):
    db, project = seed(tmp_path / "buurt.buurtdesk")
    yield db, project
    db.close()


def test_walklist_for_a_connector(seeded, tmp_path: Path) -> None:
    db, project = seeded
    out = tmp_path / "ann.pdf"
    result = export_walklist(db, project, out, connector="ann de vries", today=TODAY)
    pages = pdf_pages(out)
    assert len(pages) == result.pages >= 2
    # Ann walks Hofje and Lindelaan: 3 + 26 + 4 apartments behind door 14
    assert result.items == 33
    cover = pages[0]
    assert "Looplijst voor Ann de Vries" in cover
    assert "KERNBOODSCHAP" in cover and project.message[:30] in cover
    assert "TURFTABEL" in cover and "LEGENDA" in cover
    assert "DRIE GESPREKSPUNTEN" in cover and "WAT LAAT U ACHTER" in cover
    for number, text in enumerate(pages, start=1):
        assert f"pagina {number} van {len(pages)}" in text
        assert "vertrouwelijk — na de ronde vernietigen" in text
        assert "Energiek Lindekwartier" in text and "verbinder: Ann de Vries" in text
        assert re.search(r"LL-1116-[0-9A-F]{4}", text)
    rows = "\n".join(pages[1:])
    # walking order: Hofje odd, Hofje even, Lindelaan odd 1..25, then even 2..26 with door 14
    expected = [("1", "1", "Hofje"), ("2", "3", "Hofje"), ("3", "2", "Hofje")]
    odd = list(range(1, 27, 2))
    expected += [(str(4 + i), str(n), "Lindelaan") for i, n in enumerate(odd)]
    even = ["2", "4", "6", "8", "10", "12", "14", "14 H", "14-1", "14-2", "14-3"]
    even += ["16", "18", "20", "22", "24", "26"]
    expected += [(str(17 + i), n, "Lindelaan") for i, n in enumerate(even)]
    assert in_order(rows, [f"\n{r}\n{n}\n{s}\n" for r, n, s in expected])
    assert "DEUR 14" in rows and "5 adressen achter één deur" in rows
    # the door continues on the next page: its heading comes along
    assert "DEUR 14 (VERVOLG)" in pages[4] and pages[4].index("DEUR 14 (VERVOLG)") < pages[4].index(
        "\n14-2\nLindelaan"
    )
    # plain words, in check-off key order, on every row
    assert in_order(rows, ["niet thuis", "gesproken", "geïnteresseerd", "doet mee"])
    assert rows.count("niet bezoeken") == 33 - 1  # every row but the do-not-visit one


def test_do_not_visit_rows_are_struck_through(seeded, tmp_path: Path) -> None:
    db, project = seeded
    out = tmp_path / "lindelaan.pdf"
    export_walklist(db, project, out, streets=["Lindelaan"], today=TODAY)
    rows = "\n".join(pdf_pages(out)[1:])
    assert rows.count("niet aanbellen") == 1
    # Lindelaan 7 is row 4: its row carries "niet aanbellen" and no tick boxes
    block = rows[rows.index("\n4\n7\nLindelaan") :]
    assert block.split("\n")[4] == "niet aanbellen"


def test_empty_selection_is_a_clear_message(seeded, tmp_path: Path) -> None:
    db, project = seeded
    out = tmp_path / "leeg.pdf"
    with pytest.raises(UserError, match="bestaat niet"):
        export_walklist(db, project, out, streets=["Nergensstraat"])
    db.execute("INSERT INTO members (uuid, name, created_at) VALUES ('m9', 'Dee', 'now')")
    with pytest.raises(UserError, match="nog geen straten"):
        export_walklist(db, project, out, connector="Dee")
    with pytest.raises(UserError, match="geen huishoudens"):
        from buurtdesk.io.pdf.walklist import WalkListInfo, write_walklist

        write_walklist(out, [], WalkListInfo("p", "t", "m"))
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_a_street_with_2000_households(seeded, tmp_path: Path) -> None:
    db, project = seeded
    records = [
        AddressRecord("Lange Laan", HouseNumber(n), "3582AA", "Utrecht") for n in range(1, 2001)
    ]
    upsert_households(db, records)
    out = tmp_path / "lang.pdf"
    result = export_walklist(db, project, out, streets=["Lange Laan"], today=TODAY)
    reader = PdfReader(str(out))  # read a few pages back: all 200+ would only slow the test
    total = len(reader.pages)
    assert result.items == 2000 and total == result.pages > 200
    middle = total // 2
    texts = {i: reader.pages[i].extract_text() for i in (1, 5, middle, total - 1)}
    assert "Lange Laan — oneven kant\n" in texts[1] and "\n1\n1\nLange Laan" in texts[1]
    assert "Lange Laan — oneven kant (vervolg)" in texts[5]
    assert "Lange Laan — even kant" in texts[middle] or "even kant (vervolg)" in texts[middle]
    assert f"pagina {total} van {total}" in texts[total - 1]
    assert "vertrouwelijk — na de ronde vernietigen" in texts[middle]
    assert "\n2000\n2000\nLange Laan" in texts[total - 1]


def test_long_notes_and_characters_outside_latin1(seeded, tmp_path: Path) -> None:
    db, project = seeded
    homes = {h["address"]: h["id"] for h in list_households(db)}
    note = ("Ŝ ő 🐕 שלום مرحبا " * 30)[:300]
    set_note(db, homes["Lindelaan 1"], note)
    out = tmp_path / "tekens.pdf"
    export_walklist(db, project, out, streets=["Ŝtraat van Őrs", "Lindelaan"], today=TODAY)
    text = "\n".join(pdf_pages(out))
    assert "Ŝtraat van Őrs — even kant" in text
    assert "Ŝ ő" in text and "…" in text  # the note is shortened to its line, not clipped
    assert "□" in text  # an emoji without a glyph shows as a box, not as nothing
    entries = walk_entries(db, project.id)
    assert any(e.note == note for e in entries)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_an_unwritable_folder_leaves_nothing_behind(seeded, tmp_path: Path) -> None:
    db, project = seeded
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(UserError, match="kan hier niet schrijven"):
            export_walklist(db, project, locked / "x.pdf")
    finally:
        locked.chmod(0o700)
    assert list(locked.iterdir()) == []


def test_a_path_that_cannot_be_written_even_by_root(seeded, tmp_path: Path) -> None:
    db, project = seeded
    with pytest.raises(UserError, match="kan hier niet schrijven") as info:
        export_walklist(db, project, Path("/proc/looplijst.pdf"))
    assert str(info.value).startswith("/proc/looplijst.pdf: ")


def test_a_failed_move_into_place_leaves_nothing_behind(
    seeded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, project = seeded
    out = tmp_path / "x.pdf"
    out.write_bytes(b"the previous list")

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Toegang geweigerd")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(UserError, match="kan het bestand niet opslaan"):
        export_walklist(db, project, out)
    assert out.read_bytes() == b"the previous list"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_missing_folder_and_directory_target(seeded, tmp_path: Path) -> None:
    db, project = seeded
    with pytest.raises(UserError, match="map bestaat niet"):
        export_walklist(db, project, tmp_path / "nee" / "x.pdf")
    with pytest.raises(UserError, match="is een map"):
        export_walklist(db, project, tmp_path)


def test_cancel_leaves_no_file(seeded, tmp_path: Path) -> None:
    from buurtdesk.io.pdf.common import ExportCancelled

    db, project = seeded
    out = tmp_path / "half.pdf"
    with pytest.raises(ExportCancelled):
        export_walklist(db, project, out, progress=lambda done, total: done < 2)
    assert list(tmp_path.glob("*.pdf*")) == []


def test_row_numbers_match_the_street_list_re_entry(seeded) -> None:
    """Row N on paper is row N of the street list for the same connector (re-entry mode)."""
    from buurtdesk.domain.walklist import household_for_row, number_rows
    from buurtdesk.store.printing import connector_streets
    from buurtdesk.store.street_list import HouseholdFilter, household_ids
    from buurtdesk.store.team import find_member

    db, project = seeded
    for name in ("Ann de Vries", "Bob Ŝmit 🚲"):
        member = find_member(db, name)
        assert member is not None
        on_screen = household_ids(db, project.id, HouseholdFilter(member_id=member.id))
        _, street_ids = connector_streets(db, name)
        on_paper = [
            r.entry.household_id for r in number_rows(walk_entries(db, project.id, street_ids))
        ]
        assert on_paper == on_screen
        assert household_for_row(on_paper, 4) == on_screen[3]
