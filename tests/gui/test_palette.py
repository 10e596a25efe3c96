"""Colour is never the only cue (issue 11): each optimizer has its own colour, dash pattern and marker, the colours
are Okabe–Ito's, every line reads at 3:1 or more on white (WCAG), and drawn curves carry their dash and marker."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.plotstyle import OKABE_ITO, OPTIMIZER_COLORS, OPTIMIZER_STYLES
from model.optimizers import OPTIMIZERS


def relative_luminance(hex_color: str) -> float:
    """WCAG 2.x: L = 0.2126 R + 0.7152 G + 0.0722 B of the linearised sRGB channels."""
    channels = [int(hex_color.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast_on_white(hex_color: str) -> float:
    return 1.05 / (relative_luminance(hex_color) + 0.05)


def test_wcag_contrast_matches_known_values():
    assert contrast_on_white("#000000") == pytest.approx(21.0)
    assert contrast_on_white("#FFFFFF") == pytest.approx(1.0)
    assert contrast_on_white("#E69F00") == pytest.approx(2.25, abs=0.01)  # the orange the issue measured


def test_every_optimizer_has_a_unique_okabe_ito_colour_dash_and_marker():
    assert set(OPTIMIZER_STYLES) == set(OPTIMIZERS)
    styles = list(OPTIMIZER_STYLES.values())
    assert len({s.color.upper() for s in styles}) == len(styles)
    assert len({s.dash for s in styles}) == len(styles)
    assert len({s.marker for s in styles}) == len(styles)
    okabe_ito = {c.upper() for c in OKABE_ITO.values()}
    assert all(s.color.upper() in okabe_ito for s in styles)
    assert OPTIMIZER_COLORS == {n: s.color for n, s in OPTIMIZER_STYLES.items()}


def test_every_optimizer_line_reads_at_3_to_1_on_white():
    """A colour under 3:1 is drawn with a dark outline, which then carries the contrast."""
    for name, style in OPTIMIZER_STYLES.items():
        edge = style.color if contrast_on_white(style.color) >= 3.0 else style.outline
        assert edge is not None, name
        assert contrast_on_white(edge) >= 3.0, name


def _pattern(qpen) -> tuple[float, ...]:
    return () if qpen.style() == Qt.PenStyle.SolidLine else tuple(qpen.dashPattern())


def test_a_drawn_race_carries_each_optimizers_dash_and_marker(qtbot):
    from gui.tabs.race import RaceTab

    tab = RaceTab()
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.run is not None and tab.run.last_snapshot is not None, timeout=10000)
    tab.step_once()
    qtbot.waitUntil(lambda: all(len(tab.paths[n].xData) >= 2 for n in OPTIMIZERS
                                if tab.rows[n].check.isChecked()), timeout=10000)
    for name, style in OPTIMIZER_STYLES.items():
        path, loss = tab.paths[name], tab.loss_curves[name]
        assert _pattern(path.opts["pen"]) == style.dash, name
        assert _pattern(loss.opts["pen"]) == style.dash, name
        assert path.opts["pen"].color().name().upper() == style.color.upper()
        assert path.opts["symbol"] == style.marker, name  # a short path marks its steps
        assert tab.heads[name].opts["symbol"] == style.marker, name
        sample = tab.legend_samples[name]
        assert sample.opts["symbol"] == style.marker and _pattern(sample.opts["pen"]) == style.dash
        if style.outline:
            assert path.opts["shadowPen"].color().name().upper() == style.outline.upper()
    legend = {label.text: item for item, label in tab.legend.items}
    for name in legend:
        assert legend[name].item is tab.legend_samples[name]
    tab.shutdown()


def test_mnist_race_curves_carry_dash_and_marker(qtbot):
    from gui.training_plots import TrainingCurves
    import pyqtgraph as pg

    widget = pg.GraphicsLayoutWidget()
    qtbot.addWidget(widget)
    curves = TrainingCurves(widget.ci, list(OPTIMIZERS), OPTIMIZER_COLORS)
    for name, style in OPTIMIZER_STYLES.items():
        assert _pattern(curves.smooth[name].opts["pen"]) == style.dash
        assert curves.test[name].opts["symbol"] == style.marker
    legend_items = [item.item for item, _ in curves.loss_legend.items]
    assert [i.opts["symbol"] for i in legend_items] == [s.marker for s in OPTIMIZER_STYLES.values()]
