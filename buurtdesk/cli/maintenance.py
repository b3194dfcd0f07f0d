"""Commands that look after the file itself: check, backup and repair."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..ops.maintenance import repair
from ..store.file_copies import backup_to, default_backup_path
from ..store.integrity import check
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
    rep = subparsers.add_parser(
        "repair",
        parents=[common],
        help="een beschadigd bestand herstellen (de beschadigde versie blijft ernaast bewaard)",
    )
    rep.set_defaults(func=cmd_repair)


def cmd_check(args: argparse.Namespace) -> int:
    db = open_store(args)
    report = check(db)
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "integrity": report.integrity,
                "foreign_keys": report.foreign_keys,
                "summary": report.summary(),
                "schema_version": report.version,
            }
        )
    elif report.ok:
        print(f"{args.db}: in orde (schema {report.version})")
    else:
        for line in report.summary():
            print(f"{args.db}: {line}")
        print(
            f"{args.db}: herstel met 'buurtdesk --db {args.db} repair' (de beschadigde versie "
            "blijft bewaard), of zet de laatste goede reservekopie terug"
        )
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


def cmd_repair(args: argparse.Namespace) -> int:
    result = repair(args.db)
    if result is None:
        if args.json:
            print_json({"repaired": False, "ok": True})
        else:
            print(f"{args.db}: in orde; er is niets te herstellen")
        return 0
    if args.json:
        print_json(
            {
                "repaired": True,
                "ok": result.report.ok,
                "kept": str(result.kept),
                "summary": result.report.summary(),
            }
        )
    else:
        print(f"{args.db}: hersteld; de beschadigde versie is bewaard als {result.kept}")
        for line in result.report.summary():
            print(f"{args.db}: nog niet in orde: {line}")
    return 0 if result.report.ok else 1
