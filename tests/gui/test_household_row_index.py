"""The household table finds a household's row through two sorted arrays, not a dict of
100,000 entries: the same answers as the dict it replaced."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from sqlite_utils import Database

from buurtdesk.gui.household_model import HouseholdTableModel, RowIndex


@given(st.lists(st.integers(1, 60), max_size=40), st.lists(st.integers(0, 70), max_size=20))
def test_row_index_answers_as_a_dict_of_rows_did(ids: list[int], asked: list[int]) -> None:
    rows = {hid: row for row, hid in enumerate(ids)}  # the old way (last row of a duplicate)
    index = RowIndex(ids)
    assert len(index) == len(ids)
    assert [index.row_of(hid) for hid in asked + ids] == [rows.get(hid, -1) for hid in asked + ids]


def test_the_model_finds_rows_with_or_without_an_index_from_the_worker(db: Database) -> None:
    model = HouseholdTableModel(db, None)
    model.set_ids([30, 10, 20])
    assert [model.row_of(i) for i in (10, 20, 30, 40)] == [1, 2, 0, -1]
    assert model.extend_ids([30, 10, 20, 5, 7])  # no index given: made again on first look-up
    assert [model.row_of(i) for i in (5, 7, 30)] == [3, 4, 0]
    ids = [8, 9, 1]
    model.set_ids(ids, RowIndex(ids))  # made by the worker
    assert [model.row_of(i) for i in (8, 9, 1, 30)] == [0, 1, 2, -1]
