"""The weight-init tab's histogram view: time from a slider move to the finished redraw.

For each activation (5 layers × 100 units × 1000 inputs, as in the book), the custom-std slider is moved 50 times;
each time the clock runs from ``slider.setValue`` (what a drag does) through the coalescing timer, the model's
``HistogramLab.compute``, the plot updates and the layout, to the end of the first paint of the plots that follows
(the event loop runs freely, as in the app; an event filter on the plots' viewport notes when a paint ends).
Prints the median and p95 of that latency (wall clock), of the GUI thread's CPU time over the same span (robust
when other processes load the machine), of the model's share, and how many paints a change caused.
Goal: under 50 ms.

Run: ``python bench/bench_weight_init_tab.py [--changes 50] [--layers 5] [--units 100]``. One BLAS thread, as in
the app; offscreen Qt.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy is imported
os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


class PaintClock(QObject):
    """Records when each paint of the watched widget ends."""

    def __init__(self) -> None:
        super().__init__()
        self.ends: list[float] = []

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)  # let the paint run, then note its end
            try:
                QApplication.sendEvent(obj, event)
            finally:
                obj.installEventFilter(self)
            self.ends.append((time.perf_counter(), time.thread_time()))
            return True
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=50)
    parser.add_argument("--layers", type=int, default=5)
    parser.add_argument("--units", type=int, default=100)
    args = parser.parse_args()

    app = QApplication([])
    from gui.app import projector_font
    from gui.plotstyle import configure_pyqtgraph
    projector_font(app)
    configure_pyqtgraph()
    from gui.tabs.weight_init import WeightInitTab

    tab = WeightInitTab()
    tab.resize(1500, 950)
    tab.show()
    hist = tab.histograms
    hist.controls.layers_spin.setValue(args.layers)
    hist.controls.units_spin.setValue(args.units)
    hist.controls.std_buttons["custom"].setChecked(True)
    app.processEvents()
    slider = hist.controls.custom_std.slider
    config = hist.controls.config()
    print(f"histogram view, {config.n_layers} layers × {config.n_units} units × {config.n_samples} inputs, "
          f"{args.changes} slider moves per activation, window 1500×950 (offscreen)")
    print(f"{'activation':<10} {'move→painted ms p50':>19} {'p95':>7} {'max':>7} {'GUI-thread CPU ms p50':>21} "
          f"{'p95':>7} {'model ms p50':>13} {'p95':>7} {'paints/move':>11}")
    lo, hi = slider.minimum(), slider.maximum()
    for activation in ("sigmoid", "tanh", "relu"):
        hist.controls.activation_buttons[activation].setChecked(True)
        app.processEvents()
        hist.figure.viewport().repaint()
        totals, cpu, model, paints = [], [], [], []
        clock = PaintClock()
        viewport = hist.figure.viewport()
        viewport.installEventFilter(clock)
        positions = np.linspace(lo + 10, hi - 10, args.changes).round().astype(int)
        for position in positions:
            clock.ends.clear()
            computed = hist.snapshot
            t0, c0 = time.perf_counter(), time.thread_time()
            slider.setValue(int(position))
            deadline = t0 + 2.0
            while (hist.snapshot is computed or not clock.ends) and time.perf_counter() < deadline:
                app.processEvents()
            totals.append((clock.ends[0][0] - t0) * 1e3)
            cpu.append((clock.ends[0][1] - c0) * 1e3)
            model.append(hist.compute_ms)
            settle = time.perf_counter() + 0.05
            while time.perf_counter() < settle:  # let any follow-up paints happen before the next move
                app.processEvents()
            paints.append(len(clock.ends))
        viewport.removeEventFilter(clock)
        t, c, m = np.array(totals), np.array(cpu), np.array(model)
        print(f"{activation:<10} {np.median(t):>19.1f} {np.percentile(t, 95):>7.1f} {t.max():>7.1f} "
              f"{np.median(c):>21.1f} {np.percentile(c, 95):>7.1f} {np.median(m):>13.1f} "
              f"{np.percentile(m, 95):>7.1f} {np.mean(paints):>11.1f}")
    tab.shutdown()


if __name__ == "__main__":
    main()
