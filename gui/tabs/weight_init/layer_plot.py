"""One layer's histogram plot and the lines of numbers under it."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF, QTextOption
from PySide6.QtWidgets import QGraphicsTextItem, QSizePolicy

from gui.format import fmt_tick, nice_floor, nice_ticks
from gui.plotstyle import FONTS, SERIES_COLORS, filled_histogram, pen, recolor_histogram
from gui.tabs.weight_init.style import ZERO_COLOR


class StatsLabel(pg.GraphicsWidget):
    """A few centred lines of rich text under a plot. Unlike ``pg.LabelItem`` it wraps to the column's width instead
    of widening the column, so long numbers never push the plots out of the window."""

    def __init__(self, lines: int = 3, role: str = "label") -> None:
        super().__init__()
        self.item = QGraphicsTextItem(self)
        option = self.item.document().defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never inside a word ("saturate / d:")
        self.item.document().setDefaultTextOption(option)
        font = FONTS.font(role)
        self.item.setFont(font)
        self._fonts = (font, FONTS.font("small"))
        self.needs_small = False
        """True when a word does not fit the column at the planned size."""
        self.row_shrunk = False
        """Set by the figure when another label of the row is shrunk: the whole row then uses the small size."""
        self._height = QFontMetricsF(font).lineSpacing() * lines + 8
        self.setMinimumHeight(self._height)
        self.setMaximumHeight(self._height)
        self.setMinimumWidth(40)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._html = ""

    def setText(self, html: str) -> None:
        self._html = html
        self.item.setHtml(f"<div align='center'>{html}</div>")
        self._fit()

    def text(self) -> str:
        return self.item.toPlainText()

    def set_row_shrunk(self, shrunk: bool) -> None:
        if shrunk != self.row_shrunk:
            self.row_shrunk = shrunk
            self._fit()

    def resizeEvent(self, event) -> None:
        self._fit()

    def _fit(self) -> None:
        """Wrap to the column's width and grow to the lines that takes (on a narrow screen the numbers wrap to more
        lines than planned: they must push the next row down, not overlap its titles). A word wider than the column
        switches to the small size rather than being broken or cut."""
        width = max(self.size().width(), 40.0)
        self.item.setTextWidth(width)
        planned, small = self._fonts
        if self.item.font() != planned:
            self.item.setFont(planned)
        self.needs_small = self.item.document().idealWidth() > width + 0.5
        if self.needs_small or self.row_shrunk:
            self.item.setFont(small)
        self.item.setPos(0, 0)
        need = max(self._height, self.item.boundingRect().height())
        if abs(need - self.maximumHeight()) > 0.5:
            self.setMinimumHeight(need)
            self.setMaximumHeight(need)


class LayerPlot:
    """One layer's histogram: the bars, the separate bar of exact zeros with its text, a light grid, and the stats
    label. Axis ranges, ticks and labels are only touched when they change."""

    def __init__(self, plot: pg.PlotItem, label: StatsLabel | None) -> None:
        self.plot = plot
        self.label = label
        self.initial: pg.PlotDataItem | None = None
        self._state: dict[str, object] = {}
        self.grid = pg.PlotCurveItem(pen=pg.mkPen("#DDDDDD", width=1), connect="pairs", antialias=False)
        self.grid.setZValue(-10)
        plot.addItem(self.grid)
        self.bars = filled_histogram(plot, SERIES_COLORS[0], 170)
        self.zero_bar = plot.plot([0.0, 1.0], [0.0], stepMode="center", fillLevel=0,
                                  brush=pg.mkBrush(ZERO_COLOR), pen=pen(ZERO_COLOR, 1.0), antialias=False)
        self.zero_text = pg.TextItem(color=ZERO_COLOR, anchor=(0, 0))
        self.zero_text.setFont(FONTS.font("tick", bold=True))
        plot.addItem(self.zero_text)
        self.zero_text.setZValue(20)

    def changed(self, key: str, value) -> bool:
        if self._state.get(key) == value:
            return False
        self._state[key] = value
        return True

    def set_color(self, color: str, alpha: int) -> None:
        if self.changed("color", (color, alpha)):
            recolor_histogram(self.bars, color, alpha)

    def set_frame(self, x_range: tuple[float, float], tick_range: tuple[float, float],
                  y_ticks: list[tuple[float, str]], x_label: str | None, n_ticks: int = 3) -> None:
        """Axis ranges, round x ticks inside ``tick_range``, y ticks and grid lines, the x label."""
        if self.changed("x", (x_range, tick_range, n_ticks)):
            self.plot.setXRange(*x_range, padding=0.02)
            if n_ticks < 3 and tick_range[0] < 0:  # narrow symmetric axis: just ±t, far enough apart to read
                t = nice_floor(tick_range[1])
                ticks = [(-t, fmt_tick(-t)), (t, fmt_tick(t))]
            else:
                ticks = nice_ticks(*tick_range, n_ticks)
            self.plot.getAxis("bottom").setTicks([ticks, []])
        if self.changed("y", y_ticks) or self._state.get("grid_x") != x_range:
            self._state["grid_x"] = x_range
            self.plot.getAxis("left").setTicks([y_ticks, []])
            lo, hi = x_range
            span = hi - lo
            ys = np.repeat([v for v, _ in y_ticks if v > 0], 2)
            xs = np.tile([lo - span, hi + span], len(ys) // 2)
            self.grid.setData(xs, ys)
        if x_label is not None and self.changed("label", x_label):
            self.plot.setLabel("bottom", x_label, **{"font-size": FONTS.css("label")})

    def show_zeros(self, fraction: float | None, left: float = 0.0, right: float = 0.0, top: float = 1.0,
                   text: str = "") -> None:
        """Draw the exact zeros as their own grey bar over [left, right], clipped at ``top``, with ``text``."""
        if fraction is None:
            self.zero_bar.hide()
            self.zero_text.hide()
            return
        height = 100 * fraction
        self.zero_bar.setData([left, right], [min(height, top)])
        self.zero_bar.show()
        self.zero_text.setText(text)
        self.zero_text.setPos(right, top)
        self.zero_text.show()

