"""The hyperparameter search tab driven as a user would: play, trials land on the scatter (checked point by point
against the snapshot), drag a box to search again inside it, "Use for the race", cancel, export, close with no worker
process left. Tiny networks on the bundled data, two workers."""
import csv
import os

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from gui.tabs.hyperparameter_search import HyperparameterSearchTab
from gui.tabs.hyperparameter_search.scatter_view import ACCURACY_MAP
from gui.tabs.mnist_race import MnistRaceTab


def last(tab):
    return tab.run.last_snapshot if tab.run is not None else None


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def make_tiny(tab, trials=8, epochs=2):
    c = tab.controls
    for spin, value in ((c.trials, trials), (c.epochs, epochs), (c.layers, 1), (c.layer_width, 20), (c.n_data, 200),
                        (c.workers, 2), (c.lr_lo, -3.0), (c.lr_hi, -0.5)):
        spin.blockSignals(True)
        spin.setValue(value)
        spin.blockSignals(False)
    tab.reset()


@pytest.fixture
def window(qtbot):
    """The search tab beside the MNIST race in a tab widget, as in the main window."""
    from PySide6.QtWidgets import QMainWindow, QTabWidget

    from gui.plotstyle import configure_pyqtgraph
    configure_pyqtgraph()
    win = QMainWindow()
    win.tabs = QTabWidget(win)
    win.setCentralWidget(win.tabs)
    race, search = MnistRaceTab(win.tabs), HyperparameterSearchTab(win.tabs)
    win.tabs.addTab(race, "race")
    win.tabs.addTab(search, "search")
    win.tabs.setCurrentWidget(search)
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: last(search) is not None and last(race) is not None, timeout=10000)
    make_tiny(search)
    qtbot.waitUntil(lambda: last(search) is not None and last(search).config.trials == 8, timeout=10000)
    yield win, search, race
    search.shutdown()
    race.shutdown()


def drag(qtbot, widget, start: QPoint, end: QPoint) -> None:
    """A left-button drag with intermediate moves (what a hand does)."""
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for t in np.linspace(0.2, 1.0, 5):
        qtbot.mouseMove(widget, start + (end - start) * float(t))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_trials_land_on_the_scatter_and_a_dragged_box_starts_a_new_round(qtbot, window):
    win, tab, race = window
    qtbot.mouseClick(tab.run_bar.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: last(tab).done and not tab.frame_pending, timeout=60000)
    snap = last(tab)
    assert len(snap.records) == 8 and snap.test_acc is not None
    x, y, colors = tab.scatter.points()
    expected = {(round(np.log10(r.lr), 9), round(np.log10(r.weight_decay), 9)): r.val_acc for r in snap.records}
    drawn = {(round(a, 9), round(b, 9)): c for a, b, c in zip(x, y, colors)}
    assert set(drawn) == set(expected)
    for key, acc in expected.items():  # each point coloured by its validation accuracy
        assert drawn[key] == ACCURACY_MAP.map([acc], mode="qcolor")[0].name()
    assert "Test accuracy" in tab.summary.text() and "validation" in tab.summary.text()
    assert tab.curves.titles()[0].startswith("Best-1")

    # drag a box over the upper half of the learning-rate range and the lower half of weight decay
    view = tab.scatter.view
    widget = tab.plots.viewport()
    def to_widget(lx, ly):
        return tab.plots.mapFromScene(view.mapViewToScene(pg_point(lx, ly)))
    r0 = snap.rounds[0]
    lr_mid, wd_mid = np.mean(r0.lr_log10), np.mean(r0.wd_log10)
    drag(qtbot, widget, to_widget(lr_mid, wd_mid), to_widget(r0.lr_log10[1] - 0.05, r0.wd_log10[0] + 0.05))
    qtbot.waitUntil(lambda: last(tab) is not None and len(last(tab).rounds) == 2, timeout=10000)
    new_round = last(tab).rounds[1]
    assert new_round.lr_log10[0] == pytest.approx(lr_mid, abs=0.1)
    assert new_round.lr_log10[1] == pytest.approx(r0.lr_log10[1] - 0.05, abs=0.1)
    assert new_round.wd_log10[1] == pytest.approx(wd_mid, abs=0.1)
    assert len(last(tab).records) >= 8  # the first round's trials stay
    qtbot.waitUntil(lambda: last(tab).done, timeout=60000)
    assert {r.round for r in last(tab).records} == {0, 1}
    assert len(tab.scatter.boxes) == 2
    # both rounds' points, added as trials finish (not redrawn), on the scatter and the strip
    finished = [r for r in last(tab).records if np.isfinite(r.val_acc)]
    x, y, _ = tab.scatter.points()
    assert sorted(zip(np.round(x, 9), np.round(y, 9))) == sorted(
        (round(np.log10(r.lr), 9), round(np.log10(r.weight_decay), 9)) for r in finished)
    sx, sy = tab.strip.points.getData()
    assert sorted(zip(np.round(sx, 9), sy)) == sorted((round(np.log10(r.lr), 9), r.val_acc) for r in finished)

    # "Use for the race": the race's SGD learning rate becomes the best one found
    best = last(tab).best
    qtbot.mouseClick(tab.controls.race_button, Qt.MouseButton.LeftButton)
    assert race.rows["SGD"].lr.value() == pytest.approx(best.lr, rel=1e-3)


def pg_point(x, y):
    from PySide6.QtCore import QPointF
    return QPointF(x, y)


