"""Who made a visit: a typed name against the team.

A visit is credited to a team member. People type a start of a name (``meh`` for Mehmet), in any
case; an exact name wins over a longer name that starts the same (``Ann`` beside ``Anna``).
"""

from __future__ import annotations

from collections.abc import Sequence


def matching_names(typed: str, names: Sequence[str]) -> list[str]:
    """The names ``typed`` can mean: the one equal to it (any case), else every name that starts
    with it (any case). One name back is a match; none or several need the user."""
    wanted = " ".join(typed.split()).casefold()
    if not wanted:
        return []
    exact = [n for n in names if " ".join(n.split()).casefold() == wanted]
    if exact:
        return exact[:1]
    return [n for n in names if " ".join(n.split()).casefold().startswith(wanted)]
