"""One look for every plot: a projector palette, a fixed colour per optimizer, pens and a growing buffer."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

OPTIMIZER_COLORS = {
    "SGD": "#0072B2",       # blue
    "Momentum": "#E69F00",  # orange
    "Nesterov": "#CC79A7",  # pink
    "AdaGrad": "#009E73",   # green
    "RMSprop": "#D55E00",   # vermilion
    "Adam": "#6A3D9A",      # purple
}
"""Okabe–Ito based colours, distinguishable with colour-blindness and on a washed-out projector; the same in every tab."""

SERIES_COLORS = ["#0072B2", "#D55E00", "#009E73", "#E69F00", "#CC79A7", "#6A3D9A", "#56B4E9", "#000000"]
"""Colours for series that are not optimizers (init schemes, BN vs plain ...)."""

LINE_WIDTH = 2.5
TITLE_SIZE = "13pt"


def configure_pyqtgraph() -> None:
    """Dark on white, antialiased. Must run before any plot widget exists: options are read at construction."""
    pg.setConfigOptions(antialias=True, background="w", foreground="k")


def color(name: str) -> QColor:
    return QColor(OPTIMIZER_COLORS.get(name, "#333333"))


def pen(name_or_hex: str, width: float = LINE_WIDTH, alpha: int = 255, style=None) -> pg.QtGui.QPen:
    c = QColor(OPTIMIZER_COLORS.get(name_or_hex, name_or_hex))
    c.setAlpha(alpha)
    p = pg.mkPen(c, width=width)
    if style is not None:
        p.setStyle(style)
    return p


def style_plot(plot: pg.PlotItem, title: str | None = None, x_label: str | None = None,
               y_label: str | None = None, x_units: str | None = None, y_units: str | None = None,
               grid: bool = True) -> None:
    """Readable titles and axis labels for a room: larger text, and a light grid unless ``grid`` is False.

    The grid costs about 20 ms per repaint of a large plot (offscreen raster engine): plots redrawn at 30 frames
    per second while the worker competes for the CPU should go without it.
    """
    if title is not None:
        plot.setTitle(title, size=TITLE_SIZE)
    if x_label is not None:
        plot.setLabel("bottom", x_label, units=x_units, **{"font-size": "11pt"})
    if y_label is not None:
        plot.setLabel("left", y_label, units=y_units, **{"font-size": "11pt"})
    plot.showGrid(x=grid, y=grid, alpha=0.15)


class GrowingBuffer:
    """A 1-D history that grows by amortised doubling; ``view()`` returns the filled part without copying."""

    def __init__(self, capacity: int = 1024, dtype=np.float64) -> None:
        self._data = np.empty(capacity, dtype=dtype)
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def clear(self) -> None:
        self._n = 0

    def extend(self, values) -> None:
        values = np.asarray(values, dtype=self._data.dtype).ravel()
        need = self._n + values.size
        if need > self._data.size:
            grown = np.empty(max(need, 2 * self._data.size), dtype=self._data.dtype)
            grown[: self._n] = self._data[: self._n]
            self._data = grown
        self._data[self._n:need] = values
        self._n = need

    def view(self) -> np.ndarray:
        return self._data[: self._n]
