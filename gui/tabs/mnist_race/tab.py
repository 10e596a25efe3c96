"""The MNIST race tab: the set-up and optimizer controls, the curves, the diverged marks, the results table and
what a change of any control does."""
from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from gui.data import BUNDLED
from gui.plotstyle import OPTIMIZER_COLORS, pen
from gui.tab_scenes import select_data, view_int
from gui.tabs.base import ExperimentTab
from gui.tabs.mnist_race.export import write_mnist_race_csv
from gui.tabs.mnist_race.results_table import RaceResultsTable
from gui.tabs.mnist_race.setup_box import RaceSetupBox
from gui.training_plots import TrainingCurves
from gui.widgets import OptimizerControls, finish_control_panel
from model.datasets import subset
from model.experiments.mnist_race import BOOK_OPTIMIZERS, MnistRaceConfig, MnistRaceExperiment, book_figure_6_9
from model.files import atomic_open
from model.optimizers import OPTIMIZERS

LR_RANGE = (1e-5, 100.0)
"""Learning-rate control bounds: 100 is absurd on purpose (SGD diverges at about 10 on the book's network)."""
LOSS_TOP = 2.5
"""Initial top of the loss axis (the loss of an untrained 10-class network is about ln 10 ≈ 2.3)."""


def class_defaults(name: str) -> dict[str, float]:
    """An optimizer's class defaults, which are the book's (SGD lr 0.01, Adam lr 0.001, β₁ 0.9 ...)."""
    return OPTIMIZERS[name]().hyperparameters()


