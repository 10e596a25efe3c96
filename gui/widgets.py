"""Small reusable controls: a log-scale slider bound to a spin box, the run bar every lab shares, and (from
``gui/message_label.py``) the message label for any text that may hold what a user typed or a file name."""
from __future__ import annotations

import math

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSlider, QStyle,
                               QToolButton, QWidget)

from gui.message_label import MessageLabel  # noqa: F401 - the message label belongs with the small controls

from gui.explain import entries, explain
from model.experiments.base import hyperparameter_key


class LogValueControl(QWidget):
    """A value on a log scale: a slider to drag (ticks at decades) and a spin box to type exact values.

    ``valueChanged(float)`` fires while dragging and after typing; values outside ``[minimum, maximum]`` are refused
    by the spin box. The spin box steps by decades' digits (0.001 → 0.002 …) like pyqtgraph's ``dec=True``.
    """

    valueChanged = Signal(float)
    STEPS_PER_DECADE = 40

    def __init__(self, value: float, minimum: float, maximum: float, parent: QWidget | None = None,
                 decimals: int = 4) -> None:
        super().__init__(parent)
        self._min, self._max = minimum, maximum
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        lo, hi = math.log10(minimum), math.log10(maximum)
        self.slider.setRange(round(lo * self.STEPS_PER_DECADE), round(hi * self.STEPS_PER_DECADE))
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(self.STEPS_PER_DECADE)
        self.slider.setMinimumWidth(90)
        self.spin = pg.SpinBox(value=value, bounds=(minimum, maximum), dec=True, minStep=minimum,
                               step=0.5, decimals=decimals, compactHeight=False)
        self.spin.setMinimumWidth(80)
        self.spin.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 3)
        layout.addWidget(self.spin, 2)
        self._syncing = False
        self._set_slider(value)
        self.slider.valueChanged.connect(self._from_slider)
        self.spin.sigValueChanged.connect(self._from_spin)

    def value(self) -> float:
        return float(self.spin.value())

    def setValue(self, value: float) -> None:
        self.spin.setValue(value)

    def _set_slider(self, value: float) -> None:
        self._syncing = True
        try:
            self.slider.setValue(round(math.log10(max(value, self._min)) * self.STEPS_PER_DECADE))
        finally:
            self._syncing = False

    def _from_slider(self, position: int) -> None:
        if self._syncing:
            return
        value = 10 ** (position / self.STEPS_PER_DECADE)
        value = float(f"{min(max(value, self._min), self._max):.3g}")
        self._syncing = True
        try:
            self.spin.setValue(value)
        finally:
            self._syncing = False
        self.valueChanged.emit(self.value())

    def _from_spin(self, _spin) -> None:
        if self._syncing:
            return
        self._set_slider(self.value())
        self.valueChanged.emit(self.value())


class WrappedLabel(QLabel):
    """A word-wrapped label that asks for the height its lines need at its width (``heightForWidth``) as its minimum,
    so a splitter or a cramped layout (which ignore height-for-width) cannot cut its last lines off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def _reserve(self) -> None:
        old = self.minimumHeight()
        if old:  # QLabel's heightForWidth is at least the minimum height: measure without it
            self.setMinimumHeight(0)
        need = self.heightForWidth(max(1, self.width())) if self.text() else 0
        self.setMinimumHeight(max(0, need))

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._reserve()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._reserve()


def wrap_header(table, on_resize=None) -> None:
    """Let ``table``'s column headings wrap (Qt's header wraps when TextWordWrap is in its alignment) and keep the
    header as tall as its longest heading needs at the columns' widths, so a narrow window never cuts one off.
    ``on_resize()`` is called when the header's height changes (e.g. to refit a table of fixed height)."""
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag(Qt.AlignmentFlag.AlignCenter.value | Qt.TextFlag.TextWordWrap.value))

    def fit(*_args) -> None:
        if not (shiboken6.isValid(header) and shiboken6.isValid(table)):  # signalled while the table is deleted
            return
        metrics = header.fontMetrics()
        need = metrics.height()
        for col in range(table.columnCount()):
            item = table.horizontalHeaderItem(col)
            if item is not None and header.sectionSize(col) > 12:
                rect = metrics.boundingRect(0, 0, header.sectionSize(col) - 12, 10_000,
                                            Qt.TextFlag.TextWordWrap.value, item.text())
                need = max(need, rect.height())
        if header.height() != need + 10:
            header.setFixedHeight(need + 10)
            if on_resize is not None:
                on_resize()

    header.sectionResized.connect(fit)
    header.geometriesChanged.connect(fit)
    fit()


