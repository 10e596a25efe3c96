"""The 2-D optimizer race tab: the controls, the map and loss plots, and what a change of either does."""
from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from gui.plotstyle import OPTIMIZER_COLORS, style_plot
from gui.tabs.base import ExperimentTab
from gui.tabs.race.export import write_race_csv
from gui.tabs.race.race_plots import RacePlots
from gui.tabs.race.surface_box import CUSTOM, START_LIMIT, SurfaceBox
from gui.tabs.race.surface_map import SurfaceMap
from gui.widgets import OptimizerControls, finish_control_panel
from model.experiments.race import RACE_LEARNING_RATES, RaceConfig, RaceExperiment, book_figure_6_8
from model.files import atomic_open
from model.optimizers import OPTIMIZERS
from model.surfaces import SURFACES, FormulaError, parse_surface


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
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_controls())
        splitter.addWidget(self._build_plots())
        splitter.setStretchFactor(1, 1)
        self.base_layout(splitter)
        self._connect()
        self.surface_map.draw(self._surface)
        self.retranslate()
        self.surface_box.set_formula_enabled()
        QTimer.singleShot(0, self, self.reset)  # with the tab as context: never called once it is deleted

    def _build_controls(self) -> QWidget:
        """The surface box, one row per optimizer, the two preset buttons; in a scroll area."""
        panel = QWidget(self)
        panel_layout = QVBoxLayout(panel)
        self.surface_box = box = SurfaceBox(self._formula_text, self._start, panel)
        # the box's widgets, by the names the scenes, lectures and tests use
        self.surface_combo, self.surface_label = box.surface_combo, box.surface_label
        self.formula_label = box.formula_label
        self.formula_edit, self.formula_apply = box.formula_edit, box.formula_apply
        self.formula_error, self.surface_note = box.formula_error, box.surface_note
        self.start_label, self.start_x, self.start_y = box.start_label, box.start_x, box.start_y
        self.steps_label, self.max_steps = box.steps_label, box.max_steps
        panel_layout.addWidget(box)
        self.optimizer_box = QGroupBox(panel)
        grid = QGridLayout(self.optimizer_box)
        grid.setColumnStretch(1, 1)
        self.rows = {
            name: OptimizerControls(self, name, OPTIMIZER_COLORS[name], self._optimizer_defaults(name),
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
        return scroll

    def _build_plots(self) -> QWidget:
        """The map (surface, paths, start point) above the loss curves."""
        self.plots = pg.GraphicsLayoutWidget(self)
        self.map = self.plots.addPlot(row=0, col=0)
        self.map.setAspectLocked(False)
        self.loss_plot = self.plots.addPlot(row=1, col=0)
        self.plots.ci.layout.setRowStretchFactor(0, 3)
        self.plots.ci.layout.setRowStretchFactor(1, 2)
        self.surface_map = SurfaceMap(self.map, self._start, self)
        self.image, self.overflow_mark = self.surface_map.image, self.surface_map.overflow_mark
        self.minimum_marks, self.start_marker = self.surface_map.minimum_marks, self.surface_map.start_marker
        self.race_plots = rp = RacePlots(self.map, self.loss_plot, lambda n: self.rows[n].check.isChecked(), self)
        self.legend, self.paths, self.heads, self.legend_samples = rp.legend, rp.paths, rp.heads, rp.legend_samples
        self.loss_curves, self.diverged_marks = rp.loss_curves, rp.diverged_marks
        return self.plots

    def _connect(self) -> None:
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

    @staticmethod
    def _optimizer_defaults(name: str) -> dict[str, float]:
        """An optimizer's hyperparameters at the start: its class defaults, the race's lively learning rate."""
        return {**OPTIMIZERS[name]().hyperparameters(), **RACE_LEARNING_RATES.get(name, {})}

    # text -----------------------------------------------------------------------------------------------------------
    def tab_title(self) -> str:
        return self.tr("Optimizer race (2-D)")

    def retranslate(self) -> None:
        self.surface_box.retranslate()
        self.surface_map.retranslate()
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
        self._show_not_finite()
        self.race_plots.style_loss_axis()

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
                row.set_hyperparameters({**self._optimizer_defaults(name), **config.hyperparameters.get(name, {})})
                row.check.setChecked(name in visible)

    # surface ---------------------------------------------------------------------------------------------------------
    def _on_surface_chosen(self, _index: int) -> None:
        self.surface_box.set_formula_enabled()
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
            self.formula_error.setText(self.surface_box.formula_error_text(text, exc))
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

    def _redraw_surface(self) -> None:
        self.surface_map.draw(self._surface)
        self._show_not_finite()

    def _show_not_finite(self) -> None:
        """A note under the formula when f overflows or is undefined somewhere (the map labels the place)."""
        share = self.surface_map.not_finite_share()
        self.surface_note.setText("" if share == 0 else self.tr(
            "f(x, y) overflows or is undefined on %1 % of the map (the flat top colour there).")
            .replace("%1", f"{share:.0f}" if share >= 1 else "<1"))

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
        self.race_plots.set_visible(name, on)

    def on_reset(self, configs: dict) -> None:
        self.race_plots.reset(self.max_steps.value())
        self.clear_message()

    def on_frame(self, snapshot) -> None:
        diverged = self.race_plots.draw(snapshot)
        if diverged:
            names = ", ".join(f"{n} ({self.tr('step')} {s})" for n, s in diverged.items())
            self.show_message(self.tr("Diverged: %1. The other optimizers keep going.").replace("%1", names),
                              error=True)
        self._last = snapshot

    def frame_widget(self):
        return self.plots.viewport()

    # export ----------------------------------------------------------------------------------------------------------
    def export_item(self):
        return self.plots.ci

    def export_csv(self, path: str) -> None:
        snapshot = self.exportable_snapshot()
        with atomic_open(path, "w", newline="", encoding="utf-8") as fh:
            write_race_csv(fh, snapshot)
