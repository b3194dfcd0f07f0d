"""The street map page: every household coloured by its status, with a legend.

Households with RD New coordinates are drawn at their points (north up); streets without are
drawn as strips below, odd numbers above the road and even numbers below it. A click on a house
emits :attr:`MapPage.householdActivated`; a stacked marker (several addresses at one door) opens
a small menu of its addresses first. :meth:`MapPage.select_household` shows the list's
selection on the map.

The page reads the store when it is shown: while it is hidden, changes only mark it stale, so
that checking off doors in the street list never waits for the map. A visit recolours the
markers that changed; only new or moved households rebuild the picture.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QPointF, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetricsF,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsScene,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from ..domain.map_layout import Bounds, MapLayout, StreetLabel
from ..domain.outcomes import STATUS_COLOURS, Status
from ..store.households import household_count
from ..store.map_data import MapStatuses, map_addresses, map_statuses
from .context import GuiContext
from .map_index import MarkerIndex
from .map_labels import place_street_names
from .map_view import (
    LabelItem,
    MapView,
    MarkerLayer,
    RoadsItem,
    SelectionRing,
    build_index,
)
from .texts import error_text

MENU_MAX_ADDRESSES = 60  # a tower block's menu lists this many, then says how many more


def status_word(status: Status) -> str:
    """The status in the interface language (Dutch source, context "Status")."""
    return QCoreApplication.translate("Status", status.dutch)


def swatch(colour: str, square: bool = False, size: int = 14) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QColor(colour).darker(170))
    painter.setBrush(QColor(colour))
    if square:
        painter.drawRect(1, 1, size - 3, size - 3)
    else:
        painter.drawEllipse(1, 1, size - 3, size - 3)
    painter.end()
    return pixmap


class MapLegend(QFrame):
    """Colour, word and number of households for every status; what the shapes mean."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapLegend")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(5)
        title = QLabel(self.tr("Legenda"))
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        grid.addWidget(title, 0, 0, 1, 3)
        self.count_labels: dict[Status, QLabel] = {}
        row = 1
        for status in Status:
            icon = QLabel()
            icon.setPixmap(swatch(STATUS_COLOURS[status]))
            word = QLabel(status_word(status))
            count = QLabel("0")
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(icon, row, 0)
            grid.addWidget(word, row, 1)
            grid.addWidget(count, row, 2)
            self.count_labels[status] = count
            row += 1
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(line, row, 0, 1, 3)
        row += 1
        one = QLabel()
        one.setPixmap(swatch(STATUS_COLOURS[Status.UNVISITED]))
        grid.addWidget(one, row, 0)
        grid.addWidget(QLabel(self.tr("één adres")), row, 1, 1, 2)
        row += 1
        many = QLabel()
        many.setPixmap(swatch(STATUS_COLOURS[Status.UNVISITED], square=True))
        grid.addWidget(many, row, 0)
        stacked = QLabel(self.tr("meer adressen op één punt;\nklik voor de lijst"))
        grid.addWidget(stacked, row, 1, 1, 2)
        row += 1
        self.strip_note = QLabel(
            self.tr(
                "Straten zonder coördinaten staan\nals strook: oneven nummers boven\n"
                "de weg, even nummers eronder."
            )
        )
        self.strip_note.setWordWrap(False)
        grid.addWidget(self.strip_note, row, 0, 1, 3)
        row += 1
        grid.setRowStretch(row, 1)
        grid.setColumnStretch(1, 1)  # extra width goes to the words, not the swatches

    def set_counts(self, counts: Counter[Status], strips: bool) -> None:
        for status, label in self.count_labels.items():
            label.setText(QLocale().toString(counts.get(status, 0)))
        self.strip_note.setVisible(strips)


