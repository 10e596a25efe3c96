"""An axis over exponents of ten that writes its ticks as the values themselves: −4 → 10⁻⁴, −2.5 → 0.00316."""
from __future__ import annotations

import math

import pyqtgraph as pg

from gui.format import fmt_scale, power_of_ten
from gui.plotstyle import FONTS


class LogValueAxis(pg.AxisItem):
    """Ticks at whole exponents are written 10ᵏ; others, only when less than two decades are in view, as the number
    (3 significant digits)."""

    def __init__(self, orientation: str, **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)
        self.setStyle(tickFont=FONTS.font("tick"))

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        whole = [math.isclose(v, round(v), abs_tol=1e-9) for v in values]
        decades_only = abs(self.range[1] - self.range[0]) >= 2  # label the decades alone, the rest plain ticks
        out = []
        for v, is_whole in zip(values, whole):
            if is_whole:
                out.append(power_of_ten(round(v)))
            else:
                out.append("" if decades_only else fmt_scale(10.0 ** v))
        return out
