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


GENERIC = ("No description given", "Used by this lab (see its hint line)")
"""The shortcut sheet's fallbacks (gui/help.py, context "ShortcutSheet"): a key that shows one is undescribed."""


def _undescribed(window):
    from PySide6.QtCore import QCoreApplication

    from gui.help import shortcut_rows

    generic = {QCoreApplication.translate("ShortcutSheet", text) for text in GENERIC}
    return [row for row in shortcut_rows(window) if not row[2].strip() or row[2] in generic]


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_every_key_of_every_lab_and_the_lecture_is_described_in_both_languages(qtbot, tmp_path, qapp):
    """Walks every QAction and QShortcut of the window with all labs and a lecture open (its Page Up / Page Down
    enabled): each key in the shortcut sheet says what it does, and says it in Korean too."""
    import re

    from PySide6.QtGui import QAction, QKeySequence, QShortcut

    from gui.app import Translations
    from gui.help import shortcut_rows
    from tests.gui.test_scenes import make_window

    window = make_window(qtbot, tmp_path / "s.ini")
    translations = Translations(qapp)
    try:
        assert window.scene_actions.open_chapter6()
        keys = {QKeySequence(k) for k in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)}
        lecture_keys = [sc for sc in window.findChildren(QShortcut) if sc.key() in keys and sc.isEnabled()]
        assert len(lecture_keys) == 2  # the lecture's; the batch-norm panel's are muted while it is open
        registered = {sc.key().toString(QKeySequence.SequenceFormat.NativeText)
                      for sc in window.findChildren(QShortcut)}
        registered |= {s.toString(QKeySequence.SequenceFormat.NativeText)
                       for a in window.findChildren(QAction) for s in a.shortcuts()}
        english = shortcut_rows(window)
        assert {key for _, key, _ in english} == registered - {""}
        assert _undescribed(window) == []
        assert ("Window", "PgDown", "Next scene of the open lecture") in english
        assert translations.set_language("ko")
        qtbot.waitUntil(lambda: dict((k, t) for _, k, t in shortcut_rows(window)).get("PgDown")
                        == "열린 강의의 다음 장면")
        assert _undescribed(window) == []
        hangul = re.compile("[\uac00-\ud7a3]")
        assert [row for row in shortcut_rows(window) if not hangul.search(row[2])] == []
    finally:
        translations.set_language("en")
        window.close()
