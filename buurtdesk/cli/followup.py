"""``followup [--json] [--open]``: the follow-up list after a door round (who to call back, where
a door card is due, who asked for an expert visit), each with who should do it; ``followup
--done "STRAAT NUMMER" --kind SOORT [--not-done]`` ticks one. The rules are in
:mod:`buurtdesk.domain.followup` and :mod:`buurtdesk.ops.followup`; the printable is
``export followup``."""

from __future__ import annotations

import argparse
from typing import Any

from ..domain.followup import KIND_DUTCH, FollowUpKind, parse_kind
from ..errors import UserError
from ..ops import followup as ops
from .common import open_store, print_json, print_table
from .visits import one_household


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    cmd = subparsers.add_parser(
        "followup",
        parents=[common],
        help="de opvolglijst: terugbellen, deurkaarten, bezoeken van deskundigen",
    )
    cmd.add_argument("--open", action="store_true", help="alleen wat nog te doen is")
    cmd.add_argument("--done", metavar="ADRES", help='een opvolging afvinken: "Straat 12"')
    cmd.add_argument(
        "--kind",
        metavar="SOORT",
        help="terugbellen (call_back), deurkaart (door_card) of 'bezoek deskundige' (expert_visit)",
    )
    cmd.add_argument("--not-done", action="store_true", help="het vinkje weer weghalen")
    cmd.set_defaults(func=cmd_followup)


def _kind(text: str | None) -> FollowUpKind:
    if not text:
        raise UserError("zeg welke opvolging: --kind terugbellen|deurkaart|'bezoek deskundige'")
    try:
        return parse_kind(text)
    except ValueError:
        raise UserError(
            f'onbekende soort opvolging "{text}": terugbellen, deurkaart of bezoek deskundige'
        ) from None


def cmd_followup(args: argparse.Namespace) -> int:
    db = open_store(args)
    if args.done is not None:
        kind = _kind(args.kind)
        household = one_household(db, args.done)
        done = ops.tick(db, int(household["id"]), kind, done=not args.not_done)
        state = "weer open" if args.not_done else "gedaan"
        if args.json:
            print_json({**done.follow_up.as_dict(), "done": not args.not_done})
        else:
            print(f"{KIND_DUTCH[kind]} {done.follow_up.address}: {state}")
        return 0
    items = ops.follow_ups(db)
    if args.open:
        items = [i for i in items if i.done_on is None]
    if args.json:
        print_json([i.as_dict() for i in items])
        return 0
    if not items:
        print("Er is nu niets op te volgen.")
        return 0
    print_table(
        ["soort", "adres", "wie", "waarom", "contact", "gedaan"],
        [
            [
                KIND_DUTCH[i.kind],
                i.address,
                ", ".join(i.who) or "-",
                i.reason,
                i.contact,
                i.done_on or "",
            ]
            for i in items
        ],
    )
    return 0
