"""The inside of one scale's two networks: the activation histogram of every hidden layer with and without BN, and
the BN layers' running statistics (test mode) next to this mini-batch's (training mode)."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from gui.format import axis_exponent, fmt_number, fmt_percent, nice_ceil, power_of_ten
from gui.plotstyle import FONTS, fit_to_view, freeze_plot, linked_plots, pen, wrap_title
from gui.scenes import release_scene
from gui.tabs.batchnorm.inside_plots import HistogramPlot, set_bars, set_points
from gui.tabs.batchnorm.style import BATCH_STAT_COLOR, BN_COLOR, PLAIN_COLOR
from model.experiments.batchnorm import InsideView


class InsideFigure(pg.GraphicsLayoutWidget):
    """``draw(inside)`` shows an ``InsideView``; ``measured`` and ``ratios`` say what the running statistics were."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        fit_to_view(self)
        self.ci.setSpacing(2)
        self.n_layers = 0
        self.measured = False
        self.ratios: list[float] = []
        self.bn_rows: list[HistogramPlot] = []
        self.plain_rows: list[HistogramPlot] = []

    def build(self, n_layers: int) -> None:
        """One histogram per hidden layer and network (two rows), the BN statistics on the right."""
        ci = self.ci
        release_scene(self.scene())  # before any item goes (see gui/scenes.py)
        ci.clear()
        self.bn_rows, self.plain_rows = [], []
        self.bn_header = ci.addLabel(row=0, col=0, angle=-90)
        self.plain_header = ci.addLabel(row=2, col=0, angle=-90)
        for row, rows, color in ((0, self.bn_rows, BN_COLOR), (2, self.plain_rows, PLAIN_COLOR)):
            # The layers of one network share their axes (a diverged net must not flatten the other).
            cells = [(row, j + 1) for j in range(n_layers)]
            for (r, c), plot in zip(cells, linked_plots(ci, cells, link_x=True, inner_axis_width=6)):
                label = ci.addLabel(row=r + 1, col=c)
                wrap_title(label, 40)  # the numbers wrap under a narrow histogram instead of widening the figure
                rows.append(HistogramPlot(plot, label, color))
        self._build_stats(n_layers)
        layout = ci.layout
        for c in range(1, n_layers + 1):
            layout.setColumnStretchFactor(c, 3)
        layout.setColumnStretchFactor(n_layers + 1, 5)
        layout.setRowStretchFactor(0, 5)
        layout.setRowStretchFactor(2, 5)
        self.n_layers = n_layers
        self.retranslate()
        # The whole view again (see SweepGrid.build).
        self.setRange(self.range, padding=0, disableAutoPixel=False)

    def _build_stats(self, n_layers: int) -> None:
        """Per BN layer: mean ± spread (running vs this batch) on top, variance (log) below."""
        ci = self.ci
        self.mean_plot = ci.addPlot(row=0, col=n_layers + 1, rowspan=2)
        self.var_plot = ci.addPlot(row=2, col=n_layers + 1, rowspan=2)
        for plot in (self.mean_plot, self.var_plot):
            freeze_plot(plot, "tick")
            wrap_title(plot.titleLabel)
            plot.setMinimumWidth(140)
            plot.showGrid(x=False, y=True, alpha=0.2)
            plot.setXRange(0.5, n_layers + 0.5, padding=0)
            plot.getAxis("bottom").setTicks([[(i, str(i)) for i in range(1, n_layers + 1)]])
        self.var_plot.setLogMode(x=False, y=True)
        self.running_mean_curve = self.mean_plot.plot([], [], pen=None, symbol="s", symbolSize=10,
                                                      symbolBrush=BN_COLOR, symbolPen=None)
        self.batch_mean_curve = self.mean_plot.plot([], [], pen=None, symbol="o", symbolSize=10,
                                                    symbolBrush=None, symbolPen=pen(BATCH_STAT_COLOR, 2))
        self.running_mean_bars = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), height=np.zeros(0),
                                                 pen=pen(BN_COLOR, 1.5), beam=0.12)
        self.batch_mean_bars = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), height=np.zeros(0),
                                               pen=pen(BATCH_STAT_COLOR, 1.5), beam=0.12)
        self.mean_plot.addItem(self.running_mean_bars)
        self.mean_plot.addItem(self.batch_mean_bars)
        self.running_var_curve = self.var_plot.plot([], [], pen=pen(BN_COLOR, 2.5), symbol="s", symbolSize=10,
                                                    symbolBrush=BN_COLOR, symbolPen=None, connect="finite")
        self.batch_var_curve = self.var_plot.plot([], [], pen=pen(BATCH_STAT_COLOR, 2, style=Qt.PenStyle.DashLine),
                                                  symbol="o", symbolSize=10, symbolBrush=None,
                                                  symbolPen=pen(BATCH_STAT_COLOR, 2), connect="finite")

    def retranslate(self) -> None:
        if not self.n_layers:
            return
        # One word per line: the rotated header must fit the height of one row of histograms.
        self.bn_header.setText(self.tr("with BN").replace(" ", "<br>"), size=FONTS.css("title"), bold=True,
                               color=BN_COLOR)
        self.plain_header.setText(self.tr("without BN").replace(" ", "<br>"), size=FONTS.css("title"), bold=True,
                                  color=PLAIN_COLOR)
        for j, hp in enumerate(self.bn_rows):
            hp.plot.setTitle(self.tr("Layer %1").replace("%1", str(j + 1)), size=FONTS.css("label"))
        for rows in (self.bn_rows, self.plain_rows):
            rows[0].plot.setLabel("left", self.tr("% of values"), **{"font-size": FONTS.css("tick")})
        self.mean_plot.setTitle(self.tr("BN input: mean ± spread"), size=FONTS.css("label"))
        self.var_plot.setTitle(self.tr("BN input: variance (log)"), size=FONTS.css("label"))
        self.var_plot.setLabel("bottom", self.tr("layer"), **{"font-size": FONTS.css("tick")})

    def draw(self, inside: InsideView) -> None:
        """Map the inside view to the items: histograms and their numbers, then the BN statistics."""
        if len(inside.bn) != self.n_layers:
            self.build(len(inside.bn))
        for rows, hists in ((self.bn_rows, inside.bn), (self.plain_rows, inside.plain)):
            hi = max((float(h.edges[-1]) for h in hists if h.counts.sum() > 0), default=1.0)
            top = max((100.0 * h.peak_fraction for h in hists), default=1.0)
            k = axis_exponent(hi)
            f = 10.0 ** -k
            for hp, h in zip(rows, hists):
                hp.bars.setData(np.asarray(h.edges, dtype=float) * f, h.percent)
                hp.set_text(self._hist_text(h))
            first = rows[0]
            text = self.tr("activation") if k == 0 else self.tr("activation (×%1)").replace("%1", power_of_ten(k))
            if text != first.axis_text:
                first.axis_text = text
                first.plot.setLabel("bottom", text, **{"font-size": FONTS.css("tick")})
            # Round ranges up to 1, 2, 2.5 or 5 × 10ᵏ: steadier axes to read, and fewer re-layouts to paint.
            x_max = nice_ceil(hi * f)
            y_max = nice_ceil(max(top, 1.0) * 1.05)
            if (x_max, y_max) != first.ranges:
                first.ranges = (x_max, y_max)
                first.plot.setRange(xRange=(0, x_max), yRange=(0, y_max), padding=0.02)
        self._draw_bn_stats(inside)

    def _hist_text(self, h) -> str:
        if h.n_values and h.n_nonfinite == h.n_values:
            return self.tr("not finite (diverged)")
        zero = self.tr("= 0: <b>%1</b>").replace("%1", fmt_percent(h.zero_fraction))
        return zero + "<br>" + self.tr("std %1").replace("%1", fmt_number(h.std))

    def _draw_bn_stats(self, inside: InsideView) -> None:
        layers = np.arange(1, len(inside.bn_layers) + 1, dtype=float)
        # The running averages start at 0 and move only with training updates: before the first update they are
        # not yet measured (plotting them drew nothing and warned "All-NaN slice" on the log axis).
        self.measured = inside.iteration > 0
        stats = inside.bn_layers  # per-layer averages over the units, as the model summarises them
        rm = np.array([s.running_mean_avg for s in stats])
        rm_spread = np.array([s.running_mean_spread for s in stats])
        bm = np.array([s.batch_mean_avg for s in stats])
        bm_spread = np.array([s.batch_mean_spread for s in stats])
        rv = np.array([s.running_var_avg for s in stats])
        bv = np.array([s.batch_var_avg for s in stats])
        nothing = np.zeros(0)
        if not self.measured:
            rm = rm_spread = rv = nothing
        set_points(self.running_mean_curve, layers + 0.12, rm)
        set_points(self.batch_mean_curve, layers - 0.12, bm)
        set_bars(self.running_mean_bars, layers + 0.12, rm, 2 * rm_spread)
        set_bars(self.batch_mean_bars, layers - 0.12, bm, 2 * bm_spread)
        positive = lambda a: np.where(np.isfinite(a) & (a > 0), a, np.nan)  # noqa: E731 - log axis
        set_points(self.running_var_curve, layers, positive(rv))
        set_points(self.batch_var_curve, layers, positive(bv))
        self.ratios = list(inside.running_var_ratios) if self.measured else []

    def hist_data(self, bn: bool, layer: int) -> tuple[np.ndarray, np.ndarray]:
        """The drawn histogram of hidden layer ``layer`` (1-based), for tests."""
        rows = self.bn_rows if bn else self.plain_rows
        return rows[layer - 1].bars.getData()
