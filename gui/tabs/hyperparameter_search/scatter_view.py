"""The search as the book's readers imagine it: every trial a point at (log η, log λ), coloured by its validation
accuracy (colour bar beside it), appearing as it finishes; running trials hollow; each round's ranges a shaded box,
later rounds darker. Drag a rectangle to narrow the ranges and search again (``rectSelected``)."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGraphicsRectItem

from gui.plotstyle import FONTS, freeze_plot, style_plot
from gui.scenes import release_items
from gui.tabs.hyperparameter_search.log_axis import LogValueAxis

ACCURACY_MAP = pg.colormap.get("viridis")
"""Validation accuracy 0 → dark purple, 1 → yellow: ordered, colour-blind safe, readable on a projector."""
ROUND_SHADES = ("#9BB8D9", "#5B8DC4", "#2F6AAE", "#1B4C85", "#0E305A")
"""Box outline (and fill, faint) of rounds 1, 2, 3 ...: later rounds darker."""
POINT_SIZE = 13
RUNNING_PEN = "#444444"


def shade(round_number: int) -> str:
    return ROUND_SHADES[min(round_number, len(ROUND_SHADES) - 1)]


def accuracy_brushes(values: np.ndarray) -> list[QBrush]:
    colors = ACCURACY_MAP.map(np.clip(np.nan_to_num(values, nan=0.0), 0.0, 1.0), mode="qcolor")
    return [QBrush(c) for c in colors]


class RectSelectViewBox(pg.ViewBox):
    """A view box where a left-button drag draws a rectangle and, on release, emits it in data coordinates
    (x0, x1, y0, y1); no pan or zoom under a lecturer's mouse."""

    class Relay(QObject):
        rectSelected = Signal(float, float, float, float)

    def __init__(self) -> None:
        super().__init__(enableMenu=False)
        self.relay = self.Relay()
        self.setMouseEnabled(False, False)
        self.band = QGraphicsRectItem()
        self.band.setPen(pg.mkPen("#D55E00", width=2.5, style=Qt.PenStyle.DashLine))
        self.band.setBrush(QBrush(QColor(213, 94, 0, 40)))
        self.band.setZValue(50)
        self.band.hide()
        self.addItem(self.band, ignoreBounds=True)

    def mouseDragEvent(self, ev, axis=None):  # noqa: N802 - Qt's name
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        ev.accept()
        p0 = self.mapSceneToView(ev.buttonDownScenePos())
        p1 = self.mapSceneToView(ev.scenePos())
        rect = QRectF(p0, p1).normalized()
        if ev.isFinish():
            self.band.hide()
            if rect.width() > 0 and rect.height() > 0:
                self.relay.rectSelected.emit(rect.left(), rect.right(), rect.top(), rect.bottom())
        else:
            self.band.setRect(rect)
            self.band.show()


