"""The batch-normalization tab driven as a user would: typing settings, clicking panels, keys, live changes."""
import numpy as np
import pytest
from PySide6.QtCore import Qt

from gui.format import fmt_number, fmt_percent, fmt_scale
from gui.plotstyle import grid_shape
from gui.tabs.batchnorm import BatchNormTab
from model.experiments.batchnorm import log_scales


def type_into(qtbot, spin, text):
    """Select the spin box's text, type ``text`` and press Enter (the spin boxes apply on Enter)."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def make_tiny(qtbot, tab, scales="4", epochs="3", samples="200"):
    """4 scales, 3 epochs, 200 images (2 iterations per epoch, 5 in all): a whole sweep in well under a second."""
    type_into(qtbot, tab.controls.scales_spin, scales)
    type_into(qtbot, tab.controls.epochs_spin, epochs)
    type_into(qtbot, tab.controls.samples_spin, samples)
    qtbot.waitUntil(lambda: last(tab) is not None and len(last(tab).scales) == int(scales)
                    and last(tab).config.epochs == int(epochs) and last(tab).n_train == int(samples), timeout=30000)


def last(tab):
    return tab.run.last_snapshot if tab.run is not None else None


def run_to_end(qtbot, tab, timeout=60000):
    tab.play()
    qtbot.waitUntil(tab.sweep_done, timeout=timeout)


def click_panel(qtbot, tab, index):
    plot = tab.grid.panels[index].plot
    pos = tab.grid.mapFromScene(plot.sceneBoundingRect().center())
    qtbot.mouseClick(tab.grid.viewport(), Qt.MouseButton.LeftButton, pos=pos)


@pytest.fixture
def tab(qtbot):
    from gui.plotstyle import configure_pyqtgraph
    configure_pyqtgraph()
    t = BatchNormTab()
    qtbot.addWidget(t)
    t.resize(1400, 900)
    t.show()
    qtbot.waitExposed(t)
    qtbot.waitUntil(lambda: last(t) is not None, timeout=30000)
    yield t
    t.shutdown()


@pytest.fixture
def tiny(tab, qtbot):
    make_tiny(qtbot, tab)
    return tab


def test_controls_take_their_limits_from_the_config(tab):
    """36 scales at most in the GUI as in the model (BatchNormSweepConfig is the one source of every range)."""
    from model.experiments.batchnorm import MAX_SCALES, BatchNormSweepConfig
    ranges = BatchNormSweepConfig.CONTROL_RANGES
    assert ranges["n_scales"] == (1, MAX_SCALES)
    c = tab.controls
    for spin, name in ((c.scales_spin, "n_scales"), (c.epochs_spin, "epochs"), (c.samples_spin, "n_train"),
                       (tab.controls.seed_spin, "seed")):
        assert (spin.minimum(), spin.maximum()) == ranges[name], name
    assert (tab.controls.lr._min, tab.controls.lr._max) == ranges["lr"]
    with pytest.raises(ValueError, match="scales"):
        BatchNormSweepConfig(scales=log_scales(MAX_SCALES + 1))


def test_default_is_the_book_figure(tab):
    snap = last(tab)
    assert len(tab.grid.panels) == 16 and snap.iteration == 0 and not tab.is_playing
    assert snap.config.scales == pytest.approx(log_scales(16))
    assert snap.total_iterations == 191
    assert [tab.grid.panels[i].plot.titleLabel.text for i in (0, 8, 15)] == ["W = 1", "W = 0.00736", "W = 0.0001"]


def test_sweep_draws_every_panel_and_pauses_at_the_end(tiny, qtbot):
    tab = tiny
    run_to_end(qtbot, tab)
    snap = last(tab)
    assert snap.done and snap.epoch == 3 and snap.iteration == 5
    assert not tab.is_playing
    assert not tab.run.is_finished  # the worker waits, paused, so a panel can still be inspected
    for panel, s in zip(tab.grid.panels, snap.scales):
        x, y = panel.bn.getData()
        assert list(x) == [0, 1, 2] and np.array_equal(y, s.bn_train_acc)
        assert len(panel.plain.getData()[1]) == 3
        assert not panel.bn_test.isVisible()
    titles = [p.plot.titleLabel.text for p in tab.grid.panels]
    assert titles == ["W = 1", "W = 0.0464", "W = 0.00215", "W = 0.0001"]
    assert tab.grid.legend.labels() == ["with BN", "without BN"]
    assert tab.grid.y_label.text == "training accuracy" and tab.grid.x_label.text == "epoch"
    assert "Epoch 3 / 3" in tab.run_bar.counter.text() and "iteration 5 / 5" in tab.run_bar.counter.text()
    assert "Sweep complete" in tab.status.text()
    # Only the outer panels carry tick labels (2 x 2 grid).
    assert not tab.grid.panels[1].plot.getAxis("left").style["showValues"]
    assert tab.grid.panels[2].plot.getAxis("left").style["showValues"]
    assert not tab.grid.panels[0].plot.getAxis("bottom").style["showValues"]
    # N after the end explains instead of doing nothing; Play runs the sweep again from the start.
    tab.setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_N)
    assert "complete" in tab.status.text()
    old = tab.run
    qtbot.keyClick(tab, Qt.Key.Key_Space)
    assert tab.run is not old
    qtbot.waitUntil(tab.sweep_done, timeout=30000)
    assert last(tab).iteration == 5


def test_plain_network_at_w_1_diverges_and_is_marked(tiny, qtbot):
    tab = tiny
    run_to_end(qtbot, tab)
    s = last(tab).scales[0]
    assert s.plain_diverged and not s.bn_diverged
    mark = tab.grid.panels[0].mark
    assert mark.isVisible() and mark.toPlainText() == "✕ diverged"
    assert mark.pos().x() > tab.grid.panels[0].plot.titleLabel.item.pos().x()  # right of the title
    assert not tab.grid.panels[2].mark.isVisible()


def test_click_panel_opens_its_detail_and_inside_view(tiny, qtbot):
    tab = tiny
    run_to_end(qtbot, tab)
    before = last(tab)
    target = 3 if before.inspect_index != 3 else 2
    click_panel(qtbot, tab, target)
    assert tab.pages.currentWidget() is tab.detail and tab.detail.index == target
    assert f"W = {fmt_scale(before.config.scales[target])}" in tab.detail.heading.text()
    # The model recomputes the inside view for that scale although the sweep is over, without training further.
    qtbot.waitUntil(lambda: tab.detail.inside is not None and tab.detail.inside.index == target, timeout=30000)
    snap = last(tab)
    assert snap.inspect_index == target and snap.iteration == before.iteration
    x, y = tab.detail.figure.hist_data(bn=True, layer=1)
    assert len(x) == len(y) + 1 and y.sum() > 0
    assert len(tab.detail.figure.bn_rows) == len(tab.controls.hidden) == len(tab.detail.figure.plain_rows)
    assert len(tab.detail.figure.ratios) == len(tab.controls.hidden)
    assert len(tab.detail.bn_acc.getData()[1]) == 3 and len(tab.detail.bn_raw.getData()[1]) == 5
    assert "%" in tab.detail.figure.bn_rows[0].label.text  # the ReLU zero fraction, reported apart
    # Page Up goes to the neighbouring scale; Escape goes back to the grid.
    qtbot.keyClick(tab.detail, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: tab.detail.inside is not None and tab.detail.inside.index == target - 1, timeout=30000)
    qtbot.keyClick(tab.detail, Qt.Key.Key_Escape)
    assert tab.pages.currentIndex() == 0
    click_panel(qtbot, tab, 0)
    assert tab.detail.index == 0
    qtbot.mouseClick(tab.detail.back_button, Qt.MouseButton.LeftButton)
    assert tab.pages.currentIndex() == 0


def test_detail_view_draws_the_snapshots_numbers(tiny, qtbot):
    """Every series of the detail view read back and compared with the snapshot: swapped running and batch
    statistics, a wrong zero fraction or a swapped curve fail here."""
    tab = tiny
    run_to_end(qtbot, tab)
    target = 1 if last(tab).inspect_index != 1 else 2
    click_panel(qtbot, tab, target)
    qtbot.waitUntil(lambda: tab.detail.inside is not None and tab.detail.inside.index == target, timeout=30000)
    d, snap = tab.detail, last(tab)
    s, inside = snap.scales[target], snap.inside
    assert np.array_equal(d.bn_acc.yData, s.bn_train_acc) and np.array_equal(d.plain_acc.yData, s.plain_train_acc)
    assert np.allclose(d.bn_smooth.yData, s.bn_smoothed) and np.allclose(d.plain_smooth.yData, s.plain_smoothed)
    assert np.array_equal(d.bn_raw.yData, s.bn_losses[: len(s.bn_smoothed)])
    assert d.loss_plot.viewRange()[1][1] == pytest.approx(s.loss_top)
    stats = inside.bn_layers  # test mode (running) and training mode (this batch), layer by layer
    assert np.allclose(d.figure.running_mean_curve.yData, [x.running_mean_avg for x in stats])
    assert np.allclose(d.figure.batch_mean_curve.yData, [x.batch_mean_avg for x in stats])
    assert np.allclose(d.figure.running_var_curve.yData, [x.running_var_avg for x in stats])
    assert np.allclose(d.figure.batch_var_curve.yData, [x.batch_var_avg for x in stats])
    assert ", ".join(fmt_number(r) for r in inside.running_var_ratios) in d.explain.text()
    for rows, hists in ((d.figure.bn_rows, inside.bn), (d.figure.plain_rows, inside.plain)):
        for hp, h in zip(rows, hists):
            assert np.allclose(hp.bars.yData, h.percent)
            assert fmt_percent(h.zero_fraction) in hp.text and f"std {fmt_number(h.std)}" in hp.text


def test_inspecting_while_paused_does_not_train(tiny, qtbot):
    tab = tiny
    tab.setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_N)
    qtbot.keyClick(tab, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: last(tab).iteration == 2, timeout=30000)
    target = 0 if last(tab).inspect_index != 0 else 3
    click_panel(qtbot, tab, target)
    qtbot.waitUntil(lambda: tab.detail.inside is not None and tab.detail.inside.index == target, timeout=30000)
    # The inside view came with a snapshot of the paused run: one more snapshot must not have trained either.
    with qtbot.waitSignal(tab.run.frame, timeout=30000):
        tab.run.set("inspect_index", (target + 1) % 4)
    assert last(tab).iteration == 2 and tab.detail.inside.iteration == 2


def test_learning_rate_is_sent_live(tab, qtbot):
    make_tiny(qtbot, tab, epochs="20")  # 39 iterations
    tab.run_bar.set_speed(20)
    run = tab.run
    tab.play()
    qtbot.waitUntil(lambda: last(tab).iteration >= 2, timeout=30000)
    type_into(qtbot, tab.controls.lr.spin, "0.5")
    qtbot.waitUntil(lambda: last(tab).lr == pytest.approx(0.5), timeout=30000)
    assert tab.run is run and last(tab).iteration >= 2  # no restart
    tab.pause()


def test_check_gradients_fills_table_and_says_they_match(tab, qtbot):
    view = tab.gradient_view
    assert not view.isVisible() and tab.controls.gradient_summary.text() == ""
    qtbot.mouseClick(tab.controls.gradient_button, Qt.MouseButton.LeftButton)
    assert tab.pages.currentWidget() is view
    table = view.table
    assert table.isVisible() and table.rowCount() == 10
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert names[:4] == ["W1", "b1", "gamma1", "beta1"] and names[-1] == "b3"
    assert all("×10" in table.item(r, 2).text() or table.item(r, 2).text() == "0" for r in range(10))
    assert all(rel < 1e-6 for _, rel in view.result.values())
    assert "matches the numerical gradient" in view.verdict.text()
    assert "matches" in tab.controls.gradient_summary.text()
    assert "single image" in view.note.text() and "10 images" in view.note.text()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert tab.pages.currentIndex() == 0


def test_preset_restores_the_book_defaults(tiny, qtbot):
    tab = tiny
    type_into(qtbot, tab.controls.seed_spin, "7")
    type_into(qtbot, tab.controls.lr.spin, "0.2")
    qtbot.mouseClick(tab.controls.test_check, Qt.MouseButton.LeftButton)
    assert tab.controls.test_check.isChecked()
    qtbot.mouseClick(tab.controls.preset_button, Qt.MouseButton.LeftButton)
    c = tab.controls
    assert (c.scales_spin.value(), c.epochs_spin.value(), c.samples_spin.value(), c.seed_spin.value()) == (
        16, 20, 1000, 0)
    assert tab.controls.lr.value() == pytest.approx(0.01) and not tab.controls.test_check.isChecked()
    assert len(tab.grid.panels) == 16
    qtbot.waitUntil(lambda: last(tab) is not None and len(last(tab).scales) == 16, timeout=30000)
    cfg = last(tab).config
    assert (cfg.n_train, cfg.epochs, cfg.lr, cfg.seed, cfg.eval_test) == (1000, 20, 0.01, 0, False)


def test_number_of_scales_rebuilds_the_grid(tiny, qtbot):
    tab = tiny
    type_into(qtbot, tab.controls.scales_spin, "7")
    assert len(tab.grid.panels) == 7 and grid_shape(7) == (3, 3)
    qtbot.waitUntil(lambda: last(tab) is not None and len(last(tab).scales) == 7, timeout=30000)
    rect = [p.plot.sceneBoundingRect() for p in tab.grid.panels]
    assert min(r.height() for r in rect) > 150  # the rebuilt grid fills the view (3 rows in about 700 px)
    assert rect[3].top() > rect[0].bottom() - 1 and abs(rect[3].left() - rect[0].left()) < 1  # 3 columns
    assert tab.grid.panels[6].plot.getAxis("bottom").style["showValues"]   # bottom row
    assert tab.grid.panels[4].plot.getAxis("bottom").style["showValues"]   # nothing below it
    assert not tab.grid.panels[3].plot.getAxis("bottom").style["showValues"]
    qtbot.waitUntil(lambda: last(tab) is not None and len(last(tab).scales) == 7, timeout=30000)
    run_to_end(qtbot, tab)
    assert all(len(p.bn.getData()[1]) == 3 for p in tab.grid.panels)
    assert tab.grid.panels[6].plot.titleLabel.text == "W = 0.0001"


def test_test_accuracy_checkbox_restarts_with_eval_test(tiny, qtbot):
    tab = tiny
    old = tab.run
    assert "restarts" in tab.controls.test_check.toolTip()
    qtbot.mouseClick(tab.controls.test_check, Qt.MouseButton.LeftButton)
    assert tab.run is not old
    qtbot.waitUntil(lambda: last(tab) is not None and last(tab).config.eval_test, timeout=30000)
    run_to_end(qtbot, tab)
    s = last(tab).scales[1]
    assert s.bn_test_acc is not None and len(s.bn_test_acc) == 3
    panel = tab.grid.panels[1]
    assert panel.bn_test.isVisible() and np.array_equal(panel.bn_test.getData()[1], s.bn_test_acc)
    assert tab.grid.legend.labels() == ["with BN, training", "without BN, training", "with BN, test",
                                         "without BN, test"]
    assert tab.grid.y_label.text == "accuracy"


def test_export_png_and_csv(qtbot, tmp_path):
    from gui.app import make_settings
    from gui.main_window import MainWindow
    from gui.plotstyle import configure_pyqtgraph
    configure_pyqtgraph()
    window = MainWindow(make_settings(str(tmp_path / "s.ini")), None, tab_classes=[BatchNormTab])
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    tab = window.tabs.widget(0)
    qtbot.waitUntil(lambda: last(tab) is not None, timeout=30000)
    try:
        make_tiny(qtbot, tab)
        run_to_end(qtbot, tab)
        assert window.export_plot("png", str(tmp_path / "grid.png"))
        assert (tmp_path / "grid.png").stat().st_size > 10000
        assert window.export_csv(str(tmp_path / "bn.csv"))
        lines = (tmp_path / "bn.csv").read_text().splitlines()
        assert lines[0].startswith("epoch,iteration,W=1_bn_train,W=1_plain_train,W=0.0464159_bn_train")
        assert len(lines) == 4 and lines[3].split(",")[:2] == ["2", "4"]
        values = [float(v) for v in lines[3].split(",")[2:]]
        assert len(values) == 8 and all(0 <= v <= 1 for v in values)
        tab.open_scale(1)
        assert window.export_plot("png", str(tmp_path / "detail.png"))
        assert (tmp_path / "detail.png").stat().st_size > 10000
    finally:
        window.close()


def test_more_images_than_the_data_has_are_capped_and_said(tab, qtbot):
    type_into(qtbot, tab.controls.samples_spin, "9000")  # the bundled set has 4,000 training images
    qtbot.waitUntil(lambda: last(tab) is not None and last(tab).config.n_train == 9000, timeout=30000)
    assert last(tab).n_train == 4000
    assert "4,000" in tab.status.text()


def test_switching_to_korean_retranslates_the_tab(tiny, qtbot, qapp):
    from gui.app import Translations
    tab = tiny
    run_to_end(qtbot, tab)
    tab.open_scale(1)
    qtbot.waitUntil(lambda: tab.detail.inside is not None and tab.detail.inside.index == 1, timeout=30000)
    translations = Translations(qapp)
    try:
        assert translations.set_language("ko")
        assert tab.tab_title() == "배치 정규화"
        qtbot.waitUntil(lambda: tab.grid.legend.labels() == ["배치 정규화 사용", "배치 정규화 미사용"],
                        timeout=30000)
        assert tab.grid.y_label.text == "훈련 정확도" and tab.grid.x_label.text == "에폭"
        assert tab.grid.panels[0].mark.toPlainText() == "✕ 발산"
        assert "가중치 스케일" in tab.detail.heading.text()
        assert "층" in tab.detail.figure.bn_rows[0].plot.titleLabel.text
        assert tab.counter_text(last(tab)).startswith("에폭 3 / 3")
    finally:
        translations.set_language("en")
    qtbot.waitUntil(lambda: tab.grid.legend.labels() == ["with BN", "without BN"], timeout=30000)
    assert tab.grid.panels[0].mark.toPlainText() == "✕ diverged"
