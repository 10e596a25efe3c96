"""One look for every plot: a projector palette, one font scale, pens, the filled histogram and the linked plot grid.

Font sizes are never written as numbers in the labs: each text has a *role* (``"tick"``, ``"label"``, ``"title"`` ...)
whose size is a fixed ratio of one base size, 11 pt, the application's projector font. ``FONTS.set_base(pt)``
scales every role at once (a presenter mode); the labs read sizes when they build or retranslate their plots.
"""
from __future__ import annotations

import math
import weakref
from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem

OKABE_ITO = {"black": "#000000", "orange": "#E69F00", "sky blue": "#56B4E9", "bluish green": "#009E73",
             "yellow": "#F0E442", "blue": "#0072B2", "vermilion": "#D55E00", "reddish purple": "#CC79A7"}
"""The Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), safe under the common colour-blindnesses."""


@dataclass(frozen=True)
class SeriesStyle:
    """How one optimizer is drawn, so that colour is never the only cue: a colour, a dash pattern (in pen widths,
    Qt's ``setDashPattern``; empty = solid) and a marker (pyqtgraph symbol). A colour under 3:1 on white (WCAG
    contrast ``(L1 + 0.05) / (L2 + 0.05)``) gets a dark ``outline`` drawn under its lines and around its markers."""

    color: str
    dash: tuple[float, ...]
    marker: str
    outline: str | None = None


OPTIMIZER_STYLES = {
    "SGD": SeriesStyle(OKABE_ITO["blue"], (), "o"),                            # 5.2:1
    "Momentum": SeriesStyle(OKABE_ITO["vermilion"], (6, 3), "s"),              # 3.9:1
    "Nesterov": SeriesStyle(OKABE_ITO["reddish purple"], (1, 2), "t"),         # 3.1:1
    "AdaGrad": SeriesStyle(OKABE_ITO["bluish green"], (6, 2, 1, 2), "d"),      # 3.4:1
    "RMSprop": SeriesStyle(OKABE_ITO["orange"], (3, 2), "star", "#4D3500"),    # 2.25:1, outlined (10:1)
    "Adam": SeriesStyle(OKABE_ITO["black"], (10, 2, 1, 2, 1, 2), "t1"),        # 21:1
}
"""One (colour, dash, marker) per optimizer, the same in every tab, plot and legend."""

OPTIMIZER_COLORS = {name: style.color for name, style in OPTIMIZER_STYLES.items()}
"""Each optimizer's colour (see ``OPTIMIZER_STYLES`` for its dash and marker)."""

SERIES_COLORS = ["#0072B2", "#D55E00", "#009E73", "#E69F00", "#CC79A7", "#6A3D9A", "#56B4E9", "#000000"]
"""Colours for series that are not optimizers (init schemes, BN vs plain ...)."""

LINE_WIDTH = 2.5


class FontScale:
    """Point sizes by role, each a fixed ratio of one base size (11 pt: the application font)."""

    BASE = 11.0
    RATIOS = {
        "small": 9 / 11,     # stats under narrow plots
        "tick": 10 / 11,     # axis tick labels, compact titles
        "label": 1.0,        # axis labels, legends, stats, table text
        "heading": 12 / 11,  # titles of small plots, view sub-headings
        "title": 13 / 11,    # plot titles, row headers
        "verdict": 14 / 11,  # a result in one line
        "banner": 15 / 11,   # the heading of a whole view
    }

    def __init__(self, base: float = BASE) -> None:
        self.base = float(base)

    def set_base(self, point_size: float) -> None:
        """Scale every role (e.g. 16 pt for a large lecture hall); plots built afterwards use the new sizes."""
        if not (math.isfinite(point_size) and point_size > 0):
            raise ValueError(f"font size must be positive, got {point_size!r}")
        self.base = float(point_size)

    def pt(self, role: str) -> float:
        """The point size of ``role``, rounded to a half point."""
        return round(self.base * self.RATIOS[role] * 2) / 2

    def css(self, role: str) -> str:
        """The size as pyqtgraph's ``size=``/``font-size`` arguments take it: ``"13pt"``."""
        return f"{self.pt(role):g}pt"

    def font(self, role: str, bold: bool = False) -> QFont:
        font = QFont()
        font.setPointSizeF(self.pt(role))
        font.setBold(bold)
        return font


