"""Every optimizer's path and head on the map, its loss against the step below, the diverged marks and the
legend. Drawing only: the paths and losses come from ``RaceExperiment``'s snapshot."""
from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject

from gui.plotstyle import FONTS, OPTIMIZER_COLORS, OPTIMIZER_STYLES, legend_sample, optimizer_curve, style_plot
from gui.scenes import release_items
from gui.tabs.race.screen_path import ScreenPath
from model.optimizers import OPTIMIZERS

SYMBOLS_UP_TO = 300
"""Paths up to this length show a dot at every step, like the book's 'o-'; longer ones are plain lines."""
LOSS_POINTS_PER_PIXEL = 0.5
"""The loss curves keep their min/max envelope at about this many points per pixel (pyqtgraph's 'peak' mode)."""
FIXED_STEP_AXIS_UP_TO = 5000
"""Races up to this many steps show the whole step axis from the start (a steady axis also redraws faster)."""


class RacePlots(QObject):
    """The optimizers' items on the map and the loss plot. ``shown(name)`` tells whether a run is switched on."""

    def __init__(self, map_plot: pg.PlotItem, loss_plot: pg.PlotItem, shown: Callable[[str], bool],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.map, self.loss_plot, self.shown = map_plot, loss_plot, shown
        self.legend = map_plot.addLegend(offset=(-10, 10), labelTextSize=FONTS.css("label"))
        self.paths: dict[str, pg.PlotDataItem] = {}
        self.heads: dict[str, pg.ScatterPlotItem] = {}
        self.legend_samples: dict[str, pg.PlotDataItem] = {}  # colour, dash and marker together
        self.loss_curves: dict[str, pg.PlotDataItem] = {}
        self.diverged_marks: dict[str, pg.TextItem] = {}
        for name in OPTIMIZERS:
            self._add_optimizer(name)
        self.screen_paths: dict[str, ScreenPath] = {name: ScreenPath() for name in OPTIMIZERS}
        self._head_drawn: dict[str, tuple[float, float]] = {}
        self.diverged: dict[str, int] = {}
        self.loss_plot.setLogMode(x=False, y=True)
        self.loss_log = True

    def _add_optimizer(self, name: str) -> None:
        c = OPTIMIZER_COLORS[name]
        self.paths[name] = self.map.plot([], [], **optimizer_curve(name, 2.0, 6), name=name)
        self.legend_samples[name] = legend_sample(name, 2.0)
        head = pg.ScatterPlotItem(symbol=OPTIMIZER_STYLES[name].marker, size=17, brush=pg.mkBrush(c),
                                  pen=pg.mkPen("k", width=1.5))
        head.setZValue(10)
        self.map.addItem(head)
        self.heads[name] = head
        self.loss_curves[name] = self.loss_plot.plot([], [], **optimizer_curve(name, 2.0), name=name)
        for curve in (self.paths[name], self.loss_curves[name]):
            # Wide antialiased polylines are the costliest thing in a frame; as separate segments they take
            # half the time, which keeps the race at 30 frames a second while the worker runs flat out.
            curve.curve.setSegmentedLineMode("on")
        self.loss_curves[name].opts["autoDownsampleFactor"] = LOSS_POINTS_PER_PIXEL
        self.loss_curves[name].setDownsampling(auto=True, method="peak")
        mark = pg.TextItem(color=c, anchor=(0, 1))
        mark.setZValue(12)
        self.map.addItem(mark)
        mark.hide()
        self.diverged_marks[name] = mark

    def style_loss_axis(self) -> None:
        style_plot(self.loss_plot, None, self.tr("step"), self.tr("loss f(x, y)") + (
            self.tr(" (log scale)") if self.loss_log else ""), grid=False)

    def set_visible(self, name: str, on: bool) -> None:
        for item in (self.paths[name], self.heads[name], self.loss_curves[name]):
            item.setVisible(on)
        self.diverged_marks[name].setVisible(on and self.diverged_marks[name].property("diverged") is True)
        self.refresh_legend()

    def reset(self, steps: int) -> None:
        """Empty plots for a race of ``steps`` steps."""
        self.screen_paths = {name: ScreenPath() for name in OPTIMIZERS}
        self._head_drawn = {}
        if steps <= FIXED_STEP_AXIS_UP_TO:  # the curves fill the plot from left to right, the axis stays put
            self.loss_plot.setXRange(0, steps, padding=0.02)
        else:
            self.loss_plot.enableAutoRange(axis="x")
        for name in OPTIMIZERS:
            self.paths[name].setData([], [])
            self.heads[name].setData([], [])
            self.loss_curves[name].setData([], [])
            self.diverged_marks[name].setProperty("diverged", False)
            self.diverged_marks[name].hide()
            self.paths[name].opts["name"] = name
        self.refresh_legend({})

    def draw(self, snapshot) -> dict[str, int]:
        """Draw every run of ``snapshot``; returns {name: step} of the runs that diverged."""
        px, py = self.map.getViewBox().viewPixelSize()
        pixel = (float(px), float(py))
        diverged = {}
        losses_positive = True
        for run in snapshot.runs:
            self._draw_path(run, pixel)
            self.loss_curves[run.name].setData(np.arange(len(run.losses)), run.losses)
            finite = run.losses[np.isfinite(run.losses)]
            if finite.size and finite.min() <= 0:
                losses_positive = False
            if run.diverged:
                diverged[run.name] = run.diverged_step
                self._mark_diverged(run)
        if losses_positive != self.loss_log:  # a log axis only while every loss is positive
            self.loss_log = losses_positive
            self.loss_plot.setLogMode(x=False, y=losses_positive)
            self.style_loss_axis()
        if diverged != self.diverged:
            self.refresh_legend(diverged)
        return diverged

    def _draw_path(self, run, pixel: tuple[float, float]) -> None:
        name, path = run.name, run.path
        shown = self.screen_paths[name].update(path, pixel)
        curve = self.paths[name]
        want_symbol = OPTIMIZER_STYLES[name].marker if len(path) <= SYMBOLS_UP_TO else None
        if curve.opts["symbol"] != want_symbol:
            curve.setSymbol(want_symbol)
        if shown is not None:  # unchanged on screen: leave it, so the map need not be repainted
            curve.setData(shown[:, 0], shown[:, 1])
        head = (float(path[-1, 0]), float(path[-1, 1]))
        drawn = self._head_drawn.get(name)
        if drawn is None or abs(head[0] - drawn[0]) >= pixel[0] or abs(head[1] - drawn[1]) >= pixel[1]:
            self.heads[name].setData([head[0]], [head[1]])
            self._head_drawn[name] = head

    def _mark_diverged(self, run) -> None:
        """Its name and step where the path ends, and a cross for its head."""
        name, path = run.name, run.path
        mark = self.diverged_marks[name]
        mark.setText(self.tr("%1 diverged at step %2").replace("%1", name).replace("%2", str(run.diverged_step)))
        mark.setPos(float(path[-1, 0]), float(path[-1, 1]))
        mark.setProperty("diverged", True)
        mark.setVisible(self.shown(name))
        self.heads[name].setData([path[-1, 0]], [path[-1, 1]], symbol="x", size=18)

    def refresh_legend(self, diverged: dict[str, int] | None = None) -> None:
        """One legend entry per visible optimizer, marked when it diverged."""
        if diverged is not None:
            self.diverged = diverged
        release_items(self.legend)
        self.legend.clear()
        for name in OPTIMIZERS:
            if self.shown(name):
                label = self.tr("%1 (diverged)").replace("%1", name) if name in self.diverged else name
                self.legend.addItem(self.legend_samples[name], label)
