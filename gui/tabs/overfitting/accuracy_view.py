"""Training and test accuracy of both runs against the epoch, on shared axes, the gap between them shaded.

Each run has its colour; training accuracy is dashed, test accuracy solid (as in the MNIST race), and the band
between a run's two curves is filled faintly in its colour: the generalisation gap the lab is about.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from gui.band_item import BandItem
from gui.plotstyle import FONTS, pen, style_plot
from gui.scenes import release_items

GAP_ALPHA = 45
"""Opacity (0-255) of the shaded gap: visible on a projector, light enough for the other run's curves to show."""


class AccuracyView:
    """A ``PlotItem`` with, per run, a dashed training curve, a solid test curve and the shaded gap."""

    def __init__(self, plot: pg.PlotItem, colors: dict[str, str]) -> None:
        self.plot = plot
        self.names = list(colors)
        plot.setYRange(0, 1, padding=0.02)
        plot.setLimits(yMin=-0.05, yMax=1.05)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        for axis in ("left", "bottom"):  # no SI-prefix relabelling (and relayout) at every redraw
            plot.getAxis(axis).enableAutoSIPrefix(False)
        self.legend = plot.addLegend(offset=(-10, -10), labelTextSize=FONTS.css("label"))
        self.train: dict[str, pg.PlotDataItem] = {}
        self.test: dict[str, pg.PlotDataItem] = {}
        self.gap: dict[str, BandItem] = {}
        self.labels: dict[str, str] = {}
        for name, c in colors.items():
            self.train[name] = plot.plot([], [], pen=pen(c, 2.5, style=Qt.PenStyle.DashLine))
            self.test[name] = plot.plot([], [], pen=pen(c, 3.0))
            fill = pg.QtGui.QColor(c)
            fill.setAlpha(GAP_ALPHA)
            self.gap[name] = BandItem(fill)
            self.gap[name].setZValue(-5)
            plot.addItem(self.gap[name])
        self.marks: dict[str, pg.ScatterPlotItem] = {}
        self.mark_labels: dict[str, pg.TextItem] = {}
        for name, c in colors.items():
            self.marks[name] = pg.ScatterPlotItem(symbol="x", size=22, pen=pen(c, 3.0), brush=pg.mkBrush(c))
            self.mark_labels[name] = pg.TextItem(color=c, anchor=(0, 1))
            for item in (self.marks[name], self.mark_labels[name]):
                item.setZValue(20)
                plot.addItem(item)
            self.mark_labels[name].hide()
        self.retranslate({n: n for n in self.names})

    def retranslate(self, labels: dict[str, str]) -> None:
        self.labels = dict(labels)
        style_plot(self.plot,
                   QCoreApplication.translate("OverfitAccuracy", "Accuracy (dashed: training, solid: test; shaded: the gap)"),
                   QCoreApplication.translate("OverfitAccuracy", "epoch"),
                   QCoreApplication.translate("OverfitAccuracy", "accuracy"), grid=False)
        release_items(self.legend)  # its entries go (see gui/scenes.py)
        self.legend.clear()
        for name in self.names:  # one entry per run (the title says which line is which): small on a projector
            self.legend.addItem(self.test[name], self.labels[name])

    def set_epochs(self, epochs: float) -> None:
        self.plot.setXRange(0, max(epochs, 1e-3), padding=0.01)

    def clear(self) -> None:
        for name in self.names:
            self.train[name].setData([], [])
            self.test[name].setData([], [])
            self.gap[name].setData([], [], [])
            self.marks[name].setData([], [])
            self.mark_labels[name].hide()

    def update(self, runs, epochs_per_update: float = 0.0) -> None:
        """Draw the curves; a diverged run gets a big × where it stopped, with "diverged" beside it."""
        for run in runs:
            if run.name not in self.train:
                continue
            self.train[run.name].setData(run.epochs, run.train_acc)
            self.test[run.name].setData(run.epochs, run.test_acc)
            self.gap[run.name].setData(run.epochs, run.test_acc, run.train_acc)
            label = self.mark_labels[run.name]
            if run.diverged and not label.isVisible():
                x = (run.diverged_step - 1) * epochs_per_update
                y = float(run.test_acc[-1]) if run.points else 0.1
                self.marks[run.name].setData([x], [y])
                label.setText(QCoreApplication.translate("OverfitAccuracy", "%1 diverged")
                              .replace("%1", self.labels[run.name]))
                label.setPos(x, y)
                label.show()

    def curve_data(self, name: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(epochs, training accuracy, test accuracy) as drawn (for tests)."""
        x, tr = self.train[name].getData()
        _, te = self.test[name].getData()
        return (np.asarray(x if x is not None else []), np.asarray(tr if tr is not None else []),
                np.asarray(te if te is not None else []))
