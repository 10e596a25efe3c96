"""One weight scale in the sweep grid: BN and plain accuracy curves and a divergence mark."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsTextItem

from gui.plotstyle import FONTS, pen
from gui.tabs.batchnorm.style import BN_COLOR, PLAIN_COLOR


class Panel:
    """One weight scale in the grid: BN and plain training accuracy (and test accuracy on demand)."""

    def __init__(self, plot: pg.PlotItem, index: int) -> None:
        self.plot = plot
        self.index = index
        self.bn = plot.plot([], [], pen=pen(BN_COLOR, 2.5))
        self.plain = plot.plot([], [], pen=pen(PLAIN_COLOR, 2.5, style=Qt.PenStyle.DashLine))
        self.bn_test = plot.plot([], [], pen=pen(BN_COLOR, 1.5, alpha=120))
        self.plain_test = plot.plot([], [], pen=pen(PLAIN_COLOR, 1.5, alpha=120, style=Qt.PenStyle.DashLine))
        # "✕ diverged" right of the title: a child of the title, outside the layout, so showing it re-lays out
        # nothing (a changed title made all 16 panels re-lay out and repaint mid-run).
        self.mark = QGraphicsTextItem(plot.titleLabel)
        self.mark.setFont(FONTS.font("heading", bold=True))
        self.mark.hide()
        self.mark_html = ""
        plot.titleLabel.geometryChanged.connect(self.place_mark)

    def set_mark(self, html: str) -> None:
        if html == self.mark_html:
            return
        self.mark_html = html
        self.mark.setHtml(html)
        self.mark.setVisible(bool(html))
        self.place_mark()

    def place_mark(self) -> None:
        title = self.plot.titleLabel.item
        self.mark.setPos(title.pos().x() + title.boundingRect().width(), title.pos().y())

    def clear(self) -> None:
        for curve in (self.bn, self.plain, self.bn_test, self.plain_test):
            curve.setData([], [])
        self.set_mark("")
