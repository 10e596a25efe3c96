"""The weight-initialization lab (book §6.2, figures 6-10 to 6-15): two views in one tab.

1. **Activation histograms** (figures 6-10 to 6-14): 1000 random inputs go through a stack of bias-free layers;
   one histogram per layer of the activations (top row) and of the gradients dL/da flowing back (bottom row), and
   the standard deviation per layer on a log scale. This view is not a stepped experiment: every change of a
   control recomputes at once, in the GUI thread (``HistogramLab.compute`` takes about 10 ms), at most once per
   turn of the event loop, so a dragged slider is followed by the picture.
2. **Training on MNIST** (figure 6-15, live): std 0.01, Xavier and He (and an optional custom std) train the same
   ReLU network on the same mini-batches; loss and accuracy curves, and the activation histograms of a chosen run
   as they evolve. This view owns the tab's run (the run bar, Space/N/R).

The math is in ``model.experiments.weight_init`` and ``model.experiments.init_compare``; this module only binds
widgets and draws.
"""
from __future__ import annotations

import csv
import math
import time
from collections.abc import Callable
from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QFormLayout, QGraphicsTextItem,
                               QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QRadioButton, QSizePolicy, QSpinBox, QSplitter, QStackedWidget, QVBoxLayout, QWidget)

from gui.data import DataSourceBox
from gui.format import (axis_exponent, fmt_count, fmt_number, fmt_percent, fmt_tick, nice_ceil, nice_floor, nice_ticks,
                        power_of_ten)
from gui.plotstyle import (FONTS, SERIES_COLORS, filled_histogram, freeze_plot, linked_plots, pen, recolor_histogram,
                           style_plot)
from gui.tabs.base import ExperimentTab
from gui.training_plots import TrainingCurves
from gui.widgets import ColorSwatch, LogValueControl, finish_control_panel
from model.experiments.init_compare import InitCompareConfig, InitCompareExperiment, book_figure_6_15
from model.experiments.weight_init import BOOK_PRESETS, HistogramConfig, HistogramLab, HistogramSnapshot
from model.files import atomic_open

# ------------------------------------------------------------------------------------------------------------------
# Display helpers (formatting only)

INIT_COLORS = {"std=0.01": SERIES_COLORS[0], "Xavier": SERIES_COLORS[1], "He": SERIES_COLORS[2],
               "std=1": SERIES_COLORS[3]}
"""One colour per initialization, the same in both views (run names as ``init_compare.init_name`` gives them)."""
CUSTOM_COLOR = SERIES_COLORS[4]
ZERO_COLOR = "#5A5A5A"
"""The bar of values that are exactly 0 (ReLU's switched-off units), drawn apart from the histogram."""
GRID_COLOR = "#333333"


def init_color(name: str) -> str:
    return INIT_COLORS.get(name, CUSTOM_COLOR)


def _freeze(plot: pg.PlotItem) -> None:
    """A frozen figure whose axes are cached pictures (painting every axis of 20 plots at each slider move cost
    more than the model's computation); the end ticks (0 and 1) stay visible."""
    freeze_plot(plot, cache_axes=True)
    plot.getAxis("bottom").setStyle(hideOverlappingLabels=14)


class StatsLabel(pg.GraphicsWidget):
    """A few centred lines of rich text under a plot. Unlike ``pg.LabelItem`` it wraps to the column's width instead
    of widening the column, so long numbers never push the plots out of the window."""

    def __init__(self, lines: int = 3, role: str = "label") -> None:
        super().__init__()
        self.item = QGraphicsTextItem(self)
        font = FONTS.font(role)
        self.item.setFont(font)
        height = QFontMetricsF(font).lineSpacing() * lines + 8
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)
        self.setMinimumWidth(40)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._html = ""

    def setText(self, html: str) -> None:
        self._html = html
        self.item.setHtml(f"<div align='center'>{html}</div>")
        self._fit()

    def text(self) -> str:
        return self.item.toPlainText()

    def resizeEvent(self, event) -> None:
        self._fit()

    def _fit(self) -> None:
        self.item.setTextWidth(max(self.size().width(), 40.0))
        self.item.setPos(0, 0)


