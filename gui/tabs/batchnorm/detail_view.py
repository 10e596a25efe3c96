"""One weight scale, large: accuracy and loss curves of both networks and the inside view."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QScrollArea, QSplitter, QStyle, QVBoxLayout,
                               QWidget)

from gui.format import fmt_number, fmt_scale
from gui.plotstyle import FONTS, freeze_plot, pen, style_plot
from gui.tabs.batchnorm.inside_figure import InsideFigure
from gui.tabs.batchnorm.style import BATCH_STAT_COLOR, BN_COLOR, PLAIN_COLOR
from gui.tabs.batchnorm.sweep_legend import SweepLegend
from gui.widgets import WrappedLabel
from model.experiments.batchnorm import BatchNormSweepSnapshot, InsideView


INSIDE_MIN_HEIGHT = 310
"""Two rows of histograms with their numbers (on a 768 px projector the curves above give way to them)."""
CURVES_MIN_HEIGHT = 180
"""The legend and the two plots above the inside view, at least."""


class ScaleDetailView(QWidget):
    """The large view of one weight scale: accuracy and loss curves, inside view, BN running statistics."""

    backRequested = Signal()
    neighbourRequested = Signal(int)  # −1: previous scale, +1: next scale

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keys (Esc, Page Up/Down) come here, not to a spin box
        self.index: int | None = None
        self.scale: float | None = None
        self.inside: InsideView | None = None
        self._eval_test = False
        header = self._header()
        self.curves = pg.GraphicsLayoutWidget(self)
        self.legend = SweepLegend(self.curves.ci, row=0, col=0, colspan=2)  # one legend for both plots
        self._accuracy_plot()
        self._loss_plot()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.curves)
        splitter.addWidget(self._inside_box())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([290, 510])
        self.curves.setMinimumHeight(CURVES_MIN_HEIGHT)
        scroll = QScrollArea(self)  # on a 768 px projector the explanation under the figure may scroll into view
        scroll.setWidget(splitter)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        self.back_button.clicked.connect(self.backRequested)
        self.prev_button.clicked.connect(lambda: self.neighbourRequested.emit(-1))
        self.next_button.clicked.connect(lambda: self.neighbourRequested.emit(1))

    def _header(self) -> QHBoxLayout:
        """Back, previous and next scale, and the heading."""
        self.back_button = QPushButton(self)
        self.back_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.prev_button = QPushButton("◀", self)
        self.next_button = QPushButton("▶", self)
        for b in (self.prev_button, self.next_button):
            b.setFixedWidth(44)
        for b in (self.back_button, self.prev_button, self.next_button):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.heading = QLabel(self)
        self.heading.setFont(FONTS.font("banner", bold=True))
        self.heading.setWordWrap(True)  # a long heading wraps: it never widens the window past a 1024 px projector
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.prev_button)
        header.addWidget(self.next_button)
        header.addSpacing(12)
        header.addWidget(self.heading, 1)
        return header

    def _accuracy_plot(self) -> None:
        """Accuracy per epoch: BN solid, plain dashed, test accuracy thin with triangles."""
        self.acc_plot = self.curves.addPlot(row=1, col=0)
        freeze_plot(self.acc_plot, "label")
        self.acc_plot.setYRange(0, 1, padding=0.08)  # room for the "1" label (the grid clips labels)
        self.acc_plot.getAxis("left").setTicks([[(v, f"{v:g}") for v in (0, 0.2, 0.4, 0.6, 0.8, 1.0)]])
        self.bn_acc = self.acc_plot.plot([], [], pen=pen(BN_COLOR, 3.0), symbol="o", symbolSize=7,
                                         symbolBrush=BN_COLOR, symbolPen=None)
        self.plain_acc = self.acc_plot.plot([], [], pen=pen(PLAIN_COLOR, 3.0, style=Qt.PenStyle.DashLine),
                                            symbol="o", symbolSize=7, symbolBrush=PLAIN_COLOR, symbolPen=None)
        self.bn_test = self.acc_plot.plot([], [], pen=pen(BN_COLOR, 1.5, alpha=140), symbol="t", symbolSize=7,
                                          symbolBrush=None, symbolPen=pen(BN_COLOR, 1.2))
        self.plain_test = self.acc_plot.plot([], [], pen=pen(PLAIN_COLOR, 1.5, alpha=140,
                                                             style=Qt.PenStyle.DashLine),
                                             symbol="t", symbolSize=7, symbolBrush=None,
                                             symbolPen=pen(PLAIN_COLOR, 1.2))
        self.acc_mark = pg.TextItem(color=PLAIN_COLOR, anchor=(0, 0))
        self.acc_mark.setFont(FONTS.font("label", bold=True))
        self.acc_plot.addItem(self.acc_mark)
        self.acc_mark.hide()

    def _loss_plot(self) -> None:
        """Loss per iteration: each mini-batch faint, smoothed bold."""
        self.loss_plot = self.curves.addPlot(row=1, col=1)
        freeze_plot(self.loss_plot, "label")
        self.bn_raw = self.loss_plot.plot([], [], pen=pen(BN_COLOR, 1.0, alpha=70))
        self.plain_raw = self.loss_plot.plot([], [], pen=pen(PLAIN_COLOR, 1.0, alpha=70))
        self.bn_smooth = self.loss_plot.plot([], [], pen=pen(BN_COLOR, 3.0))
        self.plain_smooth = self.loss_plot.plot([], [], pen=pen(PLAIN_COLOR, 3.0, style=Qt.PenStyle.DashLine))
        for curve in (self.bn_raw, self.plain_raw, self.bn_smooth, self.plain_smooth):
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)

    def _inside_box(self) -> QWidget:
        """Heading, the inside figure, and the explanation under it."""
        self.inside_heading = WrappedLabel(self)  # in a splitter: keeps the height its lines need
        self.inside_heading.setFont(FONTS.font("title", bold=True))
        self.figure = InsideFigure(self)
        self.figure.setMinimumHeight(INSIDE_MIN_HEIGHT)
        self.explain = WrappedLabel(self)
        self.explain.setStyleSheet("color: #333;")

        inside_box = QWidget(self)
        inside_layout = QVBoxLayout(inside_box)
        inside_layout.setContentsMargins(0, 4, 0, 0)
        inside_layout.addWidget(self.inside_heading)
        inside_layout.addWidget(self.figure, 1)
        inside_layout.addWidget(self.explain)
        return inside_box

    # texts ----------------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back to all scales"))
        self.back_button.setToolTip(self.tr("Back to the grid of all weight scales (Esc)"))
        self.prev_button.setToolTip(self.tr("Previous weight scale (Page Up)"))
        self.next_button.setToolTip(self.tr("Next weight scale (Page Down)"))
        epoch = self.tr("epoch")
        # Grids make every repaint several times slower; the accuracy keeps horizontal lines only.
        style_plot(self.acc_plot, self.tr("Accuracy"), epoch, self.tr("accuracy"), grid=False)
        self.acc_plot.showGrid(x=False, y=True, alpha=0.15)
        style_plot(self.loss_plot, self.tr("Training loss (faint: each mini-batch, bold: smoothed)"),
                   self.tr("iteration"), self.tr("loss"), grid=False)
        self._refresh_legends()
        self._set_heading()
        if self.inside is not None:
            self.figure.retranslate()
            self.show_inside(self.inside, force=True)
        else:
            self.inside_heading.setText(self.tr("Inside the networks: computing…"))

    def _refresh_legends(self) -> None:
        if self._eval_test:
            self.legend.set_entries({"bn": self.tr("with BN, training"), "plain": self.tr("without BN, training"),
                                     "bn_test": self.tr("with BN, test"), "plain_test": self.tr("without BN, test")})
        else:
            self.legend.set_entries({"bn": self.tr("with BN"), "plain": self.tr("without BN")})
        self.acc_plot.setTitle(self.tr("Accuracy (training and test)") if self._eval_test
                               else self.tr("Training accuracy"), size=FONTS.css("title"))

    def _set_heading(self) -> None:
        if self.index is None or self.scale is None:
            self.heading.setText("")
            return
        self.heading.setText(self.tr("Weight scale W = %1: with and without batch normalization")
                             .replace("%1", fmt_scale(self.scale)))

    # content --------------------------------------------------------------------------------------------------------
    def set_scale(self, index: int, scale: float, n_scales: int, eval_test: bool) -> None:
        """Show scale ``index``; its inside view is shown when a snapshot with that index arrives."""
        changed = index != self.index
        self.index, self.scale = index, scale
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < n_scales - 1)
        if eval_test != self._eval_test:
            self._eval_test = eval_test
            self._refresh_legends()
        self._set_heading()
        if changed:
            self.clear_curves()
            self.inside = None
            self.inside_heading.setText(self.tr("Inside the networks: computing…"))

    def clear_curves(self) -> None:
        for curve in (self.bn_acc, self.plain_acc, self.bn_test, self.plain_test, self.bn_raw, self.plain_raw,
                      self.bn_smooth, self.plain_smooth):
            curve.setData([], [])
        self.acc_mark.hide()

    def show_curves(self, snap: BatchNormSweepSnapshot) -> None:
        if self.index is None or self.index >= len(snap.scales):
            return
        s = snap.scales[self.index]
        epochs = np.arange(len(s.bn_train_acc))
        self.bn_acc.setData(epochs, s.bn_train_acc)
        self.plain_acc.setData(epochs, s.plain_train_acc)
        if s.bn_test_acc is not None:
            self.bn_test.setData(epochs, s.bn_test_acc)
            self.plain_test.setData(epochs, s.plain_test_acc)
        else:
            self.bn_test.setData([], [])
            self.plain_test.setData([], [])
        last_epoch = max(snap.config.epochs - 1, 1)
        self.acc_plot.setXRange(0, last_epoch, padding=0.02)
        marks = []
        if s.bn_diverged:
            marks.append(self.tr("with BN: diverged at iteration %1").replace("%1", str(s.bn_diverged_iteration)))
        if s.plain_diverged:
            marks.append(self.tr("without BN: diverged at iteration %1")
                         .replace("%1", str(s.plain_diverged_iteration)))
        if marks:
            self.acc_mark.setText("\n".join(marks))
            self.acc_mark.setPos(0.02 * last_epoch, 0.97)
            self.acc_mark.show()
        else:
            self.acc_mark.hide()
        for raw, smooth, losses, smoothed in ((self.bn_raw, self.bn_smooth, s.bn_losses, s.bn_smoothed),
                                              (self.plain_raw, self.plain_smooth, s.plain_losses, s.plain_smoothed)):
            its = np.arange(len(smoothed))  # the finite start (before a divergence)
            raw.setData(its, losses[: len(smoothed)])
            smooth.setData(its, smoothed)
        self.loss_plot.setXRange(0, max(snap.total_iterations - 1, 1), padding=0.02)
        self.loss_plot.setYRange(0, s.loss_top, padding=0)

    def show_inside(self, inside: InsideView, force: bool = False) -> bool:
        """Draw the inside view if it is of the scale shown and new; True if it was drawn."""
        if inside.index != self.index or (inside is self.inside and not force):
            return False
        self.inside = inside
        self.inside_heading.setText(
            self.tr("Inside, after %1 updates: activations of each hidden layer (after ReLU) on a mini-batch of "
                    "%2 images")
            .replace("%1", str(inside.iteration)).replace("%2", str(inside.batch_size)))
        self.figure.draw(inside)
        self._explain()
        return True

    def _explain(self) -> None:
        key = (f"<span style='color:{BN_COLOR}'><b>■ " + self.tr("running average (test mode)") + "</b></span>"
               f" &nbsp; <span style='color:{BATCH_STAT_COLOR}'><b>○ "
               + self.tr("this mini-batch (training mode)") + "</b></span>")
        ratios = (", ".join(fmt_number(r) for r in self.figure.ratios) if self.figure.measured
                  else self.tr("not yet measured (no update yet)"))
        self.explain.setText(
            self.tr("Right: %1. Running ÷ batch variance by layer: <b>%2</b>").replace("%1", key)
            .replace("%2", ratios) + "<br>"
            + self.tr("Test mode (used for the accuracy) normalises with the running averages. The book's code "
                      "starts running_var at 0 and moves it 10% toward the batch variance per update: after one "
                      "update it is 0.1 × the batch variance, so BN's epoch-0 accuracy is near chance."))

