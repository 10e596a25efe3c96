"""The weight-initialization tab driven as a user would: radio buttons, the custom-std slider, spin boxes, the
book presets, the MNIST training view with live changes, shortcuts, export and Korean."""
import re

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from gui.tabs.weight_init import WeightInitTab


@pytest.fixture
def tab(qtbot):
    from gui.plotstyle import configure_pyqtgraph
    configure_pyqtgraph()
    t = WeightInitTab()
    qtbot.addWidget(t)
    t.resize(1500, 900)
    t.show()
    qtbot.waitExposed(t)
    yield t
    t.shutdown()


def percents(text):
    return [float(p) for p in re.findall(r"(\d+(?:\.\d+)?)%", text)]


def click(qtbot, widget):
    """Click a button; radio buttons and check boxes on their indicator (their centre may be past the text)."""
    from PySide6.QtWidgets import QAbstractButton, QPushButton
    pos = widget.rect().center()
    if isinstance(widget, QAbstractButton) and not isinstance(widget, QPushButton):
        pos = QPoint(8, widget.height() // 2)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def choose(qtbot, hist, activation, std):
    """Click an activation and a weight std radio button; wait for the picture to be recomputed."""
    with qtbot.waitSignal(hist.computed, timeout=30000):
        click(qtbot, hist.controls.activation_buttons[activation])
        click(qtbot, hist.controls.std_buttons[std])


def type_into_spin(qtbot, spin, value):
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Return)


# --------------------------------------------------------------------------------------------------- histograms


