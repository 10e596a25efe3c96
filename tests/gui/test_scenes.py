"""Scenes through the GUI: every tab round-trips its set-up through a file; bad files change nothing; every lab
reopens as it was left after a restart."""
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.app import make_settings
from gui.main_window import MainWindow
from model.scenes import config_to_dict


def tab_classes():
    from gui.main_window import default_tab_classes

    return {cls.LAB_KEY: cls for cls in default_tab_classes()}


def make_window(qtbot, path, keys=None):
    """A main window with the labs ``keys`` only (all if None): fewer labs, a faster test."""
    classes = None if keys is None else [tab_classes()[k] for k in keys]
    w = MainWindow(make_settings(str(path)), None, tab_classes=classes)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


def focus(qtbot, widget):
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


@pytest.fixture
def window(qtbot, tmp_path):
    w = make_window(qtbot, tmp_path / "s.ini", ["race"])
    yield w
    w.close()


def tab_of(window, key):
    return window.scene_actions.tabs()[key]


def type_into(qtbot, spin, value):
    """Select the spin box's text and type ``value``, then Enter, as a user would."""
    focus(qtbot, spin)
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Return)


# how a user changes each lab, the control that shows it, and how "defaults" look
def change_race(qtbot, tab):
    type_into(qtbot, tab.max_steps, 77)
    tab.rows["Adam"].check.setChecked(False)
    return lambda: (tab.max_steps.value(), tab.rows["Adam"].check.isChecked())


def change_mnist_race(qtbot, tab):
    type_into(qtbot, tab.iterations, 300)
    type_into(qtbot, tab.seed, 7)
    return lambda: (tab.iterations.value(), tab.seed.value())


def change_weight_init(qtbot, tab):
    c = tab.histograms.controls
    c.activation_buttons["relu"].click()
    type_into(qtbot, c.layers_spin, 3)
    type_into(qtbot, tab.mnist.controls.iter_spin, 500)
    tab.view_buttons[tab.MNIST].click()
    return lambda: (c.activation(), c.layers_spin.value(), tab.mnist.controls.iter_spin.value(), tab.current_view())


def change_batchnorm(qtbot, tab):
    c = tab.controls
    type_into(qtbot, c.scales_spin, 4)
    type_into(qtbot, c.epochs_spin, 3)
    return lambda: (c.scales_spin.value(), c.epochs_spin.value())


def change_overfitting(qtbot, tab):
    c = tab.controls
    type_into(qtbot, c.updates, 200)
    type_into(qtbot, c.seed, 5)
    return lambda: (c.updates.value(), c.seed.value())


def change_search(qtbot, tab):
    c = tab.controls
    type_into(qtbot, c.trials, 30)
    c.optimizer.setCurrentIndex(c.optimizer.count() - 1)
    return lambda: (c.trials.value(), c.optimizer.currentIndex())


CHANGES = {"race": change_race, "mnist_race": change_mnist_race, "weight_init": change_weight_init,
           "batchnorm": change_batchnorm, "overfitting": change_overfitting,
           "hyperparameter_search": change_search}


def reset_to_defaults(tab):
    """Put the tab back to its start-up set-up (the scene of a fresh tab of the same class)."""
    fresh = type(tab)(catalog=tab.catalog)
    try:
        scene = fresh.scene()
    finally:
        fresh.shutdown()
        fresh.deleteLater()
    tab.apply_scene(scene)


SLOW = pytest.mark.slow  # a window with an MNIST lab takes 10-20 s on a shared 2-core machine; the fast restart test
# below already round-trips the two-config weight-init lab


@pytest.mark.parametrize("key", ["race"] + [pytest.param(k, marks=SLOW) for k in (
    "mnist_race", "weight_init", "batchnorm", "overfitting", "hyperparameter_search")])
def test_scene_round_trip_through_a_file(qtbot, tmp_path, key):
    window = make_window(qtbot, tmp_path / "s.ini", ["race", key] if key != "race" else ["race", "weight_init"])
    tab = tab_of(window, key)
    window.tabs.setCurrentWidget(tab)
    shown = CHANGES[key](qtbot, tab)
    wanted, configs = shown(), {n: config_to_dict(c) for n, c in tab.current_configs().items()}
    path = window.scene_actions.save_scene(str(tmp_path / "lab.json"))
    assert path and json.loads(Path(path).read_text(encoding="utf-8"))["lab"] == key
    reset_to_defaults(tab)
    assert shown() != wanted
    window.tabs.setCurrentIndex(0 if key != "race" else 1)
    assert window.scene_actions.open_scene(path)
    assert window.current_tab() is tab  # opening a scene switches to its lab
    assert shown() == wanted
    assert {n: config_to_dict(c) for n, c in tab.current_configs().items()} == configs
    assert window.scene_actions.last_message is None
    window.close()


