"""The batch-normalization tab: the sweep grid, a scale's detail and the gradient check, and the sweep's run."""
from __future__ import annotations

import csv
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from gui.tab_scenes import select_data
from gui.tabs.base import ExperimentTab
from gui.tabs.batchnorm.controls import SweepControls
from gui.tabs.batchnorm.detail_view import ScaleDetailView
from gui.tabs.batchnorm.gradient_check_view import GradientCheckView
from gui.tabs.batchnorm.sweep_grid import SweepGrid
from gui.widgets import finish_control_panel
from model.experiments.batchnorm import (BatchNormSweepConfig, BatchNormSweepExperiment, BatchNormSweepSnapshot,
                                         log_scales)
from model.files import atomic_open


class BatchNormTab(ExperimentTab):
    """Figure 6-19 live: BN against no BN over a sweep of initial weight scales; click a scale to look inside."""

    DEFAULT_SPEED = 0.0
    SPEED_RANGE = (1.0, 200.0)
    YIELD_TO_GUI = 0.1
    LINGER = True

    def __init__(self, parent: QWidget | None = None, catalog=None) -> None:
        super().__init__(parent, catalog)
        self._inspect: int | None = None
        self._elapsed = 0.0
        self._tick: float | None = None
        self._done = False
        self._repaint: QWidget | None = None
        self.controls = SweepControls(self.catalog, self)
        self.hint, scroll = finish_control_panel(self.controls, self.controls.layout_, self, 340, frame=False)
        self.grid = SweepGrid(self)
        self.caption = QLabel(self)
        self.detail = ScaleDetailView(self)
        self.gradient_view = GradientCheckView(self)
        self.pages = self._pages()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 1140])
        self.base_layout(splitter)
        self._connect()
        # A status line that appears or wraps would resize the plots below it: all 16 panels re-laid out and
        # repainted in the middle of a run. Keep room for two lines from the start.
        self.status.setMinimumHeight(2 * self.status.fontMetrics().lineSpacing() + 4)
        self._first_shown = False  # the grid (16 plots, ~0.3 s) is built when the tab is first shown
        self.retranslate()

    def _pages(self) -> QStackedWidget:
        """The sweep (grid and caption), one scale's detail, the gradient check."""
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #333;")
        sweep_page = QWidget(self)
        sweep_layout = QVBoxLayout(sweep_page)
        sweep_layout.setContentsMargins(0, 0, 0, 0)
        sweep_layout.addWidget(self.grid, 1)
        sweep_layout.addWidget(self.caption)
        pages = QStackedWidget(self)
        for page in (sweep_page, self.detail, self.gradient_view):
            pages.addWidget(page)
        return pages

    def _connect(self) -> None:
        self.grid.scene().sigMouseClicked.connect(self._on_grid_clicked)
        self.detail.backRequested.connect(self.show_sweep)
        self.detail.neighbourRequested.connect(self._on_neighbour)
        self.gradient_view.backRequested.connect(self.show_sweep)
        self.controls.lrChanged.connect(lambda v: self.send_live("lr", v))
        self.controls.restartRequested.connect(self.restart)
        self.controls.preset_button.clicked.connect(self.load_book_preset)
        self.controls.gradientRequested.connect(self.check_gradients)
        for key, slot in ((Qt.Key.Key_Escape, self.show_sweep), (Qt.Key.Key_PageUp, lambda: self._on_neighbour(-1)),
                          (Qt.Key.Key_PageDown, lambda: self._on_neighbour(1))):
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
            self._shortcuts.append(sc)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._first_shown:
            self._first_shown = True
            QTimer.singleShot(0, self, self._first_run)  # with the tab as context: never called once it is deleted

    # text -----------------------------------------------------------------------------------------------------------
    def tab_title(self) -> str:
        return self.tr("Batch normalization")

    def retranslate(self) -> None:
        self.controls.retranslate()
        self.hint.setText(self.tr("Click a panel to see it large and look inside its networks (Esc: back, "
                                  "Page Up/Down: neighbouring scale). Space: play/pause, N: one step, R: reset."))
        self.caption.setText(self.tr("Each panel: the same network with initial weights of standard deviation W, "
                                     "trained with batch normalization (solid) and without (dashed) from the same "
                                     "initial weights on the same mini-batches. Click a panel to look inside."))
        self.gradient_view.retranslate()
        self.controls.gradient_summary.setText(self.gradient_view.verdict_text())
        self.detail.retranslate()
        self._retitle_grid()
        panel_keys = (self.tr("Back to the grid of all weight scales"), self.tr("Previous weight scale (panel open)"),
                      self.tr("Next weight scale (panel open)"))
        for shortcut, text in zip(self._shortcuts[-3:], panel_keys):  # Esc, Page Up, Page Down (see _connect)
            shortcut.setWhatsThis(text)  # the shortcut sheet shows it (gui/help.py)

    def _retitle_grid(self) -> None:
        if not self.grid.panels:
            return
        config = self.run_configs.get("batchnorm")
        eval_test = config.eval_test if config is not None else self.controls.test_check.isChecked()
        scales = config.scales if config is not None else log_scales(len(self.grid.panels))
        self.grid.retranslate(eval_test, scales)
        if self.run is not None and self.run.last_snapshot is not None:
            self._draw_panels(self.run.last_snapshot)

    def counter_text(self, snapshot: BatchNormSweepSnapshot) -> str:
        return (self.tr("Epoch %1 / %2 · iteration %3 / %4 · %5 s")
                .replace("%1", str(snapshot.epoch)).replace("%2", str(snapshot.config.epochs))
                .replace("%3", str(snapshot.iteration)).replace("%4", str(snapshot.total_iterations))
                .replace("%5", f"{self._elapsed:.1f}"))

    # configuration ------------------------------------------------------------------------------------------------
    def config(self) -> BatchNormSweepConfig:
        """The sweep as the controls describe it now."""
        return self.controls.config(self._inspect)

    # scenes (gui/tab_scenes.py) ----------------------------------------------------------------------------------
    LAB_KEY = "batchnorm"

    def current_configs(self) -> dict[str, BatchNormSweepConfig]:
        return {"batchnorm": self.config()}

    def view_state(self) -> dict:
        detail = self.pages.currentWidget() is self.detail and self.detail.index is not None
        return {"data": self.controls.data_box.key(), "open_scale": self.detail.index if detail else None}

    def set_controls(self, configs: dict[str, BatchNormSweepConfig], view: dict) -> None:
        select_data(self.controls.data_box, self.catalog, view.get("data"))
        self.controls.set_config(configs["batchnorm"])
        self.show_sweep()

    def scene_applied(self, view: dict) -> None:
        index = view.get("open_scale")
        if isinstance(index, int) and not isinstance(index, bool):
            self.open_scale(index)

    def make_factory(self) -> Callable[[], BatchNormSweepExperiment]:
        config = self.current_configs()["batchnorm"]
        catalog, key = self.catalog, self.controls.data_box.key()
        return lambda: BatchNormSweepExperiment(config, catalog.load(key))

    def load_book_preset(self) -> None:
        """The book's figure 6-19: every control back to its default, then a fresh sweep."""
        self.controls.set_book()
        self.show_sweep()
        self.restart()

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

    def on_reset(self, configs: dict) -> None:
        config = configs["batchnorm"]
        self._done = False
        self._elapsed = 0.0
        self._tick = None
        self.grid.forget_drawn()
        if config is not None and (config.n_scales != len(self.grid.panels) or config.epochs != self.grid.epochs):
            self.grid.build(config.n_scales, config.epochs, config.eval_test)
        for p in self.grid.panels:
            p.clear()
        if config is not None:
            self.grid.set_panel_test(config.eval_test)
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
        if len(snap.scales) != len(self.grid.panels):
            self.grid.build(len(snap.scales), snap.config.epochs, snap.config.eval_test)
        detail = self.pages.currentWidget() is self.detail
        grid_changed = False if detail else self._draw_panels(snap)  # the grid is drawn again on the way back
        if detail and self.detail.index is not None:
            self.detail.show_curves(snap)
            self._repaint = self.detail.curves.viewport()
            if self.detail.show_inside(snap.inside) and self.YIELD_TO_GUI:
                self.detail.figure.viewport().repaint()  # now, while the worker waits (see frame_widget)
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
        drawn, diverged = self.grid.draw(snap)
        if diverged and not snap.done:
            self.show_message(self.tr("Without BN the network diverged (overflow) at W = %1; it stays at the "
                                      "accuracy of a constant guess.").replace("%1", ", ".join(diverged)))
        return drawn

    def _on_grid_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index = self.grid.panel_at(event.scenePos())
        if index is not None:
            self.open_scale(index)

    # detail ----------------------------------------------------------------------------------------------------------
    def open_scale(self, index: int) -> None:
        """Show scale ``index`` large and ask the model for its inside view (live, also when paused or finished)."""
        config = self.run_configs.get("batchnorm")
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
        key = self.controls.data_box.key()
        data = self.catalog.cached(key)  # the chooser and the sweep's worker load it; only a first use reads here
        result = self.gradient_view.run_check(data if data is not None else self.catalog.load(key))
        self.controls.gradient_summary.setText(self.gradient_view.verdict_text())
        self.controls.gradient_summary.show()
        self.controls.gradient_summary.setStyleSheet("color: #1B7F3B;" if self.gradient_view.matches()
                                                     else "color: #B00020;")
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