FONTS = FontScale()
"""The one font scale every lab reads."""


class PenScale:
    """One factor for line widths and marker sizes (1 on a desk; the presenter view thickens them)."""

    def __init__(self) -> None:
        self.scale = 1.0


PENS = PenScale()
"""The one pen scale: ``pen()`` and the optimizer styles multiply widths by it."""


def configure_pyqtgraph() -> None:
    """Dark on white, antialiased. Must run before any plot widget exists: options are read at construction."""
    pg.setConfigOptions(antialias=True, background="w", foreground="k")


def pen(name_or_hex: str, width: float = LINE_WIDTH, alpha: int = 255, style=None) -> pg.QtGui.QPen:
    """A cosmetic pen in an optimizer's colour (by name) or any colour (hex), ``alpha`` 0–255, optional dash style."""
    c = QColor(OPTIMIZER_COLORS.get(name_or_hex, name_or_hex))
    c.setAlpha(alpha)
    p = pg.mkPen(c, width=width * PENS.scale)
    if style is not None:
        p.setStyle(style)
    return p


def optimizer_pen(name: str, width: float = LINE_WIDTH, alpha: int = 255) -> pg.QtGui.QPen:
    """A pen in ``name``'s colour and dash pattern (scaled by the presenter view's ``PENS.scale``)."""
    p = pen(OPTIMIZER_STYLES[name].color, width, alpha)
    if OPTIMIZER_STYLES[name].dash:
        p.setDashPattern(list(OPTIMIZER_STYLES[name].dash))
    return p


def optimizer_outline(name: str, width: float = LINE_WIDTH) -> pg.QtGui.QPen | None:
    """The dark pen drawn under ``name``'s lines (``shadowPen``), or None when its colour has contrast enough."""
    outline = OPTIMIZER_STYLES[name].outline
    return None if outline is None else pen(outline, width + 1.5)


def optimizer_curve(name: str, width: float = LINE_WIDTH, symbol_size: float | None = None) -> dict:
    """``plot()``/``setData`` keywords for ``name``'s curve: dashed pen, outline, and its marker if ``symbol_size``."""
    kwargs = {"pen": optimizer_pen(name, width), "shadowPen": optimizer_outline(name, width)}
    if symbol_size is not None:
        kwargs.update(optimizer_symbol(name, symbol_size))
    return kwargs


def optimizer_symbol(name: str, size: float) -> dict:
    """``symbol``/``symbolSize``/``symbolBrush``/``symbolPen`` keywords: ``name``'s marker, filled, dark-edged."""
    style = OPTIMIZER_STYLES[name]
    return {"symbol": style.marker, "symbolSize": size * PENS.scale, "symbolBrush": pg.mkBrush(style.color),
            "symbolPen": pg.mkPen(style.outline or "#000000", width=1.0)}


def legend_sample(name: str, width: float = LINE_WIDTH, symbol_size: float = 9) -> pg.PlotDataItem:
    """An item never added to a plot, whose only use is a legend entry showing ``name``'s colour, dash and marker
    together (a long path or loss curve draws no markers, but its legend entry should)."""
    return pg.PlotDataItem([], [], **optimizer_curve(name, width, symbol_size))


def tint(color: str, strength: int) -> QColor:
    """``color`` mixed with white, opaque: ``white + (color − white) · strength/255`` per channel (``strength`` 0–255
    like an alpha). Opaque fills paint faster than translucent ones, and on white they look the same."""
    c = pg.mkColor(color)
    a = strength / 255.0
    return pg.mkColor(round(255 + (c.red() - 255) * a), round(255 + (c.green() - 255) * a),
                      round(255 + (c.blue() - 255) * a))


