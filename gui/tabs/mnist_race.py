"""The optimizer race on MNIST (book §6.1.8, figure 6-9), live.

Left: the training data (bundled 5k subset, or full MNIST when the user opens or downloads it; all of it or the
first N training images), the network's size, seed, iterations and batch size (changing any of these restarts the
race), and one row per optimizer (take part or not, which also restarts; learning rate and the other
hyperparameters change live, between two iterations). Right: the training loss (each mini-batch faint, smoothed
bold) and the accuracies (test solid, training dashed) against the iteration, and a table of the latest results.

Every optimizer trains a copy of the same initial network on the same mini-batches; a run whose loss or weights
become infinite is marked diverged at that iteration and stops, the others go on. The math is in
``model.experiments.mnist_race`` and ``model.experiments.training``; this tab only binds widgets and draws snapshots.
"""
from __future__ import annotations

import csv
import math
from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QPushButton, QSizePolicy, QSpinBox,
                               QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from gui.data import BUNDLED, DataSourceBox
from gui.format import fmt_percent
from gui.plotstyle import FONTS, OPTIMIZER_COLORS, pen
from gui.explain import explain
from gui.tab_scenes import select_data, view_int
from gui.tabs.base import ExperimentTab
from gui.training_plots import TrainingCurves
from gui.widgets import OptimizerControls, finish_control_panel, wrap_header
from model.datasets import subset
from model.experiments.mnist_race import BOOK_OPTIMIZERS, MnistRaceConfig, MnistRaceExperiment, book_figure_6_9
from model.files import atomic_open
from model.optimizers import OPTIMIZERS

LR_RANGE = (1e-5, 100.0)
"""Learning-rate control bounds: 100 is absurd on purpose (SGD diverges at about 10 on the book's network)."""
LOSS_TOP = 2.5
"""Initial top of the loss axis (the loss of an untrained 10-class network is about ln 10 ≈ 2.3)."""

COL_NAME, COL_LOSS, COL_TEST, COL_TRAIN, COL_STATE = range(5)


def class_defaults(name: str) -> dict[str, float]:
    """An optimizer's class defaults, which are the book's (SGD lr 0.01, Adam lr 0.001, β₁ 0.9 ...)."""
    return OPTIMIZERS[name]().hyperparameters()


