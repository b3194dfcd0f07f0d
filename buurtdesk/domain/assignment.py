"""Streets per connector, proposed: every street stays whole (one connector walks it, as the
method asks: a face the street knows) and the doors are shared as evenly as that allows.

The rule is the classic "largest first": take the streets from the most doors to the fewest and
give each to the connector who has the fewest doors so far. It is never more than one street
away from the fairest split, it is what a coordinator would do by hand, and it gives the same
proposal every time for the same neighbourhood (ties go by street name, then by the order the
connectors were named in).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class StreetDoors:
    street_id: int
    name: str
    doors: int


def propose_streets(
    streets: Sequence[StreetDoors],
    connectors: Sequence[int],
    already: Mapping[int, int] | None = None,
) -> dict[int, list[int]]:
    """For each connector (member id, in the order given) the street ids proposed for them,
    each street given to exactly one connector; every connector appears, perhaps without
    streets. ``already``: doors a connector walks already (their streets are not among
    ``streets``). No connectors: no proposal."""
    proposal: dict[int, list[int]] = {member: [] for member in connectors}
    if not proposal:
        return {}
    load = {member: (already or {}).get(member, 0) for member in proposal}
    order = {member: i for i, member in enumerate(proposal)}
    for street in sorted(streets, key=lambda s: (-s.doors, s.name, s.street_id)):
        member = min(load, key=lambda m: (load[m], order[m]))
        proposal[member].append(street.street_id)
        load[member] += street.doors
    return proposal


def doors_per_connector(
    streets: Sequence[StreetDoors], proposal: dict[int, list[int]]
) -> dict[int, int]:
    doors = {s.street_id: s.doors for s in streets}
    return {member: sum(doors[s] for s in ids) for member, ids in proposal.items()}
