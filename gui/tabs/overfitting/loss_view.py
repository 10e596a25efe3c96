"""The training loss split in two: the data loss (cross-entropy of the mini-batches) and, stacked on it, the weight
decay term ½λΣ‖W_l‖². The baseline is a line (it has no decay term); the regularised run's decay term is a band from
its data loss up to its total loss, so one sees what weight decay trades: a higher data loss for smaller weights,
and how much of the loss the penalty is. The loss axis is logarithmic (see ``LOSS_RANGE``)."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from gui.band_item import BandItem
from gui.plotstyle import FONTS, pen, style_plot, wrap_legend
from gui.scenes import release_items

LOSS_RANGE = (1e-3, 3.0)
"""Initial range of the (logarithmic) loss axis: ln 10 ≈ 2.3 is an untrained 10-class network; the memorising
network's data loss falls below 0.01. Log scale, because the decay term (½·0.1·Σ‖W‖² ≈ 60 at the start for the
book's λ = 0.1) is a hundred times the data loss: on a linear axis the data loss would be a flat line at 0."""
FLOOR = LOSS_RANGE[0]
"""Losses below this are drawn at it (the bottom of the log axis)."""


def _color(c: str, alpha: int) -> pg.QtGui.QColor:
    q = pg.QtGui.QColor(c)
    q.setAlpha(alpha)
    return q


class LossView:
    """Data loss of both runs; the regularised run's decay term stacked on its data loss."""

    def __init__(self, plot: pg.PlotItem, baseline: tuple[str, str], regularized: tuple[str, str],
                 legend: pg.LegendItem | None = None) -> None:
        """``legend``: where the entries go (e.g. one placed under the plot, clear of the curves); by default one in
        the plot's lower left corner."""
        self.plot = plot
        self.base_name, base_color = baseline
        self.reg_name, reg_color = regularized
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        for axis in ("left", "bottom"):  # no SI-prefix relabelling (and relayout) at every redraw
            plot.getAxis(axis).enableAutoSIPrefix(False)
        plot.setLogMode(y=True)
        self._set_range(LOSS_RANGE[1])
        self.reg_data = plot.plot([], [], pen=pen(reg_color, 2.0))
        self.reg_total = plot.plot([], [], pen=pen(reg_color, 2.5))
        self.decay_fill = BandItem(_color(reg_color, 120))  # in log10 units: the y axis is logarithmic
        self.decay_fill.setZValue(-5)
        plot.addItem(self.decay_fill)
        self.base_data = plot.plot([], [], pen=pen(base_color, 2.5))
        # Legend sample of the band: a filled square (pyqtgraph draws a bar graph's sample so; a FillBetweenItem
        # crashes its ItemSample, and a filled curve's sample is an odd triangle).
        self.decay_sample = pg.BarGraphItem(x=[], height=[], width=1, pen=pen(reg_color, 1.5),
                                            brush=pg.mkBrush(_color(reg_color, 120)))
        if legend is None:
            legend = plot.addLegend(offset=(10, -10))
        self.legend = legend
        self.legend.setLabelTextSize(FONTS.css("tick"))
        self.labels = {self.base_name: self.base_name, self.reg_name: self.reg_name}
        self.retranslate(self.labels)

    def retranslate(self, labels: dict[str, str]) -> None:
        self.labels = dict(labels)
        style_plot(self.plot, QCoreApplication.translate("OverfitLoss", "Training loss = data loss + decay term"),
                   QCoreApplication.translate("OverfitLoss", "epoch"),
                   QCoreApplication.translate("OverfitLoss", "loss (log scale)"), grid=False)
        data = QCoreApplication.translate("OverfitLoss", "%1: data loss")
        decay = QCoreApplication.translate("OverfitLoss", "%1: + decay term ½λΣ‖W‖²")
        release_items(self.legend)  # its entries go (see gui/scenes.py)
        self.legend.clear()
        self.legend.addItem(self.base_data, data.replace("%1", labels[self.base_name]))
        self.legend.addItem(self.reg_data, data.replace("%1", labels[self.reg_name]))
        self.legend.addItem(self.decay_sample, decay.replace("%1", labels[self.reg_name]))
        wrap_legend(self.legend, 100)

    def set_epochs(self, epochs: float) -> None:
        self.plot.setXRange(0, max(epochs, 1e-3), padding=0.01)

    def clear(self) -> None:
        for item in (self.reg_data, self.reg_total, self.base_data):
            item.setData([], [])
        self.decay_fill.setData([], [], [])
        self._set_range(LOSS_RANGE[1])

    def _set_range(self, top: float) -> None:
        self._top = top
        self.plot.setYRange(np.log10(LOSS_RANGE[0]), np.log10(top), padding=0)

    def update(self, runs) -> None:
        top = 0.0
        for run in runs:
            ok = np.isfinite(run.data_loss)
            x = run.epochs[ok]
            data = np.maximum(run.data_loss[ok], FLOOR)
            total = np.maximum(run.total_loss[ok], FLOOR)
            if run.name == self.base_name:
                self.base_data.setData(x, data)
            elif run.name == self.reg_name:
                self.reg_data.setData(x, data)
                self.reg_total.setData(x, total)
                self.decay_fill.setData(x, np.log10(data), np.log10(total))
            if len(total):
                top = max(top, float(np.max(total)))
        if top > self._top:  # grow to fit a heavy decay term; never jump down while running
            self._set_range(2 * top)