def test_sigmoid_std1_is_u_shaped_with_saturation_at_both_ends(tab, qtbot):
    hist = tab.histograms
    choose(qtbot, hist, "relu", "he")  # start elsewhere, so the next clicks must really recompute
    choose(qtbot, hist, "sigmoid", "1")
    assert hist.snapshot.config.activation == "sigmoid" and hist.snapshot.scale == 1.0
    _, heights = hist.figure.act_rows[0].bars.getData()
    middle = heights[len(heights) // 2 - 3: len(heights) // 2 + 3].max()
    assert heights[0] > 10 * middle and heights[-1] > 10 * middle
    assert heights[0] == pytest.approx(36.7, abs=1.0)  # the book's stream, seed 0
    text = hist.figure.act_rows[0].label.text()
    assert "saturated" in text
    low, high = percents(text)[-2:]
    assert 32 < low < 38 and 32 < high < 38
    assert not hist.figure.act_rows[0].zero_bar.isVisible()


def test_relu_he_shows_zero_spike_apart_and_stable_std(tab, qtbot):
    hist = tab.histograms
    choose(qtbot, hist, "relu", "he")
    for lp, stats in zip(hist.figure.act_rows, hist.snapshot.activations):
        assert lp.zero_bar.isVisible()
        assert 45 < percents(lp.zero_text.toPlainText())[0] < 55
        assert 45 < percents(lp.label.text())[-1] < 55
        _, heights = lp.bars.getData()
        assert heights.sum() == pytest.approx(100 * (1 - stats.frac_zero), abs=0.5)  # zeros are not in the bars
        std = float(re.search(r"std (\S+)", lp.label.text()).group(1))
        assert 0.75 <= std <= 1.05
    _, zero_height = hist.figure.act_rows[0].zero_bar.getData()
    assert zero_height[0] <= hist.figure.act_rows[0].plot.viewRange()[1][1]  # clipped to the plot, not flattening it
    assert hist.figure.grad_rows[0].label.text().startswith("std ")


def test_histograms_draw_the_snapshots_numbers(tab, qtbot):
    """Every item of the histogram figure read back and compared with the model's snapshot, the He scale with the
    book's formula √(2/n): a swapped row or series, a wrong share or a wrong formula fails here."""
    from gui.format import fmt_count, fmt_number, fmt_percent
    hist = tab.histograms
    choose(qtbot, hist, "relu", "he")
    snap, n = hist.snapshot, hist.controls.units_spin.value()
    assert snap.scale == pytest.approx((2.0 / n) ** 0.5)  # He, by hand: n = 100 inputs per unit
    assert fmt_number((2.0 / n) ** 0.5) in hist.controls.std_value.text()
    assert fmt_number((2.0 / n) ** 0.5) in hist.info.text()
    assert fmt_count(snap.config.n_samples * n) in hist.info.text()
    for rows, stats in ((hist.figure.act_rows, snap.activations), (hist.figure.grad_rows, snap.gradients)):
        for lp, s in zip(rows, stats):
            edges, heights = lp.bars.getData()
            assert np.allclose(heights, 100.0 * s.counts / s.n_values)
            assert f"std {fmt_number(s.std)}" in lp.label.text()
    for lp, s in zip(hist.figure.act_rows, snap.activations):
        assert fmt_percent(s.frac_zero) in lp.zero_text.toPlainText() and fmt_percent(s.frac_zero) in lp.label.text()
        top = lp.plot.viewRange()[1][1]
        assert lp.zero_bar.getData()[1][0] == pytest.approx(min(100.0 * s.frac_zero, top), rel=0.02)
    assert np.allclose(hist.figure.act_std_curve.yData, snap.activation_stds)
    assert np.allclose(hist.figure.grad_std_curve.yData, snap.gradient_stds)


def test_dragging_the_custom_std_slider_redraws_with_the_new_std(tab, qtbot):
    hist = tab.histograms
    choose(qtbot, hist, "tanh", "xavier")
    count = []
    hist.computed.connect(lambda: count.append(1))
    slider = hist.controls.custom_std.slider
    with qtbot.waitSignal(hist.computed, timeout=30000):
        for position in range(slider.value(), slider.value() - 40, -4):  # a drag: many moves in one burst
            slider.setValue(position)
    assert len(count) == 1  # coalesced: one recomputation for the whole burst
    assert hist.controls.std_buttons["custom"].isChecked()
    value = hist.controls.custom_std.value()
    assert value == pytest.approx(10 ** (slider.value() / 40), rel=0.01) and value < 0.05
    assert hist.snapshot.scale == pytest.approx(value)
    tanh_std1 = float(re.search(r"std (\S+)", hist.figure.act_rows[0].label.text()).group(1))
    assert tanh_std1 == pytest.approx(hist.snapshot.activations[0].std, rel=0.01)
    assert tanh_std1 < 0.6  # a small std: the first layer no longer saturates
    assert "%.3g" % value in hist.controls.std_value.text() or f"{value:.3g}" in hist.controls.std_value.text()


def test_layers_spin_box_changes_the_number_of_plots(tab, qtbot):
    hist = tab.histograms
    with qtbot.waitSignal(hist.computed, timeout=30000):
        type_into_spin(qtbot, hist.controls.layers_spin, 3)
    assert len(hist.figure.act_rows) == 3 and len(hist.figure.grad_rows) == 3
    assert len(hist.snapshot.activations) == 3
    x, _ = hist.figure.act_std_curve.getData()
    assert len(x) == 3
    with qtbot.waitSignal(hist.computed, timeout=30000):
        type_into_spin(qtbot, hist.controls.layers_spin, 8)
    assert len(hist.figure.act_rows) == 8
    assert hist.controls.preset_combo.currentIndex() == 0  # no longer the book's figure


def test_book_presets_set_the_controls(tab, qtbot):
    hist = tab.histograms
    combo = hist.controls.preset_combo
    target = combo.findData("fig6-14_relu_std0.01")
    combo.setFocus()
    combo.setCurrentIndex(target - 1)
    with qtbot.waitSignal(hist.computed, timeout=30000):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == target
    assert hist.controls.activation_buttons["relu"].isChecked() and hist.controls.std_buttons["0.01"].isChecked()
    c = hist.controls
    assert c.layers_spin.value() == 5 and c.units_spin.value() == 100 and c.seed_spin.value() == 0
    stds = hist.snapshot.activation_stds
    assert stds[0] == pytest.approx(0.058, rel=0.05) and stds[-1] < 1e-5  # the book's collapse, figure 6-14
    assert "×10" in hist.figure.act_rows[-1].label.text()


def test_shortcuts_in_the_histogram_view(tab, qtbot):
    hist = tab.histograms
    tab.setFocus()
    seed = hist.controls.seed_spin.value()
    with qtbot.waitSignal(hist.computed, timeout=30000):
        qtbot.keyClick(tab, Qt.Key.Key_N)  # N: a new random sample
    assert hist.controls.seed_spin.value() == seed + 1
    qtbot.keyClick(tab, Qt.Key.Key_Space)
    qtbot.keyClick(tab, Qt.Key.Key_R)
    assert tab.run is None and not tab.is_playing  # the training run belongs to the other view
    assert not tab.run_bar.isVisible()


def test_histogram_csv(tab, qtbot, tmp_path):
    path = tmp_path / "hist.csv"
    tab.export_csv(str(path))
    lines = path.read_text().splitlines()
    assert lines[0].startswith("values,layer,mean,std")
    assert len(lines) == 1 + 2 * 5 * 30
    assert tab.export_item() is tab.histograms.figure.ci


# --------------------------------------------------------------------------------------------------- MNIST


@pytest.fixture
def mnist(tab, qtbot):
    click(qtbot, tab.view_buttons[tab.MNIST])
    assert tab.run_bar.isVisible()
    qtbot.waitUntil(lambda: tab.run is not None and tab.run.last_snapshot is not None, timeout=30000)
    view = tab.mnist
    view.controls.batch_spin.setValue(16)
    view.controls.iter_spin.setValue(30)
    qtbot.waitUntil(lambda: tab.run.last_snapshot is not None and tab.run.last_snapshot.iterations == 30,
                    timeout=30000)
    return view


def test_mnist_view_trains_and_draws_curves(tab, mnist, qtbot, tmp_path):
    assert tab.run.last_snapshot.step == 0 and tab.run.last_snapshot.names == ("std=0.01", "Xavier", "He")
    click(qtbot, tab.run_bar.play_button)
    with qtbot.waitSignal(tab.run.finished, timeout=30000):
        pass
    snap = tab.run.last_snapshot
    assert snap.step == 30
    curves = mnist.figure.curves
    for run in snap.runs:  # each series read back against the snapshot (raw vs smoothed, test vs training)
        assert np.array_equal(curves.raw[run.name].yData, run.losses) and len(run.losses) == 30
        assert np.array_equal(curves.smooth[run.name].yData, run.smoothed)
        assert np.array_equal(curves.test[run.name].yData, run.test_acc)
        assert np.array_equal(curves.train[run.name].yData, run.train_acc)
        assert np.array_equal(curves.test[run.name].xData, run.eval_steps)
    shown = next(h for h in reversed(snap.histogram_history) if h.run == mnist.controls.run_combo.currentIndex())
    for lp, h in zip(mnist.figure.hist_plots, shown.layers):
        assert np.allclose(lp.bars.getData()[1], 100.0 * h.counts / h.n_values)
    assert "Iteration 30 / 30" in tab.run_bar.counter.text()
    assert "iterations/s" in tab.status.text()
    assert "at iteration 30" in mnist.figure.hist_title.text
    path = tmp_path / "curves.csv"
    tab.export_csv(str(path))
    lines = path.read_text().splitlines()
    assert lines[0].startswith("iteration,std=0.01_loss") and len(lines) == 32
    assert tab.export_item() is mnist.figure.ci


def test_mnist_live_lr_and_histogram_run(tab, mnist, qtbot):
    mnist.controls.lr.spin.setValue(0.05)  # as typing into the spin box does
    tab.setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: tab.run.last_snapshot.step == 1, timeout=30000)
    snap = tab.run.last_snapshot
    assert all(r.hyperparameters["lr"] == pytest.approx(0.05) for r in snap.runs)
    assert snap.histograms.name == "std=0.01"
    combo = mnist.controls.run_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "He"
    tab.setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: tab.run.last_snapshot.step == 2, timeout=30000)
    snap = tab.run.last_snapshot
    assert snap.histogram_run == 2 and snap.histograms.name == "He"
    assert "He" in mnist.figure.hist_title.text
    _, heights = mnist.figure.hist_plots[0].bars.getData()
    assert heights.sum() > 0


