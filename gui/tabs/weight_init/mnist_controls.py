"""The control panel of the training view: data, the initial values to compare, SGD settings, the run whose
activations are shown."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from gui.config_controls import log_control, spin_box
from gui.data import DataSourceBox
from gui.explain import explain
from gui.format import fmt_number
from gui.tabs.weight_init.style import MNIST_INITS, STD_NAMES, STD_VALUES, init_color
from gui.widgets import ColorSwatch
from model.experiments.init_compare import InitCompareConfig, book_figure_6_15

RANGES = InitCompareConfig.CONTROL_RANGES


class MnistControls(QWidget):
    """The settings of the training comparison. It never reaches into the tab: ``restartRequested(now)`` asks for
    a new run (at once, or once the control is still), ``liveChanged(name, value)`` for a change of the running one."""

    restartRequested = Signal(bool)
    liveChanged = Signal(str, object)

    def __init__(self, catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._applying = False
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 6, 0)
        self.data_box = DataSourceBox(catalog, self)
        self.init_box = self._init_box()
        self.train_box = self._train_box()
        self.preset_button = QPushButton(self)
        self.hist_box = self._hist_box()
        for widget in (self.data_box, self.init_box, self.train_box, self.preset_button, self.hist_box):
            self.layout_.addWidget(widget)
        self._connect()

    # parts ---------------------------------------------------------------------------------------------------------
    def _init_box(self) -> QGroupBox:
        box = QGroupBox(self)
        grid = QGridLayout(box)
        self.init_checks: dict[str, QCheckBox] = {}
        for i, choice in enumerate(MNIST_INITS + ("custom",)):
            check = QCheckBox(box)
            check.setChecked(choice != "custom")
            self.init_checks[choice] = check
            grid.addWidget(ColorSwatch(init_color(STD_NAMES.get(choice, "")), box), i, 0)
            grid.addWidget(check, i, 1)
        self.custom_std = log_control(box, RANGES, "custom_std", 0.05)
        grid.addWidget(self.custom_std, len(MNIST_INITS) + 1, 1)
        grid.setColumnStretch(1, 1)
        return box

    def _train_box(self) -> QGroupBox:
        box = QGroupBox(self)
        form = QFormLayout(box)
        self.network_label = QLabel(box)
        self.network_label.setWordWrap(True)
        form.addRow(self.network_label)
        self.lr_label, self.batch_label, self.iter_label, self.seed_label = QLabel(), QLabel(), QLabel(), QLabel()
        book = book_figure_6_15()
        self.lr = log_control(box, RANGES, "lr", book.lr)
        self.batch_spin = spin_box(box, RANGES, "batch_size", book.batch_size)
        self.iter_spin = spin_box(box, RANGES, "iterations", book.iterations, step=100)
        self.seed_spin = spin_box(box, RANGES, "seed", book.seed)
        form.addRow(self.lr_label, self.lr)
        form.addRow(self.batch_label, self.batch_spin)
        form.addRow(self.iter_label, self.iter_spin)
        form.addRow(self.seed_label, self.seed_spin)
        return box

    def _hist_box(self) -> QGroupBox:
        box = QGroupBox(self)
        form = QFormLayout(box)
        self.run_label = QLabel()
        self.run_combo = QComboBox(box)
        form.addRow(self.run_label, self.run_combo)
        return box

    def _connect(self) -> None:
        self.data_box.sourceChanged.connect(lambda _key: self._request(True))
        for check in self.init_checks.values():
            check.toggled.connect(lambda _on: self._request(True))
        self.custom_std.valueChanged.connect(self._on_custom_std)
        self.lr.valueChanged.connect(lambda v: self.liveChanged.emit("lr", v))
        for spin in (self.batch_spin, self.iter_spin, self.seed_spin):
            spin.valueChanged.connect(lambda _v: self._request(False))
        self.preset_button.clicked.connect(self.load_book_preset)
        self.run_combo.activated.connect(lambda index: self.liveChanged.emit("histogram_run", index))
        inits = {"0.01": "init.0.01", "xavier": "init.xavier", "he": "init.he", "custom": "init.std"}
        for choice, key in inits.items():
            explain(self.init_checks[choice], key)  # tooltips, F1, What's this (gui/explain.py)
        for widget, key in ((self.batch_label, "batch_size"), (self.batch_spin, "batch_size"),
                            (self.seed_label, "seed"), (self.seed_spin, "seed"), (self.lr_label, "lr")):
            explain(widget, key)

    # texts ---------------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.init_box.setTitle(self.tr("Weight initial values"))
        self.init_box.setToolTip(self.tr("One network is trained for each checked initial value"))
        self.init_checks["0.01"].setText(self.tr("std 0.01"))
        self.init_checks["xavier"].setText(self.tr("Xavier √(1/n)"))
        self.init_checks["he"].setText(self.tr("He √(2/n)"))
        self.init_checks["custom"].setText(self.tr("custom std:"))
        lo, hi = RANGES["custom_std"]
        self.custom_std.setToolTip(self.tr("Drag, or type a value (%1 to %2)").replace("%1", fmt_number(lo))
                                   .replace("%2", fmt_number(hi)))
        self.train_box.setTitle(self.tr("Training with SGD"))
        sizes = (784,) + book_figure_6_15().hidden_sizes + (10,)
        self.network_label.setText(self.tr("ReLU network %1").replace("%1", "-".join(map(str, sizes))))
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

    # settings ------------------------------------------------------------------------------------------------------
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
        """The book's figure 6-15 in every control, then one restart."""
        self.set_config(book_figure_6_15())

    def set_config(self, config: InitCompareConfig) -> None:
        """Every control from ``config`` (a preset's or a scene's), then one restart."""
        self._applying = True
        try:
            named = {STD_VALUES[c]: c for c in MNIST_INITS}
            for choice in MNIST_INITS:
                self.init_checks[choice].setChecked(STD_VALUES[choice] in config.inits)
            custom = [v for v in config.inits if v not in named]
            if custom:
                self.custom_std.setValue(float(custom[0]))
            self.init_checks["custom"].setChecked(bool(custom))
            self.lr.setValue(config.lr)
            self.batch_spin.setValue(config.batch_size)
            self.iter_spin.setValue(config.iterations)
            self.seed_spin.setValue(config.seed)
            self.set_runs(tuple(self.run_combo.itemText(i) for i in range(self.run_combo.count())),
                          config.histogram_run)
        finally:
            self._applying = False
        self.restartRequested.emit(True)

    def set_runs(self, names: tuple[str, ...], selected: int) -> None:
        """Fill the run chooser (only when the set of runs changed) and select ``selected``."""
        if tuple(self.run_combo.itemText(i) for i in range(self.run_combo.count())) != names:
            self.run_combo.clear()
            for name in names:
                self.run_combo.addItem(name)
        if 0 <= selected < self.run_combo.count():
            self.run_combo.setCurrentIndex(selected)

    def _request(self, now: bool) -> None:
        if not self._applying:
            self.restartRequested.emit(now)

    def _on_custom_std(self, _value: float) -> None:
        if self.init_checks["custom"].isChecked():
            self._request(False)
        else:
            self.init_checks["custom"].setChecked(True)

