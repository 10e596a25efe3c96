"""Shared test set-up: offscreen Qt, one BLAS thread, a seeded RNG, and a check that no QThread is left running."""
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import pytest  # noqa: E402

SHARED_MNIST = ROOT.parent / "shared" / "data" / "mnist"


def pytest_addoption(parser):
    parser.addoption("--runslow", action="store_true", default=False, help="run slow tests (full MNIST)")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--runslow"):
        return
    skip = pytest.mark.skip(reason="slow: use --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def rng():
    return np.random.default_rng(0)


@pytest.fixture(autouse=True)
def _no_dangling_qthreads(request):
    """Fail a GUI test that leaves a QThread running (napari's pattern), naming where it was started."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    import traceback

    from PySide6.QtCore import QThread

    started = []
    original = QThread.start

    def start(self, *args):
        started.append((self, "".join(traceback.format_stack(limit=8))))
        return original(self, *args)

    QThread.start = start
    try:
        yield
    finally:
        QThread.start = original
    running = []
    for thread, where in started:
        try:
            if thread.isRunning():
                running.append(where)
        except RuntimeError:  # C++ object already deleted: it finished
            pass
    if running:
        pytest.fail("QThread left running; started at:\n" + "\n---\n".join(running))


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_main_thread(request):
    """As the app does (main.py): Python's cyclic garbage collection runs on the GUI thread only.

    Without it, a collection set off by a worker thread (the runner, a pool's start-up thread) destroyed widgets
    left in reference cycles by earlier tests on that thread, while the GUI thread deleted a menu: the two waited
    for each other's lock and the suite hung (seen once in CI, in the search tab's cancel test). From the first GUI
    test on, a :class:`gui.threads.GuiThreadCollector` collects from a timer on the GUI thread, and after every test
    the due generations are collected here, on the main thread, for tests that run no event loop.
    """
    collector = getattr(request.config, "_descent_gc", None)
    if collector is None and "qtbot" in request.fixturenames:
        from PySide6.QtWidgets import QApplication

        from gui.threads import GuiThreadCollector
        request.getfixturevalue("qapp")
        collector = request.config._descent_gc = GuiThreadCollector(QApplication.instance())
    yield
    if collector is not None:
        collector.collect()
