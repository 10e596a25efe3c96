"""The presenter view (F5, View menu; Esc leaves): the plots take the screen, the controls fold away, and a
projector theme draws every plot larger and bolder.

Entering: full screen, the menu bar hidden, each lab's control panel (the scroll area that
``gui.widgets.finish_control_panel`` marks) hidden behind one "Controls" toggle in the corner of the tab bar
(play/pause, step, reset stay in the run bar; the toggle brings back the current lab's panel with the learning rates
and the preset), and the one font scale and pen scale of ``gui/plotstyle.py`` set to ``FONT_FACTOR`` and
``PEN_FACTOR``. Every tab then re-applies its styles through ``ExperimentTab.restyle()``, which rescales each plot
item from the size it had at scale 1 (:func:`restyle_plots`).

The widgets around the plots (run bar, status line, "Controls" toggle, the control panel it brings back, the lecture
banner, the tab titles) get the window's font times ``FONT_FACTOR``, so the control strip is as readable as the plots;
a widget with a font of its own keeps its own size. Tooltips and the F1 / What's-this explanations grow by the same
factor. Leaving puts back exactly what was there: scales, fonts, panels, menu bar, full-screen state.
"""
from __future__ import annotations

import re

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton, QScrollArea, QWidget

from gui.plotstyle import FONTS, PENS, FontScale

FONT_FACTOR = 1.4
"""Plot text on a projector: 11 pt → 15.5 pt (the back row of a lecture hall)."""
PEN_FACTOR = 1.6
"""Lines and markers on a projector: a 2.5 px line → 4 px."""
CONTROL_PANEL = "descentControlPanel"
"""The dynamic property ``finish_control_panel`` sets on a lab's control panel scroll area."""
NORMAL = "_descent_normal"
"""Attribute holding an item's sizes at scale 1, recorded the first time it is restyled."""

_PT = re.compile(r"([0-9.]+)\s*pt")


def _pt(size, default: float) -> float:
    match = _PT.fullmatch(str(size).strip()) if size is not None else None
    return float(match.group(1)) if match else default


def _scaled_font(font: QFont | None, factor: float) -> QFont:
    font = QFont(font) if font is not None else QFont()
    font.setPointSizeF(max(1.0, font.pointSizeF() * factor))
    return font


def _scaled_pen(p, factor: float):
    if p is None:
        return None
    p = pg.mkPen(p)
    if p.widthF() > 0:  # 0 is Qt's one-pixel cosmetic pen: left alone
        p.setWidthF(max(0.5, p.widthF() * factor))
    return p


