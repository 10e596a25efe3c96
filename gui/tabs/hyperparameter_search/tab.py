"""Hyperparameter search (book §6.5), live: trials land on a (log η, log λ) map as worker processes finish them.

Left: the data, the number of trials and epochs, the ranges (exponents of ten), early stopping and the worker count
(a change starts a new search); the book's setting, Cancel, and "Use for the race". Right: the trials scattered by
learning rate and weight decay and coloured by validation accuracy (drag a box there to narrow the ranges and search
again: a new round, drawn darker), accuracy against learning rate, and the best trials' curves as in the book's
figure. Below: the best trial, and once the search is over its test accuracy, measured once.

The math is in ``model.experiments.hyperparameter_search``; the runner's thread coordinates the worker processes
(``model.pool``), which the tab keeps between searches and shuts down when the window closes.
"""
from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from gui.data import BUNDLED
from gui.format import fmt_count, fmt_percent, fmt_scale, fmt_sci
from gui.plotstyle import FONTS, fit_to_view, wrap_title
from gui.tab_scenes import select_data
from gui.tabs.base import ExperimentTab
from gui.tabs.hyperparameter_search.controls import EXPONENT_LIMITS, SearchControls
from gui.tabs.hyperparameter_search.curves_view import BestCurvesView
from gui.tabs.hyperparameter_search.pool_keeper import PoolKeeper
from gui.tabs.hyperparameter_search.scatter_view import ScatterView
from gui.tabs.hyperparameter_search.strip_view import StripView
from gui.widgets import finish_control_panel
from model.experiments.hyperparameter_search import (FAILED, HyperparameterSearch, SearchConfig, SearchSnapshot,
                                                     search_data, write_csv)


SUMMARY_LINES = 3
"""Lines the summary under the plots reserves from the start (trials finished, best so far, early stopping): its
height then changes at most once, when the test accuracy is added at the end."""

CURVE_PANELS_PER_TURN = 4
"""Best-k panels redrawn per event-loop turn: each turn, with its repaint, stays well under the 50 ms input goal."""


