"""The street map's markers on a coarse grid, with their current colours: what the map paints
from and what answers "which marker is under the mouse".

Plain arrays (no item, no widget), so that it is built on the database worker's thread for a
big file; only the rectangle type comes from Qt. The markers are sorted by cell, then single
before stacked, then by colour, so that the markers of one colour in one cell are one slice of
two coordinate arrays: one ``drawPointsNp`` call each (see map_view.MarkerLayer).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import numpy as np
from PySide6.QtCore import QRectF

from ..domain.map_layout import (
    DO_NOT_VISIT_CODE,
    STATUSES,
    Bounds,
    Floats,
    Ints,
    MapLayout,
    marker_statuses,
)
from ..domain.outcomes import Status
from ..store.map_data import MapStatuses

GRID_CELLS = 24  # cells along the longer side of the map

Cell = tuple[int, int]
Group = tuple[bool, int, int, int]  # stacked, status code, first and end in the drawing order


class MarkerIndex:
    """The markers of a layout on a coarse grid, with their current colours.

    Plain data (numpy arrays, no item, no widget), so that it can be built on the database
    worker's thread. ``household_status`` is each household's shown status code (in the
    layout's household order), ``marker_status`` each marker's colour. ``order`` lists the
    markers by cell, then single before stacked, then by colour: a cell is one slice of it and
    each of its colour groups a slice again, with the coordinates alongside in ``draw_x`` and
    ``draw_y``.
    """

    def __init__(self, layout: MapLayout) -> None:
        self.layout = layout
        self.household_status = layout.household_status.copy()
        self.marker_status = marker_statuses(layout.marker_start, self.household_status)
        self.stacked = np.diff(layout.marker_start) > 1
        bounds = layout.bounds or Bounds(0.0, 0.0, 1.0, 1.0)
        self.bounds = bounds
        self.side = max(bounds.width, bounds.height, 1.0)
        self._cell = self.side / GRID_CELLS
        cell_x, cell_y = self._cells_of(layout.marker_x, layout.marker_y)
        self.order: Ints = np.lexsort(
            (
                np.arange(layout.marker_count),
                self.marker_status,
                self.stacked,
                cell_y,
                cell_x,
            )
        ).astype(np.int32)
        self.draw_x = layout.marker_x[self.order]
        self.draw_y = layout.marker_y[self.order]
        self.cells: dict[Cell, tuple[int, int]] = {}  # cell -> its slice of ``order``
        self.groups: dict[Cell, list[Group]] = {}
        cx, cy = cell_x[self.order], cell_y[self.order]
        if not len(cx):
            return
        starts = np.flatnonzero(np.r_[True, (cx[1:] != cx[:-1]) | (cy[1:] != cy[:-1])])
        ends = np.append(starts[1:], len(self.order))
        # cells in the order their first marker comes: the order they are painted in when all
        # are in view, which decides which of two overlapping markers is on top
        earliest = np.minimum.reduceat(self.order, starts)
        for cell in np.argsort(earliest, kind="stable").tolist():
            first, end = int(starts[cell]), int(ends[cell])
            key = (int(cx[first]), int(cy[first]))
            self.cells[key] = (first, end)
            self._group_cell(key)

    @property
    def household_count(self) -> int:
        return self.layout.household_count

    def _group_cell(self, key: Cell) -> None:
        first, end = self.cells[key]
        markers = self.order[first:end]
        stacked = self.stacked[markers]
        status = self.marker_status[markers]
        change = np.flatnonzero(
            np.r_[True, (stacked[1:] != stacked[:-1]) | (status[1:] != status[:-1])]
        )
        bounds = np.append(change, len(markers))
        self.groups[key] = [
            (bool(stacked[a]), int(status[a]), first + int(a), first + int(b))
            for a, b in itertools.pairwise(bounds.tolist())
        ]

    def _sort_cell(self, key: Cell) -> None:
        """Put a cell's markers in drawing order again after their colours changed."""
        first, end = self.cells[key]
        markers = self.order[first:end]
        colours, stacked = self.marker_status[markers], self.stacked[markers]
        resorted = markers[np.lexsort((markers, colours, stacked))]
        self.order[first:end] = resorted
        self.draw_x[first:end] = self.layout.marker_x[resorted]
        self.draw_y[first:end] = self.layout.marker_y[resorted]
        self._group_cell(key)

    def _cells_of(self, x: Floats, y: Floats) -> tuple[Ints, Ints]:
        """The cells of many points at once (the same arithmetic as :meth:`_cell_key`)."""
        return (
            ((x - self.bounds.min_x) // self._cell).astype(np.int64),
            ((y - self.bounds.min_y) // self._cell).astype(np.int64),
        )

    def _cell_key(self, x: float, y: float) -> Cell:
        return (
            int((x - self.bounds.min_x) // self._cell),
            int((y - self.bounds.min_y) // self._cell),
        )

    def status(self, household_id: int) -> Status | None:
        """The status the household is shown with; None when it is not on the map."""
        position = self.layout.position_of(household_id)
        return None if position is None else STATUSES[int(self.household_status[position])]

    def statuses_of(self, marker: int) -> list[Status]:
        start, end = self.layout.marker_start[marker], self.layout.marker_start[marker + 1]
        return [STATUSES[code] for code in self.household_status[start:end].tolist()]

    def marker_colour(self, marker: int) -> Status:
        return STATUSES[int(self.marker_status[marker])]

    def recolour(self, statuses: MapStatuses) -> int:
        """Take the project's statuses; re-sort only the cells whose colours changed.

        Returns how many households changed status.
        """
        layout = self.layout
        new = np.zeros(layout.household_count, dtype=np.int8)
        at = layout.positions_of(statuses.visited_ids)
        new[at[at >= 0]] = statuses.visited_status[at >= 0]
        barred = layout.positions_of(statuses.do_not_visit)
        new[barred[barred >= 0]] = DO_NOT_VISIT_CODE
        changed = int(np.count_nonzero(new != self.household_status))
        if not changed:
            return 0
        self.household_status = new
        colours = marker_statuses(layout.marker_start, new)
        recoloured = np.flatnonzero(colours != self.marker_status)
        self.marker_status = colours
        xs, ys = self._cells_of(layout.marker_x[recoloured], layout.marker_y[recoloured])
        cells = set(zip(xs.tolist(), ys.tolist(), strict=True))
        for key in cells:
            self._sort_cell(key)
        return changed

    def markers_in(self, cells: Iterable[Cell]) -> Ints:
        slices = [self.order[a:b] for a, b in (self.cells[key] for key in cells)]
        return np.concatenate(slices) if slices else np.zeros(0, dtype=np.int64)

    def marker_at(self, x: float, y: float, radius: float) -> int | None:
        """The index of the marker nearest to (x, y) within ``radius`` scene units."""
        low = self._cell_key(x - radius, y - radius)
        high = self._cell_key(x + radius, y + radius)
        near = [
            (cx, cy)
            for cx in range(low[0], high[0] + 1)
            for cy in range(low[1], high[1] + 1)
            if (cx, cy) in self.cells
        ]
        candidates = self.markers_in(near)
        if not len(candidates):
            return None
        distance = (self.layout.marker_x[candidates] - x) ** 2 + (
            self.layout.marker_y[candidates] - y
        ) ** 2
        best = int(np.argmin(distance))
        return int(candidates[best]) if distance[best] <= radius * radius else None

    def cells_in(self, rect: QRectF) -> list[Cell]:
        low = self._cell_key(rect.left(), rect.top())
        high = self._cell_key(rect.right(), rect.bottom())
        if (high[0] - low[0] + 1) * (high[1] - low[1] + 1) >= len(self.cells):
            return list(self.cells)
        return [
            (cx, cy)
            for cx in range(low[0], high[0] + 1)
            for cy in range(low[1], high[1] + 1)
            if (cx, cy) in self.cells
        ]