def write(tmp_path, doc):
    path = tmp_path / "bad.json"
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("doc, words", [
    ("{not json", "damaged"),
    ({"format": "something-else", "version": 1}, "not a Descent scene"),
    ({"format": "descent-scene", "version": 99, "lab": "race", "config": {}}, "newer version"),
    ({"format": "descent-scene", "version": 1, "lab": "quantum", "config": {}}, "lab this version"),
    ({"format": "descent-scene", "version": 1, "lab": "race", "config": {"max_steps": -3}}, "'max_steps'"),
])
def test_a_bad_file_is_told_and_changes_nothing(window, qtbot, tmp_path, doc, words):
    tab = tab_of(window, "race")
    type_into(qtbot, tab.max_steps, 55)
    before = tab.scene()
    assert not window.scene_actions.open_scene(write(tmp_path, doc))
    box = window.scene_actions.last_message
    assert box is not None and words in box.text() and "Nothing was changed" in box.text()
    assert tab.scene() == before and tab.max_steps.value() == 55
    box.close()


def test_a_bad_scene_in_a_lecture_is_named_by_number(window, tmp_path):
    good = {"format": "descent-scene", "version": 1, "lab": "race", "config": {}}
    bad = {"format": "descent-scene", "version": 1, "lab": "race", "config": {"start": "far"}}
    path = write(tmp_path, {"format": "descent-lecture", "version": 1, "title": "t", "scenes": [good, bad]})
    assert not window.scene_actions.open_lecture(path)
    text = window.scene_actions.last_message.text()
    assert "Scene 2" in text and "'start'" in text
    assert window.scene_actions.player.lecture is None


def test_unknown_fields_are_reported_and_the_rest_loads(window, tmp_path):
    tab = tab_of(window, "race")
    doc = {"format": "descent-scene", "version": 1, "lab": "race", "config": {"max_steps": 42, "warp": 9},
           "colour": "red"}
    assert window.scene_actions.open_scene(write(tmp_path, doc))
    assert tab.max_steps.value() == 42
    text = window.scene_actions.last_message.text()
    assert "warp" in text and "colour" in text


def test_a_failed_write_is_told(window, tmp_path):
    assert window.scene_actions.save_scene(str(tmp_path / "no" / "such" / "folder.json")) is None
    assert "does not exist" in window.scene_actions.last_message.text()


@pytest.mark.parametrize("keys", [["race", "weight_init"], pytest.param(None, marks=SLOW)])
def test_every_lab_reopens_as_it_was_left(qtbot, tmp_path, capfd, keys):
    path = str(tmp_path / "s.ini")
    first = make_window(qtbot, path, keys)
    keys = keys or list(CHANGES)
    wanted = {}
    for key in keys:
        change = CHANGES[key]
        tab = tab_of(first, key)
        wanted[key] = (change(qtbot, tab)(), tab.scene())
    first.close()
    second = make_window(qtbot, path, keys)
    for key in keys:
        tab = tab_of(second, key)
        assert tab.scene().config == wanted[key][1].config, key
        assert tab.scene().view == wanted[key][1].view, key
        assert not tab.history.can_undo()
    second.close()
    # a damaged stored scene is ignored with a log line; start-up goes on
    settings = make_settings(path)
    settings.setValue("scenes/race", "{broken")
    settings.setValue("scenes/weight_init", json.dumps({"format": "descent-scene", "version": 1,
                                                        "lab": "weight_init", "config": {"training": {"lr": -1}}}))
    settings.sync()
    third = make_window(qtbot, path, ["race", "weight_init"])
    assert tab_of(third, "race").max_steps.value() == 200
    assert tab_of(third, "weight_init").mnist.controls.iter_spin.value() == 2000
    err = capfd.readouterr().err
    assert "race lab is ignored" in err and "weight_init lab is ignored" in err
    third.close()
    QApplication.processEvents()
