"""View 1 of the lab: the activation and gradient histograms (book figures 6-10 to 6-14).

Not a stepped experiment: every change of a control recomputes at once, in the GUI thread
(``HistogramLab.compute`` takes about 10 ms), at most once per turn of the event loop, so a dragged slider is
followed by the picture.
"""
from __future__ import annotations

import csv
import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from gui.format import fmt_count, fmt_number
from gui.tabs.weight_init.histogram_controls import HistogramControls
from gui.tabs.weight_init.histogram_figure import HistogramFigure
from gui.tabs.weight_init.style import init_color
from gui.widgets import finish_control_panel
from model.experiments.weight_init import HistogramLab, HistogramSnapshot
from model.files import atomic_open


class HistogramView(QWidget):
    """The controls, the figure and a line of text under it; recomputes synchronously on every change."""

    computed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lab = HistogramLab()
        self.snapshot: HistogramSnapshot | None = None
        self.compute_ms = 0.0
        self.controls = HistogramControls(self)
        self.hint, scroll = finish_control_panel(self.controls, self.controls.layout_, self, 360, frame=False)
        self.figure = HistogramFigure(self)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self._lay_out(scroll)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.compute_now)
        self.controls.changed.connect(self.request_compute)

    def _lay_out(self, scroll: QWidget) -> None:
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.figure, 1)
        right_layout.addWidget(self.info)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([370, 1130])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def retranslate(self) -> None:
        self.controls.retranslate()
        self.hint.setText(self.tr("The histograms are recomputed as soon as a setting changes. Top row: the "
                                  "activations z of each layer; bottom row: the gradients dL/da flowing back "
                                  "through it. N: new random sample."))
        self.figure.retranslate()
        if self.snapshot is not None:
            self._draw(self.snapshot)

    def apply_preset(self, key: str) -> None:
        """Set every control as the book's figure ``key`` and recompute."""
        self.controls.apply_preset(key)

    def new_sample(self) -> None:
        self.controls.new_sample()

    def request_compute(self) -> None:
        """Recompute on the next turn of the event loop, with the controls' values then (coalesces a drag)."""
        if not self._timer.isActive():
            self._timer.start()

    def compute_now(self) -> None:
        self._timer.stop()
        self.controls.update_std_text()
        t0 = time.perf_counter()
        try:
            snapshot = self.lab.compute(self.controls.config())
        except ValueError as exc:
            self.info.setText(str(exc))
            return
        self.compute_ms = (time.perf_counter() - t0) * 1e3
        self.snapshot = snapshot
        if snapshot.config.n_layers != self.figure.n_layers:
            self.figure.build(snapshot.config.n_layers)
        self._draw(snapshot)
        self.computed.emit()

    def _draw(self, snap: HistogramSnapshot) -> None:
        self.figure.draw(snap, init_color(self.controls.init_name()))
        config = snap.config
        n_samples, n_units = config.n_samples, config.n_units
        self.info.setText(self.tr("%1 layers of %2 units, no bias; %3 random inputs, so %4 values in each histogram; "
                                  "weights std %5. Computed in %6 ms.")
                          .replace("%1", str(config.n_layers)).replace("%2", str(n_units))
                          .replace("%3", fmt_count(n_samples)).replace("%4", fmt_count(n_samples * n_units))
                          .replace("%5", fmt_number(snap.scale)).replace("%6", f"{self.compute_ms:.0f}")
                          + " " + self.saturation_note(config.activation))

    def saturation_note(self, activation: str) -> str:
        if activation == "sigmoid":
            return self.tr("Saturated: z below 0.02 | above 0.98, where the gradient of the sigmoid is almost 0.")
        if activation == "tanh":
            return self.tr("Saturated: z below −0.98 | above 0.98, where the gradient of tanh is almost 0.")
        return self.tr("Grey bar: values exactly 0 (units switched off by ReLU), counted apart from the histogram.")

    def export_csv(self, path: str) -> None:
        """One row per bin of every layer's histogram, with the layer's statistics (ASCII numbers, full precision)."""
        snap = self.snapshot
        if snap is None:
            raise OSError(self.tr("Nothing to export yet"))
        with atomic_open(path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["values", "layer", "mean", "std", "fraction_zero", "fraction_saturated_low",
                             "fraction_saturated_high", "bin_left", "bin_right", "count"])
            for kind, stats in (("activation", snap.activations), ("gradient_dL_da", snap.gradients)):
                for s in stats:
                    head = [kind, s.layer, repr(s.mean), repr(s.std), repr(s.frac_zero), repr(s.frac_sat_lo),
                            repr(s.frac_sat_hi)]
                    if s.n_zero_unbinned:
                        writer.writerow(head + ["0", "0", s.n_zero_unbinned])
                    for j, count in enumerate(s.counts):
                        writer.writerow(head + [repr(float(s.edges[j])), repr(float(s.edges[j + 1])), int(count)])