def test_cancel_keeps_finished_trials_and_closing_leaves_no_worker(qtbot, window, tmp_path):
    win, tab, race = window
    make_tiny(tab, trials=200, epochs=3)
    qtbot.waitUntil(lambda: last(tab) is not None and last(tab).config.trials == 200, timeout=10000)
    qtbot.mouseClick(tab.run_bar.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(last(tab).records) >= 3, timeout=60000)
    pids = tab.worker_pids()
    assert len(pids) == 2
    qtbot.mouseClick(tab.controls.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: last(tab).done, timeout=30000)
    snap = last(tab)
    assert snap.cancelled and 3 <= len(snap.records) < 200
    path = tmp_path / "trials.csv"
    tab.export_csv(str(path))
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:7] == ["trial", "lr", "weight_decay", "val_acc", "train_acc", "epochs", "seconds"]
    assert len(rows) - 1 == len(snap.records)
    qtbot.mouseClick(tab.run_bar.play_button, Qt.MouseButton.LeftButton)  # a new search: workers come back
    qtbot.waitUntil(lambda: len(tab.worker_pids()) == 2 and last(tab) is not None  # a new run: no frame yet
                    and len(last(tab).records) >= 1, timeout=60000)
    pids = tab.worker_pids()
    win.close()
    tab.shutdown()
    assert not any(alive(p) for p in pids)


def test_axes_show_the_searched_ranges_before_the_first_trial(qtbot):
    """An empty map is labelled with the ranges to be searched, not pyqtgraph's 0..1."""
    tab = HyperparameterSearchTab()
    qtbot.addWidget(tab)
    tab.controls.set_ranges((-5.0, -1.0), (-7.0, -3.0))
    tab.on_reset(tab.current_configs())
    (x0, x1), (y0, y1) = tab.scatter.plot.viewRange()
    assert x0 <= -5.0 < -1.0 <= x1 and x1 - x0 < 4.5
    assert y0 <= -7.0 < -3.0 <= y1 and y1 - y0 < 4.5
    sx0, sx1 = tab.strip.plot.viewRange()[0]
    assert sx0 <= -5.0 and sx1 >= -1.0 and sx1 - sx0 < 4.5
    tab.shutdown()


def test_best_k_grid_redraws_a_few_panels_a_turn_until_it_shows_the_snapshot(qtbot):
    """A new best moves all ten panels: they are redrawn four at a time (each turn stays short), and only those whose
    trial changed."""
    from types import SimpleNamespace

    import pyqtgraph as pg

    from gui.tabs.hyperparameter_search.curves_view import BestCurvesView
    widget = pg.GraphicsLayoutWidget()
    qtbot.addWidget(widget)
    view = BestCurvesView(widget.ci)

    def trial(index, acc):
        curve = np.linspace(0.1, acc, 5)
        return SimpleNamespace(index=index, val_curve=curve, train_curve=curve + 0.05, val_acc=acc, lr=0.001 * index)

    def snap(trials):
        return SimpleNamespace(best_k=trials, config=SimpleNamespace(epochs=5))

    first = snap([trial(i, 0.9 - 0.05 * i) for i in range(1, 11)])
    assert [view.update(first, budget=4) for _ in range(3)] == [False, False, True]
    assert view.update(first, budget=4) is True
    for i, r in enumerate(first.best_k):
        np.testing.assert_array_equal(view.val_curves[i].getData()[1], r.val_curve)
        np.testing.assert_array_equal(view.train_curves[i].getData()[1], r.train_curve)
    # a new best at rank 1: every panel changes, again four a turn; the tenth trial drops out
    second = snap([trial(99, 0.95)] + first.best_k[:9])
    assert [view.update(second, budget=4) for _ in range(3)] == [False, False, True]
    for i, r in enumerate(second.best_k):
        np.testing.assert_array_equal(view.val_curves[i].getData()[1], r.val_curve)
        assert view.titles()[i].startswith(f"Best-{i + 1}: ")


def test_successive_halving_from_the_menu_shows_paused_trials_as_rings_then_stops_them(qtbot, window):
    """The early-stopping box offers successive halving. Stepped one step at a time (each step is drawn), the rings
    are the snapshot's unfinished trials at every frame, trials paused at a rung included; at the end the best third
    of each rung has trained on."""
    win, tab, race = window
    make_tiny(tab, trials=12, epochs=9)
    combo = tab.controls.early
    combo.setFocus()
    while combo.currentData() != "halving":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: last(tab) is not None and last(tab).config.early_stop == "halving"
                    and last(tab).config.trials == 12, timeout=10000)
    assert combo.currentText() == "successive halving"
    seen = []
    draw = tab.on_frame

    def on_frame(snapshot):  # after every frame the tab draws: the rings are the unfinished trials
        draw(snapshot)
        x, y = tab.scatter.running.getData()
        seen.append(len(snapshot.running))
        assert sorted(zip(np.round(x, 9), np.round(y, 9))) == sorted(
            (round(np.log10(s.lr), 9), round(np.log10(s.weight_decay), 9)) for s in snapshot.running)

    tab.on_frame = on_frame
    while not last(tab).done:
        step = last(tab).step
        qtbot.mouseClick(tab.run_bar.step_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: last(tab).step > step, timeout=10000)
    qtbot.waitUntil(lambda: not tab.frame_pending, timeout=10000)
    snap = last(tab)
    assert snap.config.rungs == (1, 3, 9)
    epochs = sorted(r.epochs for r in snap.records)
    assert len(epochs) == 12 and epochs.count(9) == 2 and epochs.count(3) == 2 and epochs.count(1) == 8
    assert "Early stopping saved" in tab.summary.text()
    # at most 3 jobs are out at once (2 workers + 1): more unfinished trials means some were paused at a rung
    assert max(seen) >= 4 and seen[-1] == 0
