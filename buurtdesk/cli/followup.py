"""``followup [--json]``: the next round's list — residents to call back, door cards due, expert
visits asked for — with who should do it (:mod:`buurtdesk.domain.followup`)."""

from __future__ import annotations

import argparse
from typing import Any

from ..store.followup import follow_ups
from .common import open_store, print_json, print_table, project_for


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    followup = subparsers.add_parser(
        "followup",
        parents=[common],
        help="de volgende ronde: terugbellen, deurkaarten, deskundige langs (met wie)",
    )
    followup.add_argument("--project", metavar="PROJECT")
    followup.set_defaults(func=cmd_followup)


def cmd_followup(args: argparse.Namespace) -> int:
    db = open_store(args)
    project = project_for(db, args.project)
    items = follow_ups(db, project.id)
    if args.json:
        print_json({"project": project.title, "followups": [f.as_dict() for f in items]})
        return 0
    if not items:
        print("niets op te volgen: niemand om terug te bellen, geen deurkaarten, geen warmtescans")
        return 0
    print_table(
        ["wat", "adres", "wie", "waarvoor"],
        [(f.kind.dutch, f.address, ", ".join(f.who) or "-", f.detail) for f in items],
    )
    return 0
