"""Undo/redo of parameter changes per tab: a typed spin-box value, "Default settings", a burst coalesced."""
import pytest
from PySide6.QtCore import Qt

from gui.undo import SceneHistory
from model.scenes import Scene
from tests.gui.test_scenes import focus, make_window, type_into


def scene(**config):
    return Scene("race", config)


def test_history_coalesces_a_burst_of_one_control_only():
    now = [0.0]
    h = SceneHistory(clock=lambda: now[0])
    h.record(scene(a=1))
    h.record(scene(a=2), burst_key="spin")
    now[0] = 0.5
    h.record(scene(a=3), burst_key="spin")  # same spin box within 1 s: one step
    assert [s.config for s in h.undo_stack] == [{"a": 1}]
    now[0] = 0.7
    h.record(scene(a=3, b=1))  # a button (no burst key) right after: its own step
    assert h.undo().config == {"a": 3} and h.undo().config == {"a": 1} and h.undo() is None
    assert h.redo().config == {"a": 3}
    h.record(scene(a=9))
    assert not h.can_redo()  # a new change forgets what could be redone


def test_undo_redo_a_typed_value_and_default_settings(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path / "s.ini", ["race"])
    tab = window.current_tab()
    type_into(qtbot, tab.max_steps, 75)
    assert tab.max_steps.value() == 75
    qtbot.mouseClick(tab.defaults_button, Qt.MouseButton.LeftButton)
    assert tab.max_steps.value() == 200
    focus(qtbot, tab.plots)
    qtbot.keyClick(tab.plots, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo "Default settings"
    assert tab.max_steps.value() == 75
    window.scene_actions.undo_action.trigger()  # undo the typed value
    assert tab.max_steps.value() == 200
    qtbot.keyClick(tab.plots, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert tab.max_steps.value() == 75
    window.scene_actions.redo_action.trigger()
    assert tab.max_steps.value() == 200
    # a focused text field keeps Ctrl+Z for its own undo
    tab.formula_edit.setEnabled(True)
    focus(qtbot, tab.formula_edit)
    qtbot.keyClicks(tab.formula_edit, "+1")
    qtbot.keyClick(tab.formula_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.max_steps.value() == 200 and tab.formula_edit.text() == "sin(x)*y + x**2/10"
    window.close()


def test_undo_in_a_search_tab_whose_first_change_makes_its_ranges_invalid(qtbot, tmp_path):
    """Found by the monkey: the search's learning-rate range typed upside down (10^0 to 10^-2) as the very first
    change, then Undo: an uncaught ValueError. The tab remembers its config classes once built, so Undo brings the
    valid range back."""
    window = make_window(qtbot, tmp_path / "s.ini", ["hyperparameter_search"])
    tab = window.current_tab()
    qtbot.waitUntil(lambda: getattr(tab, "_last_config_types", None) is not None)
    lo = tab.controls.lr_lo
    type_into(qtbot, lo, 0)
    assert lo.value() == 0 and tab.controls.lr_hi.value() == -2
    window.scene_actions.undo_action.trigger()  # raised before the fix
    assert lo.value() == -6
    window.close()


def test_a_tab_never_valid_reports_a_scene_error_not_a_crash(qtbot, tmp_path):
    from model.scenes import SceneError

    window = make_window(qtbot, tmp_path / "s.ini", ["hyperparameter_search"])
    tab = window.current_tab()
    tab._last_config_types = None  # as if it had never been valid
    tab.controls.lr_lo.setValue(0)
    with pytest.raises(SceneError):
        tab.read_scene(Scene(lab=tab.LAB_KEY, config={}))
    window.close()
