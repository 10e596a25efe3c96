"""The batch-normalization lab (book §6.3.2, figure 6-19), live.

1. **Sweep**: for every weight scale W (the standard deviation of the initial weights, 16 scales from 1 to 10⁻⁴ by
   default) a network with batch normalization and the same network without it train side by side from the same
   initial weights on the same mini-batches. One small panel per scale shows both training-accuracy curves
   (BN solid, plain dashed) against the epoch, all in one ``GraphicsLayoutWidget`` with shared axes and one legend.
2. **One scale, large** (click a panel): the accuracy and loss curves of that scale and the *inside view*: the
   activation histograms of every hidden layer with and without BN, and the running mean and variance BN has learned.
3. **Check gradients**: backpropagation against central differences on a small BN network (with 10 images, unlike
   the book's one-image check).

The math is in ``model.experiments.batchnorm``; this module only binds widgets and draws snapshots.

To let a lecturer open any panel after the sweep has finished, the tab's run lingers (``LINGER``): after the last
iteration the worker stays, paused at zero CPU, and applies a live change at once, so the model recomputes the
inside view of the clicked scale.
"""
from __future__ import annotations

import csv
import time
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QFormLayout, QGraphicsTextItem, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
                               QStackedWidget, QStyle, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from gui.config_controls import log_control, spin_box
from gui.data import DataSourceBox
from gui.format import axis_exponent, fmt_number, fmt_percent, fmt_scale, fmt_sci, nice_ceil, power_of_ten
from gui.plotstyle import FONTS, SERIES_COLORS, filled_histogram, freeze_plot, grid_shape, pen, style_plot
from gui.scenes import release_scene
from gui.tabs.base import ExperimentTab
from gui.widgets import finish_control_panel
from model.experiments.batchnorm import (BatchNormSweepConfig, BatchNormSweepExperiment,
                                         BatchNormSweepSnapshot, InsideView, bn_gradient_check, book_figure_6_19,
                                         log_scales)
from model.files import atomic_open

BN_COLOR = SERIES_COLORS[0]      # blue: with batch normalization (solid)
PLAIN_COLOR = SERIES_COLORS[1]   # vermilion: without (dashed)
BATCH_STAT_COLOR = "#555555"     # the mini-batch's own statistics in the BN plots
REFERENCE_COLOR = "#D0D0D0"      # accuracy 0.5 and 1 in the small panels
GRADIENT_TOLERANCE = 1e-6

# ------------------------------------------------------------------------------------------------------------------
# Sweep view: one small panel per scale


class _Panel:
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


# ------------------------------------------------------------------------------------------------------------------
# Detail view: one scale large, and the inside of its two networks


class _HistogramPlot:
    """One hidden layer's activation histogram (percent of all values; exact zeros reported apart as text)."""

    def __init__(self, plot: pg.PlotItem, label: pg.LabelItem, color: str) -> None:
        self.plot = plot
        self.label = label
        self.bars = filled_histogram(plot, color, 150)
        self.text = ""
        self.axis_text = ""
        self.ranges: tuple[float, float] | None = None

    def set_text(self, text: str) -> None:
        if text != self.text:  # a LabelItem re-lays out its row on every setText
            self.text = text
            self.label.setText(text, size=FONTS.css("tick"))


def _set_points(curve: pg.PlotDataItem, x: np.ndarray, y: np.ndarray) -> None:
    """Plot ``y`` against ``x``, or nothing when no value is finite (pyqtgraph warns on an all-NaN scatter)."""
    if np.isfinite(y).any():
        curve.setData(x[: len(y)], y)
    else:
        curve.setData([], [])


def _set_bars(bars: pg.ErrorBarItem, x: np.ndarray, y: np.ndarray, height: np.ndarray) -> None:
    """Error bars at the finite values only."""
    keep = np.isfinite(y) & np.isfinite(height)
    bars.setData(x=x[: len(y)][keep], y=y[keep], height=height[keep])


