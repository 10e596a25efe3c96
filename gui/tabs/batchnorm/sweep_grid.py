"""The sweep: one small panel per weight scale (ceil(√n) columns) with both networks' accuracy curves, shared axes,
one legend and shared axis labels."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from gui.format import fmt_scale
from gui.plotstyle import FONTS, freeze_plot, grid_shape
from gui.scenes import release_scene
from gui.tabs.batchnorm.style import BN_COLOR, PLAIN_COLOR, REFERENCE_COLOR
from gui.tabs.batchnorm.sweep_legend import SweepLegend
from gui.tabs.batchnorm.sweep_panel import Panel
from model.experiments.batchnorm import BatchNormSweepSnapshot


class SweepGrid(pg.GraphicsLayoutWidget):
    """``build(n, epochs, eval_test)`` lays out the panels, ``draw(snapshot)`` fills them, ``panel_at`` finds the
    panel under a click."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.ci.setSpacing(6)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.panels: list[Panel] = []
        self.legend: SweepLegend | None = None
        self.epochs: int | None = None
        self._drawn_key = None

    def build(self, n: int, epochs: int, eval_test: bool) -> None:
        """Lay out n small panels (ceil(√n) columns), one shared legend, shared axis labels, linked axes."""
        ci = self.ci
        release_scene(self.scene())  # before any item goes (see gui/scenes.py)
        ci.clear()
        rows, cols = grid_shape(n)
        if self.legend is None:
            self.legend = SweepLegend(ci, row=0, col=1, colspan=cols)
        else:
            self.legend.attach(ci, row=0, col=1, colspan=cols)
        self.y_label = ci.addLabel(row=1, col=0, rowspan=rows, angle=-90)
        self.panels = []
        self._x_max = max(epochs - 1, 1)
        y_ticks = [[(0.0, "0"), (0.5, "0.5"), (1.0, "1")], [(v, "") for v in (0.25, 0.75)]]
        first = None
        for i in range(n):
            r, c = divmod(i, cols)
            plot = ci.addPlot(row=r + 1, col=c + 1)
            freeze_plot(plot, "label")
            # Two reference lines instead of a grid: a grid makes every repaint of the grid 5x slower (25 ms).
            for level in (0.5, 1.0):
                plot.addItem(pg.InfiniteLine(pos=level, angle=0, pen=pg.mkPen(REFERENCE_COLOR, width=1)))
            plot.setYRange(0, 1, padding=0.06)
            plot.setXRange(0, self._x_max, padding=0.03)
            plot.getAxis("left").setTicks(y_ticks)
            plot.getAxis("left").setStyle(hideOverlappingLabels=False)
            if first is None:
                first = plot
            else:
                plot.setXLink(first)
                plot.setYLink(first)
            if c > 0:
                plot.getAxis("left").setStyle(showValues=False)
                plot.getAxis("left").setWidth(6)
            if i + cols < n:  # a panel below: no tick labels here
                plot.getAxis("bottom").setStyle(showValues=False)
                plot.getAxis("bottom").setHeight(6)
            self.panels.append(Panel(plot, i))
        self.x_label = ci.addLabel(row=rows + 1, col=1, colspan=cols)
        layout = ci.layout
        for c in range(1, cols + 1):
            layout.setColumnStretchFactor(c, 1)
        for r in range(1, rows + 1):
            layout.setRowStretchFactor(r, 1)
        self.epochs = epochs
        self.set_panel_test(eval_test)
        # Qt shrank the layout to its maximum size while it held only the (fixed-height) legend row; give it the
        # whole view again (pyqtgraph only does this on a resize of the view).
        self.setRange(self.range, padding=0, disableAutoPixel=False)

    def set_panel_test(self, eval_test: bool) -> None:
        for p in self.panels:
            p.bn_test.setVisible(eval_test)
            p.plain_test.setVisible(eval_test)

    def panel_at(self, scene_pos) -> int | None:
        for p in self.panels:
            if p.plot.sceneBoundingRect().contains(scene_pos):
                return p.index
        return None

    def retranslate(self, eval_test: bool, scales) -> None:
        """Axis labels, legend entries and panel titles (``scales``: the weight scale of each panel)."""
        if not self.panels:
            return
        self.y_label.setText(self.tr("accuracy") if eval_test else self.tr("training accuracy"),
                             size=FONTS.css("heading"))
        self.x_label.setText(self.tr("epoch"), size=FONTS.css("heading"))
        entries = {"bn": self.tr("with BN"), "plain": self.tr("without BN")}
        if eval_test:
            entries = {"bn": self.tr("with BN, training"), "plain": self.tr("without BN, training"),
                       "bn_test": self.tr("with BN, test"), "plain_test": self.tr("without BN, test")}
        self.legend.set_entries(entries)
        for p, w in zip(self.panels, scales):
            p.plot.setTitle(self.scale_title(w), size=FONTS.css("heading"))
            p.mark_html = None  # its text is translated too: set again by draw
        self._drawn_key = None

    def scale_title(self, w: float) -> str:
        return self.tr("W = %1").replace("%1", fmt_scale(w))

    def forget_drawn(self) -> None:
        """The next ``draw`` draws whatever it is given (after a reset)."""
        self._drawn_key = None

    def draw(self, snap: BatchNormSweepSnapshot) -> tuple[bool, list[str]]:
        """Update the panels if an epoch or a divergence is new. Returns (drawn, the scales whose plain network
        diverged, as titles show them)."""
        key = (snap.epoch, tuple((s.bn_diverged, s.plain_diverged) for s in snap.scales))
        if key == self._drawn_key:
            return False, []
        self._drawn_key = key
        diverged = []
        for p, s in zip(self.panels, snap.scales):
            x = np.arange(len(s.bn_train_acc))
            p.bn.setData(x, s.bn_train_acc)
            p.plain.setData(x, s.plain_train_acc)
            if s.bn_test_acc is not None:
                p.bn_test.setData(x, s.bn_test_acc)
                p.plain_test.setData(x, s.plain_test_acc)
            marks = []
            if s.bn_diverged:
                marks.append(f"<b style='color:{BN_COLOR}'>" + self.tr("✕ BN diverged") + "</b>")
            if s.plain_diverged:
                marks.append(f"<b style='color:{PLAIN_COLOR}'>" + self.tr("✕ diverged") + "</b>")
                diverged.append(fmt_scale(s.scale))
            p.set_mark(" ".join(marks))
        return True, diverged