class _LayerPlot:
    """One layer's histogram: the bars, the separate bar of exact zeros with its text, a light grid, and the stats
    label. Axis ranges, ticks and labels are only touched when they change."""

    def __init__(self, plot: pg.PlotItem, label: StatsLabel | None) -> None:
        self.plot = plot
        self.label = label
        self.initial: pg.PlotDataItem | None = None
        self._state: dict[str, object] = {}
        self.grid = pg.PlotCurveItem(pen=pg.mkPen("#DDDDDD", width=1), connect="pairs", antialias=False)
        self.grid.setZValue(-10)
        plot.addItem(self.grid)
        self.bars = filled_histogram(plot, SERIES_COLORS[0], 170)
        self.zero_bar = plot.plot([0.0, 1.0], [0.0], stepMode="center", fillLevel=0,
                                  brush=pg.mkBrush(ZERO_COLOR), pen=pen(ZERO_COLOR, 1.0), antialias=False)
        self.zero_text = pg.TextItem(color=ZERO_COLOR, anchor=(0, 0))
        self.zero_text.setFont(FONTS.font("tick", bold=True))
        plot.addItem(self.zero_text)
        self.zero_text.setZValue(20)

    def _changed(self, key: str, value) -> bool:
        if self._state.get(key) == value:
            return False
        self._state[key] = value
        return True

    def set_color(self, color: str, alpha: int) -> None:
        if self._changed("color", (color, alpha)):
            recolor_histogram(self.bars, color, alpha)

    def set_frame(self, x_range: tuple[float, float], tick_range: tuple[float, float],
                  y_ticks: list[tuple[float, str]], x_label: str | None, n_ticks: int = 3) -> None:
        """Axis ranges, round x ticks inside ``tick_range``, y ticks and grid lines, the x label."""
        if self._changed("x", (x_range, tick_range, n_ticks)):
            self.plot.setXRange(*x_range, padding=0.02)
            if n_ticks < 3 and tick_range[0] < 0:  # narrow symmetric axis: just ±t, far enough apart to read
                t = nice_floor(tick_range[1])
                ticks = [(-t, fmt_tick(-t)), (t, fmt_tick(t))]
            else:
                ticks = nice_ticks(*tick_range, n_ticks)
            self.plot.getAxis("bottom").setTicks([ticks, []])
        if self._changed("y", y_ticks) or self._state.get("grid_x") != x_range:
            self._state["grid_x"] = x_range
            self.plot.getAxis("left").setTicks([y_ticks, []])
            lo, hi = x_range
            span = hi - lo
            ys = np.repeat([v for v, _ in y_ticks if v > 0], 2)
            xs = np.tile([lo - span, hi + span], len(ys) // 2)
            self.grid.setData(xs, ys)
        if x_label is not None and self._changed("label", x_label):
            self.plot.setLabel("bottom", x_label, **{"font-size": FONTS.css("label")})

    def show_zeros(self, fraction: float | None, left: float = 0.0, right: float = 0.0, top: float = 1.0,
                   text: str = "") -> None:
        """Draw the exact zeros as their own grey bar over [left, right], clipped at ``top``, with ``text``."""
        if fraction is None:
            self.zero_bar.hide()
            self.zero_text.hide()
            return
        height = 100 * fraction
        self.zero_bar.setData([left, right], [min(height, top)])
        self.zero_bar.show()
        self.zero_text.setText(text)
        self.zero_text.setPos(right, top)
        self.zero_text.show()


# ------------------------------------------------------------------------------------------------------------------
# View 1: activation and gradient histograms


STD_CHOICES = ("1", "0.01", "xavier", "he", "custom")
STD_VALUES = {"1": 1.0, "0.01": 0.01, "xavier": "xavier", "he": "he"}
STD_NAMES = {"1": "std=1", "0.01": "std=0.01", "xavier": "Xavier", "he": "He"}
PRESET_ORDER = tuple(BOOK_PRESETS)
BASE_VALUES = 100_000
"""Values per histogram the lab aims at: 1000 inputs × 100 units as in the book; fewer inputs for wider layers."""


def n_samples_for(n_units: int) -> int:
    return int(min(1000, max(100, BASE_VALUES // n_units)))


class HistogramView(QWidget):
    """Controls and plots of the activation/gradient histograms; recomputes synchronously on every change."""

    computed = Signal()
    MAX_LAYERS = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lab = HistogramLab()
        self.snapshot: HistogramSnapshot | None = None
        self.compute_ms = 0.0
        self._applying = False
        self._built_layers = 0

        panel = QWidget(self)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 6, 0)

        self.preset_box = QGroupBox(panel)
        preset_layout = QVBoxLayout(self.preset_box)
        self.preset_combo = QComboBox(self.preset_box)
        self.preset_combo.addItem("", None)
        for key in PRESET_ORDER:
            self.preset_combo.addItem("", key)
        preset_layout.addWidget(self.preset_combo)
        panel_layout.addWidget(self.preset_box)

        self.activation_box = QGroupBox(panel)
        act_layout = QHBoxLayout(self.activation_box)
        self.activation_group = QButtonGroup(self)
        self.activation_buttons: dict[str, QRadioButton] = {}
        for name in ("sigmoid", "tanh", "relu"):
            button = QRadioButton(self.activation_box)
            self.activation_group.addButton(button)
            self.activation_buttons[name] = button
            act_layout.addWidget(button)
        self.activation_buttons["sigmoid"].setChecked(True)
        panel_layout.addWidget(self.activation_box)

        self.std_box = QGroupBox(panel)
        std_layout = QGridLayout(self.std_box)
        self.std_group = QButtonGroup(self)
        self.std_buttons: dict[str, QRadioButton] = {}
        self.std_swatches: dict[str, ColorSwatch] = {}
        for i, choice in enumerate(STD_CHOICES):
            button = QRadioButton(self.std_box)
            self.std_group.addButton(button)
            self.std_buttons[choice] = button
            swatch = ColorSwatch(init_color(STD_NAMES.get(choice, "")), self.std_box)
            self.std_swatches[choice] = swatch
            std_layout.addWidget(swatch, i, 0)
            std_layout.addWidget(button, i, 1)
        self.std_buttons["1"].setChecked(True)
        self.custom_std = LogValueControl(0.1, 1e-3, 10.0, self.std_box)
        std_layout.addWidget(self.custom_std, len(STD_CHOICES), 1)
        self.std_value = QLabel(self.std_box)
        self.std_value.setWordWrap(True)
        std_layout.addWidget(self.std_value, len(STD_CHOICES) + 1, 0, 1, 2)
        std_layout.setColumnStretch(1, 1)
        panel_layout.addWidget(self.std_box)

        self.net_box = QGroupBox(panel)
        form = QFormLayout(self.net_box)
        self.layers_label, self.units_label, self.seed_label = QLabel(), QLabel(), QLabel()
        self.layers_spin = QSpinBox(self.net_box)
        self.layers_spin.setRange(1, self.MAX_LAYERS)
        self.layers_spin.setValue(5)
        self.units_spin = QSpinBox(self.net_box)
        self.units_spin.setRange(10, 500)
        self.units_spin.setSingleStep(10)
        self.units_spin.setValue(100)
        self.seed_spin = QSpinBox(self.net_box)
        self.seed_spin.setRange(0, 999_999)
        self.new_sample_button = QPushButton(self.net_box)
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed_spin, 1)
        seed_row.addWidget(self.new_sample_button)
        form.addRow(self.layers_label, self.layers_spin)
        form.addRow(self.units_label, self.units_spin)
        form.addRow(self.seed_label, seed_row)
        panel_layout.addWidget(self.net_box)

        self.hint, scroll = finish_control_panel(panel, panel_layout, self, 360, frame=False)

        self.plots = pg.GraphicsLayoutWidget(self)
        self.plots.ci.layout.setHorizontalSpacing(14)
        self.plots.ci.layout.setVerticalSpacing(2)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.plots, 1)
        right_layout.addWidget(self.info)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([370, 1130])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.compact = False
        self.act_rows: list[_LayerPlot] = []
        self.grad_rows: list[_LayerPlot] = []
        self.summary: pg.PlotItem | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.compute_now)

        self.preset_combo.activated.connect(self._on_preset_chosen)
        self.activation_group.buttonToggled.connect(self._on_button_toggled)
        self.std_group.buttonToggled.connect(self._on_button_toggled)
        self.custom_std.valueChanged.connect(self._on_custom_std)
        for spin in (self.layers_spin, self.units_spin, self.seed_spin):
            spin.valueChanged.connect(self._on_user_change)
        self.new_sample_button.clicked.connect(self.new_sample)

    # texts ----------------------------------------------------------------------------------------------------------
    def preset_names(self) -> dict[str, str]:
        return {
            "fig6-10_sigmoid_std1": self.tr("Figure 6-10: sigmoid, std 1"),
            "fig6-11_sigmoid_std0.01": self.tr("Figure 6-11: sigmoid, std 0.01"),
            "fig6-13_sigmoid_xavier": self.tr("Figure 6-13: sigmoid, Xavier"),
            "fig6-13_tanh_xavier": self.tr("Figure 6-13 (note): tanh, Xavier"),
            "fig6-14_relu_std0.01": self.tr("Figure 6-14: ReLU, std 0.01"),
            "fig6-14_relu_xavier": self.tr("Figure 6-14: ReLU, Xavier"),
            "fig6-14_relu_he": self.tr("Figure 6-14: ReLU, He"),
        }

    def retranslate(self) -> None:
        self.preset_box.setTitle(self.tr("Book figures"))
        names = self.preset_names()
        self.preset_combo.setItemText(0, self.tr("Your own settings"))
        for i in range(1, self.preset_combo.count()):
            self.preset_combo.setItemText(i, names.get(self.preset_combo.itemData(i), ""))
        self.preset_combo.setToolTip(self.tr("Sets every control as in the book's figure (seed 0, the book's "
                                             "random numbers)"))
        self.activation_box.setTitle(self.tr("Activation function"))
        self.activation_buttons["sigmoid"].setText(self.tr("sigmoid"))
        self.activation_buttons["tanh"].setText(self.tr("tanh"))
        self.activation_buttons["relu"].setText("ReLU")
        self.std_box.setTitle(self.tr("Weight initial value (standard deviation)"))
        self.std_buttons["1"].setText(self.tr("std 1"))
        self.std_buttons["0.01"].setText(self.tr("std 0.01"))
        self.std_buttons["xavier"].setText(self.tr("Xavier √(1/n)"))
        self.std_buttons["he"].setText(self.tr("He √(2/n)"))
        self.std_buttons["custom"].setText(self.tr("custom std:"))
        self.custom_std.setToolTip(self.tr("Drag, or type a value (0.001 to 10)"))
        self.net_box.setTitle(self.tr("Network and input sample"))
        self.layers_label.setText(self.tr("Layers"))
        self.units_label.setText(self.tr("Units per layer (n)"))
        self.seed_label.setText(self.tr("Seed"))
        self.new_sample_button.setText(self.tr("New sample"))
        self.new_sample_button.setToolTip(self.tr("Draw new random inputs and weights (N)"))
        self.hint.setText(self.tr("The histograms are recomputed as soon as a setting changes. Top row: the "
                                  "activations z of each layer; bottom row: the gradients dL/da flowing back "
                                  "through it. N: new random sample."))
        self._update_std_text()
        if self.snapshot is not None:
            self._retitle()
            self._draw(self.snapshot)

    def _update_std_text(self) -> None:
        n = self.units_spin.value()
        scale = self._scale()
        self.std_value.setText(self.tr("Weights drawn with std %1 (n = %2 inputs per unit)")
                               .replace("%1", fmt_number(scale)).replace("%2", str(n)))

    # configuration --------------------------------------------------------------------------------------------------
    def activation(self) -> str:
        return next(n for n, b in self.activation_buttons.items() if b.isChecked())

    def std_choice(self) -> str:
        return next(c for c, b in self.std_buttons.items() if b.isChecked())

    def weight_std(self) -> float | str:
        choice = self.std_choice()
        return self.custom_std.value() if choice == "custom" else STD_VALUES[choice]

    def init_name(self) -> str:
        choice = self.std_choice()
        if choice == "custom":
            return f"std={self.custom_std.value():g}"
        return STD_NAMES[choice]

    def _scale(self) -> float:
        std = self.weight_std()
        n = self.units_spin.value()
        return math.sqrt(1.0 / n) if std == "xavier" else math.sqrt(2.0 / n) if std == "he" else float(std)

    def config(self) -> HistogramConfig:
        n_units = self.units_spin.value()
        return HistogramConfig(activation=self.activation(), weight_std=self.weight_std(),
                               n_layers=self.layers_spin.value(), n_units=n_units,
                               n_samples=n_samples_for(n_units), seed=self.seed_spin.value(), n_bins=30,
                               rng_stream="book", act_range="shared", grad_range="per_layer", dtype="float32")

    def apply_preset(self, key: str) -> None:
        """Set every control as the book's figure ``key`` (a key of ``BOOK_PRESETS``) and recompute."""
        config = BOOK_PRESETS[key]
        self._applying = True
        try:
            self.activation_buttons[config.activation].setChecked(True)
            std = config.weight_std
            choice = next((c for c, v in STD_VALUES.items() if v == std), "custom")
            if choice == "custom":
                self.custom_std.setValue(float(std))
            self.std_buttons[choice].setChecked(True)
            self.layers_spin.setValue(config.n_layers)
            self.units_spin.setValue(config.n_units)
            self.seed_spin.setValue(config.seed)
            self.preset_combo.setCurrentIndex(self.preset_combo.findData(key))
        finally:
            self._applying = False
        self.request_compute()

    def new_sample(self) -> None:
        self.seed_spin.setValue(self.seed_spin.value() + 1)

    # events ----------------------------------------------------------------------------------------------------------
    def _on_preset_chosen(self, index: int) -> None:
        key = self.preset_combo.itemData(index)
        if key is not None:
            self.apply_preset(key)

    def _on_button_toggled(self, _button, checked: bool) -> None:
        if checked:
            self._on_user_change()

    def _on_custom_std(self, _value: float) -> None:
        if not self.std_buttons["custom"].isChecked():
            self.std_buttons["custom"].setChecked(True)  # toggling it recomputes
        else:
            self._on_user_change()

    def _on_user_change(self, *_args) -> None:
        if self._applying:
            return
        self.preset_combo.setCurrentIndex(0)
        self.request_compute()

    def request_compute(self) -> None:
        """Recompute on the next turn of the event loop, with the controls' values then (coalesces a drag)."""
        if not self._timer.isActive():
            self._timer.start()

    def compute_now(self) -> None:
        self._timer.stop()
        self._update_std_text()
        t0 = time.perf_counter()
        try:
            snapshot = self.lab.compute(self.config())
        except ValueError as exc:
            self.info.setText(str(exc))
            return
        self.compute_ms = (time.perf_counter() - t0) * 1e3
        self.snapshot = snapshot
        if snapshot.config.n_layers != self._built_layers:
            self._build(snapshot.config.n_layers)
        self._draw(snapshot)
        self.computed.emit()

    # plots -----------------------------------------------------------------------------------------------------------
    def _build(self, n_layers: int) -> None:
        """One plot per layer in two rows (activations, gradients), stats under each, and the std-per-layer plot."""
        ci = self.plots.ci
        ci.clear()
        self.compact = compact = n_layers > 6  # narrow columns: smaller type, fewer words and ticks
        ci.layout.setHorizontalSpacing(6 if compact else 14)
        self.act_rows, self.grad_rows = [], []
        self.act_header = ci.addLabel(row=0, col=0, angle=-90)
        self.grad_header = ci.addLabel(row=2, col=0, angle=-90)
        for row, rows in ((0, self.act_rows), (2, self.grad_rows)):
            for i, plot in enumerate(linked_plots(ci, [(row, i + 1) for i in range(n_layers)], cache_axes=True)):
                plot.getAxis("bottom").setStyle(hideOverlappingLabels=14)  # keep the end ticks (0 and 1) visible
                label = StatsLabel(lines=(3 if compact else 4) if row == 0 else (1 if compact else 2),
                                   role="small" if compact else "label")
                ci.addItem(label, row=row + 1, col=i + 1)
                rows.append(_LayerPlot(plot, label))
        self.summary = ci.addPlot(row=0, col=n_layers + 1, rowspan=3)
        _freeze(self.summary)
        self.summary.showGrid(x=False, y=True, alpha=0.25)
        self.summary.setLogMode(x=False, y=True)
        self.act_std_curve = self.summary.plot([], [], pen=pen(SERIES_COLORS[0], 2.5), symbol="o", symbolSize=10,
                                               connect="finite")
        self.grad_std_curve = self.summary.plot([], [], pen=pen(SERIES_COLORS[0], 2.5, style=Qt.PenStyle.DashLine),
                                                symbol="s", symbolSize=9, connect="finite")
        self.summary.setMinimumWidth(170)
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
        self._built_layers = n_layers
        self._retitle()

    def _retitle(self) -> None:
        bold = {"size": FONTS.css("title"), "bold": True}
        self.act_header.setText(self.tr("Activations z"), **bold)
        self.grad_header.setText(self.tr("Gradients dL/da"), **bold)
        for rows in (self.act_rows, self.grad_rows):
            for i, lp in enumerate(rows):
                lp.plot.setTitle(self.tr("Layer %1").replace("%1", str(i + 1)), size=FONTS.css("tick" if self.compact else "heading"))
        for rows in (self.act_rows, self.grad_rows):
            rows[0].plot.setLabel("left", self.tr("% of values"), **{"font-size": FONTS.css("label")})
        style_plot(self.summary, self.tr("std per layer"), self.tr("layer"),
                   self.tr("standard deviation (log scale)"))
        self.summary_legend.clear()
        self.summary_legend.addItem(self.act_std_curve, self.tr("activations z"))
        self.summary_legend.addItem(self.grad_std_curve, self.tr("gradients dL/da"))

    def _draw(self, snap: HistogramSnapshot) -> None:
        config = snap.config
        color = init_color(self.init_name())
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
        n_samples, n_units = config.n_samples, config.n_units
        self.info.setText(self.tr("%1 layers of %2 units, no bias; %3 random inputs, so %4 values in each histogram; "
                                  "weights std %5. Computed in %6 ms.")
                          .replace("%1", str(config.n_layers)).replace("%2", str(n_units))
                          .replace("%3", fmt_count(n_samples)).replace("%4", fmt_count(n_samples * n_units))
                          .replace("%5", fmt_number(snap.scale)).replace("%6", f"{self.compute_ms:.0f}")
                          + " " + self.saturation_note(config.activation))

    def saturation_note(self, activation: str) -> str:
        if activation == "sigmoid":
            return self.tr("Saturated: z below 0.02 | above 0.98, where the gradient of the sigmoid is almost 0.")
        if activation == "tanh":
            return self.tr("Saturated: z below −0.98 | above 0.98, where the gradient of tanh is almost 0.")
        return self.tr("Grey bar: values exactly 0 (units switched off by ReLU), counted apart from the histogram.")

    def _draw_row(self, rows: list[_LayerPlot], stats, color: str, alpha: int, *, zeros_apart: bool, symbol: str,
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
        if rows[0]._changed("top", top):
            rows[0].plot.setYRange(0, top, padding=0)

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

    def export_csv(self, path: str) -> None:
        snap = self.snapshot
        if snap is None:
            raise OSError(self.tr("Nothing to export yet"))
        with atomic_open(path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["values", "layer", "mean", "std", "fraction_zero", "fraction_saturated_low",
                             "fraction_saturated_high", "bin_left", "bin_right", "count"])
            for kind, stats in (("activation", snap.activations), ("gradient_dL_da", snap.gradients)):
                for s in stats:
                    head = [kind, s.layer, repr(s.mean), repr(s.std), repr(s.frac_zero), repr(s.frac_sat_lo),
                            repr(s.frac_sat_hi)]
                    if s.n_zero_unbinned:
                        writer.writerow(head + ["0", "0", s.n_zero_unbinned])
                    for j, count in enumerate(s.counts):
                        writer.writerow(head + [repr(float(s.edges[j])), repr(float(s.edges[j + 1])), int(count)])


# ------------------------------------------------------------------------------------------------------------------
# View 2: training on MNIST


MNIST_INITS = ("0.01", "xavier", "he")


class MnistView(QWidget):
    """Controls and plots of the training comparison; the tab drives its run."""

    def __init__(self, tab: WeightInitTab) -> None:
        super().__init__(tab)
        self.tab = tab
        panel = QWidget(self)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 6, 0)
        self.data_box = DataSourceBox(tab.catalog, panel)
        panel_layout.addWidget(self.data_box)

        self.init_box = QGroupBox(panel)
        grid = QGridLayout(self.init_box)
        self.init_checks: dict[str, QCheckBox] = {}
        for i, choice in enumerate(MNIST_INITS + ("custom",)):
            check = QCheckBox(self.init_box)
            check.setChecked(choice != "custom")
            self.init_checks[choice] = check
            grid.addWidget(ColorSwatch(init_color(STD_NAMES.get(choice, "")), self.init_box), i, 0)
            grid.addWidget(check, i, 1)
        self.custom_std = LogValueControl(0.05, 1e-3, 10.0, self.init_box)
        grid.addWidget(self.custom_std, len(MNIST_INITS) + 1, 1)
        grid.setColumnStretch(1, 1)
        panel_layout.addWidget(self.init_box)

        self.train_box = QGroupBox(panel)
        form = QFormLayout(self.train_box)
        self.network_label = QLabel(self.train_box)
        self.network_label.setWordWrap(True)
        form.addRow(self.network_label)
        self.lr_label, self.batch_label, self.iter_label, self.seed_label = QLabel(), QLabel(), QLabel(), QLabel()
        self.lr = LogValueControl(0.01, 1e-4, 1.0, self.train_box)
        self.batch_spin = QSpinBox(self.train_box)
        self.batch_spin.setRange(1, 1000)
        self.batch_spin.setValue(128)
        self.iter_spin = QSpinBox(self.train_box)
        self.iter_spin.setRange(10, 100_000)
        self.iter_spin.setSingleStep(100)
        self.iter_spin.setValue(2000)
        self.seed_spin = QSpinBox(self.train_box)
        self.seed_spin.setRange(0, 999_999)
        form.addRow(self.lr_label, self.lr)
        form.addRow(self.batch_label, self.batch_spin)
        form.addRow(self.iter_label, self.iter_spin)
        form.addRow(self.seed_label, self.seed_spin)
        panel_layout.addWidget(self.train_box)

        self.preset_button = QPushButton(panel)
        panel_layout.addWidget(self.preset_button)

        self.hist_box = QGroupBox(panel)
        hist_form = QFormLayout(self.hist_box)
        self.run_label = QLabel()
        self.run_combo = QComboBox(self.hist_box)
        hist_form.addRow(self.run_label, self.run_combo)
        panel_layout.addWidget(self.hist_box)

        self.hint, scroll = finish_control_panel(panel, panel_layout, self, 360, frame=False)

        self.plots = pg.GraphicsLayoutWidget(self)
        ci = self.plots.ci
        self.names: tuple[str, ...] = ()
        self.curves = TrainingCurves(ci, [], {}, row=0, col=0)
        self._style_curves()
        self.hist_layout = ci.addLayout(row=0, col=1, rowspan=2)
        self.hist_title = self.hist_layout.addLabel(row=0, col=0)
        self.hist_plots: list[_LayerPlot] = []
        for plot in linked_plots(self.hist_layout, [(i + 1, 0) for i in range(4)], inner_y_values=True,
                                 cache_axes=True):
            plot.getAxis("bottom").setStyle(hideOverlappingLabels=14)
            lp = _LayerPlot(plot, None)
            lp.initial = plot.plot([0.0, 1.0], [0.0], stepMode="center", pen=pen("#000000", 1.5,
                                                                                style=Qt.PenStyle.DotLine))
            self.hist_plots.append(lp)
        ci.layout.setColumnStretchFactor(0, 3)
        ci.layout.setColumnStretchFactor(1, 2)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.plots)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([370, 1130])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.data_box.sourceChanged.connect(lambda _key: tab.restart())
        for check in self.init_checks.values():
            check.toggled.connect(lambda _on: tab.restart())
        self.custom_std.valueChanged.connect(self._on_custom_std)
        self.lr.valueChanged.connect(lambda v: tab.send_live("lr", v))
        for spin in (self.batch_spin, self.iter_spin, self.seed_spin):
            spin.valueChanged.connect(lambda _v: tab.restart_soon())
        self.preset_button.clicked.connect(self.load_book_preset)
        self.run_combo.activated.connect(self._on_run_chosen)

    def retranslate(self) -> None:
        self.init_box.setTitle(self.tr("Weight initial values"))
        self.init_box.setToolTip(self.tr("One network is trained for each checked initial value"))
        self.init_checks["0.01"].setText(self.tr("std 0.01"))
        self.init_checks["xavier"].setText(self.tr("Xavier √(1/n)"))
        self.init_checks["he"].setText(self.tr("He √(2/n)"))
        self.init_checks["custom"].setText(self.tr("custom std:"))
        self.custom_std.setToolTip(self.tr("Drag, or type a value (0.001 to 10)"))
        self.train_box.setTitle(self.tr("Training with SGD"))
        self.network_label.setText(self.tr("ReLU network 784-100-100-100-100-10"))
        self.lr_label.setText(self.tr("Learning rate"))
        self.lr.setToolTip(self.tr("Changes the running training at once"))
        self.batch_label.setText(self.tr("Mini-batch size"))
        self.iter_label.setText(self.tr("Iterations"))
        self.seed_label.setText(self.tr("Seed"))
        self.preset_button.setText(self.tr("Book figure 6-15"))
        self.preset_button.setToolTip(self.tr("std 0.01, Xavier and He; SGD learning rate 0.01, mini-batch 128, "
                                              "2000 iterations, seed 0"))
        self.hist_box.setTitle(self.tr("Activation histograms"))
        self.run_label.setText(self.tr("Show the network"))
        self.hint.setText(self.tr("Every network starts from the same random numbers, scaled differently, and "
                                  "sees the same mini-batches. Space: play/pause, N: one iteration, R: reset."))
        self.curves.retranslate()
        self.hist_plots[-1].plot.setLabel("bottom", self.tr("activation z"), **{"font-size": FONTS.css("label")})
        self.hist_plots[0].plot.setLabel("left", self.tr("% of values"), **{"font-size": FONTS.css("label")})
        last = self.tab.run.last_snapshot if self.tab.run is not None else None
        self.show_histograms(last)

    # configuration ----------------------------------------------------------------------------------------------------
    def inits(self) -> tuple[float | str, ...]:
        chosen: list[float | str] = [STD_VALUES[c] for c in MNIST_INITS if self.init_checks[c].isChecked()]
        if self.init_checks["custom"].isChecked():
            chosen.append(self.custom_std.value())
        return tuple(chosen)

    def config(self) -> InitCompareConfig:
        inits = self.inits()
        if not inits:
            raise ValueError(self.tr("Choose at least one weight initial value."))
        if len(set(map(str, inits))) != len(inits):
            raise ValueError(self.tr("The custom std equals one of the other choices; change it or uncheck it."))
        run = max(0, min(self.run_combo.currentIndex(), len(inits) - 1))
        return InitCompareConfig(inits=inits, lr=self.lr.value(), batch_size=self.batch_spin.value(),
                                 iterations=self.iter_spin.value(), seed=self.seed_spin.value(), histogram_run=run)

    def load_book_preset(self) -> None:
        config = book_figure_6_15()
        self.tab.hold_restarts(True)
        try:
            for choice in MNIST_INITS:
                self.init_checks[choice].setChecked(True)
            self.init_checks["custom"].setChecked(False)
            self.lr.setValue(config.lr)
            self.batch_spin.setValue(config.batch_size)
            self.iter_spin.setValue(config.iterations)
            self.seed_spin.setValue(config.seed)
        finally:
            self.tab.hold_restarts(False)
        self.tab.restart()

    def _on_custom_std(self, _value: float) -> None:
        if self.init_checks["custom"].isChecked():
            self.tab.restart_soon()
        else:
            self.init_checks["custom"].setChecked(True)

    def set_names(self, names: tuple[str, ...], selected: int) -> None:
        """Rebuild the curves for these runs (only when the set of runs changed) and fill the run chooser."""
        if names != self.names:
            ci = self.plots.ci
            ci.removeItem(self.curves.loss_plot)
            ci.removeItem(self.curves.acc_plot)
            self.curves = TrainingCurves(ci, names, {n: init_color(n) for n in names}, row=0, col=0)
            self._style_curves()
            self.names = names
            self.run_combo.clear()
            for name in names:
                self.run_combo.addItem(name)
        if 0 <= selected < self.run_combo.count():
            self.run_combo.setCurrentIndex(selected)

    def _style_curves(self) -> None:
        """Readable ticks; legends at mid-height on the right, where no curve is at the end of training (the flat
        std 0.01 line runs along the top of the loss plot and the bottom of the accuracy plot)."""
        for plot in (self.curves.loss_plot, self.curves.acc_plot):
            for side in ("bottom", "left"):
                plot.getAxis(side).setStyle(tickFont=FONTS.font("tick"))
        for legend in (self.curves.loss_legend, self.curves.acc_legend):
            legend.anchor(itemPos=(1, 0.5), parentPos=(1, 0.5), offset=(-10, 0))

    def _on_run_chosen(self, index: int) -> None:
        self.tab.send_live("histogram_run", index)
        self.show_histograms(self.tab.run.last_snapshot if self.tab.run is not None else None)

    # drawing ----------------------------------------------------------------------------------------------------------
    def clear(self) -> None:
        self.curves.clear()
        self.show_histograms(None)

    def show_histograms(self, snapshot) -> None:
        """The chosen run's latest activation histograms (filled) over its first ones (dotted outline)."""
        wanted = self.run_combo.currentIndex()
        latest = first = None
        if snapshot is not None:
            for h in snapshot.histogram_history:
                if h.run == wanted:
                    latest = h
                    first = first or h
        if latest is None:
            name = self.run_combo.currentText()
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
                text = self.tr("Layer %1").replace("%1", str(i + 1))
                if lp._changed("title", text):
                    lp.plot.setTitle(text, size=FONTS.css("label"))
            return
        color = init_color(latest.name)
        title = (self.tr("Activations of %1 at iteration %2 (dotted: iteration %3)") if first.step != latest.step
                 else self.tr("Activations of %1 at iteration %2"))
        self.hist_title.setText(title.replace("%1", latest.name).replace("%2", str(latest.step))
                                .replace("%3", str(first.step)), size=FONTS.css("heading"), color=color)
        top = 1.0
        for h in latest.layers + first.layers:
            if h.n_values:
                top = max(top, 100.0 * float(h.counts.max()) / h.n_values)
        top = nice_ceil(top * 1.25)
        y_ticks = nice_ticks(0.0, top, 3)
        for lp, h, h0 in zip(self.hist_plots, latest.layers, first.layers):
            edges = np.asarray(h.edges, dtype=float)
            lp.set_color(color, 170)
            lp.bars.setData(edges, 100.0 * h.counts / max(h.n_values, 1))
            if first.step != latest.step:
                lp.initial.setData(edges, 100.0 * h0.counts / max(h0.n_values, 1))
                lp.initial.show()
            else:
                lp.initial.hide()
            x_lo, x_hi = float(edges[0]), float(edges[-1])
            width = (x_hi - x_lo) / max(len(h.counts), 1)
            lp.show_zeros(h.zero_fraction, x_lo - 1.25 * width, x_lo - 0.25 * width, top,
                          self.tr("= 0: %1").replace("%1", fmt_percent(h.zero_fraction)))
            lp.set_frame((x_lo - 1.4 * width, x_hi), (x_lo, x_hi), y_ticks, None)
            text = self.tr("Layer %1").replace("%1", str(h.layer))
            if h.n_above:
                text += "  " + self.tr("(> %1: %2)").replace("%1", fmt_number(x_hi)).replace(
                    "%2", escape(fmt_percent(h.n_above / h.n_values)))
            if lp._changed("title", text):
                lp.plot.setTitle(text, size=FONTS.css("label"))
        if self.hist_plots[0]._changed("top", top):
            self.hist_plots[0].plot.setYRange(0, top, padding=0)


