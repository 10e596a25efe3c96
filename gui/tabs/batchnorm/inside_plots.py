"""Pieces of the inside view: one layer's histogram plot, points and error bars drawn at finite values only."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from gui.plotstyle import filled_histogram, FONTS


class HistogramPlot:
    """One hidden layer's activation histogram (percent of all values; exact zeros reported apart as text)."""

    def __init__(self, plot: pg.PlotItem, label: pg.LabelItem, color: str) -> None:
        self.plot = plot
        self.label = label
        self.bars = filled_histogram(plot, color, 150)
        self.text = ""
        self.axis_text = ""
        self.ranges: tuple[float, float] | None = None

    def set_text(self, text: str) -> None:
        if text != self.text:  # a LabelItem re-lays out its row on every setText
            self.text = text
            self.label.setText(text, size=FONTS.css("tick"))


def set_points(curve: pg.PlotDataItem, x: np.ndarray, y: np.ndarray) -> None:
    """Plot ``y`` against ``x``, or nothing when no value is finite (pyqtgraph warns on an all-NaN scatter)."""
    if np.isfinite(y).any():
        curve.setData(x[: len(y)], y)
    else:
        curve.setData([], [])


def set_bars(bars: pg.ErrorBarItem, x: np.ndarray, y: np.ndarray, height: np.ndarray) -> None:
    """Error bars at the finite values only."""
    keep = np.isfinite(y) & np.isfinite(height)
    bars.setData(x=x[: len(y)][keep], y=y[keep], height=height[keep])
