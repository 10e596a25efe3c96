"""The MNIST race's set-up: the data, how many training images, the network's size, iterations, mini-batch size
and seed (a change of any of them restarts the race)."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from gui.data import DataSourceBox
from gui.explain import explain


def _spin(parent: QWidget, lo: int, hi: int, value: int, step: int = 1) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(lo, hi)
    spin.setSingleStep(step)
    spin.setValue(value)
    spin.setKeyboardTracking(False)  # restart once a number is complete, not on every digit typed
    return spin


class RaceSetupBox(QGroupBox):
    """The 'Data and network' group. It holds the widgets; the tab connects them to a restart."""

    def __init__(self, catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.data_box = DataSourceBox(catalog, self)
        self.data_box.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.data_box.combo.setMinimumContentsLength(22)
        form.addRow(self.data_box)
        self.train_size_label, self.network_label, self.iterations_label = QLabel(self), QLabel(self), QLabel(self)
        self.batch_label, self.seed_label = QLabel(self), QLabel(self)
        self.train_size = _spin(self, 0, 60000, 0, step=1000)
        self.available_label = QLabel(self)
        size_row = QHBoxLayout()
        size_row.addWidget(self.train_size, 1)
        size_row.addWidget(self.available_label)
        form.addRow(self.train_size_label, size_row)
        form.addRow(self.network_label, self._network_row())
        form.addRow("", self.network_shape)
        self.iterations = _spin(self, 1, 100000, 2000, step=500)
        form.addRow(self.iterations_label, self.iterations)
        self.batch_size = _spin(self, 1, 10000, 128)
        form.addRow(self.batch_label, self.batch_size)
        self.seed = _spin(self, 0, 2_000_000_000, 0)
        form.addRow(self.seed_label, self.seed)
        self.hidden_layers.valueChanged.connect(lambda _v: self.show_network_shape())
        self.hidden_units.valueChanged.connect(lambda _v: self.show_network_shape())
        self._explain()

    def _network_row(self) -> QHBoxLayout:
        self.hidden_layers = _spin(self, 1, 8, 4)
        self.hidden_units = _spin(self, 5, 1000, 100, step=10)
        self.times_label = QLabel("×", self)
        self.network_shape = QLabel(self)
        self.network_shape.setStyleSheet("color: #555;")
        row = QHBoxLayout()
        row.addWidget(self.hidden_layers)
        row.addWidget(self.times_label)
        row.addWidget(self.hidden_units)
        row.addStretch(1)
        return row

    def _explain(self) -> None:
        for key, widgets in (("train_size", (self.train_size_label, self.train_size)),
                             ("hidden_layers", (self.network_label, self.hidden_layers, self.hidden_units)),
                             ("batch_size", (self.batch_label, self.batch_size)),
                             ("seed", (self.seed_label, self.seed))):
            for widget in widgets:
                explain(widget, key)

    def spins(self) -> tuple[QSpinBox, ...]:
        """Every number that defines the race (a change restarts it)."""
        return (self.train_size, self.hidden_layers, self.hidden_units, self.iterations, self.batch_size, self.seed)

    def show_available(self, n_train: int | None) -> None:
        """'of 60,000' beside the training-image count, which is capped there (None: not known yet)."""
        if n_train is None:
            self.available_label.setText("")
            return
        self.available_label.setText(self.tr("of %1").replace("%1", f"{n_train:,}"))
        self.train_size.blockSignals(True)  # a clamped value means the same as before (subset caps it): no restart
        self.train_size.setMaximum(n_train)
        self.train_size.blockSignals(False)

    def show_network_shape(self) -> None:
        self.network_shape.setText(self.tr("784 → %1 → 10, ReLU, He")
                                   .replace("%1", f"{self.hidden_units.value()}×{self.hidden_layers.value()}"))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Data and network (a change restarts the race)"))
        self.train_size_label.setText(self.tr("Training images"))
        self.train_size.setSpecialValueText(self.tr("all"))
        self.network_label.setText(self.tr("Hidden layers"))
        self.iterations_label.setText(self.tr("Iterations"))
        self.batch_label.setText(self.tr("Mini-batch size"))
        self.seed_label.setText(self.tr("Seed"))
        self.show_network_shape()
