"""The book's "Best-k" figure: the k best trials' accuracy per epoch in rank order, validation solid, training dashed,
0–1 on every panel, updated as trials finish."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from gui.format import fmt_percent, fmt_scale
from gui.plotstyle import FONTS, fixed_title, linked_plots, pen

VAL_COLOR = "#0072B2"
TRAIN_COLOR = "#D55E00"


class BestCurvesView:
    """A rows × cols grid of small plots in ``layout``."""

    def __init__(self, layout: pg.GraphicsLayout, rows: int = 2, cols: int = 5) -> None:
        self.layout = layout
        self.k = rows * cols
        cells = [(r, c) for r in range(rows) for c in range(cols)]
        self.plots = linked_plots(layout, cells, link_x=True, link_y=True, tick_role="small")
        self.val_curves, self.train_curves = [], []
        for plot in self.plots:
            fixed_title(plot.titleLabel, lines=2)
            plot.setYRange(0, 1, padding=0.02)
            plot.getAxis("left").setTicks([[(0, "0"), (0.5, "0.5"), (1, "1")]])
            self.val_curves.append(plot.plot(pen=pen(VAL_COLOR, 2.2)))
            self.train_curves.append(plot.plot(pen=pen(TRAIN_COLOR, 1.8, style=Qt.PenStyle.DashLine)))
        self._panels: list[tuple] = [(None, 0)] * self.k
        """(trial index, epochs) drawn in each panel, or (None, 0) for an empty one."""
        self._titles: list[str] = [""] * self.k

    def retranslate(self) -> None:
        self._panels = [("retranslate", 0)] * self.k  # every panel's title is written again

    def clear(self) -> None:
        for v, t, plot in zip(self.val_curves, self.train_curves, self.plots):
            v.setData([], [])
            t.setData([], [])
            plot.setTitle("")
        self._panels = [(None, 0)] * self.k
        self._titles = [""] * self.k

    def update(self, snapshot, budget: int | None = None) -> bool:
        """Redraw the panels whose trial changed (a new trial entering the best k moves those below it down one),
        at most ``budget`` of them; True once every panel shows ``snapshot``. A title is set only when its text
        changes (a new title re-lays out the panel)."""
        best = snapshot.best_k[: self.k]
        self.set_epochs(snapshot.config.epochs)
        for i in range(self.k):
            now = (best[i].index, len(best[i].val_curve)) if i < len(best) else (None, 0)
            if now == self._panels[i]:
                continue
            if budget is not None and budget <= 0:
                return False
            if budget is not None:
                budget -= 1
            self._panels[i] = now
            if i < len(best):
                r = best[i]
                e = np.arange(1, len(r.val_curve) + 1)
                self.val_curves[i].setData(e, r.val_curve)
                self.train_curves[i].setData(e, r.train_curve)
                title = (QCoreApplication.translate("SearchTab", "Best-%1: %2 (η %3)").replace("%1", str(i + 1))
                         .replace("%2", fmt_percent(r.val_acc)).replace("%3", fmt_scale(r.lr)))
            else:
                self.val_curves[i].setData([], [])
                self.train_curves[i].setData([], [])
                title = ""
            if title != self._titles[i]:
                self._titles[i] = title
                self.plots[i].setTitle(title, size=FONTS.css("small"))
        return True

    def set_epochs(self, epochs: int) -> None:
        """The epoch axis of every panel: 0 to ``epochs`` with three round ticks (pyqtgraph's own five ticks ran
        into each other in panels 90 px wide)."""
        if getattr(self, "_epochs", None) == epochs:
            return
        self._epochs = epochs
        self.plots[0].setXRange(0, epochs, padding=0.02)
        half = epochs / 2
        ticks = [(0, "0"), (half, f"{half:g}"), (epochs, str(epochs))]
        for plot in self.plots:
            plot.getAxis("bottom").setTicks([ticks, []])
            plot.getAxis("bottom").setStyle(hideOverlappingLabels=12)  # the end ticks may reach past the axis

    def titles(self) -> list[str]:
        return list(self._titles)
