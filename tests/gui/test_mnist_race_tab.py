"""The MNIST optimizer race tab driven as a user would: typing sizes, clicking the preset, live learning rates,
an absurd learning rate that diverges, unchecking an optimizer, exporting. Tiny networks on the bundled data."""
import csv

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gui.tabs.mnist_race import MnistRaceTab
from model.experiments.mnist_race import BOOK_OPTIMIZERS

from ..conftest import SHARED_MNIST

HANGUL = ("\uac00", "\ud7a3")


def has_hangul(text: str) -> bool:
    return any(HANGUL[0] <= ch <= HANGUL[1] for ch in text)


def last(tab):
    return tab.run.last_snapshot


def type_into(qtbot, spin, text: str) -> None:
    """Select what a spin box shows, type a number and press Enter (as a lecturer would)."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def wait_fresh_run(qtbot, tab, names=None):
    """Wait until the tab's current run has shown its first frame (optionally with these runs)."""
    qtbot.waitUntil(lambda: tab.run is not None and last(tab) is not None
                    and (names is None or last(tab).names == tuple(names)), timeout=5000)


@pytest.fixture
def tab(qtbot):
    from gui.plotstyle import configure_pyqtgraph
    configure_pyqtgraph()
    t = MnistRaceTab()
    qtbot.addWidget(t)
    t.resize(1500, 950)
    t.show()
    qtbot.waitExposed(t)
    wait_fresh_run(qtbot, t)
    yield t
    t.shutdown()


def make_tiny(qtbot, tab, iterations=60, layers=2, units=20, train=1000):
    """A network and a race small enough for a test (a few hundred milliseconds)."""
    tab.eval_every = 20
    with tab.batch_changes():  # one restart for all the changes, not one per spin box
        tab.hidden_layers.setValue(layers)
        tab.hidden_units.setValue(units)
        tab.iterations.setValue(iterations)
        tab.train_size.setValue(train)
    wait_fresh_run(qtbot, tab)
    assert last(tab).iterations == iterations


def test_play_draws_every_included_optimizer(tab, qtbot):
    tab.eval_every = 20
    type_into(qtbot, tab.hidden_layers, "2")
    type_into(qtbot, tab.hidden_units, "20")
    type_into(qtbot, tab.iterations, "60")
    type_into(qtbot, tab.train_size, "1000")
    wait_fresh_run(qtbot, tab)
    assert last(tab).iterations == 60
    assert tab.run_bar.speed() == 0  # as fast as possible by default
    qtbot.mouseClick(tab.run_bar.play_button, Qt.MouseButton.LeftButton)
    assert tab.is_playing
    with qtbot.waitSignal(tab.run.finished, timeout=10000):
        pass
    snap = last(tab)
    assert snap.step == 60 and snap.done
    assert snap.names == BOOK_OPTIMIZERS
    for name in BOOK_OPTIMIZERS:
        x, y = tab.curves.smooth[name].getData()
        assert len(x) == 60 and np.isfinite(y).all()
        assert len(tab.curves.raw[name].getData()[0]) == 60
        assert list(tab.curves.test[name].getData()[0]) == [0, 20, 40, 60]
        assert tab.curves.smooth[name].isVisible()
    assert not tab.curves.smooth["Nesterov"].isVisible()
    assert {label.text for _, label in tab.curves.loss_legend.items} == set(BOOK_OPTIMIZERS)
    # AdaGrad learns fastest at the book's settings, SGD slowest (the book's ordering)
    assert snap.run("AdaGrad").mean_loss(20) < snap.run("SGD").mean_loss(20)
    names = list(tab.rows)
    assert tab.table.item(names.index("AdaGrad"), 1).font().bold()  # the leader of the loss column
    assert not tab.table.item(names.index("SGD"), 1).font().bold()
    row = names.index("Adam")
    assert tab.table.item(row, 2).text().endswith("%")
    assert tab.table.item(row, 4).text() == "finished"
    assert tab.table.isRowHidden(list(tab.rows).index("RMSprop"))
    assert "1,000 images" in tab.data_info.text() and "of 4,000" == tab.available_label.text()
    assert tab.train_size.maximum() == 4000  # asking for more than the set has is capped at what it has
    for run in snap.runs:  # the table shows the snapshot's numbers, each in its column
        row = [tab.table.item(names.index(run.name), col).text() for col in range(4)]
        assert row == [run.name, f"{run.mean_loss(100):.3f}", f"{100 * run.final_test_acc:.1f}%",
                       f"{100 * run.final_train_acc:.1f}%"]
    assert tab.run_bar.counter.text().startswith("Iteration 60 / 60 · ")
    assert " it/s · " in tab.run_bar.counter.text()
    assert not tab.is_playing


