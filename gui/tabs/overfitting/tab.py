"""Overfitting, weight decay and dropout (book §6.4, figures 6-20 to 6-23), live.

Left: the data (bundled 5k subset or full MNIST), the number of training images (100 to all; the book: 300), the
number of updates and the seed (a change restarts both runs); the regularised run's λ and dropout ratio and the
learning rate of both runs (live, from the next update); the book's presets. Right: training and test accuracy of
both runs against the epoch with the gap shaded and a table of the latest numbers; the squared weight norm per
layer; the loss split into data loss and decay term; the test confusion matrix and a strip of misclassified test
images of either run.

Both runs start from the same weights and see the same mini-batches, so the only difference is the cure. The math is
in ``model.experiments.overfitting``; this tab binds widgets and draws snapshots.
"""
from __future__ import annotations

import csv
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from gui.data import BUNDLED
from gui.format import fmt_count, fmt_number
from gui.tab_scenes import select_data
from gui.tabs.base import ExperimentTab
from gui.tabs.overfitting.controls import OverfitControls
from gui.tabs.overfitting.figure import OverfitFigure
from gui.tabs.overfitting.mistakes_view import MistakesStrip
from gui.tabs.overfitting.results_table import OverfitResultsTable
from gui.widgets import finish_control_panel
from model.datasets import subset
from model.experiments.overfitting import BASELINE, PRESETS, REGULARIZED, OverfitConfig, OverfittingExperiment
from model.files import atomic_open

COLORS = {BASELINE: "#0072B2", REGULARIZED: "#D55E00"}
"""Blue for the network left alone, vermilion for the regularised one (Okabe–Ito, as everywhere in Descent)."""

PRESET_CONFIGS: dict[str, OverfitConfig] = {
    **PRESETS,
    "dropout_fast": OverfitConfig(train_size=300, updates=901, lr=0.1, weight_decay_lambda=0.0, dropout_ratio=0.2),
}
"""The book's three settings and dropout at a learning rate ten times the book's, where its benefit shows."""

LIVE_TEST_IMAGES = 1000
"""Test images scored at each epoch while the run goes (evenly spaced, the same ones every time); the last point
scores all of them. All 10,000 of full MNIST at each of 201 epochs is about 670 billion multiply-adds for the two
networks, over 10 s on two cores; 1,000 keep the book's run within seconds and its final numbers exact."""