# ------------------------------------------------------------------------------------------------------------------
# The tab


class WeightInitTab(ExperimentTab):
    """Weight initialization: activation histograms (figures 6-10 to 6-14) and training on MNIST (figure 6-15)."""

    FRAME_INTERVAL = 0.1
    """Training curves and histograms redrawn 10 times a second leave the CPU to the training; pauses and the end
    are drawn at once."""

    DEFAULT_SPEED = 0.0
    SPEED_RANGE = (1.0, 500.0)
    HISTOGRAMS, MNIST = 0, 1

    def __init__(self, parent: QWidget | None = None, catalog=None) -> None:
        super().__init__(parent, catalog)
        self._hold = False
        self._error_shown = False
        self._restart_timer = QTimer(self)
        self._restart_timer.setSingleShot(True)
        self._restart_timer.setInterval(300)
        self._restart_timer.timeout.connect(self.restart)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        switch = QHBoxLayout()
        self.view_group = QButtonGroup(self)
        self.view_buttons: list[QPushButton] = []
        for i in range(2):
            button = QPushButton(top)
            button.setCheckable(True)
            button.setMinimumHeight(34)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.setStyleSheet(
                "QPushButton { padding: 4px 18px; font-weight: bold; border: 1px solid #888; background: #F2F2F2; }"
                "QPushButton:checked { background: #0072B2; color: white; border-color: #0072B2; }")
            self.view_group.addButton(button, i)
            self.view_buttons.append(button)
            switch.addWidget(button)
        switch.addStretch(1)
        top_layout.addLayout(switch)
        self.stack = QStackedWidget(top)
        self.histograms = HistogramView(self.stack)
        self.mnist = MnistView(self)
        self.stack.addWidget(self.histograms)
        self.stack.addWidget(self.mnist)
        top_layout.addWidget(self.stack, 1)
        self.base_layout(top)

        self.view_group.idClicked.connect(self.show_view)
        self.retranslate()
        self.show_view(self.HISTOGRAMS)
        self.histograms.apply_preset(PRESET_ORDER[0])
        self.histograms.compute_now()

    # views ------------------------------------------------------------------------------------------------------------
    def current_view(self) -> int:
        return self.stack.currentIndex()

    def show_view(self, index: int) -> None:
        """Show one view. Leaving the MNIST view pauses its training, as leaving a tab does."""
        if index != self.MNIST and self.is_playing:
            self.pause()
        self.stack.setCurrentIndex(index)
        self.view_buttons[index].setChecked(True)
        mnist = index == self.MNIST
        self.run_bar.setVisible(mnist)
        self.status.setVisible(mnist)
        if mnist and self.run is None:
            super().reset()

    # text -------------------------------------------------------------------------------------------------------------
    def tab_title(self) -> str:
        return self.tr("Weight initialization")

    def retranslate(self) -> None:
        self.view_buttons[self.HISTOGRAMS].setText(self.tr("Activation histograms"))
        self.view_buttons[self.MNIST].setText(self.tr("Training on MNIST"))
        self.view_buttons[self.HISTOGRAMS].setToolTip(self.tr("Figures 6-10 to 6-14: how the initial weights "
                                                              "shape each layer's activations"))
        self.view_buttons[self.MNIST].setToolTip(self.tr("Figure 6-15: the same network trained from three "
                                                         "weight initial values"))
        self.histograms.retranslate()
        self.mnist.retranslate()
        snapshot = self.run.last_snapshot if self.run is not None else None
        if snapshot is not None and not self._error_shown:
            self._show_progress(snapshot)

    def counter_text(self, snapshot) -> str:
        return self.tr("Iteration %1 / %2").replace("%1", str(snapshot.step)).replace("%2", str(snapshot.iterations))

    # shortcuts and the run bar: they belong to the MNIST view --------------------------------------------------------
    def toggle_play(self) -> None:
        if self.current_view() == self.HISTOGRAMS and not self.is_playing:
            return
        super().toggle_play()

    def step_once(self) -> None:
        if self.current_view() == self.HISTOGRAMS:
            self.histograms.new_sample()
            return
        super().step_once()

    def reset(self) -> None:
        if self.current_view() == self.HISTOGRAMS:
            return
        super().reset()

    def hold_restarts(self, hold: bool) -> None:
        self._hold = hold

    def restart(self) -> None:
        """Rebuild the training run now (keeps playing if it was playing)."""
        if self._hold:
            return
        self._restart_timer.stop()
        super().restart()

    def restart_soon(self) -> None:
        """Rebuild once the control has been still for a moment (a dragged slider or digits being typed would
        otherwise restart the training at every step)."""
        if not self._hold:
            self._restart_timer.start()

    def smoke_start(self) -> None:
        self.show_view(self.MNIST)
        self.play()

    # run --------------------------------------------------------------------------------------------------------------
    def make_factory(self) -> Callable[[], InitCompareExperiment]:
        config = self.mnist.config()
        key = self.mnist.data_box.key()
        catalog = self.catalog
        self._config = config
        return lambda: InitCompareExperiment(config, catalog.load(key))

    def on_reset(self) -> None:
        self.mnist.set_names(self._config.names, self._config.histogram_run)
        self.mnist.clear()
        self.clear_message()

    def on_frame(self, snapshot) -> None:
        self.mnist.set_names(snapshot.names, self.mnist.run_combo.currentIndex())
        self.mnist.curves.update(snapshot.runs)
        self.mnist.show_histograms(snapshot)
        if not self._error_shown:
            self._show_progress(snapshot)

    def _show_progress(self, snapshot) -> None:
        text = (self.tr("Iteration %1 of %2 · %3 iterations/s · %4 s of training · %5")
                .replace("%1", str(snapshot.step)).replace("%2", str(snapshot.iterations))
                .replace("%3", f"{snapshot.iterations_per_second:.0f}").replace("%4", f"{snapshot.elapsed:.1f}")
                .replace("%5", snapshot.dataset))
        diverged = [r.name for r in snapshot.runs if r.diverged]
        if diverged:
            text += " · " + self.tr("diverged: %1").replace("%1", ", ".join(diverged))
        super().show_message(text)

    def show_message(self, text: str, error: bool = False) -> None:
        self._error_shown = error
        super().show_message(text, error)

    def clear_message(self) -> None:
        self._error_shown = False
        super().clear_message()

    def shutdown(self) -> None:
        self._restart_timer.stop()
        self.mnist.data_box.shutdown()
        super().shutdown()

    # export -----------------------------------------------------------------------------------------------------------
    def export_item(self):
        return self.histograms.plots.ci if self.current_view() == self.HISTOGRAMS else self.mnist.plots.ci

    def export_csv(self, path: str) -> None:
        if self.current_view() == self.HISTOGRAMS:
            self.histograms.export_csv(path)
            return
        snapshot = self.run.last_snapshot if self.run is not None else None
        if snapshot is None or snapshot.step == 0:
            raise OSError(self.tr("Nothing to export yet"))
        with atomic_open(path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            header = ["iteration"]
            for run in snapshot.runs:
                header += [f"{run.name}_loss", f"{run.name}_smoothed_loss", f"{run.name}_train_acc",
                           f"{run.name}_test_acc"]
            writer.writerow(header)
            accs = [dict(zip(map(int, r.eval_steps), zip(r.train_acc, r.test_acc))) for r in snapshot.runs]
            for k in range(0, snapshot.step + 1):
                row: list = [k]
                for run, acc in zip(snapshot.runs, accs):
                    if 1 <= k <= len(run.losses):
                        row += [repr(float(run.losses[k - 1])), repr(float(run.smoothed[k - 1]))]
                    else:
                        row += ["", ""]
                    train, test = acc.get(k, ("", ""))
                    row += [repr(float(train)) if train != "" else "", repr(float(test)) if test != "" else ""]
                writer.writerow(row)