class HyperparameterSearchTab(ExperimentTab):
    """Random search over learning rate and weight decay on every core."""

    FRAME_INTERVAL = 0.1
    """Trials finish a few times a second; ten frames a second show each as it lands and leave the CPU to them."""
    DEFAULT_SPEED = 0.0

    def __init__(self, parent: QWidget | None = None, catalog=None) -> None:
        super().__init__(parent, catalog)
        self.pools = PoolKeeper()
        self._previous: SearchSnapshot | None = None
        self._pending_curves: SearchSnapshot | None = None
        self._curves_timer = QTimer(self)
        self._curves_timer.setSingleShot(True)
        self._curves_timer.timeout.connect(self._draw_curves)
        self.controls = SearchControls(self.catalog, self)
        panel = QWidget(self)
        panel_layout = QVBoxLayout(panel)
        panel_layout.addWidget(self.controls)
        self.hint, scroll = finish_control_panel(panel, panel_layout, self)

        self.plots = pg.GraphicsLayoutWidget(self)
        top = self.plots.ci.addLayout(row=0, col=0)
        self.scatter = ScatterView(top, 0, 0)
        self.strip = StripView(top, 0, 3)
        top.layout.setColumnFixedWidth(2, 24)  # air between the colour bar's label and the next plot's axis
        top.layout.setColumnStretchFactor(0, 3)
        top.layout.setColumnStretchFactor(3, 2)
        fit_to_view(self.plots)
        self.curves_title = self.plots.ci.addLabel("", row=1, col=0, size="1pt")
        wrap_title(self.curves_title)  # two lines on a 1024 px projector rather than a figure wider than its canvas
        grid = self.plots.ci.addLayout(row=2, col=0)
        self.curves = BestCurvesView(grid)
        self.plots.ci.layout.setRowStretchFactor(0, 3)
        self.plots.ci.layout.setRowStretchFactor(2, 2)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        results = QWidget(self)
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.plots, 1)
        results_layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(results)
        splitter.setStretchFactor(1, 1)
        self.base_layout(splitter)

        self.controls.changed.connect(self.new_search)
        self.controls.cancel_button.clicked.connect(self.cancel_search)
        self.controls.race_button.clicked.connect(self.use_for_race)
        self.scatter.rectSelected.connect(self.narrow)
        self.retranslate()
        QTimer.singleShot(0, self, self.reset)  # with the tab as context: never called once it is deleted

    # text ---------------------------------------------------------------------------------------------------------
    def tab_title(self) -> str:
        return self.tr("Hyperparameter search")

    def retranslate(self) -> None:
        self.controls.retranslate()
        self.scatter.retranslate()
        self.strip.retranslate()
        self.curves.retranslate()
        last = self.run.last_snapshot if self.run is not None else None
        if last is not None:  # the panels' titles in the new language now, not at the next frame
            self._pending_curves = last
            self._curves_timer.start(1)
        self.curves_title.setText(
            self.tr("Best trials: validation accuracy (solid) and training accuracy (dashed) per epoch"),
            size=FONTS.css("label"))
        self.hint.setText(self.tr(
            "Each trial trains a network on the training part and is scored on the validation part. Space: play/"
            "pause, R: new search. Drag a box on the map to search again inside it."))
        snapshot = self.run.last_snapshot if self.run is not None else None
        self._show_summary(snapshot)

    def counter_text(self, snapshot) -> str:
        return (self.tr("Trials %1 / %2 · %3 running · %4 s").replace("%1", str(len(snapshot.records)))
                .replace("%2", str(snapshot.planned)).replace("%3", str(len(snapshot.running)))
                .replace("%4", f"{snapshot.elapsed:.1f}"))

    # searches -------------------------------------------------------------------------------------------------------
    # scenes (gui/tab_scenes.py) ----------------------------------------------------------------------------------
    LAB_KEY = "hyperparameter_search"

    def current_configs(self) -> dict[str, SearchConfig]:
        return {"search": self.controls.config()}

    def view_state(self) -> dict:
        return {"data": self.controls.data_box.key()}

    def set_controls(self, configs: dict[str, SearchConfig], view: dict) -> None:
        select_data(self.controls.data_box, self.catalog, view.get("data"))
        self.controls.set_config(configs["search"])

    def make_factory(self) -> Callable[[], HyperparameterSearch]:
        config = self.current_configs()["search"]
        catalog, key, pools = self.catalog, self.controls.data_box.key(), self.pools
        workers, previous = self.controls.workers.value(), self._previous

        def build() -> HyperparameterSearch:  # runs in the runner's thread: plain values, the catalog, the keeper
            data = catalog.load(key)
            pool = pools.get((key, config.n_data), lambda: search_data(data, config.n_data), workers)
            return HyperparameterSearch(config, data, pool, previous=previous)

        return build

    def new_search(self) -> None:
        """A setting changed: start a fresh search (round 1), playing if the last one was."""
        self._previous = None
        self.restart()

    def reset(self) -> None:
        self._previous = None
        super().reset()

    def narrow(self, x0: float, x1: float, y0: float, y1: float) -> None:
        """The book's "narrow and repeat": a new round inside the dragged box, keeping the trials so far."""
        snapshot = self.run.last_snapshot if self.run is not None else None
        lo, hi = EXPONENT_LIMITS
        x0, x1 = max(lo, x0), min(hi, x1)
        y0, y1 = max(lo, y0), min(hi, y1)
        if x1 - x0 < 0.01 or y1 - y0 < 0.01:
            return
        self.controls.set_ranges((round(x0, 2), round(x1, 2)), (round(y0, 2), round(y1, 2)))
        self._previous = snapshot if snapshot is not None and snapshot.records else None
        self._new_run(paused=False)

    def cancel_search(self) -> None:
        if self.run is None or self.run.is_completed:
            return
        self.send_live("cancel", True)
        if self.run.is_paused:
            self.toggle_play()  # let it finish: the best so far is tested once

    def use_for_race(self) -> None:
        """Send the best learning rate of each optimizer searched to the MNIST race tab."""
        snapshot = self.run.last_snapshot if self.run is not None else None
        race = self._race_tab()
        if snapshot is None or snapshot.best is None:
            return
        if race is None:
            self.show_message(self.tr("The optimizer race on MNIST is not open."), error=True)
            return
        sent = []
        for name in snapshot.config.optimizers:
            best = next((r for r in snapshot.best_k if r.spec.optimizer == name), None)
            if best is not None:
                race.set_learning_rate(name, best.lr)
                sent.append(f"{name} {fmt_scale(best.lr)}")
        self.show_message(self.tr("Learning rate sent to the optimizer race (MNIST): %1")
                          .replace("%1", ", ".join(sent)))

    def _race_tab(self):
        tabs = getattr(self.window(), "tabs", None)
        if tabs is None:
            return None
        for i in range(tabs.count()):
            widget = tabs.widget(i)
            if hasattr(widget, "set_learning_rate") and widget is not self:
                return widget
        return None

    # drawing --------------------------------------------------------------------------------------------------------
    def on_reset(self, configs: dict) -> None:
        self.pools.cancel_pending()  # jobs a retired search left queued
        self.scatter.clear()
        self.strip.clear()
        try:  # before the first trial lands, the axes already show the ranges searched
            config = self.current_configs()["search"]
        except ValueError:
            pass
        else:
            self.scatter.plot.setRange(xRange=config.lr_log10, yRange=config.wd_log10, padding=0.04)
            self.strip.plot.setXRange(*config.lr_log10, padding=0.04)
            self.curves.set_epochs(config.epochs)
        self._curves_timer.stop()
        self._pending_curves = None
        self.curves.clear()
        self.summary.setText("")
        self.summary.setMinimumHeight(SUMMARY_LINES * self.summary.fontMetrics().lineSpacing())
        self.controls.race_button.setEnabled(False)
        self.clear_message()

    def on_frame(self, snapshot: SearchSnapshot) -> None:
        self.scatter.update(snapshot)
        self.strip.update(snapshot)
        self._pending_curves = snapshot  # the best-k grid one event-loop turn later: each turn (and its repaint)
        self._curves_timer.start(1)      # stays short, so input waiting between them is handled at once
        self._show_summary(snapshot)
        self.controls.race_button.setEnabled(snapshot.best is not None)
        self.controls.cancel_button.setEnabled(not snapshot.done)

    def _draw_curves(self) -> None:
        """A few panels of the best-k grid per event-loop turn (a new best moves all ten) until it is up to date."""
        snapshot = self._pending_curves
        if snapshot is None:
            return
        if self.curves.update(snapshot, budget=CURVE_PANELS_PER_TURN):
            self._pending_curves = None
        else:
            self._curves_timer.start(1)

    @property
    def frame_pending(self) -> bool:
        """Whether the best-k grid of the last frame is still to be drawn (for tests)."""
        return self._pending_curves is not None

    def _show_summary(self, snapshot: SearchSnapshot | None) -> None:
        if snapshot is None:
            self.summary.setText("")
            return
        lines = []
        best = snapshot.best
        failed = sum(r.status == FAILED for r in snapshot.records)
        count = (self.tr("%1 of %2 trials finished (%3 training / %4 validation images; worker processes: %5)")
                 .replace("%1", fmt_count(len(snapshot.records))).replace("%2", fmt_count(snapshot.planned))
                 .replace("%3", fmt_count(snapshot.n_train)).replace("%4", fmt_count(snapshot.n_val))
                 .replace("%5", str(snapshot.workers)))
        if failed:
            count += " · " + self.tr("%1 failed").replace("%1", str(failed))
        if snapshot.cancelled:
            count += " · " + self.tr("cancelled: %1 trials not run").replace("%1", str(snapshot.cancelled_trials))
        lines.append(count)
        if best is not None:
            lines.append("<b>" + self.tr("Best so far: trial %1, learning rate %2, weight decay %3, validation "
                                         "accuracy %4").replace("%1", str(best.index))
                         .replace("%2", fmt_scale(best.lr)).replace("%3", fmt_sci(best.weight_decay))
                         .replace("%4", fmt_percent(best.val_acc)) + "</b>")
        if snapshot.saved_epochs:
            lines.append(self.tr("Early stopping saved %1 epochs, about %2 s of worker time")
                         .replace("%1", fmt_count(snapshot.saved_epochs))
                         .replace("%2", f"{snapshot.saved_seconds:.1f}"))
        if snapshot.done and snapshot.test_acc is not None and best is not None:
            lines.append("<span style='color:#0E305A; font-size:13pt'><b>" + self.tr(
                "Test accuracy of the chosen trial, measured once now: %1 (%2 test images).")
                .replace("%1", fmt_percent(snapshot.test_acc)).replace("%2", fmt_count(snapshot.test_images))
                + "</b></span> " + self.tr(
                "The validation data chose the hyperparameters; the test data played no part. Chosen on the test "
                "data, they would be tuned to those very images, and the test accuracy would overstate how the "
                "network does on new data."))
        self.summary.setText("<br>".join(lines))
        need = self.summary.heightForWidth(max(self.summary.width(), 1))
        if need > self.summary.minimumHeight():  # grows only: a summary that changed height at every trial
            self.summary.setMinimumHeight(need)  # re-laid out the tab and repainted every plot each time

    # export ----------------------------------------------------------------------------------------------------------
    def export_item(self):
        return self.plots.ci

    def export_csv(self, path: str) -> None:
        """One row per trial (model.experiments.hyperparameter_search.CSV_COLUMNS)."""
        snapshot = self.run.last_snapshot if self.run is not None else None
        if snapshot is None or not snapshot.records:
            raise OSError(self.tr("Nothing to export yet"))
        write_csv(snapshot, path)

    # life cycle -------------------------------------------------------------------------------------------------
    def smoke_start(self) -> None:
        if self.controls.data_box.key() != BUNDLED:
            self.controls.data_box.select(BUNDLED)
        self.play()

    def shutdown(self) -> None:
        super().shutdown()
        self.pools.shutdown()
        self.controls.data_box.shutdown()

    def worker_pids(self) -> list[int]:
        """Process ids of the live worker processes (for tests and benches)."""
        return self.pools.pids()