TITLE_ROW_MIN = 30.0
"""pyqtgraph's height for a plot's title row (one line); a wrapped title gets the height of its lines."""


def style_plot(plot: pg.PlotItem, title: str | None = None, x_label: str | None = None,
               y_label: str | None = None, x_units: str | None = None, y_units: str | None = None,
               grid: bool = True) -> None:
    """Readable titles and axis labels for a room: larger text, and a light grid unless ``grid`` is False.

    The grid costs about 20 ms per repaint of a large plot (offscreen raster engine): plots redrawn at 30 frames
    per second while the worker competes for the CPU should go without it.
    """
    if title is not None:
        wrap_title(plot.titleLabel)
        plot.titleLabel._title_of = weakref.ref(plot)
        plot.setTitle(title, size=FONTS.css("title"))
        plot.titleLabel.fitHeight()  # setTitle fixes the title's row at 30 px: one line
    if x_label is not None:
        plot.setLabel("bottom", x_label, units=x_units, **{"font-size": FONTS.css("label")})
        wrap_axis_label(plot.getAxis("bottom"))
    if y_label is not None:
        plot.setLabel("left", y_label, units=y_units, **{"font-size": FONTS.css("label")})
    plot.showGrid(x=grid, y=grid, alpha=0.15)


def wrap_title(label: pg.LabelItem, min_width: float = 80.0, align=Qt.AlignmentFlag.AlignHCenter) -> None:
    """Let a plot's title (or any ``LabelItem``) wrap to the width it is given instead of setting it (pyqtgraph makes
    a label's text width its minimum width: long titles pushed plots out of a 1024 px window). Lines break between
    words only and are centred (or ``align``ed); the label asks for the height its lines take and for
    ``min_width`` px of width (less for a shorter text, more for a longer word)."""
    if getattr(label, "_wraps", False):
        return
    label._wraps = True
    option = label.item.document().defaultTextOption()
    option.setAlignment(align)
    option.setWrapMode(option.WrapMode.WordWrap)
    label.item.document().setDefaultTextOption(option)
    widths: dict[str, tuple[float, float]] = {}

    def natural_widths() -> tuple[float, float]:
        """(width on one line, widest word) of the label's text, measured once per text."""
        html = label.item.toHtml()
        if html not in widths:
            doc = label.item.document().clone()
            doc.setTextWidth(-1)
            one_line = doc.idealWidth()
            doc.setTextWidth(1)
            widths.clear()
            widths[html] = (one_line, doc.idealWidth())
        return widths[html]

    def update_min() -> None:
        natural, word = natural_widths()
        least = max(word, min(min_width, natural))
        height = label.itemRect().height()
        label.setMinimumWidth(least)
        label.setMinimumHeight(height)
        label._sizeHint = {Qt.SizeHint.MinimumSize: (least, height),
                           Qt.SizeHint.PreferredSize: (natural, height),
                           Qt.SizeHint.MaximumSize: (-1, -1), Qt.SizeHint.MinimumDescent: (0, 0)}
        label.updateGeometry()
        if getattr(label, "_title_of", None) is not None:  # a new text: setTitle put the row back to 30 px
            schedule_fit()

    resize = label.resizeEvent

    def fit_height() -> None:
        """As high as the wrapped lines; a plot's title row too (pyqtgraph's ``setTitle`` fixes it at 30 px, and a
        title of three lines was drawn over the top of its plot)."""
        label._fit_pending = False
        if getattr(label, "_fixed_height", False) or not shiboken6.isValid(label):
            return
        height = max(float(math.ceil(label.itemRect().height())), 1.0)
        label._fitted_height = height
        owner = getattr(label, "_title_of", None)
        plot = owner() if owner is not None else None
        if plot is not None and shiboken6.isValid(plot) and label.isVisible():
            row = max(height, TITLE_ROW_MIN)
            label.setMaximumHeight(row)
            plot.layout.setRowFixedHeight(0, row)
        if label.minimumHeight() != height:
            label.setMinimumHeight(height)
            hint = label._sizeHint
            if hint:
                hint[Qt.SizeHint.MinimumSize] = (hint[Qt.SizeHint.MinimumSize][0], height)
                hint[Qt.SizeHint.PreferredSize] = (hint[Qt.SizeHint.PreferredSize][0], height)
            label.updateGeometry()

    def resize_event(event) -> None:
        if not shiboken6.isValid(label.item):  # the scene is being torn down (at exit): nothing to lay out, and
            return                              # an exception here, with Python finalising, is a crash
        width = label.size().width()
        label.item.setTextWidth(width if width > 1 else -1)
        resize(event)
        if math.ceil(label.itemRect().height()) != getattr(label, "_fitted_height", None):
            schedule_fit()

    def schedule_fit() -> None:
        """Fit later, not inside the layout pass that resized the label: changing a row's height there re-enters
        the layout."""
        if not getattr(label, "_fit_pending", False) and not getattr(label, "_fixed_height", False):
            label._fit_pending = True
            timer = getattr(label, "_fit_timer", None)
            if timer is None:  # a child of the label: it goes with it
                timer = label._fit_timer = QTimer(label)
                timer.setSingleShot(True)
                timer.setInterval(0)
                timer.timeout.connect(fit_height)
            timer.start()

    label.updateMin = update_min
    label.fitHeight = fit_height
    label.resizeEvent = resize_event


