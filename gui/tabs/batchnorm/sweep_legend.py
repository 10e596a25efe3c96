"""One legend for a whole grid of plots, in its own row."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt

from gui.plotstyle import FONTS, pen
from gui.scenes import release_scene
from gui.tabs.batchnorm.style import BN_COLOR, PLAIN_COLOR


def _legend_sample(p) -> pg.PlotDataItem:
    return pg.PlotDataItem([], [], pen=p)


class SweepLegend:
    """One legend for the whole grid, centred in its own row of the layout.

    The legend is made once and kept: a rebuilt grid puts the same legend back (:meth:`attach`), and its entries are
    replaced only when their names change, always after :func:`gui.scenes.release_scene` (a hovered or clicked
    legend that was deleted by a rebuild crashed the app on the next click).
    """

    def __init__(self, layout: pg.GraphicsLayout, row: int, col: int, colspan: int) -> None:
        self.holder = pg.GraphicsWidget()
        self.holder.setMinimumHeight(30)
        self.holder.setMaximumHeight(30)
        self.legend = pg.LegendItem(colCount=4, labelTextSize=FONTS.css("heading"), horSpacing=30, offset=None)
        self.legend.setParentItem(self.holder)
        self.legend.anchor(itemPos=(0.5, 0.5), parentPos=(0.5, 0.5))
        self.attach(layout, row, col, colspan)
        self.samples = {
            "bn": _legend_sample(pen(BN_COLOR, 3.0)),
            "plain": _legend_sample(pen(PLAIN_COLOR, 3.0, style=Qt.PenStyle.DashLine)),
            "bn_test": _legend_sample(pen(BN_COLOR, 1.5, alpha=120)),
            "plain_test": _legend_sample(pen(PLAIN_COLOR, 1.5, alpha=120, style=Qt.PenStyle.DashLine)),
        }
        self.names: dict[str, str] = {}

    def attach(self, layout: pg.GraphicsLayout, row: int, col: int, colspan: int) -> None:
        """Put the legend into ``layout`` (again, after ``layout.clear()`` took it out)."""
        layout.addItem(self.holder, row=row, col=col, colspan=colspan)

    def set_entries(self, names: dict[str, str]) -> None:
        if names == self.names:
            return
        release_scene(self.legend.scene())
        self.legend.clear()
        self.names = dict(names)
        for key, name in names.items():
            self.legend.addItem(self.samples[key], name)

    def labels(self) -> list[str]:
        return [label.text for _, label in self.legend.items]