class MnistRaceTab(ExperimentTab):
    """SGD, Momentum, AdaGrad and Adam (and Nesterov, RMSprop) training the same network on MNIST."""

    FRAME_INTERVAL = 0.2
    """A redraw costs the GUI thread about 15 ms, and while it draws (Python, holding the GIL) the training waits:
    5 frames a second while racing took the book's race from 18-20 s to 16-18 s in bench/bench_mnist_race_tab.py
    against 10 frames a second. Pauses and the end are drawn at once."""

    DEFAULT_SPEED = 0.0  # as fast as possible: the race is about speed of learning, not an animation
    SPEED_RANGE = (1.0, 500.0)

    def __init__(self, parent: QWidget | None = None, catalog=None) -> None:
        super().__init__(parent, catalog)
        self.eval_every: int | None = None
        """Iterations between two accuracy measurements; None: iterations / 20, at most 100 (the book's 100)."""
        self._run_key = BUNDLED
        self._available: tuple[str, int] | None = None  # (data key, training images it has), once it is loaded
        self._evaluated = None  # which images the shown run trains on and scores (from its snapshot)
        self._diverged: dict[str, int] = {}
        self.frames_drawn = 0
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_controls())
        splitter.addWidget(self._build_results())
        splitter.setStretchFactor(1, 1)
        self.base_layout(splitter)
        self._connect()
        self.retranslate()
        self._show_included()
        QTimer.singleShot(0, self, self.reset)  # with the tab as context: never called once it is deleted

    def _build_controls(self) -> QWidget:
        """The set-up box, one row per optimizer, the two preset buttons; in a scroll area."""
        panel = QWidget(self)
        panel_layout = QVBoxLayout(panel)
        self.setup_box = box = RaceSetupBox(self.catalog, panel)
        # the box's widgets, by the names the scenes, lectures and tests use
        self.data_box, self.train_size, self.available_label = box.data_box, box.train_size, box.available_label
        self.hidden_layers, self.hidden_units = box.hidden_layers, box.hidden_units
        self.iterations, self.batch_size, self.seed = box.iterations, box.batch_size, box.seed
        panel_layout.addWidget(box)
        self.optimizer_box = QGroupBox(panel)
        grid = QGridLayout(self.optimizer_box)
        grid.setColumnStretch(1, 1)
        self.rows = {name: OptimizerControls(self, name, OPTIMIZER_COLORS[name], class_defaults(name), grid, i,
                                             LR_RANGE, self.send_live, self.set_included, bold=True)
                     for i, name in enumerate(OPTIMIZERS)}
        for name, row in self.rows.items():
            row.check.blockSignals(True)
            row.check.setChecked(name in BOOK_OPTIMIZERS)
            row.check.blockSignals(False)
        panel_layout.addWidget(self.optimizer_box)
        self.preset_button = QPushButton(panel)
        self.defaults_button = QPushButton(panel)
        preset_row = QHBoxLayout()
        preset_row.addWidget(self.preset_button)
        preset_row.addWidget(self.defaults_button)
        panel_layout.addLayout(preset_row)
        self.hint, scroll = finish_control_panel(panel, panel_layout, self)
        return scroll

    def _build_results(self) -> QWidget:
        """The loss and accuracy curves with the diverged marks, the data line and the table."""
        self.plots = pg.GraphicsLayoutWidget(self)
        self.curves = TrainingCurves(self.plots.ci, list(OPTIMIZERS), OPTIMIZER_COLORS, loss_ylim=(0, LOSS_TOP))
        self.plots.ci.layout.setRowStretchFactor(0, 3)
        self.plots.ci.layout.setRowStretchFactor(1, 2)
        self._add_diverged_marks()
        self.data_info = QLabel(self)
        self.data_info.setWordWrap(True)
        self.data_info.setStyleSheet("color: #333;")
        self.table = RaceResultsTable(self)
        results = QWidget(self)
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.plots, 1)
        results_layout.addWidget(self.data_info)
        results_layout.addWidget(self.table)
        return results

    def _add_diverged_marks(self) -> None:
        """A hidden × and name per optimizer on the loss plot, shown where its run diverges."""
        self.diverged_marks: dict[str, pg.ScatterPlotItem] = {}
        self.diverged_labels: dict[str, pg.TextItem] = {}
        for name in OPTIMIZERS:
            c = OPTIMIZER_COLORS[name]
            mark = pg.ScatterPlotItem(symbol="x", size=22, pen=pen(c, 3.0), brush=pg.mkBrush(c))
            mark.setZValue(20)
            self.curves.loss_plot.addItem(mark)
            label = pg.TextItem(color=c, anchor=(0, 1))
            label.setFont(QFont(label.textItem.font().family(), 12, QFont.Weight.Bold))
            label.setZValue(21)
            self.curves.loss_plot.addItem(label)
            label.hide()
            self.diverged_marks[name] = mark
            self.diverged_labels[name] = label

    def _connect(self) -> None:
        self.data_box.sourceChanged.connect(lambda _key: self.restart())
        for spin in self.setup_box.spins():
            spin.valueChanged.connect(lambda _v: self.restart())
        self.preset_button.clicked.connect(self.load_book_preset)
        self.defaults_button.clicked.connect(self.load_defaults)

    # text -----------------------------------------------------------------------------------------------------------
    def tab_title(self) -> str:
        return self.tr("Optimizer race (MNIST)")

    def retranslate(self) -> None:
        self.setup_box.retranslate()
        self.optimizer_box.setTitle(self.tr("Optimizers: learning rate and hyperparameters (live)"))
        for row in self.rows.values():
            row.retranslate()
        self.preset_button.setText(self.tr("Book figure 6-9"))
        self.preset_button.setToolTip(self.tr(
            "SGD 0.01, Momentum 0.01 (0.9), AdaGrad 0.01, Adam 0.001 on 784-100×4-10, mini-batch 128, "
            "2000 iterations, all training images; full MNIST if you have opened or downloaded it"))
        self.defaults_button.setText(self.tr("Default settings"))
        self.defaults_button.setToolTip(self.tr("Every setting back to its starting value; the data stay as chosen"))
        self.hint.setText(self.tr(
            "All optimizers start from the same weights and see the same mini-batches. Space: play/pause, "
            "N: one iteration, R: reset, F11: full screen."))
        self.table.retranslate()
        self.curves.retranslate()
        self.setup_box.show_available(self._available[1] if self._available is not None else None)
        self._show_data_info()
        snapshot = self.run.last_snapshot if self.run is not None else None
        if snapshot is not None:
            self.table.show_snapshot(snapshot)

    def counter_text(self, snapshot) -> str:
        return (self.tr("Iteration %1 / %2 · %3 it/s · %4 s")
                .replace("%1", str(snapshot.step)).replace("%2", str(snapshot.iterations))
                .replace("%3", f"{snapshot.iterations_per_second:.0f}").replace("%4", f"{snapshot.elapsed:.1f}"))

    # configuration ------------------------------------------------------------------------------------------------
    def included(self) -> tuple[str, ...]:
        return tuple(name for name, row in self.rows.items() if row.check.isChecked())

    def config(self) -> MnistRaceConfig:
        """The race as the controls describe it now (``ValueError`` if it is not a valid race)."""
        iterations = self.iterations.value()
        eval_every = self.eval_every or max(1, min(100, iterations // 20))
        included = self.included()
        if not included:
            raise ValueError(self.tr("Choose at least one optimizer."))
        return MnistRaceConfig(
            optimizers=included,
            hyperparameters={n: self.rows[n].hyperparameters() for n in included},
            hidden_sizes=(self.hidden_units.value(),) * self.hidden_layers.value(),
            batch_size=self.batch_size.value(), iterations=iterations, seed=self.seed.value(),
            eval_every=eval_every)

    # scenes (gui/tab_scenes.py) ----------------------------------------------------------------------------------
    LAB_KEY = "mnist_race"

    def current_configs(self) -> dict[str, MnistRaceConfig]:
        return {"mnist_race": self.config()}

    def view_state(self) -> dict:
        return {"data": self.data_box.key(), "train_size": self.train_size.value()}

    def set_controls(self, configs: dict[str, MnistRaceConfig], view: dict) -> None:
        config = configs["mnist_race"]
        self.eval_every = config.eval_every
        select_data(self.data_box, self.catalog, view.get("data"))
        self._apply_config(config, train_size=view_int(view, "train_size", 0, 0, self.train_size.maximum()))

    def make_factory(self) -> Callable[[], MnistRaceExperiment]:
        config = self.current_configs()["mnist_race"]
        catalog, key, n_train = self.catalog, self.data_box.key(), self.train_size.value()
        self._run_key = key

        def build() -> MnistRaceExperiment:  # runs in the worker thread: plain values and the catalog only
            data = catalog.load(key)
            if n_train:
                data = subset(data, n_train)
            return MnistRaceExperiment(config, data)

        return build

    def set_learning_rate(self, optimizer: str, lr: float) -> None:
        """Race ``optimizer`` with learning rate ``lr`` (e.g. the best a hyperparameter search found): it joins the
        race if it was out (which restarts it), else the value changes live like a typed one."""
        row = self.rows[optimizer]
        row.lr.setValue(float(lr))
        if not row.check.isChecked():
            row.check.setChecked(True)

    def set_included(self, name: str, on: bool) -> None:
        """Take an optimizer into the race or out of it (a structural change: the race starts again)."""
        self._show_included()
        self.restart()

    def _show_included(self) -> None:
        for r, (name, row) in enumerate(self.rows.items()):
            on = row.check.isChecked()
            self.curves.set_visible(name, on)
            self.table.setRowHidden(r, not on)
            row.lr.setEnabled(on)
            for spin in row.extras.values():
                spin.setEnabled(on)
        self.table.fit()

    def load_book_preset(self) -> None:
        """The book's figure 6-9: SGD, Momentum, AdaGrad, Adam at the book's values, 784-100×4-10, batch 128, 2000
        iterations, every training image; full MNIST when the catalog has it (the book trains on all 60,000)."""
        with self.batch_changes():
            for source in self.catalog.sources():
                if source.kind == "mnist":
                    if source.key != self.data_box.key():
                        self.data_box.select(source.key)
                    break
            self._apply_config(book_figure_6_9(), train_size=0)

    def load_defaults(self) -> None:
        """Every control back to the state the tab opened in, except the data source (which stays as chosen)."""
        self._apply_config(MnistRaceConfig(eval_every=100), train_size=0)

    def _apply_config(self, config: MnistRaceConfig, train_size: int) -> None:
        with self.batch_changes():
            self.train_size.setValue(train_size)
            sizes = config.hidden_sizes
            self.hidden_layers.setValue(len(sizes))
            self.hidden_units.setValue(sizes[0])
            self.iterations.setValue(config.iterations)
            self.batch_size.setValue(config.batch_size)
            self.seed.setValue(config.seed)
            for name, row in self.rows.items():
                row.set_hyperparameters({**class_defaults(name), **config.hyperparameters_of(name)})
                row.check.setChecked(name in config.optimizers)
            self._show_included()

    # data description -------------------------------------------------------------------------------------------
    def _show_available(self) -> None:
        """'of N' training images of the run's data source (read from the catalog's cache: the run's factory loaded
        it in the worker; never read here)."""
        if self._available is None or self._available[0] != self._run_key:
            data = self.catalog.cached(self._run_key)
            if data is None:
                return
            self._available = (self._run_key, data.n_train)
            self.setup_box.show_available(data.n_train)

    def _show_data_info(self) -> None:
        """What the run trains on and which images it scores, as its snapshot says (``EvaluatedImages``)."""
        ev = self._evaluated
        if ev is None:
            self.data_info.setText("")
            return
        if ev.test_subset_while_racing:
            text = self.tr("%1: trained on %2 images; test accuracy on %5 of the %3 test images while racing and on "
                           "all of them at the end; training accuracy on %4 of the training images")
        else:
            text = self.tr("%1: trained on %2 images, test accuracy on %3 test images, training accuracy on %4 of "
                           "the training images")
        self.data_info.setText(
            text.replace("%1", ev.dataset).replace("%2", f"{ev.train_images:,}").replace("%3", f"{ev.test_images:,}")
            .replace("%4", f"{ev.train_scored:,}").replace("%5", f"{ev.test_scored:,}"))

    # drawing ---------------------------------------------------------------------------------------------------------
    def on_reset(self, configs: dict) -> None:
        self.curves.clear()
        self._diverged = {}
        for name in OPTIMIZERS:
            self.diverged_marks[name].setData([], [])
            self.diverged_labels[name].hide()
        self.table.clear_results()
        self._show_included()
        self.curves.loss_plot.setXRange(0, self.iterations.value(), padding=0.01)
        self.curves.loss_plot.setYRange(0, LOSS_TOP, padding=0)
        self.clear_message()

    def on_frame(self, snapshot) -> None:
        self.frames_drawn += 1
        self._show_available()
        if snapshot.evaluated is not self._evaluated:
            self._evaluated = snapshot.evaluated
            self._show_data_info()
        self.curves.update(snapshot.runs)
        diverged = {}
        for run in snapshot.runs:
            if run.diverged:
                diverged[run.name] = run.diverged_step
                if run.name not in self._diverged:
                    self._mark_diverged(run)
        self._diverged = diverged
        self.table.show_snapshot(snapshot)
        self._show_alarm(snapshot, diverged)

    def _show_alarm(self, snapshot, diverged: dict[str, int]) -> None:
        """The status line names the runs that diverged, else those that are not learning."""
        if diverged:
            names = ", ".join(self.tr("%1 at iteration %2").replace("%1", n).replace("%2", str(s))
                              for n, s in diverged.items())
            if len(diverged) == len(snapshot.runs):
                text = self.tr("Diverged: %1. Lower the learning rate and press Reset (R).")
            else:
                text = self.tr("Diverged: %1. The other optimizers keep going; lower the learning rate and press "
                               "Reset (R) to race again.")
            self.show_message(text.replace("%1", names), error=True)
        elif getattr(snapshot, "not_learning", ()):
            self.show_message(self.tr("Not learning: %1. The loss is not below chance level (%2): the network "
                                      "guesses no better than a constant answer. Lower the learning rate and press "
                                      "Reset (R).").replace("%1", ", ".join(snapshot.not_learning))
                              .replace("%2", f"{snapshot.chance_loss:.2f}"), error=True)

    def _mark_diverged(self, run) -> None:
        """A big × where the run's loss curve ends, and its name beside it."""
        y = run.last_loss if len(run.losses) else LOSS_TOP
        y = min(max(y, 0.05 * LOSS_TOP), 0.92 * LOSS_TOP)
        x = float(run.diverged_step)
        self.diverged_marks[run.name].setData([x], [y])
        label = self.diverged_labels[run.name]
        label.setText(self.tr("%1 diverged").replace("%1", run.name))
        label.setPos(x, y)
        label.show()

    # export ----------------------------------------------------------------------------------------------------------
    def export_item(self):
        return self.plots.ci

    def export_csv(self, path: str) -> None:
        """Long format, one row per optimizer and iteration (see ``export.write_mnist_race_csv``)."""
        snapshot = self.exportable_snapshot()
        with atomic_open(path, "w", newline="", encoding="utf-8") as fh:
            write_mnist_race_csv(fh, snapshot)

    # life cycle -------------------------------------------------------------------------------------------------
    def smoke_start(self) -> None:
        """For ``main.py --smoke``: the bundled data (loaded in a blink) and Play."""
        if self.data_box.key() != BUNDLED:
            with self.batch_changes():
                self.data_box.select(BUNDLED)
        self.play()

    def shutdown(self) -> None:
        super().shutdown()
        self.data_box.shutdown()
