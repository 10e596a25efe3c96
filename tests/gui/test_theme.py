"""Descent stays light under a dark system theme: labels, hints and status text keep 4.5:1 contrast (WCAG)."""
import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

from gui.theme import contrast, light_palette, use_light_theme

DARK = {QPalette.ColorRole.Window: "#353535", QPalette.ColorRole.WindowText: "#F0F0F0",
        QPalette.ColorRole.Base: "#252525", QPalette.ColorRole.Text: "#F0F0F0",
        QPalette.ColorRole.Button: "#353535", QPalette.ColorRole.ButtonText: "#F0F0F0",
        QPalette.ColorRole.ToolTipBase: "#202020", QPalette.ColorRole.ToolTipText: "#F0F0F0"}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, value in DARK.items():
        palette.setColor(role, QColor(value))
    return palette


@pytest.fixture
def dark_system(qapp):
    """The app as a dark system theme hands it over; restored afterwards for the other tests."""
    old_palette, old_style = qapp.palette(), qapp.style().name()
    qapp.setPalette(dark_palette())
    yield qapp
    qapp.setStyle(QStyleFactory.create(old_style))
    qapp.setPalette(old_palette)


def test_contrast_formula_matches_known_values():
    assert contrast(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#FFFFFF")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#555555"), QColor("#353535")) == pytest.approx(1.64, abs=0.01)  # grey hint, dark panel


def label_contrast(label) -> float:
    label.ensurePolished()
    palette = label.palette()
    return contrast(palette.color(label.foregroundRole()), palette.color(QPalette.ColorRole.Window))


def make_tab(qtbot):
    from gui.plotstyle import configure_pyqtgraph
    from gui.tabs.race import RaceTab
    configure_pyqtgraph()
    tab = RaceTab()
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_a_dark_system_palette_makes_hints_unreadable_without_the_light_theme(dark_system, qtbot):
    tab = make_tab(qtbot)
    try:
        assert label_contrast(tab.hint) < 3.0  # the problem the light theme solves, reproduced
    finally:
        tab.shutdown()


def test_light_theme_under_a_dark_system_keeps_every_text_readable(dark_system, qtbot):
    use_light_theme(dark_system)
    assert dark_system.style().name().lower() == "fusion"
    tab = make_tab(qtbot)
    try:
        assert label_contrast(tab.hint) >= 4.5
        tab.show_message("running")
        assert label_contrast(tab.status) >= 4.5
        tab.show_message("error", error=True)
        assert label_contrast(tab.status) >= 4.5
        assert label_contrast(tab.surface_label) >= 4.5
        # pyqtgraph's axis labels take the palette's text colour; the plots are white
        axis_text = tab.map.getAxis("bottom").label.defaultTextColor()
        assert contrast(axis_text, QColor("white")) >= 4.5
        check = tab.rows["SGD"].check
        check.ensurePolished()
        assert contrast(check.palette().color(QPalette.ColorRole.WindowText),
                        check.palette().color(QPalette.ColorRole.Window)) >= 4.5
    finally:
        tab.shutdown()


def test_every_text_role_of_the_light_palette_reaches_4_5_to_1():
    p = light_palette()
    R, G = QPalette.ColorRole, QPalette.ColorGroup
    pairs = [(R.WindowText, R.Window), (R.Text, R.Base), (R.ButtonText, R.Button), (R.ToolTipText, R.ToolTipBase),
             (R.HighlightedText, R.Highlight), (R.PlaceholderText, R.Base), (R.Link, R.Base)]
    for text, back in pairs:
        assert contrast(p.color(G.Active, text), p.color(G.Active, back)) >= 4.5, (text, back)
    assert contrast(p.color(G.Disabled, R.Text), p.color(G.Disabled, R.Window)) >= 4.5
