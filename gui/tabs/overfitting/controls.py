"""The overfitting lab's control panel: data and run (a change restarts), the regularised run's λ and dropout ratio
and the learning rate (live), and the book's presets. Every limit comes from ``OverfitConfig.LIMITS``."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QSlider, QSpinBox, QVBoxLayout, QWidget)

from gui.data import DataCatalog, DataSourceBox
from gui.explain import explain
from gui.widgets import LogValueControl
from model.experiments.overfitting import OverfitConfig

LIMITS = OverfitConfig.LIMITS
PRESET_NAMES = ("fig6_20", "fig6_21", "fig6_23", "dropout_fast")
"""Preset buttons, in order (see ``gui.tabs.overfitting.tab.PRESET_CONFIGS``)."""
PRESET_CONCEPTS = {"fig6_20": "overfitting", "fig6_21": "weight_decay", "fig6_23": "dropout", "dropout_fast": "dropout"}
"""The concept (``gui.explain`` key) each preset shows."""


class LinearValueControl(QWidget):
    """A value on a linear scale from ``minimum`` to ``maximum`` in steps of ``step``: a slider to drag and a spin
    box to type. ``valueChanged(float)`` fires while dragging and after typing."""

    valueChanged = Signal(float)

    def __init__(self, value: float, minimum: float, maximum: float, step: float, decimals: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min, self._step = minimum, step
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, round((maximum - minimum) / step))
        self.slider.setMinimumWidth(110)
        self.spin = QDoubleSpinBox(self)
        self.spin.setRange(minimum, maximum)
        self.spin.setDecimals(decimals)
        self.spin.setSingleStep(step)
        self.spin.setKeyboardTracking(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 3)
        layout.addWidget(self.spin, 2)
        self.setValue(value)
        self.slider.valueChanged.connect(self._from_slider)
        self.spin.valueChanged.connect(self._from_spin)

    def value(self) -> float:
        return float(self.spin.value())

    def setValue(self, value: float) -> None:
        self.spin.setValue(value)
        self._sync_slider(value)

    def _sync_slider(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round((value - self._min) / self._step))
        self.slider.blockSignals(False)

    def _from_slider(self, position: int) -> None:
        value = round(self._min + position * self._step, 6)
        if value != self.spin.value():
            self.spin.setValue(value)  # emits through _from_spin

    def _from_spin(self, value: float) -> None:
        self._sync_slider(value)
        self.valueChanged.emit(float(value))


class OverfitControls(QWidget):
    """Widgets only; the tab connects them and sets their texts (``retranslate`` is the tab's)."""

    def __init__(self, catalog: DataCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        defaults = OverfitConfig()
        self.layout_ = QVBoxLayout(self)

        self.setup_box = QGroupBox(self)
        form = QFormLayout(self.setup_box)
        self.data_box = DataSourceBox(catalog, self.setup_box)
        self.data_box.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.data_box.combo.setMinimumContentsLength(20)
        form.addRow(self.data_box)
        self.train_size_label = QLabel(self.setup_box)
        self.train_size = QSpinBox(self.setup_box)
        lo, hi = map(int, LIMITS["train_size"])
        self.train_size.setRange(lo, hi)
        self.train_size.setSingleStep(100)
        self.train_size.setValue(defaults.train_size)
        self.available_label = QLabel(self.setup_box)
        row = QHBoxLayout()
        row.addWidget(self.train_size, 1)
        row.addWidget(self.available_label)
        form.addRow(self.train_size_label, row)
        self.updates_label = QLabel(self.setup_box)
        self.updates = QSpinBox(self.setup_box)
        self.updates.setRange(*map(int, LIMITS["updates"]))
        self.updates.setSingleStep(100)
        self.updates.setValue(defaults.updates)
        form.addRow(self.updates_label, self.updates)
        self.epochs_info = QLabel(self.setup_box)
        self.epochs_info.setStyleSheet("color: #555;")
        self.epochs_info.setWordWrap(True)
        form.addRow("", self.epochs_info)
        self.seed_label = QLabel(self.setup_box)
        self.seed = QSpinBox(self.setup_box)
        self.seed.setRange(*map(int, LIMITS["seed"]))
        form.addRow(self.seed_label, self.seed)
        for spin in (self.train_size, self.updates, self.seed):
            spin.setKeyboardTracking(False)
        self.layout_.addWidget(self.setup_box)

        self.live_box = QGroupBox(self)
        grid = QGridLayout(self.live_box)
        grid.setColumnStretch(1, 1)
        self.lam_label = QLabel(self.live_box)
        self.lam = LinearValueControl(defaults.weight_decay_lambda, *LIMITS["weight_decay_lambda"], 0.005, 3,
                                      self.live_box)
        self.ratio_label = QLabel(self.live_box)
        self.ratio = LinearValueControl(defaults.dropout_ratio, *LIMITS["dropout_ratio"], 0.05, 2, self.live_box)
        self.lr_label = QLabel(self.live_box)
        self.lr = LogValueControl(defaults.lr, *LIMITS["lr"], self.live_box)
        for r, (label, control) in enumerate(((self.lam_label, self.lam), (self.ratio_label, self.ratio),
                                              (self.lr_label, self.lr))):
            grid.addWidget(label, r, 0)
            grid.addWidget(control, r, 1)
        self.layout_.addWidget(self.live_box)

        self.preset_box = QGroupBox(self)
        presets = QGridLayout(self.preset_box)
        self.preset_buttons = {name: QPushButton(self.preset_box) for name in PRESET_NAMES}
        for i, button in enumerate(self.preset_buttons.values()):
            presets.addWidget(button, i // 2, i % 2)
        self.layout_.addWidget(self.preset_box)
        self._explain()

    def explained(self) -> dict[QWidget, str]:
        """Each control that names a concept, with its explanation's key (tooltip, F1, What's this)."""
        pairs = {self.preset_box: "overfitting"}
        for key, widgets in (("train_size", (self.train_size_label, self.train_size)),
                             ("epochs", (self.updates_label, self.updates, self.epochs_info)),
                             ("seed", (self.seed_label, self.seed)),
                             ("weight_decay", (self.lam_label, self.lam)),
                             ("dropout", (self.ratio_label, self.ratio)),
                             ("lr", (self.lr_label, self.lr))):
            pairs.update(dict.fromkeys(widgets, key))
        pairs.update({self.preset_buttons[name]: key for name, key in PRESET_CONCEPTS.items()})
        return pairs

    def _explain(self) -> None:
        """The tab's own tooltips (how to use, the book's value) are kept under each explanation (gui/explain.py)."""
        for widget, key in self.explained().items():
            explain(widget, key)