class MapPage(QWidget):
    """The street map. Emits :attr:`householdActivated` when the user picks a household."""

    householdActivated = Signal(int)  # household id
    ready = Signal()  # the picture is (re)built
    recoloured = Signal()  # the markers show the latest statuses

    SYNC_LIMIT = 20_000  # households read and laid out at once; above, on the worker thread

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.layout_data: MapLayout | None = None
        self.layer: MarkerLayer | None = None
        self.labels: list[LabelItem] = []  # street names made so far, and the strips' title
        self._label_specs: list[StreetLabel] = []
        self._label_items: dict[int, LabelItem] = {}
        self._label_order: list[int] = []  # spec numbers, longest street first
        self._label_widths: dict[int, float] = {}  # a name's width on screen, measured once
        self.stack_menu: QMenu | None = None
        self._selected: int | None = None
        self._stale_full = True
        self._stale_colours = False
        self._fitted = False
        self._fitted_bounds: Bounds | None = None
        self._generation = 0
        self._colour_generation = 0
        self.loading = False

        self.scene = QGraphicsScene(self)
        self.view = MapView(self)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setScene(self.scene)
        self.view.tooltip_for = self._tooltip
        self.view.markerClicked.connect(self._marker_clicked)
        self.view.scaleChanged.connect(self._update_labels)
        self.view.horizontalScrollBar().valueChanged.connect(self._update_labels)
        self.view.verticalScrollBar().valueChanged.connect(self._update_labels)
        self.ring = SelectionRing()
        self.ring.setVisible(False)

        self._label_font = QFont(self.font())
        self._label_font.setPointSizeF(max(self.font().pointSizeF(), 9.0))
        self._header_font = QFont(self._label_font)
        self._header_font.setBold(True)

        self.zoom_in_button = QPushButton("+")
        self.zoom_in_button.setToolTip(self.tr("Inzoomen (Ctrl++ of het muiswiel)"))
        self.zoom_out_button = QPushButton("−")
        self.zoom_out_button.setToolTip(self.tr("Uitzoomen (Ctrl+-)"))
        self.fit_button = QPushButton(self.tr("Hele buurt"))
        self.fit_button.setToolTip(self.tr("De hele buurt in beeld (Ctrl+0)"))
        for button in (self.zoom_in_button, self.zoom_out_button):
            button.setFixedWidth(36)
        self.zoom_in_button.clicked.connect(lambda: self.view.zoom_by(1.5))
        self.zoom_out_button.clicked.connect(lambda: self.view.zoom_by(1 / 1.5))
        self.fit_button.clicked.connect(self.fit)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in_button.click),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out_button.click),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_0), self.fit),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.summary = QLabel()
        hint = QLabel(self.tr("Sleep om te verschuiven · klik op een huis om het te kiezen"))
        hint.setProperty("tone", "placeholder")

        bar = QHBoxLayout()
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_button)
        bar.addSpacing(12)
        bar.addWidget(hint)
        bar.addStretch(1)
        bar.addWidget(self.summary)

        self.legend = MapLegend(self)
        self.empty_text = self.tr(
            "Nog geen adressen om te tekenen.\n\n"
            "Open de voorbeeldbuurt, importeer een adresbestand of voeg een straat toe\n"
            "op de pagina Straten; dan verschijnt hier de kaart."
        )
        self.notice = QLabel()  # no addresses yet, or the map is being drawn
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setWordWrap(True)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.notice)

        body = QHBoxLayout()
        body.addLayout(self.stack, 1)
        body.addWidget(self.legend, 0, Qt.AlignmentFlag.AlignTop)
        outer = QVBoxLayout(self)
        outer.addLayout(bar)
        outer.addLayout(body, 1)

        context.householdsChanged.connect(self._households_changed)
        context.visitsChanged.connect(self._statuses_changed)
        context.projectChanged.connect(self._statuses_changed)

    # --- public ----------------------------------------------------------------------------------

    @Slot(int)
    def select_household(self, household_id: int) -> None:
        """Highlight the household and bring it to the middle of the view (no signal)."""
        self._selected = household_id
        self._show_selection(centre=True)

    def selected_household(self) -> int | None:
        return self._selected

    def refresh(self) -> None:
        """Read everything from the store and draw the picture again.

        Up to :attr:`SYNC_LIMIT` households this happens at once; a bigger file is read and laid
        out on the database worker's thread while the old picture (or a notice) stays.
        """
        self._stale_full = self._stale_colours = False
        self._generation += 1
        generation = self._generation
        project_id = self.context.project_id
        if household_count(self.context.db) <= self.SYNC_LIMIT:
            self._index_ready(generation, build_index(self.context.db, project_id))
            return
        self.loading = True
        if self.layer is None:
            self.stack.setCurrentWidget(self.notice)
            self.notice.setText(self.tr("De kaart wordt getekend…"))
        self.summary.setText(self.tr("Kaart bijwerken…"))
        self.context.worker.run(
            lambda db, _progress: build_index(db, project_id),
            self.tr("Kaart tekenen"),
            on_finished=lambda index: self._index_ready(generation, index),
            on_failed=lambda error: self._index_failed(generation, error),
        )

    def _index_ready(self, generation: int, index: MarkerIndex) -> None:
        if generation != self._generation:
            return  # a newer refresh is under way
        self.loading = False
        self._build_scene(index)
        if self._stale_colours and self.isVisible():
            self.recolour()  # a visit came in while the map was being built
        self.ready.emit()

    def _index_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.stack.setCurrentWidget(self.notice)
        self.notice.setText(
            self.tr("De kaart kon niet worden getekend:\n%1").replace("%1", error_text(error))
        )
        self.summary.setText("")

    def recolour(self) -> None:
        """Read only the statuses and repaint the markers whose colour changed.

        Above :attr:`SYNC_LIMIT` households the statuses are read on the worker thread.
        """
        if self.loading:
            self._stale_colours = True  # recoloured when the picture is ready
            return
        self._stale_colours = False
        if self.layer is None:
            self.refresh()
            return
        project_id = self.context.project_id
        if self.layer.index.household_count <= self.SYNC_LIMIT:
            self._apply_statuses(map_statuses(self.context.db, project_id))
            return
        self._colour_generation += 1
        wanted = (self._generation, self._colour_generation)
        self.context.worker.run(
            lambda db, _progress: map_statuses(db, project_id),
            self.tr("Kaart kleuren"),
            on_finished=lambda statuses: self._statuses_ready(wanted, statuses),
        )

    def _statuses_ready(self, wanted: tuple[int, int], statuses: MapStatuses) -> None:
        if wanted == (self._generation, self._colour_generation) and not self.loading:
            self._apply_statuses(statuses)  # else a newer picture or recolour is on its way

    def _apply_statuses(self, statuses: MapStatuses) -> None:
        if self.layer is None:
            return
        if statuses.households != self.layer.index.household_count:
            self.refresh()  # households came or went
            return
        self.layer.recolour(statuses)
        self._update_legend()
        self.recoloured.emit()

    def fit(self) -> None:
        """Zoom so that the whole neighbourhood is in view."""
        if self.layout_data is None or self.layout_data.bounds is None:
            return
        left = 24.0
        if self.layout_data.strips_top is not None:
            metrics = QFontMetricsF(self._label_font)
            widest = max(
                (
                    metrics.horizontalAdvance(label.text)
                    for label in self._label_specs
                    if label.anchor == "right"
                ),
                default=0.0,
            )
            left = widest + 24.0
        top = 64.0 if self.layout_data.strips_top is not None else 24.0
        self.view.fit(self.layout_data.bounds, left, top, 24.0, 24.0)
        self._fitted = True
        self._fitted_bounds = self.layout_data.bounds

    def household_scene_pos(self, household_id: int) -> QPointF | None:
        """Where the household's marker is in the scene (for tests and for centring)."""
        if self.layer is None:
            return None
        layout = self.layer.layout
        marker = layout.marker_of(household_id)
        if marker is None:
            return None
        return QPointF(float(layout.marker_x[marker]), float(layout.marker_y[marker]))

    def shown_status(self, household_id: int) -> Status | None:
        """The status the household is drawn with (its marker's colour for a single house)."""
        if self.layer is None:
            return None
        return self.layer.index.status(household_id)

    def marker_colour(self, household_id: int) -> QColor | None:
        if self.layer is None:
            return None
        marker = self.layer.layout.marker_of(household_id)
        if marker is None:
            return None
        return QColor(STATUS_COLOURS[self.layer.index.marker_colour(marker)])

    # --- refreshing ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale_full:
            self.refresh()
        elif self._stale_colours:
            self.recolour()
        if not self._fitted:
            self.fit()

    @Slot()
    def _households_changed(self) -> None:
        self._stale_full = True
        if self.isVisible():
            self.refresh()

    @Slot()
    def _statuses_changed(self) -> None:
        self._stale_colours = True
        if self.isVisible() and not self._stale_full:
            self.recolour()

    def _build_scene(self, index: MarkerIndex) -> None:
        layout = index.layout
        if self.ring.scene() is self.scene:
            self.scene.removeItem(self.ring)  # kept: it is not part of the picture
        self.scene.clear()
        self.labels = []
        self.layout_data = layout
        self.layer = None
        self.view.layer = None
        if layout.bounds is None:
            self.stack.setCurrentWidget(self.notice)
            self.notice.setText(self.empty_text)
            self.summary.setText("")
            self._update_legend()
            return
        self.stack.setCurrentWidget(self.view)
        if layout.roads:
            self.scene.addItem(RoadsItem(layout.roads))
        self.layer = MarkerLayer(index)
        self.scene.addItem(self.layer)
        self.view.layer = self.layer
        # Street names become items when they first fit on screen: a city has thousands, and
        # most are never shown at the zoom the user is at (see _update_labels).
        self._label_specs = specs = list(layout.labels)
        self._label_items = {}
        self._label_order = sorted(range(len(specs)), key=lambda i: -specs[i].extent)
        self._label_widths = {}
        if layout.strips_top is not None:
            header = LabelItem(
                self.tr("Straten zonder coördinaten"),
                0.0,
                layout.strips_top - 4.0,
                "header",
                0.0,
                self._header_font,
            )
            header.setZValue(5)
            self.scene.addItem(header)
            self.labels.append(header)
        self.scene.addItem(self.ring)
        bounds = layout.bounds
        room = max(bounds.width, bounds.height, 200.0) * 2
        grown = bounds.grown(room)
        self.scene.setSceneRect(grown.min_x, grown.min_y, grown.width, grown.height)
        if self._fitted_bounds != bounds:  # a new neighbourhood; new houses keep the zoom
            self._fitted = False
            if self.isVisible():
                self.fit()
        self._update_legend()
        self._update_labels()
        self._show_selection(centre=False)  # the whole picture is in view, the ring with it

    def _update_legend(self) -> None:
        counts: Counter[Status] = Counter()
        if self.layer is not None:
            counts = self.layer.layout.status_counts(self.layer.index.household_status)
        strips = self.layout_data is not None and self.layout_data.strips_top is not None
        self.legend.set_counts(counts, strips)
        total = sum(counts.values())
        self.summary.setText(self._addresses(total) if total else "")

    @Slot()
    def _update_labels(self) -> None:
        """Street names where they fit at this zoom, off the houses and their numbers
        (see :mod:`buurtdesk.gui.map_labels`); the strips' names as before."""
        scale = self.view.scale_factor
        for item in self.labels:
            if item.anchor != "centre":
                item.setVisible(item.fits(scale))
        if self.layer is None:
            return
        # the strips' names (left of each strip), made when they first come into view
        seen = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        seen.adjust(-seen.width() / 2, -seen.height() / 2, seen.width() / 2, seen.height() / 2)
        for number, label in enumerate(self._label_specs):
            if label.anchor == "centre" or number in self._label_items:
                continue
            if not seen.contains(label.x, label.y):
                continue
            item = LabelItem(
                label.text, label.x, label.y, label.anchor, label.extent, self._label_font
            )
            item.setZValue(5)
            item.setVisible(item.fits(scale))
            self.scene.addItem(item)
            self.labels.append(item)
            self._label_items[number] = item
        place_street_names(self, scale)

    # --- selection and clicks --------------------------------------------------------------------

    def _show_selection(self, centre: bool) -> None:
        pos = self.household_scene_pos(self._selected) if self._selected is not None else None
        if pos is None:
            self.ring.setVisible(False)
            return
        self.ring.setPos(pos)
        self.ring.setVisible(True)
        if centre:
            self.view.centerOn(pos)

    @Slot(int, QPoint)
    def _marker_clicked(self, index: int, global_pos: QPoint) -> None:
        if self.layer is None:
            return
        layout = self.layer.layout
        members = layout.members(index).tolist()
        if len(members) == 1:
            self._activate(members[0])
            return
        menu = QMenu(self)
        title = menu.addAction(self.tr("%1 adressen op dit punt").replace("%1", str(len(members))))
        title.setEnabled(False)
        menu.addSeparator()
        shown = members[:MENU_MAX_ADDRESSES]
        addresses = map_addresses(self.context.db, shown)  # by id: the map keeps no addresses
        statuses = self.layer.index.statuses_of(index)
        for household_id, status in zip(shown, statuses, strict=False):
            street, house = addresses.get(household_id, ("?", "?"))
            action = QAction(
                QIcon(swatch(STATUS_COLOURS[status])),
                f"{street} {house} — {status_word(status)}",
                menu,
            )
            action.setData(household_id)
            menu.addAction(action)
        if len(members) > MENU_MAX_ADDRESSES:
            more = menu.addAction(
                self.tr("… en nog %1 (zie de lijst)").replace(
                    "%1", str(len(members) - MENU_MAX_ADDRESSES)
                )
            )
            more.setEnabled(False)
        menu.triggered.connect(self._menu_chosen)
        menu.aboutToHide.connect(menu.deleteLater)
        self.stack_menu = menu
        menu.popup(global_pos)

    @Slot(QAction)
    def _menu_chosen(self, action: QAction) -> None:
        household_id = action.data()
        if isinstance(household_id, int):
            self._activate(household_id)

    def _activate(self, household_id: int) -> None:
        self._selected = household_id
        self._show_selection(centre=False)
        self.householdActivated.emit(household_id)

    def _addresses(self, count: int) -> str:
        if count == 1:
            return self.tr("1 adres")
        return self.tr("%1 adressen").replace("%1", QLocale().toString(count))

    def _tooltip(self, index: int) -> str:
        if self.layer is None:
            return ""
        layout = self.layer.layout
        first = int(layout.members(index)[0])
        statuses = self.layer.index.statuses_of(index)
        street, house = map_addresses(self.context.db, [first]).get(first, ("?", "?"))
        if len(statuses) == 1:
            return f"<b>{street} {house}</b><br>{status_word(statuses[0])}"
        lines = [f"<b>{street} {layout.label(index)}</b> — " + self._addresses(len(statuses))]
        for status, count in Counter(statuses).most_common():
            lines.append(f"{count} × {status_word(status)}")
        lines.append(f"<i>{self.tr('Klik voor de lijst van adressen')}</i>")
        return "<br>".join(lines)
