"""The drawing side of the street map: one item that paints every marker, street labels, roads,
and the view that zooms, pans, shows tooltips and reports clicks.

All markers are painted by one :class:`MarkerLayer` instead of one QGraphicsItem per household:
a city of 100,000 households would otherwise mean 100,000 items to create, index and walk on
every repaint. Its :class:`MarkerIndex` (plain arrays, built on the database worker for a big
file) keeps a coarse grid of cells; the markers are sorted by cell, then by shape and colour, so
that a cell's markers of one colour are one slice of two coordinate arrays, drawn with a single
``drawPointsNp`` call and a wide cosmetic pen: markers keep their size on screen at any zoom and
painting the cells in view stays a few hundred C++ calls whatever the number of households. The
same grid answers "which marker is under the mouse". See ``benchmarks/bench_map.py`` and
docs/performance.md for the figures.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPen,
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
from sqlite_utils import Database

from ..domain.address import Side
from ..domain.map_layout import STATUSES, Bounds, Road, map_layout
from ..domain.outcomes import STATUS_COLOURS, Status
from ..store.map_data import MapStatuses, map_rows
from .map_index import Cell, MarkerIndex

MAX_SCALE = 40.0  # pixels per metre: one house fills the screen well before this
LABEL_MIN_SCALE = 1.6  # house numbers appear from this zoom on (pixels per metre) ...
LABEL_MAX_MARKERS = 2500  # ... when no more than this many markers are in view
DENSE_MARKERS = 3000  # more markers than this in view are drawn as squares without smoothing


def build_index(db: Database, project_id: int | None) -> MarkerIndex:
    """Read the households and lay them out: the slow part, safe on the worker's thread."""
    return MarkerIndex(map_layout(map_rows(db, project_id)))


def marker_size(scale: float) -> float:
    """Diameter in pixels of a single house's marker at ``scale`` pixels per metre.

    Small when zoomed out (a city reads as a dot-density picture), readable when zoomed in.
    """
    return max(2.5, min(11.0, 2.0 + 4.0 * scale))


def stack_size(scale: float) -> float:
    return max(6.0, min(20.0, marker_size(scale) * 1.7))


def status_colour(status: Status) -> QColor:
    return QColor(STATUS_COLOURS[status])


def outline_colour(status: Status) -> QColor:
    return status_colour(status).darker(170)


class MarkerLayer(QGraphicsItem):
    """Every marker of the map, painted at a fixed size on screen."""

    def __init__(self, index: MarkerIndex) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.index = index
        self.layout = index.layout
        bounds = index.bounds
        margin = index.side / 2 + 50.0  # markers are sized in pixels and reach past the points
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

    def recolour(self, statuses: MapStatuses) -> int:
        changed = self.index.recolour(statuses)
        if changed:
            self.update()
        return changed

    def marker_at(self, x: float, y: float, radius: float) -> int | None:
        return self.index.marker_at(x, y, radius)

    # --- painting --------------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        transform = painter.worldTransform()
        scale = math.sqrt(abs(transform.determinant())) or 1.0
        single = marker_size(scale)
        stack = stack_size(scale)
        reach = (stack / 2 + 2) / scale
        # Only what is on the device: option.exposedRect is the whole item when rendering.
        visible = transform.inverted()[0].mapRect(QRectF(painter.device().rect()))
        exposed = option.exposedRect.intersected(visible)  # type: ignore[attr-defined]
        exposed.adjust(-reach, -reach, reach, reach)
        index = self.index
        cells = index.cells_in(exposed)
        # Round markers cost ten times what squares cost; with thousands in view they are a
        # few pixels each and squares look the same (see benchmarks/bench_map.py).
        dense = sum(index.cells[key][1] - index.cells[key][0] for key in cells) > DENSE_MARKERS
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, not dense)
        draw_x, draw_y = index.draw_x, index.draw_y
        for stacked in (False, True):
            size = stack if stacked else single
            round_cap = not stacked and not dense
            for key in cells:
                for is_stack, code, first, end in index.groups[key]:
                    if is_stack is not stacked:
                        continue
                    outline, fill = _pens(STATUSES[code], size, round_cap)
                    xs, ys = draw_x[first:end], draw_y[first:end]
                    if not dense:  # thousands of outlines would turn the picture dark
                        painter.setPen(outline)
                        painter.drawPointsNp(xs, ys)
                    painter.setPen(fill)
                    painter.drawPointsNp(xs, ys)
        if scale >= LABEL_MIN_SCALE:
            self._paint_labels(painter, exposed, cells, single, stack)

    def _paint_labels(
        self,
        painter: QPainter,
        exposed: QRectF,
        cells: list[Cell],
        single: float,
        stack: float,
    ) -> None:
        layout, index = self.layout, self.index
        candidates = index.markers_in(cells)
        xs, ys = layout.marker_x[candidates], layout.marker_y[candidates]
        inside = (
            (xs >= exposed.left())
            & (xs <= exposed.right())
            & (ys >= exposed.top())
            & (ys <= exposed.bottom())
        )
        visible = candidates[inside]
        if len(visible) > LABEL_MAX_MARKERS:
            return
        transform = painter.worldTransform()
        painter.save()
        painter.resetTransform()
        label_metrics = QFontMetricsF(self._label_font)
        count_metrics = QFontMetricsF(self._count_font)
        for marker in visible.tolist():
            centre = transform.map(QPointF(layout.marker_x[marker], layout.marker_y[marker]))
            size = layout.size(marker)
            stacked = size > 1
            half = (stack if stacked else single) / 2 + 2
            if stacked and stack >= 14:
                painter.setFont(self._count_font)
                colour = index.marker_colour(marker)
                painter.setPen(QColor("#FFFFFF" if _dark(colour) else "#1A1A1A"))
                text = str(size)
                painter.drawText(
                    QPointF(
                        centre.x() - count_metrics.horizontalAdvance(text) / 2,
                        centre.y() + count_metrics.capHeight() / 2,
                    ),
                    text,
                )
            painter.setFont(self._label_font)
            painter.setPen(QColor("#303030"))
            text = layout.label(marker)
            width = label_metrics.horizontalAdvance(text)
            side = layout.side(marker)
            if side is Side.EVEN:
                point = QPointF(centre.x() - width / 2, centre.y() + half + label_metrics.ascent())
            elif side is not None:
                point = QPointF(centre.x() - width / 2, centre.y() - half - 1)
            else:
                point = QPointF(centre.x() + half, centre.y() + label_metrics.capHeight() / 2)
            painter.drawText(point, text)
        painter.restore()


