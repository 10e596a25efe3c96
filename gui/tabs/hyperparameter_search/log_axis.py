"""An axis over exponents of ten that writes its ticks as the values themselves: −4 → 10⁻⁴, −2.5 → 0.00316."""
from __future__ import annotations

import math

import pyqtgraph as pg

from gui.format import fmt_scale, power_of_ten
from gui.plotstyle import FONTS


class LogValueAxis(pg.AxisItem):
    """Ticks at whole exponents are written 10ᵏ, others as the number (3 significant digits)."""

    def __init__(self, orientation: str, **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)
        self.setStyle(tickFont=FONTS.font("tick"))

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        out = []
        for v in values:
            k = round(v)
            out.append(power_of_ten(k) if math.isclose(v, k, abs_tol=1e-9) else fmt_scale(10.0 ** v))
        return out
