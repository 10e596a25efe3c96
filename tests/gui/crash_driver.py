"""Scripted user sessions that used to crash the process (run in a subprocess by ``tests/gui/test_crashes.py``).

``python -m tests.gui.crash_driver SCENARIO`` runs one scenario offscreen and exits 0 when the process survives
everything including the close; a segmentation fault or an abort is the failure the test looks for.

Scenarios
- ``bn-legend-hover``, ``bn-legend-click``: hover (or click) the legend above the batch-normalization panels, set
  "Weight scales" to 5 by typing it, then click the grid and close (issue 8, crash 1).
- ``close-during-long-step``: the MNIST race with a network so large that one step takes seconds; Play, then close
  the window in the middle of the first step (issue 8, crash 2).
"""
from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
T0 = time.monotonic()


def _wait(app, condition, timeout: float = 60.0) -> bool:
    from PySide6.QtTest import QTest

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        QTest.qWait(20)
    return False


def bn_legend(app, click: bool) -> None:
    """Hover or click the sweep legend, type 5 into "Weight scales", click where the legend was, close."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from gui.tabs.batchnorm import BatchNormTab

    tab = BatchNormTab()
    tab.resize(1200, 800)
    tab.show()
    QTest.qWaitForWindowExposed(tab)
    if not _wait(app, lambda: tab.run is not None and tab.run.last_snapshot is not None and bool(tab.grid.panels)):
        raise SystemExit("the sweep never showed")
    view = tab.grid.viewport()
    pos = tab.grid.mapFromScene(tab.grid.legend.legend.sceneBoundingRect().center())
    QTest.mouseMove(view, pos)
    QTest.qWait(30)
    if click:
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=pos)
        QTest.qWait(30)
    spin = tab.controls.scales_spin
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, "5")
    QTest.keyClick(spin, Qt.Key.Key_Return)
    if not _wait(app, lambda: len(tab.grid.panels) == 5 and tab.run.last_snapshot is not None
                 and len(tab.run.last_snapshot.scales) == 5):
        raise SystemExit("the grid was not rebuilt")
    QTest.qWait(50)
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=pos)
    QTest.qWait(50)
    QTest.mouseMove(view, pos + QPoint(4, 4))
    QTest.qWait(50)
    tab.shutdown()
    tab.close()


def close_during_long_step(app) -> None:
    """MNIST race, 8 hidden layers x 1000 units, mini-batch 10,000 (a step of seconds): Play, close mid-step."""
    import tempfile

    from PySide6.QtTest import QTest

    from gui.app import make_settings
    from gui.main_window import MainWindow
    from gui.tabs.mnist_race import MnistRaceTab

    settings = make_settings(os.path.join(tempfile.mkdtemp(prefix="descent-crash-"), "settings.ini"))
    window = MainWindow(settings, tab_classes=[MnistRaceTab])  # the window's own close, one lab: quicker
    window.resize(1200, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    print(f"shown {time.monotonic() - T0:.1f} s", flush=True)
    index = next(i for i in range(window.tabs.count()) if isinstance(window.tabs.widget(i), MnistRaceTab))
    window.tabs.setCurrentIndex(index)
    tab = window.tabs.widget(index)
    with tab.batch_changes():
        tab.hidden_layers.setValue(8)
        tab.hidden_units.setValue(1000)
        tab.batch_size.setValue(10_000)
    run = tab.run
    if not _wait(app, lambda: run.last_snapshot is not None):
        raise SystemExit("the large race was never built")
    print(f"built {time.monotonic() - T0:.1f} s", flush=True)
    tab.play()
    QTest.qWait(700)  # inside the first step (it takes seconds)
    if tab.run.last_snapshot.step != 0:
        raise SystemExit("the step was not long enough to close during it")
    start = time.monotonic()
    window.close()
    print(f"closed in {time.monotonic() - start:.2f} s", flush=True)


SCENARIOS = {
    "close-during-long-step": close_during_long_step,
    "bn-legend-hover": lambda app: bn_legend(app, click=False),
    "bn-legend-click": lambda app: bn_legend(app, click=True),
}


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from gui.plotstyle import configure_pyqtgraph

    name = argv[0]
    app = QApplication(sys.argv[:1])
    configure_pyqtgraph()
    errors: list[str] = []

    def run() -> None:
        try:
            SCENARIOS[name](app)
        except BaseException as exc:  # noqa: BLE001 - reported through the exit code
            import traceback

            errors.append(traceback.format_exc())
            print(f"scenario failed: {exc!r}", file=sys.stderr)
        finally:
            app.quit()

    QTimer.singleShot(0, run)
    app.exec()
    for text in errors:
        print(text, file=sys.stderr)
    print("survived", flush=True)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
