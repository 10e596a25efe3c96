"""Regression tests for the crashes of issue 8, each driven as a user would. Sessions that used to kill the process
run in a subprocess (``tests/gui/crash_driver.py``), so a segmentation fault or an abort fails the test instead of
ending the test run."""
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_scenario(name: str, timeout: float = 180) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    return subprocess.run([sys.executable, "-m", "tests.gui.crash_driver", name], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def assert_clean_exit(out: subprocess.CompletedProcess) -> None:
    assert out.returncode == 0, f"exit code {out.returncode}\n{out.stderr[-4000:]}"
    assert "survived" in out.stdout
    assert "QThread: Destroyed" not in out.stderr, out.stderr[-4000:]
    assert "Traceback" not in out.stderr, out.stderr[-4000:]


def test_bn_legend_clicked_then_grid_rebuilt_then_click_does_not_crash():
    """Crash 1: click the legend above the BN panels, type 5 scales, click the grid, close (segfault before)."""
    assert_clean_exit(run_scenario("bn-legend-click"))


@pytest.mark.slow
def test_bn_legend_hovered_then_grid_rebuilt_then_click_does_not_crash():
    assert_clean_exit(run_scenario("bn-legend-hover"))


def test_bn_detail_at_iteration_0_says_not_yet_measured(qtbot):
    """Item 10a: at iteration 0 the running variance is 0 (the book's start); the detail view says so and plots no
    running statistics (it warned "All-NaN slice encountered" before; warnings are errors in this suite)."""
    from gui.plotstyle import configure_pyqtgraph
    from gui.tabs.batchnorm import BatchNormTab
    from tests.gui.test_batchnorm_tab import click_panel, last, make_tiny

    configure_pyqtgraph()
    tab = BatchNormTab()
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    qtbot.waitExposed(tab)
    try:
        qtbot.waitUntil(lambda: last(tab) is not None, timeout=30000)
        make_tiny(qtbot, tab)
        assert last(tab).iteration == 0
        click_panel(qtbot, tab, 1)
        qtbot.waitUntil(lambda: tab.detail.inside is not None and tab.detail.inside.index == 1, timeout=10000)
        tab.detail.figure.grab()  # paint it: the warning came from the scatter's bounds
        assert tab.detail.inside.iteration == 0
        assert "not yet measured" in tab.detail.explain.text()
        for curve in (tab.detail.figure.running_var_curve, tab.detail.figure.running_mean_curve):
            y = curve.getData()[1]
            assert y is None or len(y) == 0
        batch_var = tab.detail.figure.batch_var_curve.getData()[1]
        expected = [np.mean(s.batch_var) for s in tab.detail.inside.bn_layers]  # measured: drawn (log axis)
        assert batch_var is not None and np.allclose(10.0 ** batch_var, expected, rtol=1e-6)
        # One update later the running variance is 0.1 x the batch variance (the book's 10 % step from 0).
        qtbot.keyClick(tab.detail, "n")
        qtbot.waitUntil(lambda: tab.detail.inside is not None and tab.detail.inside.iteration == 1, timeout=10000)
        assert "not yet measured" not in tab.detail.explain.text()
        assert tab.detail.figure.ratios and all(0.05 < r < 0.2 for r in tab.detail.figure.ratios)
    finally:
        tab.shutdown()


def test_closing_during_one_long_step_exits_cleanly():
    """Crash 2: MNIST race with 8 x 1000 hidden units and mini-batch 10,000 (a step takes seconds); Play, close the
    window in the middle of the first step. Before: the stop timed out, 'QThread: Destroyed while thread is still
    running', SIGABRT. Now the step is interrupted between two layers and the window closes at once."""
    out = run_scenario("close-during-long-step")
    assert_clean_exit(out)
    assert "did not stop in time" not in out.stderr


class EndlessStep:
    """An experiment whose one step never ends by itself: it only stops when the runner cancels it."""

    step_count = 0
    done = False
    LIVE_FIELDS = frozenset()

    def __init__(self, entered):
        self.entered = entered

    def step(self):
        import time

        from model.cancel import check_cancelled

        self.entered.set()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            check_cancelled()  # what MultiLayerNet does between two layers
            time.sleep(0.005)

    def apply(self, changes):
        pass

    def snapshot(self):
        return self.step_count


def test_stop_interrupts_a_step_in_the_middle(qtbot):
    import threading

    from gui.runner import KEEPER, RunHandle

    entered = threading.Event()
    handle = RunHandle(lambda: EndlessStep(entered))
    failures = []
    handle.failed.connect(failures.append)
    handle.start()
    qtbot.waitUntil(entered.is_set, timeout=10000)
    assert handle.stop(wait_ms=5000)
    qtbot.waitUntil(lambda: handle.is_finished)
    assert failures == [] and KEEPER.running() == 0
    assert handle.last_snapshot == 0  # no frame of the half-made step


KEEPER_SCRIPT = r"""
import gc, sys, threading, time
from PySide6.QtCore import QCoreApplication
from gui.runner import KEEPER, RunHandle
from tests.gui.test_crashes import EndlessStep
app = QCoreApplication([])
entered = threading.Event()
handle = RunHandle(lambda: EndlessStep(entered))
handle.start()
while not entered.is_set():
    time.sleep(0.01)
handle.deleteLater()   # the owner goes away while its thread is in the middle of a step
QCoreApplication.sendPostedEvents(None, 0)
del handle
gc.collect()
time.sleep(0.2)
assert KEEPER.join_all(10000), "the kept thread did not end"
print("survived", flush=True)
"""


def test_a_run_handle_destroyed_while_its_thread_runs_does_not_abort():
    """Never destroy a running thread: the runner's keeper holds it until the worker has ended."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    out = subprocess.run([sys.executable, "-c", KEEPER_SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert_clean_exit(out)


def test_release_scene_forgets_only_the_items_that_go(qtbot):
    """The shared guard (gui/scenes.py) every rebuild calls: the hovered legend that is about to be removed is
    forgotten by the scene (pyqtgraph's last hover event held it: the crash), an item elsewhere is kept."""
    import pyqtgraph as pg
    from PySide6.QtCore import QPoint, Qt

    from gui.scenes import release_items, release_scene

    view = pg.GraphicsLayoutWidget()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    plot = view.addPlot(row=0, col=0)
    legend = plot.addLegend(offset=(10, 10))
    legend.addItem(plot.plot([0, 1], [0, 1], pen="b"), "a line")
    scene = view.scene()

    def hover_legend(offset):
        qtbot.waitUntil(lambda: legend.sceneBoundingRect().width() > 10)
        pos = view.mapFromScene(legend.sceneBoundingRect().center()) + offset
        qtbot.mouseMove(view.viewport(), pos + QPoint(5, 4))  # a move nearby first: a move must change place
        qtbot.wait(30)
        qtbot.mouseMove(view.viewport(), pos)
        qtbot.waitUntil(lambda: legend in scene.hoverItems)

    hover_legend(QPoint(0, 0))
    assert scene.lastHoverEvent is not None and scene.lastHoverEvent.dragItems().get(Qt.MouseButton.LeftButton) \
        is legend
    release_items(plot.getAxis("bottom"))  # not the legend nor its parent: nothing forgotten
    assert legend in scene.hoverItems and scene.lastHoverEvent is not None
    release_items(legend)
    assert legend not in scene.hoverItems and scene.lastHoverEvent is None
    hover_legend(QPoint(3, 2))
    release_scene(scene)  # everything: a whole layout is rebuilt
    assert len(scene.hoverItems) == 0 and scene.lastHoverEvent is None and scene.dragItem is None


def test_a_tab_deleted_before_its_first_turn_of_the_event_loop_is_left_alone(qtbot):
    """Timers must not fire on deleted widgets: every lab schedules its first run for the next turn of the event
    loop; a tab deleted before that turn (window closed at once) raised 'Internal C++ object already deleted'."""
    import shiboken6

    from gui.main_window import default_tab_classes
    from gui.plotstyle import configure_pyqtgraph
    from gui.runner import KEEPER

    configure_pyqtgraph()
    for cls in default_tab_classes():
        tab = cls()
        tab.show()
        shiboken6.delete(tab)
        qtbot.wait(50)  # the scheduled first run would come here
    assert KEEPER.running() == 0


KEEP_ANY_SCRIPT = r"""
import threading, time
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from gui.runner import KEEPER
app = QCoreApplication([])
flag = threading.Event()

class Slow(QObject):
    @Slot()
    def run(self):
        while not flag.is_set():   # a stalled download: ends only when asked
            time.sleep(0.01)

thread, worker = QThread(), Slow()
worker.moveToThread(thread)
thread.started.connect(worker.run)
thread.start()
time.sleep(0.1)
thread.quit()
assert not thread.wait(100)
KEEPER.keep(thread, worker, stop=flag.set)   # what DataSourceBox.shutdown does when its thread does not end
del thread, worker
print("survived", flush=True)
"""


def test_any_thread_that_outlives_its_owner_is_kept_and_stopped_at_exit():
    """A loader or download thread that did not stop at shutdown is handed to the keeper: Python exits cleanly
    (the keeper asks it to stop and joins it at exit) instead of aborting on a destroyed running QThread."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    out = subprocess.run([sys.executable, "-c", KEEP_ANY_SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert_clean_exit(out)


QM_SCRIPT = r"""
import shutil, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
import gui.app as app_module
app = QCoreApplication([])
folder = Path(sys.argv[1])
(folder / "i18n").mkdir()
source = app_module.resource_dir() / "i18n" / "descent_ko.qm"
shutil.copy(source, folder / "i18n" / "descent_ko.qm")
app_module.resource_dir = lambda: folder           # the app's catalogue, in a folder this test may rewrite
translations = app_module.Translations(app)
assert translations.set_language("ko")
assert QCoreApplication.translate("RunBar", "Play") != "Play"
data = (folder / "i18n" / "descent_ko.qm").read_bytes()
(folder / "i18n" / "descent_ko.qm").write_bytes(data[:1000])   # lrelease or an update rewrites it in place
print(QCoreApplication.translate("RunBar", "Pause"), QCoreApplication.translate("RunBar", "Play"))
print("survived", flush=True)
"""


def test_a_catalogue_rewritten_while_the_app_runs_does_not_crash_it(tmp_path):
    """Found by the monkey: a .qm rewritten while the app ran (tools/i18n.py --release, an update) crashed the next
    translation with SIGBUS, because Qt maps a catalogue it loads by name. It is loaded from a copy in memory."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    out = subprocess.run([sys.executable, "-c", QM_SCRIPT, str(tmp_path)], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    assert_clean_exit(out)
    assert "재생" in out.stdout  # still translated from the copy


GC_SCRIPT = r"""
import threading
from PySide6.QtCore import QCoreApplication, QObject, QTimer, qInstallMessageHandler
from gui.threads import GuiThreadCollector
messages = []
qInstallMessageHandler(lambda mode, context, text: messages.append(text))
app = QCoreApplication([])
collector = GuiThreadCollector(app)

class Cycle:
    pass

for _ in range(50):                     # Qt objects with running timers, garbage in reference cycles
    c = Cycle()
    c.obj = QObject()
    c.timer = QTimer(c.obj)
    c.timer.start(1000)
    c.me = c
del c

def worker():                           # a worker that allocates: automatic collection would run here
    keep = [[i] for i in range(300000)]
    junk = []
    for i in range(200000):
        junk.append([i])
        if len(junk) > 1000:
            junk = []

thread = threading.Thread(target=worker)
thread.start()
thread.join()
QTimer.singleShot(1200, app.quit)
app.exec()
assert not messages, messages
print("survived", flush=True)
"""


def test_reference_cycles_of_qt_objects_are_collected_on_the_gui_thread():
    """Found by the monkey ('QObject::~QObject: Timers cannot be stopped from another thread'): Python's automatic
    collection ran in a worker thread and destroyed Qt objects there; without GuiThreadCollector this script
    segfaults. main.py installs the collector."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    out = subprocess.run([sys.executable, "-c", GC_SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert_clean_exit(out)