def test_book_preset_sets_the_four_optimizers_at_their_defaults(tab, qtbot):
    make_tiny(qtbot, tab)
    qtbot.mouseClick(tab.rows["Adam"].check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.rows["RMSprop"].check, Qt.MouseButton.LeftButton)
    tab.rows["SGD"].lr.setValue(0.5)
    type_into(qtbot, tab.batch_size, "32")
    wait_fresh_run(qtbot, tab, ("SGD", "Momentum", "AdaGrad", "RMSprop"))
    qtbot.mouseClick(tab.preset_button, Qt.MouseButton.LeftButton)
    wait_fresh_run(qtbot, tab, BOOK_OPTIMIZERS)
    assert tab.included() == BOOK_OPTIMIZERS
    lrs = {name: tab.rows[name].lr.value() for name in BOOK_OPTIMIZERS}
    assert lrs == pytest.approx({"SGD": 0.01, "Momentum": 0.01, "AdaGrad": 0.01, "Adam": 0.001})
    assert tab.rows["Momentum"].extras["momentum"].value() == pytest.approx(0.9)
    assert tab.rows["Adam"].extras["beta2"].value() == pytest.approx(0.999)
    assert (tab.iterations.value(), tab.batch_size.value()) == (2000, 128)
    assert (tab.hidden_layers.value(), tab.hidden_units.value(), tab.train_size.value()) == (4, 100, 0)
    snap = last(tab)
    assert snap.iterations == 2000 and snap.step == 0 and not tab.is_playing
    assert snap.run("Adam").hyperparameters == pytest.approx({"lr": 0.001, "beta1": 0.9, "beta2": 0.999})
    assert snap.run("SGD").hyperparameters == pytest.approx({"lr": 0.01})


def test_default_settings_button_restores_every_control(tab, qtbot):
    make_tiny(qtbot, tab)
    qtbot.mouseClick(tab.rows["RMSprop"].check, Qt.MouseButton.LeftButton)
    tab.rows["RMSprop"].extras["decay_rate"].setValue(0.5)
    tab.rows["SGD"].lr.setValue(0.3)
    type_into(qtbot, tab.seed, "5")
    wait_fresh_run(qtbot, tab, ("SGD", "Momentum", "AdaGrad", "RMSprop", "Adam"))
    qtbot.mouseClick(tab.defaults_button, Qt.MouseButton.LeftButton)
    wait_fresh_run(qtbot, tab, BOOK_OPTIMIZERS)
    assert tab.rows["RMSprop"].extras["decay_rate"].value() == pytest.approx(0.99)
    assert tab.rows["SGD"].lr.value() == pytest.approx(0.01)
    assert (tab.seed.value(), tab.hidden_layers.value(), tab.hidden_units.value()) == (0, 4, 100)
    assert (tab.train_size.value(), tab.iterations.value()) == (0, 2000)
    assert tab.train_size.text() == "all"


def test_live_learning_rate_change_reaches_the_experiment(tab, qtbot):
    make_tiny(qtbot, tab, iterations=400)
    tab.run_bar.set_speed(60)
    tab.play()
    qtbot.waitUntil(lambda: last(tab).step >= 5, timeout=5000)
    run_before = tab.run
    lr_spin = tab.rows["SGD"].lr.spin
    lr_spin.selectAll()
    qtbot.keyClicks(lr_spin, "0.2")
    qtbot.keyClick(lr_spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: last(tab).run("SGD").hyperparameters["lr"] == pytest.approx(0.2), timeout=5000)
    assert tab.run is run_before and tab.is_playing  # live: the race was not restarted
    snap = last(tab)
    assert snap.step > 5
    assert snap.run("Momentum").hyperparameters["lr"] == pytest.approx(0.01)
    tab.rows["Adam"].extras["beta1"].setValue(0.5)
    qtbot.waitUntil(lambda: last(tab).run("Adam").hyperparameters["beta1"] == pytest.approx(0.5), timeout=5000)
    tab.pause()


