"""Command 'demo': a fictional Dutch neighbourhood to try BuurtDesk with, or to measure it."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..domain.demo import DEFAULT_HOUSEHOLDS, DEFAULT_SEED, MAX_HOUSEHOLDS
from ..ops import demo as ops
from .common import open_store, print_json


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add this group's commands to the parser."""
    demo = subparsers.add_parser(
        "demo",
        parents=[common],
        help="een verzonnen demobuurt maken (in een leeg bestand)",
        description=(
            "Maakt een geloofwaardige, verzonnen Nederlandse buurt: straten met even en oneven "
            "kant, huisletters en toevoegingen, flats met meerdere adressen achter één deur, een "
            "rondom genummerd plein, postcodes en coördinaten (RD New), een energieproject in "
            "week 5 van 10, een team van zeven en de bezoeken van de weken tot nu. Dezelfde seed "
            "geeft dezelfde buurt. Alleen in een leeg bestand: een bestand met huishoudens, "
            "straten, projecten of teamleden wordt geweigerd en niet veranderd (een demo tussen "
            "echte adressen is niet meer te scheiden), dus kies zo nodig een nieuw bestand met "
            "--db."
        ),
    )
    demo.add_argument(
        "--households",
        type=int,
        default=DEFAULT_HOUSEHOLDS,
        metavar="N",
        help=f"aantal huishoudens (standaard {DEFAULT_HOUSEHOLDS}; tot {MAX_HOUSEHOLDS:,} "
        "voor metingen op stadsschaal)".replace(",", "."),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        metavar="S",
        help=f"dezelfde seed geeft dezelfde buurt (standaard {DEFAULT_SEED})",
    )
    demo.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    plan = ops.plan_demo(args.households, args.seed)  # checked before the file is opened
    db = open_store(args, create=True)
    summary = ops.write_demo(db, plan)
    if args.json:
        print_json(summary.as_dict())
        return 0
    pct = round(100 * summary.visited / summary.households) if summary.households else 0
    print(
        f"Demobuurt {summary.neighbourhood} in {summary.place} gemaakt in {args.db}:\n"
        f"  {summary.households} huishoudens in {summary.streets} straten\n"
        f'  project "{summary.project_title}", week {summary.current_week} van {summary.weeks} '
        f"(begonnen {summary.start})\n"
        f"  {summary.members} teamleden, {summary.visits} bezoeken bij {summary.visited} "
        f"huishoudens ({pct} %), {summary.takes_part} doen mee, "
        f"{summary.initiators} initiatiefnemers",
        file=sys.stdout,
    )
    return 0
