"""The gradient check, large: backpropagation against central differences, per parameter, and a verdict."""
from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView, QLabel, QPushButton, QStyle,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from gui.format import fmt_sci, power_of_ten
from gui.plotstyle import FONTS
from gui.tabs.batchnorm.style import GRADIENT_TOLERANCE
from model.experiments.batchnorm import bn_gradient_check


class GradientCheckView(QWidget):
    """The gradient check, large: backpropagation against central differences, per parameter, and a verdict."""

    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.back_button = QPushButton(self)
        self.back_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.back_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.heading = QLabel(self)
        self.heading.setFont(FONTS.font("banner", bold=True))
        self.heading.setWordWrap(True)  # never wider than a 1024 px projector
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addSpacing(12)
        header.addWidget(self.heading, 1)
        self.setup = QLabel(self)
        self.setup.setWordWrap(True)
        self.setup.setFont(FONTS.font("heading"))
        self.table = QTableWidget(0, 3, self)
        self.table.setFont(FONTS.font("title"))
        self.table.horizontalHeader().setFont(FONTS.font("heading", bold=True))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setMaximumWidth(760)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setFont(FONTS.font("verdict", bold=True))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setFont(FONTS.font("heading"))
        self.note.setStyleSheet("color: #333;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addSpacing(8)
        layout.addWidget(self.setup)
        layout.addWidget(self.table)
        layout.addWidget(self.verdict)
        layout.addSpacing(8)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.result: dict[str, tuple[float, float]] | None = None
        self.seconds = 0.0
        self.back_button.clicked.connect(self.backRequested)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back to all scales"))
        self.back_button.setToolTip(self.tr("Back to the grid of all weight scales (Esc)"))
        self.heading.setText(self.tr("Gradient check: backpropagation against the numerical gradient"))
        self.setup.setText(self.tr("A small network with batch normalization (784-20-20-10, ReLU, float64) and a "
                                   "mini-batch of 10 training images. For each parameter, 30 entries (all of a "
                                   "smaller one) are compared with central differences (h = %1).")
                           .replace("%1", power_of_ten(-4)))
        self.table.setHorizontalHeaderLabels([self.tr("parameter"), self.tr("largest |difference|"),
                                              self.tr("largest relative error")])
        self.note.setText(self.tr("The book's own check (batch_norm_gradient_check.py) uses a single image. Then "
                                  "x − μ = 0 in every BN layer, every BN layer outputs exactly β, and every gradient "
                                  "before the last BN is exactly 0: the check compares zeros with zeros. With 10 "
                                  "images the gradients are real. b1 and b2 (a bias right before BN) truly have a "
                                  "zero gradient, because BN subtracts the batch mean."))
        if self.result is not None:
            self._show_verdict()

    def run_check(self, dataset) -> dict[str, tuple[float, float]]:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            t0 = time.perf_counter()
            result = bn_gradient_check(dataset, n_samples=10)
            self.seconds = time.perf_counter() - t0
        finally:
            QApplication.restoreOverrideCursor()
        self.result = result
        self.table.setRowCount(len(result))
        for row, (name, (diff, rel)) in enumerate(result.items()):
            for col, text in enumerate((name, fmt_sci(diff), fmt_sci(rel))):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + sum(self.table.rowHeight(r) for r in range(len(result)))
        self.table.setFixedHeight(height + 2 * self.table.frameWidth())
        self._show_verdict()
        return result

    def matches(self) -> bool:
        return self.result is not None and all(rel < GRADIENT_TOLERANCE for _, rel in self.result.values())

    def verdict_text(self) -> str:
        if self.result is None:
            return ""
        if self.matches():
            return self.tr("✓ Backprop matches the numerical gradient: every relative error is below %1.").replace(
                "%1", power_of_ten(-6))
        worst = max(self.result.items(), key=lambda kv: kv[1][1])
        return (self.tr("✗ Backprop and the numerical gradient differ: relative error %1 in %2.")
                .replace("%1", fmt_sci(worst[1][1])).replace("%2", worst[0]))

    def _show_verdict(self) -> None:
        self.verdict.setStyleSheet("color: #1B7F3B;" if self.matches() else "color: #B00020;")
        self.verdict.setText(self.verdict_text())
