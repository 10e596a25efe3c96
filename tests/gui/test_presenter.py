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


def test_the_control_strip_grows_with_the_presenter_scale(window, qtbot, tmp_path):
    """Run bar, status line, the "Controls" toggle, the panel it brings back, the tab titles and the lecture banner
    get the projector font (times FONT_FACTOR, a bold counter stays bold); leaving gives the desk sizes back."""
    from gui.scene_files import lecture_path
    from model.scenes import Lecture, dump_lecture, load_lecture

    picked = tuple(s for s in load_lecture(lecture_path("ko").read_bytes()).scenes if s.lab == "race")[:2]
    path = tmp_path / "race.json"
    path.write_text(dump_lecture(Lecture("강의", picked)), encoding="utf-8")
    assert window.scene_actions.open_lecture(str(path))
    banner = window.scene_actions.player.banner
    tab = window.tabs.widget(0)
    bar = tab.run_bar
    strip = {"play": bar.play_button, "speed": bar.speed_label, "counter": bar.counter, "status": tab.status,
             "lr": tab.rows["SGD"].lr, "check": tab.rows["Adam"].check, "hint": tab.hint, "tabs": window.tabs.tabBar(),
             "banner title": banner.title, "banner note": banner.note}
    desk = {name: w.font().pointSizeF() for name, w in strip.items()}
    assert bar.counter.font().bold() and banner.title.font().bold()
    desk_height = bar.sizeHint().height()
    window.fullscreen_action.setChecked(True)  # already full screen: presenting changes the fonts, not the width
    qtbot.waitUntil(lambda: window.isFullScreen())
    window.presenter.action.trigger()
    for name, widget in strip.items():
        assert widget.font().pointSizeF() == pytest.approx(desk[name] * FONT_FACTOR, abs=0.05), name
    assert bar.counter.font().bold() and banner.title.font().bold()
    toggle = window.presenter.toggles[0]
    assert toggle.font().pointSizeF() == pytest.approx(desk["play"] * FONT_FACTOR, abs=0.05)
    assert bar.sizeHint().height() > desk_height  # the buttons grow with their text, not only the glyphs
    counter = bar.counter  # a long counter wraps inside the screen instead of running off its right edge
    long_text = "Epoch 44 / 200 · update 134 / 601 · 2.9 s · Epoch 44 / 200 · update 134 / 601 · 2.9 s"
    tab.counter_text = lambda _snapshot: long_text  # as a lab with a long counter would say it
    tab.step_once()
    qtbot.waitUntil(lambda: counter.text() == long_text)

    def counter_fits():
        assert counter.mapTo(window, counter.rect().topRight()).x() < window.width()
        assert counter.height() >= counter.heightForWidth(counter.width()) > counter.fontMetrics().height()

    qtbot.waitUntil(counter_fits)
    note = banner.note  # the wrapped note is given the height its larger lines need (nothing cut off)
    qtbot.waitUntil(lambda: note.height() >= max(note.heightForWidth(note.width()), note.fontMetrics().height()))
    window.presenter.action.trigger()
    assert not window.presenter.active and window.isFullScreen()
    assert {name: w.font().pointSizeF() for name, w in strip.items()} == desk
    assert bar.counter.font().bold() and not window.testAttribute(Qt.WidgetAttribute.WA_SetFont)
    assert not counter.wordWrap() and bar.layout().stretch(bar.layout().indexOf(counter)) == 0


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_controls_toggle_reaches_every_lab_even_one_without_a_run_bar(qtbot, tmp_path):
    """The weight-init histograms hide the run bar (nothing runs there): the one "Controls" toggle sits in the tab
    bar's corner, acts on the current lab and shows each lab's own choice."""
    from tests.gui.test_scenes import make_window

    window = make_window(qtbot, tmp_path / "s.ini", ["race", "weight_init"])

    def shown(p):  # not hidden by the presenter (the weight-init MNIST panel is on a page not shown now)
        return p.isVisibleTo(p.parentWidget())
    try:
        race, weights = window.tabs.widget(0), window.tabs.widget(1)
        panel = {tab: window.presenter._panels(tab) for tab in (race, weights)}
        window.presenter.action.trigger()
        qtbot.waitUntil(lambda: window.isFullScreen())
        toggle = window.presenter.toggles[0]
        assert window.tabs.cornerWidget(Qt.Corner.TopRightCorner) is toggle and toggle.isVisible()
        qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel[race][0].isVisible())
        window.tabs.setCurrentWidget(weights)
        qtbot.waitUntil(lambda: weights.isVisible())
        assert not weights.run_bar.isVisible()  # the histogram view: no run, no run bar
        assert toggle.isVisible() and not toggle.isChecked()
        assert not any(shown(p) for p in panel[weights])
        qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: all(shown(p) for p in panel[weights]))
        qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not any(shown(p) for p in panel[weights]))
        window.tabs.setCurrentWidget(race)
        assert toggle.isChecked()  # the race's panel is still shown
        qtbot.keyClick(toggle, Qt.Key.Key_Escape)  # the button ignores Esc: the presenter view takes it
        qtbot.waitUntil(lambda: not window.isFullScreen())
        assert window.tabs.cornerWidget(Qt.Corner.TopRightCorner) is None and not window.presenter.toggles
        window.tabs.setCurrentWidget(weights)
        qtbot.waitUntil(lambda: all(shown(p) for p in panel[weights]))  # the desk shows every panel again
    finally:
        if window.presenter.active:
            window.presenter.leave()
        window.close()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")  # offscreen only
