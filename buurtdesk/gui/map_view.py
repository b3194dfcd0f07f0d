"""The drawing side of the street map: one item that paints every marker, street labels, roads,
and the view that zooms, pans, shows tooltips and reports clicks.

All markers are painted by one :class:`MarkerLayer` instead of one QGraphicsItem per household:
a city of 100,000 households would otherwise mean 100,000 items to create, index and walk on
every repaint. The layer keeps its own coarse grid of cells; a cell holds, per status, one
QPolygonF of its marker positions, drawn with a single ``drawPoints`` call and a wide cosmetic
pen, so that markers keep their size on screen at any zoom and painting stays a few hundred
C++ calls whatever the number of households. The same grid answers "which marker is under the
mouse". See ``benchmarks/bench_map.py`` for the figures.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QToolTip,
    QWidget,
)

from ..domain.address import Side
from ..domain.map_layout import Bounds, MapLayout, Marker, Road, dominant_status
from ..domain.outcomes import STATUS_COLOURS, Status

MAX_SCALE = 40.0  # pixels per metre: one house fills the screen well before this
GRID_CELLS = 24  # cells along the longer side of the map
LABEL_MIN_SCALE = 1.6  # house numbers appear from this zoom on (pixels per metre) ...
LABEL_MAX_MARKERS = 2500  # ... when no more than this many markers are in view


def marker_size(scale: float) -> float:
    """Diameter in pixels of a single house's marker at ``scale`` pixels per metre.

    Small when zoomed out (a city reads as a dot-density picture), readable when zoomed in.
    """
    return max(3.5, min(11.0, 3.0 + 4.0 * scale))


def stack_size(scale: float) -> float:
    return max(6.0, min(20.0, marker_size(scale) * 1.7))


def status_colour(status: Status) -> QColor:
    return QColor(STATUS_COLOURS[status])


def outline_colour(status: Status) -> QColor:
    return status_colour(status).darker(170)


class MarkerLayer(QGraphicsItem):
    """Every marker of the map, painted at a fixed size on screen."""

    def __init__(self, layout: MapLayout) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.markers: tuple[Marker, ...] = layout.markers
        self.statuses: dict[int, Status] = {}  # household id -> shown status
        self.marker_of: dict[int, int] = {}  # household id -> marker index
        for index, marker in enumerate(self.markers):
            for household in marker.households:
                self.statuses[household.id] = household.shown_status
                self.marker_of[household.id] = index
        self.marker_status: list[Status] = [self._status_of(m) for m in self.markers]
        bounds = layout.bounds or Bounds(0.0, 0.0, 1.0, 1.0)
        self._bounds = bounds
        side = max(bounds.width, bounds.height, 1.0)
        self._cell = side / GRID_CELLS
        self._cells: dict[tuple[int, int], list[int]] = {}
        self._cell_of: list[tuple[int, int]] = []
        for index, marker in enumerate(self.markers):
            key = self._cell_key(marker.x, marker.y)
            self._cells.setdefault(key, []).append(index)
            self._cell_of.append(key)
        # (cell) -> {(stacked, status): positions}
        self._polygons: dict[tuple[int, int], dict[tuple[bool, Status], QPolygonF]] = {}
        for key in self._cells:
            self._build_cell(key)
        margin = side / 2 + 50.0  # markers are sized in pixels and may reach past the points
        self._rect = QRectF(
            bounds.min_x - margin,
            bounds.min_y - margin,
            bounds.width + 2 * margin,
            bounds.height + 2 * margin,
        )
        self._label_font = QFont()
        self._label_font.setPointSizeF(7.5)
        self._count_font = QFont()
        self._count_font.setPointSizeF(7.0)
        self._count_font.setBold(True)

    # --- data ------------------------------------------------------------------------------------

    def _status_of(self, marker: Marker) -> Status:
        if not marker.stacked:
            return self.statuses[marker.households[0].id]
        return dominant_status(self.statuses[h.id] for h in marker.households)

    def _cell_key(self, x: float, y: float) -> tuple[int, int]:
        return (
            int((x - self._bounds.min_x) // self._cell),
            int((y - self._bounds.min_y) // self._cell),
        )

    def _build_cell(self, key: tuple[int, int]) -> None:
        points: dict[tuple[bool, Status], list[QPointF]] = {}
        for index in self._cells[key]:
            marker = self.markers[index]
            points.setdefault((marker.stacked, self.marker_status[index]), []).append(
                QPointF(marker.x, marker.y)
            )
        # Stacks after single houses, so that a building is never hidden under its neighbours.
        ordered = sorted(points, key=lambda k: (k[0], list(Status).index(k[1])))
        self._polygons[key] = {k: QPolygonF(points[k]) for k in ordered}

    def recolour(self, statuses: Iterable[tuple[int, Status]]) -> set[int]:
        """Take new shown statuses; repaint only the cells that changed. Returns changed ids."""
        changed: set[int] = set()
        for household_id, status in statuses:
            if self.statuses.get(household_id, status) is not status:
                self.statuses[household_id] = status
                changed.add(household_id)
        cells: set[tuple[int, int]] = set()
        for household_id in changed:
            index = self.marker_of[household_id]
            self.marker_status[index] = self._status_of(self.markers[index])
            cells.add(self._cell_of[index])
        for key in cells:
            self._build_cell(key)
        if cells:
            self.update()
        return changed

    def marker_at(self, x: float, y: float, radius: float) -> int | None:
        """The index of the marker nearest to (x, y) within ``radius`` scene units."""
        low = self._cell_key(x - radius, y - radius)
        high = self._cell_key(x + radius, y + radius)
        best: int | None = None
        best_distance = radius * radius
        for cx in range(low[0], high[0] + 1):
            for cy in range(low[1], high[1] + 1):
                for index in self._cells.get((cx, cy), ()):
                    marker = self.markers[index]
                    distance = (marker.x - x) ** 2 + (marker.y - y) ** 2
                    if distance <= best_distance:
                        best, best_distance = index, distance
        return best

    def _cells_in(self, rect: QRectF) -> list[tuple[int, int]]:
        low = self._cell_key(rect.left(), rect.top())
        high = self._cell_key(rect.right(), rect.bottom())
        if (high[0] - low[0] + 1) * (high[1] - low[1] + 1) >= len(self._cells):
            return list(self._cells)
        return [
            (cx, cy)
            for cx in range(low[0], high[0] + 1)
            for cy in range(low[1], high[1] + 1)
            if (cx, cy) in self._cells
        ]

    # --- painting --------------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        scale = math.sqrt(abs(painter.worldTransform().determinant())) or 1.0
        single = marker_size(scale)
        stack = stack_size(scale)
        reach = (stack / 2 + 2) / scale
        exposed = option.exposedRect.adjusted(-reach, -reach, reach, reach)  # type: ignore[attr-defined]
        cells = self._cells_in(exposed)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for stacked in (False, True):
            size = stack if stacked else single
            cap = Qt.PenCapStyle.SquareCap if stacked else Qt.PenCapStyle.RoundCap
            for key in cells:
                for (is_stack, status), polygon in self._polygons[key].items():
                    if is_stack is not stacked:
                        continue
                    pen = QPen(outline_colour(status), size + 2.0)
                    pen.setCosmetic(True)
                    pen.setCapStyle(cap)
                    painter.setPen(pen)
                    painter.drawPoints(polygon)
                    pen.setColor(status_colour(status))
                    pen.setWidthF(size)
                    painter.setPen(pen)
                    painter.drawPoints(polygon)
        if scale >= LABEL_MIN_SCALE:
            self._paint_labels(painter, exposed, cells, scale, single, stack)

    def _paint_labels(
        self,
        painter: QPainter,
        exposed: QRectF,
        cells: list[tuple[int, int]],
        scale: float,
        single: float,
        stack: float,
    ) -> None:
        visible = [
            i
            for key in cells
            for i in self._cells[key]
            if exposed.contains(self.markers[i].x, self.markers[i].y)
        ]
        if len(visible) > LABEL_MAX_MARKERS:
            return
        transform = painter.worldTransform()
        painter.save()
        painter.resetTransform()
        label_metrics = QFontMetricsF(self._label_font)
        count_metrics = QFontMetricsF(self._count_font)
        for index in visible:
            marker = self.markers[index]
            centre = transform.map(QPointF(marker.x, marker.y))
            half = (stack if marker.stacked else single) / 2 + 2
            if marker.stacked and stack >= 14:
                painter.setFont(self._count_font)
                colour = self.marker_status[index]
                painter.setPen(QColor("#FFFFFF" if _dark(colour) else "#1A1A1A"))
                text = str(marker.count)
                painter.drawText(
                    QPointF(
                        centre.x() - count_metrics.horizontalAdvance(text) / 2,
                        centre.y() + count_metrics.capHeight() / 2,
                    ),
                    text,
                )
            painter.setFont(self._label_font)
            painter.setPen(QColor("#303030"))
            text = marker.label
            width = label_metrics.horizontalAdvance(text)
            if marker.side is Side.EVEN:
                point = QPointF(centre.x() - width / 2, centre.y() + half + label_metrics.ascent())
            elif marker.side is not None:
                point = QPointF(centre.x() - width / 2, centre.y() - half - 1)
            else:
                point = QPointF(centre.x() + half, centre.y() + label_metrics.capHeight() / 2)
            painter.drawText(point, text)
        painter.restore()


def _dark(status: Status) -> bool:
    return status_colour(status).lightnessF() < 0.45


class RoadsItem(QGraphicsItem):
    """The road lines of the strips, a fixed width on screen."""

    def __init__(self, roads: Iterable[Road]) -> None:
        super().__init__()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._path = QPainterPath()
        for road in roads:
            self._path.moveTo(road.x1, road.y1)
            self._path.lineTo(road.x2, road.y2)
        self._rect = self._path.boundingRect().adjusted(-20, -20, 20, 20)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        pen = QPen(QColor("#D9D4CA"), 4.0)
        pen.setCosmetic(True)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(pen)
        painter.drawPath(self._path)


class LabelItem(QGraphicsItem):
    """A street name with a light halo, a fixed size on screen.

    ``anchor`` "centre" centres the text on its point, "right" ends it there (left of a strip),
    "header" starts it there and sets it above (a section title).
    """

    def __init__(
        self, text: str, x: float, y: float, anchor: str, extent: float, font: QFont
    ) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.text = text
        self.anchor = anchor
        self.extent = extent
        metrics = QFontMetricsF(font)
        self.text_width = metrics.horizontalAdvance(text)
        if anchor == "right":
            origin = QPointF(-self.text_width, metrics.capHeight() / 2)
        elif anchor == "header":
            origin = QPointF(0.0, -metrics.descent() - 26)  # above the first row's numbers
        else:
            origin = QPointF(-self.text_width / 2, metrics.capHeight() / 2)
        self._path = QPainterPath()
        self._path.addText(origin, font, text)
        self._rect = self._path.boundingRect().adjusted(-3, -3, 3, 3)
        self.setPos(x, y)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        halo = QPen(QColor(255, 255, 255, 220), 3.0)
        halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.strokePath(self._path, halo)
        painter.fillPath(self._path, QBrush(QColor("#2B2B2B")))

    def fits(self, scale: float) -> bool:
        """Whether the street is wide enough on screen for its name."""
        if self.anchor == "header":
            return True
        if self.anchor == "right":
            return scale * 30.0 >= 11.0  # strips far enough apart for a line of text
        return self.extent * scale >= self.text_width * 0.7


class SelectionRing(QGraphicsItem):
    """The ring around the selected household, a fixed size on screen."""

    RADIUS = 12.0

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(10)

    def boundingRect(self) -> QRectF:
        r = self.RADIUS + 4
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#FFFFFF"), 5.0))
        painter.drawEllipse(QPointF(0, 0), self.RADIUS, self.RADIUS)
        painter.setPen(QPen(QColor("#0B3D91"), 2.5))
        painter.drawEllipse(QPointF(0, 0), self.RADIUS, self.RADIUS)


class MapView(QGraphicsView):
    """Zoom with the wheel, pan by dragging, click and hover on markers."""

    markerClicked = Signal(int, QPoint)  # marker index, global position
    scaleChanged = Signal(float)

    HIT_PIXELS = 8.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layer: MarkerLayer | None = None
        self.tooltip_for: object = None  # callable(marker index) -> str, set by the page
        self.min_scale = 0.001
        self._press: QPoint | None = None
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(QColor("#F6F4EF"))
        self.setMouseTracking(True)

    @property
    def scale_factor(self) -> float:
        return self.transform().m11()

    def set_scale(self, scale: float) -> None:
        scale = max(self.min_scale, min(MAX_SCALE, scale))
        self.setTransform(QTransform.fromScale(scale, scale))
        self.scaleChanged.emit(scale)

    def zoom_by(self, factor: float) -> None:
        self.set_scale(self.scale_factor * factor)

    def fit(self, bounds: Bounds, left: float, top: float, right: float, bottom: float) -> None:
        """Show ``bounds`` whole, leaving the given margins in pixels (room for labels)."""
        viewport = self.viewport().size()
        width = max(bounds.width, 1.0)
        height = max(bounds.height, 1.0)
        room_x = max(viewport.width() - left - right, 40)
        room_y = max(viewport.height() - top - bottom, 40)
        scale = min(room_x / width, room_y / height, MAX_SCALE)
        self.min_scale = scale / 4
        self.set_scale(scale)
        centre_x = bounds.min_x + width / 2 - (left - right) / 2 / scale
        centre_y = bounds.min_y + height / 2 - (top - bottom) / 2 / scale
        self.centerOn(centre_x, centre_y)

    def marker_under(self, view_pos: QPoint) -> int | None:
        if self.layer is None:
            return None
        scene = self.mapToScene(view_pos)
        return self.layer.marker_at(scene.x(), scene.y(), self.HIT_PIXELS / self.scale_factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.25**steps)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if event.button() is not Qt.MouseButton.LeftButton or press is None:
            return
        pos = event.position().toPoint()
        if (pos - press).manhattanLength() > QApplication.startDragDistance():
            return  # that was a pan
        index = self.marker_under(pos)
        if index is not None:
            self.markerClicked.emit(index, self.viewport().mapToGlobal(pos))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.marker_under(event.pos())
            if index is not None and callable(self.tooltip_for):
                QToolTip.showText(event.globalPos(), self.tooltip_for(index), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)
