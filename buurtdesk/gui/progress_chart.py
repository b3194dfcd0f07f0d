"""The week-by-week chart of the progress page, drawn with QPainter, and the number formats the
page shares with it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..domain.progress import Progress, pct

VISITED = QColor("#56B4E9")
TAKES_PART = QColor("#009E73")
INITIATORS = QColor("#0072B2")
GOAL = QColor("#D55E00")
GRID = QColor("#e0e0e0")
TEXT = QColor("#333333")


def _num(value: float) -> str:
    """A figure as the interface language writes it: 1.234 and 12,5 in Dutch, 1,234 and 12.5 in
    English (the locale the application sets with the language)."""
    locale = QLocale()
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", 1)


def _nice(value: int) -> int:
    """A round number at or above ``value`` for the top of an axis: 2, 10, 20, 50, 100, ..."""
    top = 2
    while top < value:
        top = top * 5 // 2 if str(top)[0] == "2" else top * 2
    return top


class WeeklyChart(QWidget):
    """Week by week: visits per week as bars (right axis), cumulative shares as lines (left axis,
    per cent of all households), the goal as a dashed line and the current week shaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress: Progress | None = None
        self.setMinimumSize(520, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # The chart as last drawn, and for what (size, pixel ratio): opening the page again,
        # scrolling it or a repaint of the window copies it instead of drawing it again (tens
        # of milliseconds of antialiased drawing, on the GUI thread).
        self._picture: QPixmap | None = None
        self._picture_key: tuple[int, int, float] | None = None
        self.draws = 0  # how often the chart was drawn (for the tests)

    def set_progress(self, progress: Progress | None) -> None:
        self.progress = progress
        self._picture = None
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (
            QEvent.Type.LanguageChange,
            QEvent.Type.LocaleChange,
            QEvent.Type.FontChange,
            QEvent.Type.PaletteChange,
            QEvent.Type.StyleChange,
        ):
            self._picture = None
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio)
        if self._picture is None or self._picture_key != key:
            picture = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            picture.setDevicePixelRatio(ratio)
            painter = QPainter(picture)
            self.draw(painter)
            painter.end()
            self._picture, self._picture_key = picture, key
        QPainter(self).drawPixmap(0, 0, self._picture)

    def draw(self, painter: QPainter) -> None:
        """The whole chart, in the widget's coordinates."""
        self.draws += 1
        painter.setFont(self.font())  # what a painter on the widget itself starts with
        painter.setPen(self.palette().windowText().color())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        p = self.progress
        font = painter.font()
        font.setPointSizeF(8.5)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        left, right, top, bottom = 44, 48, 30, 38
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        if p is None or not p.by_week:
            painter.setPen(TEXT)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("Nog geen cijfers"))
            return
        weeks = len(p.by_week)
        step = plot.width() / weeks
        households = max(1, p.total.households)
        top_pct = 100.0
        right_max = _nice(max(w.visits for w in p.by_week))

        def y_pct(value: float) -> float:
            return plot.bottom() - plot.height() * value / top_pct

        # Current week shading.
        now = p.current_week
        if 1 <= now <= weeks:
            painter.fillRect(
                QRectF(plot.left() + step * (now - 1), plot.top(), step, plot.height()),
                QColor("#eaf2fd"),
            )
        # Grid and left axis (per cent).
        for value in range(0, 101, 25):
            y = y_pct(value)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(TEXT)
            text = f"{value} %"
            painter.drawText(
                QPointF(plot.left() - 6 - metrics.horizontalAdvance(text), y + 4), text
            )
        # Right axis (visits per week).
        for value in (0, right_max // 2, right_max):
            y = plot.bottom() - plot.height() * value / right_max
            painter.setPen(QColor("#777777"))
            painter.drawText(QPointF(plot.right() + 6, y + 4), _num(value))
        # Bars: visits per week.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(VISITED.red(), VISITED.green(), VISITED.blue(), 90))
        for i, w in enumerate(p.by_week):
            height = plot.height() * w.visits / right_max
            painter.drawRect(
                QRectF(
                    plot.left() + step * i + step * 0.22,
                    plot.bottom() - height,
                    step * 0.56,
                    height,
                )
            )
        # X axis labels.
        painter.setPen(TEXT)
        for i, w in enumerate(p.by_week):
            label = self.tr("wk %1").replace("%1", str(w.week))
            x = plot.left() + step * i + step / 2
            painter.drawText(
                QPointF(x - metrics.horizontalAdvance(label) / 2, plot.bottom() + 14), label
            )
            iso = f"{w.start.day}-{w.start.month}"
            painter.setPen(QColor("#888888"))
            painter.drawText(
                QPointF(x - metrics.horizontalAdvance(iso) / 2, plot.bottom() + 27), iso
            )
            painter.setPen(TEXT)
        # Goal line.
        goal_y = y_pct(p.goal_pct)
        pen = QPen(GOAL, 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(plot.left(), goal_y), QPointF(plot.right(), goal_y))
        painter.drawText(
            QPointF(plot.left() + 4, goal_y - 4),
            self.tr("doel %1 %").replace("%1", str(p.goal_pct)),
        )
        # Lines up to the current week (the future has no figures yet).
        last = weeks if now > weeks else max(1, now)
        for values, colour in (
            ([w.visited_total for w in p.by_week], VISITED),
            ([w.participants_total for w in p.by_week], TAKES_PART),
        ):
            path = QPainterPath()
            for i in range(last):
                point = QPointF(
                    plot.left() + step * i + step / 2, y_pct(pct(values[i], households))
                )
                if i == 0:
                    path.moveTo(point)
                else:
                    path.lineTo(point)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colour, 2.5))
            painter.drawPath(path)
            painter.setBrush(QBrush(colour))
            for i in range(last):
                point = QPointF(
                    plot.left() + step * i + step / 2, y_pct(pct(values[i], households))
                )
                painter.drawEllipse(point, 3, 3)
        # Legend.
        x = plot.left()
        for text, colour, kind in (
            (self.tr("bezocht (% van alle huishoudens)"), VISITED, "line"),
            (self.tr("doet mee, met initiatiefnemers"), TAKES_PART, "line"),
            (self.tr("bezoeken per week (rechts)"), VISITED, "bar"),
        ):
            if kind == "line":
                painter.setPen(QPen(colour, 2.5))
                painter.drawLine(QPointF(x, 14), QPointF(x + 18, 14))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 90))
                painter.drawRect(QRectF(x + 4, 8, 10, 12))
            painter.setPen(TEXT)
            painter.drawText(QPointF(x + 24, 18), text)
            x += 24 + metrics.horizontalAdvance(text) + 18
