"""The next round's walk lists read back: "nog te doen" (only the doors still worth a knock) and
compact (one line a door), as PDFs (pypdf), rendered (pdftoppm), and through the command line
with re-entry of the printed list."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PIL import Image

from buurtdesk.domain.demo import generate
from buurtdesk.domain.outcomes import Outcome, Status
from buurtdesk.domain.walklist import STILL_TO_DO, number_rows, still_to_do
from buurtdesk.errors import UserError
from buurtdesk.io.pdf.exports import export_walklist
from buurtdesk.io.pdf.walklist_compact import layout
from buurtdesk.store.db import open_db
from buurtdesk.store.demo import write_demo
from buurtdesk.store.printing import walk_entries
from buurtdesk.store.projects import current_project
from buurtdesk.store.visits import record_visit
from buurtdesk.store.walklists import find_list

from .pdf_seed import TODAY, pdf_pages, render, seed

# Ann walks Hofje and Lindelaan (33 addresses). Not on her "nog te doen" list: who takes part
# (Lindelaan 1, 2, 8, 10, Hofje 1), said no (Lindelaan 4) or is marked do-not-visit (Lindelaan 7).
NOT_TO_DO = {"Lindelaan 1", "Lindelaan 2", "Lindelaan 8", "Lindelaan 10", "Hofje 1"}
NOT_TO_DO |= {"Lindelaan 4", "Lindelaan 7"}


@pytest.fixture
def seeded(tmp_path: Path):
    db, project = seed(tmp_path / "buurt.buurtdesk")
    yield db, project
    db.close()


def _printed_addresses(db, ident: str) -> list[str]:
    found = find_list(db, ident[-4:])
    assert found is not None
    by_id = {e.household_id: e.address for e in walk_entries(db, None)}
    return [by_id[h] for h in found.household_ids]


def _dump(path: Path) -> str:
    db = open_db(path)
    try:
        return "\n".join(db.conn.iterdump())
    finally:
        db.close()


def test_the_rule_keeps_only_doors_worth_a_knock() -> None:
    assert {Status.UNVISITED, Status.NOT_HOME, Status.SPOKE, Status.INTERESTED} == STILL_TO_DO


@pytest.mark.parametrize("compact", [False, True])
def test_todo_list_has_only_the_doors_still_worth_a_knock(
    seeded, tmp_path: Path, compact: bool
) -> None:
    db, project = seeded
    out = tmp_path / "todo.pdf"
    everyone = walk_entries(db, project.id, None)
    ann = [e for e in everyone if e.street in ("Hofje", "Lindelaan")]
    result = export_walklist(
        db, project, out, connector="Ann de Vries", todo=True, compact=compact, today=TODAY
    )
    assert result.items == len(ann) - len(NOT_TO_DO) == 26
    pages = pdf_pages(out)
    for text in pages:  # every page says what kind of list it is
        assert "nog te doen" in text
    assert "alleen nog niet bezocht, niet thuis, gesproken en geïnteresseerd" in pages[0]
    ident = re.search(r"LL-1116-[0-9A-F]{4}", pages[0])
    assert ident
    printed = _printed_addresses(db, ident.group(0))  # re-entry follows exactly these rows
    assert len(printed) == 26 and not NOT_TO_DO & set(printed)
    assert {"Lindelaan 3", "Lindelaan 5", "Lindelaan 6", "Lindelaan 11", "Hofje 2"} <= set(printed)
    assert [e.address for e in ann if still_to_do(e)] == printed  # walking order kept
    rows = "\n".join(pages if compact else pages[1:])
    assert "niet aanbellen" not in rows.replace("6 niet bezoeken", "")
    assert "\n26\n" in rows and "\n27\n" not in rows


def test_todo_with_nothing_left_is_a_clear_message(seeded, tmp_path: Path) -> None:
    db, project = seeded
    out = tmp_path / "hofje.pdf"
    for entry in walk_entries(db, project.id, None):  # Hofje 1 takes part, 2 and 3 say no
        if entry.street == "Hofje" and entry.status is Status.UNVISITED:
            record_visit(
                db,
                project_id=project.id,
                household_id=entry.household_id,
                outcome=Outcome.NOT_INTERESTED,
                visit_date=TODAY,
                visitor="Ann de Vries",
            )
    before = db.execute("SELECT count(*) FROM printed_lists").fetchone()[0]
    with pytest.raises(UserError, match="niets meer te doen"):
        export_walklist(db, project, out, streets=["Hofje"], todo=True, compact=True)
    assert not out.exists()
    assert db.execute("SELECT count(*) FROM printed_lists").fetchone()[0] == before


def test_compact_list_one_line_a_door(seeded, tmp_path: Path) -> None:
    db, project = seeded
    out = tmp_path / "compact.pdf"
    result = export_walklist(db, project, out, connector="Ann de Vries", compact=True, today=TODAY)
    pages = pdf_pages(out)
    assert result.pages == len(pages) == 2  # 33 doors, no cover (the full list takes 6 pages)
    for number, page in enumerate(pages, start=1):
        assert "Looplijst voor Ann de Vries · compact" in page
        assert f"pagina {number} van 2" in page
        assert "vertrouwelijk — na de ronde vernietigen" in page
        assert "vakjes: 1 niet thuis   2 gesproken   3 geïnteresseerd" in page
    assert "Lindelaan — even kant (vervolg)" in pages[1]
    text = "\n".join(pages)
    # row number, house number and street, in walking order; the last outcome after it
    assert "\n4\n1\nLindelaan\ndoet mee 07-10\n" in text
    assert "\n3\n2\nHofje\n–\n" in text
    assert "\n24\n14 H\nLindelaan\n" in text
    # the do-not-visit row keeps its number, struck through, without boxes
    assert "\n7\n7\nLindelaan\nniet aanbellen\n" in text
    assert "Hond" in text  # the household's note in the note column


def test_compact_450_doors_take_at_least_20_a_page(tmp_path: Path) -> None:
    db = open_db(tmp_path / "demo.buurtdesk")
    write_demo(db, generate(450, seed=1))
    project = current_project(db)
    assert project is not None
    full = export_walklist(db, project, tmp_path / "full.pdf")
    compact = export_walklist(db, project, tmp_path / "compact.pdf", compact=True)
    assert compact.items == full.items == 450
    pages = pdf_pages(tmp_path / "compact.pdf")
    assert len(pages) == compact.pages <= 450 // 20
    assert compact.pages * 3 < full.pages  # 53 pages -> 14
    # every page but the last holds at least 20 rows (one line a door)
    laid_out = layout(number_rows(walk_entries(db, project.id)), 2)
    rows_per_page = [sum(1 for line in page if line.kind == "row") for page in laid_out]
    assert len(laid_out) == compact.pages and sum(rows_per_page) == 450
    assert min(rows_per_page[:-1]) >= 20
    # and the PDF holds the rows as laid out: page 2 starts where page 1 ended
    first_on_2 = rows_per_page[0] + 1
    assert re.search(rf"\n{first_on_2}\n\d+[^\n]*\n", pages[1])
    png = render(tmp_path / "compact.pdf", tmp_path / "compact.png", page=2, dpi=60)
    image = Image.open(png).convert("L")
    dark = sum(image.histogram()[:128])
    assert dark > image.width * image.height * 0.02  # the rows and boxes are drawn
    db.close()


def test_cli_compact_todo_list_is_typed_back_with_reentry(cli, tmp_path: Path) -> None:
    path = tmp_path / "lijst.buurtdesk"
    db, _ = seed(path)
    db.close()
    out = tmp_path / "ann.pdf"
    done = cli(
        "export", "walklist", "--connector", "Ann de Vries", "--todo", "--compact",
        "--out", str(out), "--json", db=path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["items"] == 26
    code = re.search(r"LL-\d{4}-[0-9A-F]{4}", pdf_pages(out)[0])
    assert code
    db = open_db(path)
    row12 = _printed_addresses(db, code.group(0))[11]
    db.close()
    typed = cli("reentry", code.group(0), "12 3", "--json", db=path)
    assert typed.returncode == 0, typed.stderr
    data = json.loads(typed.stdout)
    assert data["by"] == "Ann de Vries"
    assert [(v["row"], v["outcome"]) for v in data["visits"]] == [(12, "interested")]
    db = open_db(path)
    (address,) = db.execute(
        "SELECT s.name || ' ' || h.number FROM visits v JOIN households h ON h.id = "
        "v.household_id JOIN streets s ON s.id = h.street_id ORDER BY v.id DESC LIMIT 1"
    ).fetchone()
    db.close()
    assert address == row12


def test_cli_todo_with_nothing_to_do_leaves_the_file_unchanged(cli, tmp_path: Path) -> None:
    path = tmp_path / "lijst.buurtdesk"
    db, _ = seed(path)
    db.close()
    # Hofje 1 takes part; the other two say no
    for address in ("Hofje 2", "Hofje 3"):
        made = cli("visit", address, "not_interested", "--by", "Ann", db=path)
        assert made.returncode == 0, made.stderr
    before = _dump(path)
    out = tmp_path / "leeg.pdf"
    refused = cli("export", "walklist", "--street", "Hofje", "--todo", "--out", str(out), db=path)
    assert refused.returncode == 1
    assert "niets meer te doen" in refused.stderr and "Traceback" not in refused.stderr
    assert not out.exists()
    assert _dump(path) == before


def test_a_walk_list_printed_on_a_guarded_file_is_recorded(tmp_path: Path) -> None:
    """Printed lists travel between laptops: their row is written inside an operation, so the
    command line and the window (guarded connections) can print."""
    from buurtdesk.ops.base import open_neighbourhood

    path = tmp_path / "buurt.buurtdesk"
    db, project = seed(path)
    db.close()
    guarded = open_neighbourhood(path)
    out = tmp_path / "hofje.pdf"
    export_walklist(guarded, project, out, streets=["Hofje"], todo=True, compact=True)
    (count,) = guarded.execute("SELECT count(*) FROM printed_lists").fetchone()
    assert count == 1 and out.exists()
    guarded.close()
