"""View 2 of the lab: std 0.01, Xavier and He (and an optional custom std) train the same ReLU network on the same
mini-batches (book figure 6-15, live). The tab owns the run; this view holds controls and figure and never reaches
into the tab: it asks through ``controls.restartRequested`` and ``controls.liveChanged``."""
from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from gui.tabs.weight_init.mnist_controls import MnistControls
from gui.tabs.weight_init.mnist_figure import TrainingFigure
from gui.widgets import finish_control_panel
from model.files import atomic_open


class MnistView(QWidget):
    """Controls and figure of the training comparison; ``draw(snapshot)`` draws a snapshot of the tab's run."""

    def __init__(self, catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controls = MnistControls(catalog, self)
        self.hint, scroll = finish_control_panel(self.controls, self.controls.layout_, self, 360, frame=False)
        self.figure = TrainingFigure(self)
        self.snapshot = None
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.figure)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([370, 1130])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.controls.run_combo.activated.connect(lambda _i: self._show_histograms())

    def retranslate(self) -> None:
        self.controls.retranslate()
        self.hint.setText(self.tr("Every network starts from the same random numbers, scaled differently, and "
                                  "sees the same mini-batches. Space: play/pause, N: one iteration, R: reset."))
        self.figure.retranslate()
        self._show_histograms()

    def start(self, names: tuple[str, ...], selected: int) -> None:
        """A new run with these networks: empty curves and histograms."""
        self.snapshot = None
        self.figure.set_names(names)
        self.controls.set_runs(names, selected)
        self.figure.empty()
        self._show_histograms()

    def draw(self, snapshot) -> None:
        """Draw ``snapshot`` (an ``InitCompareSnapshot``): curves of every run, histograms of the chosen one."""
        self.snapshot = snapshot
        self.figure.set_names(snapshot.names)
        self.controls.set_runs(snapshot.names, self.controls.run_combo.currentIndex())
        self.figure.curves.update(snapshot.runs)
        self._show_histograms()

    def _show_histograms(self) -> None:
        combo = self.controls.run_combo
        self.figure.show_histograms(self.snapshot, combo.currentIndex(), combo.currentText())

    def export_csv(self, path: str) -> None:
        """One row per iteration: each run's loss, smoothed loss, and accuracies where they were measured."""
        snapshot = self.snapshot
        if snapshot is None or snapshot.step == 0:
            raise OSError(self.tr("Nothing to export yet"))
        with atomic_open(path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            header = ["iteration"]
            for run in snapshot.runs:
                header += [f"{run.name}_loss", f"{run.name}_smoothed_loss", f"{run.name}_train_acc",
                           f"{run.name}_test_acc"]
            writer.writerow(header)
            accs = [dict(zip(map(int, r.eval_steps), zip(r.train_acc, r.test_acc))) for r in snapshot.runs]
            for k in range(0, snapshot.step + 1):
                row: list = [k]
                for run, acc in zip(snapshot.runs, accs):
                    if 1 <= k <= len(run.losses):
                        row += [repr(float(run.losses[k - 1])), repr(float(run.smoothed[k - 1]))]
                    else:
                        row += ["", ""]
                    train, test = acc.get(k, ("", ""))
                    row += [repr(float(train)) if train != "" else "", repr(float(test)) if test != "" else ""]
                writer.writerow(row)
