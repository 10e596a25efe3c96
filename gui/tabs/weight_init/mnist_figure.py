"""The training view's figure: loss and accuracy of every run (book figure 6-15) and, beside them, the activation
histograms of one chosen run as they evolve (filled: now, dotted: after the first iteration)."""
from __future__ import annotations

from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from gui.format import fmt_number, fmt_percent, nice_ceil, nice_ticks
from gui.plotstyle import FONTS, linked_plots, pen, wrap_title
from gui.scenes import release_items
from gui.tabs.weight_init.layer_plot import LayerPlot
from gui.tabs.weight_init.style import init_color
from gui.training_plots import TrainingCurves

HISTOGRAM_LAYERS = 4


class TrainingFigure(pg.GraphicsLayoutWidget):
    """Curves on the left (rebuilt when the set of runs changes), histograms of one run on the right."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.names: tuple[str, ...] = ()
        self.curves = TrainingCurves(self.ci, [], {}, row=0, col=0)
        self._style_curves()
        self.hist_layout = self.ci.addLayout(row=0, col=1, rowspan=2)
        self.hist_title = self.hist_layout.addLabel(row=0, col=0)
        wrap_title(self.hist_title)  # "Activations of std=0.01 at iteration …" wraps instead of widening the figure
        self.hist_plots: list[LayerPlot] = []
        for plot in linked_plots(self.hist_layout, [(i + 1, 0) for i in range(HISTOGRAM_LAYERS)],
                                 inner_y_values=True, cache_axes=True):
            plot.getAxis("bottom").setStyle(hideOverlappingLabels=14)
            lp = LayerPlot(plot, None)
            lp.initial = plot.plot([0.0, 1.0], [0.0], stepMode="center",
                                   pen=pen("#000000", 1.5, style=Qt.PenStyle.DotLine))
            self.hist_plots.append(lp)
        self.ci.layout.setColumnStretchFactor(0, 3)
        self.ci.layout.setColumnStretchFactor(1, 2)

    def retranslate(self) -> None:
        self.curves.retranslate()
        self.hist_plots[-1].plot.setLabel("bottom", self.tr("activation z"), **{"font-size": FONTS.css("label")})
        self.hist_plots[0].plot.setLabel("left", self.tr("% of values"), **{"font-size": FONTS.css("label")})

    def set_names(self, names: tuple[str, ...]) -> None:
        """Rebuild the curves for these runs (only when the set of runs changed)."""
        if names == self.names:
            return
        release_items([self.curves.loss_plot, self.curves.acc_plot])  # before they go (see gui/scenes.py)
        self.ci.removeItem(self.curves.loss_plot)
        self.ci.removeItem(self.curves.acc_plot)
        self.curves = TrainingCurves(self.ci, names, {n: init_color(n) for n in names}, row=0, col=0)
        self._style_curves()
        self.names = names

    def _style_curves(self) -> None:
        """Readable ticks; legends at mid-height on the right, where no curve is at the end of training (the flat
        std 0.01 line runs along the top of the loss plot and the bottom of the accuracy plot)."""
        for plot in (self.curves.loss_plot, self.curves.acc_plot):
            for side in ("bottom", "left"):
                plot.getAxis(side).setStyle(tickFont=FONTS.font("tick"))
        for legend in (self.curves.loss_legend, self.curves.acc_legend):
            legend.anchor(itemPos=(1, 0.5), parentPos=(1, 0.5), offset=(-10, 0))

    def empty(self) -> None:
        """No curves, no histograms. (Not ``clear``: a GraphicsLayoutWidget's ``clear`` empties its layout.)"""
        self.curves.clear()
        self.show_histograms(None, 0, "")

    def show_histograms(self, snapshot, wanted: int, name: str) -> None:
        """Run ``wanted``'s latest activation histograms (filled) over its first ones (dotted outline)."""
        latest = first = None
        if snapshot is not None:
            for h in snapshot.histogram_history:
                if h.run == wanted:
                    latest = h
                    first = first or h
        if latest is None:
            self._show_none(snapshot, name)
        else:
            self._show_layers(latest, first)

    def _show_none(self, snapshot, name: str) -> None:
        if snapshot is None or snapshot.step == 0:
            text = self.tr("Activations of %1: shown after the first iteration")
        elif snapshot.done:
            text = self.tr("Activations of %1 were not recorded in this run: choose the network before or "
                           "during training")
        else:
            text = self.tr("Activations of %1: shown after the next iteration")
        self.hist_title.setText(text.replace("%1", name) if name else "", size=FONTS.css("heading"))
        for i, lp in enumerate(self.hist_plots):
            lp.bars.setData([0.0, 1.0], [0.0])
            lp.initial.setData([0.0, 1.0], [0.0])
            lp.show_zeros(None)
            self._set_title(lp, self.tr("Layer %1").replace("%1", str(i + 1)))

    def _show_layers(self, latest, first) -> None:
        color = init_color(latest.name)
        title = (self.tr("Activations of %1 at iteration %2 (dotted: iteration %3)") if first.step != latest.step
                 else self.tr("Activations of %1 at iteration %2"))
        self.hist_title.setText(title.replace("%1", latest.name).replace("%2", str(latest.step))
                                .replace("%3", str(first.step)), size=FONTS.css("heading"), color=color)
        top = nice_ceil(max([1.0] + [100.0 * h.peak_fraction for h in latest.layers + first.layers]) * 1.25)
        y_ticks = nice_ticks(0.0, top, 3)
        for lp, h, h0 in zip(self.hist_plots, latest.layers, first.layers):
            edges = np.asarray(h.edges, dtype=float)
            lp.set_color(color, 170)
            lp.bars.setData(edges, h.percent)
            lp.initial.setData(edges, h0.percent)
            lp.initial.setVisible(first.step != latest.step)
            x_lo, x_hi = float(edges[0]), float(edges[-1])
            width = (x_hi - x_lo) / max(len(h.counts), 1)
            lp.show_zeros(h.zero_fraction, x_lo - 1.25 * width, x_lo - 0.25 * width, top,
                          self.tr("= 0: %1").replace("%1", fmt_percent(h.zero_fraction)))
            lp.set_frame((x_lo - 1.4 * width, x_hi), (x_lo, x_hi), y_ticks, None)
            text = self.tr("Layer %1").replace("%1", str(h.layer))
            if h.n_above:
                text += "  " + self.tr("(> %1: %2)").replace("%1", fmt_number(x_hi)).replace(
                    "%2", escape(fmt_percent(h.n_above / h.n_values)))
            self._set_title(lp, text)
        if self.hist_plots[0].changed("top", top):
            self.hist_plots[0].plot.setYRange(0, top, padding=0)

    @staticmethod
    def _set_title(lp: LayerPlot, text: str) -> None:
        if lp.changed("title", text):
            lp.plot.setTitle(text, size=FONTS.css("label"))
