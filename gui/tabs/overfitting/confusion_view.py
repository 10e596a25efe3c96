"""The test set's confusion matrix of one run: rows are the true digit, columns the predicted one, each cell the
number of test images. Correct answers (the diagonal) are grey; mistakes are coloured in the run's colour, the more
the darker, so the confusions that matter (4 taken for 9, 7 for 1 ...) stand out."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QColor, QFontMetricsF

from gui.plotstyle import FONTS, style_plot

DIAGONAL_GREY = (225, 225, 225)


def confusion_rgba(cm: np.ndarray, color: str) -> np.ndarray:
    """An (n, n, 4) uint8 image of ``cm``: the diagonal grey, off-diagonal cells from white (0) to ``color`` (the
    largest mistake count)."""
    n = cm.shape[0]
    off = cm.astype(float).copy()
    np.fill_diagonal(off, 0)
    top = off.max() if off.max() > 0 else 1.0
    strength = (off / top)[..., None]
    c = QColor(color)
    target = np.array([c.red(), c.green(), c.blue()], dtype=float)
    rgb = 255 * (1 - strength) + target * strength
    rgb[np.arange(n), np.arange(n)] = DIAGONAL_GREY
    rgba = np.empty((n, n, 4), dtype=np.uint8)
    rgba[..., :3] = np.round(rgb)
    rgba[..., 3] = 255
    return rgba


class ConfusionView:
    """An image of the matrix with the counts written in the cells. When a cell is narrower than the widest count
    (full MNIST: 3-4 digits in a small plot) the numbers are hidden and the colours speak alone; hovering a cell
    tells its count in a tooltip either way."""

    def __init__(self, plot: pg.PlotItem, n_classes: int = 10) -> None:
        self.plot = plot
        self.n = n_classes
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setAspectLocked(True)
        plot.invertY(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setRect(QRectF(-0.5, -0.5, n_classes, n_classes))
        plot.addItem(self.image)
        plot.setXRange(-0.5, n_classes - 0.5, padding=0)
        plot.setYRange(-0.5, n_classes - 0.5, padding=0)
        ticks = [[(i, str(i)) for i in range(n_classes)]]
        for axis in ("bottom", "left"):
            plot.getAxis(axis).setTicks(ticks)
        self.cells: list[list[pg.TextItem]] = []
        font = FONTS.font("small")
        self._metrics = QFontMetricsF(font)
        self.numbers_shown = True
        self._tick_step = 1
        for r in range(n_classes):
            row = []
            for c in range(n_classes):
                item = pg.TextItem("", color="#111111", anchor=(0.5, 0.5))
                item.setFont(font)
                item.setPos(c, r)
                plot.addItem(item)
                row.append(item)
            self.cells.append(row)
        self.matrix: np.ndarray | None = None
        self._dark: np.ndarray | None = None
        self._color = ""
        plot.vb.sigResized.connect(lambda _vb: self._fit_numbers())
        plot.scene().sigMouseMoved.connect(self._hover)
        self.retranslate("")

    def cell_pixels(self) -> float:
        """The width of one cell on screen (the aspect is locked: the smaller side of the view decides)."""
        rect = self.plot.vb.sceneBoundingRect()
        return min(rect.width(), rect.height()) / self.n

    def _fit_numbers(self) -> None:
        """Numbers in the cells only when the widest count fits a cell (with a little air); every digit on the
        axes only when a cell is as tall as a tick label, else every other one."""
        cell = self.cell_pixels()
        axis = self.plot.getAxis("left")
        step = 1 if cell >= QFontMetricsF(axis.style["tickFont"] or axis.font()).height() else 2
        if step != self._tick_step:
            self._tick_step = step
            ticks = [[(i, str(i)) for i in range(0, self.n, step)]]
            for axis in ("bottom", "left"):
                self.plot.getAxis(axis).setTicks(ticks)
        widest = int(self.matrix.max()) if self.matrix is not None else 0
        show = self._metrics.horizontalAdvance(str(widest)) + 4 <= cell
        if show != self.numbers_shown:
            self.numbers_shown = show
            for row in self.cells:
                for item in row:
                    item.setVisible(show)

    def _hover(self, pos) -> None:
        """A tooltip with the count of the cell under the mouse."""
        if self.matrix is None or not self.plot.vb.sceneBoundingRect().contains(pos):
            self.image.setToolTip("")
            return
        point = self.plot.vb.mapSceneToView(pos)
        c, r = round(point.x()), round(point.y())
        if 0 <= r < self.n and 0 <= c < self.n:
            self.image.setToolTip(QCoreApplication.translate("OverfitConfusion", "true %1, predicted %2: %3 images")
                                  .replace("%1", str(r)).replace("%2", str(c)).replace("%3", str(int(self.matrix[r, c]))))
    def retranslate(self, run_label: str) -> None:
        with_run = QCoreApplication.translate("OverfitConfusion", "Test confusion matrix: %1")
        title = with_run.replace("%1", run_label) if run_label else QCoreApplication.translate("OverfitConfusion", "Test confusion matrix")
        style_plot(self.plot, title, QCoreApplication.translate("OverfitConfusion", "predicted digit"),
                   QCoreApplication.translate("OverfitConfusion", "true digit"), grid=False)

    def clear(self) -> None:
        self.matrix = None
        self._dark = None
        self.image.clear()
        for row in self.cells:
            for item in row:
                item.setText("")

    def show(self, cm: np.ndarray | None, color: str) -> None:
        """Draw ``cm`` (or clear for None); redraws only what changed."""
        if cm is None:
            self.clear()
            return
        if self.matrix is not None and np.array_equal(cm, self.matrix) and self._color == color:
            return
        self._color = color
        self.image.setImage(confusion_rgba(cm, color), levels=(0, 255))
        self.image.setRect(QRectF(-0.5, -0.5, self.n, self.n))  # after setImage, which resets the geometry
        off = np.where(np.eye(self.n, dtype=bool), 0, cm)
        dark = off > 0.6 * max(int(off.max()), 1)  # white digits on the darkest cells
        was_dark = self._dark
        for r in range(self.n):
            for c in range(self.n):
                v = int(cm[r, c])
                if self.matrix is None or int(self.matrix[r, c]) != v:
                    self.cells[r][c].setText(str(v) if v else "")
                if was_dark is None or was_dark[r, c] != dark[r, c]:  # setColor re-lays out the text: only on a change
                    self.cells[r][c].setColor("#ffffff" if dark[r, c] else "#111111")
        self.matrix = np.array(cm, copy=True)
        self._dark = dark
        self._fit_numbers()

    def cell_text(self, r: int, c: int) -> str:
        """The number written in cell (r, c) (kept while hidden), for tests."""
        return self.cells[r][c].textItem.toPlainText()