def test_absurd_learning_rate_diverges_sgd_and_the_others_go_on(tab, qtbot):
    make_tiny(qtbot, tab, iterations=60, layers=4, units=100)  # SGD lr 10 explodes the book's network
    lr_spin = tab.rows["SGD"].lr.spin
    lr_spin.selectAll()
    qtbot.keyClicks(lr_spin, "10")
    qtbot.keyClick(lr_spin, Qt.Key.Key_Return)
    assert tab.rows["SGD"].lr.value() == 10
    tab.setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_Space)
    with qtbot.waitSignal(tab.run.finished, timeout=15000):
        pass
    snap = last(tab)
    sgd = snap.run("SGD")
    assert sgd.diverged and sgd.diverged_step < 60
    assert len(sgd.losses) == sgd.diverged_step - 1
    for name in ("Momentum", "AdaGrad", "Adam"):
        assert not snap.run(name).diverged and len(snap.run(name).losses) == 60
    legend = {label.text for _, label in tab.curves.loss_legend.items}
    assert f"SGD (diverged at {sgd.diverged_step})" in legend and "Adam" in legend
    state = tab.table.item(list(tab.rows).index("SGD"), 4).text()
    assert state == f"diverged at iteration {sgd.diverged_step}"
    assert tab.table.item(list(tab.rows).index("Adam"), 4).text() == "finished"
    assert "SGD at iteration" in tab.status.text() and "keep going" in tab.status.text()
    assert tab.diverged_labels["SGD"].isVisible() and not tab.diverged_labels["Adam"].isVisible()
    assert list(tab.diverged_marks["SGD"].data["x"]) == [sgd.diverged_step]
    tab.reset()  # a reset clears the marks
    wait_fresh_run(qtbot, tab)
    assert last(tab).step == 0 and not tab.diverged_labels["SGD"].isVisible()
    assert tab.status.text() == ""


def test_unchecking_an_optimizer_restarts_without_it_and_keeps_playing(tab, qtbot):
    make_tiny(qtbot, tab, iterations=500)
    tab.run_bar.set_speed(50)
    tab.play()
    qtbot.waitUntil(lambda: last(tab).step >= 10, timeout=5000)
    old = tab.run
    qtbot.mouseClick(tab.rows["Adam"].check, Qt.MouseButton.LeftButton)
    assert tab.run is not old and tab.is_playing
    wait_fresh_run(qtbot, tab, ("SGD", "Momentum", "AdaGrad"))
    assert last(tab).step < 10  # started again
    qtbot.waitUntil(lambda: last(tab).step >= 3, timeout=5000)
    assert not tab.curves.smooth["Adam"].isVisible() and len(tab.curves.smooth["Adam"].getData()[0] or []) == 0
    assert tab.table.isRowHidden(list(tab.rows).index("Adam"))
    assert "Adam" not in {label.text for _, label in tab.curves.loss_legend.items}
    tab.pause()
    # nothing left to race: a clear message, no run
    for name in ("SGD", "Momentum", "AdaGrad"):
        tab.rows[name].check.setChecked(False)
    assert tab.run is None and "at least one optimizer" in tab.status.text()
    tab.rows["Nesterov"].check.setChecked(True)
    wait_fresh_run(qtbot, tab, ("Nesterov",))


def test_same_seed_same_start_other_seed_other_start(tab, qtbot):
    make_tiny(qtbot, tab)
    tab.setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: last(tab).step == 1)
    first = {r.name: r.losses[0] for r in last(tab).runs}
    qtbot.keyClick(tab, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: last(tab) is not None and last(tab).step == 0)
    qtbot.keyClick(tab, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: last(tab).step == 1)
    assert {r.name: r.losses[0] for r in last(tab).runs} == first
    type_into(qtbot, tab.seed, "7")
    wait_fresh_run(qtbot, tab)
    tab.step_once()
    qtbot.waitUntil(lambda: last(tab).step == 1)
    assert last(tab).run("SGD").losses[0] != first["SGD"]


def test_csv_export_long_format(tab, qtbot, tmp_path):
    make_tiny(qtbot, tab, iterations=40)
    tab.play()
    with qtbot.waitSignal(tab.run.finished, timeout=10000):
        pass
    snap = last(tab)
    path = tmp_path / "race.csv"
    tab.export_csv(str(path))
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["optimizer", "iteration", "loss", "smoothed", "train_acc", "test_acc"]
    body = rows[1:]
    assert len(body) == 4 * 41  # iteration 0 (accuracies only) and 1..40
    adam = [r for r in body if r[0] == "Adam"]
    assert adam[0][1:4] == ["0", "", ""] and float(adam[0][5]) == pytest.approx(snap.run("Adam").test_acc[0])
    assert float(adam[1][2]) == pytest.approx(snap.run("Adam").losses[0])
    assert float(adam[40][3]) == pytest.approx(snap.run("Adam").smoothed[39])
    with_acc = [int(r[1]) for r in adam if r[5]]
    assert with_acc == [0, 20, 40]
    assert all(r[5] == "" for r in adam if int(r[1]) not in (0, 20, 40))


