"""The control panel of the batch-normalization lab: data, the sweep's settings (limits from the config), the
book's figure and the gradient check button."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.config_controls import log_control, spin_box
from gui.data import DataSourceBox
from gui.explain import explain
from model.experiments.batchnorm import BatchNormSweepConfig, book_figure_6_19, log_scales

RANGES = BatchNormSweepConfig.CONTROL_RANGES


class SweepControls(QWidget):
    """The sweep's settings. ``restartRequested`` once per change that needs a new sweep (the book's figure sets
    every control and asks once); ``lrChanged`` for the live learning rate; ``presetRequested`` and
    ``gradientRequested`` for the two buttons."""

    restartRequested = Signal()
    lrChanged = Signal(float)
    gradientRequested = Signal()

    def __init__(self, catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._applying = False
        book = book_figure_6_19()
        self.hidden, self.batch_size = book.hidden, book.batch_size
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 6, 0)
        self.data_box = DataSourceBox(catalog, self)
        self.sweep_box = self._sweep_box(book)
        self.preset_button = QPushButton(self)
        self.preset_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.gradient_box = self._gradient_box()
        for widget in (self.data_box, self.sweep_box, self.preset_button, self.gradient_box):
            self.layout_.addWidget(widget)
        self._connect()
        self._explain()

    def _explain(self) -> None:
        """Tooltips, F1 and What's this for the concepts (gui/explain.py); the spin boxes keep their usage tips."""
        explain(self.sweep_box, "batchnorm")
        for widget, key in ((self.scales_label, "weight_scale"), (self.epochs_label, "epochs"),
                            (self.epochs_spin, "epochs"), (self.samples_label, "train_size"), (self.lr_label, "lr"),
                            (self.seed_label, "seed"), (self.seed_spin, "seed")):
            explain(widget, key)

    def _sweep_box(self, book: BatchNormSweepConfig) -> QGroupBox:
        box = QGroupBox(self)
        form = QFormLayout(box)
        self.scales_label, self.epochs_label, self.samples_label = QLabel(), QLabel(), QLabel()
        self.lr_label, self.seed_label = QLabel(), QLabel()
        self.scales_spin = spin_box(box, RANGES, "n_scales", book.n_scales)
        self.epochs_spin = spin_box(box, RANGES, "epochs", book.epochs)
        self.samples_spin = spin_box(box, RANGES, "n_train", book.n_train, step=100)
        self.seed_spin = spin_box(box, RANGES, "seed", book.seed)
        for spin in self.spins():
            spin.setKeyboardTracking(False)  # restart once the number is typed, not at every digit
        self.lr = log_control(box, RANGES, "lr", book.lr)
        self.test_check = QCheckBox(box)
        self.test_check.setChecked(book.eval_test)
        self.test_check.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Space stays Play/Pause after a click
        form.addRow(self.scales_label, self.scales_spin)
        form.addRow(self.epochs_label, self.epochs_spin)
        form.addRow(self.samples_label, self.samples_spin)
        form.addRow(self.lr_label, self.lr)
        form.addRow(self.seed_label, self.seed_spin)
        form.addRow(self.test_check)
        self.network_label = QLabel(box)
        self.network_label.setWordWrap(True)
        self.network_label.setStyleSheet("color: #555;")
        form.addRow(self.network_label)
        return box

    def _gradient_box(self) -> QGroupBox:
        box = QGroupBox(self)
        layout = QVBoxLayout(box)
        self.gradient_button = QPushButton(box)
        self.gradient_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.gradient_summary = QLabel(box)
        self.gradient_summary.setWordWrap(True)
        self.gradient_summary.hide()
        layout.addWidget(self.gradient_button)
        layout.addWidget(self.gradient_summary)
        return box

    def _connect(self) -> None:
        self.lr.valueChanged.connect(self.lrChanged)
        for spin in self.spins():
            spin.valueChanged.connect(lambda _v: self._request())
        self.test_check.toggled.connect(lambda _on: self._request())
        self.data_box.sourceChanged.connect(lambda _key: self._request())
        self.gradient_button.clicked.connect(self.gradientRequested)

    def spins(self):
        return (self.scales_spin, self.epochs_spin, self.samples_spin, self.seed_spin)

    def retranslate(self) -> None:
        self.sweep_box.setTitle(self.tr("Sweep over initial weight scales"))
        self.scales_label.setText(self.tr("Weight scales"))
        self.scales_spin.setToolTip(self.tr("Number of panels: standard deviations of the initial weights, "
                                            "evenly spaced on a log scale from 1 to 0.0001"))
        self.epochs_label.setText(self.tr("Epochs"))
        self.samples_label.setText(self.tr("Training images"))
        self.samples_spin.setToolTip(self.tr("The first n training images: the networks train on them and the "
                                             "training accuracy is measured on them"))
        self.lr_label.setText(self.tr("Learning rate"))
        self.lr.setToolTip(self.tr("SGD learning rate of all networks; changes apply at once, without a restart"))
        self.seed_label.setText(self.tr("Seed"))
        self.test_check.setText(self.tr("Also measure test accuracy"))
        self.test_check.setToolTip(self.tr("Measures the accuracy on 1000 test images at every epoch too. This "
                                           "restarts the sweep, and each epoch takes longer."))
        self.preset_button.setText(self.tr("Book figure 6-19"))
        self.preset_button.setToolTip(self.tr("1000 training images, 16 weight scales from 1 to 0.0001, learning "
                                              "rate 0.01, 20 epochs, seed 0"))
        sizes = "-".join(str(v) for v in (784, *self.hidden, 10))
        self.network_label.setText(self.tr("Network %1 (ReLU), SGD, mini-batch %2")
                                   .replace("%1", sizes).replace("%2", str(self.batch_size)))
        self.gradient_box.setTitle(self.tr("Gradient check"))
        self.gradient_button.setText(self.tr("Check gradients"))
        self.gradient_button.setToolTip(self.tr("Backpropagation against central differences on a small network "
                                                "with BN and 10 training images (takes a moment)"))

    def config(self, inspect: int | None) -> BatchNormSweepConfig:
        """The sweep as the controls describe it now, inspecting scale ``inspect`` if there is such a scale."""
        n = self.scales_spin.value()
        return BatchNormSweepConfig(n_train=self.samples_spin.value(), hidden=self.hidden, lr=self.lr.value(),
                                    batch_size=self.batch_size, epochs=self.epochs_spin.value(),
                                    scales=log_scales(n), seed=self.seed_spin.value(),
                                    eval_test=self.test_check.isChecked(),
                                    inspect_index=inspect if inspect is not None and inspect < n else None)

    def set_book(self) -> None:
        """Every control back to the book's figure 6-19 (without asking for a restart: the caller restarts)."""
        self.set_config(book_figure_6_19())

    def set_config(self, book: BatchNormSweepConfig) -> None:
        """Every control from ``book`` (a preset's or a scene's config; no restart asked: the caller restarts)."""
        self._applying = True
        try:
            self.scales_spin.setValue(book.n_scales)
            self.epochs_spin.setValue(book.epochs)
            self.samples_spin.setValue(book.n_train)
            self.seed_spin.setValue(book.seed)
            self.lr.setValue(book.lr)
            self.test_check.setChecked(book.eval_test)
        finally:
            self._applying = False

    def _request(self) -> None:
        if not self._applying:
            self.restartRequested.emit()
