"""``undo`` and ``redo``: the same undo history as the window's Ctrl+Z (ops/undo.py)."""

from __future__ import annotations

import argparse
from typing import Any

from ..ops import undo as undo_ops
from .common import open_store, print_json, print_table


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    undo = subparsers.add_parser(
        "undo",
        parents=[common],
        help="de laatste wijziging ongedaan maken (een bezoek blijft in de geschiedenis)",
    )
    undo.add_argument(
        "--list", action="store_true", help="de laatste stappen tonen in plaats van ongedaan maken"
    )
    undo.set_defaults(func=cmd_undo)
    redo = subparsers.add_parser(
        "redo", parents=[common], help="de laatst ongedaan gemaakte wijziging opnieuw doen"
    )
    redo.set_defaults(func=cmd_redo)


def cmd_undo(args: argparse.Namespace) -> int:
    db = open_store(args)
    if args.list:
        entries = undo_ops.history(db)
        if args.json:
            print_json([_entry(e) for e in entries])
        else:
            print_table(
                ["stap", "wijziging", "stand"],
                [(e.id, e.label, "ongedaan" if e.undone else "gedaan") for e in entries],
            )
        return 0
    entry = undo_ops.undo(db)
    _said(args, "ongedaan gemaakt", entry)
    return 0


def cmd_redo(args: argparse.Namespace) -> int:
    entry = undo_ops.redo(open_store(args))
    _said(args, "opnieuw gedaan", entry)
    return 0


def _said(args: argparse.Namespace, what: str, entry: Any) -> None:
    if args.json:
        print_json({"id": entry.id, "label": entry.label, "done": what})
    else:
        print(f"{entry.label}: {what}")


def _entry(entry: Any) -> dict[str, Any]:
    return {"id": entry.id, "label": entry.label, "kind": entry.kind, "undone": entry.undone}
