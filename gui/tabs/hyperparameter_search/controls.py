"""The search's settings: data, how many trials, the ranges (exponents of ten), early stopping and the worker count;
and the actions (the book's setting, cancel, send the best learning rate to the MNIST race)."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from gui.data import DataCatalog, DataSourceBox
from gui.explain import explain, explain_choices
from model.experiments.base import SEED_RANGE
from model.experiments.hyperparameter_search import EARLY_STOP_RULES, SearchConfig
from model.optimizers import OPTIMIZERS
from model.pool import default_workers

EXPONENT_LIMITS = (-12.0, 2.0)
ALL_OPTIMIZERS = "__all__"


def exponent_spin(value: float, parent: QWidget) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(*EXPONENT_LIMITS)
    spin.setDecimals(2)
    spin.setSingleStep(0.5)
    spin.setValue(value)
    spin.setPrefix("10^")
    spin.setKeyboardTracking(False)
    return spin


def int_spin(lo: int, hi: int, value: int, parent: QWidget, step: int = 1) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(lo, hi)
    spin.setSingleStep(step)
    spin.setValue(value)
    spin.setKeyboardTracking(False)  # act once a number is complete, not on every digit typed
    return spin


class SearchControls(QWidget):
    """``changed`` fires when a setting that defines the search changes (the tab starts a new search)."""

    changed = Signal()

    def __init__(self, catalog: DataCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._build_setup(catalog, layout)
        self._build_actions(layout)
        self.data_box.sourceChanged.connect(lambda _key: self.changed.emit())
        for spin in (self.n_data, self.trials, self.epochs, self.seed, self.lr_lo, self.lr_hi, self.wd_lo,
                     self.wd_hi, self.workers, self.layers, self.layer_width):
            spin.valueChanged.connect(lambda _v: self.changed.emit())
        self.early.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.optimizer.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.book_button.clicked.connect(self.load_book_setting)
        self._explain()
        self.retranslate()

    def _build_setup(self, catalog: DataCatalog, layout: QVBoxLayout) -> None:
        self.setup_box = QGroupBox(self)
        form = QFormLayout(self.setup_box)
        self.data_box = DataSourceBox(catalog, self.setup_box)
        form.addRow(self.data_box)
        book = SearchConfig()
        self.n_data_label, self.n_data = QLabel(self), int_spin(20, 60000, book.n_data, self, 100)
        self.trials_label, self.trials = QLabel(self), int_spin(1, 2000, book.trials, self, 10)
        self.epochs_label, self.epochs = QLabel(self), int_spin(1, 1000, book.epochs, self, 10)
        self.seed_label, self.seed = QLabel(self), int_spin(SEED_RANGE[0], SEED_RANGE[1], 0, self)
        for label, spin in ((self.n_data_label, self.n_data), (self.trials_label, self.trials),
                            (self.epochs_label, self.epochs), (self.seed_label, self.seed)):
            form.addRow(label, spin)
        self.lr_label, self.lr_lo, self.lr_hi = QLabel(self), exponent_spin(-6, self), exponent_spin(-2, self)
        self.wd_label, self.wd_lo, self.wd_hi = QLabel(self), exponent_spin(-8, self), exponent_spin(-4, self)
        self.lr_to, self.wd_to = QLabel("–", self), QLabel("–", self)
        for label, lo, to, hi in ((self.lr_label, self.lr_lo, self.lr_to, self.lr_hi),
                                  (self.wd_label, self.wd_lo, self.wd_to, self.wd_hi)):
            row = QHBoxLayout()
            row.addWidget(lo, 1)
            row.addWidget(to)
            row.addWidget(hi, 1)
            form.addRow(label, row)
        self.network_label = QLabel(self)
        self.layers, self.layer_width = int_spin(1, 10, 6, self), int_spin(5, 500, 100, self, 10)
        net_row = QHBoxLayout()
        net_row.addWidget(self.layers)
        net_row.addWidget(QLabel("×", self))
        net_row.addWidget(self.layer_width)
        net_row.addStretch(1)
        form.addRow(self.network_label, net_row)
        self.optimizer_label, self.optimizer = QLabel(self), QComboBox(self)
        for name in OPTIMIZERS:
            self.optimizer.addItem(name, name)
        self.optimizer.addItem("", ALL_OPTIMIZERS)
        form.addRow(self.optimizer_label, self.optimizer)
        self.early_label, self.early = QLabel(self), QComboBox(self)
        for rule in EARLY_STOP_RULES:
            self.early.addItem("", rule)
        form.addRow(self.early_label, self.early)
        self.workers_label, self.workers = QLabel(self), int_spin(1, 64, default_workers(), self)
        form.addRow(self.workers_label, self.workers)
        layout.addWidget(self.setup_box)

    def explained(self) -> dict[QWidget, str]:
        """Each control that names a concept, with its explanation's key (tooltip, F1, What's this)."""
        pairs: dict[QWidget, str] = {}
        for key, widgets in (("validation", (self.n_data_label, self.n_data)),  # 20% of them validate
                             ("search.trials", (self.trials_label, self.trials)),
                             ("epochs", (self.epochs_label, self.epochs)),
                             ("seed", (self.seed_label, self.seed)),
                             ("lr", (self.lr_label,)),
                             ("weight_decay", (self.wd_label,)),
                             ("search.log_uniform", (self.lr_lo, self.lr_hi, self.wd_lo, self.wd_hi)),
                             ("hidden_layers", (self.network_label, self.layers, self.layer_width))):
            pairs.update(dict.fromkeys(widgets, key))
        return pairs

    def _explain(self) -> None:
        """Explanations under gui/explain.py's keys; the tooltips ``retranslate`` sets stay under them as usage
        notes. The optimizer box explains the chosen optimizer (and each one in its list)."""
        for widget, key in self.explained().items():
            explain(widget, key)
        explain_choices(self.optimizer, {name: name for name in OPTIMIZERS})

    def _build_actions(self, layout: QVBoxLayout) -> None:
        self.book_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.race_button = QPushButton(self)
        self.race_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        layout.addWidget(self.race_button)

    def retranslate(self) -> None:
        self.setup_box.setTitle(self.tr("Search (a change starts a new search)"))
        self.n_data_label.setText(self.tr("Images used"))
        self.n_data.setToolTip(self.tr("The first N training images, shuffled; 20% of them become the validation "
                                       "data (the book: 500, so 400 to train and 100 to validate)"))
        self.trials_label.setText(self.tr("Trials"))
        self.epochs_label.setText(self.tr("Epochs per trial"))
        self.seed_label.setText(self.tr("Seed"))
        self.seed.setToolTip(self.tr("Fixes the split, every trial's hyperparameters, initial weights and "
                                     "mini-batches: the same seed gives the same search with any number of workers"))
        self.lr_label.setText(self.tr("Learning rate"))
        self.wd_label.setText(self.tr("Weight decay"))
        for spin in (self.lr_lo, self.lr_hi, self.wd_lo, self.wd_hi):
            spin.setToolTip(self.tr("Exponent of ten: values are drawn uniformly on a log scale between the two "
                                    "(the book: 10^-6 to 10^-2 for the learning rate, 10^-8 to 10^-4 for weight "
                                    "decay)"))
        self.network_label.setText(self.tr("Hidden layers"))
        self.layers.setToolTip(self.tr("Hidden layers × neurons per layer (the book: 6 × 100, ReLU, He)"))
        self.layer_width.setToolTip(self.layers.toolTip())
        self.optimizer_label.setText(self.tr("Optimizer"))
        self.optimizer.setItemText(self.optimizer.count() - 1, self.tr("all six, drawn at random"))
        self.optimizer.setToolTip(self.tr("The book searches with SGD; 'all six' draws the optimizer of each trial "
                                          "too"))
        self.early_label.setText(self.tr("Early stopping"))
        names = {"off": self.tr("off"), "median": self.tr("median rule"), "halving": self.tr("successive halving")}
        for i in range(self.early.count()):
            self.early.setItemText(i, names[self.early.itemData(i)])
        self.early.setToolTip(
            self.tr("Median rule: after a fifth of the epochs, a trial whose validation accuracy is below the median "
                    "of the earlier trials at the same epoch stops") + "\n"
            + self.tr("Successive halving: every trial trains a few epochs; the best third goes on three times as "
                      "long, and again, up to the full epochs (the book's 50 epochs: 6, 17, 50)"))
        self.workers_label.setText(self.tr("Worker processes"))
        self.workers.setToolTip(self.tr("Trials run in parallel, one per process; the default leaves one core to "
                                        "the window. The results do not depend on this number."))
        self.book_button.setText(self.tr("Book setting"))
        self.book_button.setToolTip(self.tr("500 images, 100 trials, 50 epochs, the book's ranges (§6.5.3)"))
        self.cancel_button.setText(self.tr("Cancel search"))
        self.cancel_button.setToolTip(self.tr("Stop now; the finished trials stay and the best is tested"))
        self.race_button.setText(self.tr("Use for the race"))
        self.race_button.setToolTip(self.tr("Send the best learning rate found to the optimizer race on MNIST"))

    def config(self) -> SearchConfig:
        """The search the controls describe (``ValueError`` with a message if the ranges are upside down)."""
        return SearchConfig(
            trials=self.trials.value(), seed=self.seed.value(), n_data=self.n_data.value(),
            epochs=self.epochs.value(), lr_log10=(self.lr_lo.value(), self.lr_hi.value()),
            wd_log10=(self.wd_lo.value(), self.wd_hi.value()),
            early_stop=self.early.currentData(),
            hidden_layers=(self.layers.value(), self.layers.value()), hidden_widths=(self.layer_width.value(),),
            optimizers=self.optimizers())

    def optimizers(self) -> tuple[str, ...]:
        choice = self.optimizer.currentData()
        return tuple(OPTIMIZERS) if choice == ALL_OPTIMIZERS else (choice,)

    def set_ranges(self, lr_log10: tuple[float, float], wd_log10: tuple[float, float]) -> None:
        """Show new ranges without starting a search (the tab starts it)."""
        for spin, value in ((self.lr_lo, lr_log10[0]), (self.lr_hi, lr_log10[1]), (self.wd_lo, wd_log10[0]),
                            (self.wd_hi, wd_log10[1])):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def load_book_setting(self) -> None:
        """The book's search (section 6.5.3), keeping the seed."""
        self.set_config(dataclasses.replace(SearchConfig(), seed=self.seed.value()))

    def set_config(self, book: SearchConfig) -> None:
        """Every control from ``book`` (the book's setting or a scene's), then one ``changed``."""
        widgets = (self.n_data, self.trials, self.epochs, self.lr_lo, self.lr_hi, self.wd_lo, self.wd_hi, self.early,
                   self.layers, self.layer_width, self.optimizer)
        for w in widgets:
            w.blockSignals(True)
        self.n_data.setValue(book.n_data)
        self.trials.setValue(book.trials)
        self.epochs.setValue(book.epochs)
        self.seed.setValue(book.seed)
        self.set_ranges(book.lr_log10, book.wd_log10)
        self.early.setCurrentIndex(max(0, self.early.findData(book.early_stop)))
        self.layers.setValue(book.hidden_layers[0])
        self.layer_width.setValue(book.hidden_widths[0])
        one = book.optimizers[0] if len(book.optimizers) == 1 else ALL_OPTIMIZERS
        self.optimizer.setCurrentIndex(max(0, self.optimizer.findData(one)))
        for w in widgets:
            w.blockSignals(False)
        self.changed.emit()
