"""The latest numbers of both runs in a small table: training and test accuracy, their gap, Σ‖W‖², the state."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableWidget, QTableWidgetItem, QWidget

from gui.format import fmt_number, fmt_percent
from gui.plotstyle import FONTS
from gui.widgets import wrap_header

COL_RUN, COL_TRAIN, COL_TEST, COL_GAP, COL_NORM, COL_STATE = range(6)
NARROW = 560
"""Under this width (px) the "Setting / state" column is hidden, so that the others' headings fit on two lines
(the settings are in the panel beside it, and a divergence is also told in the status line)."""


RUN_MIN_WIDTH = 70
"""The run-name column never gets narrower than this (its colour swatch and a few letters)."""


class OverfitResultsTable(QTableWidget):
    """One row per run (in the order of ``colors``), with the run's colour as an icon."""

    def __init__(self, colors: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(len(colors), 6, parent)
        self.names = list(colors)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        font = self.font()
        font.setPointSizeF(FONTS.pt("label"))
        self.setFont(font)
        self.horizontalHeader().setFont(FONTS.font("small", bold=True))  # two words a line in 60 px columns
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # widths: _share_width
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for r, name in enumerate(self.names):
            swatch = QPixmap(14, 14)
            swatch.fill(QColor(colors[name]))
            item = QTableWidgetItem(QIcon(swatch), name)  # regular weight: the narrow table's other columns need it
            self.setItem(r, COL_RUN, item)
            for col in range(1, 6):
                cell = QTableWidgetItem("")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(r, col, cell)
        self._fit()
        wrap_header(self, self._fit)  # "Training accuracy" wraps in a narrow column instead of being cut

    def _fit(self) -> None:
        header = self.horizontalHeader()
        height = max(header.sizeHint().height(), header.minimumHeight()) + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        narrow = self.width() < NARROW
        if narrow != self.isColumnHidden(COL_STATE):
            self.setColumnHidden(COL_STATE, narrow)
        self._share_width()

    def _share_width(self) -> None:
        """The run names get what they need (what is left, elided, in a very narrow table); every other column at least its heading's longest word (so headings
        wrap between words, never inside one), and the rest of the width in equal shares."""
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        cols = [c for c in range(1, self.columnCount()) if not self.isColumnHidden(c)]
        least = {}
        for c in cols:
            item = self.horizontalHeaderItem(c)
            words = item.text().split() if item is not None and item.text() else [""]
            least[c] = max(metrics.horizontalAdvance(w) for w in words) + 14
        run = max(self.sizeHintForColumn(COL_RUN), header.sectionSizeHint(COL_RUN))
        run = min(run, max(RUN_MIN_WIDTH, self.viewport().width() - sum(least.values())))  # narrow: names elided
        spare = max(0, self.viewport().width() - run - sum(least.values()))
        header.resizeSection(COL_RUN, run)
        for i, c in enumerate(cols):
            header.resizeSection(c, least[c] + spare // len(cols) + (1 if i < spare % len(cols) else 0))

    def retranslate(self, labels: dict[str, str]) -> None:
        self.setHorizontalHeaderLabels([self.tr("Run"), self.tr("Training accuracy"), self.tr("Test accuracy"),
                                        self.tr("Gap"), self.tr("Σ‖W‖²"), self.tr("Setting / state")])
        for r, name in enumerate(self.names):
            self.item(r, COL_RUN).setText(labels[name])
        self._share_width()
        self._fit()

    def clear(self) -> None:  # noqa: D102 - keeps the headers and run names (QTableWidget.clear would not)
        for r in range(self.rowCount()):
            for col in range(1, 6):
                self.item(r, col).setText("")

    def update(self, snapshot) -> None:
        for r, name in enumerate(self.names):
            run = snapshot.run(name)
            self.item(r, COL_TRAIN).setText(fmt_percent(run.final_train_acc))
            self.item(r, COL_TEST).setText(fmt_percent(run.final_test_acc))
            self.item(r, COL_GAP).setText(fmt_percent(run.gap))
            self.item(r, COL_NORM).setText(fmt_number(float(run.weight_norms[-1].sum())) if run.points else "—")
            state = self.item(r, COL_STATE)
            if run.diverged:
                state.setText(self.tr("diverged at update %1").replace("%1", str(run.diverged_step)))
                state.setForeground(QColor("#B00020"))
            else:
                state.setForeground(QColor("#222222"))
                if name == self.names[0]:
                    state.setText(self.tr("λ 0, no dropout"))
                else:
                    state.setText(self.tr("λ %1, dropout %2").replace("%1", fmt_number(snapshot.weight_decay_lambda))
                                  .replace("%2", fmt_number(snapshot.dropout_ratio)))

    def text(self, name: str, col: int) -> str:
        return self.item(self.names.index(name), col).text()
