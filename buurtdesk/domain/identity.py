"""Ids that two laptops agree on without talking (DESIGN: working as a team).

A street and a household get a UUID version 5 derived from the neighbourhood's id and their
normalised address, so two laptops that import the same address file, or type the same street,
make the same rows: an exchange file then merges them instead of doubling every door.
"""

from __future__ import annotations

import uuid

from .address import fold_name


def street_uuid(neighbourhood: str, name: str, place: str) -> str:
    """Dorpsstraat in Ons Dorp, however it is capitalised or spaced."""
    key = f"straat\x1f{fold_name(name)}\x1f{fold_name(place)}"
    return str(uuid.uuid5(uuid.UUID(neighbourhood), key))


def household_uuid(street: str, number: int, letter: str, addition: str) -> str:
    """12A, 12a and 12 A-less-spaces agree; 4A and 4 A (letter or addition) stay two doors."""
    key = f"adres\x1f{number}\x1f{letter.upper()}\x1f{fold_name(addition)}"
    return str(uuid.uuid5(uuid.UUID(street), key))
