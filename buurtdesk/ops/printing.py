"""Operations of printing: remembering a printed walk list (it travels to the other laptops, so
its row goes through an operation like every other write to a synchronised table)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from ..store.walklists import record_printed_list
from .base import operation


def remember_walklist(
    db: Database,
    *,
    ident: str,
    household_ids: Sequence[int],
    project_id: int | None,
    connector: str = "",
    streets: str = "",
) -> None:
    """Keep the list just written (its rows in order and whom it is for), so that re-entry of
    the paper follows it exactly."""
    with operation(db, "print_walklist"):
        record_printed_list(
            db,
            ident=ident,
            household_ids=household_ids,
            project_id=project_id,
            connector=connector,
            streets=streets,
        )
