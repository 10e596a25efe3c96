"""The table of the MNIST race's latest numbers: one row per optimizer, the leader of each column in bold."""
from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableWidget, QTableWidgetItem, QWidget

from gui.format import fmt_percent
from gui.plotstyle import FONTS, OPTIMIZER_COLORS
from gui.widgets import wrap_header
from model.optimizers import OPTIMIZERS

COL_NAME, COL_LOSS, COL_TEST, COL_TRAIN, COL_STATE = range(5)
LOSS_WINDOW = 100
"""The loss column is the mean of this many latest mini-batch losses (the book's figure reads off the same)."""
RED, DARK, GREY = "#B00020", "#222222", "#999999"


class RaceResultsTable(QTableWidget):
    """Loss, test and training accuracy and state of every optimizer; rows of optimizers out of the race hidden."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(len(OPTIMIZERS), 5, parent)
        self.order = list(OPTIMIZERS)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        font = self.font()
        font.setPointSizeF(FONTS.pt("heading"))
        self.setFont(font)
        header_font = QFont(font)
        header_font.setBold(True)
        self.horizontalHeader().setFont(header_font)
        wrap_header(self, lambda: self.fit())  # a narrow window wraps the headings, never cuts them
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.ResizeToContents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for r, name in enumerate(self.order):
            swatch = QPixmap(14, 14)
            swatch.fill(QColor(OPTIMIZER_COLORS[name]))
            item = QTableWidgetItem(QIcon(swatch), name)
            item.setFont(header_font)
            self.setItem(r, COL_NAME, item)
            for col in (COL_LOSS, COL_TEST, COL_TRAIN, COL_STATE):
                cell = QTableWidgetItem("")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(r, col, cell)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([
            self.tr("Optimizer"), self.tr("Loss (mean of last 100)"), self.tr("Test accuracy"),
            self.tr("Training accuracy"), self.tr("State")])

    def fit(self) -> None:
        """As tall as the header and the shown rows (no scroll bar, no empty space)."""
        rows = [r for r in range(self.rowCount()) if not self.isRowHidden(r)]
        height = self.horizontalHeader().height() + 2 * self.frameWidth() + sum(self.rowHeight(r) for r in rows)
        self.setFixedHeight(height if rows else self.horizontalHeader().height() + 4)

    def clear_results(self) -> None:
        for r in range(self.rowCount()):
            for col in (COL_LOSS, COL_TEST, COL_TRAIN, COL_STATE):
                self.item(r, col).setText("")

    def show_snapshot(self, snapshot) -> None:
        """Latest numbers per optimizer; the leader of each column (lowest loss, best accuracies) in bold."""
        leaders = self._leaders(snapshot)
        for run in snapshot.runs:
            if run.name not in self.order:
                continue
            r = self.order.index(run.name)
            loss = run.mean_loss(LOSS_WINDOW)
            self.item(r, COL_LOSS).setText("–" if not math.isfinite(loss) else f"{loss:.3f}")
            self.item(r, COL_TEST).setText(fmt_percent(run.final_test_acc))
            self.item(r, COL_TRAIN).setText(fmt_percent(run.final_train_acc))
            for col in (COL_LOSS, COL_TEST, COL_TRAIN):
                cell = self.item(r, col)
                font = cell.font()
                font.setBold(run.name in leaders.get(col, ()))
                cell.setFont(font)
                cell.setForeground(QColor(GREY if run.diverged else DARK))  # a stopped run's last values
            self._show_state(self.item(r, COL_STATE), run, snapshot)

    def _leaders(self, snapshot) -> dict[int, set[str]]:
        """{column: names of the best runs} among the runs that have not diverged (none before the first step)."""
        alive = [r for r in snapshot.runs if not r.diverged and r.name in self.order]
        leaders: dict[int, set[str]] = {}
        for col, value, best in ((COL_LOSS, lambda r: r.mean_loss(LOSS_WINDOW), min),
                                 (COL_TEST, lambda r: r.final_test_acc, max),
                                 (COL_TRAIN, lambda r: r.final_train_acc, max)):
            values = {r.name: value(r) for r in alive if math.isfinite(value(r))}
            if len(values) > 1 and snapshot.step > 0:
                top = best(values.values())
                leaders[col] = {n for n, v in values.items() if v == top}
        return leaders

    def _show_state(self, state: QTableWidgetItem, run, snapshot) -> None:
        state.setToolTip("")
        if run.diverged:
            state.setText(self.tr("diverged at iteration %1").replace("%1", str(run.diverged_step)))
        elif run.name in getattr(snapshot, "not_learning", ()):  # decided by the model (MnistRaceSnapshot)
            state.setText(self.tr("not learning"))
            state.setToolTip(self.tr("The loss is not below chance level: no better than a constant answer"))
        else:
            state.setText(self.tr("finished") if snapshot.done else
                          self.tr("running") if snapshot.step else self.tr("ready"))
        alarm = run.diverged or run.name in getattr(snapshot, "not_learning", ())
        state.setForeground(QColor(RED if alarm else DARK))
        font = state.font()
        font.setBold(alarm)
        state.setFont(font)
