"""Commands that look after the file itself: check and backup."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..store.db import backup_to, check, default_backup_path
from .common import open_store, print_json


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    chk = subparsers.add_parser(
        "check", parents=[common], help="het bestand controleren (integriteit, verwijzingen)"
    )
    chk.set_defaults(func=cmd_check)
    bak = subparsers.add_parser("backup", parents=[common], help="een reservekopie maken")
    bak.add_argument(
        "--to",
        metavar="BESTAND",
        help="waar de kopie komt (een bestand of een map); standaard de map 'backups' "
        "naast het buurtbestand",
    )
    bak.add_argument(
        "--overwrite", action="store_true", help="een bestaande reservekopie vervangen"
    )
    bak.set_defaults(func=cmd_backup)


def cmd_check(args: argparse.Namespace) -> int:
    db = open_store(args)
    report = check(db)
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "integrity": report.integrity,
                "foreign_keys": report.foreign_keys,
                "schema_version": report.version,
            }
        )
    elif report.ok:
        print(f"{args.db}: in orde (schema {report.version})")
    else:
        for line in [*report.integrity, *report.foreign_keys]:
            if line != "ok":
                print(f"{args.db}: {line}")
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    db = open_store(args)
    if args.to is not None and not args.to.strip():
        raise UserError("geef een bestandsnaam voor de reservekopie (--to BESTAND)")
    target = Path(args.to) if args.to else default_backup_path(Path(args.db))
    written = backup_to(db, target, overwrite=args.overwrite)
    if args.json:
        print_json({"backup": str(written)})
    else:
        print(f"reservekopie: {written}")
    return 0
