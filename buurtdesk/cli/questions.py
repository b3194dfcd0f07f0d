"""Door questions: ``question add TEKST --short KEY [--choices A,B,C]``, ``question remove KEY``,
``questions [--json]`` (with how they were answered). The rules are in
:mod:`buurtdesk.ops.questions`."""

from __future__ import annotations

import argparse
from typing import Any

from ..domain.questions import split_choices
from ..ops import questions as ops
from .common import open_store, print_json, print_table, project_for


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    question = subparsers.add_parser(
        "question", help="een deurvraag van het project toevoegen of verwijderen"
    )
    sub = question.add_subparsers(dest="question_command", metavar="OPDRACHT", required=True)
    add = sub.add_parser("add", parents=[common], help="een deurvraag toevoegen")
    add.add_argument("text", metavar="TEKST", help="de vraag zoals u hem aan de deur stelt")
    add.add_argument(
        "--short", required=True, metavar="KORTE-NAAM", help="kolomkop op de looplijst, bijv. "
        "warmtescan; ook de naam bij visit --answer"
    )  # fmt: skip
    add.add_argument(
        "--choices", metavar="A,B,C", help="keuzes, met komma's gescheiden (zonder: ja/nee)"
    )
    add.add_argument("--project", metavar="PROJECT")
    add.set_defaults(func=cmd_add)
    remove = sub.add_parser(
        "remove", parents=[common], help="een deurvraag verwijderen (met antwoorden: verborgen)"
    )
    remove.add_argument("short", metavar="KORTE-NAAM")
    remove.add_argument("--project", metavar="PROJECT")
    remove.set_defaults(func=cmd_remove)
    questions = subparsers.add_parser(
        "questions", parents=[common], help="de deurvragen van het project, met de antwoorden"
    )
    questions.add_argument("--project", metavar="PROJECT")
    questions.set_defaults(func=cmd_questions)


def cmd_add(args: argparse.Namespace) -> int:
    choices = split_choices(args.choices)
    db = open_store(args)
    project = project_for(db, args.project)
    done = ops.add_question(db, args.text, short=args.short, choices=choices, project_id=project.id)
    if args.json:
        print_json(done.question.as_dict())
    else:
        print(f"vraag {done.question.short} toegevoegd aan {project.title}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    db = open_store(args)
    project = project_for(db, args.project)
    done = ops.remove_question(db, args.short, project_id=project.id)
    if args.json:
        print_json({**done.question.as_dict(), "hidden": done.hidden})
    elif done.hidden:
        print(
            f"vraag {done.question.short} verborgen; de antwoorden blijven meetellen "
            "(ongedaan maken: buurtdesk undo)"
        )
    else:
        print(f"vraag {done.question.short} verwijderd (ongedaan maken: buurtdesk undo)")
    return 0


def cmd_questions(args: argparse.Namespace) -> int:
    db = open_store(args)
    project = project_for(db, args.project)
    questions = ops.list_questions(db, project.id)
    figures = {f.short: f for f in ops.figures(db, project.id) if not f.removed}
    if args.json:
        print_json(
            {
                "project": project.title,
                "questions": [
                    {**q.as_dict(), "total": figures[q.short].total if q.short in figures else {}}
                    for q in questions
                ],
            }
        )
        return 0
    if not questions:
        print('dit project heeft nog geen deurvragen; voeg er een toe met: '
              'buurtdesk question add "..." --short NAAM')  # fmt: skip
        return 0
    print_table(
        ["vraag", "tekst", "antwoorden", "tot nu toe"],
        [
            (
                q.short,
                q.text,
                "/".join(q.answers),
                ", ".join(f"{k} {n}" for k, n in figures[q.short].total.items())
                if q.short in figures
                else "-",
            )
            for q in questions
        ],
    )
    return 0
