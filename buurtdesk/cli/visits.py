"""Recording visits on the command line: ``visit`` (one door), ``reentry`` (a printed walk list
typed back by its code and row numbers) and ``visits`` (the history).

Every visit is credited to a team member: ``--by`` takes a start of a name; without it, the one
connector of the team, never "whoever came last". A door that asked not to be visited takes
``--force``.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from sqlite_utils import Database

from ..domain.outcomes import Outcome
from ..domain.team import Role
from ..domain.walklist import household_for_row, parse_list_code, parse_row_entry
from ..errors import UserError
from ..ops.questions import parse_answers
from ..ops.visits import (
    DoNotVisitDoor,
    RecordedVisits,
    VisitInput,
    record_visit,
    record_visits,
    resolve_visitor,
)
from ..store.households import find_by_address, find_streets, households_at_number
from ..store.questions import visit_answers
from ..store.street_list import household_rows
from ..store.team import list_members
from ..store.visits import list_visits
from ..store.walklists import find_list
from .common import open_store, parse_date, print_json, print_table, project_for


def register_reentry(subparsers: Any, common: argparse.ArgumentParser) -> None:
    reentry = subparsers.add_parser(
        "reentry",
        parents=[common],
        help='een gedrukte looplijst invoeren: lijstcode en rijen, bijv. LL-1128-293A "12 3"',
    )
    reentry.add_argument("code", metavar="LIJSTCODE", help="rechtsboven op de looplijst")
    reentry.add_argument(
        "rows",
        metavar='"RIJ UITKOMST [VRAAG=ANTWOORD ...] [NOTITIE]"',
        nargs="+",
        help='per rij het rijnummer en het vakje 1-6, bijv. "12 3", "13 1 komt dinsdag terug" '
        'of "14 3 warmtescan=ja"',
    )
    reentry.add_argument(
        "--by", default=None, metavar="NAAM", help="alleen voor een lijst die voor straten is "
        "gedrukt: wie liep hem"
    )  # fmt: skip
    reentry.add_argument("--date", default=None, metavar="JJJJ-MM-DD", help="standaard vandaag")
    reentry.add_argument("--project", metavar="PROJECT")
    reentry.add_argument(
        "--force", action="store_true", help="ook rijen die op niet aanbellen staan vastleggen"
    )
    reentry.set_defaults(func=cmd_reentry)


# --- who made the visit -------------------------------------------------------------------------


def team_visitor(db: Database, typed: str | None) -> str:
    """The team member a visit is credited to (ops.visits.resolve_visitor)."""
    return resolve_visitor(db, typed)


def _visit_date(text: str | None) -> date:
    visit_date = parse_date(text) if text else date.today()
    if visit_date > date.today():
        raise UserError(f"datum {visit_date} ligt in de toekomst")
    return visit_date


def _warn_before_start(done: RecordedVisits) -> None:
    project = done.project
    if done.project_created:
        print(
            f'buurtdesk: nieuw project "{project.title}" gestart op {project.start_date}',
            file=sys.stderr,
        )
    if done.before_start:
        print(
            f"buurtdesk: let op: {done.visits[0].visit_date} ligt voor de start van het project "
            f'"{project.title}" ({project.start_date}); het bezoek is wel vastgelegd',
            file=sys.stderr,
        )


# --- visit ---------------------------------------------------------------------------------------


def cmd_visit(args: argparse.Namespace) -> int:
    try:
        outcome = Outcome.parse(args.outcome)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    visit_date = _visit_date(args.date)
    db = open_store(args)
    household = one_household(db, args.address)
    visitor = team_visitor(db, args.by)
    try:
        done = record_visit(
            db,
            household_id=household["id"],
            outcome=outcome,
            visit_date=visit_date,
            visitor=visitor,
            note=args.note,
            answers=parse_answers(args.answer),
            project=args.project,
            force=args.force,
        )
    except DoNotVisitDoor as exc:
        raise UserError(
            f"{exc.message}; een typfout? Was er toch een bezoek, geef dan --force"
        ) from None
    visit = done.visits[0]
    if visit.was_do_not_visit and outcome is not Outcome.DO_NOT_VISIT:
        print(
            f"buurtdesk: let op: {visit.address} staat op niet aanbellen; "
            "het bezoek is vastgelegd, de markering blijft",
            file=sys.stderr,
        )
    _warn_before_start(done)
    if args.json:
        print_json(
            {
                "visit_id": visit.visit_id,
                "household": visit.address,
                "outcome": outcome.value,
                "date": visit_date.isoformat(),
                "by": visit.visitor,
                "door_card_suggested": visit.door_card,
                "answers": visit_answers(db, visit.visit_id),
            }
        )
    else:
        print(
            f"{visit.address}: {outcome.dutch} ({visit_date}"
            f"{', ' + visit.visitor if visit.visitor else ''}) opgeslagen"
        )
        if visit.door_card:
            print("Twee keer niet thuis: laat een deurkaart achter.")
    return 0


def one_household(db: Database, address: str) -> dict[str, Any]:
    """The one household a typed address names; otherwise a message with the candidates."""
    matches = find_by_address(db, address)
    if not matches:
        raise UserError(f'geen huishouden op "{address}"{_near(db, address)}')
    if len(matches) > 1:
        names = "; ".join(
            f"{m['address']} ({m['place'] or 'geen plaats'}, id {m['id']})" for m in matches
        )
        raise UserError(
            f'"{address}" past op meer dan één huishouden: {names}. Noem de plaats of '
            f'postcode erbij, bijv. "{matches[0]["address"]}, {matches[0]["place"] or "1234 AB"}"'
        )
    return matches[0]


def _near(db: Any, text: str) -> str:
    """Candidates on the same street and number, to help a user who typed 12 for 12A."""
    street, near = households_at_number(db, text)
    if near:
        return "; bedoelt u: " + ", ".join(near[:10]) + "?"
    if not find_streets(db, street):
        return f'; straat "{street}" bestaat niet'
    return ""


# --- reentry -------------------------------------------------------------------------------------


def cmd_reentry(args: argparse.Namespace) -> int:
    """All rows or none: every row is checked before the first is recorded."""
    code = parse_list_code(args.code)
    if code is None:
        raise UserError(
            f'"{args.code}" is geen lijstcode; die staat rechtsboven op de looplijst, '
            "bijv. LL-1128-293A"
        )
    visit_date = _visit_date(args.date)
    db = open_store(args)
    walk = find_list(db, code)
    if walk is None:
        raise UserError(
            f"geen looplijst met code {args.code.strip()}; druk de lijst af met BuurtDesk "
            "(export walklist) of typ de code zoals rechtsboven op het papier"
        )
    if walk.for_connector:
        visitor = walk.connector
        if args.by is not None and team_visitor(db, args.by) != visitor:
            raise UserError(
                f"looplijst {walk.ident} is gedrukt voor {visitor}; "
                f'"{args.by.strip()}" past daar niet bij'
            )
    elif args.by is None:
        raise UserError(
            f"looplijst {walk.ident} is gedrukt voor straten ({walk.streets}), niet voor een "
            f"verbinder: wie liep hem? Geef --by NAAM{_connector_hint(db)}"
        )
    else:
        visitor = team_visitor(db, args.by)
    items = household_rows(db, None, walk.household_ids)
    rows: list[tuple[int, int, Outcome, str, str, dict[str, str]]] = []
    typed: list[str] = []
    for number, text in enumerate(args.rows, start=1):
        where = f'regel {number} ("{text.strip()}")'
        parsed = parse_row_entry(text)
        if parsed is None:
            raise UserError(f"{where}: typ een rijnummer en een uitkomst 1-6, bijv. 12 3")
        row, outcome, note = parsed
        answers, note = _row_answers(note, where)
        household_id = household_for_row(walk.household_ids, row)
        if household_id is None:
            raise UserError(
                f"{where}: rij {row} staat niet op lijst {walk.ident} "
                f"(1 tot {len(walk.household_ids)})"
            )
        item = items.get(household_id)
        if item is None:
            raise UserError(f"{where}: het huishouden van rij {row} bestaat niet meer")
        rows.append((row, household_id, outcome, note, item.address, answers))
        typed.append(text.strip())
    try:
        done = record_visits(
            db,
            [VisitInput(r[1], r[2], r[3], r[5]) for r in rows],
            visit_date=visit_date,
            visitor=visitor,
            project=args.project,
            force=args.force,
            label=f"looplijst {walk.ident}",
        )
    except DoNotVisitDoor as exc:
        at = next(i for i, r in enumerate(rows) if r[4] == exc.values["address"])
        raise UserError(
            f'regel {at + 1} ("{typed[at]}"): rij {rows[at][0]} ({rows[at][4]}) staat op niet '
            "aanbellen; een typfout? Was er toch een bezoek, geef dan --force"
        ) from None
    _warn_before_start(done)
    recorded = [
        {
            "visit_id": visit.visit_id,
            "row": row[0],
            "household": visit.address,
            "outcome": visit.outcome.value,
            "date": visit_date.isoformat(),
            "by": visit.visitor,
        }
        for row, visit in zip(rows, done.visits, strict=True)
    ]
    if args.json:
        print_json({"list": walk.ident, "by": visitor, "visits": recorded})
    else:
        print(f"Looplijst {walk.ident} van {visitor}: {len(recorded)} bezoeken opgeslagen")
        for visit in recorded:
            print(f"  rij {visit['row']}: {visit['household']} — {Outcome(visit['outcome']).dutch}")
    return 0


def _row_answers(note: str, where: str) -> tuple[dict[str, str], str]:
    """Answers typed after a row's outcome (``12 3 warmtescan=ja isolatie=dak``), then the note."""
    words = note.split()
    given = 0
    while given < len(words) and "=" in words[given]:
        given += 1
    try:
        answers = parse_answers(words[:given])
    except UserError as exc:
        raise UserError(f"{where}: {exc}") from None
    return answers, " ".join(words[given:]) if given else note


def _connector_hint(db: Database) -> str:
    members = list_members(db)
    connectors = [m.name for m in members if Role.CONNECTOR in m.roles] or [m.name for m in members]
    return f" (verbinders: {', '.join(connectors)})" if connectors else ""


# --- visits --------------------------------------------------------------------------------------


def cmd_visits(args: argparse.Namespace) -> int:
    db = open_store(args)
    project_id = project_for(db, args.project).id if args.project else None
    visits = list_visits(db, project_id=project_id, street=args.street, include_retracted=args.all)
    if args.json:
        print_json([v.as_dict() for v in visits])
        return 0
    print_table(
        ["datum", "adres", "uitkomst", "door", "notitie"],
        [
            (
                v.visit_date,
                v.address,
                v.outcome.dutch + (" (ongedaan)" if v.retracted else ""),
                v.visitor,
                v.note,
            )
            for v in visits
        ],
    )
    return 0