class ScatterView:
    """The (log η, log λ) scatter in ``layout`` at (row, col), its colour bar at col + 1."""

    def __init__(self, layout: pg.GraphicsLayout, row: int, col: int) -> None:
        self.view = RectSelectViewBox()
        self.plot = layout.addPlot(row=row, col=col, viewBox=self.view,
                                   axisItems={"bottom": LogValueAxis("bottom"), "left": LogValueAxis("left")})
        freeze_plot(self.plot)
        self.rectSelected = self.view.relay.rectSelected
        self.boxes: list[QGraphicsRectItem] = []
        self.box_labels: list[pg.TextItem] = []
        self.finished = pg.ScatterPlotItem(size=POINT_SIZE, pen=pg.mkPen("#222222", width=0.8))
        self.finished.setZValue(10)
        self.running = pg.ScatterPlotItem(size=POINT_SIZE, pen=pg.mkPen(RUNNING_PEN, width=2.0), brush=None)
        self.running.setZValue(11)
        self.best = pg.ScatterPlotItem(size=POINT_SIZE + 12, symbol="o", brush=None,
                                       pen=pg.mkPen("#D55E00", width=3.0))
        self.best.setZValue(12)
        for item in (self.finished, self.running, self.best):
            self.plot.addItem(item)
        self.colorbar = pg.ColorBarItem(values=(0, 1), colorMap=ACCURACY_MAP, interactive=False, width=18)
        layout.addItem(self.colorbar, row=row, col=col + 1)
        self._shown = (-1, -1, None)
        self._drawn: list[int] = []
        """Trial indices of the finished points drawn, in order (new ones are added, not all redrawn)."""
        self._running_shown: tuple[int, ...] = ()
        """Trial indices of the hollow rings drawn."""

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        style_plot(self.plot, translate("SearchTab", "Trials: drag a box to search again inside it"),
                   translate("SearchTab", "learning rate η (log scale)"),
                   translate("SearchTab", "weight decay λ (log scale)"), grid=True)
        self.colorbar.axis.setLabel(translate("SearchTab", "validation accuracy"),
                                    **{"font-size": FONTS.css("label")})
        for i, label in enumerate(self.box_labels):
            label.setText(QCoreApplication.translate("SearchTab", "round %1").replace("%1", str(i + 1)))

    def clear(self) -> None:
        self.finished.setData([], [])
        self.running.setData([], [])
        self.best.setData([], [])
        release_items(self.boxes + self.box_labels)  # before they go (see gui/scenes.py)
        for item in self.boxes + self.box_labels:
            self.plot.removeItem(item)
        self.boxes, self.box_labels = [], []
        self._shown = (-1, -1, None)
        self._drawn = []
        self._running_shown = ()

    def update(self, snapshot) -> None:
        """Points for the finished trials (redrawn only when one more has finished), hollow rings for the running."""
        self._update_rounds(snapshot.rounds)
        key = (len(snapshot.records), len(snapshot.rounds), snapshot.best_index)
        if key != self._shown:
            self._shown = key
            recs = [r for r in snapshot.records if np.isfinite(r.val_acc)]
            drawn = len(self._drawn)
            if [r.index for r in recs[:drawn]] != self._drawn:  # not more of the same: draw them all again
                drawn = 0
            new = recs[drawn:]
            if new or not recs:
                x = np.log10([r.lr for r in new]) if new else np.empty(0)
                y = np.log10([r.weight_decay for r in new]) if new else np.empty(0)
                brushes = accuracy_brushes(np.array([r.val_acc for r in new]))
                if drawn:  # a few points added: far cheaper than setting all (pyqtgraph builds every spot anew)
                    self.finished.addPoints(x, y, brush=brushes, data=[r.index for r in new])
                else:
                    self.finished.setData(x, y, brush=brushes, data=[r.index for r in new])
            self._drawn = [r.index for r in recs]
            best = snapshot.best
            if best is not None:
                self.best.setData([np.log10(best.lr)], [np.log10(best.weight_decay)])
            else:
                self.best.setData([], [])
        run = snapshot.running
        running_key = tuple(s.index for s in run)
        if running_key != self._running_shown:  # successive halving keeps up to N/3 rings: set them on change only
            self._running_shown = running_key
            self.running.setData(np.log10([s.lr for s in run]) if run else [],
                                 np.log10([s.weight_decay for s in run]) if run else [])

    def _update_rounds(self, rounds) -> None:
        while len(self.boxes) < len(rounds):
            r = rounds[len(self.boxes)]
            rect = QRectF(r.lr_log10[0], r.wd_log10[0], r.lr_log10[1] - r.lr_log10[0],
                          r.wd_log10[1] - r.wd_log10[0])
            box = QGraphicsRectItem(rect)
            color = QColor(shade(r.number))
            box.setPen(pg.mkPen(color, width=2.0 if r.number else 1.2))
            fill = QColor(color)
            fill.setAlpha(28 if r.number else 0)
            box.setBrush(QBrush(fill))
            box.setZValue(-5 + r.number)
            self.plot.addItem(box)
            text = QCoreApplication.translate("SearchTab", "round %1").replace("%1", str(r.number + 1))
            label = pg.TextItem(text, color=shade(r.number), anchor=(0, 0))
            label.setFont(FONTS.font("label", bold=True))
            label.setPos(r.lr_log10[0], r.wd_log10[1])
            self.plot.addItem(label)
            self.boxes.append(box)
            self.box_labels.append(label)
            if r.number == 0:
                self.plot.setRange(xRange=r.lr_log10, yRange=r.wd_log10, padding=0.04)

    def points(self) -> tuple[np.ndarray, np.ndarray, list]:
        """(x, y, brushes) of the finished points as drawn (for tests)."""
        x, y = self.finished.getData()
        return np.asarray(x), np.asarray(y), [p.brush().color().name() for p in self.finished.points()]
