"""Controls whose limits come from an experiment config's ``CONTROL_RANGES`` (the model is the one source of a
setting's range; a control never writes its own)."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QSpinBox, QWidget

from gui.widgets import LogValueControl


def spin_box(parent: QWidget, ranges: Mapping[str, tuple[float, float]], name: str, value: int,
             step: int = 1) -> QSpinBox:
    """A spin box over ``ranges[name]`` showing ``value``."""
    lo, hi = ranges[name]
    spin = QSpinBox(parent)
    spin.setRange(int(lo), int(hi))
    spin.setSingleStep(step)
    spin.setValue(value)
    return spin


def log_control(parent: QWidget, ranges: Mapping[str, tuple[float, float]], name: str,
                value: float) -> LogValueControl:
    """A log-scale slider with a typed value over ``ranges[name]`` showing ``value``."""
    lo, hi = ranges[name]
    return LogValueControl(value, lo, hi, parent)
