"""The 2-D race in the real tab: all six optimizers at top speed, plots drawing.

Prints the experiment's own steps per second, the frames the UI drew per second and the event-loop lateness
(how long an input event would wait). Goals (issue 2): at least 30 frames/s, input handled within 50 ms.
Run: python bench/bench_race_tab.py [--seconds 5]
"""
import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    app = QApplication([])

    from bench.gui_probe import LatencyProbe
    from gui.plotstyle import configure_pyqtgraph
    configure_pyqtgraph()
    from gui.tabs.race import RaceTab

    tab = RaceTab()
    if os.environ.get("YIELD") is not None:  # to compare: YIELD=0 lets the worker run on while a frame is drawn
        RaceTab.YIELD_TO_GUI = float(os.environ["YIELD"])
    if os.environ.get("SWITCH"):  # to compare: SWITCH=0.005 is Python's default GIL switch interval
        RaceTab.GIL_SWITCH_INTERVAL = float(os.environ["SWITCH"])
    tab.resize(1500, 950)
    tab.show()
    frames = []
    tab.max_steps.setValue(100000)
    tab.run_bar.set_speed(0)
    app.processEvents()

    def count(snapshot):
        frames.append((time.perf_counter(), snapshot.step))  # the tab paints each frame synchronously

    probe = LatencyProbe()

    def begin():
        tab.run.frame.connect(count)
        tab.play()
        probe.start()

    QTimer.singleShot(100, begin)
    QTimer.singleShot(int(100 + args.seconds * 1000), app.quit)
    app.exec()
    probe.stop()
    tab.shutdown()
    (t0, s0), (t1, s1) = frames[1], frames[-1]
    print(f"race tab, 6 optimizers at top speed for {t1 - t0:.1f} s")
    print(f"  steps per second (experiment in the worker thread): {(s1 - s0) / (t1 - t0):,.0f}")
    print(f"  frames drawn per second: {(len(frames) - 2) / (t1 - t0):.1f}")
    print("  " + probe.summary())


if __name__ == "__main__":
    main()
