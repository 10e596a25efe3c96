"""The loss surface as a filled contour map: log-scaled height, contour lines, the known minima, where f overflows,
and the draggable start point."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject

from gui.scenes import release_items
from model.surfaces import grid_within, map_heights

GRID_POINTS = 240
N_LEVELS = 14


class SurfaceMap(QObject):
    """Draws a surface into ``plot`` (behind the paths) and keeps the start marker on it."""

    def __init__(self, plot: pg.PlotItem, start: tuple[float, float], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plot = plot
        self.surface = None
        self.finite: np.ndarray | None = None
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-20)
        plot.addItem(self.image)
        self.isocurves: list[pg.IsocurveItem] = []
        self.overflow_mark = pg.TextItem(color="#7A4B00", anchor=(0.5, 0.5), fill=pg.mkBrush(255, 255, 255, 200))
        mark_font = self.overflow_mark.textItem.font()
        mark_font.setPointSize(12)
        mark_font.setBold(True)
        self.overflow_mark.setFont(mark_font)
        self.overflow_mark.setZValue(11)
        self.overflow_mark.hide()
        plot.addItem(self.overflow_mark)
        self.minimum_marks = pg.ScatterPlotItem(symbol="+", size=18, pen=pg.mkPen("k", width=2), brush=None)
        self.minimum_marks.setZValue(1)  # over the paths, under their heads
        plot.addItem(self.minimum_marks)
        self.start_marker = pg.TargetItem(pos=start, size=16, movable=True, pen=pg.mkPen("k", width=2))
        self.start_marker.setZValue(15)
        plot.addItem(self.start_marker)

    def retranslate(self) -> None:
        self.start_marker.setToolTip(self.tr("Drag to move the start point"))
        self.overflow_mark.setText(self.tr("overflows here"))

    def draw(self, surface) -> None:
        """Filled contour map (log-scaled height) with contour lines, over the surface's view range."""
        self.surface = s = surface
        (x0, x1), (y0, y1) = s.xlim, s.ylim
        _xs, _ys, z_xy = grid_within(s, GRID_POINTS, budget=0.15)  # fewer points for a costly typed formula
        height, self.finite = map_heights(np.asarray(z_xy).T)  # rows are y, columns x; finite everywhere
        lo, hi = float(height.min()), float(height.max())
        self.image.setImage(height, levels=(lo, hi if hi > lo else lo + 1.0))
        self._place_overflow_mark()
        self.image.setColorMap(pg.ColorMap([0.0, 0.5, 1.0], ["#FFFFFF", "#D8E6F3", "#8FB2D6"]))
        self.image.setRect(pg.QtCore.QRectF(x0, y0, x1 - x0, y1 - y0))
        self._draw_contours(height, lo, hi)
        minima = getattr(s, "minima", None) or []
        self.minimum_marks.setData([m[0] for m in minima], [m[1] for m in minima])
        self.plot.setXRange(x0, x1, padding=0)
        self.plot.setYRange(y0, y1, padding=0)

    def _draw_contours(self, height: np.ndarray, lo: float, hi: float) -> None:
        release_items(self.isocurves)  # the scene must not keep a removed contour as its hover or grab item
        for iso in self.isocurves:  # children of the image, not of the plot: plot.removeItem would keep them
            scene = iso.scene()
            if scene is not None:
                scene.removeItem(iso)
            iso.setParentItem(None)
        self.isocurves = []
        levels = np.linspace(lo, hi, N_LEVELS + 2)[1:-1] if hi > lo else []
        for level in levels:
            # IsocurveItem draws in data-index coordinates of the image; the parent's transform maps them to x, y.
            iso = pg.IsocurveItem(data=height.T, level=float(level), pen=pg.mkPen("#6B7F99", width=1))
            iso.setParentItem(self.image)
            iso.setZValue(-10)
            self.isocurves.append(iso)

    def not_finite_share(self) -> float:
        """Percentage of the map where f overflows or is undefined (0 when it is finite everywhere)."""
        return 0.0 if self.finite is None else 100.0 * float((~self.finite).mean())

    def _place_overflow_mark(self) -> None:
        """A label on the map in the region where f is not finite (the middle point of it in reading order)."""
        bad = ~self.finite
        if not bad.any():
            self.overflow_mark.hide()
            return
        rows, cols = np.nonzero(bad)
        k = len(rows) // 2
        (x0, x1), (y0, y1) = self.surface.xlim, self.surface.ylim
        n_y, n_x = self.finite.shape
        self.overflow_mark.setPos(x0 + (x1 - x0) * cols[k] / max(n_x - 1, 1),
                                  y0 + (y1 - y0) * rows[k] / max(n_y - 1, 1))
        self.overflow_mark.setText(self.tr("overflows here"))
        self.overflow_mark.show()
