"""Residents' ideas: ``idea add TEXT [--street NAAM] [--theme THEMA]``, ``idea remove NR``,
``ideas [--json]`` (with a count per theme). The rules are in :mod:`buurtdesk.ops.ideas`."""

from __future__ import annotations

import argparse
from typing import Any

from ..ops import ideas as idea_ops
from .common import open_store, print_json, print_table


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    idea = subparsers.add_parser(
        "idea", help="een idee van bewoners bewaren of verwijderen (per thema en straat)"
    )
    sub = idea.add_subparsers(dest="idea_command", metavar="OPDRACHT", required=True)
    add = sub.add_parser("add", parents=[common], help="een idee bewaren")
    add.add_argument("text", metavar="TEKST", help="het idee, in de woorden van de bewoner")
    add.add_argument("--street", metavar="NAAM", help="de straat waar het vandaan komt")
    add.add_argument("--theme", metavar="THEMA", help="het thema (zie: buurtdesk themes)")
    add.set_defaults(func=cmd_add)
    remove = sub.add_parser("remove", parents=[common], help="een idee verwijderen")
    remove.add_argument("number", type=int, metavar="NR", help="het nummer uit: buurtdesk ideas")
    remove.set_defaults(func=cmd_remove)
    ideas = subparsers.add_parser(
        "ideas", parents=[common], help="de ideeën van bewoners, met het aantal per thema"
    )
    ideas.set_defaults(func=cmd_ideas)


def cmd_add(args: argparse.Namespace) -> int:
    db = open_store(args)
    done = idea_ops.add_idea(db, args.text, street=args.street, theme=args.theme)
    if args.json:
        print_json(done.idea.as_dict())
    else:
        print(f"idee {done.idea.id} bewaard")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    db = open_store(args)
    done = idea_ops.remove_idea(db, args.number)
    if args.json:
        print_json(done.idea.as_dict())
    else:
        print(f"idee {done.idea.id} verwijderd (ongedaan maken: buurtdesk undo)")
    return 0


def cmd_ideas(args: argparse.Namespace) -> int:
    db = open_store(args)
    ideas = idea_ops.list_ideas(db)
    counts = idea_ops.count_by_theme(db)
    titles = idea_ops.theme_titles()
    if args.json:
        print_json(
            {
                "ideas": [i.as_dict() for i in ideas],
                "per_theme": [
                    {"theme": t, "title": titles.get(t, t), "count": n} for t, n in counts.items()
                ],
            }
        )
        return 0
    if not ideas:
        print('nog geen ideeën; bewaar er een met: buurtdesk idea add "..."')
        return 0
    print_table(
        ["nr", "thema", "straat", "idee"],
        [(i.id, titles.get(i.theme, i.theme), i.street or "-", i.text) for i in ideas],
    )
    print()
    print("per thema: " + ", ".join(f"{titles.get(t, t)} {n}" for t, n in counts.items()))
    return 0