def test_leaving_the_mnist_view_pauses_training(tab, mnist, qtbot):
    mnist.controls.iter_spin.setValue(100000)
    qtbot.waitUntil(lambda: tab.run.last_snapshot is not None and tab.run.last_snapshot.iterations == 100000,
                    timeout=30000)
    tab.play()
    qtbot.waitUntil(lambda: tab.run.last_snapshot.step >= 3, timeout=30000)
    click(qtbot, tab.view_buttons[tab.HISTOGRAMS])
    assert not tab.is_playing and tab.run.is_paused
    assert not tab.run_bar.isVisible()


def test_book_preset_6_15_restores_the_settings(tab, mnist, qtbot):
    mnist.controls.init_checks["0.01"].setChecked(False)
    click(qtbot, mnist.controls.preset_button)
    qtbot.waitUntil(lambda: tab.run.last_snapshot is not None and tab.run.last_snapshot.iterations == 2000,
                    timeout=30000)
    assert mnist.controls.batch_spin.value() == 128 and mnist.controls.lr.value() == pytest.approx(0.01)
    assert tab.run.last_snapshot.names == ("std=0.01", "Xavier", "He")


# --------------------------------------------------------------------------------------------------- Korean


@pytest.fixture
def korean(qapp):
    from gui.app import Translations
    t = Translations(qapp)
    assert t.set_language("ko")
    yield t
    t.set_language("en")


