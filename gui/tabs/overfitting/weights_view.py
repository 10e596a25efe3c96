"""Squared weight norm ‖W_l‖² of every layer, both runs side by side as bars, with each layer's initial norm as a
black tick: weight decay visibly shrinks every layer below where it started, the memorising network does not."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPainterPath

from gui.plotstyle import pen, style_plot

BAR_WIDTH = 0.38


class WeightNormView:
    """Grouped bars: layer l on the x axis, one bar per run."""

    def __init__(self, plot: pg.PlotItem, colors: dict[str, str], n_layers: int) -> None:
        self.plot = plot
        self.names = list(colors)
        self.n_layers = n_layers
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        for axis in ("left", "bottom"):  # no SI-prefix relabelling (and relayout) at every redraw
            plot.getAxis(axis).enableAutoSIPrefix(False)
        plot.setXRange(0.4, n_layers + 0.6, padding=0)
        self.bars: dict[str, pg.BarGraphItem] = {}
        self.heights: dict[str, np.ndarray] = {}
        offsets = np.linspace(-BAR_WIDTH / 2, BAR_WIDTH / 2, len(self.names))
        self.x = {name: np.arange(1, n_layers + 1) + off for name, off in zip(self.names, offsets)}
        for name, c in colors.items():
            bar = pg.BarGraphItem(x=self.x[name], height=np.zeros(n_layers), width=BAR_WIDTH,
                                  brush=pg.mkBrush(c), pen=pen(c, 1.0))
            plot.addItem(bar)
            self.bars[name] = bar
            self.heights[name] = np.zeros(n_layers)
        dash = QPainterPath()
        dash.moveTo(-0.5, 0)
        dash.lineTo(0.5, 0)
        self.initial = pg.ScatterPlotItem(symbol=dash, size=34, pen=pen("#000000", 3.0), brush=None)
        self.initial.setZValue(10)
        plot.addItem(self.initial)
        self._top = 1.0
        self.retranslate({n: n for n in self.names})

    def retranslate(self, labels: dict[str, str]) -> None:
        style_plot(self.plot, QCoreApplication.translate("OverfitWeights", "Weight norm ‖W‖² per layer (black: epoch 0)"),
                   QCoreApplication.translate("OverfitWeights", "layer"), "‖W‖²", grid=False)
        self.plot.getAxis("bottom").setTicks([[(i, str(i)) for i in range(1, self.n_layers + 1)]])

    def clear(self) -> None:
        for name in self.names:
            self.heights[name] = np.zeros(self.n_layers)
            self.bars[name].setOpts(height=self.heights[name])
        self.initial.setData([], [])
        self._top = 1.0

    def update(self, runs) -> None:
        start = None
        for run in runs:
            if run.name not in self.bars or not run.points:
                continue
            h = np.asarray(run.weight_norms[-1], dtype=float)
            if start is None:
                start = run.weight_norms[0]
            if not np.array_equal(h, self.heights[run.name]):
                self.heights[run.name] = h
                self.bars[run.name].setOpts(height=h)
        if start is not None and not len(self.initial.data):
            self.initial.setData(np.arange(1, self.n_layers + 1), np.asarray(start, dtype=float))
        top = max([float(np.max(h)) for h in self.heights.values()] + [float(np.max(start)) if start is not None
                                                                        else 1.0])
        if top > self._top or top < 0.4 * self._top:  # growing norms: a new range (and tick labels) only now and then
            self._top = top * (1.25 if top > self._top else 1.0)
            self.plot.setYRange(0, 1.08 * self._top, padding=0)