def fixed_title(label: pg.LabelItem, lines: int = 2, role: str = "small") -> None:
    """A title whose size never depends on its text: ``lines`` lines of the ``role`` font high, as wide as its
    cell, the text wrapped to that width. Setting a new text then repaints the label only; a label that resized with
    its text re-laid out the whole grid (and every panel linked to the one that moved) at each change."""
    wrap_title(label)
    height = lines * QFontMetricsF(FONTS.font(role)).lineSpacing() + 4

    def constant_min() -> None:
        label.setMinimumSize(20, height)
        label.setMaximumHeight(height)
        label._sizeHint = {Qt.SizeHint.MinimumSize: (20, height), Qt.SizeHint.PreferredSize: (20, height),
                           Qt.SizeHint.MaximumSize: (-1, height), Qt.SizeHint.MinimumDescent: (0, 0)}

    label.updateMin = constant_min
    label._fixed_height = True
    constant_min()
    label.updateGeometry()


def wrap_axis_label(axis: pg.AxisItem) -> None:
    """Let a bottom axis's label wrap, centred, to the axis's width, and the axis grow by the lines it takes
    (pyqtgraph draws a label wider than its plot over the neighbouring plot or colour bar)."""
    if getattr(axis, "_label_wraps", False) or axis.orientation != "bottom":
        return
    axis._label_wraps = True
    option = axis.label.document().defaultTextOption()
    option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    option.setWrapMode(option.WrapMode.WordWrap)
    axis.label.document().setDefaultTextOption(option)
    resize = axis.resizeEvent

    def resize_event(event=None) -> None:
        if axis.label is not None:
            height = axis.label.boundingRect().height()
            width = axis.size().width()
            axis.label.setTextWidth(width if width > 1 else -1)
            if axis.label.boundingRect().height() != height:
                axis._updateHeight()
        resize(event)

    axis.resizeEvent = resize_event


