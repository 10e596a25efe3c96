"""The histogram figure: one histogram per layer of the activations (top row) and of the gradients dL/da (bottom
row), the numbers under each, and the standard deviation per layer on a log scale (book figures 6-10 to 6-14)."""
from __future__ import annotations

import math
from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from gui.format import axis_exponent, fmt_number, fmt_percent, nice_ceil, nice_ticks, power_of_ten
from gui.plotstyle import (FONTS, SERIES_COLORS, fit_to_view, linked_plots, pen, style_plot, wrap_legend,
                           wrap_title)
from gui.scenes import release_items, release_scene
from gui.tabs.weight_init.layer_plot import LayerPlot, StatsLabel
from gui.tabs.weight_init.style import freeze_histogram_plot
from model.experiments.weight_init import HistogramSnapshot


class HistogramFigure(pg.GraphicsLayoutWidget):
    """The plots of the histogram view; ``build(n_layers)`` lays them out, ``draw(snapshot, colour)`` fills them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        fit_to_view(self)
        self.ci.setContentsMargins(4, 4, 4, 4)
        self.ci.layout.setHorizontalSpacing(6)
        self.ci.layout.setVerticalSpacing(2)
        self.compact = False
        self.n_layers = 0
        self.act_rows: list[LayerPlot] = []
        self.grad_rows: list[LayerPlot] = []
        self.summary: pg.PlotItem | None = None

    def build(self, n_layers: int) -> None:
        """One plot per layer in two rows (activations, gradients), stats under each, and the std-per-layer plot."""
        ci = self.ci
        release_scene(ci.scene())  # before any item goes (see gui/scenes.py)
        ci.clear()
        self.compact = compact = n_layers > 6  # narrow columns: smaller type, fewer words and ticks
        ci.layout.setHorizontalSpacing(6)
        self.act_rows, self.grad_rows = [], []
        self.act_header = ci.addLabel(row=0, col=0, angle=-90)
        self.grad_header = ci.addLabel(row=2, col=0, angle=-90)
        for row, rows in ((0, self.act_rows), (2, self.grad_rows)):
            for i, plot in enumerate(linked_plots(ci, [(row, i + 1) for i in range(n_layers)], cache_axes=True)):
                plot.getAxis("bottom").setStyle(hideOverlappingLabels=14)  # keep the end ticks (0 and 1) visible
                label = StatsLabel(lines=(3 if compact else 4) if row == 0 else (1 if compact else 2),
                                   role="small" if compact else "label")
                ci.addItem(label, row=row + 1, col=i + 1)
                rows.append(LayerPlot(plot, label))
        self.summary = ci.addPlot(row=0, col=n_layers + 1, rowspan=3)
        freeze_histogram_plot(self.summary)
        self.summary.showGrid(x=False, y=True, alpha=0.25)
        self.summary.setLogMode(x=False, y=True)
        self.act_std_curve = self.summary.plot([], [], pen=pen(SERIES_COLORS[0], 2.5), symbol="o", symbolSize=10,
                                               connect="finite")
        self.grad_std_curve = self.summary.plot([], [], pen=pen(SERIES_COLORS[0], 2.5, style=Qt.PenStyle.DashLine),
                                                symbol="s", symbolSize=9, connect="finite")
        self.summary.setMaximumWidth(250)
        self.summary.setXRange(0.6, n_layers + 0.5, padding=0)
        self.summary_legend = pg.LegendItem(labelTextSize=FONTS.css("label"), verSpacing=-6)
        ci.addItem(self.summary_legend, row=3, col=n_layers + 1)
        shown = sorted(set(range(1, n_layers + 1, 1 if n_layers <= 6 else 3)) | {n_layers})
        self.summary.getAxis("bottom").setStyle(hideOverlappingLabels=False)
        self.summary.getAxis("bottom").setTicks([[(i, str(i)) for i in shown]])
        layout = ci.layout
        for c in range(1, n_layers + 1):
            layout.setColumnStretchFactor(c, 4)
        layout.setColumnStretchFactor(n_layers + 1, max(5, n_layers + 1))
        layout.setRowStretchFactor(0, 5)
        layout.setRowStretchFactor(2, 5)
        self.n_layers = n_layers
        self.retranslate()

    def retranslate(self) -> None:
        if self.summary is None:
            return
        bold = {"size": FONTS.css("title"), "bold": True}
        self.act_header.setText(self.tr("Activations z"), **bold)
        self.grad_header.setText(self.tr("Gradients dL/da"), **bold)
        for rows in (self.act_rows, self.grad_rows):
            for i, lp in enumerate(rows):
                lp.plot.setTitle(self.tr("Layer %1").replace("%1", str(i + 1)),
                                 size=FONTS.css("tick" if self.compact else "heading"))
        for rows in (self.act_rows, self.grad_rows):
            rows[0].plot.setLabel("left", self.tr("% of values"), **{"font-size": FONTS.css("label")})
        style_plot(self.summary, self.tr("std per layer"), self.tr("layer"),
                   self.tr("standard deviation (log scale)"))
        wrap_title(self.summary.titleLabel, 60)
        release_items(self.summary_legend)
        self.summary_legend.clear()
        self.summary_legend.addItem(self.act_std_curve, self.tr("activations z"))
        self.summary_legend.addItem(self.grad_std_curve, self.tr("gradients dL/da"))
        wrap_legend(self.summary_legend, 70)


    def draw(self, snap: HistogramSnapshot, color: str) -> None:
        """Map the snapshot to the items: bars, zero bars, stats lines, std curves (in the colour of the init)."""
        config = snap.config
        relu = config.activation == "relu"
        self._draw_row(self.act_rows, snap.activations, color, 170, zeros_apart=relu,
                       symbol=self.tr("z"), kind="act", activation=config.activation)
        self._draw_row(self.grad_rows, snap.gradients, color, 90, zeros_apart=False,
                       symbol=self.tr("dL/da"), kind="grad", activation=config.activation)
        layers = np.arange(1, len(snap.activations) + 1, dtype=float)
        for curve, stds in ((self.act_std_curve, snap.activation_stds), (self.grad_std_curve, snap.gradient_stds)):
            y = np.array(stds, dtype=float)
            y[~(np.isfinite(y) & (y > 0))] = np.nan
            curve.setData(layers, y)
            curve.setPen(pen(color, 2.5, style=None if curve is self.act_std_curve else Qt.PenStyle.DashLine))
            curve.setSymbolBrush(color)
            curve.setSymbolPen(pg.mkPen("k", width=1))
        # At least one decade tall: a stable std (He with ReLU) then looks flat instead of magnified noise.
        values = np.array(snap.activation_stds + snap.gradient_stds, dtype=float)
        values = values[np.isfinite(values) & (values > 0)]
        if values.size:
            lo, hi = math.log10(values.min()), math.log10(values.max())
            middle, half = (lo + hi) / 2, max((hi - lo) / 2 * 1.1, 0.5)
            self.summary.setYRange(middle - half, middle + half, padding=0)

    def _draw_row(self, rows: list[LayerPlot], stats, color: str, alpha: int, *, zeros_apart: bool, symbol: str,
                  kind: str, activation: str) -> None:
        top = 0.0
        for s in stats:
            if s.n_values and s.counts.size:
                top = max(top, 100.0 * float(s.counts.max()) / s.n_values)
        top = nice_ceil(max(top * 1.25, 1.0))
        y_ticks = nice_ticks(0.0, top, 3)
        fixed = kind == "act" and activation != "relu"  # sigmoid [0, 1] and tanh [−1, 1]
        for lp, s in zip(rows, stats):
            lo, hi = s.range
            k = 0 if fixed else axis_exponent(max(abs(lo), abs(hi)))
            f = 10.0 ** -k
            edges = np.asarray(s.edges, dtype=float) * f
            heights = 100.0 * np.asarray(s.counts, dtype=float) / max(s.n_values, 1)
            lp.set_color(color, alpha)
            lp.bars.setData(edges, heights)
            if fixed:
                x_lo, x_hi = float(edges[0]), float(edges[-1])
            else:
                x_hi = nice_ceil(float(edges[-1]))
                x_lo = -x_hi if edges[0] < 0 else 0.0
            if zeros_apart:
                width = (x_hi - x_lo) / max(len(heights), 1)
                share = fmt_percent(s.frac_zero)
                lp.show_zeros(s.frac_zero, x_lo - 1.25 * width, x_lo - 0.25 * width, top,
                              share if self.compact else self.tr("= 0: %1").replace("%1", share))
                x_range = (x_lo - 1.4 * width, x_hi)
            else:
                lp.show_zeros(None)
                x_range = (x_lo, x_hi)
            # Symmetric axes get their outer ticks inside the ends, so they never touch the next plot's ticks.
            inner = 0.8 if self.compact else 0.75
            tick_range = (x_lo, x_hi) if x_lo >= 0 else (inner * x_lo, inner * x_hi)
            if k == 0:
                x_label = symbol
            else:
                x_label = f"×{power_of_ten(k)}" if self.compact else f"{symbol} (×{power_of_ten(k)})"
            lp.set_frame(x_range, tick_range, y_ticks, x_label, n_ticks=2 if self.compact else 3)
            lp.label.setText(self._stats_html(s, kind, activation, compact=self.compact))
        self._same_size(rows)
        if rows[0].changed("top", top):
            rows[0].plot.setYRange(0, top, padding=0)

    @staticmethod
    def _same_size(rows: list[LayerPlot]) -> None:
        """One size for a whole row of numbers: the small one as soon as one label needs it."""
        shrunk = any(lp.label.needs_small for lp in rows)
        for lp in rows:
            lp.label.set_row_shrunk(shrunk)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        for rows in (getattr(self, "act_rows", None), getattr(self, "grad_rows", None)):  # (None while built)
            if rows:
                self._same_size(rows)

    def _stats_html(self, s, kind: str, activation: str, compact: bool = False) -> str:
        """The numbers under one histogram, one short item per line (the columns are narrow)."""
        lines = [self.tr("std <b>%1</b>").replace("%1", fmt_number(s.std))]
        if kind == "grad":
            if activation == "relu" and not compact:
                lines.append(self.tr("= 0: %1").replace("%1", escape(fmt_percent(s.frac_zero))))
        else:
            if not compact:
                lines.append(self.tr("mean %1").replace("%1", fmt_number(s.mean)))
            if activation == "relu" and compact:
                lines.append(self.tr("= 0: %1").replace("%1", "<b>" + escape(fmt_percent(s.frac_zero)) + "</b>"))
            elif activation == "relu":
                lines.append(self.tr("exactly 0:") + "<br><b>" + escape(fmt_percent(s.frac_zero)) + "</b>")
            else:
                lines.append(self.tr("saturated:"))
                lines.append(f"<b>{escape(fmt_percent(s.frac_sat_lo))}</b> | "
                             f"<b>{escape(fmt_percent(s.frac_sat_hi))}</b>")
        if s.n_nonfinite:
            lines.append(self.tr("overflow: %1").replace("%1", escape(fmt_percent(s.n_nonfinite / s.n_values))))
        return "<br>".join(lines)

