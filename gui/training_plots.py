"""Loss and accuracy curves of several networks trained side by side (the MNIST race, init comparison ...).

The loss plot shows each run's raw minibatch loss faint and its smoothed curve bold, as the book smooths them;
the accuracy plot shows test accuracy solid and training accuracy dashed. A diverged run keeps its curves up to
the step it diverged at and is marked in the legend.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from gui.plotstyle import FONTS, OPTIMIZER_STYLES, legend_sample, optimizer_curve, optimizer_symbol, pen, style_plot
from gui.scenes import release_items

POINTS_PER_PIXEL = 0.3
"""Curves are thinned to about this many points per pixel of plot width (the raw loss keeps its min/max envelope):
thick antialiased lines of thousands of points are what makes a redraw slow (pyqtgraph's default allows 5)."""


class TrainingCurves:
    """Two linked plots in a ``pg.GraphicsLayout``: loss against iteration, accuracy against iteration."""

    def __init__(self, layout: pg.GraphicsLayout, names: Sequence[str], colors: dict[str, str],
                 row: int = 0, col: int = 0, loss_ylim: tuple[float, float] = (0, 2.5)):
        self.names = list(names)
        self.colors = colors
        self._diverged: dict[str, int] = {}
        self._visible = {n: True for n in self.names}
        self.loss_plot: pg.PlotItem = layout.addPlot(row=row, col=col)
        self.acc_plot: pg.PlotItem = layout.addPlot(row=row + 1, col=col)
        self.acc_plot.setXLink(self.loss_plot)
        self.loss_plot.setYRange(*loss_ylim, padding=0)
        self.acc_plot.setYRange(0, 1, padding=0.02)
        for plot in (self.loss_plot, self.acc_plot):
            plot.setClipToView(True)
        self.loss_legend = self.loss_plot.addLegend(offset=(-10, 10), labelTextSize=FONTS.css("label"))
        self.acc_legend = self.acc_plot.addLegend(offset=(-10, -10), labelTextSize=FONTS.css("tick"))
        self.raw: dict[str, pg.PlotDataItem] = {}
        self.smooth: dict[str, pg.PlotDataItem] = {}
        self.test: dict[str, pg.PlotDataItem] = {}
        self.train: dict[str, pg.PlotDataItem] = {}
        self.samples: dict[str, pg.PlotDataItem] = {}  # legend entries: colour, dash and marker together
        for name in self.names:
            c = colors[name]
            self.raw[name] = self.loss_plot.plot([], [], pen=pen(c, 1.0, alpha=60))
            if name in OPTIMIZER_STYLES:  # an optimizer: its dash on the loss, its marker on the test accuracy
                self.smooth[name] = self.loss_plot.plot([], [], **optimizer_curve(name, 3.0))
                self.test[name] = self.acc_plot.plot([], [], pen=pen(c, 2.5), **optimizer_symbol(name, 9))
                self.samples[name] = legend_sample(name, 3.0)
            else:
                self.smooth[name] = self.loss_plot.plot([], [], pen=pen(c, 3.0))
                self.test[name] = self.acc_plot.plot([], [], pen=pen(c, 2.5), symbol="o", symbolSize=6,
                                                     symbolBrush=c, symbolPen=None)
                self.samples[name] = self.smooth[name]
            self.train[name] = self.acc_plot.plot([], [], pen=pen(c, 1.5, style=Qt.PenStyle.DashLine))
            for item, method in ((self.raw[name], "peak"), (self.smooth[name], "subsample")):
                item.opts["autoDownsampleFactor"] = POINTS_PER_PIXEL
                item.setDownsampling(auto=True, method=method)
            for item in (self.smooth[name], self.test[name]):
                item.curve.setSegmentedLineMode("on")  # wide antialiased polylines draw twice as fast as segments
        self.retranslate()

    def retranslate(self) -> None:
        iteration = QCoreApplication.translate("TrainingCurves", "iteration")
        style_plot(self.loss_plot,
                   QCoreApplication.translate("TrainingCurves", "Training loss (faint: each minibatch, bold: smoothed)"),
                   iteration, QCoreApplication.translate("TrainingCurves", "loss"), grid=False)
        style_plot(self.acc_plot, QCoreApplication.translate("TrainingCurves", "Accuracy (solid: test, dashed: training)"),
                   iteration, QCoreApplication.translate("TrainingCurves", "accuracy"), grid=False)
        self._refresh_legends()

    def _label(self, name: str) -> str:
        if name in self._diverged:
            text = QCoreApplication.translate("TrainingCurves", "%1 (diverged at %2)")
            return text.replace("%1", name).replace("%2", str(self._diverged[name]))
        return name

    def _refresh_legends(self) -> None:
        release_items([self.loss_legend, self.acc_legend])  # their entries go (see gui/scenes.py)
        self.loss_legend.clear()
        self.acc_legend.clear()
        shown = [name for name in self.names if self._visible[name]]
        # two columns from four entries on: one column of six ran past a short plot's bottom (1024x768, lecture open)
        self.loss_legend.setColumnCount(2 if len(shown) > 3 else 1)
        for name in shown:
            self.loss_legend.addItem(self.samples[name], self._label(name))
        if self.names:
            first = next((n for n in self.names if self._visible[n]), None)
            if first is not None:
                self.acc_legend.addItem(self.test[first], QCoreApplication.translate("TrainingCurves", "test"))
                self.acc_legend.addItem(self.train[first], QCoreApplication.translate("TrainingCurves", "training"))

    def set_visible(self, name: str, on: bool) -> None:
        self._visible[name] = on
        for item in (self.raw[name], self.smooth[name], self.test[name], self.train[name]):
            item.setVisible(on)
        self._refresh_legends()

    def clear(self) -> None:
        for curves in (self.raw, self.smooth, self.test, self.train):
            for item in curves.values():
                item.setData([], [])
        self._diverged = {}
        self._refresh_legends()

    def update(self, runs) -> None:
        """Draw runs that carry ``name, losses, smoothed, eval_steps, train_acc, test_acc, diverged, diverged_step``."""
        diverged = {}
        for run in runs:
            if run.name not in self.raw:
                continue
            steps = np.arange(1, len(run.losses) + 1)
            self.raw[run.name].setData(steps, run.losses)
            self.smooth[run.name].setData(steps, run.smoothed)
            self.test[run.name].setData(run.eval_steps, run.test_acc)
            self.train[run.name].setData(run.eval_steps, run.train_acc)
            if run.diverged:
                diverged[run.name] = run.diverged_step
        if diverged != self._diverged:
            self._diverged = diverged
            self._refresh_legends()