class ScaleDetailView(QWidget):
    """The large view of one weight scale: accuracy and loss curves, inside view, BN running statistics."""

    backRequested = Signal()
    neighbourRequested = Signal(int)  # −1: previous scale, +1: next scale

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keys (Esc, Page Up/Down) come here, not to a spin box
        self.index: int | None = None
        self.scale: float | None = None
        self.inside: InsideView | None = None
        self.ratios: list[float] = []
        self.measured = False
        self._n_layers = 0
        self._eval_test = False

        self.back_button = QPushButton(self)
        self.back_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.prev_button = QPushButton("◀", self)
        self.next_button = QPushButton("▶", self)
        for b in (self.prev_button, self.next_button):
            b.setFixedWidth(44)
        for b in (self.back_button, self.prev_button, self.next_button):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.heading = QLabel(self)
        self.heading.setFont(FONTS.font("banner", bold=True))
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.prev_button)
        header.addWidget(self.next_button)
        header.addSpacing(12)
        header.addWidget(self.heading, 1)

        # accuracy and loss -----------------------------------------------------------------------------------------
        self.curves = pg.GraphicsLayoutWidget(self)
        self.legend = SweepLegend(self.curves.ci, row=0, col=0, colspan=2)  # one legend for both plots
        self.acc_plot = self.curves.addPlot(row=1, col=0)
        self.loss_plot = self.curves.addPlot(row=1, col=1)
        for plot in (self.acc_plot, self.loss_plot):
            freeze_plot(plot, "label")
        self.acc_plot.setYRange(0, 1, padding=0.08)  # room for the "1" label (the grid clips labels)
        self.acc_plot.getAxis("left").setTicks([[(v, f"{v:g}") for v in (0, 0.2, 0.4, 0.6, 0.8, 1.0)]])
        self.bn_acc = self.acc_plot.plot([], [], pen=pen(BN_COLOR, 3.0), symbol="o", symbolSize=7,
                                         symbolBrush=BN_COLOR, symbolPen=None)
        self.plain_acc = self.acc_plot.plot([], [], pen=pen(PLAIN_COLOR, 3.0, style=Qt.PenStyle.DashLine),
                                            symbol="o", symbolSize=7, symbolBrush=PLAIN_COLOR, symbolPen=None)
        self.bn_test = self.acc_plot.plot([], [], pen=pen(BN_COLOR, 1.5, alpha=140), symbol="t", symbolSize=7,
                                          symbolBrush=None, symbolPen=pen(BN_COLOR, 1.2))
        self.plain_test = self.acc_plot.plot([], [], pen=pen(PLAIN_COLOR, 1.5, alpha=140,
                                                             style=Qt.PenStyle.DashLine),
                                             symbol="t", symbolSize=7, symbolBrush=None,
                                             symbolPen=pen(PLAIN_COLOR, 1.2))
        self.acc_mark = pg.TextItem(color=PLAIN_COLOR, anchor=(0, 0))
        self.acc_mark.setFont(FONTS.font("label", bold=True))
        self.acc_plot.addItem(self.acc_mark)
        self.acc_mark.hide()
        self.bn_raw = self.loss_plot.plot([], [], pen=pen(BN_COLOR, 1.0, alpha=70))
        self.plain_raw = self.loss_plot.plot([], [], pen=pen(PLAIN_COLOR, 1.0, alpha=70))
        self.bn_smooth = self.loss_plot.plot([], [], pen=pen(BN_COLOR, 3.0))
        self.plain_smooth = self.loss_plot.plot([], [], pen=pen(PLAIN_COLOR, 3.0, style=Qt.PenStyle.DashLine))
        for curve in (self.bn_raw, self.plain_raw, self.bn_smooth, self.plain_smooth):
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)

        # inside view -------------------------------------------------------------------------------------------------
        self.inside_heading = QLabel(self)
        self.inside_heading.setFont(FONTS.font("title", bold=True))
        self.inside_heading.setWordWrap(True)
        self.inside_plots = pg.GraphicsLayoutWidget(self)
        self.inside_plots.ci.setSpacing(2)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: #333;")
        self.bn_rows: list[_HistogramPlot] = []
        self.plain_rows: list[_HistogramPlot] = []

        inside_box = QWidget(self)
        inside_layout = QVBoxLayout(inside_box)
        inside_layout.setContentsMargins(0, 4, 0, 0)
        inside_layout.addWidget(self.inside_heading)
        inside_layout.addWidget(self.inside_plots, 1)
        inside_layout.addWidget(self.explain)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.curves)
        splitter.addWidget(inside_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([290, 510])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

        self.back_button.clicked.connect(self.backRequested)
        self.prev_button.clicked.connect(lambda: self.neighbourRequested.emit(-1))
        self.next_button.clicked.connect(lambda: self.neighbourRequested.emit(1))

    # texts ----------------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back to all scales"))
        self.back_button.setToolTip(self.tr("Back to the grid of all weight scales (Esc)"))
        self.prev_button.setToolTip(self.tr("Previous weight scale (Page Up)"))
        self.next_button.setToolTip(self.tr("Next weight scale (Page Down)"))
        epoch = self.tr("epoch")
        # Grids make every repaint several times slower; the accuracy keeps horizontal lines only.
        style_plot(self.acc_plot, self.tr("Accuracy"), epoch, self.tr("accuracy"), grid=False)
        self.acc_plot.showGrid(x=False, y=True, alpha=0.15)
        style_plot(self.loss_plot, self.tr("Training loss (faint: each mini-batch, bold: smoothed)"),
                   self.tr("iteration"), self.tr("loss"), grid=False)
        self._refresh_legends()
        self._set_heading()
        if self.inside is not None:
            self._retitle_inside()
            self.show_inside(self.inside, force=True)
        else:
            self.inside_heading.setText(self.tr("Inside the networks: computing…"))

    def _refresh_legends(self) -> None:
        if self._eval_test:
            self.legend.set_entries({"bn": self.tr("with BN, training"), "plain": self.tr("without BN, training"),
                                     "bn_test": self.tr("with BN, test"), "plain_test": self.tr("without BN, test")})
        else:
            self.legend.set_entries({"bn": self.tr("with BN"), "plain": self.tr("without BN")})
        self.acc_plot.setTitle(self.tr("Accuracy (training and test)") if self._eval_test
                               else self.tr("Training accuracy"), size=FONTS.css("title"))

    def _set_heading(self) -> None:
        if self.index is None or self.scale is None:
            self.heading.setText("")
            return
        self.heading.setText(self.tr("Weight scale W = %1: with and without batch normalization")
                             .replace("%1", fmt_scale(self.scale)))

    # content --------------------------------------------------------------------------------------------------------
    def set_scale(self, index: int, scale: float, n_scales: int, eval_test: bool) -> None:
        """Show scale ``index``; its inside view is shown when a snapshot with that index arrives."""
        changed = index != self.index
        self.index, self.scale = index, scale
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < n_scales - 1)
        if eval_test != self._eval_test:
            self._eval_test = eval_test
            self._refresh_legends()
        self._set_heading()
        if changed:
            self.clear_curves()
            self.inside = None
            self.inside_heading.setText(self.tr("Inside the networks: computing…"))

    def clear_curves(self) -> None:
        for curve in (self.bn_acc, self.plain_acc, self.bn_test, self.plain_test, self.bn_raw, self.plain_raw,
                      self.bn_smooth, self.plain_smooth):
            curve.setData([], [])
        self.acc_mark.hide()

    def show_curves(self, snap: BatchNormSweepSnapshot) -> None:
        if self.index is None or self.index >= len(snap.scales):
            return
        s = snap.scales[self.index]
        epochs = np.arange(len(s.bn_train_acc))
        self.bn_acc.setData(epochs, s.bn_train_acc)
        self.plain_acc.setData(epochs, s.plain_train_acc)
        if s.bn_test_acc is not None:
            self.bn_test.setData(epochs, s.bn_test_acc)
            self.plain_test.setData(epochs, s.plain_test_acc)
        else:
            self.bn_test.setData([], [])
            self.plain_test.setData([], [])
        last_epoch = max(snap.config.epochs - 1, 1)
        self.acc_plot.setXRange(0, last_epoch, padding=0.02)
        marks = []
        if s.bn_diverged:
            marks.append(self.tr("with BN: diverged at iteration %1").replace("%1", str(s.bn_diverged_iteration)))
        if s.plain_diverged:
            marks.append(self.tr("without BN: diverged at iteration %1")
                         .replace("%1", str(s.plain_diverged_iteration)))
        if marks:
            self.acc_mark.setText("\n".join(marks))
            self.acc_mark.setPos(0.02 * last_epoch, 0.97)
            self.acc_mark.show()
        else:
            self.acc_mark.hide()
        for raw, smooth, losses, smoothed in ((self.bn_raw, self.bn_smooth, s.bn_losses, s.bn_smoothed),
                                              (self.plain_raw, self.plain_smooth, s.plain_losses, s.plain_smoothed)):
            its = np.arange(len(smoothed))  # the finite start (before a divergence)
            raw.setData(its, losses[: len(smoothed)])
            smooth.setData(its, smoothed)
        self.loss_plot.setXRange(0, max(snap.total_iterations - 1, 1), padding=0.02)
        self.loss_plot.setYRange(0, s.loss_top, padding=0)

    def show_inside(self, inside: InsideView, force: bool = False) -> bool:
        """Draw the inside view if it is of the scale shown and new; True if it was drawn."""
        if inside.index != self.index or (inside is self.inside and not force):
            return False
        self.inside = inside
        if len(inside.bn) != self._n_layers:
            self._build_inside(len(inside.bn))
        self.inside_heading.setText(
            self.tr("Inside, after %1 updates: activations of each hidden layer (after ReLU) on a mini-batch of "
                    "%2 images")
            .replace("%1", str(inside.iteration)).replace("%2", str(inside.batch_size)))
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
        self._show_bn_stats(inside)
        return True

    def _hist_text(self, h) -> str:
        if h.n_values and h.n_nonfinite == h.n_values:
            return self.tr("not finite (diverged)")
        zero = self.tr("= 0: <b>%1</b>").replace("%1", fmt_percent(h.zero_fraction))
        return zero + "<br>" + self.tr("std %1").replace("%1", fmt_number(h.std))

    def _show_bn_stats(self, inside: InsideView) -> None:
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
        _set_points(self.running_mean_curve, layers + 0.12, rm)
        _set_points(self.batch_mean_curve, layers - 0.12, bm)
        _set_bars(self.running_mean_bars, layers + 0.12, rm, 2 * rm_spread)
        _set_bars(self.batch_mean_bars, layers - 0.12, bm, 2 * bm_spread)
        positive = lambda a: np.where(np.isfinite(a) & (a > 0), a, np.nan)  # noqa: E731 - log axis
        _set_points(self.running_var_curve, layers, positive(rv))
        _set_points(self.batch_var_curve, layers, positive(bv))
        self.ratios = list(inside.running_var_ratios) if self.measured else []
        self._explain()

    def _explain(self) -> None:
        key = (f"<span style='color:{BN_COLOR}'><b>■ " + self.tr("running average (test mode)") + "</b></span>"
               f" &nbsp; <span style='color:{BATCH_STAT_COLOR}'><b>○ "
               + self.tr("this mini-batch (training mode)") + "</b></span>")
        ratios = (", ".join(fmt_number(r) for r in self.ratios) if self.measured
                  else self.tr("not yet measured (no update yet)"))
        self.explain.setText(
            self.tr("Right: %1. Running ÷ batch variance by layer: <b>%2</b>").replace("%1", key)
            .replace("%2", ratios) + "<br>"
            + self.tr("Test mode (used for the accuracy) normalises with the running averages. The book's code "
                      "starts running_var at 0 and moves it 10% toward the batch variance per update: after one "
                      "update it is 0.1 × the batch variance, so BN's epoch-0 accuracy is near chance."))

    def _build_inside(self, n_layers: int) -> None:
        ci = self.inside_plots.ci
        release_scene(self.inside_plots.scene())  # before any item goes (see gui/scenes.py)
        ci.clear()
        self.bn_rows, self.plain_rows = [], []
        self.bn_header = ci.addLabel(row=0, col=0, angle=-90)
        self.plain_header = ci.addLabel(row=2, col=0, angle=-90)
        for row, rows, color in ((0, self.bn_rows, BN_COLOR), (2, self.plain_rows, PLAIN_COLOR)):
            first = None  # the layers of one network share their axes (a diverged net must not flatten the other)
            for j in range(n_layers):
                plot = ci.addPlot(row=row, col=j + 1)
                freeze_plot(plot, "tick")
                label = ci.addLabel(row=row + 1, col=j + 1)
                if first is None:
                    first = plot
                else:
                    plot.setXLink(first)
                    plot.setYLink(first)
                if j > 0:
                    plot.getAxis("left").setStyle(showValues=False)
                    plot.getAxis("left").setWidth(6)
                rows.append(_HistogramPlot(plot, label, color))
        self.mean_plot = ci.addPlot(row=0, col=n_layers + 1, rowspan=2)
        self.var_plot = ci.addPlot(row=2, col=n_layers + 1, rowspan=2)
        for plot in (self.mean_plot, self.var_plot):
            freeze_plot(plot, "tick")
            plot.setMinimumWidth(200)
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
        layout = ci.layout
        for c in range(1, n_layers + 1):
            layout.setColumnStretchFactor(c, 3)
        layout.setColumnStretchFactor(n_layers + 1, 5)
        layout.setRowStretchFactor(0, 5)
        layout.setRowStretchFactor(2, 5)
        self._n_layers = n_layers
        self._retitle_inside()
        # The whole view again (see BatchNormTab._build_grid).
        self.inside_plots.setRange(self.inside_plots.range, padding=0, disableAutoPixel=False)

    def _retitle_inside(self) -> None:
        if not self._n_layers:
            return
        # One word per line: the rotated header must fit the height of one row of histograms.
        self.bn_header.setText(self.tr("with BN").replace(" ", "<br>"), size=FONTS.css("title"), bold=True, color=BN_COLOR)
        self.plain_header.setText(self.tr("without BN").replace(" ", "<br>"), size=FONTS.css("title"), bold=True,
                                  color=PLAIN_COLOR)
        for j, hp in enumerate(self.bn_rows):
            hp.plot.setTitle(self.tr("Layer %1").replace("%1", str(j + 1)), size=FONTS.css("label"))
        for rows in (self.bn_rows, self.plain_rows):
            rows[0].plot.setLabel("left", self.tr("% of values"), **{"font-size": FONTS.css("tick")})
        self.mean_plot.setTitle(self.tr("BN input: mean ± spread"), size=FONTS.css("label"))
        self.var_plot.setTitle(self.tr("BN input: variance (log)"), size=FONTS.css("label"))
        self.var_plot.setLabel("bottom", self.tr("layer"), **{"font-size": FONTS.css("tick")})

    def hist_data(self, bn: bool, layer: int) -> tuple[np.ndarray, np.ndarray]:
        """The drawn histogram of hidden layer ``layer`` (1-based), for tests."""
        rows = self.bn_rows if bn else self.plain_rows
        return rows[layer - 1].bars.getData()


