"""Streets per connector, proposed and applied (``team propose``, the first-run wizard).

The proposal (:func:`buurtdesk.domain.assignment.propose_streets`) gives every street that has no
connector yet to one connector, streets kept whole, doors shared evenly; the streets connectors
walk already stay theirs and count in. Applying it is one operation: one undo step.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from ..domain.assignment import StreetDoors, propose_streets
from ..domain.team import Role
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..store.street_list import street_summaries
from ..store.team import Member, list_members
from . import team as team_ops
from . import undo
from .base import operation

KIND_PROPOSAL = "street_proposal"


@dataclass(frozen=True)
class Proposal:
    streets: tuple[StreetDoors, ...]  # every street of the neighbourhood
    connectors: tuple[Member, ...]
    # member id -> street ids: proposed (new) and walked already
    proposed: dict[int, list[int]]
    walked: dict[int, list[int]]

    def doors(self, member_id: int) -> int:
        doors = {s.street_id: s.doors for s in self.streets}
        ids = self.walked.get(member_id, []) + self.proposed.get(member_id, [])
        return sum(doors[s] for s in ids)


def propose(db: Database) -> Proposal:
    """The proposal for the neighbourhood as it is (reads only)."""
    summaries = street_summaries(db, None, progress=False)
    members = list_members(db)
    connectors = tuple(m for m in members if Role.CONNECTOR in m.roles)
    streets = tuple(StreetDoors(s.id, s.name, s.households) for s in summaries)
    by_name = {m.name: m.id for m in connectors}
    walked: dict[int, list[int]] = {m.id: [] for m in connectors}
    free: list[StreetDoors] = []
    for summary, street in zip(summaries, streets, strict=True):
        owners = [by_name[n] for n in summary.connectors if n in by_name]
        for owner in owners:
            walked[owner].append(street.street_id)
        if not owners:
            free.append(street)
    doors = {s.street_id: s.doors for s in streets}
    already = {m: sum(doors[s] for s in ids) for m, ids in walked.items()}
    proposed = propose_streets(free, [m.id for m in connectors], already)
    return Proposal(streets, connectors, proposed, walked)


def apply_proposal(db: Database, proposed: Mapping[int, Sequence[int]]) -> Applied:
    """Give each connector their proposed streets (as shown, perhaps edited), all or nothing,
    in one undo step; how many streets were given."""
    if not any(proposed.values()):
        raise UserError(QT_TRANSLATE_NOOP("Fout", "er zijn geen straten om te verdelen"))
    given: dict[str, list[int]] = {}
    with operation(db, "apply_street_proposal"):
        for member_id, street_ids in proposed.items():
            if street_ids:
                done = team_ops.assign_streets(db, member_id, street_ids, record=False)
                if done.changed:
                    given[str(member_id)] = list(done.changed)
        count = sum(len(s) for s in given.values())
        entry = undo.record(
            db, KIND_PROPOSAL, f"{count} straten verdeeld over de verbinders", {"given": given}
        )
    return Applied(count, entry)


@dataclass(frozen=True)
class Applied:
    streets: int
    entry_id: int  # the undo history's entry


def _proposal_step(undoing: bool) -> undo.Step:
    assign = team_ops.assign_step(undoing)

    def step(db: Database, payload: dict[str, Any]) -> None:
        for member_id, streets in payload["given"].items():
            assign(db, {"member_id": int(member_id), "streets": streets, "assign": True})

    return step


undo.undoable(KIND_PROPOSAL, undo=_proposal_step(True), redo=_proposal_step(False))
