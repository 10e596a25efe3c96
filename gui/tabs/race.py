"""The optimizer race on a 2-D loss surface (book §6.1.7, figure 6-8), live.

Left: the surface (built-in or typed formula), the start point, and one row per optimizer (show/hide, learning rate
on a log scale, its own hyperparameters). Right: the surface as a filled contour map with contour lines and every
optimizer's path; below it, the loss against the step on a log scale. The math is in ``model.surfaces``,
``model.optimizers`` and ``model.experiments.race``; this tab only binds widgets and draws snapshots.
"""
from __future__ import annotations

import csv
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QSplitter, QVBoxLayout, QWidget)

from gui.plotstyle import FONTS, OPTIMIZER_COLORS, OPTIMIZER_STYLES, legend_sample, optimizer_curve, style_plot
from gui.explain import explain, explain_choices
from gui.scenes import release_items
from gui.tabs.base import ExperimentTab
from gui.widgets import MessageLabel, OptimizerControls, finish_control_panel
from model.experiments.race import RACE_LEARNING_RATES, RaceConfig, RaceExperiment, book_figure_6_8
from model.files import atomic_open
from model.optimizers import OPTIMIZERS
from model.surfaces import SURFACES, FormulaError, grid_within, map_heights, parse_surface

CUSTOM = "custom"
SYMBOLS_UP_TO = 300
"""Paths up to this length show a dot at every step, like the book's 'o-'; longer ones are plain lines."""
LOSS_POINTS_PER_PIXEL = 0.5
"""The loss curves keep their min/max envelope at about this many points per pixel (pyqtgraph's 'peak' mode)."""
FIXED_STEP_AXIS_UP_TO = 5000
"""Races up to this many steps show the whole step axis from the start (a steady axis also redraws faster)."""
GRID_POINTS = 240
N_LEVELS = 14
START_LIMIT = 1e6
"""The start point is kept within ±START_LIMIT in x and y (typed, clicked after panning, or dragged)."""
FORMULA_EXCERPT = 40
"""Characters of the formula shown on each side of the place an error points at."""


class ScreenPath:
    """The points of a growing path that a screen can tell apart, kept incrementally from frame to frame.

    A point is kept when it lies at least a pixel (in x or y) from the last point kept; the newest point is always
    drawn. A converged run's thousands of tiny steps collapse to a few points, while a visible zig-zag stays a
    zig-zag (every-k-th thinning would alias SGD's period-2 oscillation into a straight line).
    """

    def __init__(self) -> None:
        self._pixel: tuple[float, float] | None = None
        self._kept: list[tuple[float, float]] = []
        self._seen = 0
        self._drawn = -1

    def update(self, path: np.ndarray, pixel: tuple[float, float]) -> np.ndarray | None:
        """The points to draw, or None when they are the same as last time (nothing to redraw)."""
        if pixel != self._pixel or len(path) < self._seen:
            self._pixel, self._kept, self._seen = pixel, [], 0
            self._drawn = -1
        px, py = pixel
        kept = self._kept
        for x, y in path[self._seen:].tolist():
            if not kept or abs(x - kept[-1][0]) >= px or abs(y - kept[-1][1]) >= py:
                kept.append((x, y))
        self._seen = len(path)
        if len(kept) == self._drawn:
            return None
        self._drawn = len(kept)
        return np.array(kept, dtype=float).reshape(-1, 2)