@functools.lru_cache(maxsize=512)
def _pens(status: Status, size: float, round_cap: bool) -> tuple[QPen, QPen]:
    """Outline and fill pens of a marker: cosmetic, so ``size`` is in pixels at any zoom."""
    cap = Qt.PenCapStyle.RoundCap if round_cap else Qt.PenCapStyle.SquareCap
    pens = []
    for colour, width in ((outline_colour(status), size + 2.0), (status_colour(status), size)):
        pen = QPen(colour, width)
        pen.setCosmetic(True)
        pen.setCapStyle(cap)
        pens.append(pen)
    return pens[0], pens[1]


def _dark(status: Status) -> bool:
    return status_colour(status).lightnessF() < 0.45


class RoadsItem(QGraphicsItem):
    """The streets' centre lines and the strips' roads, a fixed width on screen.

    Only the lines in view are drawn, and none when so far zoomed out that a street is a few
    pixels long: a path of two thousand wide smoothed lines takes a second to stroke.
    """

    MIN_SCALE = 0.25  # pixels per metre

    def __init__(self, roads: Iterable[Road]) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._lines = [QLineF(r.x1, r.y1, r.x2, r.y2) for r in roads]
        self._boxes = [
            QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1) for line in self._lines
        ]
        rect = QRectF()
        for box in self._boxes:
            rect = rect.united(box)
        self._rect = rect.adjusted(-20, -20, 20, 20)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        transform = painter.worldTransform()
        if math.sqrt(abs(transform.determinant())) < self.MIN_SCALE:
            return
        visible = transform.inverted()[0].mapRect(QRectF(painter.device().rect()))
        exposed = option.exposedRect.intersected(visible)  # type: ignore[attr-defined]
        lines = [
            line
            for line, box in zip(self._lines, self._boxes, strict=True)
            if box.intersects(exposed)
        ]
        pen = QPen(QColor("#D9D4CA"), 4.0)
        pen.setCosmetic(True)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(pen)
        painter.drawLines(lines)


class LabelItem(QGraphicsItem):
    """A street name, a fixed size on screen.

    ``anchor`` "centre" centres the text on its point, on a light tag that keeps it readable on
    top of the houses; "right" ends it there (left of a strip); "header" starts it there and sets
    it above (a section title).
    """

    def __init__(
        self,
        text: str,
        x: float,
        y: float,
        anchor: str,
        extent: float,
        font: QFont,
        metrics: QFontMetricsF | None = None,
    ) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.text = text
        self.anchor = anchor
        self.extent = extent
        metrics = metrics or QFontMetricsF(font)
        self.text_width = metrics.horizontalAdvance(text)
        if anchor == "right":
            self._origin = QPointF(-self.text_width, metrics.capHeight() / 2)
        elif anchor == "header":
            self._origin = QPointF(0.0, -metrics.descent() - 26)  # above the first row's numbers
        else:
            self._origin = QPointF(-self.text_width / 2, metrics.capHeight() / 2)
        self._font = font
        self._rect = QRectF(
            self._origin.x(),
            self._origin.y() - metrics.ascent(),
            self.text_width,
            metrics.height(),
        ).adjusted(-5, -2, 5, 2)
        self.setPos(x, y)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if self.anchor == "centre":
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(QColor(0, 0, 0, 40), 1.0))
            painter.setBrush(QColor(255, 255, 255, 215))
            painter.drawRoundedRect(self._rect.adjusted(1, 1, -1, -1), 4, 4)
        painter.setFont(self._font)
        painter.setPen(QColor("#2B2B2B"))
        painter.drawText(self._origin, self.text)

    def fits(self, scale: float) -> bool:
        return label_fits(self.anchor, self.extent, self.text_width, scale)


LABEL_ROOM = 24.0  # pixels a street must be longer than its name, for the name to show


def label_fits(anchor: str, extent: float, text_width: float, scale: float) -> bool:
    """Whether a street is long enough on screen (``scale`` pixels per metre) for its name."""
    if anchor == "header":
        return True
    if anchor == "right":
        return scale * 30.0 >= 11.0  # strips far enough apart for a line of text
    return extent * scale >= text_width + LABEL_ROOM


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