class _ItemStyle:
    """Record an item's sizes at scale 1 (``current / previous`` factors) and set them at ``font`` / ``pen`` factors.

    Per item type: a label's point size; an axis's tick font, label font size and pen; a curve's pen, outline pen,
    symbol size and symbol pen; a scatter's default size and pen; a text item's font.
    """

    def record(self, item, font_prev: float, pen_prev: float) -> dict | None:
        if isinstance(item, pg.LabelItem):
            return {"size": _pt(item.opts.get("size"), QFont().pointSizeF()) / font_prev}
        if isinstance(item, pg.AxisItem):
            tick = item.style.get("tickFont")
            return {"tick": None if tick is None and font_prev == 1 else _scaled_font(tick, 1 / font_prev),
                    "label": _pt(item.labelStyle.get("font-size"), QFont().pointSizeF()) / font_prev,
                    "pen": _scaled_pen(item.pen(), 1 / pen_prev)}
        if isinstance(item, pg.PlotDataItem):
            o = item.opts
            return {"pen": _scaled_pen(o.get("pen"), 1 / pen_prev),
                    "shadow": _scaled_pen(o.get("shadowPen"), 1 / pen_prev),
                    "symbolSize": o.get("symbolSize", 10) / pen_prev,
                    "symbolPen": _scaled_pen(o.get("symbolPen"), 1 / pen_prev)}
        if isinstance(item, pg.ScatterPlotItem) and not isinstance(item.parentItem(), pg.PlotDataItem):
            return {"size": item.opts["size"] / pen_prev, "pen": _scaled_pen(item.opts.get("pen"), 1 / pen_prev)}
        if isinstance(item, pg.TextItem):
            return {"font": _scaled_font(item.textItem.font(), 1 / font_prev)}
        if isinstance(item, pg.LegendItem):
            return {"size": _pt(item.opts.get("labelTextSize"), QFont().pointSizeF()) / font_prev}
        return None

    def apply(self, item, normal: dict, font: float, pen: float) -> None:
        if isinstance(item, pg.LabelItem):
            item.setText(item.text, size=f"{normal['size'] * font:.3g}pt")
        elif isinstance(item, pg.AxisItem):
            # an axis on the default font goes back to it (None), not to a copy of it
            item.setStyle(tickFont=None if normal["tick"] is None and font == 1 else _scaled_font(normal["tick"], font))
            if item.labelText or item.labelUnits:
                item.labelStyle = {**item.labelStyle, "font-size": f"{normal['label'] * font:.3g}pt"}
                item._updateLabel()
            if normal["pen"] is not None:
                item.setPen(_scaled_pen(normal["pen"], pen))
        elif isinstance(item, pg.PlotDataItem):
            item.setPen(_scaled_pen(normal["pen"], pen))
            item.setShadowPen(_scaled_pen(normal["shadow"], pen))
            item.setSymbolSize(normal["symbolSize"] * pen)
            if normal["symbolPen"] is not None:
                item.setSymbolPen(_scaled_pen(normal["symbolPen"], pen))
        elif isinstance(item, pg.ScatterPlotItem):
            item.setSize(normal["size"] * pen)
            if normal["pen"] is not None:
                item.setPen(_scaled_pen(normal["pen"], pen))
        elif isinstance(item, pg.TextItem):
            item.setFont(_scaled_font(normal["font"], font))
        elif isinstance(item, pg.LegendItem):  # entries added later; those shown are LabelItems, rescaled above
            item.opts["labelTextSize"] = f"{normal['size'] * font:.3g}pt"


def enlarge_widget_fonts(window: QWidget, factor: float) -> dict[QWidget, QFont]:
    """Give ``window`` its font times ``factor``; return the widgets that had to be set one by one, with their fonts.

    Children inherit the window's font, except two kinds: a widget with a font of its own size (``WA_SetFont``; the
    lab sizes those itself in ``restyle``, and their children follow them), and a widget with a style sheet (e.g. a
    grey hint), whose font the style sheet froze at its first polish: its parent grew, it did not. The second kind is
    enlarged here (parents first: ``findChildren`` lists a parent before its children) and gets its font back on
    leaving.
    """
    desk = {w: QFont(w.font()) for w in window.findChildren(QWidget) if not w.isWindow()}
    desk[window] = QFont(window.font())
    window.setFont(_scaled_font(window.font(), factor))
    frozen = {}
    for widget, font in desk.items():
        parent = widget.parentWidget()
        if (widget is window or parent not in desk or font.pointSizeF() <= 0
                or widget.testAttribute(Qt.WidgetAttribute.WA_SetFont)):
            continue
        parent_grew = parent.font().pointSizeF() > desk[parent].pointSizeF()
        if parent_grew and widget.font().pointSizeF() == font.pointSizeF():
            widget.setFont(_scaled_font(font, factor))
            frozen[widget] = font
    return frozen


def restore_widget_fonts(window: QWidget, window_font: QFont | None, frozen: dict[QWidget, QFont]) -> None:
    """Undo :func:`enlarge_widget_fonts` (``window_font`` None: the window inherits the application's font again)."""
    window.setFont(window_font if window_font is not None else QFont())  # QFont(): nothing set, inherit
    for widget, font in frozen.items():
        if shiboken6.isValid(widget):
            widget.setFont(font)


