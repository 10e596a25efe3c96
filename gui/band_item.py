"""A shaded band between two curves drawn as one closed polygon.

pyqtgraph's ``FillBetweenItem`` rebuilds its path from both curves' paths whenever either curve changes, so a frame
that sets both curves builds it twice, and each build walks and joins the curves' painter paths in Python. A band
whose lower and upper edges are known as arrays is cheaper as one polygon: along the lower edge left to right, back
along the upper edge right to left, closed. ``setData`` builds it once a frame.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

__all__ = ["BandItem"]


class BandItem(QGraphicsPathItem):
    """The area between y = ``low(x)`` and y = ``high(x)``, filled with ``brush``, no outline.

    Points where either edge is not finite are left out. The item draws in the plot's coordinates as given: in a
    plot with a logarithmic axis pass log10 values (``PlotDataItem`` does that conversion itself, this item does not).
    """

    def __init__(self, brush) -> None:
        super().__init__()
        self.setBrush(pg.mkBrush(brush))
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self._x = np.zeros(0)

    def setData(self, x, low, high) -> None:  # noqa: N802 - pyqtgraph's naming
        x, low, high = (np.asarray(a, dtype=float) for a in (x, low, high))
        keep = np.isfinite(x) & np.isfinite(low) & np.isfinite(high)
        x, low, high = x[keep], low[keep], high[keep]
        self._x = x
        if len(x) < 2:
            self.setPath(QPainterPath())
            return
        path = pg.arrayToQPath(np.concatenate([x, x[::-1]]), np.concatenate([low, high[::-1]]), connect="all")
        path.closeSubpath()
        self.setPath(path)

    def point_count(self) -> int:
        """How many x positions the band spans (for tests)."""
        return len(self._x)
