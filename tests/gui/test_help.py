"""Help: explanations on controls (tooltip, F1, What's this), the shortcut sheet made from the live keys, lab info."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWhatsThis

from gui.app import make_settings
from gui.explain import entries, explain, explained_key, explanation
from gui.help import LABS, lab_info
from gui.main_window import MainWindow
from gui.tabs.race import RaceTab

CONCEPTS = ["lr", "SGD", "Momentum", "Nesterov", "AdaGrad", "RMSprop", "Adam", "momentum", "decay_rate", "beta1",
            "beta2", "epsilon", "surface.book", "surface.rosenbrock", "surface.beale", "surface.himmelblau",
            "surface.saddle", "activation.sigmoid", "activation.tanh", "activation.relu", "init.0.01",
            "init.xavier", "init.he", "weight_scale", "batchnorm", "batch_size", "hidden_layers", "seed", "dropout",
            "weight_decay", "validation", "search.log_uniform"]


@pytest.fixture
def window(qtbot, tmp_path):
    from gui.plotstyle import configure_pyqtgraph
    configure_pyqtgraph()
    w = MainWindow(make_settings(str(tmp_path / "s.ini")), None, tab_classes=[RaceTab])
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    tab = w.current_tab()
    qtbot.waitUntil(lambda: tab.run is not None and tab.run.last_snapshot is not None)
    yield w
    QWhatsThis.hideText()
    w.close()


def test_every_concept_the_issue_names_has_an_explanation_with_what_to_expect():
    table = entries()
    for key in CONCEPTS:
        title, text, section = table[key]
        assert title and len(text) > 60, key
    assert "1,000 steps" in explanation("beta2").text  # beta2 = 0.999 remembers about 1/(1 - 0.999) steps
    assert explanation("weight_decay").section == "6.4.2"
    assert "§6.1.6" in explanation("beta1").html()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")  # offscreen only
def test_optimizer_rows_carry_their_explanations_and_f1_shows_the_focused_one(window, qtbot):
    tab = window.current_tab()
    adam = tab.rows["Adam"]
    beta2 = adam.extras["beta2"]
    assert beta2.toolTip() == explanation("beta2").html()
    assert beta2.whatsThis() == explanation("beta2").html()
    assert adam.lr.toolTip() == explanation("lr").html()
    assert tab.rows["RMSprop"].extras["decay_rate"].toolTip() == explanation("decay_rate").html()
    assert adam.check.toolTip() == explanation("Adam").html()
    # the surface box explains the chosen surface, and each item in its list
    tab.surface_combo.setCurrentIndex(tab.surface_combo.findData("saddle"))
    assert tab.surface_combo.toolTip() == explanation("surface.saddle").html()
    index = tab.surface_combo.findData("rosenbrock")
    assert tab.surface_combo.itemData(index, Qt.ItemDataRole.ToolTipRole) == explanation("surface.rosenbrock").html()

    beta2.setFocus()
    qtbot.waitUntil(lambda: explained_key(QApplication.focusWidget()) == "beta2")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    assert window.help_actions.last_shown == explanation("beta2")
    QWhatsThis.hideText()  # the popup closes on the next key anyway
    # F1 on the plot (no concept) tells which part of the book the lab covers
    tab.plots.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.plots)
    qtbot.keyClick(tab.plots, Qt.Key.Key_F1)
    assert "6.1.7" in window.help_actions.last_shown and "6-8" in window.help_actions.last_shown
    for box in QApplication.topLevelWidgets():
        if box.metaObject().className() == "QMessageBox":
            box.close()


def test_explanations_follow_the_language(qtbot, qapp):
    from PySide6.QtWidgets import QSpinBox

    from gui.app import Translations
    spin = QSpinBox()
    qtbot.addWidget(spin)
    explain(spin, "beta2")
    english = spin.toolTip()
    translations = Translations(qapp)
    try:
        assert translations.set_language("ko")
        qtbot.waitUntil(lambda: spin.toolTip() != english)
        assert "β₂" in spin.toolTip() and "1,000" in spin.toolTip() and "스텝" in spin.toolTip()
    finally:
        translations.set_language("en")
    qtbot.waitUntil(lambda: spin.toolTip() == english)


def test_help_menu_whats_this_the_shortcut_sheet_from_live_keys_and_the_labs_book_sections(window):
    assert window.help_actions.whats_this_action in window.help_menu.actions()
    window.help_actions.whats_this_action.trigger()
    assert QWhatsThis.inWhatsThisMode()
    QWhatsThis.leaveWhatsThisMode()

    # the shortcut sheet is made from the live actions and shortcuts, so a new key appears in it
    extra = QAction("Something new", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+J"))
    window.addAction(extra)
    sheet = window.help_actions.show_shortcuts()
    try:
        keys = set(sheet.keys())
        expected = set()
        for action in window.findChildren(QAction):
            expected |= {s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()}
        for shortcut in window.findChildren(QShortcut):
            expected.add(shortcut.key().toString(QKeySequence.SequenceFormat.NativeText))
        expected.discard("")
        assert expected <= keys
        assert {"Space", "Ctrl+Space", "N", "R", "Ctrl+C", "F1", "Ctrl+Alt+J"} <= keys
        texts = {(key, what) for _, key, what in sheet.rows}
        assert ("Space", "Play or pause the run") in texts
        assert ("Ctrl+Alt+J", "Something new") in texts
    finally:
        sheet.close()

    # each lab: its book section and figures, and an entry in the Help menu
    from gui.main_window import default_tab_classes
    for cls in default_tab_classes():
        assert cls.__name__ in LABS
    assert lab_info(window.current_tab())[:2] == ("6.1.7", "6-8")
    texts = [a.text() for a in window.help_actions.labs_menu.actions()]
    assert texts == ["Optimizer race (2-D) (§6.1.7)"]