POPUPS = ("QTipLabel", "QWhatsThat")
"""Qt's tooltip and What's-this popups: windows of their own, which take their font from the application by class
name, not from the main window."""


def enlarge_popup_fonts(factor: float) -> dict[str, QFont]:
    """Tooltips and the F1 / What's-this explanations in large type too; returns the fonts to give back."""
    saved = {name: QFont(QApplication.font(name)) for name in POPUPS}
    for name, font in saved.items():
        QApplication.setFont(_scaled_font(font, factor), name)
    return saved


def restore_popup_fonts(saved: dict[str, QFont]) -> None:
    for name, font in saved.items():
        QApplication.setFont(font, name)


def style_factors() -> tuple[float, float]:
    """(font, pen) factors now in force: ``FONTS.base / 11 pt`` and ``PENS.scale``."""
    return FONTS.base / FontScale.BASE, PENS.scale


def restyle_plots(widget: QWidget) -> None:
    """Rescale every plot item under ``widget`` to the factors now in force (see the module docstring).

    An item seen for the first time is taken to have been built at the factors of the widget's last restyle (1
    before any), so items a lab makes while presenting come back to their desk size too.
    """
    font, pen = style_factors()
    font_prev, pen_prev = getattr(widget, "_descent_factors", (1.0, 1.0))
    styler = _ItemStyle()
    for view in widget.findChildren(pg.GraphicsView):
        for item in view.scene().items():
            normal = getattr(item, NORMAL, None)
            if normal is None:
                normal = styler.record(item, font_prev, pen_prev)
                if normal is None:
                    continue
                setattr(item, NORMAL, normal)
            styler.apply(item, normal, font, pen)
    widget._descent_factors = (font, pen)


