"""``neighbourhood [--name NAAM] [--place PLAATS] [--json]``: the neighbourhood's name and place,
shown or set (printed on letters and walk lists). The rules are in
:mod:`buurtdesk.ops.neighbourhood`."""

from __future__ import annotations

import argparse
from typing import Any

from ..ops.neighbourhood import name_neighbourhood
from ..store.neighbourhood import get_neighbourhood
from .common import open_store, print_json


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    cmd = subparsers.add_parser(
        "neighbourhood", parents=[common], help="de naam en plaats van de buurt tonen of zetten"
    )
    cmd.add_argument("--name", metavar="NAAM", help="de naam van de buurt")
    cmd.add_argument("--place", metavar="PLAATS", help="de plaats")
    cmd.set_defaults(func=cmd_neighbourhood)


def cmd_neighbourhood(args: argparse.Namespace) -> int:
    changing = args.name is not None or args.place is not None
    db = open_store(args, create=changing)
    buurt = name_neighbourhood(db, args.name, args.place) if changing else get_neighbourhood(db)
    if args.json:
        print_json({"name": buurt.name, "place": buurt.place})
    else:
        where = f" ({buurt.place})" if buurt.place else ""
        print(f"{buurt.name or '(nog geen naam)'}{where}")
    return 0