def percent(value: float) -> str:
    """'97.1%' (a dash when not measured yet), as every lab writes it (gui/format.py)."""
    return fmt_percent(value)


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
        self._run_key, self._run_train_size, self._run_eval_train = BUNDLED, 0, MnistRaceConfig().eval_train_size
        self._info_stale = True
        self._data_sizes: tuple[str, int, int] | None = None  # (key, training images available, test images)
        self._data_name = ""
        self._diverged: dict[str, int] = {}

        # controls --------------------------------------------------------------------------------------------------
        panel = QWidget(self)
        panel_layout = QVBoxLayout(panel)
        self.setup_box = QGroupBox(panel)
        form = QFormLayout(self.setup_box)
        self.data_box = DataSourceBox(self.catalog, self.setup_box)
        form.addRow(self.data_box)
        self.train_size_label = QLabel(self.setup_box)
        self.train_size = QSpinBox(self.setup_box)
        self.train_size.setRange(0, 60000)
        self.train_size.setSingleStep(1000)
        self.train_size.setValue(0)
        self.available_label = QLabel(self.setup_box)
        size_row = QHBoxLayout()
        size_row.addWidget(self.train_size, 1)
        size_row.addWidget(self.available_label)
        form.addRow(self.train_size_label, size_row)
        self.network_label = QLabel(self.setup_box)
        self.hidden_layers = QSpinBox(self.setup_box)
        self.hidden_layers.setRange(1, 8)
        self.hidden_layers.setValue(4)
        self.hidden_units = QSpinBox(self.setup_box)
        self.hidden_units.setRange(5, 1000)
        self.hidden_units.setSingleStep(10)
        self.hidden_units.setValue(100)
        self.times_label = QLabel("×", self.setup_box)
        self.network_shape = QLabel(self.setup_box)
        self.network_shape.setStyleSheet("color: #555;")
        net_row = QHBoxLayout()
        net_row.addWidget(self.hidden_layers)
        net_row.addWidget(self.times_label)
        net_row.addWidget(self.hidden_units)
        net_row.addStretch(1)
        form.addRow(self.network_label, net_row)
        form.addRow("", self.network_shape)
        self.iterations_label = QLabel(self.setup_box)
        self.iterations = QSpinBox(self.setup_box)
        self.iterations.setRange(1, 100000)
        self.iterations.setSingleStep(500)
        self.iterations.setValue(2000)
        form.addRow(self.iterations_label, self.iterations)
        self.batch_label = QLabel(self.setup_box)
        self.batch_size = QSpinBox(self.setup_box)
        self.batch_size.setRange(1, 10000)
        self.batch_size.setValue(128)
        form.addRow(self.batch_label, self.batch_size)
        self.seed_label = QLabel(self.setup_box)
        self.seed = QSpinBox(self.setup_box)
        self.seed.setRange(0, 2_000_000_000)
        self.seed.setValue(0)
        form.addRow(self.seed_label, self.seed)
        for spin in (self.train_size, self.hidden_layers, self.hidden_units, self.iterations, self.batch_size,
                     self.seed):
            spin.setKeyboardTracking(False)  # restart once a number is complete, not on every digit typed
        panel_layout.addWidget(self.setup_box)

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
        self.data_box.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.data_box.combo.setMinimumContentsLength(22)
        self.hint, scroll = finish_control_panel(panel, panel_layout, self)

        # plots and results -------------------------------------------------------------------------------------
        self.plots = pg.GraphicsLayoutWidget(self)
        self.curves = TrainingCurves(self.plots.ci, list(OPTIMIZERS), OPTIMIZER_COLORS, loss_ylim=(0, LOSS_TOP))
        self.plots.ci.layout.setRowStretchFactor(0, 3)
        self.plots.ci.layout.setRowStretchFactor(1, 2)
        self.frames_drawn = 0
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

        self.data_info = QLabel(self)
        self.data_info.setWordWrap(True)
        self.data_info.setStyleSheet("color: #333;")
        self.table = QTableWidget(len(OPTIMIZERS), 5, self)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        font = self.table.font()
        font.setPointSizeF(FONTS.pt("heading"))
        self.table.setFont(font)
        header_font = QFont(font)
        header_font.setBold(True)
        self.table.horizontalHeader().setFont(header_font)
        wrap_header(self.table, lambda: self._fit_table())  # a narrow window wraps the headings, never cuts them
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for r, name in enumerate(OPTIMIZERS):
            swatch = QPixmap(14, 14)
            swatch.fill(QColor(OPTIMIZER_COLORS[name]))
            item = QTableWidgetItem(QIcon(swatch), name)
            item.setFont(header_font)
            self.table.setItem(r, COL_NAME, item)
            for col in (COL_LOSS, COL_TEST, COL_TRAIN, COL_STATE):
                cell = QTableWidgetItem("")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, col, cell)
        results = QWidget(self)
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.plots, 1)
        results_layout.addWidget(self.data_info)
        results_layout.addWidget(self.table)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(results)
        splitter.setStretchFactor(1, 1)
        self.base_layout(splitter)

        # wiring ---------------------------------------------------------------------------------------------------
        self.data_box.sourceChanged.connect(lambda _key: self.restart())
        for spin in (self.train_size, self.hidden_layers, self.hidden_units, self.iterations, self.batch_size,
                     self.seed):
            spin.valueChanged.connect(lambda _v: self.restart())
        self.hidden_layers.valueChanged.connect(lambda _v: self._show_network_shape())
        self.hidden_units.valueChanged.connect(lambda _v: self._show_network_shape())
        self.preset_button.clicked.connect(self.load_book_preset)
        self.defaults_button.clicked.connect(self.load_defaults)
        for key, widgets in (("train_size", (self.train_size_label, self.train_size)),
                             ("hidden_layers", (self.network_label, self.hidden_layers, self.hidden_units)),
                             ("batch_size", (self.batch_label, self.batch_size)),
                             ("seed", (self.seed_label, self.seed))):
            for widget in widgets:
                explain(widget, key)
        self.retranslate()
        self._show_included()
        QTimer.singleShot(0, self, self.reset)  # with the tab as context: never called once it is deleted

    # text -----------------------------------------------------------------------------------------------------------
    def tab_title(self) -> str:
        return self.tr("Optimizer race (MNIST)")

    def retranslate(self) -> None:
        self.setup_box.setTitle(self.tr("Data and network (a change restarts the race)"))
        self.train_size_label.setText(self.tr("Training images"))
        self.train_size.setSpecialValueText(self.tr("all"))
        self.network_label.setText(self.tr("Hidden layers"))
        self.iterations_label.setText(self.tr("Iterations"))
        self.batch_label.setText(self.tr("Mini-batch size"))
        self.seed_label.setText(self.tr("Seed"))
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
        self.table.setHorizontalHeaderLabels([
            self.tr("Optimizer"), self.tr("Loss (mean of last 100)"), self.tr("Test accuracy"),
            self.tr("Training accuracy"), self.tr("State")])
        self.curves.retranslate()
        self._show_network_shape()
        self._show_available()
        self._show_data_info()
        snapshot = self.run.last_snapshot if self.run is not None else None
        if snapshot is not None:
            self._update_table(snapshot)

    def counter_text(self, snapshot) -> str:
        return (self.tr("Iteration %1 / %2 · %3 it/s · %4 s")
                .replace("%1", str(snapshot.step)).replace("%2", str(snapshot.iterations))
                .replace("%3", f"{snapshot.iterations_per_second:.0f}").replace("%4", f"{snapshot.elapsed:.1f}"))

    def _show_network_shape(self) -> None:
        self.network_shape.setText(self.tr("784 → %1 → 10, ReLU, He")
                                   .replace("%1", f"{self.hidden_units.value()}×{self.hidden_layers.value()}"))

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
        self._run_key, self._run_train_size, self._run_eval_train = key, n_train, config.eval_train_size

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
        self._fit_table()

    def _fit_table(self) -> None:
        shown = sum(not self.table.isRowHidden(r) for r in range(self.table.rowCount()))
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()) if not self.table.isRowHidden(r))
        self.table.setFixedHeight(height if shown else self.table.horizontalHeader().height() + 4)

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
    def _loaded_sizes(self) -> tuple[str, int, int] | None:
        """(name, training images available, test images) of the run's data; it is cached once a run was built."""
        if self._data_sizes is None or self._data_sizes[0] != self._run_key:
            data = self.catalog.cached(self._run_key)  # loaded by the run's factory in the worker; never read here
            if data is None:
                return None
            self._data_sizes = (self._run_key, data.n_train, data.n_test)
            self._data_name = data.name
        return self._data_sizes

    def _show_available(self) -> None:
        sizes = self._data_sizes
        if sizes is None:
            self.available_label.setText("")
            return
        self.available_label.setText(self.tr("of %1").replace("%1", f"{sizes[1]:,}"))
        self.train_size.blockSignals(True)  # a clamped value means the same as before (subset caps it): no restart
        self.train_size.setMaximum(sizes[1])
        self.train_size.blockSignals(False)

    def _show_data_info(self) -> None:
        sizes = self._data_sizes
        if sizes is None:
            self.data_info.setText("")
            return
        n_train = min(self._run_train_size or sizes[1], sizes[1])
        racing_test = MnistRaceConfig().eval_test_size or sizes[2]
        if racing_test < sizes[2]:
            text = self.tr("%1: trained on %2 images; test accuracy on %5 of the %3 test images while racing and on "
                           "all of them at the end; training accuracy on %4 of the training images")
        else:
            text = self.tr("%1: trained on %2 images, test accuracy on %3 test images, training accuracy on %4 of "
                           "the training images")
        self.data_info.setText(
            text.replace("%1", self._data_name).replace("%2", f"{n_train:,}").replace("%3", f"{sizes[2]:,}")
            .replace("%4", f"{min(self._run_eval_train, n_train):,}").replace("%5", f"{racing_test:,}"))

    # drawing ---------------------------------------------------------------------------------------------------------
    def on_reset(self) -> None:
        self.curves.clear()
        self._diverged = {}
        for name in OPTIMIZERS:
            self.diverged_marks[name].setData([], [])
            self.diverged_labels[name].hide()
        for r in range(self.table.rowCount()):
            for col in (COL_LOSS, COL_TEST, COL_TRAIN, COL_STATE):
                self.table.item(r, col).setText("")
        self._info_stale = True
        self._show_included()
        self.curves.loss_plot.setXRange(0, self.iterations.value(), padding=0.01)
        self.curves.loss_plot.setYRange(0, LOSS_TOP, padding=0)
        self.clear_message()

    def on_frame(self, snapshot) -> None:
        self.frames_drawn += 1
        if self._info_stale and self._loaded_sizes() is not None:
            self._info_stale = False
            self._show_available()
            self._show_data_info()
        self.curves.update(snapshot.runs)
        diverged = {}
        for run in snapshot.runs:
            if run.diverged:
                diverged[run.name] = run.diverged_step
                if run.name not in self._diverged:
                    self._mark_diverged(run)
        self._diverged = diverged
        self._update_table(snapshot)
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

    def _update_table(self, snapshot) -> None:
        """Latest numbers per optimizer; the leader of each column (lowest loss, best accuracies) in bold."""
        order = list(OPTIMIZERS)
        alive = [r for r in snapshot.runs if not r.diverged and r.name in order]
        leaders: dict[int, set[str]] = {}
        for col, value, best in ((COL_LOSS, lambda r: r.mean_loss(100), min),
                                 (COL_TEST, lambda r: r.final_test_acc, max),
                                 (COL_TRAIN, lambda r: r.final_train_acc, max)):
            values = {r.name: value(r) for r in alive if math.isfinite(value(r))}
            if len(values) > 1 and snapshot.step > 0:
                top = best(values.values())
                leaders[col] = {n for n, v in values.items() if v == top}
        for run in snapshot.runs:
            if run.name not in order:
                continue
            r = order.index(run.name)
            loss = run.mean_loss(100)
            self.table.item(r, COL_LOSS).setText("–" if not math.isfinite(loss) else f"{loss:.3f}")
            self.table.item(r, COL_TEST).setText(percent(run.final_test_acc))
            self.table.item(r, COL_TRAIN).setText(percent(run.final_train_acc))
            for col in (COL_LOSS, COL_TEST, COL_TRAIN):
                cell = self.table.item(r, col)
                font = cell.font()
                font.setBold(run.name in leaders.get(col, ()))
                cell.setFont(font)
                cell.setForeground(QColor("#999999" if run.diverged else "#222222"))  # a stopped run's last values
            state = self.table.item(r, COL_STATE)
            state.setToolTip("")
            if run.diverged:
                state.setText(self.tr("diverged at iteration %1").replace("%1", str(run.diverged_step)))
                state.setForeground(QColor("#B00020"))
                bold = state.font()
                bold.setBold(True)
                state.setFont(bold)
            elif run.name in getattr(snapshot, "not_learning", ()):  # decided by the model (MnistRaceSnapshot)
                state.setText(self.tr("not learning"))
                state.setToolTip(self.tr("The loss is not below chance level: no better than a constant answer"))
                state.setForeground(QColor("#B00020"))
                bold = state.font()
                bold.setBold(True)
                state.setFont(bold)
            else:
                state.setText(self.tr("finished") if snapshot.done else
                              self.tr("running") if snapshot.step else self.tr("ready"))
                state.setForeground(QColor("#222222"))
                normal = state.font()
                normal.setBold(False)
                state.setFont(normal)

    # export ----------------------------------------------------------------------------------------------------------
    def export_item(self):
        return self.plots.ci

    def export_csv(self, path: str) -> None:
        """Long format, one row per optimizer and iteration: the mini-batch loss and its smoothed value, and the
        accuracies at the iterations where they were measured (iteration 0 is the untrained network)."""
        snapshot = self.run.last_snapshot if self.run is not None else None
        if snapshot is None:
            raise OSError(self.tr("Nothing to export yet"))
        with atomic_open(path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["optimizer", "iteration", "loss", "smoothed", "train_acc", "test_acc"])
            for run in snapshot.runs:
                evals = {int(s): (float(a), float(b)) for s, a, b in zip(run.eval_steps, run.train_acc, run.test_acc)}
                steps = sorted(set(range(1, len(run.losses) + 1)) | set(evals))
                for k in steps:
                    row: list = [run.name, k]
                    if 1 <= k <= len(run.losses):
                        row += [repr(float(run.losses[k - 1])), repr(float(run.smoothed[k - 1]))]
                    else:
                        row += ["", ""]
                    row += [repr(v) for v in evals[k]] if k in evals else ["", ""]
                    writer.writerow(row)

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