# ------------------------------------------------------------------------------------------------------------------
# Gradient check


class GradientCheckView(QWidget):
    """The gradient check, large: backpropagation against central differences, per parameter, and a verdict."""

    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.back_button = QPushButton(self)
        self.back_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.back_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.heading = QLabel(self)
        self.heading.setFont(FONTS.font("banner", bold=True))
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addSpacing(12)
        header.addWidget(self.heading, 1)
        self.setup = QLabel(self)
        self.setup.setWordWrap(True)
        self.setup.setFont(FONTS.font("heading"))
        self.table = QTableWidget(0, 3, self)
        self.table.setFont(FONTS.font("title"))
        self.table.horizontalHeader().setFont(FONTS.font("heading", bold=True))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setMaximumWidth(760)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setFont(FONTS.font("verdict", bold=True))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setFont(FONTS.font("heading"))
        self.note.setStyleSheet("color: #333;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addSpacing(8)
        layout.addWidget(self.setup)
        layout.addWidget(self.table)
        layout.addWidget(self.verdict)
        layout.addSpacing(8)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.result: dict[str, tuple[float, float]] | None = None
        self.seconds = 0.0
        self.back_button.clicked.connect(self.backRequested)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back to all scales"))
        self.back_button.setToolTip(self.tr("Back to the grid of all weight scales (Esc)"))
        self.heading.setText(self.tr("Gradient check: backpropagation against the numerical gradient"))
        self.setup.setText(self.tr("A small network with batch normalization (784-20-20-10, ReLU, float64) and a "
                                   "mini-batch of 10 training images. For each parameter, 30 entries (all of a "
                                   "smaller one) are compared with central differences (h = %1).")
                           .replace("%1", power_of_ten(-4)))
        self.table.setHorizontalHeaderLabels([self.tr("parameter"), self.tr("largest |difference|"),
                                              self.tr("largest relative error")])
        self.note.setText(self.tr("The book's own check (batch_norm_gradient_check.py) uses a single image. Then "
                                  "x − μ = 0 in every BN layer, every BN layer outputs exactly β, and every gradient "
                                  "before the last BN is exactly 0: the check compares zeros with zeros. With 10 "
                                  "images the gradients are real. b1 and b2 (a bias right before BN) truly have a "
                                  "zero gradient, because BN subtracts the batch mean."))
        if self.result is not None:
            self._show_verdict()

    def run_check(self, dataset) -> dict[str, tuple[float, float]]:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            t0 = time.perf_counter()
            result = bn_gradient_check(dataset, n_samples=10)
            self.seconds = time.perf_counter() - t0
        finally:
            QApplication.restoreOverrideCursor()
        self.result = result
        self.table.setRowCount(len(result))
        for row, (name, (diff, rel)) in enumerate(result.items()):
            for col, text in enumerate((name, fmt_sci(diff), fmt_sci(rel))):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + sum(self.table.rowHeight(r) for r in range(len(result)))
        self.table.setFixedHeight(height + 2 * self.table.frameWidth())
        self._show_verdict()
        return result

    def matches(self) -> bool:
        return self.result is not None and all(rel < GRADIENT_TOLERANCE for _, rel in self.result.values())

    def verdict_text(self) -> str:
        if self.result is None:
            return ""
        if self.matches():
            return self.tr("✓ Backprop matches the numerical gradient: every relative error is below %1.").replace(
                "%1", power_of_ten(-6))
        worst = max(self.result.items(), key=lambda kv: kv[1][1])
        return (self.tr("✗ Backprop and the numerical gradient differ: relative error %1 in %2.")
                .replace("%1", fmt_sci(worst[1][1])).replace("%2", worst[0]))

    def _show_verdict(self) -> None:
        self.verdict.setStyleSheet("color: #1B7F3B;" if self.matches() else "color: #B00020;")
        self.verdict.setText(self.verdict_text())


# ------------------------------------------------------------------------------------------------------------------
# The tab


class BatchNormTab(ExperimentTab):
    """Figure 6-19 live: BN against no BN over a sweep of initial weight scales; click a scale to look inside."""

    DEFAULT_SPEED = 0.0
    SPEED_RANGE = (1.0, 200.0)
    YIELD_TO_GUI = 0.1
    LINGER = True

    def __init__(self, parent: QWidget | None = None, catalog=None) -> None:
        super().__init__(parent, catalog)
        book = book_figure_6_19()
        self.hidden = book.hidden
        self.batch_size = book.batch_size
        self.panels: list[_Panel] = []
        self.sweep_legend: SweepLegend | None = None
        self._grid_epochs: int | None = None
        self._inspect: int | None = None
        self._config: BatchNormSweepConfig | None = None
        self._drawn_key = None
        self._elapsed = 0.0
        self._tick: float | None = None
        self._done = False
        self._restarting = False
        self._repaint: QWidget | None = None

        # controls --------------------------------------------------------------------------------------------------
        panel = QWidget(self)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 6, 0)
        self.data_box = DataSourceBox(self.catalog, panel)
        panel_layout.addWidget(self.data_box)

        self.sweep_box = QGroupBox(panel)
        form = QFormLayout(self.sweep_box)
        self.scales_label, self.epochs_label, self.samples_label = QLabel(), QLabel(), QLabel()
        self.lr_label, self.seed_label = QLabel(), QLabel()
        ranges = BatchNormSweepConfig.CONTROL_RANGES
        self.scales_spin = spin_box(self.sweep_box, ranges, "n_scales", book.n_scales)
        self.epochs_spin = spin_box(self.sweep_box, ranges, "epochs", book.epochs)
        self.samples_spin = spin_box(self.sweep_box, ranges, "n_train", book.n_train, step=100)
        self.seed_spin = spin_box(self.sweep_box, ranges, "seed", book.seed)
        for spin in (self.scales_spin, self.epochs_spin, self.samples_spin, self.seed_spin):
            spin.setKeyboardTracking(False)  # restart once the number is typed, not at every digit
        self.lr = log_control(self.sweep_box, ranges, "lr", book.lr)
        self.test_check = QCheckBox(self.sweep_box)
        self.test_check.setChecked(book.eval_test)
        self.test_check.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Space stays Play/Pause after a click
        form.addRow(self.scales_label, self.scales_spin)
        form.addRow(self.epochs_label, self.epochs_spin)
        form.addRow(self.samples_label, self.samples_spin)
        form.addRow(self.lr_label, self.lr)
        form.addRow(self.seed_label, self.seed_spin)
        form.addRow(self.test_check)
        self.network_label = QLabel(self.sweep_box)
        self.network_label.setWordWrap(True)
        self.network_label.setStyleSheet("color: #555;")
        form.addRow(self.network_label)
        panel_layout.addWidget(self.sweep_box)

        self.preset_button = QPushButton(panel)
        self.preset_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        panel_layout.addWidget(self.preset_button)

        self.gradient_box = QGroupBox(panel)
        gradient_layout = QVBoxLayout(self.gradient_box)
        self.gradient_button = QPushButton(self.gradient_box)
        self.gradient_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.gradient_summary = QLabel(self.gradient_box)
        self.gradient_summary.setWordWrap(True)
        self.gradient_summary.hide()
        gradient_layout.addWidget(self.gradient_button)
        gradient_layout.addWidget(self.gradient_summary)
        panel_layout.addWidget(self.gradient_box)
        self.hint, scroll = finish_control_panel(panel, panel_layout, self, 340, frame=False)

        # sweep page ------------------------------------------------------------------------------------------------
        self.grid = pg.GraphicsLayoutWidget(self)
        self.grid.ci.setSpacing(6)
        self.grid.setCursor(Qt.CursorShape.PointingHandCursor)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #333;")
        sweep_page = QWidget(self)
        sweep_layout = QVBoxLayout(sweep_page)
        sweep_layout.setContentsMargins(0, 0, 0, 0)
        sweep_layout.addWidget(self.grid, 1)
        sweep_layout.addWidget(self.caption)

        # detail page -----------------------------------------------------------------------------------------------
        self.detail = ScaleDetailView(self)
        self.gradient_view = GradientCheckView(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(sweep_page)
        self.pages.addWidget(self.detail)
        self.pages.addWidget(self.gradient_view)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 1140])
        self.base_layout(splitter)

        # wiring ---------------------------------------------------------------------------------------------------
        self.grid.scene().sigMouseClicked.connect(self._on_grid_clicked)
        self.detail.backRequested.connect(self.show_sweep)
        self.detail.neighbourRequested.connect(self._on_neighbour)
        self.lr.valueChanged.connect(lambda v: self.send_live("lr", v))
        for spin in (self.scales_spin, self.epochs_spin, self.samples_spin, self.seed_spin):
            spin.valueChanged.connect(lambda _v: self.restart())
        self.test_check.toggled.connect(lambda _on: self.restart())
        self.data_box.sourceChanged.connect(lambda _key: self.restart())
        self.preset_button.clicked.connect(self.load_book_preset)
        self.gradient_button.clicked.connect(self.check_gradients)
        self.gradient_view.backRequested.connect(self.show_sweep)
        for key, slot in ((Qt.Key.Key_Escape, self.show_sweep), (Qt.Key.Key_PageUp, lambda: self._on_neighbour(-1)),
                          (Qt.Key.Key_PageDown, lambda: self._on_neighbour(1))):
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
            self._shortcuts.append(sc)

        # A status line that appears or wraps would resize the plots below it: all 16 panels re-laid out and
        # repainted in the middle of a run. Keep room for two lines from the start.
        self.status.setMinimumHeight(2 * self.status.fontMetrics().lineSpacing() + 4)
        self._first_shown = False  # the grid (16 plots, ~0.3 s) is built when the tab is first shown
        self.retranslate()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._first_shown:
            self._first_shown = True
            QTimer.singleShot(0, self._first_run)

    # text -----------------------------------------------------------------------------------------------------------
    def tab_title(self) -> str:
        return self.tr("Batch normalization")

    def retranslate(self) -> None:
        self.sweep_box.setTitle(self.tr("Sweep over initial weight scales"))
        self.scales_label.setText(self.tr("Weight scales"))
        self.scales_spin.setToolTip(self.tr("Number of panels: standard deviations of the initial weights, "
                                            "evenly spaced on a log scale from 1 to 0.0001"))
        self.epochs_label.setText(self.tr("Epochs"))
        self.samples_label.setText(self.tr("Training images"))
        self.samples_spin.setToolTip(self.tr("The first n training images: the networks train on them and the "
                                             "training accuracy is measured on them"))
        self.lr_label.setText(self.tr("Learning rate"))
        self.lr.setToolTip(self.tr("SGD learning rate of all networks; changes apply at once, without a restart"))
        self.seed_label.setText(self.tr("Seed"))
        self.test_check.setText(self.tr("Also measure test accuracy"))
        self.test_check.setToolTip(self.tr("Measures the accuracy on 1000 test images at every epoch too. This "
                                           "restarts the sweep, and each epoch takes longer."))
        self.preset_button.setText(self.tr("Book figure 6-19"))
        self.preset_button.setToolTip(self.tr("1000 training images, 16 weight scales from 1 to 0.0001, learning "
                                              "rate 0.01, 20 epochs, seed 0"))
        self.hint.setText(self.tr("Click a panel to see it large and look inside its networks (Esc: back, "
                                  "Page Up/Down: neighbouring scale). Space: play/pause, N: one step, R: reset."))
        self._update_network_label()
        self.caption.setText(self.tr("Each panel: the same network with initial weights of standard deviation W, "
                                     "trained with batch normalization (solid) and without (dashed) from the same "
                                     "initial weights on the same mini-batches. Click a panel to look inside."))
        self.gradient_box.setTitle(self.tr("Gradient check"))
        self.gradient_button.setText(self.tr("Check gradients"))
        self.gradient_button.setToolTip(self.tr("Backpropagation against central differences on a small network "
                                                "with BN and 10 training images (takes a moment)"))
        self.gradient_view.retranslate()
        self.gradient_summary.setText(self.gradient_view.verdict_text())
        self.detail.retranslate()
        self._retitle_grid()

    def _update_network_label(self) -> None:
        sizes = "-".join(str(v) for v in (784, *self.hidden, 10))
        self.network_label.setText(self.tr("Network %1 (ReLU), SGD, mini-batch %2")
                                   .replace("%1", sizes).replace("%2", str(self.batch_size)))

    def _retitle_grid(self) -> None:
        if not self.panels:
            return
        eval_test = self._config.eval_test if self._config is not None else self.test_check.isChecked()
        self.y_label.setText(self.tr("accuracy") if eval_test else self.tr("training accuracy"), size=FONTS.css("heading"))
        self.x_label.setText(self.tr("epoch"), size=FONTS.css("heading"))
        entries = {"bn": self.tr("with BN"), "plain": self.tr("without BN")}
        if eval_test:
            entries = {"bn": self.tr("with BN, training"), "plain": self.tr("without BN, training"),
                       "bn_test": self.tr("with BN, test"), "plain_test": self.tr("without BN, test")}
        self.sweep_legend.set_entries(entries)
        scales = self._config.scales if self._config is not None else log_scales(len(self.panels))
        for p, w in zip(self.panels, scales):
            p.plot.setTitle(self.scale_title(w), size=FONTS.css("heading"))
            p.mark_html = None  # its text is translated too: set again by _draw_panels
        if self.run is not None and self.run.last_snapshot is not None:
            self._drawn_key = None
            self._draw_panels(self.run.last_snapshot)

    def scale_title(self, w: float) -> str:
        return self.tr("W = %1").replace("%1", fmt_scale(w))

    def counter_text(self, snapshot: BatchNormSweepSnapshot) -> str:
        return (self.tr("Epoch %1 / %2 · iteration %3 / %4 · %5 s")
                .replace("%1", str(snapshot.epoch)).replace("%2", str(snapshot.config.epochs))
                .replace("%3", str(snapshot.iteration)).replace("%4", str(snapshot.total_iterations))
                .replace("%5", f"{self._elapsed:.1f}"))

    # configuration ------------------------------------------------------------------------------------------------
    def config(self) -> BatchNormSweepConfig:
        """The sweep as the controls describe it now."""
        n = self.scales_spin.value()
        inspect = self._inspect if self._inspect is not None and self._inspect < n else None
        return BatchNormSweepConfig(n_train=self.samples_spin.value(), hidden=self.hidden, lr=self.lr.value(),
                                    batch_size=self.batch_size, epochs=self.epochs_spin.value(),
                                    scales=log_scales(n), seed=self.seed_spin.value(),
                                    eval_test=self.test_check.isChecked(), inspect_index=inspect)

    def make_factory(self) -> Callable[[], BatchNormSweepExperiment]:
        config = self.config()
        catalog, key = self.catalog, self.data_box.key()
        self._config = config
        return lambda: BatchNormSweepExperiment(config, catalog.load(key))

    def load_book_preset(self) -> None:
        """The book's figure 6-19: every control back to its default, then a fresh sweep."""
        book = book_figure_6_19()
        self._restarting = True
        try:
            self.scales_spin.setValue(book.n_scales)
            self.epochs_spin.setValue(book.epochs)
            self.samples_spin.setValue(book.n_train)
            self.seed_spin.setValue(book.seed)
            self.lr.setValue(book.lr)
            self.test_check.setChecked(book.eval_test)
        finally:
            self._restarting = False
        self.show_sweep()
        self.restart()

    def restart(self) -> None:
        if self._restarting:
            return
        super().restart()

    # run life cycle -------------------------------------------------------------------------------------------------
    def _first_run(self) -> None:
        """Show step 0 (a paused run) once the tab is up, unless a run was started already (smoke test)."""
        if self.run is None:
            self.reset()  # builds the grid (on_reset)

    def sweep_done(self) -> bool:
        return self._done

    def toggle_play(self) -> None:
        if not self.is_playing and self._done:  # Play after the end: run the sweep again
            self.reset()
        super().toggle_play()

    def step_once(self) -> None:
        if self._done:
            self.show_message(self.tr("The sweep is complete. Press Play to run it again."))
            return
        super().step_once()

    def on_reset(self) -> None:
        config = self._config
        self._done = False
        self._elapsed = 0.0
        self._tick = None
        self._drawn_key = None
        if config is not None and (config.n_scales != len(self.panels) or config.epochs != self._grid_epochs):
            self._build_grid(config.n_scales, config.epochs, config.eval_test)
        for p in self.panels:
            p.clear()
        if config is not None:
            self._set_panel_test(config.eval_test)
        self._retitle_grid()
        self.detail.clear_curves()
        if self.pages.currentWidget() is self.detail:
            if config is not None and self._inspect is not None and self._inspect < config.n_scales:
                self.detail.index = None  # force a fresh detail (new run)
                self.detail.set_scale(self._inspect, config.scales[self._inspect], config.n_scales,
                                      config.eval_test)
            else:
                self.show_sweep()
        self.clear_message()

    def on_frame(self, snap: BatchNormSweepSnapshot) -> None:
        now = time.perf_counter()
        if self._tick is not None and self.is_playing and not self._done:
            self._elapsed += now - self._tick
        self._tick = now if self.is_playing else None
        if len(snap.scales) != len(self.panels):
            self._build_grid(len(snap.scales), snap.config.epochs, snap.config.eval_test)
        detail = self.pages.currentWidget() is self.detail
        grid_changed = False if detail else self._draw_panels(snap)  # the grid is drawn again on the way back
        if detail and self.detail.index is not None:
            self.detail.show_curves(snap)
            self._repaint = self.detail.curves.viewport()
            if self.detail.show_inside(snap.inside) and self.YIELD_TO_GUI:
                self.detail.inside_plots.viewport().repaint()  # now, while the worker waits (see frame_widget)
        elif grid_changed:
            self._repaint = self.grid.viewport()
        if snap.iteration == 0 and snap.n_train < snap.config.n_train:
            self.show_message(self.tr("This data set has only %1 training images; all of them are used.")
                              .replace("%1", f"{snap.n_train:,}"))
        if snap.done and not self._done:
            self._done = True
            if self.is_playing:
                self.pause()
            self.run_bar.set_counter(self.counter_text(snap))
            self.show_message(self.tr("Sweep complete: %1 iterations of %2 networks in %3 s. Click a panel to "
                                      "look inside.").replace("%1", str(snap.iteration))
                              .replace("%2", str(2 * len(snap.scales))).replace("%3", f"{self._elapsed:.1f}"))

    def frame_widget(self) -> QWidget | None:
        """What changed in the last frame, painted by the base at once while the worker waits for it.

        Painting is Python (pyqtgraph) and competes for the GIL with the worker's small NumPy calls; painting while
        the worker stands aside keeps input latency low (bench/bench_batchnorm_tab.py)."""
        widget, self._repaint = self._repaint, None
        return widget

    def _draw_panels(self, snap: BatchNormSweepSnapshot) -> bool:
        """Update the small panels if an epoch or a divergence is new; True if something was drawn."""
        key = (snap.epoch, tuple((s.bn_diverged, s.plain_diverged) for s in snap.scales))
        if key == self._drawn_key:
            return False
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
        if diverged and not snap.done:
            self.show_message(self.tr("Without BN the network diverged (overflow) at W = %1; it stays at the "
                                      "accuracy of a constant guess.").replace("%1", ", ".join(diverged)))
        return True

    # grid ------------------------------------------------------------------------------------------------------------
    def _build_grid(self, n: int, epochs: int, eval_test: bool) -> None:
        """Lay out n small panels (ceil(√n) columns), one shared legend, shared axis labels, linked axes."""
        ci = self.grid.ci
        release_scene(self.grid.scene())  # before any item goes (see gui/scenes.py)
        ci.clear()
        rows, cols = grid_shape(n)
        if self.sweep_legend is None:
            self.sweep_legend = SweepLegend(ci, row=0, col=1, colspan=cols)
        else:
            self.sweep_legend.attach(ci, row=0, col=1, colspan=cols)
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
            self.panels.append(_Panel(plot, i))
        self.x_label = ci.addLabel(row=rows + 1, col=1, colspan=cols)
        layout = ci.layout
        for c in range(1, cols + 1):
            layout.setColumnStretchFactor(c, 1)
        for r in range(1, rows + 1):
            layout.setRowStretchFactor(r, 1)
        self._grid_epochs = epochs
        self._set_panel_test(eval_test)
        # Qt shrank the layout to its maximum size while it held only the (fixed-height) legend row; give it the
        # whole view again (pyqtgraph only does this on a resize of the view).
        self.grid.setRange(self.grid.range, padding=0, disableAutoPixel=False)

    def _set_panel_test(self, eval_test: bool) -> None:
        for p in self.panels:
            p.bn_test.setVisible(eval_test)
            p.plain_test.setVisible(eval_test)

    def panel_at(self, scene_pos) -> int | None:
        for p in self.panels:
            if p.plot.sceneBoundingRect().contains(scene_pos):
                return p.index
        return None

    def _on_grid_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index = self.panel_at(event.scenePos())
        if index is not None:
            self.open_scale(index)

    # detail ----------------------------------------------------------------------------------------------------------
    def open_scale(self, index: int) -> None:
        """Show scale ``index`` large and ask the model for its inside view (live, also when paused or finished)."""
        config = self._config
        if config is None or not 0 <= index < config.n_scales:
            return
        self._inspect = index
        self.detail.set_scale(index, config.scales[index], config.n_scales, config.eval_test)
        self.pages.setCurrentWidget(self.detail)
        self.detail.setFocus()
        snap = self.run.last_snapshot if self.run is not None else None
        if snap is not None and len(snap.scales) == config.n_scales:
            self.detail.show_curves(snap)
            self.detail.show_inside(snap.inside)
        self._request_inspect(index)

    def _request_inspect(self, index: int) -> None:
        run = self.run
        if run is None or run.is_finished:
            return
        snap = run.last_snapshot
        if snap is not None and snap.inspect_index == index:
            return
        run.set("inspect_index", index)  # applied at once, also while paused (without training)

    def show_sweep(self) -> None:
        """Back to the grid of all scales (from a scale's detail or the gradient check)."""
        if self.pages.currentIndex() == 0:
            return
        self.pages.setCurrentIndex(0)
        self.grid.setFocus()
        if self.run is not None and self.run.last_snapshot is not None:
            self._draw_panels(self.run.last_snapshot)

    def _on_neighbour(self, delta: int) -> None:
        if self.pages.currentWidget() is not self.detail or self.detail.index is None:
            return
        self.open_scale(self.detail.index + delta)

    # gradient check ---------------------------------------------------------------------------------------------------
    def check_gradients(self) -> dict[str, tuple[float, float]]:
        """Run the BN gradient check on the chosen data (about 0.05 s, in the GUI thread) and show it large."""
        result = self.gradient_view.run_check(self.catalog.load(self.data_box.key()))
        self.gradient_summary.setText(self.gradient_view.verdict_text())
        self.gradient_summary.show()
        self.gradient_summary.setStyleSheet("color: #1B7F3B;" if self.gradient_view.matches() else "color: #B00020;")
        self.pages.setCurrentWidget(self.gradient_view)
        self.gradient_view.setFocus()
        return result

    # export ----------------------------------------------------------------------------------------------------------
    def export_item(self):
        if self.pages.currentWidget() is self.detail:
            return self.detail.curves.ci
        return self.grid.ci

    def export_csv(self, path: str) -> None:
        """Accuracy per epoch for every scale: BN and plain training accuracy (and test accuracy if measured)."""
        snap = self.run.last_snapshot if self.run is not None else None
        if snap is None or snap.epoch == 0:
            raise OSError(self.tr("Nothing to export yet"))
        with atomic_open(path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            header = ["epoch", "iteration"]
            for s in snap.scales:
                w = f"{s.scale:.6g}"
                header += [f"W={w}_bn_train", f"W={w}_plain_train"]
                if s.bn_test_acc is not None:
                    header += [f"W={w}_bn_test", f"W={w}_plain_test"]
            writer.writerow(header)
            for k in range(snap.epoch):
                row: list = [k, int(snap.eval_iterations[k])]
                for s in snap.scales:
                    row += [repr(float(s.bn_train_acc[k])), repr(float(s.plain_train_acc[k]))]
                    if s.bn_test_acc is not None:
                        row += [repr(float(s.bn_test_acc[k])), repr(float(s.plain_test_acc[k]))]
                writer.writerow(row)
