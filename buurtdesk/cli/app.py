"""Argument parsing and the one place where errors become messages and exit codes.

Each command group lives in its own module with a ``register(subparsers, common)`` function; the
handler it sets (``func``) gets the parsed arguments and returns an exit status. A
:class:`~buurtdesk.errors.UserError` (or any error with a Dutch message from the domain or the
store) is printed to stderr as ``FILE:LINE: message`` and gives exit status 1; no traceback
reaches a user.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from .. import __version__
from ..errors import Coded, UserError
from ..paths import default_db_path
from ..store.store_errors import describe_database_error
from . import (
    backups,
    demo,
    dutch,
    exchange,
    exports,
    followup,
    households,
    ideas,
    importing,
    maintenance,
    neighbourhood,
    privacy,
    projects,
    questions,
    team,
    undo,
)

# Command modules, in the order `--help` lists them. Each has register(subparsers, common).
COMMAND_MODULES = [
    demo,
    importing,
    neighbourhood,
    households,
    projects,
    team,
    questions,
    ideas,
    followup,
    exports,
    exchange,
    undo,
    privacy,
    maintenance,
    backups,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="buurtdesk",
        description="BuurtDesk: huishoudens, bezoeken, team en plan van een buurtproject.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"buurtdesk {__version__}",
        help="het versienummer tonen en stoppen",
    )
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        metavar="BESTAND",
        help=f"het buurtbestand (standaard {default_db_path()})",
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="uitvoer als JSON, voor scripts")
    subparsers = parser.add_subparsers(dest="command", metavar="OPDRACHT", title="opdrachten")
    for module in COMMAND_MODULES:
        module.register(subparsers, common)
    return parser


def open_file_argument(argv: Sequence[str], parser: argparse.ArgumentParser) -> list[str]:
    """``buurtdesk FILE`` means ``buurtdesk --db FILE``: what a desktop passes when a
    ``.buurtdesk`` file is double-clicked. Only a lone argument that is not a command counts."""
    args = list(argv)
    if len(args) != 1 or args[0].startswith("-"):
        return args
    commands = {
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }
    if args[0] in commands:
        return args
    return ["--db", args[0]]


def main(argv: Sequence[str] | None = None) -> int:
    dutch.install()
    parser = build_parser()
    args = parser.parse_args(open_file_argument(sys.argv[1:] if argv is None else argv, parser))
    if args.db is None:
        args.db = default_db_path()
    if args.command is None:
        from ..gui.app import run_gui  # the GUI is imported only when it is wanted

        return run_gui(args.db)
    try:
        return int(args.func(args) or 0)
    except Coded as exc:  # every error a user can act on (UserError, StoreError, AddressError…)
        print(
            f"buurtdesk: {exc}" if not isinstance(exc, UserError) or exc.path is None else str(exc),
            file=sys.stderr,
        )
        return 1
    except sqlite3.DatabaseError as exc:
        print(f"buurtdesk: {args.db}: {describe_database_error(exc)}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # `buurtdesk households | head`: the reader has what it wanted; stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as exc:
        where = exc.filename or args.db
        print(f"buurtdesk: {where}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("buurtdesk: afgebroken", file=sys.stderr)
        return 130