class PresenterView(QObject):
    """Enter and leave the presenter view of ``window`` (a ``MainWindow``); ``action`` is the checkable F5 action."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._saved: dict | None = None
        self.action = QAction(window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.action.toggled.connect(self.set_active)
        window.addAction(self.action)  # F5 works with the menu bar hidden
        # Esc leaves when no one else took it: a filter on the window sees only the key presses its focused child
        # ignored, so a lab's own Esc (the batch-norm detail's "back") still works; a shortcut would clash with it
        window.installEventFilter(self)
        self.toggles: list[QPushButton] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Presenter view"))
        self.action.setToolTip(self.tr("Plots fill the screen in large type for a projector; Esc leaves"))
        for button in self.toggles:
            button.setText(self.tr("Controls"))
            button.setToolTip(self.tr("Show or hide this lab's controls (learning rates, presets)"))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if (self.active and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self.action.setChecked(False)
            return True
        return super().eventFilter(watched, event)

    @property
    def active(self) -> bool:
        return self._saved is not None

    def set_active(self, on: bool) -> None:
        if on and not self.active:
            self.enter()
        elif not on and self.active:
            self.leave()

    def _tabs(self) -> list[QWidget]:
        tabs = self.window.tabs
        return [tabs.widget(i) for i in range(tabs.count())]

    def enter(self) -> None:
        w = self.window
        panels = {p: p.isVisibleTo(p.parentWidget()) for tab in self._tabs() for p in self._panels(tab)}
        self._saved = {"full": w.isFullScreen(), "maximized": w.isMaximized(), "geometry": w.geometry(),
                       "menu": w.menuBar().isVisibleTo(w), "font": FONTS.base, "pens": PENS.scale,
                       "panels": panels,
                       "window_font": QFont(w.font()) if w.testAttribute(Qt.WidgetAttribute.WA_SetFont) else None}
        FONTS.set_base(FONTS.base * FONT_FACTOR)
        self._saved["frozen_fonts"] = enlarge_widget_fonts(w, FONT_FACTOR)  # the control strip grows too
        self._saved["popup_fonts"] = enlarge_popup_fonts(FONT_FACTOR)
        PENS.scale = PENS.scale * PEN_FACTOR
        for panel in panels:
            panel.hide()
        self._saved["counters"] = self._fit_counters()
        for tab in self._tabs():
            tab.restyle()
        self._add_toggle()
        w.menuBar().hide()
        w.showFullScreen()
        if not self.action.isChecked():
            self.action.setChecked(True)

    def leave(self) -> None:
        saved, self._saved = self._saved, None
        w = self.window
        FONTS.set_base(saved["font"])
        PENS.scale = saved["pens"]
        restore_widget_fonts(w, saved["window_font"], saved["frozen_fonts"])
        restore_popup_fonts(saved["popup_fonts"])
        self._remove_toggle(saved["corner"])
        for panel, visible in saved["panels"].items():
            panel.setVisible(visible)
        for counter, (wraps, alignment) in saved["counters"].items():
            counter.setWordWrap(wraps)
            counter.setAlignment(alignment)
            counter.parentWidget().layout().setStretchFactor(counter, 0)
        for tab in self._tabs():
            tab.restyle()
        w.menuBar().setVisible(saved["menu"])
        if not saved["full"]:
            w.showMaximized() if saved["maximized"] else w.showNormal()
            w.setGeometry(saved["geometry"])  # not restoreGeometry: it may shrink the window to fit a screen
        if self.action.isChecked():
            self.action.setChecked(False)

    def _fit_counters(self) -> dict:
        """In large type a run bar's counter ("epoch 44 / 200 · update 134 / 601 · 2.9 s") may be wider than what a
        1024 px screen leaves it: it wraps, right-aligned, and takes most of the bar's free room, instead of running
        off the screen. Returns what to restore: {counter: (word wrap, alignment)}."""
        saved = {}
        for bar in (getattr(tab, "run_bar", None) for tab in self._tabs()):
            counter = getattr(bar, "counter", None)
            if counter is None or bar.layout() is None:
                continue
            saved[counter] = (counter.wordWrap(), counter.alignment())
            counter.setWordWrap(True)
            counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            bar.layout().setStretchFactor(counter, 3)
        return saved

    @staticmethod
    def _panels(tab: QWidget) -> list[QScrollArea]:
        return [s for s in tab.findChildren(QScrollArea) if s.property(CONTROL_PANEL)]

    def _add_toggle(self) -> None:
        """One checkable "Controls" button in the corner of the tab bar, showing or hiding the current lab's control
        panels. In the tab bar it stays reachable in every lab and view, also where a lab hides its run bar (the
        weight-init histograms have no run)."""
        tabs = self.window.tabs
        self._saved["corner"] = tabs.cornerWidget(Qt.Corner.TopRightCorner)
        button = QPushButton(tabs)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.toggled.connect(self._show_panels)
        tabs.setCornerWidget(button, Qt.Corner.TopRightCorner)
        button.show()  # a child added to a shown widget starts hidden
        self.toggles.append(button)
        tabs.currentChanged.connect(self._sync_toggle)
        self._sync_toggle()
        self.retranslate()

    def _remove_toggle(self, corner: QWidget | None) -> None:
        tabs = self.window.tabs
        tabs.currentChanged.disconnect(self._sync_toggle)
        tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        for button in self.toggles:
            button.hide()
            button.deleteLater()
        self.toggles = []

    def _show_panels(self, on: bool) -> None:
        for panel in self._panels(self.window.tabs.currentWidget()):
            panel.setVisible(on)

    def _sync_toggle(self, _index: int = -1) -> None:
        """The button says whether the current lab's panels are shown (each lab keeps its own choice)."""
        tab = self.window.tabs.currentWidget()
        panels = self._panels(tab) if tab is not None else []
        for button in self.toggles:
            button.blockSignals(True)
            button.setChecked(any(p.isVisibleTo(p.parentWidget()) for p in panels))
            button.setEnabled(bool(panels))
            button.blockSignals(False)
