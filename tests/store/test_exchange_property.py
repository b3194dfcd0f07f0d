"""Three laptops, random work on each, random exchanges in random order with repeats, then a full
exchange: all three hold the same neighbourhood and no visit is lost or doubled (hypothesis)."""

from __future__ import annotations

import json
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from buurtdesk.domain.address import AddressRecord, HouseNumber, Numbering
from buurtdesk.domain.outcomes import Outcome
from buurtdesk.domain.team import Role
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.db import open_db
from buurtdesk.store.exchange import apply, collect, join
from buurtdesk.store.households import set_do_not_visit, set_note, set_numbering
from buurtdesk.store.projects import create_project
from buurtdesk.store.team import add_member, assign_streets, remove_member
from buurtdesk.store.visits import record_visit, restore_visit, retract_visit

from .test_exchange_merge import dump

HOUSES = 8

operation = st.one_of(
    st.tuples(
        st.just("visit"),
        st.integers(0, HOUSES - 1),
        st.sampled_from(list(Outcome)),
        st.integers(1, 20),
    ),
    st.tuples(st.just("note"), st.integers(0, HOUSES - 1), st.sampled_from(["", "a", "b", "c"])),
    st.tuples(st.just("dnv"), st.integers(0, HOUSES - 1), st.booleans()),
    st.tuples(st.just("undo"), st.integers(0, 30)),
    st.tuples(st.just("redo"), st.integers(0, 30)),
    st.tuples(st.just("member"), st.sampled_from(["Ans", "Bas", "Cor"])),
    st.tuples(st.just("leave"), st.sampled_from(["Ans", "Bas", "Cor"])),
    st.tuples(st.just("street"), st.sampled_from(["Kade", "Dijk"])),
    st.tuples(st.just("numbering"), st.sampled_from(list(Numbering))),
)
step = st.one_of(
    st.tuples(st.just("do"), st.integers(0, 2), operation),
    st.tuples(st.just("send"), st.integers(0, 2), st.integers(0, 2)),
)


def _do(db: Database, op: tuple[Any, ...]) -> None:
    houses = [r[0] for r in db.execute("SELECT id FROM households ORDER BY uuid")]
    project = db.execute("SELECT id FROM projects").fetchone()[0]
    kind = op[0]
    if kind == "visit":
        record_visit(db, project_id=project, household_id=houses[op[1] % len(houses)],
                     outcome=op[2], visit_date=date(2026, 9, op[3]))  # fmt: skip
    elif kind == "note":
        set_note(db, houses[op[1] % len(houses)], op[2])
    elif kind == "dnv":
        set_do_not_visit(db, houses[op[1] % len(houses)], op[2], "op verzoek" if op[2] else "")
    elif kind in ("undo", "redo"):
        visits = [r[0] for r in db.execute("SELECT id FROM visits ORDER BY uuid")]
        if visits:
            target = visits[op[1] % len(visits)]
            (retract_visit if kind == "undo" else restore_visit)(db, target)
    elif kind == "member":
        if not db.execute("SELECT 1 FROM members WHERE name = ?", [op[1]]).fetchone():
            member = add_member(db, op[1], [Role.CONNECTOR])
            street = db.execute("SELECT id FROM streets ORDER BY uuid").fetchone()[0]
            assign_streets(db, member.id, [street])
    elif kind == "leave":
        row = db.execute("SELECT id FROM members WHERE name = ?", [op[1]]).fetchone()
        if row:
            remove_member(db, row[0])
    elif kind == "street":
        upsert_households(db, [AddressRecord(op[1], HouseNumber(n), "", "Dorp")
                               for n in (1, 2, 3)], source="hand")  # fmt: skip
    elif kind == "numbering":
        street = db.execute("SELECT id FROM streets ORDER BY uuid").fetchone()[0]
        set_numbering(db, street, op[1])


def _file(db: Database) -> dict[str, Any]:
    return json.loads(json.dumps(collect(db)))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(step, min_size=1, max_size=25))
def test_three_laptops_end_the_same(steps: list[tuple[Any, ...]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        first = open_db(Path(tmp) / "0.buurtdesk")
        upsert_households(first, [AddressRecord("Dorpsstraat", HouseNumber(n), "", "Dorp")
                                  for n in range(1, HOUSES + 1)], source="test")  # fmt: skip
        create_project(first, theme="energy", title="Energie", start=date(2026, 9, 1))
        laptops = [first]
        for i in (1, 2):
            other = open_db(Path(tmp) / f"{i}.buurtdesk")
            join(other, _file(first))
            laptops.append(other)
        files: list[dict[str, Any]] = []
        for kind, a, b in steps:
            if kind == "do":
                _do(laptops[a], b)
            else:
                files.append(_file(laptops[a]))
                apply(laptops[b], files[-1])
                if len(files) > 1:
                    apply(laptops[b], files[len(files) // 2])  # an old file, again
        visits = {u for db in laptops for (u,) in db.execute("SELECT uuid FROM visits")}
        for _ in range(2):  # everyone reads everyone
            for a in laptops:
                for b in laptops:
                    if a is not b:
                        apply(b, _file(a))
        dumps = [dump(db) for db in laptops]
        assert dumps[0] == dumps[1] == dumps[2]
        for db in laptops:
            assert {u for (u,) in db.execute("SELECT uuid FROM visits")} == visits
            db.close()
