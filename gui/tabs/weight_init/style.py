"""Colours and names shared by the lab's two views: one colour per initialization, the same in both."""
from __future__ import annotations

import pyqtgraph as pg

from gui.plotstyle import SERIES_COLORS, freeze_plot

INIT_COLORS = {"std=0.01": SERIES_COLORS[0], "Xavier": SERIES_COLORS[1], "He": SERIES_COLORS[2],
               "std=1": SERIES_COLORS[3]}
"""One colour per initialization (run names as ``init_compare.init_name`` gives them)."""
CUSTOM_COLOR = SERIES_COLORS[4]
ZERO_COLOR = "#5A5A5A"
"""The bar of values that are exactly 0 (ReLU's switched-off units), drawn apart from the histogram."""

STD_CHOICES = ("1", "0.01", "xavier", "he", "custom")
"""The weight-std radio buttons of the histogram view; MNIST_INITS the check boxes of the training view."""
MNIST_INITS = ("0.01", "xavier", "he")
STD_VALUES = {"1": 1.0, "0.01": 0.01, "xavier": "xavier", "he": "he"}
STD_NAMES = {"1": "std=1", "0.01": "std=0.01", "xavier": "Xavier", "he": "He"}


def init_color(name: str) -> str:
    return INIT_COLORS.get(name, CUSTOM_COLOR)


def freeze_histogram_plot(plot: pg.PlotItem) -> None:
    """A frozen figure whose axes are cached pictures (painting every axis of 20 plots at each slider move cost
    more than the model's computation); the end ticks (0 and 1) stay visible."""
    freeze_plot(plot, cache_axes=True)
    plot.getAxis("bottom").setStyle(hideOverlappingLabels=14)
