"""``backups`` (list them) and ``restore`` (put one back)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..ops import backups as backup_ops
from .common import open_store, print_json, print_table


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    listing = subparsers.add_parser(
        "backups", parents=[common], help="de reservekopieën van dit bestand tonen"
    )
    listing.set_defaults(func=cmd_backups)
    restore = subparsers.add_parser(
        "restore",
        parents=[common],
        help="een reservekopie terugzetten (het huidige bestand wordt eerst bewaard)",
    )
    restore.add_argument("backup", type=Path, metavar="RESERVEKOPIE")
    restore.add_argument("--yes", action="store_true", help="niet vragen, meteen terugzetten")
    restore.set_defaults(func=cmd_restore)


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size // 1024} kB"


def cmd_backups(args: argparse.Namespace) -> int:
    found = backup_ops.backups(open_store(args))
    if args.json:
        print_json(
            [
                {
                    "path": str(b.path),
                    "taken": b.taken.isoformat(timespec="seconds"),
                    "size": b.size,
                    "automatic": b.auto,
                }
                for b in found
            ]
        )
        return 0
    print_table(
        ["gemaakt", "grootte", "soort", "bestand"],
        [
            (
                b.taken.strftime("%Y-%m-%d %H:%M"),
                _size(b.size),
                "automatisch" if b.auto else "met de hand",
                b.path,
            )
            for b in found
        ],
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    db = open_store(args)
    if not args.yes:
        said = (
            f"{args.backup} terugzetten: wat sindsdien op deze laptop is veranderd gaat verloren "
            "(het huidige bestand wordt eerst als reservekopie bewaard; wat al naar andere "
            "laptops ging, komt met hun volgende uitwisselbestand terug)"
        )
        if not sys.stdin.isatty():
            raise UserError(f"{said}. Geef --yes om terug te zetten")
        if input(f"{said}. Terugzetten? (ja/nee) ").strip().lower() not in ("j", "ja", "y", "yes"):
            print("Niets teruggezet.")
            return 1
    done = backup_ops.restore(db, args.backup)
    if args.json:
        print_json(
            {
                "restored": str(done.backup),
                "kept_first": str(done.safety),
                "erasures": done.erasures,
            }
        )
    else:
        print(f"Teruggezet: {done.backup}")
        print(f"Het bestand zoals het was staat in {done.safety}")
        if done.erasures:
            print(f"{done.erasures} keer gewiste gegevens blijven gewist.")
    return 0
