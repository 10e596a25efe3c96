"""The weight-initialization tab (book §6.2): the histogram view and the training view, a switch between them, and
the run of the training view (the run bar, Space/N/R)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QStackedWidget, QVBoxLayout,
                               QWidget)

from gui.tab_scenes import select_data
from gui.tabs.base import ExperimentTab
from gui.tabs.weight_init.histogram_controls import PRESET_ORDER
from gui.tabs.weight_init.histogram_view import HistogramView
from gui.tabs.weight_init.mnist_view import MnistView
from model.experiments.init_compare import InitCompareExperiment

VIEW_BUTTON_STYLE = (
    "QPushButton { padding: 4px 18px; font-weight: bold; border: 1px solid #888; background: #F2F2F2; }"
    "QPushButton:checked { background: #0072B2; color: white; border-color: #0072B2; }")


class WeightInitTab(ExperimentTab):
    """Weight initialization: activation histograms (figures 6-10 to 6-14) and training on MNIST (figure 6-15)."""

    FRAME_INTERVAL = 0.1
    """Training curves and histograms redrawn 10 times a second leave the CPU to the training; pauses and the end
    are drawn at once."""

    DEFAULT_SPEED = 0.0
    SPEED_RANGE = (1.0, 500.0)
    HISTOGRAMS, MNIST = 0, 1
    RESTART_DELAY_MS = 300
    """A dragged slider or digits being typed restart the training once the control has been still this long."""

    def __init__(self, parent: QWidget | None = None, catalog=None) -> None:
        super().__init__(parent, catalog)
        self._error_shown = False
        self._restart_timer = self._make_restart_timer()
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(self._view_switch(top))
        self.stack = QStackedWidget(top)
        self.histograms = HistogramView(self.stack)
        self.mnist = MnistView(self.catalog, self.stack)
        self.stack.addWidget(self.histograms)
        self.stack.addWidget(self.mnist)
        top_layout.addWidget(self.stack, 1)
        self.base_layout(top)
        self._connect()
        self.retranslate()
        self.show_view(self.HISTOGRAMS)
        self.histograms.apply_preset(PRESET_ORDER[0])
        self.histograms.compute_now()

    # parts ------------------------------------------------------------------------------------------------------------
    def _make_restart_timer(self) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(self.RESTART_DELAY_MS)
        timer.timeout.connect(self.restart)
        return timer

    def _view_switch(self, parent: QWidget) -> QHBoxLayout:
        switch = QHBoxLayout()
        self.view_group = QButtonGroup(self)
        self.view_buttons: list[QPushButton] = []
        for i in range(2):
            button = QPushButton(parent)
            button.setCheckable(True)
            button.setMinimumHeight(34)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.setStyleSheet(VIEW_BUTTON_STYLE)
            self.view_group.addButton(button, i)
            self.view_buttons.append(button)
            switch.addWidget(button)
        switch.addStretch(1)
        return switch

    def _connect(self) -> None:
        self.view_group.idClicked.connect(self.show_view)
        controls = self.mnist.controls
        controls.restartRequested.connect(lambda now: self.restart() if now else self.restart_soon())
        controls.liveChanged.connect(self.send_live)
        self.histograms.computed.connect(self.scene_changed)  # the histograms have no run: record for undo here

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

    def restart(self) -> None:
        """Rebuild the training run now (keeps playing if it was playing)."""
        self._restart_timer.stop()
        super().restart()

    def restart_soon(self) -> None:
        """Rebuild once the control has been still for a moment."""
        self._restart_timer.start()

    def smoke_start(self) -> None:
        self.show_view(self.MNIST)
        self.play()

    # run --------------------------------------------------------------------------------------------------------------
    # scenes (gui/tab_scenes.py): both experiments, under their names ------------------------------------------------
    LAB_KEY = "weight_init"
    VIEW_NAMES = ("histograms", "training")

    def current_configs(self) -> dict:
        return {"histograms": self.histograms.controls.config(), "training": self.mnist.controls.config()}

    def view_state(self) -> dict:
        return {"view": self.VIEW_NAMES[self.current_view()], "data": self.mnist.controls.data_box.key()}

    def set_controls(self, configs: dict, view: dict) -> None:
        self.histograms.controls.set_config(configs["histograms"])
        select_data(self.mnist.controls.data_box, self.catalog, view.get("data"))
        self.mnist.controls.set_config(configs["training"])
        if view.get("view") in self.VIEW_NAMES:
            self.show_view(self.VIEW_NAMES.index(view["view"]))

    def make_factory(self) -> Callable[[], InitCompareExperiment]:
        config = self.current_configs()["training"]
        key = self.mnist.controls.data_box.key()
        catalog = self.catalog
        return lambda: InitCompareExperiment(config, catalog.load(key))

    def on_reset(self, configs: dict) -> None:
        config = configs["training"]
        self.mnist.start(config.names, config.histogram_run)
        self.clear_message()

    def on_frame(self, snapshot) -> None:
        self.mnist.draw(snapshot)
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
        self.mnist.controls.data_box.shutdown()
        super().shutdown()

    # export -----------------------------------------------------------------------------------------------------------
    def export_item(self):
        return self.histograms.figure.ci if self.current_view() == self.HISTOGRAMS else self.mnist.figure.ci

    def export_csv(self, path: str) -> None:
        if self.current_view() == self.HISTOGRAMS:
            self.histograms.export_csv(path)
        else:
            self.mnist.export_csv(path)
