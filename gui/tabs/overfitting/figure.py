"""The overfitting lab's four plots in one figure that reflows with its width: on a wide screen the accuracy plot
spans the top and the weight norms, the loss (its legend beside it) and the confusion matrix share the row below;
on a narrow one (a 1024 px projector beside the controls) the accuracy plot keeps the top, the weight norms and the
confusion matrix share the second row and the loss takes the third, with its legend beside it."""
from __future__ import annotations

import pyqtgraph as pg

from gui.plotstyle import fit_to_view
from gui.tabs.overfitting.accuracy_view import AccuracyView
from gui.tabs.overfitting.confusion_view import ConfusionView
from gui.tabs.overfitting.loss_view import LossView
from gui.tabs.overfitting.weights_view import WeightNormView
from model.experiments.overfitting import BASELINE, REGULARIZED

WIDE = 900
"""From this width (px) on, three plots share the second row."""
MIN_HEIGHT = {True: 440, False: 700}
"""The least height of the figure, wide and narrow (two or three rows of a title, a plot and an axis): under it the
lab's results column scrolls rather than squeezing the plots. Narrow, the titles wrap to three lines."""


class OverfitFigure(pg.GraphicsLayoutWidget):
    """Accuracy, weight norms, loss (with its legend outside the plot) and confusion matrix."""

    def __init__(self, colors: dict[str, str], n_layers: int, parent=None) -> None:
        super().__init__(parent)
        fit_to_view(self)
        ci = self.ci
        self.accuracy = AccuracyView(ci.addPlot(row=0, col=0), colors)
        self.confusion = ConfusionView(ci.addPlot(row=1, col=1))
        self.norms = WeightNormView(ci.addPlot(row=1, col=0), colors, n_layers)
        self.loss_legend = pg.LegendItem()  # outside the loss plot: inside, it covered the curves
        ci.addItem(self.loss_legend, row=2, col=1)
        self.loss = LossView(ci.addPlot(row=2, col=0), (BASELINE, colors[BASELINE]),
                             (REGULARIZED, colors[REGULARIZED]), self.loss_legend)
        self.wide: bool | None = None
        self._place(wide=False)

    def _place(self, wide: bool) -> None:
        """Put the four plots and the legend in the wide or the narrow arrangement."""
        if wide == self.wide:
            return
        self.wide = wide
        ci = self.ci
        items = (self.accuracy.plot, self.norms.plot, self.loss.plot, self.confusion.plot, self.loss_legend)
        for item in items:
            ci.removeItem(item)
        if wide:  # accuracy, norms, loss, confusion, legend as (row, column, columns spanned)
            cells = ((0, 0, 4), (1, 0, 1), (1, 1, 1), (1, 3, 1), (1, 2, 1))
            stretch = {0: 4, 1: 3, 2: 0}
            columns = {0: 4, 1: 4, 2: 0, 3: 4}
        else:
            cells = ((0, 0, 2), (1, 0, 1), (2, 0, 1), (1, 1, 1), (2, 1, 1))
            stretch = {0: 4, 1: 3, 2: 3}
            columns = {0: 3, 1: 2, 2: 0, 3: 0}
        for item, (row, col, span) in zip(items, cells):
            ci.addItem(item, row=row, col=col, colspan=span)
        for row, factor in stretch.items():
            ci.layout.setRowStretchFactor(row, factor)
        for col, factor in columns.items():
            ci.layout.setColumnStretchFactor(col, factor)
        self.setMinimumHeight(MIN_HEIGHT[wide])

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if hasattr(self, "loss"):  # (pyqtgraph resizes the view while it is built)
            self._place(self.width() >= WIDE)
        super().resizeEvent(event)
