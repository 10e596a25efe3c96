"""The control panel of the histogram view: book figure, activation, weight std, network size and seed."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QRadioButton, QVBoxLayout, QWidget)

from gui.config_controls import log_control, spin_box
from gui.explain import explain
from gui.format import fmt_number
from gui.tabs.weight_init.style import STD_CHOICES, STD_NAMES, STD_VALUES, init_color
from gui.widgets import ColorSwatch
from model.experiments.weight_init import BOOK_PRESETS, HistogramConfig, resolve_weight_std

PRESET_ORDER = tuple(BOOK_PRESETS)
RANGES = HistogramConfig.CONTROL_RANGES


class HistogramControls(QWidget):
    """The settings of the histogram view. ``changed`` is emitted once per change a user makes (a book figure
    chosen sets every control and emits once); ``config()`` gives the lab's config for the current settings."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._applying = False
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 6, 0)
        self.preset_box = self._preset_box()
        self.activation_box = self._activation_box()
        self.std_box = self._std_box()
        self.net_box = self._net_box()
        for box in (self.preset_box, self.activation_box, self.std_box, self.net_box):
            self.layout_.addWidget(box)
        self._connect()
        self._explain()

    def _explain(self) -> None:
        """Tooltips, F1 and What's this for the concepts (gui/explain.py)."""
        for name, button in self.activation_buttons.items():
            explain(button, f"activation.{name}")
        for choice, key in (("1", "init.std"), ("0.01", "init.0.01"), ("xavier", "init.xavier"), ("he", "init.he"),
                            ("custom", "init.std")):
            explain(self.std_buttons[choice], key)
        for widget in (self.layers_label, self.layers_spin, self.units_label, self.units_spin):
            explain(widget, "hidden_layers")
        explain(self.seed_label, "seed")
        explain(self.seed_spin, "seed")

    # parts ---------------------------------------------------------------------------------------------------------
    def _preset_box(self) -> QGroupBox:
        box = QGroupBox(self)
        self.preset_combo = QComboBox(box)
        self.preset_combo.addItem("", None)
        for key in PRESET_ORDER:
            self.preset_combo.addItem("", key)
        QVBoxLayout(box).addWidget(self.preset_combo)
        return box

    def _activation_box(self) -> QGroupBox:
        box = QGroupBox(self)
        row = QHBoxLayout(box)
        self.activation_group = QButtonGroup(self)
        self.activation_buttons: dict[str, QRadioButton] = {}
        for name in ("sigmoid", "tanh", "relu"):
            button = QRadioButton(box)
            self.activation_group.addButton(button)
            self.activation_buttons[name] = button
            row.addWidget(button)
        self.activation_buttons["sigmoid"].setChecked(True)
        return box

    def _std_box(self) -> QGroupBox:
        box = QGroupBox(self)
        grid = QGridLayout(box)
        self.std_group = QButtonGroup(self)
        self.std_buttons: dict[str, QRadioButton] = {}
        for i, choice in enumerate(STD_CHOICES):
            button = QRadioButton(box)
            self.std_group.addButton(button)
            self.std_buttons[choice] = button
            grid.addWidget(ColorSwatch(init_color(STD_NAMES.get(choice, "")), box), i, 0)
            grid.addWidget(button, i, 1)
        self.std_buttons["1"].setChecked(True)
        self.custom_std = log_control(box, RANGES, "weight_std", 0.1)
        grid.addWidget(self.custom_std, len(STD_CHOICES), 1)
        self.std_value = QLabel(box)
        self.std_value.setWordWrap(True)
        grid.addWidget(self.std_value, len(STD_CHOICES) + 1, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        return box

    def _net_box(self) -> QGroupBox:
        box = QGroupBox(self)
        form = QFormLayout(box)
        self.layers_label, self.units_label, self.seed_label = QLabel(), QLabel(), QLabel()
        self.layers_spin = spin_box(box, RANGES, "n_layers", 5)
        self.units_spin = spin_box(box, RANGES, "n_units", 100, step=10)
        self.seed_spin = spin_box(box, RANGES, "seed", 0)
        self.new_sample_button = QPushButton(box)
        form.addRow(self.layers_label, self.layers_spin)
        form.addRow(self.units_label, self.units_spin)
        form.addRow(self.seed_label, self.seed_spin)
        form.addRow("", self.new_sample_button)  # under the seed: beside it the panel was too wide for 1024 px
        return box

    def _connect(self) -> None:
        self.preset_combo.activated.connect(self._on_preset_chosen)
        self.activation_group.buttonToggled.connect(self._on_button_toggled)
        self.std_group.buttonToggled.connect(self._on_button_toggled)
        self.custom_std.valueChanged.connect(self._on_custom_std)
        for spin in (self.layers_spin, self.units_spin, self.seed_spin):
            spin.valueChanged.connect(self._on_user_change)
        self.new_sample_button.clicked.connect(self.new_sample)

    # texts ---------------------------------------------------------------------------------------------------------
    def preset_names(self) -> dict[str, str]:
        return {
            "fig6-10_sigmoid_std1": self.tr("Figure 6-10: sigmoid, std 1"),
            "fig6-11_sigmoid_std0.01": self.tr("Figure 6-11: sigmoid, std 0.01"),
            "fig6-13_sigmoid_xavier": self.tr("Figure 6-13: sigmoid, Xavier"),
            "fig6-13_tanh_xavier": self.tr("Figure 6-13 (note): tanh, Xavier"),
            "fig6-14_relu_std0.01": self.tr("Figure 6-14: ReLU, std 0.01"),
            "fig6-14_relu_xavier": self.tr("Figure 6-14: ReLU, Xavier"),
            "fig6-14_relu_he": self.tr("Figure 6-14: ReLU, He"),
        }

    def retranslate(self) -> None:
        self.preset_box.setTitle(self.tr("Book figures"))
        names = self.preset_names()
        self.preset_combo.setItemText(0, self.tr("Your own settings"))
        for i in range(1, self.preset_combo.count()):
            self.preset_combo.setItemText(i, names.get(self.preset_combo.itemData(i), ""))
        self.preset_combo.setToolTip(self.tr("Sets every control as in the book's figure (seed 0, the book's "
                                             "random numbers)"))
        self.activation_box.setTitle(self.tr("Activation function"))
        self.activation_buttons["sigmoid"].setText(self.tr("sigmoid"))
        self.activation_buttons["tanh"].setText(self.tr("tanh"))
        self.activation_buttons["relu"].setText("ReLU")
        self.std_box.setTitle(self.tr("Weight initial value (standard deviation)"))
        self.std_buttons["1"].setText(self.tr("std 1"))
        self.std_buttons["0.01"].setText(self.tr("std 0.01"))
        self.std_buttons["xavier"].setText(self.tr("Xavier √(1/n)"))
        self.std_buttons["he"].setText(self.tr("He √(2/n)"))
        self.std_buttons["custom"].setText(self.tr("custom std:"))
        lo, hi = RANGES["weight_std"]
        self.custom_std.setToolTip(self.tr("Drag, or type a value (%1 to %2)").replace("%1", fmt_number(lo))
                                   .replace("%2", fmt_number(hi)))
        self.net_box.setTitle(self.tr("Network and input sample"))
        self.layers_label.setText(self.tr("Layers"))
        self.units_label.setText(self.tr("Units per layer (n)"))
        self.seed_label.setText(self.tr("Seed"))
        self.new_sample_button.setText(self.tr("New sample"))
        self.new_sample_button.setToolTip(self.tr("Draw new random inputs and weights (N)"))
        self.update_std_text()

    def update_std_text(self) -> None:
        """'Weights drawn with std 0.141 (n = 100 inputs per unit)': the number the model will use."""
        n = self.units_spin.value()
        scale = resolve_weight_std(self.weight_std(), n)
        self.std_value.setText(self.tr("Weights drawn with std %1 (n = %2 inputs per unit)")
                               .replace("%1", fmt_number(scale)).replace("%2", str(n)))

    # settings ------------------------------------------------------------------------------------------------------
    def activation(self) -> str:
        return next(n for n, b in self.activation_buttons.items() if b.isChecked())

    def std_choice(self) -> str:
        return next(c for c, b in self.std_buttons.items() if b.isChecked())

    def weight_std(self) -> float | str:
        choice = self.std_choice()
        return self.custom_std.value() if choice == "custom" else STD_VALUES[choice]

    def init_name(self) -> str:
        choice = self.std_choice()
        if choice == "custom":
            return f"std={self.custom_std.value():g}"
        return STD_NAMES[choice]

    def config(self) -> HistogramConfig:
        return HistogramConfig.for_lab(self.activation(), self.weight_std(), self.layers_spin.value(),
                                       self.units_spin.value(), self.seed_spin.value())

    def apply_preset(self, key: str) -> None:
        """Set every control as the book's figure ``key`` (a key of ``BOOK_PRESETS``); emits ``changed`` once."""
        self.set_config(BOOK_PRESETS[key], key)

    def set_config(self, config: HistogramConfig, preset: str | None = None) -> None:
        """Set every control from ``config`` (a scene's, or preset ``preset``); emits ``changed`` once."""
        self._applying = True
        try:
            self.activation_buttons[config.activation].setChecked(True)
            std = config.weight_std
            choice = next((c for c, v in STD_VALUES.items() if v == std), "custom")
            if choice == "custom":
                self.custom_std.setValue(float(std))
            self.std_buttons[choice].setChecked(True)
            self.layers_spin.setValue(config.n_layers)
            self.units_spin.setValue(config.n_units)
            self.seed_spin.setValue(config.seed)
            self.preset_combo.setCurrentIndex(self.preset_combo.findData(preset) if preset is not None else 0)
        finally:
            self._applying = False
        self.changed.emit()

    def new_sample(self) -> None:
        self.seed_spin.setValue(self.seed_spin.value() + 1)

    # events --------------------------------------------------------------------------------------------------------
    def _on_preset_chosen(self, index: int) -> None:
        key = self.preset_combo.itemData(index)
        if key is not None:
            self.apply_preset(key)

    def _on_button_toggled(self, _button, checked: bool) -> None:
        if checked:
            self._on_user_change()

    def _on_custom_std(self, _value: float) -> None:
        if not self.std_buttons["custom"].isChecked():
            self.std_buttons["custom"].setChecked(True)  # toggling it emits the change
        else:
            self._on_user_change()

    def _on_user_change(self, *_args) -> None:
        if self._applying:
            return
        self.preset_combo.setCurrentIndex(0)
        self.changed.emit()

