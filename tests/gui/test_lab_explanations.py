"""Explanations on the overfitting and search controls (issue 11): each control that names a concept carries its
explanation from gui/explain.py (tooltip, What's this, F1), in Korean too; a lab's own "how to use" tooltip stays
under the explanation instead of replacing it."""
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSpinBox

from gui.app import Translations
from gui.data import DataCatalog
from gui.explain import entries, explain, explain_choices, explained_key, explanation, usage_note
from gui.tabs.hyperparameter_search.controls import ALL_OPTIMIZERS, SearchControls
from gui.tabs.overfitting import OverfittingTab

HANGUL = re.compile("[\uac00-\ud7a3]")

OVERFITTING_KEYS = {"overfitting", "weight_decay", "dropout", "lr", "seed", "train_size", "epochs"}
SEARCH_KEYS = {"validation", "search.log_uniform", "search.trials", "epochs", "seed", "lr", "weight_decay",
               "hidden_layers"}


@pytest.fixture
def overfitting(qtbot):
    tab = OverfittingTab()
    qtbot.addWidget(tab)
    yield tab
    tab.shutdown()


@pytest.fixture
def search(qtbot):
    controls = SearchControls(DataCatalog())
    qtbot.addWidget(controls)
    yield controls
    controls.data_box.shutdown()


@pytest.fixture
def korean(qapp):
    translations = Translations(qapp)
    yield translations
    translations.set_language("en")


def _check_explained(pairs: dict, keys: set[str]) -> None:
    assert set(pairs.values()) == keys
    for widget, key in pairs.items():
        html = explanation(key).html()
        assert explained_key(widget) == key
        assert widget.toolTip().startswith(html), key
        assert widget.whatsThis().startswith(html), key


def test_overfitting_controls_carry_their_explanations_and_keep_the_labs_tooltips(overfitting):
    c = overfitting.controls
    _check_explained(c.explained(), OVERFITTING_KEYS)
    assert explained_key(c.lam.spin) == "weight_decay"  # F1 on the spin box inside the slider control
    assert explained_key(c.ratio.slider) == "dropout"
    assert explained_key(c.preset_buttons["fig6_20"]) == "overfitting"
    # the tab's own tooltip (the book's value) follows the explanation
    assert usage_note(c.lam) == "Adds ½λΣ‖W‖² to the loss of the regularized run (the book: 0.1)"
    assert c.lam.toolTip() == explanation("weight_decay").html() + "<p>" + usage_note(c.lam) + "</p>"
    assert "601" in usage_note(c.updates) and "epoch" in explanation("epochs").html().lower()


def test_search_controls_carry_their_explanations_and_the_optimizer_box_explains_its_choice(search):
    _check_explained(search.explained(), SEARCH_KEYS)
    assert "10^-6" in usage_note(search.lr_lo) and search.lr_lo.toolTip().endswith("</p>")
    assert explained_key(search.n_data) == "validation" and "20%" in usage_note(search.n_data)  # the split
    box = search.optimizer
    box.setCurrentIndex(box.findData("Adam"))
    assert explained_key(box) == "Adam" and box.toolTip().startswith(explanation("Adam").html())
    assert box.itemData(box.findData("Momentum"), Qt.ItemDataRole.ToolTipRole) == explanation("Momentum").html()
    box.setCurrentIndex(box.findData(ALL_OPTIMIZERS))  # no concept of its own: the usage note alone, not Adam's
    assert explained_key(box) is None and box.toolTip() == usage_note(box) and "SGD" in box.toolTip()


def test_the_explanations_are_in_korean(overfitting, search, korean, qtbot):
    english = {w: w.toolTip() for w in list(search.explained()) + list(overfitting.controls.explained())}
    assert korean.set_language("ko")
    qtbot.waitUntil(lambda: all(w.toolTip() != tip for w, tip in english.items()))
    for pairs in (overfitting.controls.explained(), search.explained()):
        for widget, key in pairs.items():
            title, text, _section = entries()[key]
            shown = explanation(key)
            assert shown.title != title and shown.text != text, key  # translated, not the English source
            assert HANGUL.search(shown.title) and HANGUL.search(shown.text), key
            assert widget.toolTip().startswith(shown.html()), key
    assert "가중치 감소" in overfitting.controls.lam.toolTip() and "드롭아웃" in overfitting.controls.ratio.toolTip()
    assert HANGUL.search(usage_note(overfitting.controls.lam))  # the tab's note came back in Korean too


def test_a_tooltip_set_after_the_explanation_becomes_its_usage_note(qtbot):
    spin = QSpinBox()
    qtbot.addWidget(spin)
    spin.setToolTip("set before")
    explain(spin, "seed")
    html = explanation("seed").html()
    assert spin.toolTip() == html + "<p>set before</p>" == spin.whatsThis()
    spin.setToolTip("Drag <or> type")
    assert spin.toolTip() == html + "<p>Drag &lt;or&gt; type</p>"
    spin.setToolTip("")
    assert spin.toolTip() == html and usage_note(spin) == ""
    from PySide6.QtWidgets import QComboBox
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("SGD", "SGD")
    combo.addItem("mine", "mine")
    explain_choices(combo, {"SGD": "SGD"})
    combo.setToolTip("pick one")
    assert combo.toolTip() == explanation("SGD").html() + "<p>pick one</p>"
    combo.setCurrentIndex(1)
    assert combo.toolTip() == "pick one"


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)")
def test_f1_on_a_focused_overfitting_control_explains_it(qtbot, tmp_path):
    from tests.gui.test_scenes import focus, make_window

    window = make_window(qtbot, tmp_path / "s.ini", ["overfitting"])
    try:
        spin = window.current_tab().controls.ratio.spin
        focus(qtbot, spin)
        qtbot.keyClick(spin, Qt.Key.Key_F1)
        assert window.help_actions.last_shown == explanation("dropout")
    finally:
        from PySide6.QtWidgets import QWhatsThis
        QWhatsThis.hideText()
        window.close()
    assert QApplication.instance() is not None