def fit_to_view(view: pg.GraphicsView) -> None:
    """Keep ``view``'s central layout as large as the view whenever its minimum size shrinks. pyqtgraph sets the
    layout's geometry only when the view is resized, and Qt widens it to its minimum then: a title that wrapped a
    moment later left the figure wider than its canvas, drawn past the right edge, until the next resize."""
    layout = view.centralWidget
    if getattr(layout, "_fits_view", False):
        return
    layout._fits_view = True
    handle = layout.event

    def event(ev) -> bool:
        done = handle(ev)
        if ev.type() == QEvent.Type.LayoutRequest and shiboken6.isValid(view) and view.centralWidget is layout:
            want = view.range.size().boundedTo(layout.maximumSize()).expandedTo(
                layout.effectiveSizeHint(Qt.SizeHint.MinimumSize))
            if layout.size() != want:
                layout.setGeometry(QRectF(view.range.topLeft(), want))
        return done

    layout.event = event


def wrap_legend(legend: pg.LegendItem, min_width: float = 80.0) -> None:
    """Let every entry of ``legend`` (call after adding them) wrap its text, left-aligned, so the legend asks for at
    most its samples' width plus ``min_width`` px: a legend beside narrow plots must not widen the figure."""
    for _sample, label in legend.items:
        wrap_title(label, min_width, Qt.AlignmentFlag.AlignLeft)
        label.updateMin()


def freeze_plot(plot: pg.PlotItem, tick_role: str = "tick", cache_axes: bool = False) -> None:
    """A figure, not a navigator: no drags, zooms or context menu under a lecturer's mouse; readable ticks; no
    automatic SI prefixes (the labs write their own ×10ᵏ into the axis label). ``cache_axes`` keeps each axis as a
    picture redrawn only when its range or ticks change (for many plots redrawn at every slider move)."""
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setMenuEnabled(False)
    for side in ("bottom", "left"):
        axis = plot.getAxis(side)
        axis.enableAutoSIPrefix(False)
        axis.setStyle(tickFont=FONTS.font(tick_role))
        if cache_axes:
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def filled_histogram(plot: pg.PlotItem, color: str, strength: int = 170, width: float = 1.5) -> pg.PlotDataItem:
    """An empty histogram item in ``plot``: bars filled with ``tint(color, strength)``, outlined in ``color``.
    Feed it with ``setData(edges, heights)`` (len(edges) = len(heights) + 1). Axis-aligned steps need no
    antialiasing; without it the filled paths paint several times faster."""
    return plot.plot([0.0, 1.0], [0.0], stepMode="center", fillLevel=0, brush=tint(color, strength),
                     pen=pen(color, width), antialias=False)


def recolor_histogram(item: pg.PlotDataItem, color: str, strength: int = 170, width: float = 1.5) -> None:
    item.setBrush(tint(color, strength))
    item.setPen(pen(color, width))


def grid_shape(n: int) -> tuple[int, int]:
    """(rows, columns) of a grid of ``n`` panels: ceil(√n) columns, as many rows as needed."""
    cols = max(1, math.ceil(math.sqrt(n)))
    return math.ceil(n / cols), cols


def linked_plots(layout: pg.GraphicsLayout, cells: Sequence[tuple[int, int]], *, link_x: bool = False,
                 link_y: bool = True, inner_y_values: bool = False, inner_axis_width: int = 8,
                 tick_role: str = "tick", cache_axes: bool = False) -> list[pg.PlotItem]:
    """Frozen plots at the (row, col) ``cells`` of ``layout``, their axes linked to the first plot's.

    Plots that are not first in their row hide their y tick values (``inner_y_values`` keeps them) and keep a thin
    axis, so a row of histograms reads as one figure with one scale on its left.
    """
    plots: list[pg.PlotItem] = []
    first_col = {}
    for row, col in cells:
        first_col.setdefault(row, col)
    for row, col in cells:
        plot = layout.addPlot(row=row, col=col)
        freeze_plot(plot, tick_role, cache_axes)
        if plots:
            if link_x:
                plot.setXLink(plots[0])
            if link_y:
                plot.setYLink(plots[0])
        if col != first_col[row] and not inner_y_values:
            plot.getAxis("left").setStyle(showValues=False)
            plot.getAxis("left").setWidth(inner_axis_width)
        plots.append(plot)
    return plots
