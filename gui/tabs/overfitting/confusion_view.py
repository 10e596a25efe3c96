"""The test set's confusion matrix of one run: rows are the true digit, columns the predicted one, each cell the
number of test images. Correct answers (the diagonal) are grey; mistakes are coloured in the run's colour, the more
the darker, so the confusions that matter (4 taken for 9, 7 for 1 ...) stand out."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
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


class CellNumbers(pg.GraphicsObject):
    """The counts of an n×n matrix written in its cells (cell (r, c) centred on x = c, y = r), as one item.

    One item painting a hundred short strings costs far less per frame than a hundred text items (each re-lays out
    its text on a change and recomputes its transform at every paint). The text keeps its size in pixels whatever
    the zoom: each cell centre is mapped to device coordinates and the text drawn there, unscaled.
    """

    def __init__(self, n: int, font) -> None:
        super().__init__()
        self.n = n
        self._font = font
        self._texts: list[list[str]] = [[""] * n for _ in range(n)]
        self._dark = np.zeros((n, n), dtype=bool)

    def set_counts(self, counts: np.ndarray | None, dark: np.ndarray | None) -> None:
        """Write ``counts`` (0 is left blank); cells where ``dark`` is set get white digits. None clears."""
        if counts is None:
            self._texts = [[""] * self.n for _ in range(self.n)]
            self._dark[...] = False
        else:
            self._texts = [[str(int(v)) if v else "" for v in row] for row in counts]
            self._dark = np.asarray(dark, dtype=bool).copy()
        self.update()

    def text(self, r: int, c: int) -> str:
        return self._texts[r][c]

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return QRectF(-0.5, -0.5, self.n, self.n)

    def paint(self, painter, *args) -> None:
        to_device = painter.transform()
        cell = to_device.map(QPointF(1, 1)) - to_device.map(QPointF(0, 0))
        w, h = abs(cell.x()), abs(cell.y())
        painter.save()
        painter.resetTransform()
        painter.setFont(self._font)
        colors = (QColor("#111111"), QColor("#ffffff"))
        for r, row in enumerate(self._texts):
            for c, text in enumerate(row):
                if not text:
                    continue
                centre = to_device.map(QPointF(c, r))
                painter.setPen(colors[int(self._dark[r, c])])
                painter.drawText(QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h), Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


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
        font = FONTS.font("small")
        self._metrics = QFontMetricsF(font)
        self.numbers = CellNumbers(n_classes, font)
        self.numbers.setZValue(10)
        plot.addItem(self.numbers)
        self.numbers_shown = True
        self._tick_step = 1
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
            self.numbers.setVisible(show)

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
    def retranslate(self, run_label: str, force: bool = True) -> None:
        """Title and axis labels for ``run_label``; with ``force`` False only when the label changed (restyling the
        axes makes them redraw their ticks: not at every frame)."""
        if not force and run_label == getattr(self, "_run_label", None):
            return
        self._run_label = run_label
        with_run = QCoreApplication.translate("OverfitConfusion", "Test confusion matrix: %1")
        title = with_run.replace("%1", run_label) if run_label else QCoreApplication.translate("OverfitConfusion", "Test confusion matrix")
        style_plot(self.plot, title, QCoreApplication.translate("OverfitConfusion", "predicted digit"),
                   QCoreApplication.translate("OverfitConfusion", "true digit"), grid=False)

    def clear(self) -> None:
        self.matrix = None
        self._dark = None
        self.image.clear()
        self.numbers.set_counts(None, None)

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
        self.numbers.set_counts(cm, dark)
        self.matrix = np.array(cm, copy=True)
        self._dark = dark
        self._fit_numbers()

    def cell_text(self, r: int, c: int) -> str:
        """The number written in cell (r, c) (kept while hidden), for tests."""
        return self.numbers.text(r, c)