def test_png_export_and_main_window(qtbot, tmp_path):
    from gui.app import make_settings
    from gui.main_window import MainWindow
    from gui.plotstyle import configure_pyqtgraph
    configure_pyqtgraph()
    window = MainWindow(make_settings(str(tmp_path / "s.ini")), None, tab_classes=[MnistRaceTab])
    qtbot.addWidget(window)
    tab = window.tabs.widget(0)
    assert window.tabs.tabText(0) == "Optimizer race (MNIST)"
    wait_fresh_run(qtbot, tab)
    make_tiny(qtbot, tab, iterations=10)
    tab.step_once()
    qtbot.waitUntil(lambda: last(tab).step == 1)
    assert window.export_plot("png", str(tmp_path / "race.png"))
    assert (tmp_path / "race.png").stat().st_size > 10000
    assert window.export_csv(str(tmp_path / "race.csv"))
    window.close()
    assert tab.run is None or not tab.run.is_running


@pytest.mark.skipif(not SHARED_MNIST.is_dir(), reason="full MNIST not present")
def test_full_mnist_folder_and_subset(tab, qtbot):
    make_tiny(qtbot, tab, iterations=20)
    assert tab.data_box.open_folder(str(SHARED_MNIST))
    wait_fresh_run(qtbot, tab)
    qtbot.waitUntil(lambda: tab.available_label.text() == "of 60,000")
    assert last(tab).dataset == "MNIST"
    assert "1,000 images" in tab.data_info.text() and "10,000 test images" in tab.data_info.text()
    type_into(qtbot, tab.train_size, "50000")
    qtbot.waitUntil(lambda: "50,000 images" in tab.data_info.text())
    tab.data_box.select("bundled")  # fewer images than asked for: all 4,000 are used, and no second restart
    run = tab.run
    qtbot.waitUntil(lambda: tab.available_label.text() == "of 4,000")
    assert "trained on 4,000 images" in tab.data_info.text() and last(tab).dataset == "MNIST 5k"
    assert tab.run is run


@pytest.fixture
def korean_tab(qtbot, qapp):
    from gui.app import Translations
    translations = Translations(qapp)
    assert translations.set_language("ko")
    t = MnistRaceTab()
    qtbot.addWidget(t)
    yield t
    t.shutdown()
    translations.set_language("en")


def test_korean_title_and_headers(korean_tab, qtbot):
    t = korean_tab
    assert has_hangul(t.tab_title())
    assert has_hangul(t.table.horizontalHeaderItem(1).text())
    assert has_hangul(t.preset_button.text())
    wait_fresh_run(qtbot, t)
    assert has_hangul(t.run_bar.counter.text())


def test_data_line_shows_which_images_the_snapshot_says_were_scored(tab, qtbot):
    """The line under the plots is the model's EvaluatedImages in words (nothing worked out in the GUI)."""
    import dataclasses

    from model.experiments.mnist_race import EvaluatedImages
    make_tiny(qtbot, tab, train=3000)
    ev = last(tab).evaluated
    assert (ev.train_images, ev.train_scored, ev.test_scored, ev.test_images) == (3000, 2000, 1000, 1000)
    qtbot.waitUntil(lambda: tab.data_info.text() != "")
    assert tab.data_info.text() == ("MNIST 5k: trained on 3,000 images, test accuracy on 1,000 test images, "
                                    "training accuracy on 2,000 of the training images")
    # a run that scores a subset of the test images while racing says so (as on full MNIST: 2,000 of 10,000)
    full = EvaluatedImages("MNIST", 50000, 10000, np.arange(0, 50000, 25), np.arange(0, 10000, 5))
    tab.on_frame(dataclasses.replace(last(tab), evaluated=full))
    assert tab.data_info.text() == ("MNIST: trained on 50,000 images; test accuracy on 2,000 of the 10,000 test "
                                    "images while racing and on all of them at the end; training accuracy on "
                                    "2,000 of the training images")