def test_tooltips_and_f1_explanations_are_in_large_type_while_presenting(window, qtbot):
    from PySide6.QtWidgets import QApplication, QToolTip, QWhatsThis

    desk_tip, desk_f1 = QToolTip.font().pointSizeF(), QApplication.font("QWhatsThat").pointSizeF()
    window.activateWindow()
    window.presenter.action.trigger()
    assert QToolTip.font().pointSizeF() == pytest.approx(desk_tip * FONT_FACTOR, abs=0.05)
    spin = window.tabs.widget(0).rows["Adam"].extras["beta2"]
    spin.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is spin)
    qtbot.keyClick(spin, Qt.Key.Key_F1)  # the explanation pops up where the lecturer pressed F1
    try:
        popups = [w for w in QApplication.topLevelWidgets()
                  if w.metaObject().className() == "QWhatsThat" and w.isVisible()]
        assert popups and popups[0].font().pointSizeF() == pytest.approx(desk_f1 * FONT_FACTOR, abs=0.05)
    finally:
        QWhatsThis.hideText()
    window.presenter.action.trigger()
    assert QToolTip.font().pointSizeF() == desk_tip
    assert QApplication.font("QWhatsThat").pointSizeF() == desk_f1


QWIDGET_METHODS = ("font", "width", "height", "size", "rect", "pos", "palette", "update", "show", "hide",
                   "isVisible", "parent", "layout", "style", "window")


def test_every_lab_presents_and_no_widget_hides_a_qt_method(qtbot, tmp_path):
    """F5 goes through every widget of the window (fonts enlarged); a widget with an attribute named like a QWidget
    method (a 'font' or 'width' that is a value) broke it with a TypeError. Every lab, in and out of the view."""
    from PySide6.QtWidgets import QWidget

    from tests.gui.test_scenes import make_window
    window = make_window(qtbot, tmp_path / "s.ini")
    try:
        shadowed = [(type(w).__name__, name) for w in window.findChildren(QWidget) for name in QWIDGET_METHODS
                    if not callable(getattr(w, name))]
        assert shadowed == []
        for i in range(window.tabs.count()):
            window.tabs.setCurrentIndex(i)
            window.presenter.action.trigger()
            qtbot.waitUntil(lambda: window.presenter.active)
            window.presenter.leave()
            assert not window.presenter.active
    finally:
        if window.presenter.active:
            window.presenter.leave()
        window.close()
