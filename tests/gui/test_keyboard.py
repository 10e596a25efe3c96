"""The lab keys (gui/keyboard.py): Space plays unless the focused control uses Space itself; Ctrl+Space always plays."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.tabs.race import RaceTab


@pytest.fixture
def tab(qtbot):
    from gui.plotstyle import configure_pyqtgraph
    configure_pyqtgraph()
    t = RaceTab()
    qtbot.addWidget(t)
    t.resize(1300, 850)
    t.show()
    qtbot.waitExposed(t)
    t.activateWindow()
    qtbot.waitUntil(lambda: t.run is not None and t.run.last_snapshot is not None)
    t.run_bar.set_speed(20)
    yield t
    t.shutdown()


def focus(qtbot, widget):
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_a_focused_check_box_button_or_field_keeps_space(tab, qtbot):
    check = tab.rows["Adam"].check
    assert check.isChecked()
    focus(qtbot, check)
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert not check.isChecked()
    assert not tab.paths["Adam"].isVisible()  # the tab reacted to the tick as to a click
    assert not tab.is_playing
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert check.isChecked()
    assert not tab.is_playing

    tab.max_steps.setValue(50)
    focus(qtbot, tab.defaults_button)
    with qtbot.waitSignal(tab.defaults_button.clicked, timeout=2000):
        qtbot.keyClick(tab.defaults_button, Qt.Key.Key_Space)
    assert tab.max_steps.value() == 200  # "Default settings" ran
    assert not tab.is_playing

    tab.surface_combo.setCurrentIndex(tab.surface_combo.findData("custom"))
    edit = tab.formula_edit
    focus(qtbot, edit)
    edit.setText("x")
    edit.end(False)
    qtbot.keyClick(edit, Qt.Key.Key_Space)
    assert edit.text() == "x "
    assert not tab.is_playing


def test_space_on_the_plot_and_ctrl_space_anywhere_play_and_pause(tab, qtbot):
    focus(qtbot, tab.plots)
    qtbot.keyClick(tab.plots, Qt.Key.Key_Space)
    assert tab.is_playing
    qtbot.waitUntil(lambda: tab.run.last_snapshot.step >= 2)
    qtbot.keyClick(tab.plots, Qt.Key.Key_Space)
    assert not tab.is_playing

    check = tab.rows["SGD"].check
    focus(qtbot, check)
    qtbot.keyClick(check, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert tab.is_playing
    assert check.isChecked()
    qtbot.keyClick(check, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert not tab.is_playing