class RaceTab(ExperimentTab):
    """Six optimizers racing downhill on a 2-D surface."""

    DEFAULT_SPEED = 20.0
    SPEED_RANGE = (1.0, 500.0)
    YIELD_TO_GUI = 0.05
    GIL_SWITCH_INTERVAL = 0.0005
    """The race's steps are pure Python: hand the GIL over fast, or each paint waits (15 → 22 frames/s measured)."""

    def __init__(self, parent: QWidget | None = None, catalog=None) -> None:
        super().__init__(parent, catalog)
        self._surface = SURFACES["book"]
        self._surface_id = "book"
        self._start = tuple(self._surface.start)
        self._formula_text = "sin(x)*y + x**2/10"
        self._diverged: dict[str, int] = {}

        # controls --------------------------------------------------------------------------------------------------
        panel = QWidget(self)
        panel_layout = QVBoxLayout(panel)
        self.surface_box = QGroupBox(panel)
        form = QFormLayout(self.surface_box)
        self.surface_combo = QComboBox(self.surface_box)
        for sid in list(SURFACES) + [CUSTOM]:
            self.surface_combo.addItem("", sid)
        self.formula_edit = QLineEdit(self._formula_text, self.surface_box)
        self.formula_apply = QPushButton(self.surface_box)
        formula_row = QHBoxLayout()
        formula_row.addWidget(self.formula_edit, 1)
        formula_row.addWidget(self.formula_apply)
        self.formula_error = MessageLabel(self.surface_box, max_lines=4)
        self.formula_error.setStyleSheet("color: #B00020;")
        self.surface_note = MessageLabel(self.surface_box, max_lines=2)
        self.surface_note.setStyleSheet("color: #7A4B00;")
        self.surface_label = QLabel(self.surface_box)
        self.formula_label = QLabel(self.surface_box)
        form.addRow(self.surface_label, self.surface_combo)
        form.addRow(self.formula_label, formula_row)
        form.addRow(self.formula_error)
        form.addRow(self.surface_note)
        self.start_label = QLabel(self.surface_box)
        self.start_x = pg.SpinBox(value=self._start[0], step=0.1, decimals=4, compactHeight=False,
                                  bounds=(-START_LIMIT, START_LIMIT))
        self.start_y = pg.SpinBox(value=self._start[1], step=0.1, decimals=4, compactHeight=False,
                                  bounds=(-START_LIMIT, START_LIMIT))
        start_row = QHBoxLayout()
        self.start_x_label, self.start_y_label = QLabel("x"), QLabel("y")
        for w in (self.start_x_label, self.start_x, self.start_y_label, self.start_y):
            start_row.addWidget(w)
        form.addRow(self.start_label, start_row)
        self.steps_label = QLabel(self.surface_box)
        self.max_steps = QSpinBox(self.surface_box)
        self.max_steps.setRange(1, 100000)
        self.max_steps.setValue(200)
        form.addRow(self.steps_label, self.max_steps)
        panel_layout.addWidget(self.surface_box)

        self.optimizer_box = QGroupBox(panel)
        grid = QGridLayout(self.optimizer_box)
        grid.setColumnStretch(1, 1)
        self.rows = {
            name: OptimizerControls(self, name, OPTIMIZER_COLORS[name],
                                    {**OPTIMIZERS[name]().hyperparameters(), **RACE_LEARNING_RATES.get(name, {})},
                                    grid, i, (1e-4, 10.0), self.send_live, self.set_visible)
            for i, name in enumerate(OPTIMIZERS)}
        panel_layout.addWidget(self.optimizer_box)

        self.preset_button = QPushButton(panel)
        self.defaults_button = QPushButton(panel)
        preset_row = QHBoxLayout()
        preset_row.addWidget(self.preset_button)
        preset_row.addWidget(self.defaults_button)
        panel_layout.addLayout(preset_row)
        self.hint, scroll = finish_control_panel(panel, panel_layout, self, 430)

        # plots ----------------------------------------------------------------------------------------------------
        self.plots = pg.GraphicsLayoutWidget(self)
        self.map = self.plots.addPlot(row=0, col=0)
        self.map.setAspectLocked(False)
        self.loss_plot = self.plots.addPlot(row=1, col=0)
        self.plots.ci.layout.setRowStretchFactor(0, 3)
        self.plots.ci.layout.setRowStretchFactor(1, 2)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-20)
        self.map.addItem(self.image)
        self.isocurves: list[pg.IsocurveItem] = []
        self.legend = self.map.addLegend(offset=(-10, 10), labelTextSize=FONTS.css("label"))
        self.loss_legend = None
        self.paths: dict[str, pg.PlotDataItem] = {}
        self.screen_paths: dict[str, ScreenPath] = {name: ScreenPath() for name in OPTIMIZERS}
        self._head_drawn: dict[str, tuple[float, float]] = {}
        self.heads: dict[str, pg.ScatterPlotItem] = {}
        self.legend_samples: dict[str, pg.PlotDataItem] = {}  # colour, dash and marker together
        self.loss_curves: dict[str, pg.PlotDataItem] = {}
        self.diverged_marks: dict[str, pg.TextItem] = {}
        for name in OPTIMIZERS:
            c = OPTIMIZER_COLORS[name]
            self.paths[name] = self.map.plot([], [], **optimizer_curve(name, 2.0, 6), name=name)
            self.legend_samples[name] = legend_sample(name, 2.0)
            head = pg.ScatterPlotItem(symbol=OPTIMIZER_STYLES[name].marker, size=17, brush=pg.mkBrush(c),
                                      pen=pg.mkPen("k", width=1.5))
            head.setZValue(10)
            self.map.addItem(head)
            self.heads[name] = head
            self.loss_curves[name] = self.loss_plot.plot([], [], **optimizer_curve(name, 2.0), name=name)
            for curve in (self.paths[name], self.loss_curves[name]):
                # Wide antialiased polylines are the costliest thing in a frame; as separate segments they take
                # half the time, which keeps the race at 30 frames a second while the worker runs flat out.
                curve.curve.setSegmentedLineMode("on")
            self.loss_curves[name].opts["autoDownsampleFactor"] = LOSS_POINTS_PER_PIXEL
            self.loss_curves[name].setDownsampling(auto=True, method="peak")
            mark = pg.TextItem(color=c, anchor=(0, 1))
            mark.setZValue(12)
            self.map.addItem(mark)
            mark.hide()
            self.diverged_marks[name] = mark
        self.overflow_mark = pg.TextItem(color="#7A4B00", anchor=(0.5, 0.5), fill=pg.mkBrush(255, 255, 255, 200))
        mark_font = self.overflow_mark.textItem.font()
        mark_font.setPointSize(12)
        mark_font.setBold(True)
        self.overflow_mark.setFont(mark_font)
        self.overflow_mark.setZValue(11)
        self.overflow_mark.hide()
        self.map.addItem(self.overflow_mark)
        self.minimum_marks = pg.ScatterPlotItem(symbol="+", size=18, pen=pg.mkPen("k", width=2), brush=None)
        self.map.addItem(self.minimum_marks)
        self.start_marker = pg.TargetItem(pos=self._start, size=16, movable=True, pen=pg.mkPen("k", width=2))
        self.start_marker.setZValue(15)
        self.map.addItem(self.start_marker)
        self.loss_plot.setLogMode(x=False, y=True)
        self._loss_log = True

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.plots)
        splitter.setStretchFactor(1, 1)
        self.base_layout(splitter)

        # wiring ---------------------------------------------------------------------------------------------------
        self.surface_combo.currentIndexChanged.connect(self._on_surface_chosen)
        self.formula_apply.clicked.connect(self.apply_formula)
        self.formula_edit.returnPressed.connect(self.apply_formula)
        self.start_x.sigValueChanged.connect(self._on_start_typed)
        self.start_y.sigValueChanged.connect(self._on_start_typed)
        self.max_steps.valueChanged.connect(lambda _v: self.restart())
        self.start_marker.sigPositionChangeFinished.connect(self._on_marker_moved)
        self.map.scene().sigMouseClicked.connect(self._on_map_clicked)
        self.preset_button.clicked.connect(self.load_book_preset)
        self.defaults_button.clicked.connect(self.load_defaults)
        explain_choices(self.surface_combo, {sid: f"surface.{sid}" for sid in list(SURFACES) + [CUSTOM]})
        for widget in (self.start_label, self.start_x, self.start_y):
            explain(widget, "start")
        for widget in (self.steps_label, self.max_steps):
            explain(widget, "max_steps")
        self._redraw_surface()
        self.retranslate()
        self._set_formula_enabled()
        QTimer.singleShot(0, self, self.reset)  # with the tab as context: never called once it is deleted

    # text -----------------------------------------------------------------------------------------------------------
    def tab_title(self) -> str:
        return self.tr("Optimizer race (2-D)")

    def surface_names(self) -> dict[str, str]:
        return {"book": self.tr("Book: x²/20 + y²"), "rosenbrock": self.tr("Rosenbrock (banana valley)"),
                "beale": self.tr("Beale"), "himmelblau": self.tr("Himmelblau (four minima)"),
                "saddle": self.tr("Saddle point"), CUSTOM: self.tr("Your formula…")}

    def retranslate(self) -> None:
        names = self.surface_names()
        for i in range(self.surface_combo.count()):
            self.surface_combo.setItemText(i, names.get(self.surface_combo.itemData(i), ""))
        self.surface_box.setTitle(self.tr("Loss surface"))
        self.surface_label.setText(self.tr("Surface"))
        self.formula_label.setText(self.tr("f(x, y) ="))
        self.formula_apply.setText(self.tr("Apply"))
        self.formula_edit.setToolTip(self.tr(
            "Numbers, x, y, pi, e, + - * / ** ^, parentheses and sin cos tan exp log sqrt abs tanh sinh cosh"))
        self.start_label.setText(self.tr("Start point"))
        self.start_marker.setToolTip(self.tr("Drag to move the start point"))
        self.steps_label.setText(self.tr("Steps"))
        self.optimizer_box.setTitle(self.tr("Optimizers: learning rate and hyperparameters"))
        for row in self.rows.values():
            row.retranslate()
        self.preset_button.setText(self.tr("Book figure 6-8"))
        self.preset_button.setToolTip(self.tr("SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3 from (−7, 2); "
                                              "30 points as in the book"))
        self.defaults_button.setText(self.tr("Default settings"))
        self.hint.setText(self.tr("Click the map to start from there, or drag the cross. Space: play/pause, "
                                  "N: one step, R: reset, F11: full screen."))
        style_plot(self.map, self.tr("Paths on the loss surface"), "x", "y", grid=False)
        if getattr(self, "_finite", None) is not None:
            self._show_not_finite(self._finite)
        style_plot(self.loss_plot, None, self.tr("step"), self.tr("loss f(x, y)") + (
            self.tr(" (log scale)") if self._loss_log else ""), grid=False)

    # configuration ------------------------------------------------------------------------------------------------
    def config(self) -> RaceConfig:
        """The race as the controls describe it now."""
        surface = self._formula_text if self._surface_id == CUSTOM else self._surface_id
        return RaceConfig(surface=surface, start=self._start, optimizers=tuple(OPTIMIZERS),
                          hyperparameters={n: r.hyperparameters() for n, r in self.rows.items()},
                          max_steps=self.max_steps.value())

    def make_factory(self) -> Callable[[], RaceExperiment]:
        config = self.current_configs()["race"]
        return lambda: RaceExperiment(config)

    # scenes (gui/tab_scenes.py) ----------------------------------------------------------------------------------
    LAB_KEY = "race"

    def current_configs(self) -> dict[str, RaceConfig]:
        return {"race": self.config()}

    def view_state(self) -> dict:
        return {"shown": [name for name, row in self.rows.items() if row.check.isChecked()]}

    def set_controls(self, configs: dict[str, RaceConfig], view: dict) -> None:
        shown = view.get("shown")
        visible = {n for n in shown if isinstance(n, str)} if isinstance(shown, list) else set(OPTIMIZERS)
        self._apply_config(configs["race"], visible)

    def counter_text(self, snapshot) -> str:
        return self.tr("Step %1 / %2").replace("%1", str(snapshot.step)).replace("%2", str(self.max_steps.value()))

    def load_book_preset(self) -> None:
        """The book's figure 6-8: four optimizers, start (−7, 2), 30 plotted points."""
        config = book_figure_6_8()
        self._apply_config(config, visible=set(config.optimizers))

    def load_defaults(self) -> None:
        """All six optimizers on the book's surface, each at a learning rate that makes a lively race."""
        self._apply_config(RaceConfig(), visible=set(OPTIMIZERS))

    def _apply_config(self, config: RaceConfig, visible: set[str]) -> None:
        with self.batch_changes():
            index = self.surface_combo.findData(config.surface if config.surface in SURFACES else CUSTOM)
            self.surface_combo.setCurrentIndex(index)
            self._set_surface(config.surface)
            self._set_start(config.start if config.start is not None else self._surface.start)
            self.max_steps.setValue(config.max_steps)
            for name, row in self.rows.items():
                defaults = {**OPTIMIZERS[name]().hyperparameters(), **RACE_LEARNING_RATES.get(name, {})}
                row.set_hyperparameters({**defaults, **config.hyperparameters.get(name, {})})
                row.check.setChecked(name in visible)

    # surface ---------------------------------------------------------------------------------------------------------
    def _set_formula_enabled(self) -> None:
        custom = self.surface_combo.currentData() == CUSTOM
        self.formula_edit.setEnabled(custom)
        self.formula_apply.setEnabled(custom)

    def _on_surface_chosen(self, _index: int) -> None:
        self._set_formula_enabled()
        sid = self.surface_combo.currentData()
        if sid == CUSTOM:
            self.apply_formula()
            return
        self._set_surface(sid)
        self._set_start(self._surface.start)
        self.restart()

    def _set_surface(self, sid_or_formula: str) -> None:
        if sid_or_formula in SURFACES:
            self._surface_id = sid_or_formula
            self._surface = SURFACES[sid_or_formula]
        else:
            self._surface = parse_surface(sid_or_formula)
            self._surface_id = CUSTOM
            self._formula_text = sid_or_formula
            self.formula_edit.setText(sid_or_formula)
        self.formula_error.setText("")
        self._redraw_surface()

    def apply_formula(self) -> bool:
        """Read the typed formula; on an error show where it is and keep the previous surface."""
        text = self.formula_edit.text()
        try:
            surface = parse_surface(text)
        except FormulaError as exc:
            self.formula_error.setText(self.formula_error_text(text, exc))
            return False
        self._surface = surface
        self._surface_id = CUSTOM
        self._formula_text = text
        self.formula_error.setText("")
        (x0, x1), (y0, y1) = surface.xlim, surface.ylim
        if not (x0 <= self._start[0] <= x1 and y0 <= self._start[1] <= y1):  # else no path would be in view
            self._set_start(surface.start)
        self._redraw_surface()
        self.restart()
        return True

    def formula_problem(self, exc: FormulaError) -> str:
        """The parser's problem in the user's language; %1 is the 1-based position, %2 the text at fault."""
        messages = {
            "empty": self.tr("The formula is empty."),
            "too_long": self.tr("The formula is too long."),
            "too_deep": self.tr("The formula is nested too deeply (at character %1)."),
            "expected_paren": self.tr("'%2' needs its argument in parentheses, e.g. %2(x) (at character %1)."),
            "unknown_name": self.tr("Unknown name '%2' at character %1. Use x, y, pi, e and the functions "
                                    "sin, cos, tan, exp, log, sqrt, abs, tanh, sinh, cosh."),
            "missing_paren": self.tr("A ')' is missing at character %1."),
            "ends_early": self.tr("The formula ends too early: a number, x, y, a function or '(' is missing."),
            "bad_char": self.tr("The character '%2' at position %1 is not allowed."),
            "missing_times": self.tr("Unexpected '%2' at character %1. Is a '*' missing?"),
            "unexpected": self.tr("Unexpected '%2' at character %1."),
        }
        text = messages.get(getattr(exc, "kind", ""), str(exc))
        return text.replace("%1", str(exc.position + 1)).replace("%2", getattr(exc, "token", ""))

    def formula_error_text(self, text: str, exc: FormulaError) -> str:
        """The problem, then the formula around the place it points at, that character between ⟦ ⟧ (plain text)."""
        pos = min(max(exc.position, 0), len(text))
        lo, hi = max(0, pos - FORMULA_EXCERPT), min(len(text), pos + 1 + FORMULA_EXCERPT)
        excerpt = (("…" if lo > 0 else "") + text[lo:pos] + "⟦" + (text[pos:pos + 1] or " ") + "⟧"
                   + text[pos + 1:hi] + ("…" if hi < len(text) else ""))
        if exc.kind == "too_long":
            excerpt = text[:FORMULA_EXCERPT] + "…"
        return (self.tr("The formula was not changed: %1").replace("%1", self.formula_problem(exc))
                + "\n" + " ".join(excerpt.split()))

    def _redraw_surface(self) -> None:
        """Filled contour map (log-scaled height) with contour lines, over the surface's view range."""
        s = self._surface
        (x0, x1), (y0, y1) = s.xlim, s.ylim
        _xs, _ys, z_xy = grid_within(s, GRID_POINTS, budget=0.15)  # fewer points for a costly typed formula
        height, finite = map_heights(np.asarray(z_xy).T)  # rows are y, columns x; finite everywhere
        lo, hi = float(height.min()), float(height.max())
        self.image.setImage(height, levels=(lo, hi if hi > lo else lo + 1.0))
        self._show_not_finite(finite)
        self.image.setColorMap(pg.ColorMap([0.0, 0.5, 1.0], ["#FFFFFF", "#D8E6F3", "#8FB2D6"]))
        self.image.setRect(pg.QtCore.QRectF(x0, y0, x1 - x0, y1 - y0))
        release_items(self.isocurves)  # the scene must not keep a removed contour as its hover or grab item
        for iso in self.isocurves:
            self.map.removeItem(iso)
        self.isocurves = []
        levels = np.linspace(lo, hi, N_LEVELS + 2)[1:-1] if hi > lo else []
        for level in levels:
            iso = pg.IsocurveItem(data=height.T, level=float(level), pen=pg.mkPen("#6B7F99", width=1))
            iso.setParentItem(self.image)
            iso.setZValue(-10)
            self.isocurves.append(iso)
        # IsocurveItem draws in data-index coordinates of the image; the parent's transform maps them to x, y.
        minima = getattr(s, "minima", None) or []
        self.minimum_marks.setData([m[0] for m in minima], [m[1] for m in minima])
        self.map.setXRange(x0, x1, padding=0)
        self.map.setYRange(y0, y1, padding=0)

    def _show_not_finite(self, finite: np.ndarray) -> None:
        """Mark where f overflows or is undefined: a note under the formula, and a label on the map there."""
        self._finite = finite
        bad = ~finite
        if not bad.any():
            self.surface_note.setText("")
            self.overflow_mark.hide()
            return
        share = 100.0 * bad.mean()
        self.surface_note.setText(self.tr("f(x, y) overflows or is undefined on %1 % of the map (the flat top "
                                          "colour there).").replace("%1", f"{share:.0f}" if share >= 1 else "<1"))
        rows, cols = np.nonzero(bad)
        k = len(rows) // 2  # a point of the region (the middle one in reading order)
        (x0, x1), (y0, y1) = self._surface.xlim, self._surface.ylim
        n_y, n_x = finite.shape
        self.overflow_mark.setPos(x0 + (x1 - x0) * cols[k] / max(n_x - 1, 1),
                                  y0 + (y1 - y0) * rows[k] / max(n_y - 1, 1))
        self.overflow_mark.setText(self.tr("overflows here"))
        self.overflow_mark.show()

    # start point ---------------------------------------------------------------------------------------------------
    def _set_start(self, point) -> None:
        x, y = (float(v) for v in point[:2])
        if not (np.isfinite(x) and np.isfinite(y)):
            return
        self._start = (min(max(x, -START_LIMIT), START_LIMIT), min(max(y, -START_LIMIT), START_LIMIT))
        for spin, v in ((self.start_x, self._start[0]), (self.start_y, self._start[1])):
            spin.blockSignals(True)
            spin.setValue(v)
            spin.blockSignals(False)
        self.start_marker.blockSignals(True)
        self.start_marker.setPos(QPointF(*self._start))
        self.start_marker.blockSignals(False)

    def set_start(self, x: float, y: float) -> None:
        """Move the start point (as a click on the map does) and start the race again from there."""
        self._set_start((x, y))
        self.restart()

    def _on_start_typed(self, _spin) -> None:
        self.set_start(float(self.start_x.value()), float(self.start_y.value()))

    def _on_marker_moved(self, _marker) -> None:
        p = self.start_marker.pos()
        self.set_start(p.x(), p.y())

    def _on_map_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        vb = self.map.getViewBox()
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        p = vb.mapSceneToView(event.scenePos())
        self.set_start(p.x(), p.y())

    # drawing ---------------------------------------------------------------------------------------------------------
    def set_visible(self, name: str, on: bool) -> None:
        for item in (self.paths[name], self.heads[name], self.loss_curves[name]):
            item.setVisible(on)
        self.diverged_marks[name].setVisible(on and self.diverged_marks[name].property("diverged") is True)
        self._refresh_legend()

    def on_reset(self) -> None:
        self.screen_paths = {name: ScreenPath() for name in OPTIMIZERS}
        self._head_drawn = {}
        steps = self.max_steps.value()
        if steps <= FIXED_STEP_AXIS_UP_TO:  # the curves fill the plot from left to right, the axis stays put
            self.loss_plot.setXRange(0, steps, padding=0.02)
        else:
            self.loss_plot.enableAutoRange(axis="x")
        for name in OPTIMIZERS:
            self.paths[name].setData([], [])
            self.heads[name].setData([], [])
            self.loss_curves[name].setData([], [])
            self.diverged_marks[name].setProperty("diverged", False)
            self.diverged_marks[name].hide()
            self.paths[name].opts["name"] = name
        self._refresh_legend({})
        self.clear_message()

    def on_frame(self, snapshot) -> None:
        px, py = self.map.getViewBox().viewPixelSize()
        pixel = (float(px), float(py))
        diverged = {}
        losses_positive = True
        for run in snapshot.runs:
            name = run.name
            path = run.path
            shown = self.screen_paths[name].update(path, pixel)
            curve = self.paths[name]
            want_symbol = OPTIMIZER_STYLES[name].marker if len(path) <= SYMBOLS_UP_TO else None
            if curve.opts["symbol"] != want_symbol:
                curve.setSymbol(want_symbol)
            if shown is not None:  # unchanged on screen: leave it, so the map need not be repainted
                curve.setData(shown[:, 0], shown[:, 1])
            head = (float(path[-1, 0]), float(path[-1, 1]))
            drawn = self._head_drawn.get(name)
            if drawn is None or abs(head[0] - drawn[0]) >= pixel[0] or abs(head[1] - drawn[1]) >= pixel[1]:
                self.heads[name].setData([head[0]], [head[1]])
                self._head_drawn[name] = head
            self.loss_curves[name].setData(np.arange(len(run.losses)), run.losses)
            finite = run.losses[np.isfinite(run.losses)]
            if finite.size and finite.min() <= 0:
                losses_positive = False
            mark = self.diverged_marks[name]
            if run.diverged:
                diverged[name] = run.diverged_step
                mark.setText(self.tr("%1 diverged at step %2").replace("%1", name)
                             .replace("%2", str(run.diverged_step)))
                mark.setPos(float(path[-1, 0]), float(path[-1, 1]))
                mark.setProperty("diverged", True)
                mark.setVisible(self.rows[name].check.isChecked())
                self.heads[name].setData([path[-1, 0]], [path[-1, 1]], symbol="x", size=18)
        if losses_positive != self._loss_log:
            self._loss_log = losses_positive
            self.loss_plot.setLogMode(x=False, y=losses_positive)
            style_plot(self.loss_plot, None, self.tr("step"), self.tr("loss f(x, y)") + (
                self.tr(" (log scale)") if self._loss_log else ""), grid=False)
        if diverged != self._diverged:
            self._refresh_legend(diverged)
        if diverged:
            names = ", ".join(f"{n} ({self.tr('step')} {s})" for n, s in diverged.items())
            self.show_message(self.tr("Diverged: %1. The other optimizers keep going.").replace("%1", names),
                              error=True)
        self._last = snapshot

    def _refresh_legend(self, diverged: dict[str, int] | None = None) -> None:
        """One legend entry per visible optimizer, marked when it diverged."""
        if diverged is not None:
            self._diverged = diverged
        release_items(self.legend)
        self.legend.clear()
        for name in OPTIMIZERS:
            if self.rows[name].check.isChecked():
                label = self.tr("%1 (diverged)").replace("%1", name) if name in self._diverged else name
                self.legend.addItem(self.legend_samples[name], label)

    def frame_widget(self):
        return self.plots.viewport()

    # export ----------------------------------------------------------------------------------------------------------
    def export_item(self):
        return self.plots.ci

    def export_csv(self, path: str) -> None:
        snapshot = self.run.last_snapshot if self.run is not None else None
        if snapshot is None:
            raise OSError(self.tr("Nothing to export yet"))
        with atomic_open(path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            header = ["step"]
            for run in snapshot.runs:
                header += [f"{run.name}_x", f"{run.name}_y", f"{run.name}_loss"]
            writer.writerow(header)
            n = max(len(run.path) for run in snapshot.runs)
            for k in range(n):
                row: list = [k]
                for run in snapshot.runs:
                    if k < len(run.path):
                        row += [repr(float(run.path[k, 0])), repr(float(run.path[k, 1])),
                                repr(float(run.losses[k]))]
                    else:
                        row += ["", "", ""]
                writer.writerow(row)