def hangul(text):
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


def test_korean_titles_and_view_names(qtbot, korean):
    t = WeightInitTab()
    qtbot.addWidget(t)
    try:
        assert hangul(t.tab_title())
        assert all(hangul(b.text()) for b in t.view_buttons)
        assert hangul(t.histograms.controls.activation_box.title())
        assert hangul(t.histograms.figure.act_rows[0].label.text())
        korean.set_language("en")
        qtbot.waitUntil(lambda: t.view_buttons[0].text() == "Activation histograms", timeout=30000)
        assert t.tab_title() == "Weight initialization"
    finally:
        t.shutdown()


def test_export_png_of_each_view_from_the_main_window(qtbot, tmp_path):
    from gui.app import make_settings
    from gui.main_window import MainWindow
    window = MainWindow(make_settings(str(tmp_path / "s.ini")), None, tab_classes=[WeightInitTab])
    qtbot.addWidget(window)
    tab = window.tabs.widget(0)
    try:
        assert window.export_plot("png", str(tmp_path / "hist.png"))
        assert (tmp_path / "hist.png").stat().st_size > 10000
        click(qtbot, tab.view_buttons[tab.MNIST])
        qtbot.waitUntil(lambda: tab.run is not None and tab.run.last_snapshot is not None, timeout=30000)
        assert window.export_plot("png", str(tmp_path / "mnist.png"))
        assert (tmp_path / "mnist.png").stat().st_size > 10000
        assert window.export_csv_action.isEnabled()
    finally:
        window.close()


def test_controls_take_their_limits_from_the_configs(qtbot):
    """The configs are the one source of every range: no control may offer what the model refuses, or less."""
    from model.experiments.init_compare import InitCompareConfig
    from model.experiments.weight_init import HistogramConfig
    t = WeightInitTab()
    qtbot.addWidget(t)
    try:
        hist, ranges = t.histograms.controls, HistogramConfig.CONTROL_RANGES
        for spin, name in ((hist.layers_spin, "n_layers"), (hist.units_spin, "n_units"), (hist.seed_spin, "seed")):
            assert (spin.minimum(), spin.maximum()) == ranges[name], name
        assert (hist.custom_std._min, hist.custom_std._max) == ranges["weight_std"]
        mnist, ranges = t.mnist.controls, InitCompareConfig.CONTROL_RANGES
        for spin, name in ((mnist.batch_spin, "batch_size"), (mnist.iter_spin, "iterations"),
                           (mnist.seed_spin, "seed")):
            assert (spin.minimum(), spin.maximum()) == ranges[name], name
        assert (mnist.lr._min, mnist.lr._max) == ranges["lr"]
        assert (mnist.custom_std._min, mnist.custom_std._max) == ranges["custom_std"]
        assert InitCompareConfig(seed=ranges["seed"][1]).seed == HistogramConfig(seed=ranges["seed"][1]).seed
    finally:
        t.shutdown()
