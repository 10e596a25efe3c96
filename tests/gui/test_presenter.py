"""The presenter view (issue 11): F5 folds the controls, hides the menu bar, goes full screen and draws the plots
larger from the one font and pen scale; Esc puts back exactly what was there."""
from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QSettings, Qt

from gui.plotstyle import FONTS, PENS
from gui.presenter import FONT_FACTOR, PEN_FACTOR


@pytest.fixture
def window(qtbot, tmp_path):
    from gui.main_window import MainWindow
    from gui.settings import Settings

    from gui.tabs.race import RaceTab

    w = MainWindow(Settings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), tab_classes=[RaceTab])
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.presenter.active:  # the font and pen scales are shared: never leave them enlarged for other tests
        w.presenter.leave()
    w.shutdown()


def _race_looks(tab):
    heads = tab.heads["SGD"]
    return {"title": tab.map.titleLabel.opts["size"], "axis": tab.map.getAxis("bottom").labelStyle["font-size"],
            "tick": _tick_pt(tab.map.getAxis("bottom")),
            "path": tab.paths["Momentum"].opts["pen"].widthF(), "dash": list(tab.paths["Momentum"].opts["pen"].dashPattern()),
            "loss": tab.loss_curves["Adam"].opts["pen"].widthF(), "head": heads.opts["size"],
            "marker": tab.paths["Nesterov"].opts["symbolSize"],
            "outline": tab.paths["RMSprop"].opts["shadowPen"].widthF(),
            "legend": [label.opts["size"] for _, label in tab.legend.items]}


def _tick_pt(axis):
    font = axis.style["tickFont"]
    return None if font is None else font.pointSizeF()


def _pt(css: str) -> float:
    return float(css.removesuffix("pt"))


def test_f5_presents_and_esc_restores_everything(window, qtbot):
    tab = window.tabs.widget(0)
    panels = [tab.findChild(pg.QtWidgets.QScrollArea)]
    assert panels[0].property("descentControlPanel") and panels[0].isVisible()
    before, size, base = _race_looks(tab), window.size(), FONTS.base
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.isFullScreen())
    assert not window.menuBar().isVisible() and not panels[0].isVisible()
    assert FONTS.base == pytest.approx(base * FONT_FACTOR) and PENS.scale == pytest.approx(PEN_FACTOR)
    big = _race_looks(tab)
    assert _pt(big["title"]) == pytest.approx(_pt(before["title"]) * FONT_FACTOR, abs=0.06)
    assert _pt(big["axis"]) == pytest.approx(_pt(before["axis"]) * FONT_FACTOR, abs=0.06)
    desk_tick = before["tick"] if before["tick"] is not None else pg.QtGui.QFont().pointSizeF()
    assert big["tick"] == pytest.approx(desk_tick * FONT_FACTOR, abs=0.06)
    assert big["path"] == pytest.approx(before["path"] * PEN_FACTOR)
    assert big["loss"] == pytest.approx(before["loss"] * PEN_FACTOR)
    assert big["head"] == pytest.approx(before["head"] * PEN_FACTOR)
    assert big["marker"] == pytest.approx(before["marker"] * PEN_FACTOR)
    assert big["outline"] == pytest.approx(before["outline"] * PEN_FACTOR)
    assert big["dash"] == before["dash"]  # the dash pattern is in pen widths: it scales with the line
    assert all(_pt(b) > _pt(a) for a, b in zip(before["legend"], big["legend"]))
    # the essential controls stay reachable: the run bar, and a toggle that brings back the lab's panel
    assert tab.run_bar.play_button.isVisible()
    toggle = window.presenter.toggles[0]
    assert toggle.isVisible() and toggle.text()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panels[0].isVisible())
    assert tab.rows["SGD"].lr.isVisible() and tab.preset_button.isVisible()
    qtbot.keyClick(tab.run_bar.play_button, Qt.Key.Key_Escape)  # a child that ignores Esc passes it on
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.menuBar().isVisible() and panels[0].isVisible() and not window.presenter.toggles
    assert FONTS.base == base and PENS.scale == 1.0
    assert _race_looks(tab) == before
    qtbot.waitUntil(lambda: window.size() == size)
    assert not window.presenter.action.isChecked()


def test_presenter_keeps_full_screen_when_it_was_full_screen(window, qtbot):
    window.fullscreen_action.setChecked(True)
    qtbot.waitUntil(lambda: window.isFullScreen())
    window.presenter.action.trigger()
    window.presenter.action.trigger()
    assert window.isFullScreen() and window.menuBar().isVisible()


def test_plots_made_while_presenting_come_back_to_desk_size(window, qtbot):
    """A curve drawn while presenting (built at the large scale) is rescaled to the desk size on leaving."""
    tab = window.tabs.widget(0)
    window.presenter.action.trigger()
    from gui.plotstyle import pen

    curve = tab.loss_plot.plot([0, 1], [1, 2], pen=pen("#000000", 2.0))
    assert curve.opts["pen"].widthF() == pytest.approx(2.0 * PEN_FACTOR)
    window.presenter.action.trigger()
    assert curve.opts["pen"].widthF() == pytest.approx(2.0)