class RunBar(QWidget):
    """Play/pause, step, reset, a speed slider and a step counter. Shortcuts are owned by the tab."""

    playClicked = Signal()
    stepClicked = Signal()
    resetClicked = Signal()
    speedChanged = Signal(float)
    MAX_SPEED_POSITION = 100

    def __init__(self, parent: QWidget | None = None, *, speeds: tuple[float, float] = (1, 500),
                 speed: float | None = None) -> None:
        super().__init__(parent)
        self._speeds = speeds
        self.play_button = QPushButton(self)
        self.play_button.setMinimumWidth(110)
        self.step_button = QPushButton(self)
        self.reset_button = QPushButton(self)
        for b in (self.play_button, self.step_button, self.reset_button):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.speed_label = QLabel(self)
        self.speed_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.speed_slider.setRange(0, self.MAX_SPEED_POSITION)
        self.speed_slider.setMinimumWidth(140)
        self.speed_value = QLabel(self)
        self.speed_value.setMinimumWidth(70)
        self.counter = QLabel(self)
        self.counter.setMinimumWidth(160)
        font = self.counter.font()
        font.setBold(True)
        self.counter.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.play_button, self.step_button, self.reset_button):
            layout.addWidget(w)
        layout.addSpacing(16)
        layout.addWidget(self.speed_label)
        layout.addWidget(self.speed_slider)
        layout.addWidget(self.speed_value)
        layout.addStretch(1)
        layout.addWidget(self.counter)
        self.play_button.clicked.connect(self.playClicked)
        self.step_button.clicked.connect(self.stepClicked)
        self.reset_button.clicked.connect(self.resetClicked)
        self.speed_slider.valueChanged.connect(self._on_speed)
        self._playing = False
        self.set_speed(speed if speed is not None else 0)
        self.retranslate()

    # speed: slider position p in [0, 100): log scale between the bounds; p == 100 means "as fast as possible" (0)
    def speed(self) -> float:
        p = self.speed_slider.value()
        if p >= self.MAX_SPEED_POSITION:
            return 0.0
        lo, hi = (math.log10(s) for s in self._speeds)
        return round(10 ** (lo + (hi - lo) * p / (self.MAX_SPEED_POSITION - 1)), 1)

    def set_speed(self, steps_per_second: float) -> None:
        if steps_per_second <= 0:
            position = self.MAX_SPEED_POSITION
        else:
            lo, hi = (math.log10(s) for s in self._speeds)
            frac = (math.log10(steps_per_second) - lo) / (hi - lo)
            position = round(min(max(frac, 0.0), 1.0) * (self.MAX_SPEED_POSITION - 1))
        self.speed_slider.setValue(position)
        self._show_speed()

    def _on_speed(self, _position: int) -> None:
        self._show_speed()
        self.speedChanged.emit(self.speed())

    def _show_speed(self) -> None:
        s = self.speed()
        self.speed_value.setText(self.tr("max") if s == 0 else self.tr("%1/s").replace("%1", f"{s:g}"))

    def set_playing(self, playing: bool) -> None:
        self._playing = playing
        icon = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def set_counter(self, text: str) -> None:
        self.counter.setText(text)

    def retranslate(self) -> None:
        self.set_playing(self._playing)
        self.play_button.setToolTip(self.tr("Start or pause the run (Space)"))
        self.step_button.setText(self.tr("Step"))
        self.step_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaSeekForward))
        self.step_button.setToolTip(self.tr("Advance by one step (N)"))
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.reset_button.setToolTip(self.tr("Start again from the beginning (R)"))
        self.speed_label.setText(self.tr("Speed"))
        self.speed_slider.setToolTip(self.tr("Steps per second; far right runs as fast as possible"))
        self._show_speed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ColorSwatch(QToolButton):
    """A small square of an optimizer's colour, used as the legend beside its controls."""

    def __init__(self, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(16, 16)
        self.setEnabled(False)
        self.setStyleSheet(f"QToolButton {{ background: {color}; border: 1px solid #333; border-radius: 3px; }}")


EXTRA_LIMITS = {"momentum": (0.0, 0.999), "decay_rate": (0.0, 0.9999), "beta1": (0.0, 0.999),
                "beta2": (0.0, 0.99999)}
"""Bounds of the hyperparameters other than the learning rate (each must stay below 1)."""


class OptimizerControls:
    """One optimizer's row in a grid: colour swatch and check box, learning rate on a log scale, and its other
    hyperparameters (momentum, decay_rate, beta1, beta2) as spin boxes below.

    ``on_change(key, value)`` is called with keys like "Adam.lr" or "Momentum.momentum" (the experiments' live keys);
    ``on_toggle(name, checked)`` when the check box changes. Texts are set by the owning tab's ``retranslate``.
    """

    def __init__(self, parent: QWidget, name: str, color: str, defaults: dict[str, float], grid,
                 row: int, lr_range: tuple[float, float], on_change, on_toggle, bold: bool = False) -> None:
        self.name = name
        self.check = QCheckBox(name, parent)
        self.check.setChecked(True)
        if bold:
            font = self.check.font()
            font.setBold(True)
            self.check.setFont(font)
        self.swatch = ColorSwatch(color, parent)
        self.lr = LogValueControl(defaults["lr"], *lr_range, parent)
        explain(self.lr, "lr")  # tooltip, F1 and What's this from gui/explain.py
        if name in entries():
            explain(self.check, name)
        self.extras: dict[str, pg.SpinBox] = {}
        self.extra_labels: dict[str, QLabel] = {}
        extra_box = QHBoxLayout()
        for field, value in defaults.items():
            if field == "lr":
                continue
            lo, hi = EXTRA_LIMITS[field]
            spin = pg.SpinBox(value=value, bounds=(lo, hi), step=0.01, decimals=5, compactHeight=False)
            spin.setMinimumWidth(80)
            label = QLabel(parent)
            extra_box.addWidget(label)
            extra_box.addWidget(spin)
            self.extras[field] = spin
            self.extra_labels[field] = label
            explain(spin, field)
            explain(label, field)
            spin.sigValueChanged.connect(lambda s, f=field: on_change(hyperparameter_key(name, f), float(s.value())))
        extra_box.addStretch(1)
        head = QHBoxLayout()
        head.addWidget(self.swatch)
        head.addWidget(self.check)
        grid.addLayout(head, 2 * row, 0)
        grid.addWidget(self.lr, 2 * row, 1)
        grid.addLayout(extra_box, 2 * row + 1, 1)
        self.lr.valueChanged.connect(lambda v: on_change(f"{name}.lr", v))
        self.check.toggled.connect(lambda on: on_toggle(name, on))

    def hyperparameters(self) -> dict[str, float]:
        values = {"lr": self.lr.value()}
        values.update({f: float(s.value()) for f, s in self.extras.items()})
        return values

    def set_hyperparameters(self, values: dict[str, float]) -> None:
        if "lr" in values:
            self.lr.setValue(values["lr"])
        for field, spin in self.extras.items():
            if field in values:
                spin.setValue(values[field])

    def retranslate(self) -> None:
        """Name the hyperparameters in the user's language (called by the owning tab's ``retranslate``)."""
        names = {"momentum": QCoreApplication.translate("OptimizerControls", "momentum"),
                 "decay_rate": QCoreApplication.translate("OptimizerControls", "decay"),
                 "beta1": "β₁", "beta2": "β₂"}
        for field, label in self.extra_labels.items():
            label.setText(names[field])


class _FitPanelWidth(QObject):
    """Keeps a scroll area at least as wide as its panel needs, whatever the language, so that a control panel
    never gets a horizontal scroll bar (it scrolls only vertically)."""

    def __init__(self, scroll: QScrollArea, min_width: int) -> None:
        super().__init__(scroll)
        self._scroll = scroll
        self._min_width = min_width
        scroll.widget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            scroll = self._scroll
            need = (watched.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
                    + 2 * scroll.frameWidth())
            scroll.setMinimumWidth(max(self._min_width, need))
        return False


def finish_control_panel(panel: QWidget, layout, owner: QWidget, min_width: int | None = None,
                         frame: bool = True) -> tuple[QLabel, QScrollArea]:
    """End a lab's control panel the same way everywhere: a grey, word-wrapped hint at the bottom (its text is set
    by the lab's ``retranslate``), then the panel in a vertical scroll area owned by ``owner`` that widens to fit
    the panel (never a horizontal scroll bar)."""
    hint = QLabel(panel)
    hint.setWordWrap(True)
    hint.setStyleSheet("color: #555;")
    layout.addWidget(hint)
    layout.addStretch(1)
    scroll = QScrollArea(owner)
    scroll.setWidget(panel)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setProperty("descentControlPanel", True)  # the presenter view folds it away (gui/presenter.py)
    if not frame:
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    _FitPanelWidth(scroll, min_width or 0)
    return hint, scroll