class OverfittingTab(ExperimentTab):
    """A network memorising 300 images next to a regularised copy of it."""

    FRAME_INTERVAL = 0.2
    """New points arrive once an epoch; five frames a second show them all and leave the CPU to the training."""
    DEFAULT_SPEED = 0.0
    SPEED_RANGE = (1.0, 1000.0)

    def __init__(self, parent: QWidget | None = None, catalog=None) -> None:
        super().__init__(parent, catalog)
        self._data_sizes: tuple[str, int, int] | None = None
        self._data_name = ""
        self._run_key = BUNDLED
        self._points_drawn = (-1, -1, -1)
        self.frames_drawn = 0
        self._pending_half = None
        self._half_timer = QTimer(self)
        self._half_timer.setSingleShot(True)
        self._half_timer.timeout.connect(self._finish_frame)
        self.n_layers = len(OverfitConfig().hidden_sizes) + 1

        panel = QWidget(self)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        self.controls = OverfitControls(self.catalog, panel)
        panel_layout.addWidget(self.controls)
        self.hint, scroll = finish_control_panel(panel, panel_layout, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self._build_results())
        splitter.setStretchFactor(1, 1)
        self.base_layout(splitter)
        self._connect()
        self.retranslate()
        QTimer.singleShot(0, self, self.reset)  # with the tab as context: never called once it is deleted

    def _build_results(self) -> QWidget:
        """The plots (accuracy above; weight norms, loss, confusion matrix below), the table and the strip."""
        self.plots = OverfitFigure(COLORS, self.n_layers, self)
        self.accuracy, self.norms = self.plots.accuracy, self.plots.norms
        self.loss, self.confusion = self.plots.loss, self.plots.confusion
        self.table = OverfitResultsTable(COLORS, self)
        self.mistakes_label = QLabel(self)
        self.mistakes_run = QComboBox(self)
        for name in (BASELINE, REGULARIZED):
            self.mistakes_run.addItem("", name)
        self.mistakes = MistakesStrip(self)
        self.data_info = QLabel(self)
        self.data_info.setWordWrap(True)
        self.data_info.setStyleSheet("color: #333;")
        chooser = QHBoxLayout()
        chooser.addWidget(self.mistakes_label)
        chooser.addWidget(self.mistakes_run)
        chooser.addStretch(1)
        results = QWidget(self)
        rl = QVBoxLayout(results)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.plots, 1)
        rl.addWidget(self.data_info)
        rl.addWidget(self.table)
        rl.addLayout(chooser)
        rl.addWidget(self.mistakes)
        # The plots keep the height they need to be read (OverfitFigure.MIN_HEIGHT): on a 768 px projector the
        # column scrolls a little (the table and the strip of mistakes come into view) rather than squeezing them.
        scroll = QScrollArea(self)
        scroll.setWidget(results)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    def _connect(self) -> None:
        c = self.controls
        c.data_box.sourceChanged.connect(lambda _key: self._on_data_changed())
        for spin in (c.train_size, c.updates, c.seed):
            spin.valueChanged.connect(lambda _v: self.restart())
        c.train_size.valueChanged.connect(lambda _v: self._show_epochs())
        c.updates.valueChanged.connect(lambda _v: self._show_epochs())
        c.lam.valueChanged.connect(lambda v: self.send_live("weight_decay_lambda", v))
        c.ratio.valueChanged.connect(lambda v: self.send_live("dropout_ratio", v))
        c.lr.valueChanged.connect(lambda v: self.send_live("lr", v))
        for name, button in c.preset_buttons.items():
            button.clicked.connect(lambda _=False, n=name: self.load_preset(n))
        self.mistakes_run.currentIndexChanged.connect(lambda _i: self._redraw_mistakes())

    # text -------------------------------------------------------------------------------------------------------
    def tab_title(self) -> str:
        return self.tr("Overfitting")

    def run_labels(self) -> dict[str, str]:
        return {BASELINE: self.tr("no regularization"), REGULARIZED: self.tr("regularized")}

    def retranslate(self) -> None:
        self._retranslate_controls()
        self._retranslate_presets()
        self.hint.setText(self.tr(
            "Both networks start from the same weights and see the same mini-batches; only the cure differs. "
            "With 300 images the plain network memorises them (training accuracy 100%) while test accuracy stalls "
            "near 75%. Weight decay keeps the weights small and the gap narrower. Dropout, in the book's setting "
            "(lr 0.01), learns slowly: after 300 epochs about 60% training and 50% test accuracy, still rising; it "
            "narrows the gap but does not raise test accuracy within these epochs. At ten times the learning rate "
            "(preset 'Dropout 0.2, lr 0.1') dropout ends above the plain network on the test set. "
            "Space: play/pause, N: one update, R: reset."))
        labels = self.run_labels()
        self.accuracy.retranslate(labels)
        self.norms.retranslate(labels)
        self.loss.retranslate(labels)
        self.table.retranslate(labels)
        self.mistakes_label.setText(self.tr("Confusion matrix and mistakes of"))
        for i, name in enumerate((BASELINE, REGULARIZED)):
            self.mistakes_run.setItemText(i, labels[name])
        self._show_epochs()
        self._show_data_info()
        self._redraw_mistakes()

    def _retranslate_controls(self) -> None:
        c = self.controls
        c.setup_box.setTitle(self.tr("Data and run (a change restarts both runs)"))
        c.train_size_label.setText(self.tr("Training images"))
        c.train_size.setToolTip(self.tr("Train on the first N training images (the book: 300). More data, less "
                                        "overfitting; the number of updates stays, so the epochs follow."))
        c.updates_label.setText(self.tr("Updates"))
        c.updates.setToolTip(self.tr("SGD updates of each network, mini-batches of 100 (the book: 601 = 201 epochs "
                                     "of 300 images)"))
        c.seed_label.setText(self.tr("Seed"))
        c.seed.setToolTip(self.tr("Fixes the initial weights, the mini-batches and the dropout masks"))
        c.live_box.setTitle(self.tr("Regularized run (live: from the next update)"))
        c.lam_label.setText(self.tr("Weight decay λ"))
        c.lam.setToolTip(self.tr("Adds ½λΣ‖W‖² to the loss of the regularized run (the book: 0.1)"))
        c.ratio_label.setText(self.tr("Dropout ratio"))
        c.ratio.setToolTip(self.tr("Share of hidden units dropped at each update of the regularized run (the book: "
                                   "0.2); at test time every unit is kept and scaled by 1 − ratio"))
        c.lr_label.setText(self.tr("Learning rate (both)"))
        c.lr.setToolTip(self.tr("SGD learning rate of both runs (the book: 0.01)"))

    def _retranslate_presets(self) -> None:
        c = self.controls
        c.preset_box.setTitle(self.tr("Presets (the book's network 784-100×6-10, SGD, 300 images)"))
        texts = {
            "fig6_20": (self.tr("Fig. 6-20: no cure"),
                        self.tr("λ = 0, no dropout, 201 epochs: both runs coincide; move λ or the dropout ratio to "
                                "see the cure act")),
            "fig6_21": (self.tr("Fig. 6-21: λ = 0.1"), self.tr("Weight decay λ = 0.1, lr 0.01, 201 epochs")),
            "fig6_23": (self.tr("Fig. 6-22/23: dropout 0.2"),
                        self.tr("Dropout ratio 0.2, lr 0.01, 301 epochs: in this setting dropout learns slowly "
                                "(the book: about 0.6 training and 0.5 test accuracy at epoch 300, gap about 0.12)")),
            "dropout_fast": (self.tr("Dropout 0.2, lr 0.1"),
                             self.tr("Dropout ratio 0.2 with a learning rate ten times the book's (0.1), 301 "
                                     "epochs: here dropout's benefit shows, modestly (full MNIST, seed 0: test "
                                     "accuracy 0.807 against 0.787 without dropout, gap 0.19 against 0.21)")),
        }
        for name, (text, tip) in texts.items():
            c.preset_buttons[name].setText(text)
            c.preset_buttons[name].setToolTip(tip)

    def counter_text(self, snapshot) -> str:
        return (self.tr("Epoch %1 / %2 · update %3 / %4 · %5 s")
                .replace("%1", f"{snapshot.epoch:.0f}").replace("%2", f"{snapshot.epochs:.0f}")
                .replace("%3", str(snapshot.step)).replace("%4", str(snapshot.updates))
                .replace("%5", f"{snapshot.elapsed:.1f}"))

    def _show_epochs(self) -> None:
        c = self.controls
        n = self._train_size_used()
        epochs = OverfitConfig(train_size=max(n, 100), updates=c.updates.value()).epochs(n)
        c.epochs_info.setText(self.tr("= %1 epochs of %2 images")
                              .replace("%1", fmt_number(epochs)).replace("%2", fmt_count(n)))

    # configuration ------------------------------------------------------------------------------------------------
    def _train_size_used(self) -> int:
        n = self.controls.train_size.value()
        return min(n, self._data_sizes[1]) if self._data_sizes is not None else n

    def config(self) -> OverfitConfig:
        c = self.controls
        return OverfitConfig(train_size=c.train_size.value(), updates=c.updates.value(), lr=c.lr.value(),
                             weight_decay_lambda=c.lam.value(), dropout_ratio=c.ratio.value(), seed=c.seed.value(),
                             eval_test_size=LIVE_TEST_IMAGES)

    # scenes (gui/tab_scenes.py) ----------------------------------------------------------------------------------
    LAB_KEY = "overfitting"

    def current_configs(self) -> dict[str, OverfitConfig]:
        return {"overfitting": self.config()}

    def view_state(self) -> dict:
        return {"data": self.controls.data_box.key(), "mistakes_of": self.mistakes_run.currentData()}

    def set_controls(self, configs: dict[str, OverfitConfig], view: dict) -> None:
        select_data(self.controls.data_box, self.catalog, view.get("data"))
        index = self.mistakes_run.findData(view.get("mistakes_of"))
        if index >= 0:
            self.mistakes_run.setCurrentIndex(index)
        self._set_config(configs["overfitting"])

    def make_factory(self) -> Callable[[], OverfittingExperiment]:
        config = self.current_configs()["overfitting"]
        catalog, key = self.catalog, self.controls.data_box.key()
        self._run_key = key

        def build() -> OverfittingExperiment:  # the worker thread: plain values and the catalog only
            return OverfittingExperiment(config, subset(catalog.load(key), config.train_size))

        return build

    def load_preset(self, name: str) -> None:
        """A preset's settings (the data stay as chosen: bundled or full MNIST)."""
        self._set_config(PRESET_CONFIGS[name])

    def _set_config(self, cfg: OverfitConfig) -> None:
        """Every control from ``cfg`` (a preset's or a scene's), then one restart."""
        c = self.controls
        with self.batch_changes():
            c.train_size.setValue(cfg.train_size)
            c.updates.setValue(cfg.updates)
            c.seed.setValue(cfg.seed)
            for control, value in ((c.lam, cfg.weight_decay_lambda), (c.ratio, cfg.dropout_ratio), (c.lr, cfg.lr)):
                control.blockSignals(True)
                control.setValue(value)
                control.blockSignals(False)

    def _on_data_changed(self) -> None:
        self._data_sizes = None
        self.restart()

    # data description -------------------------------------------------------------------------------------------
    def _load_sizes(self) -> None:
        if self._data_sizes is None or self._data_sizes[0] != self._run_key:
            data = self.catalog.cached(self._run_key)  # loaded by the run's worker; never read a file here
            if data is None:
                return
            self._data_sizes = (self._run_key, data.n_train, data.n_test)
            self._data_name = data.name
            spin = self.controls.train_size
            spin.blockSignals(True)  # a clamped value means the same as before (subset caps it): no restart
            spin.setMaximum(max(spin.minimum(), data.n_train))
            spin.blockSignals(False)
            self.controls.available_label.setText(self.tr("of %1").replace("%1", f"{data.n_train:,}"))
            self._show_epochs()

    def _show_data_info(self, snapshot=None) -> None:
        snapshot = snapshot or (self.run.last_snapshot if self.run is not None else None)
        if snapshot is None:
            self.data_info.setText("")
            return
        if snapshot.eval_test_size < snapshot.test_size or snapshot.eval_train_size < snapshot.train_size:
            text = self.tr("%1: %2 training images. Accuracy at each epoch on %3 training and %4 test images, at the "
                           "end on all %2 training and %5 test images.")
        else:
            text = self.tr("%1: %2 training images. Accuracy at each epoch on all of them and on all %5 test images.")
        self.data_info.setText(
            text.replace("%1", snapshot.dataset).replace("%2", f"{snapshot.train_size:,}")
            .replace("%3", f"{snapshot.eval_train_size:,}").replace("%4", f"{snapshot.eval_test_size:,}")
            .replace("%5", f"{snapshot.test_size:,}"))

    # drawing ---------------------------------------------------------------------------------------------------------
    def on_reset(self, configs: dict) -> None:
        self.accuracy.clear()
        self.norms.clear()
        self.loss.clear()
        self.confusion.clear()
        self.mistakes.clear()
        self.table.clear()
        self._points_drawn = (-1, -1, -1)
        self._half_timer.stop()
        self._pending_half = None
        self.clear_message()

    def on_frame(self, snapshot) -> None:
        self.frames_drawn += 1
        self._load_sizes()
        if self._points_drawn[0] == -1:
            self.accuracy.set_epochs(snapshot.epochs)
            self.loss.set_epochs(snapshot.epochs)
            self._show_data_info(snapshot)
        points = (snapshot.runs[0].points, snapshot.runs[1].points, int(snapshot.done))
        if points != self._points_drawn:  # points arrive once an epoch: redraw only then
            self._points_drawn = points
            self.accuracy.update(snapshot.runs, 1.0 / snapshot.updates_per_epoch)
            self.loss.update(snapshot.runs)
            self._draw_second_half(snapshot)
        self.table.update(snapshot)
        self._show_divergence(snapshot)

    def _draw_second_half(self, snapshot) -> None:
        """The weight norms, the confusion matrix and the mistakes, one event-loop turn after the curves: each turn
        (and its repaint) stays short, so input waiting between them is handled at once. A newer frame replaces a
        half still waiting."""
        self._pending_half = snapshot
        self._half_timer.start(1)

    def _finish_frame(self) -> None:
        snapshot, self._pending_half = self._pending_half, None
        if snapshot is not None:
            self.norms.update(snapshot.runs)
            self._redraw_mistakes(snapshot)

    @property
    def frame_pending(self) -> bool:
        """Whether the second half of the last frame is still to be drawn (for tests)."""
        return self._pending_half is not None

    def _redraw_mistakes(self, snapshot=None) -> None:
        snapshot = snapshot or (self.run.last_snapshot if self.run is not None else None)
        name = self.mistakes_run.currentData() or BASELINE
        label = self.run_labels()[name]
        self.confusion.retranslate(label, force=snapshot is None)
        title = self.tr("Test images %1 gets wrong (true → predicted)").replace("%1", label)
        if self.mistakes.title.text() != title:
            self.mistakes.title.setText(title)
        if snapshot is None:
            return
        run = snapshot.run(name)
        self.confusion.show(run.confusion, COLORS[name])
        self.mistakes.show_mistakes(run.wrong, run.wrong_pred, snapshot.test_images, snapshot.test_labels)

    def _show_divergence(self, snapshot) -> None:
        gone = [r for r in snapshot.runs if r.diverged]
        if not gone:
            return
        labels = self.run_labels()
        names = ", ".join(self.tr("%1 at update %2").replace("%1", labels[r.name]).replace("%2", str(r.diverged_step))
                          for r in gone)
        text = (self.tr("Diverged: %1. Lower the learning rate and press Reset (R).") if len(gone) == len(snapshot.runs)
                else self.tr("Diverged: %1. The other run goes on; lower the learning rate and press Reset (R)."))
        self.show_message(text.replace("%1", names), error=True)

    # export ----------------------------------------------------------------------------------------------------------
    def export_item(self):
        return self.plots.ci

    def export_csv(self, path: str) -> None:
        """One row per run and evaluation point: update, epoch, accuracies, data loss, decay term, ‖W_l‖²."""
        snapshot = self.exportable_snapshot()
        norms = [f"sq_norm_W{i}" for i in range(1, self.n_layers + 1)]
        with atomic_open(path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["run", "update", "epoch", "train_acc", "test_acc", "data_loss", "decay_term", *norms])
            for run in snapshot.runs:
                for j in range(run.points):
                    writer.writerow([run.name, int(run.updates[j]), repr(float(run.epochs[j])),
                                     *(repr(float(a[j])) for a in (run.train_acc, run.test_acc, run.data_loss,
                                                                   run.decay_term)),
                                     *(repr(float(v)) for v in run.weight_norms[j])])

    # life cycle -------------------------------------------------------------------------------------------------
    def smoke_start(self) -> None:
        if self.controls.data_box.key() != BUNDLED:
            with self.batch_changes():
                self.controls.data_box.select(BUNDLED)
        self.play()

    def shutdown(self) -> None:
        super().shutdown()
        self.controls.data_box.shutdown()
