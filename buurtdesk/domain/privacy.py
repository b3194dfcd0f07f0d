"""The privacy rule for printed figures: no group of households small enough to read one off.

A report for the municipality shows figures per group (a street, the merged small streets). A
group of one household shows that household's answer; a group of five where five take part shows
everybody's. So every group shown holds at least :func:`min_group_size` households: the default is
:data:`DEFAULT_MIN_GROUP`, a project may ask for more, never for fewer than :data:`FLOOR_MIN_GROUP`.

Streets below the minimum are merged into :data:`OTHER_GROUP`. When that merged group is itself
below the minimum it is not shown on its own; and because the total is always shown, a hidden
remainder could still be read off as "total minus the groups shown". So the smallest shown groups
join the merged group until it reaches the minimum (or nothing is left to show but the total).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .progress import Tally

DEFAULT_MIN_GROUP = 10
FLOOR_MIN_GROUP = 5
OTHER_GROUP = "overige straten"


def min_group_size(wanted: int | None = None) -> int:
    """The minimum group size to use: ``wanted`` (a project's setting), the default when unset,
    never below the floor."""
    if wanted is None:
        return DEFAULT_MIN_GROUP
    return max(FLOOR_MIN_GROUP, int(wanted))


@dataclass(frozen=True)
class Group:
    """A group of households a report may show: one street, or several merged."""

    label: str
    tally: Tally
    members: tuple[str, ...] = field(default_factory=tuple)  # the streets it sums

    @property
    def merged(self) -> bool:
        return self.label == OTHER_GROUP


def report_groups(groups: Mapping[str, Tally], minimum: int) -> list[Group]:
    """The groups a report may show, in the order given, the merged group last.

    Every group returned holds at least ``minimum`` households (clamped by
    :func:`min_group_size`). Households in no group returned count in the total only.
    """
    minimum = min_group_size(minimum)
    shown = [(name, t) for name, t in groups.items() if t.households >= minimum]
    small = [(name, t) for name, t in groups.items() if 0 < t.households < minimum]
    other = Tally()
    for _name, t in small:
        other.merge(t)
    if 0 < other.households < minimum:
        # "total minus the groups shown" would give the hidden remainder away: let the smallest
        # shown groups join it until it is big enough to be shown itself.
        while shown and other.households < minimum:
            smallest = min(shown, key=lambda nt: (nt[1].households, nt[0].casefold()))
            shown.remove(smallest)
            small.append(smallest)
            other.merge(smallest[1])
    result = [Group(name, t, (name,)) for name, t in shown]
    if other.households >= minimum:
        result.append(
            Group(OTHER_GROUP, other, tuple(sorted((n for n, _ in small), key=str.casefold)))
        )
    return result
