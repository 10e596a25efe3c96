"""Validation accuracy against the learning rate, one point per trial, shaded by round: the book's finding at a
glance (below η ≈ 10⁻³ everything stays near chance; the best sit between a few 10⁻³ and 10⁻²)."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from gui.plotstyle import FONTS, freeze_plot, pen, style_plot
from gui.tabs.hyperparameter_search.log_axis import LogValueAxis
from gui.tabs.hyperparameter_search.scatter_view import shade

CHANCE = 0.1
"""Accuracy of guessing among 10 classes."""


class StripView:
    """Accuracy (0–1) against log η in ``layout`` at (row, col)."""

    def __init__(self, layout: pg.GraphicsLayout, row: int, col: int) -> None:
        self.plot = layout.addPlot(row=row, col=col, axisItems={"bottom": LogValueAxis("bottom")})
        freeze_plot(self.plot)
        self.plot.setYRange(0, 1, padding=0.02)
        self.chance = pg.InfiniteLine(pos=CHANCE, angle=0, pen=pen("#777777", 1.5, style=Qt.PenStyle.DashLine))
        self.plot.addItem(self.chance)
        self.chance_label = pg.TextItem(color="#555555", anchor=(0, 1), fill=pg.mkBrush(255, 255, 255, 200))
        self.chance_label.setFont(FONTS.font("small"))
        self.chance_label.setZValue(20)
        self.plot.addItem(self.chance_label)
        self.points = pg.ScatterPlotItem(size=10, pen=pg.mkPen("#222222", width=0.6))
        self.plot.addItem(self.points)
        self._shown = -1
        self._drawn: list[int] = []

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        style_plot(self.plot, translate("SearchTab", "Validation accuracy against learning rate"),
                   translate("SearchTab", "learning rate η (log scale)"),
                   translate("SearchTab", "validation accuracy"), grid=True)
        self.chance_label.setText(translate("SearchTab", "chance (10 classes)"))

    def clear(self) -> None:
        self.points.setData([], [])
        self._shown = -1
        self._drawn = []

    def update(self, snapshot) -> None:
        if len(snapshot.records) == self._shown:
            return
        self._shown = len(snapshot.records)
        recs = [r for r in snapshot.records if np.isfinite(r.val_acc)]
        if not recs:
            self.points.setData([], [])
            self._drawn = []
            return
        x = np.log10([r.lr for r in recs])
        y = np.array([r.val_acc for r in recs])
        drawn = len(self._drawn)
        if [r.index for r in recs[:drawn]] != self._drawn:
            drawn = 0
        brushes = [pg.mkBrush(shade(r.round)) for r in recs[drawn:]]
        if drawn:  # only the new points: setting all rebuilds every spot (25 ms for 100)
            self.points.addPoints(x[drawn:], y[drawn:], brush=brushes)
        else:
            self.points.setData(x, y, brush=brushes)
        self._drawn = [r.index for r in recs]
        lo = min(x.min(), snapshot.rounds[0].lr_log10[0])
        self.chance_label.setPos(lo, CHANCE + 0.02)
        r0 = snapshot.rounds[0].lr_log10
        self.plot.setXRange(min(r0[0], x.min()), max(r0[1], x.max()), padding=0.04)
